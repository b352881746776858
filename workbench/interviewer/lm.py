"""The LM-backed interviewer: the baseline's controller and questions, with DSPy modules for the wording and
the assessment. Every LM output is validated and guarded; any failure or timeout falls back to the baseline
for that turn, and the turn records which backend produced it.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import logging
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import dspy
from pydantic import ValidationError

from workbench.interviewer import conversation
from workbench.interviewer.agenda import planned
from workbench.interviewer.api import AnswerAssessment, InterviewState, NextStep
from workbench.interviewer.assess import competency_score
from workbench.interviewer.bank import normalise_text
from workbench.interviewer.baseline import BaselineInterviewer, first_name
from workbench.interviewer.controller import FollowUpCues
from workbench.interviewer.dspy_modules import (
    AssessmentOut,
    FeedbackOut,
    InterviewerProgram,
    TurnOut,
    rubric_text,
)
from workbench.interviewer.evidence import earlier_sentences, sift
from workbench.interviewer.guards import neutralise, protected_topic
from workbench.interviewer.lm_gate import off_loop
from workbench.interviewer.lm_steps import Ask, LMSteps, Step, Steps
from workbench.interviewer.rubric_score import RED_FLAG_CAP, Judgement
from workbench.interviewer.scorecard import AnswerGroup, answer_groups, baseline_judge
from workbench.models import (
    CandidateDetails,
    Comfort,
    InterviewPlan,
    JobDetails,
    Preferences,
)
from workbench.settings import Settings

log = logging.getLogger(__name__)
# What the next turn must do, by its kind (the turn writer's `move`).
MOVES = {
    "core": "Ask the planned core question exactly as suggested; write only a short, neutral acknowledgement.",
    "resume_probe": "Ask the planned resume question as suggested, quoting the resume item whole.",
    "follow_up": "Follow up on the last answer: ask only for what it lacks against the rubric (a missing result, "
    "their own actions, a specific example, or the risk in an unsafe statement). Never praise a red flag.",
    "closing": "Close the interview: invite the candidate's questions about the role, the team or next steps.",
}


def competency_text(state: InterviewState, competency_id: str) -> str:
    plan = state.plan
    competency = next((c for c in plan.competencies if c.id == competency_id), None) if plan else None
    return f"{competency.name}: {competency.description}" if competency else ""


MAX_QUESTION_CHARS = 400
MODELS_PREFIX = "models:/"
# Feedback to the candidate never states a score; their own figures ("20 minutes to 5 seconds") may be quoted.
_SCORE_TALK = re.compile(
    r"\b[0-5](?:\.\d)?\s*(?:/|out of)\s*(?:5|five)\b|\bscor(?:e|es|ed|ing)\b|\bratings?\b|\brated\b",
    re.IGNORECASE,
)


def build_lm(settings: Settings) -> dspy.LM:
    """`local/smollm2-135m` runs in-process; anything else is a LiteLLM model string and/or an API base."""
    from workbench.interviewer.local_lm import LOCAL_PREFIX, LlamaCppEngine

    model = settings.lm_model.strip()
    if model.startswith(LOCAL_PREFIX):
        return dspy.LM(
            model,
            engine=LlamaCppEngine(),
            temperature=0.0,
            max_tokens=min(settings.lm_max_tokens, 256),
            cache=False,
        )
    kwargs: dict[str, object] = {}
    if settings.lm_api_base.strip():
        kwargs["api_base"] = settings.lm_api_base.strip()
    if settings.lm_api_key:
        kwargs["api_key"] = settings.lm_api_key
    return dspy.LM(
        model or "openai/default",
        temperature=settings.lm_temperature,
        max_tokens=settings.lm_max_tokens,
        timeout=settings.lm_timeout_seconds,
        num_retries=0,
        cache=False,
        **kwargs,
    )


@contextmanager
def program_path_for(name: str, settings: Settings) -> Iterator[Path]:
    """A tuned program's JSON while the `with` block lasts: a file path, or the JSON artifact of an
    MLflow-registered model version downloaded into a temporary folder that the block's end removes."""
    if name.startswith(MODELS_PREFIX):
        from workbench.interviewer.tracking_io import download_registered_program

        with tempfile.TemporaryDirectory(prefix="openhire-program-") as staging:
            yield download_registered_program(name, settings, Path(staging))
        return
    path = Path(name).expanduser()
    if not path.is_file():
        raise ValueError(
            f"Unknown interviewer {name!r}: expected `baseline`, a program JSON path or models:/…"
        )
    yield path


