"""A duty of noticing asked as a situation names what is noticed: "recognise decay" was asked "Imagine a machine breaks
down partway through the job", a midwife's "recognise deviations from normal" "the team is two people short", a
security officer's "identify suspicious items" "you find a fire exit blocked". The family's `noticing` situations
(families.yaml) show the thing noticed; a family without them uses the general family's. (Jobs written for these
tests, in no dataset, and the dev arborist's ad pasted whole.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.interviewer.planning.lexicon import verb_base
from workbench.interviewer.planning.library import families
from workbench.interviewer.planning.noticing import noticed
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import Difficulty, JobDetails, Preferences


def _pasted_arborist() -> JobDetails:
    rows = (Path(__file__).resolve().parents[3] / "datasets" / "jobs.jsonl").read_text(encoding="utf-8")
    row = next(json.loads(line) for line in rows.splitlines() if '"Climbing Arborist"' in line)
    job = JobDetails(**{k: v for k, v in row.items() if k in JobDetails.model_fields})
    return job.model_copy(update={"id": f"{job.id}-pasted", "skills_required": []})


JOBS = [
    _pasted_arborist(),
    JobDetails(
        id="noticing-midwife",
        title="Community Midwife",
        description=(
            "Provide antenatal and postnatal care to women in clinics and at home.\n"
            "- Recognise deviations from normal and escalate to the obstetric team\n"
            "- Carry out newborn examinations"
        ),
        requirements="NMC registered midwife.",
    ),
    JobDetails(
        id="noticing-security",
        title="Security Officer",
        description=(
            "Duties:\n* Patrol the centre and car parks\n* Monitor CCTV\n"
            "* Identify suspicious items and behaviour and report them\n* Respond to alarms and incidents"
        ),
        requirements="Valid SIA licence.",
    ),
    JobDetails(
        id="noticing-linesperson",
        title="Overhead Linesperson",
        description=(
            "Build and repair 11kV overhead lines. Identify defects on poles, conductors and insulators during "
            "patrols. Respond to faults as part of a standby rota."
        ),
        requirements="NPTC climbing. Full UK licence.",
    ),
    JobDetails(
        id="noticing-inspector",
        title="Quality Inspector",
        description=(
            "Inspect welded components against drawings. Detect defects in welds and surface finish and "
            "quarantine nonconforming parts. Raise nonconformance reports."
        ),
    ),
]


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.id)
@pytest.mark.parametrize("difficulty", list(Difficulty))
def test_a_situation_on_a_duty_of_noticing_names_what_is_noticed(
    job: JobDetails, difficulty: Difficulty
) -> None:
    plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
    duties = {c.id: _as_duty(c.name) for c in plan.competencies}
    asked = [
        (thing, q.text)
        for q in plan.questions
        if q.form == "situational" and (thing := noticed(duties.get(q.competency_id, ""))) is not None
    ]
    missing = [(thing, text) for thing, text in asked if thing.split(",")[0].lower() not in text.lower()]
    assert missing == []


def _as_duty(name: str) -> str:
    """A competency's name as its duty reads ("recognising decay" -> "recognise decay")."""
    first, _, rest = name.partition(" ")
    return f"{verb_base(first) or first} {rest}"


@pytest.mark.parametrize("job", JOBS, ids=lambda job: job.id)
def test_every_difficulty_asks_a_duty_of_noticing_as_a_situation_somewhere(job: JobDetails) -> None:
    # the fallback to "how do you recognise decay" alone cost the security officer's easy plan its only situation
    plans = [build_interview_plan(job, Preferences(difficulty_level=d)) for d in Difficulty]
    assert all(any(q.form == "situational" for q in plan.questions) for plan in plans)


@pytest.mark.parametrize(
    ("duty", "thing"),
    [
        (
            "recognise decay, fungal fruiting bodies and structural defects",
            "decay, fungal fruiting bodies and structural defects",
        ),
        ("identify suspicious items and behaviour and report them", "suspicious items and behaviour"),
        ("detect defects in welds and quarantine nonconforming parts", "defects in welds"),
        ("identify, assess and report risks", "risks"),
        ("identify and respond to safeguarding concerns", "safeguarding concerns"),
        (
            "recognise when a tree needs a specialist inspection",
            "signs that a tree needs a specialist inspection",
        ),
        ("identify customer needs and refer them", None),  # nothing wrong to notice
        ("identify sales opportunities for the business", None),
        ("identify how to improve the service", None),
        ("inspect rails and sleepers", None),  # no verb of noticing
    ],
)
def test_what_a_duty_of_noticing_notices(duty: str, thing: str | None) -> None:
    assert noticed(duty) == thing


def test_every_family_situation_of_noticing_says_what_is_noticed() -> None:
    for name, family in families().items():
        for entry in family.noticing:
            text = entry if isinstance(entry, str) else entry.text
            assert "{item}" in text, (name, text)
    assert families()["general"].noticing  # the fallback of families without their own
