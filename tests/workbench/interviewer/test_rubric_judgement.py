"""The baseline's rubric judgement rests on what an anchored scale asks for, not on how much is said.

Jobs and answers here are written for these tests (a warehouse operative, a veterinary nurse): none comes from
the labelled datasets the calibration was fitted on.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.workbench.interviewer.unseen_jobs import job_knowledge, technical_question
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.evidence import quote, sift, stems, topic_of
from workbench.interviewer.rubric_score import (
    Judgement,
    judge,
    look_for_coverage,
    rubric_features,
    sweeping_claims,
)
from workbench.interviewer.scorecard import _with_unsafe_asides
from workbench.interviewer.specificity import read_specificity
from workbench.models import (
    Competency,
    Difficulty,
    InterviewPlan,
    InterviewState,
    JobDetails,
    Phase,
    PlannedQuestion,
    Rubric,
    RubricAnchors,
    Turn,
)

# a forklift's soft brakes: what a 1, a 3 and a 5 answer does
ANCHORS = (
    "Carries on, or names nothing to check.",
    "Stops and reports it, in general terms.",
    "Takes the truck out of use, records the defect, checks a replacement before use.",
)
RUBRIC = Rubric(anchors=RubricAnchors(one=ANCHORS[0], three=ANCHORS[1], five=ANCHORS[2]))
FORKLIFT = job_knowledge("equipment safety", "forklift", "pre-use check", "defect", source="requirements")
BRAKES = technical_question(
    FORKLIFT.id,
    "The forklift's brakes feel soft at the start of your shift. What do you do?",
    *ANCHORS,
    question_id="q-brakes",
    form="situational",
)
TERSE_EXPERT = (
    "Park it on level ground, forks down, key out. Tag it off and write the defect in the log, then tell the "
    "shift lead. Pre-use check the spare truck: tyres, hydraulics, horn, brakes, before I lift anything."
)
LONG_VAGUE = (  # figures of volume, "I'd check", "I'd document": the look of detail around a wrong answer
    "That's a really good question and it's something I deal with all the time, because we move about 400 to "
    "500 pallets a shift across 3 loading bays, so I'm very aware of equipment. I would always make sure I do "
    "my checks at the start of every shift and I'd document everything, because paperwork is so important. If "
    "the brakes are a bit soft it's probably fine for now, so I'd keep an eye on it, carry on with the first "
    "few loads and mention it to the day team at 6 a.m. so they can look at it. I'd check it again later on "
    "and make sure the supervisor knows."
)


def test_a_terse_specific_answer_outranks_a_long_vague_one() -> None:
    terse = judge(TERSE_EXPERT, BRAKES, FORKLIFT)
    rambling = judge(LONG_VAGUE, BRAKES, FORKLIFT)
    assert len(LONG_VAGUE.split()) > 2 * len(TERSE_EXPERT.split())
    assert terse.score is not None and rambling.score is not None
    assert terse.quality is not None and rambling.quality is not None
    assert terse.quality > rambling.quality
    assert terse.score > rambling.score


def test_padding_an_answer_with_filler_does_not_raise_it() -> None:
    plain = "I'd stop using it, tell the shift lead and write it up as a defect."
    padded = plain + (
        " Honestly safety is really important to me, it's one of my priorities and I'm a big believer in it."
        " I always make sure I do things properly, it's second nature to me after all these years."
    )
    before, after = judge(plain, BRAKES, FORKLIFT), judge(padded, BRAKES, FORKLIFT)
    assert before.quality is not None and after.quality is not None
    assert after.quality <= before.quality
    assert (after.score or 0) <= (before.score or 0)


def test_specific_terms_are_the_candidates_own_not_buzzwords_or_the_questions_words() -> None:
    buzz = read_specificity("We need a robust, scalable and proactive mindset with strong alignment.", "")
    assert not buzz.terms
    echo = read_specificity("The brakes on the forklift feel soft.", BRAKES.text)
    assert not echo.terms  # every uncommon word is the question's own
    own = read_specificity("Tag it off and check the hydraulics and the tyres.", BRAKES.text)
    assert {"hydra"} <= own.terms  # stems: "hydraulics"
    padded = read_specificity("Check the hydraulics. " + "It is really important to me. " * 3, BRAKES.text)
    assert padded.terms == read_specificity("Check the hydraulics.", BRAKES.text).terms
    assert padded.point_share < read_specificity("Check the hydraulics.", BRAKES.text).point_share
    assert padded.puffery == 3


def test_a_look_for_point_is_covered_by_one_sentence_not_by_words_scattered_over_the_answer() -> None:
    point = (frozenset(stems("record the defect in the log")),)
    assert look_for_coverage(point, ["I wrote the defect in the log before the next lift."]) == 1.0
    scattered = ["We keep a log of everything.", "I record my hours.", "Any defect gets mentioned."]
    assert look_for_coverage(point, scattered) == 0.0


# --- communication is rated over the whole interview ------------------------------------------------------

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
JOB = JobDetails(
    id="job-vet-nurse",
    title="Veterinary Nurse",
    description="Small-animal practice: anaesthetic monitoring, dispensing, client care.",
    skills_required=["anaesthetic monitoring", "client communication"],
)
COMMUNICATION = Competency(id="communication", name="communication", kind="behavioural", source="library")
ANAESTHESIA = job_knowledge(
    "anaesthetic monitoring",
    "anaesthetic",
    "monitoring",
    "capnography",
    source="requirements",
    competency_id="anaesthesia",
)
PLAN = InterviewPlan(
    job_id=JOB.id,
    version=1,
    key="test",
    difficulty_level=Difficulty.MEDIUM,
    max_duration=30,
    competencies=[COMMUNICATION, ANAESTHESIA],
    questions=[
        PlannedQuestion(
            id="q-intro",
            phase=Phase.INTRODUCTION,
            competency_id="communication",
            form="opening",
            text="Could you tell me about your work as a veterinary nurse so far?",
            minutes=2,
            rubric=RUBRIC,
        ),
        *(
            PlannedQuestion(
                id=f"q-{n}",
                phase=Phase.TECHNICAL,
                competency_id=ANAESTHESIA.id,
                form="situational",
                text=text,
                minutes=3,
                rubric=RUBRIC,
            )
            for n, text in enumerate(
                [
                    "A dog under anaesthetic suddenly has a heart rate of 40. What do you do?",
                    "How do you monitor a cat's anaesthetic during a dental procedure?",
                ]
            )
        ),
    ],
)
INTRO = (
    "I have been a veterinary nurse for four years at a small-animal practice in Bristol, mostly in theatre."
)
STRONG_ANSWERS = [
    "Tell the vet straight away, check depth: jaw tone, eye position, then lower the vaporiser. Glycopyrrolate "
    "drawn up if the vet wants it, and I'd watch the capnograph and blood pressure every minute.",
    "Pulse oximeter, capnography, Doppler blood pressure, temperature probe and a warming mat, with a written "
    "record every five minutes and a hand on the pulse when the probe slips.",
]
WEAK_ANSWERS = [
    "I'd tell the vet, it's really important to always keep the vet informed about everything.",
    "I'd keep an eye on the machine and make sure everything looks okay during the dental.",
]


def _interview(answers: list[str]) -> InterviewState:
    turns = []
    for index, (question, answer) in enumerate(zip(PLAN.questions, [INTRO, *answers], strict=True)):
        asked = T0 + timedelta(minutes=3 * index)
        turns.append(
            Turn(
                index=index,
                phase=question.phase,
                kind="core",
                question=question.text,
                question_id=question.id,
                competency_id=question.competency_id,
                asked_at=asked,
                answer=answer,
                answered_at=asked + timedelta(minutes=2),
            )
        )
    return InterviewState(
        job=JOB, candidate_id="c1", turns=turns, started_at=T0, ended_at=T0 + timedelta(hours=1), plan=PLAN
    )


def test_communication_is_rated_over_every_answer_with_quotes_from_its_own() -> None:
    interviewer = BaselineInterviewer()
    cards = [interviewer.rescore(_interview(answers)).scorecard for answers in (STRONG_ANSWERS, WEAK_ANSWERS)]
    assert all(card is not None for card in cards)
    strong, weak = (
        {e.competency_id: e for e in card.competencies}["communication"] for card in cards if card
    )
    assert strong.score is not None and weak.score is not None
    assert strong.score > weak.score  # the same opening answer, clearer answers elsewhere
    assert [q.question_id for q in strong.evidence] == ["q-intro"]


def test_a_plain_intensifier_is_not_puffery() -> None:
    """ "Both, really: I check …" is a strong answer with a habit of speech, not praise in place of content."""
    from workbench.interviewer.specificity import read_specificity

    plain = "Both, really: I check deliveries against the purchase order before they are signed for."
    assert read_specificity(plain, "Which checks do you rely on?").puffery == 0
    assert read_specificity("Safety is so important to me, I'm passionate about it.", "Why?").puffery == 2


def test_a_negated_sweeping_word_states_a_limit_not_a_sweeping_claim() -> None:
    """ "A generator doesn't keep everything in memory" is a precise statement; "I always check everything" is
    the sweeping claim that stands in for specifics."""
    assert sweeping_claims("A generator doesn't keep everything in memory.") == 0
    assert sweeping_claims("So the same people aren't always working weekends.") == 0
    assert sweeping_claims("Not every single pallet needs it, only the tall ones.") == 0
    assert sweeping_claims("I always check everything.") == 1  # "everything"; "always check" is a habit
    assert sweeping_claims("There was no way round it, always the same.") == 1  # the negation is elsewhere
    limit = "Tag it off, because a soft pedal doesn't always show on the first lift."
    claim = "Tag it off, because a soft pedal always shows on the first lift."
    features = [
        rubric_features(text, topic_of(BRAKES, FORKLIFT), BRAKES, sift(text)).values["sweeping"]
        for text in (limit, claim)
    ]
    assert features == [0.0, 1.0]


def test_always_owning_a_check_of_the_work_is_a_habit_not_a_sweeping_claim() -> None:
    """A short, correct answer that says "always" of a check it makes is not marked down for it; "always" as a
    boast or a generalisation still is."""
    assert sweeping_claims("I always check the expiry date before dispensing.") == 0
    assert sweeping_claims("We'd always ring the prescriber and record the call.") == 0
    assert sweeping_claims("I always try to be approachable.") == 1
    assert sweeping_claims("Customers ask for me because I always get there.") == 1
    assert sweeping_claims("It always gets out in the end.") == 1
    medicines = job_knowledge("dispensing", "prescription", source="requirements")
    question = technical_question(
        medicines.id,
        "What do you check before you hand a prescription over the counter?",
        *ANCHORS,
        question_id="q-dispense",
    )
    habit = (
        "I always check the expiry date before dispensing, and I confirm the patient's name, address and date "
        "of birth against the label."
    )
    plain = habit.replace("I always check", "I check")
    with_always, without = judge(habit, question, medicines), judge(plain, question, medicines)
    assert with_always.features is not None and with_always.features.values["sweeping"] == 0.0
    assert with_always.score == without.score
    assert abs((with_always.quality or 0.0) - (without.quality or 0.0)) < 0.01  # one word more, no more


def test_a_record_made_counts_as_a_check_in_any_tense() -> None:
    """ "Record it on the MAR", "note the call", "write down what she said": what one would do to keep the record
    counts as "I recorded it" does; the noun ("the records were fine") does not."""
    from workbench.interviewer.rubric_score import _VERIFY

    for said in ("Then record it on the MAR.", "I'd note the call.", "I'd write down what she said."):
        assert _VERIFY.count(said) == 1, said
    assert _VERIFY.count("The records were fine and we keep a log.") == 0


def test_a_red_flag_is_quoted_in_the_words_that_raised_it() -> None:
    answer = (
        "I'd stop and look at the brakes properly. We move about 400 pallets a shift across 3 loading bays. "
        "If it's busy I skip the pre-use check and carry on with the first few loads."
    )
    judgement = judge(answer, BRAKES, FORKLIFT)
    assert judgement.red_flags and judgement.score == 1, judgement
    assert "skip the pre-use check" in judgement.quote, judgement.quote


def test_a_quote_is_the_candidates_own_deed_not_what_someone_else_did() -> None:
    sentences = [
        "A new starter wanted to skip the brake check on his forklift to save time.",
        "I said no, showed him the pre-use checklist, and we went through the brakes together.",
    ]
    assert quote(sentences, topic_of(BRAKES, FORKLIFT)).startswith("I said no"), quote(
        sentences, topic_of(BRAKES, FORKLIFT)
    )


def test_unsafe_practice_set_aside_as_off_the_question_is_quoted_with_its_flag() -> None:
    judged = Judgement(4, 0.8, "I tag it off and report the defect.")
    flagged = _with_unsafe_asides(judged, ["When it's busy I skip the pre-use check."])
    assert flagged.red_flags and "skip the pre-use check" in flagged.quote, flagged
