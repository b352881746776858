"""Repairs from the twenty-fourth session's trials (8 interviews on jobs in no dataset: kennel assistant,
healthcare assistant, backend Go engineer, prison officer, lettings negotiator, commis chef, groundworker,
phlebotomist; half typed, half spoken as speech to text writes it), each fixed at its general cause. The jobs and
answers here are none of the datasets'.

- Unsafe practice said beside a sound step went unprobed and was scored as good practice: a harm played down and
  left ("the dog ate some chocolate but it was only a bit so we left it"), a two-person task done alone ("i did the
  double-up hoist on my own to save time"), a failing check switched off ("the test kept failing so I disabled it
  and merged at night", praised as "That's helpful, especially the part where you disabled it"), a sample labelled
  before it is taken, a trench entered without shoring.
- A spoken shortcut after "and sometimes if its busy" was not quoted (the clause ended on "and send it anyway",
  too bare to quote alone), so a follow-up's answer holding it was not probed and the scorecard quoted the sound
  step before it as the unsafe practice; a quote opened on a relative clause ("which there usually is, and ...").
- A candidate's question after "no that's it" ("nah thats it whens the start date", "No that's everything, thank
  you. What are the next steps?") was taken as an answer, and left unanswered; "whens" opened no spoken question.
- "by CI/CD here do you mean ..." was told '"CI/CD here" isn't part of this question'.
- Two questions routed to the hiring team in one interview got the same sentence twice.
- A clarification inside a longer answer ("I'm not totally sure what you mean by restraint, but I'd hold the dog
  ...") was taken as a request to clarify: the answer was lost and the question put again (turn kind
  `clarification`); a question asked mid-answer ("..., sorry, what hours are the shifts? and I'd keep talking to
  it") made the whole reply the candidate's question (turn kind `candidate_question`), and its "sorry" was met with
  "no rush at all". "what do you mean by restraint like for bloods or for nails" named the term "restraint like for
  bloods or for nails".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.workbench.interviewer.unseen_jobs import answered, say, started
from workbench.interviewer.agenda import quotable_part
from workbench.interviewer.api import NextStep
from workbench.interviewer.repair import reply_kind, term_not_in_question
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import CandidateDetails, InterviewState, JobDetails

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "quote"),
    [
        (
            "The cat got into the lilies but it was only a nibble so we left it and watched her.",
            "it was only a nibble so we left it",
        ),
        (
            "um we was two short on nights so i did the two-carer transfers by myself to save time and nobody fell",
            "i did the two-carer transfers by myself",
        ),
        (
            "Honestly the smoke detector kept going off in the drying room so we unplugged it.",
            "kept going off in the drying room so we unplugged it",
        ),
        (
            "the linter kept blocking the release so i disabled it and shipped on friday",
            "kept blocking the release so i disabled it",
        ),
        (
            "On busy clinics I pre-label the bottles before I draw the sample, then I match them up later.",
            "I pre-label the bottles before I draw the sample",
        ),
        (
            "if the foreman wasnt about and it was a shallow run we would just nip in without shoring it",
            "without shoring it",
        ),
    ],
)
def test_unsafe_practice_in_new_words_is_found_and_quoted(said: str, quote: str) -> None:
    assert unsafe_sentence(said) is not None
    part = quotable_part(unsafe_sentence(said) or "")
    assert part is not None and quote in part, part


@pytest.mark.parametrize(
    "said",
    [
        "It was only a small graze so we left it to heal and checked it every day.",
        "I would never do a double-up hoist on my own, I wait for the second carer.",
        "The test kept failing so I fixed the flaky wait and it went green.",
        "I label the bottles at the chair after I draw the sample, with the patient watching.",
        "We never go in without shoring over a metre and a quarter, the trench box goes in first.",
        "The alarm kept going off so I called the engineer out.",
    ],
)
def test_sound_practice_in_the_same_words_is_not_flagged(said: str) -> None:
    assert unsafe_sentence(said) is None


def test_a_spoken_shortcut_after_and_sometimes_is_quoted_by_its_own_clauses() -> None:
    said = (
        "so for gluten we keep a separate fryer and i check the matrix and we change gloves and sometimes if its"
        " rammed we just pick the croutons off and send it anyway"
    )
    assert unsafe_sentence(said) is not None
    part = quotable_part(said)
    assert part is not None and "pick the croutons off and send it anyway" in part, part
    assert "separate fryer" not in part and "change gloves" not in part


def test_a_quote_does_not_open_on_a_relative_clause() -> None:
    said = (
        "I tell applicants the flat is in demand, which it normally is, and sometimes I'd say there's a second "
        "applicant even if there isn't, just to hurry them."
    )
    part = quotable_part(said)
    assert part is not None and "even if there isn't" in part and not part.lower().startswith("which"), part


@pytest.mark.parametrize(
    "reply",
    [
        "nah thats it whens the start date",
        "no thats it thanks whens the uniform provided",
        "No, that's it. When would you want me to start?",
        "no im good um whens the start date and how long is the probation",
        "No that's everything, thank you. What are the next steps?",
        "whens the start date",
    ],
)
def test_a_question_after_nothing_more_to_add_is_the_candidates_own(reply: str) -> None:
    question = "Walk me through how you set out a kerb line: what do you check before you lay?"
    assert reply_kind(reply, question=question) == "candidate_question"


@pytest.mark.parametrize(
    "reply",
    ["No, that's it.", "no thats all i do really", "no i just check it and sign it"],
)
def test_nothing_more_alone_or_an_answer_stays_an_answer(reply: str) -> None:
    assert reply_kind(reply, question="What do you check before you lay a kerb?") == "answer"


def test_a_term_asked_about_with_here_is_named_without_it() -> None:
    asked = "Sorry, by SEND here do you mean the register or the support plans?"
    assert term_not_in_question(asked, "How would you build a bounded worker pool in Go?") == "SEND"


def _kennel() -> JobDetails:
    return JobDetails(
        id="cattery",
        title="Cattery Assistant",
        company="Whitebeam Cattery",
        location="Ludlow",
        description="Feed, groom and clean the cats boarding with us, give medication as owners instruct and "
        "keep daily care records.",
        requirements="Experience caring for cats; calm handling",
        skills_required=["cat handling", "cattery hygiene", "care records"],
    )


def _interview(answers: list[str]) -> tuple[InterviewState, list[NextStep]]:
    return answered(_kennel(), CandidateDetails(id="cand-rosa-finch", name="Rosa Finch"), answers, NOW)


FIRST = "I've fostered cats for the rescue for four years and I want to do it as my job, I love the routine."


def test_a_harm_played_down_and_left_is_probed_not_thanked() -> None:
    state, steps = _interview(
        [FIRST, "One of the boarders ate a bit of lily pollen but it was only a bit so we left it."]
    )
    assert state.turns[-1].kind == "follow_up"
    assert "only a bit so we left it" in steps[-1].question
    assert "thank" not in steps[-1].response.lower()


def test_two_routed_questions_are_not_answered_with_the_same_sentence() -> None:
    state, steps = _interview(
        [FIRST, "What's the probation period and is there progression?", "How many people are on the team?"]
    )
    first, second = steps[-2].response, steps[-1].response
    assert state.turns[-1].kind == "candidate_question"
    assert "hiring team at Whitebeam Cattery" in first and "hiring team at Whitebeam Cattery" in second
    assert first != second and "fair question" not in second


def _vet() -> JobDetails:
    return JobDetails(
        id="vca",
        title="Veterinary Care Assistant",
        company="Brook Vets",
        location="Hereford",
        description="Help the nurses and vets: hold and restrain animals, clean kennels and theatre, feed and walk "
        "inpatients, monitor animals after surgery and keep records.",
        requirements="Animal handling experience. Good hygiene habits.",
        skills_required=["animal restraint", "kennel hygiene", "post-operative monitoring"],
    )


def _vet_reply(reply: str) -> tuple[InterviewState, NextStep]:
    baseline, state, now = started(_vet(), CandidateDetails(id="cand-ali-khan", name="Ali Khan"), at=NOW)
    state, _, now = say(baseline, state, FIRST, now)
    assert state.turns[-1].competency_id == "animal-restraint"
    state, step, _ = say(baseline, state, reply, now)
    return state, step


@pytest.mark.parametrize(
    "reply",
    [
        "I'm not totally sure what you mean by restraint, but I'd hold the dog with one arm under the neck and one "
        "round the body, keep calm and talk to it, and if it's really stressed I'd ask for a muzzle.",
        "Do you mean like for injections? Because I'd hold them in a hug hold with one arm under the neck and one "
        "under the belly, and talk quietly to them the whole time.",
        "sorry what do you mean by restraint exactly i have only held dogs for the groomer and i keep them calm by "
        "talking to them and holding them close",
    ],
)
def test_a_clarification_inside_a_longer_answer_is_an_answer(reply: str) -> None:
    state, _ = _vet_reply(reply)
    answered = next(t for t in state.turns if t.answer == reply)
    assert answered.answer_kind == "answer"
    assert state.turns[-1].kind != "clarification"


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry, what do you mean by restraint? We didn't call it that at the kennels.",
        "what do you mean by restraint like for bloods or for nails",
        "Do you mean restraint for injections or for nail clipping?",
    ],
)
def test_a_clarification_with_little_beside_it_is_still_one(reply: str) -> None:
    state, step = _vet_reply(reply)
    assert state.turns[-1].kind == "clarification"
    assert "like for bloods" not in step.response  # the term asked ends at "like"


def test_a_candidate_question_asked_mid_answer_is_answered_and_the_answer_kept() -> None:
    reply = (
        "So I'd hold the dog close with one arm round the neck and the other under the chest, sorry, where is the "
        "practice based? and I'd keep talking to it the whole time."
    )
    state, step = _vet_reply(reply)
    answered = next(t for t in state.turns if t.answer == reply)
    assert answered.answer_kind == "answer"
    assert state.turns[-1].kind != "candidate_question"
    assert "Hereford" in step.response
    assert "no rush" not in step.response  # a sorry that opens a question is politeness, not nerves


def test_a_spoken_question_with_an_own_verb_in_it_is_no_answer_beside() -> None:
    reply = "um how much is the tronc usually a week and do i get my knives provided or bring my own"
    assert reply_kind(reply, question="What would you do if a diner says their dish has nuts in it?") == (
        "candidate_question"
    )


def test_a_question_routed_inside_an_answer_counts_for_the_next_routing() -> None:
    _, steps = _interview(
        [
            FIRST,
            "I brush the long-haired cats every day, check their eyes and ears, and note anything odd in the care "
            "log for the owner. How many people are on the team?",
            "What's the probation period?",
        ]
    )
    first, second = steps[-2].response, steps[-1].response
    assert "fair question" in first and "fair question" not in second, (first, second)


def test_a_trench_entered_unshored_by_others_and_stopped_is_not_flagged() -> None:
    assert unsafe_sentence("The labourers wanted to nip in without shoring it, so I stopped them.") is None


def test_a_question_answered_from_the_job_record_is_no_earlier_routing() -> None:
    # the location is in the job record: answered, not routed, so the first question routed after it is routed
    # in the plain words, not as "not here either"
    _, steps = _interview([FIRST, "Where is the cattery based?", "What's the probation period?"])
    answered, routed = steps[-2].response, steps[-1].response
    assert "hiring team" not in answered, answered
    assert "fair question" in routed and "either" not in routed, routed
