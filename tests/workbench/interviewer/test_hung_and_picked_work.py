"""Work verbs the planner did not know and past tenses on the resume. Seen on plans of unseen ads (plan26): a
decorator's "If a new colleague asked you how to fill and sand walls, hang wallpaper, what would you show them",
a support worker's "the most common mistake people make with accompany clients to appointments", and a picker's
"Picked 300 items a shift" probed under the first duty of the ad, not under "pick goods".
Ads and resumes written for these tests (not from any dataset or other test)."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.lexicon import past_base
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_probes
from workbench.models import JobDetails, Preferences


@pytest.mark.parametrize(
    ("line", "duties"),
    [
        ("fill and sand walls, hang wallpaper", ["fill and sand walls", "hang wallpaper"]),
        (
            "prep surfaces, hang wallpaper, paint ceilings",
            ["prep surfaces", "hang wallpaper", "paint ceilings"],
        ),
        ("book taxis, accompany guests to events", ["book taxis", "accompany guests to events"]),
    ],
)
def test_a_duty_opened_by_hang_or_accompany_is_a_duty_of_its_own(line: str, duties: list[str]) -> None:
    assert split_duties(line.split()) == duties


@pytest.mark.parametrize("job_id", ["plan26-decorator-1", "plan26-decorator-2", "plan26-decorator-3"])
def test_a_decorators_plan_asks_about_hanging_wallpaper_apart_from_the_walls(job_id: str) -> None:
    job = JobDetails(
        id=job_id,
        title="Painter and Decorator",
        description="Small decorating firm working in homes across Bristol.",
        requirements="- Fill and sand walls, hang wallpaper\n- Protect floors and furniture",
    )
    plan = build_interview_plan(job, Preferences())
    names = [c.name.lower() for c in plan.competencies]
    texts = [q.text for q in plan.questions]
    assert not any("walls, hang" in t for t in texts), texts
    assert any("wallpaper" in n and "walls" not in n for n in names), names


def test_accompanying_clients_is_named_as_an_activity() -> None:
    job = JobDetails(
        id="plan26-support-worker",
        title="Support Worker",
        description="Supported living service.",
        requirements="- Prompt and record medication\n- Accompany clients to appointments",
    )
    names = [c.name for c in build_interview_plan(job, Preferences()).competencies]
    assert "accompanying clients to appointments" in names, names


@pytest.mark.parametrize(
    ("word", "base"),
    [("picked", "pick"), ("rotated", "rotate"), ("labelled", "label"), ("carried", "carry"), ("mopped", "mop")],
)
def test_a_past_tense_reads_as_its_work_verb(word: str, base: str) -> None:
    assert past_base(word) == base


@pytest.mark.parametrize("word", ["used", "red", "hundred", "bed", "picture"])
def test_a_word_that_is_no_past_tense_of_a_work_verb_has_no_base(word: str) -> None:
    assert past_base(word) is None


@pytest.mark.parametrize(
    ("title", "duties", "line", "wanted"),
    [
        (
            "Warehouse Operative",
            "- Unload lorries safely\n- Pick goods using a handheld scanner\n- Keep aisles clear",
            "Picked 300 items a shift with 99.8% accuracy",
            "pick-goods-using-a-handheld-scanner",
        ),
        (
            "Ward Cleaner",
            "- Empty bins and replace liners\n- Mop and vacuum floors on the wards\n- Report spills and hazards",
            "Mopped and buffed corridors every morning",
            "mop-and-vacuum-floors-on-the-wards",
        ),
    ],
)
def test_a_resume_line_in_the_past_tense_is_probed_under_its_duty(
    title: str, duties: str, line: str, wanted: str
) -> None:
    job = JobDetails(id=f"plan26-{title}", title=title, description="Full-time, days.", requirements=duties)
    plan = build_interview_plan(job, Preferences())
    resume = f"Jo Reid\n{title}, Acme Services, 2019-2024\n- {line}\n"
    probes = [p for p in resume_probes(plan, resume, job, owner="Jo Reid") if p.resume_item == line]
    assert [p.competency_id for p in probes] == [wanted], [c.id for c in plan.competencies]
