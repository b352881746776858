"""The guard's floor: questions an interviewer must never ask, and candidates' own disclosures, stay protected
whatever a change does for care work (#8 items 2 and 4). Care25's masking of health words 'about others' passed
the first four questions here and was reverted (a850e98); these tests were written before any change of care26
and passed on main (430ecc8). Wording written here, in no dataset."""

from __future__ import annotations

import pytest

from workbench.interviewer.asides import DISCLOSURE, set_aside_as
from workbench.interviewer.guards import (
    SAFE_FALLBACK_QUESTION,
    guard_question,
    protected_disclosure,
    protected_topic,
)
from workbench.interviewer.planning.resume import resume_items

# a care job's own terms, masked by the question guard before its check: they never unmask the candidate's own
CARE_JOB_TERMS = ("medication administration", "personal care", "dementia care", "childcare")

NEVER_ASKED = [
    # the four care25 let through
    "Do you have any disabilities colleagues should know about?",
    "Do you have any medical conditions staff should be aware of?",
    "Do you need childcare for your kids?",
    "Any illness customers might notice?",
    # health and disability, said beside the people of the work
    "Do you take any medication?",
    "Are you on any medication that could affect patients?",
    "Is your medication a problem when lifting residents?",
    "Do you have a disability that would affect moving and handling?",
    "Have you ever been diagnosed with a mental health condition?",
    "Do you suffer from depression?",
    "Have you had any sick days in the last year?",
    "How much sick leave did you take in your last job?",
    "Do you have any chronic conditions the residents' families should know about?",
    "Are you in therapy at the moment?",
    "Do you use a wheelchair?",
    "Do you have any health problems patients might notice?",
    "Does your illness affect how many clients you can see?",
    "Any disability the residents might notice?",
    "Is your mental health good enough for night shifts?",
    "Is there any medical history our clients should know about?",
    # pregnancy, family
    "Are you pregnant, or planning to be?",
    "Are you planning to go on maternity leave soon?",
    "Would a pregnancy stop you working nights on the ward?",
    "Are you planning to start a family?",
    "Do you have children of your own?",
    "Who looks after your kids while you're on shift?",
    "Are you married?",
    "What does your husband do?",
    "Do your family plans fit around rota changes?",
    # age, religion, origin, orientation, politics
    "How old are you?",
    "When do you plan to retire?",
    "Which church do you go to?",
    "Will Ramadan affect your shifts?",
    "Do you pray during the working day?",
    "What is your religion?",
    "Where are you originally from?",
    "Is English your first language?",
    "Do you need a visa to work here?",
    "What is your nationality?",
    "Are you gay?",
    "What is your sexual orientation?",
    "Which political party do you vote for?",
    "Are you a union member?",
]


@pytest.mark.parametrize("question", NEVER_ASKED)
def test_a_protected_question_is_never_asked(question: str) -> None:
    assert protected_topic(question) is not None
    assert guard_question(question) == SAFE_FALLBACK_QUESTION
    assert guard_question(question, job_terms=CARE_JOB_TERMS) == SAFE_FALLBACK_QUESTION


def test_the_floor_is_wide() -> None:
    assert len(NEVER_ASKED) >= 30 and len(OWN_DISCLOSURES) >= 20


OWN_DISCLOSURES = [
    "I have diabetes, so I plan my breaks around the drug round.",
    "My epilepsy is well controlled these days.",
    "My depression was bad last year, but I kept working.",
    "I have a chronic back condition, so I use the hoist for every transfer.",
    "My mental health condition is managed with my GP.",
    "I'm pregnant and due in May, but I can do nights until then.",
    "I'm expecting a baby in March.",
    "My pregnancy has been straightforward so far.",
    "I went on maternity in 2020 - well, my maternity leave ran until 2021.",
    "I'm a single mum of two, so I prefer early shifts.",
    "I have two kids at home and my partner works nights.",
    "My husband works nights so I do days.",
    "As a Muslim I pray five times a day.",
    "I'm 58 and still going strong on the ward.",
    "I'm disabled and use a wheelchair outside work.",
    "I'm deaf in one ear, so I stand on the left of residents.",
    "I have ADHD, so I keep a list for every shift.",
    "I'm dyslexic, so I double-check my notes.",
    "I'm autistic and I like a clear routine.",
    "My wife is expecting our first in June.",
    "I was born in Lagos and moved here at twelve.",
    "My therapist helped me with the stress of that year.",
]