def _verbatim(quote: str, sentences_: list[str]) -> str:
    """The LM's quote when it is (part of) one of the evidence sentences, word for word; else ""."""
    text = quote.strip().strip("\"'\u201c\u201d").rstrip("\u2026")
    if len(text) < 8:
        return ""
    wanted = normalise_text(text)
    return text if any(wanted in normalise_text(sentence) for sentence in sentences_) else ""


def to_judgement(out: AssessmentOut, group: AnswerGroup, baseline: Judgement) -> Judgement:
    """The LM's judgement under the baseline's evidence rules: no evidence stays no evidence (disclaimers,
    repeats, asides are set aside before either judges); the LM may also find the answer off-topic; its quote
    must be verbatim from the evidence; a red flag either of them finds caps the score."""
    evidence = sift(group.text, earlier_sentences(group.earlier))
    if not evidence.kept or not out.addresses_question:
        reason = "did not address the question" if evidence.kept else baseline.reason or "no evidence"
        return Judgement(None, reason=reason)
    quote = _verbatim(out.evidence, evidence.kept) or baseline.quote
    if not quote:
        return Judgement(None, reason="no verbatim evidence")
    known = {normalise_text(flag): flag for flag in group.question.rubric.red_flags}
    lm_flags = [known[normalise_text(f)] for f in out.red_flags if normalise_text(f) in known]
    flags = list(dict.fromkeys([*baseline.red_flags, *lm_flags]))
    score = max(1, min(5, out.score))
    if flags or not out.correct:
        score = min(score, RED_FLAG_CAP)
    reason = "red flag: " + "; ".join(flags) if flags else "" if out.correct else "incorrect per the rubric"
    return Judgement(score, None, quote, flags, reason)


def stored_judge(group: AnswerGroup, state: InterviewState) -> Judgement:
    """The judgement stored on the group's last turn when an LM made it; else the baseline's (fallback)."""
    last = next(t for t in state.turns if t.index == group.turn_indices[-1])
    if last.assessment is not None and last.assessment.backend == "lm" and last.assessment.competencies:
        item = last.assessment.competencies[0]
        return Judgement(
            item.score, None, item.evidence, list(item.red_flags), "red flag" if item.red_flags else ""
        )
    return baseline_judge(group)


def valid_turn(out: TurnOut, state: InterviewState) -> TurnOut | None:
    """The LM's turn when its question is safe, new, single and short; else None (the baseline's is used)."""
    question = " ".join(out.question.split())
    response = " ".join(out.response.split())
    asked = [normalise_text(turn.question) for turn in state.turns[:-1]]
    if not question.endswith("?") or len(question) > MAX_QUESTION_CHARS or question.count("?") > 2:
        return None
    if protected_topic(question) or protected_topic(response) or normalise_text(question) in asked:
        return None
    if normalise_text(question) in normalise_text(response):
        response = ""
    return TurnOut(response=response[:300], question=question)


