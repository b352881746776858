"""A 4 or 5 needs what the upper anchors describe: the specific things, steps and checks of the work.

The job (a pathology laboratory technician) and the answers are written for these tests: none comes from the
labelled datasets the calibration is fitted on, and the job is outside the families of the recordings.
"""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.rubric_score import GENERAL_TERMS_CAP, judge
from workbench.interviewer.specificity import base_commonness, commonness, work_terms
from workbench.models import Competency, JobDetails, PlannedQuestion, Preferences

JOB = JobDetails(
    id="lab-technician",
    title="Laboratory Technician",
    company="Riverside Pathology",
    description="Process blood and tissue samples in a hospital pathology lab, run the analysers and keep the "
    "quality control records.",
    requirements="Sample handling and labelling; Analyser maintenance; Quality control; Health and safety",
    skills_required=["sample processing", "quality control"],
)
CONTEXT = " ".join([JOB.title, JOB.description, JOB.requirements, *JOB.skills_required])
# Process verbs strung together around nothing named: "I'd check it, confirm it, document it".
GENERAL_ANSWERS = (
    "First I would check it and confirm it with my supervisor, then document it to make sure it is done right.",
    "I would stop, check what happened, report it and follow up afterwards to make sure it was resolved.",
    "I would assess the situation, prioritise, inform the team and monitor it because safety comes first.",
    "I would check things carefully and make sure everything is safe and tell my manager.",
)


def _questions(*forms: str) -> list[tuple[PlannedQuestion, Competency | None]]:
    plan = build_interview_plan(JOB, Preferences())
    competencies = {c.id: c for c in plan.competencies}
    return [(q, competencies.get(q.competency_id)) for q in plan.questions if q.form in forms]


@pytest.mark.parametrize("answer", GENERAL_ANSWERS)
def test_a_short_general_answer_scores_at_most_the_general_anchor(answer: str) -> None:
    questions = _questions("situational", "how_do_you", "behavioural")
    assert any(q.form == "situational" for q, _ in questions)
    scores = [judge(answer, q, c, context=CONTEXT).score for q, c in questions]
    assert any(s is not None for s in scores)
    assert all(s is None or s <= GENERAL_TERMS_CAP for s in scores), scores


def test_a_terse_expert_answer_is_not_scored_below_a_long_general_one() -> None:
    question, competency = next(
        (q, c) for q, c in _questions("situational") if "analyser maintenance" in q.text.lower()
    )
    terse = (
        "Leave the analyser switched off and isolated, and tag it out of use. Wipe any spill at the probe with "
        "hypochlorite. Tell the charge biomedical scientist, log it, and run both QC levels before it goes back."
    )
    long_general = (
        "A safety hazard is something I take very seriously, because safety is at the heart of everything we do. "
        "First I would check the situation carefully and make sure I understood exactly what had happened. Then I "
        "would confirm it with my supervisor and the rest of the team, so that everybody knew. I would document "
        "everything properly, follow the procedure step by step and monitor it closely afterwards, and I would "
        "review it again at the end of the day to make sure that it was all resolved and nothing was missed."
    )
    expert = judge(terse, question, competency, context=CONTEXT)
    general = judge(long_general, question, competency, context=CONTEXT)
    assert expert.score is not None and expert.score >= 4, (expert.score, expert.reason)
    # the general answer says none of the question's words, only "check" of the family's look-for points that every
    # job-knowledge question lists (`evidence._is_checklist`): no evidence at all, or at most the general anchor
    assert general.score is None or general.score <= min(expert.score, GENERAL_TERMS_CAP), general.score


def test_an_inflected_everyday_word_is_not_a_work_term() -> None:
    assert base_commonness("sorted") == commonness("sort")
    assert base_commonness("customer's") == commonness("customer")
    assert not work_terms("I sorted the customer's showers and borrowed the drains' covers.")
    assert {"syrin", "accru"} <= work_terms("I checked the syringes and posted the accruals.")


