"""The semantic relevance check, with the real sentence-embedding model (all-MiniLM-L6-v2 int8, offline).

On the community-nurse plan of `test_evidence_scoring`: an answer is evidence for a competency only when it
addresses the question mapped to it, whatever words it shares with the job.
"""

from __future__ import annotations

import itertools

import numpy as np

from tests.workbench.interviewer.test_evidence_scoring import PLAN, STRONG, state_with
from workbench.interviewer.agenda import RESUME_PROBES
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.evidence import names_item
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.relevance.check import judge_answers
from workbench.interviewer.relevance.encoder import BATCH, batches, embed, together
from workbench.interviewer.scorecard import answer_groups, baseline_judge, plan_rivals
from workbench.models import InterviewState, Phase, PlannedQuestion, Rubric, RubricAnchors, Turn

QUESTIONS = {q.id: q for q in PLAN.questions}
COMPETENCIES = {c.id: c for c in PLAN.competencies}


def scorecard_entry(state: InterviewState, competency_id: str) -> tuple[int | None, str]:
    assert state.scorecard is not None
    entry = next(e for e in state.scorecard.competencies if e.competency_id == competency_id)
    return entry.score, entry.note


def test_the_model_embeds_offline_into_unit_vectors_that_rank_meaning() -> None:
    vectors = embed(
        [
            "I check the pump and the line and call the prescriber.",
            "I look at the syringe driver and the tubing, then ring the doctor who wrote the drug chart.",
            "Last weekend I climbed a hill and the view was great.",
        ]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_an_off_topic_answer_yields_no_evidence() -> None:
    hobby = "Honestly what I enjoy most is baking sourdough at the weekend; it takes a lot of patience."
    done = BaselineInterviewer().rescore(
        state_with([("q-meds", hobby), *((k, STRONG[k]) for k in ("q-wound",))])
    )
    score, note = scorecard_entry(done, "medicines")
    assert score is None and "not evidence" in note


def test_an_on_the_job_answer_to_another_question_is_not_evidence_for_the_asked_competency() -> None:
    # The wound-care answer, given to the syringe-driver question: full of the job's words, about another
    # competency. It is evidence of neither (the scorecard names the competency it was about).
    done = BaselineInterviewer().rescore(
        state_with([("q-meds", STRONG["q-wound"]), ("q-safe", STRONG["q-safe"])])
    )
    score, note = scorecard_entry(done, "medicines")
    assert score is None
    assert "wound care" in note
    assert scorecard_entry(done, "wound-care")[0] is None  # never asked: not credited either
    assert scorecard_entry(done, "safeguarding")[0] is not None  # its own answer still counts
    # The same answer to its own question is evidence.
    own = BaselineInterviewer().rescore(state_with([("q-wound", STRONG["q-wound"])]))
    assert scorecard_entry(own, "wound-care")[0] is not None


def test_a_follow_up_answered_about_another_topic_drops_out_and_the_first_answer_stays() -> None:
    state = state_with([("q-safe", STRONG["q-safe"]), ("q-safe", STRONG["q-meds"])])
    state.turns[1] = state.turns[1].model_copy(update={"kind": "follow_up"})
    view = view_of(state)
    assert view is not None
    (group,) = answer_groups(view, state)
    judgement = baseline_judge(group)
    assert judgement.score is not None
    assert judgement.quote.rstrip("…") in STRONG["q-safe"]


def test_a_paraphrase_with_no_shared_words_is_recognised() -> None:
    question = QUESTIONS["q-meds"]
    paraphrase = (
        "First I'd look at the infusion device and its tubing for a leak, then phone the doctor who wrote the "
        "chart and log it as an incident."
    )
    view = view_of(state_with([]))
    assert view is not None
    (verdict,) = judge_answers([paraphrase], [False], question, COMPETENCIES["medicines"], plan_rivals(view))
    assert verdict.addresses, verdict
    (hobby,) = judge_answers(
        ["We had a lovely holiday in Spain and the food was wonderful."],
        [False],
        question,
        COMPETENCIES["medicines"],
        plan_rivals(view),
    )
    assert not hobby.addresses


def test_a_vector_does_not_depend_on_the_batch_it_runs_in() -> None:
    # What lets an interview's end embed all its answers in a few runs: the same vectors, bit for bit.
    texts = [
        "Yes.",
        "I check the pump and the line and call the prescriber.",
        "I look at the syringe driver and the tubing, then ring the doctor who wrote the drug chart. " * 6,
        "Last weekend I climbed a hill and the view was great.",
        "We audit the controlled drugs register every shift and sign it in pairs.",
    ]
    alone = np.stack([embed([text])[0] for text in texts])
    assert np.array_equal(embed(texts), alone)
    with together(texts[2:], plan_texts=[texts[0]]):
        assert np.array_equal(embed(texts), alone)
    assert np.array_equal(embed(texts[::-1]), alone[::-1])


def test_texts_are_cut_into_runs_where_padding_would_cost_more_than_a_run() -> None:
    assert batches([]) == []
    assert batches([9, 10, 11, 12]) == [(0, 4)]  # similar lengths: one run
    assert batches([9, 10, 11, 128]) == [(0, 3), (3, 4)]  # a long text runs apart rather than pad three
    spans = batches([20] * (BATCH + 5))
    assert spans[0][0] == 0 and spans[-1][1] == BATCH + 5
    assert all(end - start <= BATCH for start, end in spans)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


MOTORBIKE = (
    "Last summer I rebuilt the engine of my old motorbike in the garage at home. I stripped it down, ordered new "
    "piston rings and gaskets online and put it all back together over three weekends, and it started first time."
)


def _follow_up_state(first: str, reply: str, asked: str) -> InterviewState:
    state = state_with([("q-team", first), ("q-team", reply)])
    state.turns[1] = state.turns[1].model_copy(update={"kind": "follow_up", "question": asked})
    return state


def _verdicts(state: InterviewState) -> list[bool]:
    """Which answers of the state's one group address its question, as the scorecard reads them."""
    from workbench.interviewer.scorecard import _GENERIC, _sifted

    view = view_of(state)
    assert view is not None
    (group,) = answer_groups(view, state)
    read = _sifted(group)
    verdicts = judge_answers(
        read.kept,
        read.lexical,
        group.question,
        group.competency,
        group.rivals,
        _GENERIC,
        read.carried,
        read.strict,
    )
    return [v.addresses for v in verdicts]


def test_a_follow_up_reply_that_tells_another_story_is_not_evidence() -> None:
    # A good teamwork story, then, asked for the result, an account of a motorbike rebuilt at home ("home" is a
    # word of the community nurse's ad): the reply is not more of the story and not on the question.
    off = _follow_up_state(STRONG["q-team"], MOTORBIKE, "What was the result, and what did you do yourself?")
    assert _verdicts(off) == [True, False]
    first_only = BaselineInterviewer().rescore(state_with([("q-team", STRONG["q-team"])]))
    with_reply = BaselineInterviewer().rescore(off)
    assert scorecard_entry(with_reply, "teamwork") == scorecard_entry(first_only, "teamwork")


def test_a_follow_up_reply_that_carries_the_story_on_stays_evidence() -> None:
    # No word of the question, an action of its own, but the same story ("the hospice"); and a bare detail.
    result = (
        "He died at home with his wife beside him, as he wanted, and I wrote to the hospice to thank them."
    )
    assert _verdicts(_follow_up_state(STRONG["q-team"], result, "What was the result?")) == [True, True]
    detail = "Mostly the evenings, from about six."
    assert _verdicts(_follow_up_state(STRONG["q-team"], detail, "When did they come?")) == [True, True]


ITEM = "Ran a nurse-led leg ulcer clinic at Hillside Surgery"


def _resume_probe_state(answer: str, phase: Phase, competency_id: str) -> InterviewState:
    """The strong interview with one resume probe on ITEM (kept in the scratch as the interviewer keeps it)."""
    text = f'Your resume mentions "{ITEM}". Walk me through how you did that: what was your own part?'
    probe = PlannedQuestion(
        id="resume-1",
        kind="resume_probe",
        phase=phase,
        competency_id=competency_id,
        form="behavioural",
        text=text,
        minutes=3,
        rubric=Rubric(anchors=RubricAnchors(one="a", three="b", five="c")),
        resume_item=ITEM,
    )
    state = state_with(list(STRONG.items()))
    asked = state.turns[-1].answered_at or state.started_at
    turn = Turn(
        index=len(state.turns),
        phase=phase,
        kind="resume_probe",
        question=text,
        question_id=probe.id,
        competency_id=competency_id,
        asked_at=asked,
        answer=answer,
        answered_at=asked,
    )
    return state.model_copy(
        update={"turns": [*state.turns, turn], "scratch": {RESUME_PROBES: [probe.model_dump(mode="json")]}}
    )


def _probe_judgement(state: InterviewState) -> tuple[int | None, str]:
    view = view_of(state)
    assert view is not None
    (group,) = [g for g in answer_groups(view, state) if g.key == "resume-1"]
    judgement = baseline_judge(group)
    return judgement.score, judgement.reason


def test_a_resume_probe_answer_must_be_about_the_item_it_asked_about() -> None:
    on_item = (
        "I set up the clinic with the practice manager, booked a room on Tuesdays and trained two healthcare "
        "assistants to do the dopplers; within a year our healing rate went up."
    )
    # A story of the probe's competency (teamwork: "colleague", "GP") but not of the clinic, and a hobby.
    other_story = (
        "A colleague was off sick for a month, so I took on half of her visits and we shared the dressings "
        "between us, and the GP said nobody noticed."
    )
    for phase, competency_id in ((Phase.TECHNICAL, "wound-care"), (Phase.BEHAVIORAL, "teamwork")):
        assert _probe_judgement(_resume_probe_state(on_item, phase, competency_id))[0] is not None
        for answer in (other_story, MOTORBIKE):
            score, reason = _probe_judgement(_resume_probe_state(answer, phase, competency_id))
            assert score is None and reason == "did not address the question", (phase, answer)


def test_a_resume_item_is_named_by_a_rare_word_of_its_own_or_two_less_common_ones() -> None:
    assert names_item("We ran the clinic on Tuesdays.", ITEM)  # "clinic": Zipf 4.2
    assert names_item("The nurses at the surgery all helped.", ITEM)  # "nurse" and "surgery"
    assert not names_item("I ran the Christmas party at the surgery.", ITEM)  # "ran" and "surgery" alone
