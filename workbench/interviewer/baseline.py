"""The offline baseline interviewer: question bank + controller + text heuristics, no LM at all.

It is the default interviewer and the bar every tuned program must beat. A turn costs well under a
millisecond: regexes are precompiled, the bank is indexed once per process, and the state is updated by
copying only what changes (the server keeps the previous state until the new one is stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.interviewer.api import AnswerAssessment, InterviewState, NextStep, Turn, TurnKind
from workbench.interviewer.assess import AnswerFeatures, assess_answer
from workbench.interviewer.bank import Question, QuestionBank, load_bank, normalise_text
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES
from workbench.interviewer.controller import Decision, FollowUpCues, decide, follow_ups_used
from workbench.interviewer.feedback import candidate_feedback, running_notes, with_feedback
from workbench.interviewer.guards import guard_question, neutralise
from workbench.interviewer.phrasing import (
    acknowledgement,
    closing_line,
    greeting,
    skill_probe,
    star_probes,
    vague_probes,
)
from workbench.interviewer.plan import Plan, build_plan
from workbench.interviewer.plan_view import PlannedView, competency, generic_question, slug, view_of
from workbench.interviewer.rubric_score import Judgement
from workbench.interviewer.scorecard import (
    Judge,
    answer_groups,
    baseline_judge,
    build_scorecard,
    session_assessment,
)
from workbench.interviewer.select import COMPETENCY_FEEDS, Profile, build_profile, build_queues
from workbench.models import (
    PHASE_ORDER,
    Backend,
    CandidateDetails,
    Competency,
    JobDetails,
    Phase,
    Preferences,
)

# Keys of `InterviewState.scratch` (plain JSON values only, so the state round-trips exactly).
PLAN, PROFILE, QUEUES, PROBED, NAME = "plan", "profile", "queues", "probed_skills", "first_name"


@dataclass(frozen=True, slots=True)
class NextQuestion:
    text: str
    phase: Phase
    kind: TurnKind
    question_id: str
    topic: str


def plan_of(state: InterviewState) -> Plan:
    return Plan.model_validate(state.scratch[PLAN])


def profile_of(state: InterviewState) -> Profile:
    return Profile.from_json(state.scratch.get(PROFILE))


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def first_name(state: InterviewState) -> str:
    return str(state.scratch.get(NAME, ""))


class BaselineInterviewer:
    """Implements `workbench.interviewer.api.Interviewer` without any LM."""

    name = "baseline"
    blocking = False

    def __init__(self, bank_dir: Path | str | None = None, bank: QuestionBank | None = None) -> None:
        self.bank = bank if bank is not None else load_bank(bank_dir)

    # --- the protocol ----------------------------------------------------------------------------------
    def start(
        self,
        job: JobDetails,
        candidate: CandidateDetails,
        resume_text: str,
        preferences: Preferences,
        now: datetime,
    ) -> InterviewState:
        resume = resume_text or candidate.resume_text
        plan = build_plan(preferences)
        profile = build_profile(self.bank, job, candidate.id, resume, list(candidate.skills), preferences)
        name = candidate.name.split()[0] if candidate.name.split() else ""
        state = InterviewState(
            job=job,
            candidate_id=candidate.id,
            resume_text=resume,
            preferences=preferences,
            started_at=now,
            scratch={
                PLAN: plan.model_dump(mode="json"),
                PROFILE: profile.to_json(),
                QUEUES: build_queues(self.bank, profile, plan.questions),
                PROBED: [],
                NAME: name[:40],
            },
        )
        first = self.next_main_question(state, plan, Phase.INTRODUCTION)
        opening = f"{greeting(name[:40], job.title)} {first.text}"
        turn = Turn(
            index=0,
            phase=first.phase,
            kind=first.kind,
            question=opening,
            question_id=first.question_id,
            topic=first.topic,
            asked_at=now,
        )
        return state.model_copy(update={"turns": [turn], "phase": first.phase})

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        if state.completed or not state.turns or state.turns[-1].answer is not None:
            return state, NextStep(response=closing_line(first_name(state)), question="", completed=True)
        state, features = self.record_answer(state, answer, now)
        return self.ask_next(state, self.cues(state, features), features, now)

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        if state.completed:
            return state
        return self.conclude(state, now, baseline_judge, "baseline")

    def conclude(
        self, state: InterviewState, now: datetime, judge: Judge, backend: Backend
    ) -> InterviewState:
        """The ended state: the scorecard from plan and turns, the session assessment and the feedback."""
        scorecard = build_scorecard(self.view(state), state, judge, backend)
        assessment = with_feedback(session_assessment(scorecard), scorecard, state.job.title)
        return state.model_copy(
            update={
                "completed": True,
                "ended_at": state.ended_at or now,
                "final_feedback": candidate_feedback(scorecard, first_name(state), state.job.title),
                "assessment": assessment,
                "scorecard": scorecard,
                "phase": Phase.CONCLUSION,
            }
        )

    def rescore(self, state: InterviewState) -> InterviewState:
        """Judge a finished transcript against its plan afresh (research: recorded interviews, re-scoring)."""
        ended = state.model_copy(update={"completed": False})
        return self.conclude(ended, state.ended_at or state.started_at, baseline_judge, "baseline")

    # --- plan and evidence ------------------------------------------------------------------------------
    def view(self, state: InterviewState) -> PlannedView:
        """The session's plan; for a session without one, the bank questions it asked as a plan."""
        return view_of(state) or self.legacy_view(state)

    def legacy_view(self, state: InterviewState) -> PlannedView:
        names = profile_of(state).competencies if PROFILE in state.scratch else ()
        competencies = {
            slug(name): competency(
                name, "behavioural" if name in BEHAVIORAL_COMPETENCIES else "job_knowledge", [name]
            )
            for name in names
        }
        questions = {}
        for turn in state.turns:
            question = self.bank.question(turn.question_id)
            name = self.measures(question, turn.phase, names) if question else None
            if question is not None and name is not None and question.id not in questions:
                questions[question.id] = generic_question(turn, slug(name), question.look_for).model_copy(
                    update={"text": question.text}
                )
        return PlannedView(competencies, questions, all_measured=True)

    @staticmethod
    def measures(question: Question, phase: Phase, names: tuple[str, ...]) -> str | None:
        """The one competency a bank question measures in this interview."""
        if phase == Phase.CONCLUSION:
            return None
        if phase == Phase.INTRODUCTION:
            wanted = "communication"
        else:
            skills = [skill for skill in question.skills if skill in names]
            feeds = COMPETENCY_FEEDS.get(question.competency or "")
            wanted = skills[0] if skills else feeds or "problem solving"
        return wanted if wanted in names else None

    def judge_last(
        self, state: InterviewState, judge: Judge = baseline_judge
    ) -> tuple[Judgement | None, Competency | None]:
        """The judgement of the planned question the last turn answers, with its follow-ups so far."""
        last = state.turns[-1]
        for group in answer_groups(self.view(state), state):
            if last.index in group.turn_indices:
                return judge(group), group.competency
        return None, None

    # --- steps shared with the LM-backed interviewer --------------------------------------------------------
    def record_answer(
        self,
        state: InterviewState,
        answer: str,
        now: datetime,
    ) -> tuple[InterviewState, AnswerFeatures]:
        """The state with the answer and its baseline assessment on the open turn, and notes updated."""
        last = state.turns[-1]
        clean, removed = neutralise(answer)
        answered = last.model_copy(update={"answer": answer, "answered_at": now})
        recorded = state.model_copy(update={"turns": [*state.turns[:-1], answered]})
        judgement, measured = self.judge_last(recorded)
        question = self.bank.question(last.question_id)
        behavioral = last.phase == Phase.BEHAVIORAL
        assessment, features = assess_answer(
            self.bank, question, behavioral, clean, removed, judgement, measured
        )
        return self.with_assessment(recorded, assessment), features

    def with_assessment(self, state: InterviewState, assessment: AnswerAssessment) -> InterviewState:
        """Put `assessment` on the last answered turn and refresh comfort, strengths and areas to probe."""
        turns = list(state.turns)
        turns[-1] = turns[-1].model_copy(update={"assessment": assessment})
        updated = state.model_copy(update={"turns": turns, "comfort": assessment.comfort})
        strengths, probes = running_notes(updated)
        return updated.model_copy(update={"strengths": strengths, "areas_to_probe": probes})

    def cues(self, state: InterviewState, features: AnswerFeatures) -> FollowUpCues:
        phase = state.turns[-1].phase
        missing = tuple(features.signals.missing_star) if phase == Phase.BEHAVIORAL else ()
        return FollowUpCues(
            vague=features.vague, missing_star=missing, probe_skill=self._probe_skill(state, features)
        )

    def _probe_skill(self, state: InterviewState, features: AnswerFeatures) -> str | None:
        """A relevant skill the candidate claims hands-on experience with, worth one probe."""
        plan = plan_of(state)
        if features.vague or features.signals.first_person_actions == 0:
            return None
        if follow_ups_used(state) + 1 >= plan.max_follow_ups:
            return None  # keep the last follow-up for a vague answer or a STAR gap
        profile = profile_of(state)
        probed = set(_strings(state.scratch[PROBED]))
        relevant = (*profile.focus, *profile.job_skills, *profile.resume_skills)
        for skill in features.skills:
            if skill in relevant and skill not in probed:
                return skill
        return None

    def ask_next(
        self,
        state: InterviewState,
        cues: FollowUpCues,
        features: AnswerFeatures,
        now: datetime,
    ) -> tuple[InterviewState, NextStep]:
        """The controller's decision, then the acknowledgement and the next question (or the close)."""
        plan = plan_of(state)
        probed = set(_strings(state.scratch[PROBED]))
        decision = decide(state, plan, cues, now, probed)
        next_question = self.follow_up(state, decision, features) if decision.action == "follow_up" else None
        if decision.action == "follow_up" and next_question is None:
            decision = decide(state, plan, FollowUpCues(), now, probed)  # no new safe probe: move on instead
        answered = state.turns[-1]
        assessment = answered.assessment or AnswerAssessment()
        name = first_name(state)
        if decision.action == "close":
            ack = acknowledgement("", [], assessment.comfort, True, answered.index, None)
            return state, NextStep(response=f"{ack} {closing_line(name)}", question="", completed=True)
        if next_question is None:
            next_question = self.next_main_question(state, plan, decision.phase)
        transition = next_question.phase if next_question.phase != state.phase else None
        clean, _ = neutralise(answered.answer or "")  # bounded, and without injected sentences
        ack = acknowledgement(
            clean,
            assessment.skills_evidenced,
            assessment.comfort,
            assessment.vague,
            answered.index,
            transition,
        )
        turn = Turn(
            index=len(state.turns),
            phase=next_question.phase,
            kind=next_question.kind,
            question=next_question.text,
            question_id=next_question.question_id,
            topic=next_question.topic,
            asked_at=now,
        )
        scratch = dict(state.scratch)
        if decision.action == "follow_up" and decision.probe_skill and next_question.kind == "follow_up":
            scratch[PROBED] = [*_strings(scratch[PROBED]), decision.probe_skill]
        new_state = state.model_copy(
            update={"turns": [*state.turns, turn], "phase": turn.phase, "scratch": scratch}
        )
        return new_state, NextStep(response=ack, question=turn.question, completed=False)

    # --- questions -------------------------------------------------------------------------------------
    def asked_texts(self, state: InterviewState) -> set[str]:
        return {normalise_text(turn.question) for turn in state.turns}

    def is_new(self, state: InterviewState, text: str) -> bool:
        normalised = normalise_text(text)
        return bool(normalised) and all(normalised not in asked for asked in self.asked_texts(state))

    def next_main_question(self, state: InterviewState, plan: Plan, phase: Phase) -> NextQuestion:
        """The next unasked question of `phase`, or of a later phase when this one has none left."""
        asked_ids = {turn.question_id for turn in state.turns}
        queues = state.scratch.get(QUEUES, {})
        start = PHASE_ORDER.index(phase)
        for candidate_phase in PHASE_ORDER[start:]:
            queue = _strings(queues.get(candidate_phase.value) if isinstance(queues, dict) else None)
            for question_id in queue:
                question = self.bank.question(question_id)
                if question is None or question_id in asked_ids or not self.is_new(state, question.text):
                    continue
                text = guard_question(question.text)
                kind: TurnKind = "closing" if candidate_phase == Phase.CONCLUSION else "core"
                return NextQuestion(text, candidate_phase, kind, question.id, question.id)
        return self._last_resort(state)

    def _last_resort(self, state: InterviewState) -> NextQuestion:
        for question in self.bank.by_phase[Phase.CONCLUSION]:
            if self.is_new(state, question.text):
                return NextQuestion(question.text, Phase.CONCLUSION, "closing", question.id, question.id)
        text = f"Before we finish, is there anything else you'd like to tell me? (question {len(state.turns) + 1})"
        return NextQuestion(text, Phase.CONCLUSION, "closing", "", "closing")

    def follow_up(
        self, state: InterviewState, decision: Decision, features: AnswerFeatures
    ) -> NextQuestion | None:
        """A follow-up on the last answer built from the candidate's words; None when none is new and safe."""
        answered = state.turns[-1]
        text = answered.answer or ""
        clean, _ = neutralise(text)
        question = self.bank.question(answered.question_id)
        bank_follow_ups = [f for f in (question.follow_ups if question else ()) if self.is_new(state, f)]
        candidates = self._follow_up_candidates(decision, clean, features, answered.index, bank_follow_ups)
        for candidate in [*candidates, *bank_follow_ups]:
            safe = guard_question(candidate, fallback="")
            if safe == candidate and self.is_new(state, candidate):
                return NextQuestion(
                    candidate, answered.phase, "follow_up", answered.question_id, answered.topic
                )
        return None

    @staticmethod
    def _follow_up_candidates(
        decision: Decision,
        text: str,
        features: AnswerFeatures,
        index: int,
        bank_follow_ups: list[str],
    ) -> list[str]:
        if decision.reason == "vague":
            first_bank = bank_follow_ups[0] if bank_follow_ups else None
            return vague_probes(text, features.signals.non_answer or features.signals.gibberish, first_bank)
        if decision.reason == "star":
            return star_probes(text, decision.missing_star)
        if decision.reason == "probe" and decision.probe_skill:
            return [skill_probe(text, decision.probe_skill, index + shift) for shift in range(4)]
        return []
