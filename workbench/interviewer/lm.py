"""The LM-backed interviewer: the baseline's controller and questions, with DSPy modules for the wording and
the assessment. Every LM output is validated and guarded; any failure or timeout falls back to the baseline
for that turn, and the turn records which backend produced it.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import asyncio
import logging
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

import dspy
from pydantic import ValidationError

from workbench.interviewer.api import AnswerAssessment, CompetencyScore, InterviewState, NextStep
from workbench.interviewer.assess import best_quote
from workbench.interviewer.bank import normalise_text
from workbench.interviewer.baseline import BaselineInterviewer, first_name, profile_of
from workbench.interviewer.controller import FollowUpCues
from workbench.interviewer.dspy_modules import AssessmentOut, FeedbackOut, InterviewerProgram, TurnOut
from workbench.interviewer.feedback import feedback_text
from workbench.interviewer.guards import neutralise, protected_topic
from workbench.interviewer.lm_gate import LMBusy, LMGate, LMLoop
from workbench.models import CandidateDetails, Comfort, JobDetails, Preferences
from workbench.settings import Settings

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 400
MODELS_PREFIX = "models:/"
# LM calls run here so that a hung call can be abandoned at the timeout (the turn falls back to the baseline).
_EXECUTOR = ThreadPoolExecutor(max_workers=8, thread_name_prefix="openhire-lm")
# The server's LM calls run as coroutines on this loop of their own (see lm_gate.LMLoop).
_LM_LOOP = LMLoop()


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


def program_path_for(name: str, settings: Settings) -> Path:
    """A tuned program's JSON: a file path, or the JSON artifact of an MLflow-registered model version."""
    if name.startswith(MODELS_PREFIX):
        from workbench.interviewer.tracking_io import download_registered_program

        return download_registered_program(name, settings, Path(tempfile.mkdtemp(prefix="openhire-program-")))
    path = Path(name).expanduser()
    if not path.is_file():
        raise ValueError(
            f"Unknown interviewer {name!r}: expected `baseline`, a program JSON path or models:/…"
        )
    return path


def _quote_or_fallback(evidence: str, answer: str, fallback: str) -> str:
    """The LM's quote only when it really is the candidate's words; otherwise the baseline's quote."""
    quote = evidence.strip().strip("\"'\u201c\u201d")
    if len(quote) >= 8 and normalise_text(quote) in normalise_text(answer):
        return quote
    return fallback


def to_answer_assessment(
    out: AssessmentOut,
    competencies: tuple[str, ...],
    answer: str,
    baseline: AnswerAssessment,
) -> AnswerAssessment:
    """The LM's assessment restricted to the job's competencies, with real quotes, filled from the baseline."""
    by_name = {item.name: item for item in baseline.competencies}
    scores: list[CompetencyScore] = []
    for item in out.scores:
        name = " ".join(item.competency.lower().split())
        if name not in competencies or any(s.name == name for s in scores):
            continue
        fallback = by_name[name].evidence if name in by_name else best_quote(answer, set())
        scores.append(
            CompetencyScore(
                name=name,
                score=max(1, min(5, item.score)),
                evidence=_quote_or_fallback(item.evidence, answer, fallback),
            )
        )
    scores.extend(s for s in baseline.competencies if s.name not in {x.name for x in scores})
    return AnswerAssessment(
        comfort=Comfort(out.comfort),
        skills_evidenced=[s.lower()[:40] for s in out.skills_evidenced[:8]],
        star=out.star.model_dump(),
        competencies=scores,
        vague=out.vague,
        notes=baseline.notes,
        backend="lm",
    )


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


# One LM step: the DSPy module to call and its keyword arguments.
Step = tuple[dspy.Module, dict[str, Any]]


