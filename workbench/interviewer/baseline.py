"""The offline baseline interviewer: the job's plan + controller + text heuristics, no LM at all.

It is the default interviewer and the bar every tuned program must beat. It follows the job's interview plan
(the same core questions in the same order for every candidate of the job), adds this candidate's resume
probes, follows up only on what an answer lacks, and repairs the conversation: a request to clarify gets the
question in other words, the candidate's own question gets an answer from the job record. A turn costs well
under a millisecond once the plan exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.interviewer.agenda import (
    RESUME_PROBES,
    bank_view,
    next_planned,
    pending_by_phase,
    planned,
    quotable,
    red_flag_sentence,
)
from workbench.interviewer.api import AnswerAssessment, InterviewState, NextStep, Turn, TurnKind
from workbench.interviewer.assess import AnswerFeatures, assess_answer
from workbench.interviewer.bank import Question, QuestionBank, load_bank, normalise_text
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES
from workbench.interviewer.controller import Decision, FollowUpCues, decide, follow_ups_used
from workbench.interviewer.feedback import candidate_feedback, running_notes, with_feedback
from workbench.interviewer.guards import guard_question, neutralise
from workbench.interviewer.lm_gate import off_loop
from workbench.interviewer.phrasing import (
    acknowledgement,
    closing_line,
    greeting,
    red_flag_probes,
    skill_probe,
    star_probes,
    vague_probes,
)
from workbench.interviewer.plan import Plan, build_plan
from workbench.interviewer.plan_view import PlannedView, competency, generic_question, slug, view_of
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_probes
from workbench.interviewer.repair import (
    answer_from_job,
    anything_else,
    back_to_question,
    clarification_ack,
    reply_kind,
)
from workbench.interviewer.rubric_score import Judgement
from workbench.interviewer.scorecard import (
    Judge,
    answer_groups,
    baseline_judge,
    build_scorecard,
    lexical_judge,
    session_assessment,
)
from workbench.interviewer.select import COMPETENCY_FEEDS, Profile, build_profile
from workbench.models import (
    AnswerKind,
    Backend,
    CandidateDetails,
    Competency,
    InterviewPlan,
    JobDetails,
    Phase,
    Preferences,
)

# Keys of `InterviewState.scratch` (plain JSON values only, so the state round-trips exactly).
PLAN, PROFILE, PROBED, NAME, LAST_ACK = "plan", "profile", "probed_skills", "first_name", "last_ack"
MAX_REPAIRS_PER_QUESTION = 2  # then the reply is taken as the answer, so an interview always moves on
MAX_CLOSING_QUESTIONS = 2


# Replies this short ("Yes.", "Not really.") are probed even when the follow-up budget is spent.
ONE_WORD_REPLY = 3


@dataclass(frozen=True, slots=True)
class NextQuestion:
    text: str
    phase: Phase
    kind: TurnKind
    question_id: str
    topic: str
    competency_id: str = ""


def plan_of(state: InterviewState) -> Plan:
    """The phase budgets (minutes and question counts) this interview runs on."""
    return Plan.model_validate(state.scratch[PLAN])


def profile_of(state: InterviewState) -> Profile:
    return Profile.from_json(state.scratch.get(PROFILE))


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def first_name(state: InterviewState) -> str:
    return str(state.scratch.get(NAME, ""))


def _job_terms(state: InterviewState) -> tuple[str, ...]:
    """The job's own words (never a protected topic when they name the work, e.g. "medication")."""
    if state.plan is None:
        return ()
    return tuple(c.name for c in state.plan.competencies if c.kind == "job_knowledge")


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
        plan: InterviewPlan | None = None,
    ) -> InterviewState:
        resume = resume_text or candidate.resume_text
        plan = plan if plan is not None else build_interview_plan(job, preferences)
        profile = build_profile(self.bank, job, candidate.id, resume, list(candidate.skills), preferences)
        name = candidate.name.split()[0] if candidate.name.split() else ""
        probes = resume_probes(plan, resume)
        state = InterviewState(
            job=job,
            candidate_id=candidate.id,
            resume_text=resume,
            preferences=preferences,
            started_at=now,
            plan=plan,
            scratch={
                PLAN: build_plan(preferences).model_dump(mode="json"),
                PROFILE: profile.to_json(),
                PROBED: [],
                NAME: name[:40],
                RESUME_PROBES: [p.model_dump(mode="json") for p in probes],
                LAST_ACK: "",
            },
        )
        first = self.next_question(state, Phase.INTRODUCTION)
        turn = Turn(
            index=0,
            phase=first.phase,
            kind=first.kind,
            question=f"{greeting(name[:40], job.title)} {first.text}",
            question_id=first.question_id,
            competency_id=first.competency_id,
            topic=first.topic,
            asked_at=now,
        )
        return state.model_copy(update={"turns": [turn], "phase": first.phase})

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        if state.completed or not state.turns or state.turns[-1].answer is not None:
            return state, NextStep(response=closing_line(first_name(state)), question="", completed=True)
        repaired = self.repair(state, answer, now)
        if repaired is not None:
            return repaired
        state, features = self.record_answer(state, answer, now)
        return self.ask_next(state, self.cues(state, features), features, now)

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        if state.completed:
            return state
        return self.conclude(state, now, baseline_judge, "baseline")

    async def afinish(self, state: InterviewState, now: datetime) -> InterviewState:
        """The server's way in: the assessment embeds the answers (tens of milliseconds), off the event loop."""
        return await off_loop(self.finish, state, now)

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
        self, state: InterviewState, judge: Judge = lexical_judge
    ) -> tuple[Judgement | None, Competency | None]:
        """The judgement of the planned question the last turn answers, with its follow-ups so far.

        Per turn it is provisional and lexical (no model call on the turn's path); the scorecard at the end
        judges every answer again with the semantic relevance check (`baseline_judge`)."""
        last = state.turns[-1]
        for group in answer_groups(self.view(state), state):
            if last.index in group.turn_indices:
                return judge(group), group.competency
        return None, None

    # --- conversation repair ----------------------------------------------------------------------------
    def repair(
        self, state: InterviewState, answer: str, now: datetime
    ) -> tuple[InterviewState, NextStep] | None:
        """A request to clarify, or the candidate's own question: handled here and never taken as an answer.
        None when the reply is an answer (or the question was repaired twice already)."""
        last = state.turns[-1]
        clean, _ = neutralise(answer)
        kind = reply_kind(clean, at_closing=last.phase == Phase.CONCLUSION)
        if kind == "answer":
            return None
        repairs = sum(1 for t in state.turns if t.question_id == last.question_id and t.answer_kind == kind)
        limit = MAX_CLOSING_QUESTIONS if last.phase == Phase.CONCLUSION else MAX_REPAIRS_PER_QUESTION
        if repairs >= limit and not (kind == "candidate_question" and last.phase == Phase.CONCLUSION):
            return None
        replied = self._mark_reply(state, answer, now, kind)
        if kind == "clarification_request":
            question = self._rephrase(state, repairs)
            return self._ask(
                replied, last, "clarification", question, clarification_ack(len(state.turns)), now
            )
        response = answer_from_job(clean, state.job)
        if last.phase == Phase.CONCLUSION:
            if repairs + 1 >= MAX_CLOSING_QUESTIONS:
                return replied, NextStep(
                    response=f"{response} {closing_line(first_name(state))}", question="", completed=True
                )
            return self._ask(replied, last, "candidate_question", anything_else(), response, now)
        core = planned(state, last.question_id)
        question = back_to_question(core.text if core else last.question)
        return self._ask(replied, last, "candidate_question", question, response, now)

    @staticmethod
    def _mark_reply(state: InterviewState, answer: str, now: datetime, kind: AnswerKind) -> InterviewState:
        notes = (
            "clarification request: not an answer"
            if kind == "clarification_request"
            else "candidate question"
        )
        last = state.turns[-1].model_copy(
            update={
                "answer": answer,
                "answered_at": now,
                "answer_kind": kind,
                "assessment": AnswerAssessment(notes=notes),
            }
        )
        return state.model_copy(update={"turns": [*state.turns[:-1], last]})

    def _rephrase(self, state: InterviewState, attempt: int) -> str:
        last = state.turns[-1]
        question = planned(state, last.question_id)
        if last.kind != "follow_up" and question is not None and question.rephrasings:
            return question.rephrasings[attempt % len(question.rephrasings)]
        return (
            "Let me put that more simply: could you give me one specific example from your own work, "
            "what you did yourself, and how it turned out?"
        )

    @staticmethod
    def _ask(
        state: InterviewState, asked: Turn, kind: TurnKind, question: str, response: str, now: datetime
    ) -> tuple[InterviewState, NextStep]:
        turn = Turn(
            index=len(state.turns),
            phase=asked.phase,
            kind=kind,
            question=question,
            question_id=asked.question_id,
            competency_id=asked.competency_id,
            topic=asked.topic,
            asked_at=now,
        )
        return state.model_copy(update={"turns": [*state.turns, turn]}), NextStep(
            response=response, question=question, completed=False
        )

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
        question = bank_view(state, planned(state, last.question_id)) or self.bank.question(last.question_id)
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
        last = state.turns[-1]
        missing = tuple(features.signals.missing_star) if last.phase == Phase.BEHAVIORAL else ()
        question = planned(state, last.question_id)
        clean, _ = neutralise(last.answer or "")
        flag = red_flag_sentence(clean, question.rubric.red_flags) if question else None
        return FollowUpCues(
            vague=features.vague,
            missing_star=missing,
            probe_skill=self._probe_skill(state, features),
            red_flag=flag,
            one_word=0 < features.signals.words <= ONE_WORD_REPLY,
        )

    def _probe_skill(self, state: InterviewState, features: AnswerFeatures) -> str | None:
        """A relevant skill the candidate claims hands-on experience with, worth one probe."""
        budgets = plan_of(state)
        if features.vague or features.signals.first_person_actions == 0:
            return None
        if follow_ups_used(state) + 1 >= budgets.max_follow_ups:
            return None  # keep the last follow-up for a vague answer or a STAR gap
        if state.plan is not None and state.plan.family != "software":
            return None  # the software skill vocabulary says nothing about other occupations
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
        budgets = plan_of(state)
        probed = set(_strings(state.scratch[PROBED]))
        decision = decide(state, budgets, cues, now, probed, pending_by_phase(state))
        next_question = (
            self.follow_up(state, decision, features, cues) if decision.action == "follow_up" else None
        )
        if decision.action == "follow_up" and next_question is None:
            decision = decide(state, budgets, FollowUpCues(), now, probed, pending_by_phase(state))
        answered = state.turns[-1]
        assessment = answered.assessment or AnswerAssessment()
        name = first_name(state)
        if decision.action == "close":
            ack = acknowledgement("", [], assessment.comfort, True, answered.index, None)
            return state, NextStep(response=f"{ack} {closing_line(name)}", question="", completed=True)
        if next_question is None:
            next_question = self.next_question(state, decision.phase)
        transition = next_question.phase if next_question.phase != state.phase else None
        ack = self._acknowledge(state, cues, assessment, transition)
        turn = Turn(
            index=len(state.turns),
            phase=next_question.phase,
            kind=next_question.kind,
            question=next_question.text,
            question_id=next_question.question_id,
            competency_id=next_question.competency_id,
            topic=next_question.topic,
            asked_at=now,
        )
        scratch = dict(state.scratch)
        scratch[LAST_ACK] = ack
        if decision.action == "follow_up" and decision.probe_skill and next_question.kind == "follow_up":
            scratch[PROBED] = [*_strings(scratch[PROBED]), decision.probe_skill]
        new_state = state.model_copy(
            update={"turns": [*state.turns, turn], "phase": turn.phase, "scratch": scratch}
        )
        return new_state, NextStep(response=ack, question=turn.question, completed=False)

    def _acknowledge(
        self,
        state: InterviewState,
        cues: FollowUpCues,
        assessment: AnswerAssessment,
        transition: Phase | None,
    ) -> str:
        """A short acknowledgement, never the same as the previous one; plain (no praise) after a red flag."""
        answered = state.turns[-1]
        clean, _ = neutralise(answered.answer or "")  # bounded, and without injected sentences
        plain = assessment.vague or cues.red_flag is not None
        previous = str(state.scratch.get(LAST_ACK, ""))
        ack = ""
        for shift in range(4):
            ack = acknowledgement(
                "" if plain else clean,
                [] if plain else assessment.skills_evidenced,
                assessment.comfort,
                plain,
                answered.index + shift,
                transition,
            )
            if ack != previous:
                break
        return ack

    # --- questions -------------------------------------------------------------------------------------
    def asked_texts(self, state: InterviewState) -> set[str]:
        return {normalise_text(turn.question) for turn in state.turns}

    def is_new(self, state: InterviewState, text: str) -> bool:
        normalised = normalise_text(text)
        return bool(normalised) and all(normalised not in asked for asked in self.asked_texts(state))

    def next_question(self, state: InterviewState, phase: Phase) -> NextQuestion:
        """The next unasked question of the agenda at or after `phase` (the closing question last)."""
        question = next_planned(state, phase)
        if question is None:
            return self._last_resort(state)
        kind: TurnKind = "closing" if question.phase == Phase.CONCLUSION else question.kind
        return NextQuestion(
            question.text, question.phase, kind, question.id, question.id, question.competency_id
        )

    def _last_resort(self, state: InterviewState) -> NextQuestion:
        text = "Before we finish, is there anything else you'd like to tell me or ask me?"
        if not self.is_new(state, text):
            text = f"Is there anything else you'd like to add? (question {len(state.turns) + 1})"
        return NextQuestion(text, Phase.CONCLUSION, "closing", "closing", "closing")

    def follow_up(
        self, state: InterviewState, decision: Decision, features: AnswerFeatures, cues: FollowUpCues
    ) -> NextQuestion | None:
        """A follow-up on the last answer built from the candidate's words; None when none is new and safe."""
        answered = state.turns[-1]
        clean, _ = neutralise(answered.answer or "")
        question = planned(state, answered.question_id)
        bank_question = (
            self.bank.question(question.source.removeprefix("bank:"))
            if question and question.source.startswith("bank:")
            else None
        )
        bank_follow_ups = [
            f for f in (bank_question.follow_ups if bank_question else ()) if self.is_new(state, f)
        ]
        candidates = self._follow_up_candidates(
            decision, clean, features, cues, answered.index, bank_follow_ups
        )
        terms = _job_terms(state)
        for candidate in [*candidates, *bank_follow_ups]:
            safe = guard_question(candidate, fallback="", job_terms=terms)
            if safe == candidate and self.is_new(state, candidate):
                return NextQuestion(
                    candidate,
                    answered.phase,
                    "follow_up",
                    answered.question_id,
                    answered.topic,
                    answered.competency_id,
                )
        return None

    @staticmethod
    def _follow_up_candidates(
        decision: Decision,
        text: str,
        features: AnswerFeatures,
        cues: FollowUpCues,
        index: int,
        bank_follow_ups: list[str],
    ) -> list[str]:
        if decision.reason == "red_flag" and cues.red_flag:
            return red_flag_probes(quotable(cues.red_flag))
        if decision.reason == "vague":
            first_bank = bank_follow_ups[0] if bank_follow_ups else None
            return vague_probes(text, features.signals.non_answer or features.signals.gibberish, first_bank)
        if decision.reason == "star":
            return star_probes(text, decision.missing_star)
        if decision.reason == "probe" and decision.probe_skill:
            return [skill_probe(text, decision.probe_skill, index + shift) for shift in range(4)]
        return []
