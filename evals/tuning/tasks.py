"""What each tunable module learns from: DSPy examples built from labelled transcripts, and their metrics.

- `assess`: one example per answer to a question mapped to a labelled competency. Inputs are the assessor's
  (job title, competency, question, rubric, answer); labels are the turn's comfort and vague labels and the
  interview's 1–5 label of that competency (human labels are per interview, so each answer carries them).
- `next_turn`: one example per answer that has a next question. The move comes from what the recorded
  interviewer did next (follow up vs next main question); the metric checks the written turn is usable.
- `feedback`: one example per interview, from its competency labels and rationales.

Every metric returns a float in [0, 1]; `key` ties an example to its (record, answer position) so that the
baseline's predictions on the same held-out answers can be scored with the same metric.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import dspy
from pydantic import BaseModel

from evals.assessment_replay import recorded_state
from evals.metrics.interviewer import asks_protected, star_parts_present
from evals.text import content_words, jaccard, mentioned_skills
from workbench.interviewer.competencies import normalise_skill
from workbench.interviewer.dspy_modules import rubric_text
from workbench.models import JobDetails
from workbench.records import InterviewRecord, RecordedTurn

Metric = Callable[[dspy.Example, Any, Any], float]
MODULES = ("assess", "next_turn", "feedback")
MAX_FEEDBACK_ITEMS = 3
ASSESS_INPUTS = ("job_title", "competency", "question", "rubric", "answer")


@dataclass(frozen=True)
class TaskSpec:
    module: str
    input_keys: tuple[str, ...]
    submodule: str  # attribute of InterviewerProgram that the task calls and tunes
    build: Callable[[InterviewRecord, JobDetails], list[dspy.Example]]
    metric: Metric


def assess_examples(record: InterviewRecord, job: JobDetails) -> list[dspy.Example]:
    """One example per answer to a question mapped to a labelled competency (`evals.assessment_replay`)."""
    scores = {normalise_skill(c.name): c.score for c in record.labels.competencies}
    state = recorded_state(record, job)
    plan = state.plan
    questions = {q.id: q for q in plan.questions} if plan else {}
    names = {c.id: c.name for c in plan.competencies} if plan else {}
    examples = []
    for position, (turn, recorded) in enumerate(zip(state.turns, record.turns, strict=True)):
        question = questions.get(turn.question_id)
        if question is None:
            continue
        name = names[question.competency_id]
        star = star_parts_present(recorded.answer)
        example = dspy.Example(
            key=f"{record.id}#{position}",
            job_title=job.title,
            competency=name,
            question=turn.question,
            rubric=rubric_text(question.rubric),
            answer=recorded.answer,
            comfort=recorded.labels.comfort.value,
            vague=recorded.labels.vague,
            scores=[{"competency": name, "score": scores[name]}],
            # The label in the program's output shape, for labelled demos (STAR parts detected lexically).
            assessment={
                "comfort": recorded.labels.comfort.value,
                "skills_evidenced": [],
                "star": {part: part in star for part in ("situation", "task", "action", "result")},
                "vague": recorded.labels.vague,
                "addresses_question": True,
                "correct": scores[name] >= 3,
                "score": scores[name],
                "evidence": "",
                "red_flags": [],
            },
        )
        examples.append(example.with_inputs(*ASSESS_INPUTS))
    return examples


OUTPUT_CONTAINERS = ("assessment", "turn", "feedback")  # the programs' single structured output fields


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def flatten_prediction(prediction: Any) -> dict[str, Any]:
    """A prediction's fields as plain data, with a structured output (`assessment`, `turn`, `feedback`)
    opened up, so that DSPy predictions and the baseline's flat dicts are read the same way."""
    if isinstance(prediction, dict):
        data = dict(prediction)
    elif hasattr(prediction, "items"):
        data = dict(prediction.items())
    else:
        data = {}
    for container in OUTPUT_CONTAINERS:
        inner = _plain(data.get(container))
        if isinstance(inner, dict):
            data = {**data, **inner}
    return {key: _plain(value) for key, value in data.items()}


def _field(prediction: Any, name: str, default: Any = None) -> Any:
    return flatten_prediction(prediction).get(name, default)


def predicted_scores(prediction: Any, competency: str = "") -> dict[str, int]:
    """Scores as `{competency: score}`: a list of scored items (the baseline's), or one `score` for the
    example's competency (the assessor's output)."""
    found: dict[str, int] = {}
    for item in _field(prediction, "scores", None) or []:
        name = _field(item, "competency", "")
        score = _field(item, "score", None)
        if isinstance(name, str) and isinstance(score, int | float) and 1 <= score <= 5:
            found[normalise_skill(name)] = round(score)
    single = _field(prediction, "score", None)
    if competency and isinstance(single, int | float) and 1 <= single <= 5:
        found.setdefault(normalise_skill(competency), round(single))
    return found


def assess_metric(example: dspy.Example, prediction: Any, trace: Any = None) -> float:
    """0.4 comfort match + 0.2 vague match + 0.4 score closeness (1 − |error| / 4, a missing score counts 0)."""
    comfort = 1.0 if str(_field(prediction, "comfort", "")) == example.comfort else 0.0
    vague = 1.0 if bool(_field(prediction, "vague", False)) == example.vague else 0.0
    truth = {item["competency"]: item["score"] for item in example.scores}
    scores = predicted_scores(prediction, str(getattr(example, "competency", "")))
    closeness = [
        1 - abs(scores[name] - score) / 4 if name in scores else 0.0 for name, score in truth.items()
    ]
    score_part = sum(closeness) / len(closeness) if closeness else 0.0
    return 0.4 * comfort + 0.2 * vague + 0.4 * score_part