class LMInterviewer:
    """Implements `workbench.interviewer.api.Interviewer` with DSPy modules.

    Each turn's logic is written once, as a generator of LM steps (`_answer_steps`, `_finish_steps`). The
    server awaits `aanswer`/`afinish`, which drive it with LM calls as coroutines under the shared `LMGate`
    (concurrency limit, bounded queue), each with a per-call deadline inside a per-turn deadline; on expiry
    the baseline answers that step. `answer`/`finish` drive the same logic for synchronous callers (evals,
    tuning), each LM call in a worker thread (see `lm_steps`).
    """

    blocking = True

    def __init__(
        self,
        baseline: BaselineInterviewer,
        lm: dspy.LM,
        settings: Settings,
        program_path: Path | None = None,
        program: InterviewerProgram | None = None,
    ) -> None:
        self.baseline = baseline
        self.lm = lm
        self.steps = LMSteps(lm, settings)
        self.program = program or InterviewerProgram()
        if program_path is not None:
            self.program.load(str(program_path))
        self.name = f"dspy:{program_path.stem}" if program_path else "dspy"

    @property
    def stats(self) -> dict[str, int]:
        """LM steps attempted, parsed (a prediction came back) and accepted (it passed validation)."""
        return self.steps.stats

    # --- start: the bank's vetted opening, never an LM call ----------------------------------------------

    def start(
        self,
        job: JobDetails,
        candidate: CandidateDetails,
        resume_text: str,
        preferences: Preferences,
        now: datetime,
        plan: InterviewPlan | None = None,
    ) -> InterviewState:
        """The opening question comes from the plan (a fixed, vetted greeting and introduction)."""
        return self.baseline.start(job, candidate, resume_text, preferences, now, plan)

    async def astart(
        self,
        job: JobDetails,
        candidate: CandidateDetails,
        resume_text: str,
        preferences: Preferences,
        now: datetime,
        plan: InterviewPlan | None = None,
    ) -> InterviewState:
        """On the event loop: no LM call, so no thread (see `lm_gate.call_interviewer`)."""
        return self.start(job, candidate, resume_text, preferences, now, plan)

    # --- answer: assess (LM), decide (controller), reword the next question (LM) ------------------------

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        return self.steps.run(self._answer_steps(state, answer, now))

    async def aanswer(
        self, state: InterviewState, answer: str, now: datetime
    ) -> tuple[InterviewState, NextStep]:
        return await self.steps.arun(self._answer_steps(state, answer, now))

    def graded(self, state: InterviewState) -> InterviewState:
        """A state an interviewer worker left with a pending grade, graded (`grading.py`)."""
        return self.baseline.graded(state)

    def _answer_steps(
        self, state: InterviewState, answer: str, now: datetime
    ) -> Steps[tuple[InterviewState, NextStep]]:
        state = self.baseline.graded(state)
        if not self._lm_turn(state):
            return self.baseline.answer(state, answer, now)
        repaired = self.baseline.repair(state, answer, now)  # clarifications and candidate questions
        if repaired is not None:
            return repaired
        question = state.turns[-1].question
        own_question = conversation.asks_past_repairs(state, answer)
        if own_question:  # the candidate's own question past its repairs: no evidence, and not probed
            state = conversation.as_own_question(state)
        recorded, features = self.baseline.record_answer(state, answer, now)
        prediction = yield Ask("assess", self._assess_step(recorded, question, answer))
        recorded = self._with_assessment(recorded, prediction, answer)
        cues = FollowUpCues() if own_question else self.baseline.cues(recorded, features)
        new_state, step = self.baseline.ask_next(recorded, cues, features, now)
        if step.completed:
            return new_state, step
        reword = yield Ask("next_turn", self._reword_step(new_state, question, answer))
        return self._reworded(new_state, step, reword)

    @staticmethod
    def _lm_turn(state: InterviewState) -> bool:
        return not state.completed and bool(state.turns) and state.turns[-1].answer is None

    def _group_of_last(self, state: InterviewState) -> AnswerGroup | None:
        """The planned question the last turn answers, with every answer given to it so far."""
        last = state.turns[-1]
        groups = answer_groups(self.baseline.view(state), state)
        return next((g for g in groups if last.index in g.turn_indices and g.competency), None)

    def _group_step(self, state: InterviewState, group: AnswerGroup) -> Step | None:
        competency = group.competency
        if competency is None:
            return None
        kwargs = {
            "job_title": state.job.title,
            "competency": f"{competency.name}: {competency.description}".strip(": "),
            "question": group.question.text,
            "rubric": rubric_text(group.question.rubric),
            "answer": group.text,
        }
        return self.program.assessor, kwargs

    def _assess_step(self, state: InterviewState, question: str, answer: str) -> Step | None:
        """The assessor's inputs: the planned question, its competency and rubric, and the answers to it."""
        group = self._group_of_last(state)
        return self._group_step(state, group) if group is not None else None

    def _parsed(self, prediction: Any) -> AssessmentOut | None:
        if prediction is None:
            return None
        try:
            out = AssessmentOut.model_validate(getattr(prediction, "assessment", None), from_attributes=True)
        except ValidationError:
            return None
        self.steps.count("accepted")
        return out

    def _with_assessment(self, state: InterviewState, prediction: Any, answer: str) -> InterviewState:
        """`state` with the LM's judgement of its last answer when the prediction is valid, under the
        baseline's evidence rules (`to_judgement`)."""
        out = self._parsed(prediction)
        group = self._group_of_last(state) if out is not None else None
        if out is None or group is None:
            return state
        judgement = to_judgement(out, group, baseline_judge(group))
        baseline = state.turns[-1].assessment or AnswerAssessment()
        assessment = baseline.model_copy(
            update={
                "comfort": Comfort(out.comfort),
                "star": out.star.model_dump(),
                "vague": out.vague,
                "competencies": competency_score(judgement, group.competency),
                "notes": "; ".join(n for n in (baseline.notes, judgement.reason) if n),
                "backend": "lm",
            }
        )
        return self.baseline.with_assessment(state, assessment)

    def _reword_step(self, state: InterviewState, last_question: str, answer: str) -> Step:
        turn = state.turns[-1]
        clean, _ = neutralise(answer)
        move = MOVES.get(turn.kind, f"{turn.kind.replace('_', '-')} question in the {turn.phase.value} phase")
        item = planned(state, turn.question_id)
        kwargs = {
            "job_title": state.job.title,
            "phase": turn.phase.value,
            "move": move,
            "suggested_question": turn.question,
            "last_question": last_question,
            "answer": clean,
            "competency": competency_text(state, turn.competency_id),
            "rubric": rubric_text(item.rubric) if item else "",
        }
        return self.program.turn_writer, kwargs

    def _reworded(
        self, state: InterviewState, step: NextStep, prediction: Any
    ) -> tuple[InterviewState, NextStep]:
        if prediction is None:
            return state, step
        try:
            out = TurnOut.model_validate(getattr(prediction, "turn", None), from_attributes=True)
        except ValidationError:
            return state, step
        checked = valid_turn(out, state)
        if checked is None:
            return state, step
        self.steps.count("accepted")
        turn = state.turns[-1]
        # Planned questions are asked as the plan words them (the same for every candidate of the job): the LM
        # writes only the acknowledgement for them, and the whole turn for a follow-up.
        question = checked.question if turn.kind == "follow_up" else turn.question
        lm_turn = turn.model_copy(update={"question": question, "backend": "lm"})
        response = checked.response or step.response
        return (
            state.model_copy(update={"turns": [*state.turns[:-1], lm_turn]}),
            NextStep(response=response, question=question, completed=False),
        )

    # --- finish: the baseline's assessment, written up by the LM -----------------------------------------

    def _concluded(self, state: InterviewState, now: datetime) -> InterviewState:
        """The scorecard from the LM's stored judgements (the baseline's where the LM failed)."""
        if state.completed:
            return state
        return self.baseline.conclude(state, now, lambda group: stored_judge(group, state), "lm")

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        state = self.baseline.graded(state)
        return self.steps.run(self._finish_steps(state, self._concluded(state, now)))

    async def afinish(self, state: InterviewState, now: datetime) -> InterviewState:
        state = self.baseline.graded(state)
        # The assessment embeds the answers (CPU-bound): in the scoring threads, not on the event loop.
        finished = await off_loop(self._concluded, state, now)
        return await self.steps.arun(self._finish_steps(state, finished))

    def _finish_steps(self, state: InterviewState, finished: InterviewState) -> Steps[InterviewState]:
        """Never waits for an LM slot: with none free, the baseline writes the feedback (ends stay fast)."""
        step = self._feedback_step(state, finished)
        prediction = yield Ask("final_feedback", step, wait=False)
        return self._with_feedback(state, finished, prediction)

    def _feedback_step(self, state: InterviewState, finished: InterviewState) -> Step | None:
        if state.completed or finished.scorecard is None:
            return None
        scores = "\n".join(
            f"{e.name}: {e.coverage}, rubric level {e.rubric_level or 'none'}"
            + (f" \u2014 \u201c{e.evidence[0].quote}\u201d" if e.evidence else "")
            + (" (red flag: " + "; ".join(e.red_flags) + ")" if e.red_flags else "")
            for e in finished.scorecard.competencies
        )
        kwargs = {"job_title": state.job.title, "candidate_first_name": first_name(state), "scores": scores}
        return self.program.feedback_writer, kwargs

    def _with_feedback(
        self, state: InterviewState, finished: InterviewState, prediction: Any
    ) -> InterviewState:
        """The LM's write-up when it is usable: no protected topic and no score talk (the candidate's own
        figures may be quoted); otherwise the baseline's feedback stands."""
        if prediction is None or finished.assessment is None:
            return finished
        try:
            out = FeedbackOut.model_validate(getattr(prediction, "feedback", None), from_attributes=True)
        except ValidationError:
            return finished
        written = [out.summary, *out.strengths, *out.areas_to_improve]
        if not out.summary.strip() or any(protected_topic(t) or _SCORE_TALK.search(t) for t in written):
            return finished
        self.steps.count("accepted")
        assessment = finished.assessment
        summary = out.summary.strip()[:1200]
        strengths = [s.strip()[:300] for s in out.strengths if s.strip()][:3] or assessment.strengths
        improve = [a.strip()[:300] for a in out.areas_to_improve if a.strip()][
            :3
        ] or assessment.areas_to_improve
        updated = assessment.model_copy(
            update={"summary": summary, "strengths": strengths, "areas_to_improve": improve}
        )
        name = first_name(state)
        lines = [
            f"Thank you for interviewing for the {state.job.title} role{', ' + name if name else ''}.",
            summary,
            *(["What went well:", *(f"- {s}" for s in strengths)] if strengths else []),
            *(["Where you could grow:", *(f"- {a}" for a in improve)] if improve else []),
        ]
        return finished.model_copy(update={"assessment": updated, "final_feedback": "\n".join(lines)})

    # --- research: judge a finished transcript afresh ----------------------------------------------------

    def rescore(self, state: InterviewState) -> InterviewState:
        """Judge every planned question of a transcript with the LM (the baseline's judgement where the LM
        fails), then build the scorecard."""
        judged: dict[str, Judgement] = {}
        for group in answer_groups(self.baseline.view(state), state):
            fallback = baseline_judge(group)
            out = self._parsed(self.steps.call(Ask("assess", self._group_step(state, group))))
            judged[group.key] = to_judgement(out, group, fallback) if out is not None else fallback
        ended = state.model_copy(update={"completed": False})
        return self.baseline.conclude(
            ended, state.ended_at or state.started_at, lambda g: judged[g.key], "lm"
        )


__all__ = ["FollowUpCues", "LMInterviewer", "build_lm", "program_path_for"]
