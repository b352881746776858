"""Health words about clients, patients, residents, animals or the work are no protected characteristic of the
candidate: a care resume is quoted in resume probes and a carer's answer is evidence; the candidate's own
health, pregnancy or family (and any question about them) stay protected. Lines written here, in no dataset."""

from __future__ import annotations

import pytest

from workbench.interviewer.asides import DISCLOSURE, set_aside_as
from workbench.interviewer.guards import protected_disclosure, protected_topic
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_items, resume_probes
from workbench.models import JobDetails, Preferences

WORK_LINES = [
    "Supported 12 clients with personal care and medication prompts",  # home carer
    "Administered medication to 30 residents on the morning round",  # care home nurse
    "Dispensed 300 prescriptions a day and checked patients' medication histories",  # pharmacy
    "Ran the mental health first aid training for 40 staff",
    "Cared for pregnant ewes during lambing season, 400 head",  # farm vet
    "Vaccinated and gave medication to 50 dogs a week",  # vet nurse
    "Worked on the maternity ward for 3 years",  # midwife
    "Level 3 Diploma in Childcare and Education",  # nursery practitioner
]


@pytest.mark.parametrize("line", WORK_LINES)
def test_health_words_about_others_or_the_work_are_no_protected_topic(line: str) -> None:
    assert protected_topic(line) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Do you take any medication?", "health"),
        ("Is your medication a problem for lifting residents?", "health"),
        ("Are you on any medication that could affect patients?", "health"),
        ("How do you handle your illness around clients?", "health"),
        ("Do you need mental health support?", "health"),
        ("Do you attend therapy sessions?", "health"),
        ("Are you pregnant, and how many patients can you handle?", "pregnancy"),
        ("Do you need maternity leave soon?", "pregnancy"),
        ("Will your childcare arrangements allow night shifts?", "family"),
    ],
)
def test_the_candidates_own_health_stays_a_protected_topic_beside_clients(question: str, topic: str) -> None:
    assert protected_topic(question) == topic


def test_a_care_workers_resume_line_is_quoted_in_a_resume_probe() -> None:
    job = JobDetails(
        id="home-carer",
        title="Domiciliary Care Worker",
        description="Visit older people in their own homes across the district to help them live independently.",
        requirements="- Full driving licence\n- Kind and reliable",
    )
    resume = "Sam Reed\nCare Assistant, Brightside Homecare, 2021-2024\nSupported 12 clients with personal care and medication prompts\n"
    assert "Supported 12 clients with personal care and medication prompts" in [
        i.text for i in resume_items(resume)
    ]
    plan = build_interview_plan(job, Preferences())
    quoted = [probe.resume_item for probe in resume_probes(plan, resume, job)]
    assert "Supported 12 clients with personal care and medication prompts" in quoted
    # the candidate's own medication on a resume is still never quoted
    own = "Sam Reed\nManaged my own medication for epilepsy while working 12-hour shifts\n"
    assert resume_items(own) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I ran my diabetes clinic on Tuesdays with 20 patients.",  # practice nurse
        "Most of my cancer patients were on oral chemotherapy, so I checked every dose.",  # oncology pharmacist
        "My therapy group met weekly with the residents.",
        "I supported my wheelchair users on the outing to the coast.",
        "I have 12 children in my room, so I plan activities in two groups.",  # nursery
        "I'm 15 minutes early for every handover.",
        "I'm 90% sure the dose was right, so I checked it with a second nurse.",
        "I'm 12 years into community pharmacy.",
        "My children's ward had 20 beds and two of us on nights.",
    ],
)
def test_caring_for_others_health_is_no_disclosure_and_stays_evidence(sentence: str) -> None:
    assert not protected_disclosure(sentence)
    assert set_aside_as(sentence) != DISCLOSURE


@pytest.mark.parametrize(
    "sentence",
    [
        "I have diabetes, so I plan my breaks around the drug round.",
        "I'm pregnant and due in May, but I can do the nights until then.",
        "My diabetes is well controlled.",
        "I have two children under five at home.",
        "I'm 58 and still going strong on the ward.",
        "My depression was hard last year, but my patients kept me going.",
        "I have a chronic back condition, so I use the hoist for every transfer.",
        "My cancer is in remission.",
    ],
)
def test_the_candidates_own_health_family_or_age_is_still_a_disclosure(sentence: str) -> None:
    assert protected_disclosure(sentence)
    assert set_aside_as(sentence) == DISCLOSURE