def move_for(next_turn: RecordedTurn) -> str:
    if next_turn.kind == "follow_up":
        return "Follow up on the last answer: ask for one concrete example with the candidate's own actions and result."
    if next_turn.kind == "closing":
        return "Close the interview: invite the candidate's questions about the role or team."
    return f"Ask the next main question of the {next_turn.phase.value} phase."


def next_turn_examples(record: InterviewRecord, job: JobDetails) -> list[dspy.Example]:
    examples = []
    for position, (turn, following) in enumerate(zip(record.turns, record.turns[1:], strict=False)):
        example = dspy.Example(
            key=f"{record.id}#{position}",
            job_title=job.title,
            job_skills=list(job.skills_required),
            phase=following.phase.value,
            move=move_for(following),
            suggested_question="" if following.kind == "follow_up" else following.question,
            last_question=turn.question,
            answer=turn.answer,
            follow_up=following.kind == "follow_up",
            gold_question=following.question,
            turn={"response": "Thank you, that is helpful.", "question": following.question},
        )
        examples.append(
            example.with_inputs("job_title", "phase", "move", "suggested_question", "last_question", "answer")
        )
    return examples


def next_turn_metric(example: dspy.Example, prediction: Any, trace: Any = None) -> float:
    """Quarter points: one question ending in '?'; no protected topic; not a repeat of the last question;
    on topic (a follow-up shares words with the last exchange, a main question names the job's words)."""
    question = str(_field(prediction, "question", "") or "").strip()
    response = str(_field(prediction, "response", "") or "").strip()
    if not question:
        return 0.0
    well_formed = 1.0 if question.endswith("?") and question.count("?") == 1 and response else 0.0
    safe = 0.0 if asks_protected(question) or asks_protected(response) else 1.0
    fresh = 1.0 if jaccard(content_words(question), content_words(example.last_question)) < 0.8 else 0.0
    if example.follow_up:
        context = set(content_words(f"{example.last_question} {example.answer}"))
        on_topic = 1.0 if context & set(content_words(question)) else 0.0
    else:
        reference = set(content_words(f"{example.gold_question} {example.job_title}"))
        named = mentioned_skills(question, example.job_skills)
        on_topic = 1.0 if named or reference & set(content_words(question)) else 0.0
    return 0.25 * (well_formed + safe + fresh + on_topic)


def scores_text(record: InterviewRecord) -> str:
    return "\n".join(f"{c.name}: {c.score}/5 — {c.rationale}" for c in record.labels.competencies)


def feedback_examples(record: InterviewRecord, job: JobDetails) -> list[dspy.Example]:
    example = dspy.Example(
        key=f"{record.id}#feedback",
        job_title=job.title,
        candidate_first_name="there",
        scores=scores_text(record),
        competency_names=[c.name for c in record.labels.competencies],
        has_strength=any(c.score >= 4 for c in record.labels.competencies),
    )
    return [example.with_inputs("job_title", "candidate_first_name", "scores")]


def _items(value: Any) -> list[str]:
    return [str(item).strip() for item in value or [] if str(item).strip()] if isinstance(value, list) else []


def feedback_metric(example: dspy.Example, prediction: Any, trace: Any = None) -> float:
    """Quarter points: a 15–150 word summary; at most 3 strengths, at least one when a competency is labelled
    4 or more (a weak interview may honestly have none); 1–3 areas to improve; at least one labelled
    competency named anywhere. Nothing if it raises a protected topic."""
    summary = str(_field(prediction, "summary", "") or "")
    strengths = _items(_field(prediction, "strengths", None))
    areas = _items(_field(prediction, "areas_to_improve", None))
    text = " ".join([summary, *strengths, *areas])
    if asks_protected(text):
        return 0.0
    words = len(summary.split())
    points = [
        15 <= words <= 150,
        (1 if example.has_strength else 0) <= len(strengths) <= MAX_FEEDBACK_ITEMS,
        1 <= len(areas) <= MAX_FEEDBACK_ITEMS,
        bool(mentioned_skills(text, example.competency_names)),
    ]
    return 0.25 * sum(points)


TASKS: dict[str, TaskSpec] = {
    "assess": TaskSpec(
        "assess",
        ASSESS_INPUTS,
        "assessor",
        assess_examples,
        assess_metric,
    ),
    "next_turn": TaskSpec(
        "next_turn",
        ("job_title", "phase", "move", "suggested_question", "last_question", "answer"),
        "turn_writer",
        next_turn_examples,
        next_turn_metric,
    ),
    "feedback": TaskSpec(
        "feedback",
        ("job_title", "candidate_first_name", "scores"),
        "feedback_writer",
        feedback_examples,
        feedback_metric,
    ),
}


def get_task(module: str) -> TaskSpec:
    if module not in TASKS:
        raise KeyError(f"unknown module {module!r}; known: {', '.join(MODULES)}")
    return TASKS[module]


def build_examples(
    task: TaskSpec, records: list[InterviewRecord], jobs: dict[str, JobDetails], limit: int | None = None
) -> list[dspy.Example]:
    examples = [
        ex for record in records if record.job_id in jobs for ex in task.build(record, jobs[record.job_id])
    ]
    return examples[:limit] if limit is not None else examples