def test_general_work_words_are_not_work_terms() -> None:
    assert not work_terms(
        "I escalated it to my supervisor, prioritised the paperwork and told my colleagues."
    )


def test_a_story_whose_figures_are_written_out_is_not_held_at_the_general_anchor() -> None:
    from workbench.interviewer.evidence import sift, topic_of
    from workbench.interviewer.rubric_score import names_specifics, rubric_features

    (question, competency), *_ = _questions("behavioural")
    story = (
        "I sat down with him, we went through the checklist together, and I paired him with our best "
        "supervisor for two weeks."
    )
    evidence = sift(story)
    features = rubric_features(story, topic_of(question, competency, CONTEXT), question, evidence)
    assert names_specifics(features, question, evidence)
    general = "I sat down with him, we went through it together, and I paired him with a supervisor."
    general_evidence = sift(general)
    general_features = rubric_features(
        general, topic_of(question, competency, CONTEXT), question, general_evidence
    )
    assert not names_specifics(general_features, question, general_evidence)


@pytest.mark.parametrize(
    ("counted", "general"),
    [
        (
            "I check it with two check weights each morning and write it in the log before I use it.",
            "I check it each morning and write it in the log before I use it.",
        ),
        (
            "I sat down with the other team and their manager, we moved a camera, and the police made two arrests.",
            "I sat down with the other team and their manager, we moved a camera, and I would say two things helped.",
        ),
    ],
)
def test_things_of_the_work_counted_in_words_are_a_figure(counted: str, general: str) -> None:
    """Seen: a plain strong answer held at 3 as "nothing specific to the work" while it counted what it named
    ("two check weights", "two arrests"); a figure written out counted only before a unit of time or people. A count
    of general nouns ("two things", "three ways") still names nothing."""
    from workbench.interviewer.evidence import sift, topic_of
    from workbench.interviewer.rubric_score import names_specifics, rubric_features

    (question, competency), *_ = _questions("behavioural")
    named = []
    for text in (counted, general):
        evidence = sift(text)
        features = rubric_features(text, topic_of(question, competency, CONTEXT), question, evidence)
        named.append(names_specifics(features, question, evidence))
    assert named == [True, False]


@pytest.mark.parametrize(
    ("planned", "general"),
    [
        (
            "I wouldn't put it through. I'd ring the ward for a fresh one, and if they can't get one today, I'd "
            "tell the senior on shift and note the call.",
            "I wouldn't put it through. I'd ring the ward for a fresh one, tell the senior on shift and note the "
            "call.",
        ),
        (
            "I'd keep her talking and sit her down. If she can't stand or stay awake, ambulance.",
            "I'd keep her talking and sit her down, and make sure she's alright.",
        ),
        (
            "I can't give out anything on another adult. If he's named on the account, I can go through it.",
            "I can't give out anything on another adult, so I'd explain that politely.",
        ),
    ],
)
def test_a_contingency_planned_in_everyday_words_is_not_general_terms(planned: str, general: str) -> None:
    """Seen on train and dev: terse strong answers held at 3 as "nothing specific to the work" while they said
    what they would do when the case turns one way or the other ("If he isn't on there, I can't give the balance",
    "if I couldn't reach either I'd ring the front door team"): the practice itself, in everyday words. The same
    steps without the contingency stay in general terms, and so does a spoken "if that makes sense"."""
    from workbench.interviewer.evidence import sift, topic_of
    from workbench.interviewer.rubric_score import names_specifics, rubric_features

    (question, competency), *_ = _questions("situational")
    named = []
    for text in (planned, general, general + " That's about it, if that makes sense."):
        evidence = sift(text)
        features = rubric_features(text, topic_of(question, competency, CONTEXT), question, evidence)
        named.append(names_specifics(features, question, evidence))
    assert named == [True, False, False]