class LMInterviewer:
    """Implements `workbench.interviewer.api.Interviewer` with DSPy modules.

    The server awaits `astart`/`aanswer`/`afinish`: LM calls run as coroutines under the shared `LMGate`
    (concurrency limit, bounded queue), each with a per-call deadline inside a per-turn deadline; on expiry
    the baseline answers that step. `start`/`answer`/`finish` are the same steps for synchronous callers
    (evals, tuning), each LM call in a worker thread.
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
        self.timeout = settings.lm_timeout_seconds
        self.turn_deadline = settings.lm_turn_deadline_seconds
        self.gate = LMGate(settings.lm_max_concurrency, settings.lm_max_waiting)
        self.program = program or InterviewerProgram()
        if program_path is not None:
            self.program.load(str(program_path))
        self.name = f"dspy:{program_path.stem}" if program_path else "dspy"
        # LM steps attempted, parsed (a prediction came back) and accepted (it passed validation).
        self.stats = {"calls": 0, "parsed": 0, "accepted": 0}
        self._stats_lock = threading.Lock()

    def _count(self, key: str) -> None:
        with self._stats_lock:
            self.stats[key] += 1

    def _failed(self, what: str, error: BaseException) -> None:
        log.warning("LM step %s failed (%s); using the baseline for this turn", what, type(error).__name__)

    def _call(self, what: str, step: Step | None) -> Any:
        """Run one LM step in a worker thread; None on any failure or timeout."""
        if step is None:
            return None
        module, kwargs = step

        def run() -> Any:
            with dspy.context(lm=self.lm, adapter=dspy.JSONAdapter()):
                return module(**kwargs)

        self._count("calls")
        future = _EXECUTOR.submit(run)
        try:
            result = future.result(timeout=self.timeout)
        except Exception as error:  # any LM or parsing failure: this turn uses the baseline
            future.cancel()
            self._failed(what, error)
            return None
        self._count("parsed")
        return result

    async def _acall(self, what: str, step: Step | None, deadline: float, *, wait: bool = True) -> Any:
        """Await one LM step under the gate, by `deadline` (loop time) and the per-call timeout; None on any
        failure, timeout or (unless it is the turn's first step) a full queue."""
        remaining = min(self.timeout, deadline - asyncio.get_running_loop().time())
        if step is None:
            return None
        if remaining <= 0:
            self._failed(what, TimeoutError())
            return None
        module, kwargs = step
        self._count("calls")

        async def on_lm_loop() -> Any:
            with dspy.context(lm=self.lm, adapter=dspy.JSONAdapter()):
                return await module.acall(**kwargs)

        try:
            async with asyncio.timeout(remaining), self.gate.slot(wait=wait):
                result = await _LM_LOOP.run(on_lm_loop())
        except LMBusy as busy:
            if what == "assess":
                raise  # nothing done yet for this turn: tell the client to retry
            self._failed(what, busy)
            return None
        except Exception as error:  # any LM or parsing failure: this step uses the baseline
            self._failed(what, error)
            return None
        self._count("parsed")
        return result

    # --- start: the bank's vetted opening, never an LM call ----------------------------------------------

    def start(
        self,
        job: JobDetails,
        candidate: CandidateDetails,
        resume_text: str,
        preferences: Preferences,
        now: datetime,
    ) -> InterviewState:
        """The opening question comes from the bank (a fixed, vetted greeting and introduction)."""
        return self.baseline.start(job, candidate, resume_text, preferences, now)

    async def astart(
        self,
        job: JobDetails,
        candidate: CandidateDetails,
        resume_text: str,
        preferences: Preferences,
        now: datetime,
    ) -> InterviewState:
        return self.baseline.start(job, candidate, resume_text, preferences, now)

    # --- answer: assess (LM), decide (controller), reword the next question (LM) ------------------------

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        if not self._lm_turn(state):
            return self.baseline.answer(state, answer, now)
        question = state.turns[-1].question
        recorded, features = self.baseline.record_answer(state, answer, now)
        prediction = self._call("assess", self._assess_step(recorded, question, answer))
        recorded = self._with_assessment(recorded, prediction, answer)
        new_state, step = self.baseline.ask_next(
            recorded, self.baseline.cues(recorded, features), features, now
        )
        if step.completed:
            return new_state, step
        reword = self._call("next_turn", self._reword_step(new_state, question, answer))
        return self._reworded(new_state, step, reword)

    async def aanswer(
        self, state: InterviewState, answer: str, now: datetime
    ) -> tuple[InterviewState, NextStep]:
        if not self._lm_turn(state):
            return self.baseline.answer(state, answer, now)
        deadline = asyncio.get_running_loop().time() + self.turn_deadline
        question = state.turns[-1].question
        recorded, features = self.baseline.record_answer(state, answer, now)
        prediction = await self._acall("assess", self._assess_step(recorded, question, answer), deadline)
        recorded = self._with_assessment(recorded, prediction, answer)
        new_state, step = self.baseline.ask_next(
            recorded, self.baseline.cues(recorded, features), features, now
        )
        if step.completed:
            return new_state, step
        reword = await self._acall("next_turn", self._reword_step(new_state, question, answer), deadline)
        return self._reworded(new_state, step, reword)

    @staticmethod
    def _lm_turn(state: InterviewState) -> bool:
        return not state.completed and bool(state.turns) and state.turns[-1].answer is None

    def _assess_step(self, state: InterviewState, question: str, answer: str) -> Step | None:
        baseline = state.turns[-1].assessment or AnswerAssessment()
        scored = tuple(s.name for s in baseline.competencies)
        if not scored:
            return None
        clean, _ = neutralise(answer)
        kwargs = {
            "job_title": state.job.title,
            "question": question,
            "competencies": list(scored),
            "answer": clean,
        }
        return self.program.assessor, kwargs

    def _with_assessment(self, state: InterviewState, prediction: Any, answer: str) -> InterviewState:
        """`state` with the LM's assessment of its last answer when the prediction is valid."""
        if prediction is None:
            return state
        try:
            out = AssessmentOut.model_validate(getattr(prediction, "assessment", None), from_attributes=True)
        except ValidationError:
            return state
        self._count("accepted")
        baseline = state.turns[-1].assessment or AnswerAssessment()
        clean, _ = neutralise(answer)
        competencies = tuple(c for c in profile_of(state).competencies)
        return self.baseline.with_assessment(state, to_answer_assessment(out, competencies, clean, baseline))

    def _reword_step(self, state: InterviewState, last_question: str, answer: str) -> Step:
        turn = state.turns[-1]
        clean, _ = neutralise(answer)
        kwargs = {
            "job_title": state.job.title,
            "phase": turn.phase.value,
            "move": f"{turn.kind.replace('_', '-')} question in the {turn.phase.value} phase",
            "suggested_question": turn.question,
            "last_question": last_question,
            "answer": clean,
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
        self._count("accepted")
        turn = state.turns[-1]
        lm_turn = turn.model_copy(update={"question": checked.question, "backend": "lm"})
        response = checked.response or step.response
        return (
            state.model_copy(update={"turns": [*state.turns[:-1], lm_turn]}),
            NextStep(response=response, question=checked.question, completed=False),
        )

    # --- finish: the baseline's assessment, written up by the LM -----------------------------------------

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        finished = self.baseline.finish(state, now)
        return self._with_feedback(
            state, finished, self._call("final_feedback", self._feedback_step(state, finished))
        )

    async def afinish(self, state: InterviewState, now: datetime) -> InterviewState:
        """Never waits for an LM slot: with none free, the baseline writes the feedback (ends stay fast)."""
        finished = self.baseline.finish(state, now)
        deadline = asyncio.get_running_loop().time() + self.turn_deadline
        step = self._feedback_step(state, finished)
        return self._with_feedback(
            state, finished, await self._acall("final_feedback", step, deadline, wait=False)
        )

    def _feedback_step(self, state: InterviewState, finished: InterviewState) -> Step | None:
        if state.completed or finished.assessment is None:
            return None
        scores = "\n".join(
            f"{s.name}: {s.score}/5 — \u201c{s.evidence}\u201d" for s in finished.assessment.competencies
        )
        kwargs = {"job_title": state.job.title, "candidate_first_name": first_name(state), "scores": scores}
        return self.program.feedback_writer, kwargs

    def _with_feedback(
        self, state: InterviewState, finished: InterviewState, prediction: Any
    ) -> InterviewState:
        if prediction is None or finished.assessment is None:
            return finished
        try:
            out = FeedbackOut.model_validate(getattr(prediction, "feedback", None), from_attributes=True)
        except ValidationError:
            return finished
        if not out.summary.strip() or protected_topic(out.summary):
            return finished
        self._count("accepted")
        assessment = finished.assessment
        written = assessment.model_copy(
            update={
                "summary": out.summary.strip()[:1200],
                "strengths": [s.strip()[:300] for s in out.strengths if s.strip()][:3]
                or assessment.strengths,
                "areas_to_improve": [a.strip()[:300] for a in out.areas_to_improve if a.strip()][:3]
                or assessment.areas_to_improve,
            }
        )
        text = feedback_text(written, first_name(state), state.job)
        return finished.model_copy(update={"assessment": written, "final_feedback": text})


__all__ = ["FollowUpCues", "LMInterviewer", "build_lm", "program_path_for"]