@pytest.mark.parametrize("sentence", OWN_DISCLOSURES)
def test_the_candidates_own_disclosure_is_set_aside(sentence: str) -> None:
    assert protected_disclosure(sentence)
    assert set_aside_as(sentence) == DISCLOSURE


OWN_RESUME_LINES = [
    "Maternity leave 2019-2020",
    "2021-2022 maternity leave",
    "Managed my own medication for epilepsy while working 12-hour shifts",
    "Sick leave 2020-2021 after an operation",
    "Career break 2016-2018, mental health recovery",
    "Volunteer, St Mary's Church, 2015-2019",
]


@pytest.mark.parametrize("line", OWN_RESUME_LINES)
def test_the_candidates_own_protected_resume_line_is_never_an_item(line: str) -> None:
    resume = f"Sam Reed\nCare Assistant, Brightside Homecare, 2021-2024\n{line}\nNVQ Level 3 in Health and Social Care\n"
    texts = [item.text.lower() for item in resume_items(resume)]
    assert texts, "the other lines are items"
    assert not any(line.lower()[:15] in text for text in texts)


# Gaps of main 430ecc8 that care26 closed (each failed there): own health said without main's words, an age
# question, and a care job's own term owned by the candidate ("your mental health" to a mental health nurse).
OWN_HEALTH_GAPS = [
    "My MS flares up in the winter, so I book leave then.",
    "After my chemo I went back to nights.",
    "I'm on antidepressants but it doesn't affect my work.",
    "I was off for six months with cancer.",
    "I've got type 1 diabetes.",
    "I suffer from anxiety.",
    "I had a miscarriage last year.",
    "My back injury means I can't lift alone.",
    "I'm on maternity leave until June.",
    "I'm going through IVF at the moment.",
    "I take medication for my blood pressure.",
    "I was diagnosed with bipolar disorder in 2019.",
    "I'm recovering from surgery.",
    "I have MS.",
    "I was on sick leave for a year.",
    "I live with chronic pain.",
    "I was off work for three months after a car accident.",
    "I took six months of sick leave in 2022.",
    "I'm living with HIV.",
    "My meds make me drowsy on early shifts.",
    # a struggle with one's own condition (the lead's review)
    "I struggled with depression last year.",
    "I've been dealing with epilepsy since I was a kid.",
    "I fought cancer last year.",
    "I was battling anxiety through most of 2021.",
]


@pytest.mark.parametrize("sentence", OWN_HEALTH_GAPS)
def test_own_health_said_in_other_words_is_set_aside(sentence: str) -> None:
    assert protected_disclosure(sentence)
    assert set_aside_as(sentence) == DISCLOSURE


def test_a_job_term_owned_by_the_candidate_is_not_masked_and_the_birth_year_is_asked_of_no_one() -> None:
    question = "Is your mental health good enough for night shifts?"
    assert guard_question(question, job_terms=("mental health",)) == SAFE_FALLBACK_QUESTION
    work = "How do you support someone in a mental health crisis on a night shift?"
    # the job's term alone is masked, and only then the question passes
    assert protected_topic(work) == "health"
    assert guard_question(work, job_terms=("mental health",)) == work
    assert protected_topic("What year were you born?") == "age"


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition said of the people or the work is the work (and "ms" is also milliseconds)
        "Most of my cancer patients were on oral chemotherapy, so I checked every dose.",
        "I have diabetes patients on my list, so I check their feet each visit.",
        "My stroke unit had 28 beds and two of us on nights.",
        "I'm on the medication round most mornings.",
        "I take medication to the residents' rooms after breakfast.",
        "I'm taking medication histories at admission.",
        "I have depression screening to do at each visit.",
        "My epilepsy training covered rescue medication.",
        "My ms latency target was 200.",
        "I'm used to dealing with anxiety in residents.",
        "I was dealing with epilepsy in young people for years.",
        "I have been coping with anxiety among older patients for years.",
        "I coped with the stroke patient on my own.",
    ],
)
def test_a_condition_said_of_the_work_stays_evidence(sentence: str) -> None:
    assert not protected_disclosure(sentence)
    assert set_aside_as(sentence) is None
