"""The offline baseline interviewer: the job's plan + controller + text heuristics, no LM at all.

It is the default interviewer and the bar every tuned program must beat. It follows the job's interview plan
(the same core questions in the same order for every candidate of the job), adds this candidate's resume
probes, follows up only on what an answer lacks, and repairs the conversation: a request to clarify gets the
question in other words, the candidate's own question gets an answer from the job record. A turn costs well
under a millisecond once the plan exists.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from workbench.interviewer import addition, conversation, probing
from workbench.interviewer.agenda import (
    RESUME_PROBES,
    NextQuestion,
    agenda_of,
    bank_view,
    is_new,
    next_planned,
    pending_by_phase,
    planned,
)
from workbench.interviewer.api import AnswerAssessment, InterviewState, NextStep, Turn, TurnKind
from workbench.interviewer.assess import AnswerFeatures, assess_answer
from workbench.interviewer.bank import Question, QuestionBank, load_bank
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES
from workbench.interviewer.controller import Decision, FollowUpCues, decide
from workbench.interviewer.feedback import candidate_feedback, running_notes, told_parts, with_feedback
from workbench.interviewer.grading import deferrable, graded, provisional, remember
from workbench.interviewer.guards import neutralise
from workbench.interviewer.lm_gate import off_loop
from workbench.interviewer.phrasing import acknowledgement, closing_line, opening_line, reassures
from workbench.interviewer.plan import build_plan
from workbench.interviewer.plan_view import PlannedView, competency, generic_question, slug, view_of
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_probes
from workbench.interviewer.rubric_score import Judgement, grade
from workbench.interviewer.scorecard import (
    AnswerGroup,
    Judge,
    answer_groups,
    baseline_judge,
    graded_scorecard,
    lexical_judge,
    session_assessment,
    verdict_of,
)
from workbench.interviewer.scratch import (
    LAST_ACK,
    NAME,
    PLAN,
    PROBED,
    PROFILE,
    REASSURED,
    first_name,
    plan_of,
    profile_of,
    strings,
)
from workbench.interviewer.select import COMPETENCY_FEEDS, build_profile
from workbench.interviewer.signals import AnswerSignals
from workbench.interviewer.turn_grades import with_final_grades
from workbench.models import (
    UNGRADED,
    Backend,
    CandidateDetails,
    Comfort,
    Competency,
    InterviewPlan,
    JobDetails,
    Phase,
    Preferences,
)

# Decisions that end the interview because the time is up (not because the plan is done).
TIME_REASONS = frozenset({"time", "phase time"})

__all__ = ["BaselineInterviewer", "first_name", "plan_of", "profile_of"]


def _unevidenced(state: InterviewState, assessment: AnswerAssessment) -> bool:
    """Whether the last answer gave no evidence on what was asked ("we had a lovely Christmas party, and I ran the
    charity bake sale"): it is thanked, not praised for the part it said. An answer whose grade is pending is
    evidence for its question's competency (`grading.deferrable`)."""
    answered = state.turns[-1]
    return (
        bool(answered.competency_id)
        and answered.index not in state.ungraded
        and not any(
            score.competency_id == answered.competency_id and score.score is not None
            for score in assessment.competencies
        )
    )


def _shows_nerves(state: InterviewState, signals: AnswerSignals) -> bool:
    """Whether the candidate says they are nervous or apologises; fillers alone ("um so yeah", as speech-to-text
    writes every answer) are reassured once, not every turn."""
    stated = signals.apologies + signals.nerves > 0
    return stated or (signals.fillers >= 2 and not state.scratch.get(REASSURED))


class BaselineInterviewer:
    """Implements `workbench.interviewer.api.Interviewer` without any LM."""

    name = "baseline"
    blocking = False

    def __init__(
        self,
        bank_dir: Path | str | None = None,
        bank: QuestionBank | None = None,
        *,
        grade_later: bool = False,
    ) -> None:
        self.bank = bank if bank is not None else load_bank(bank_dir)
        # An answer that is evidence is graded after its reply (`grading.py`): an interviewer worker's way.
        self.grade_later = grade_later

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
        probes = resume_probes(plan, resume, job, owner=candidate.name)
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
            question=f"{opening_line(name[:40], job.title)} {first.text}",
            question_id=first.question_id,
            competency_id=first.competency_id,
            topic=first.topic,
            asked_at=now,
        )
        return state.model_copy(update={"turns": [turn], "phase": first.phase})

    def answer(self, state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep]:
        state = self.graded(state)  # an earlier answer's pending grade first: every save writes whole grades
        if state.completed or not state.turns or state.turns[-1].answer is not None:
            return state, NextStep(response=closing_line(first_name(state)), question="", completed=True)
        repaired = self.repair(state, answer, now)
        if repaired is not None:
            return repaired
        asked = conversation.open_question(state)
        own_question = conversation.asks_past_repairs(state, answer)
        if own_question:  # answered below; the interview moves on, and the question is no evidence
            state = conversation.as_own_question(state)
        state, features = self.record_answer(state, answer, now)
        cues = FollowUpCues() if own_question else self.cues(state, features)
        state, step = self.ask_next(state, cues, features, now)
        return state, conversation.answering_its_question(step, answer, state, asked)

    def finish(self, state: InterviewState, now: datetime) -> InterviewState:
        if state.completed:
            return state
        return self.conclude(self.graded(state), now, baseline_judge, "baseline")

    async def afinish(self, state: InterviewState, now: datetime) -> InterviewState:
        """The server's way in: the assessment embeds the answers (tens of milliseconds), off the event loop."""
        return await off_loop(self.finish, state, now)

    def conclude(
        self, state: InterviewState, now: datetime, judge: Judge, backend: Backend
    ) -> InterviewState:
        """The ended state: the scorecard from plan and turns, the session assessment and the feedback; each
        turn graded as the scorecard judged its answer (`turn_grades`)."""
        graded = graded_scorecard(self.view(state), state, judge, backend)
        scorecard = graded.scorecard
        turns = with_final_grades(state.turns, graded.groups, graded.judged)
        strengths, probes = running_notes(turns)
        competency_of = {q.id: q.competency_id for q in agenda_of(state)}
        told = told_parts(state.turns, competency_of)
        assessment = with_feedback(session_assessment(scorecard), scorecard, state.job.title, told)
        return state.model_copy(
            update={
                "completed": True,
                "ended_at": state.ended_at or now,
                "final_feedback": candidate_feedback(scorecard, first_name(state), state.job.title, told),
                "assessment": assessment,
                "scorecard": scorecard,
                "turns": turns,
                "strengths": strengths,
                "areas_to_probe": probes,
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
        group = self.group_of_last(state)
        return (judge(group), group.competency) if group is not None else (None, None)

    def group_of_last(self, state: InterviewState) -> AnswerGroup | None:
        """The answers to the planned question the last turn answers (with its follow-ups so far)."""
        last = state.turns[-1]
        for group in answer_groups(self.view(state), state):
            if last.index in group.turn_indices:
                return group
        return None

    # --- conversation repair ----------------------------------------------------------------------------
    def repair(
        self, state: InterviewState, answer: str, now: datetime
    ) -> tuple[InterviewState, NextStep] | None:
        """A request to clarify, or the candidate's own question (`conversation.repair`); None for an answer."""
        return conversation.repair(state, answer, now)

    # --- steps shared with the LM-backed interviewer --------------------------------------------------------
    def record_answer(
        self,
        state: InterviewState,
        answer: str,
        now: datetime,
    ) -> tuple[InterviewState, AnswerFeatures]:
        """The state with the answer and its baseline assessment on the open turn, and notes updated. With
        `grade_later`, an answer that is evidence is recorded with its verdict only (`grading.py`)."""
        last = state.turns[-1]
        answered = last.model_copy(update={"answer": answer, "answered_at": now})
        recorded = state.model_copy(update={"turns": [*state.turns[:-1], answered]})
        group = self.group_of_last(recorded)
        seen = verdict_of(group) if group is not None and self.grade_later else None
        judgement = provisional(seen) if seen is not None else None
        ungraded = group is not None and self.grade_later and deferrable(group, judgement, answered)
        if group is not None and judgement is None and not ungraded:
            # graded now (its verdict, when `grade_later` reached it above, is not reached again)
            judgement = grade(seen, group.question) if isinstance(seen, tuple) else lexical_judge(group)
        measured = group.competency if group is not None else None
        assessment, features = self.assess(state, answered, judgement, measured)
        recorded = self.with_assessment(recorded, assessment, ungraded=ungraded)
        if ungraded and group is not None and isinstance(seen, tuple):  # its grade reuses them (`grading.py`)
            remember(recorded, group, seen)
        return recorded, features

    def assess(
        self,
        state: InterviewState,
        turn: Turn,
        judgement: Judgement | None,
        measured: Competency | None,
    ) -> tuple[AnswerAssessment, AnswerFeatures]:
        """The answered `turn`'s assessment under `judgement` (None with a `measured` competency: ungraded)."""
        clean, removed = neutralise(turn.answer or "")
        question = bank_view(state, planned(state, turn.question_id)) or self.bank.question(turn.question_id)
        behavioral = turn.phase == Phase.BEHAVIORAL
        return assess_answer(self.bank, question, behavioral, clean, removed, judgement, measured)

    def graded(self, state: InterviewState) -> InterviewState:
        """`state` with every pending grade given (`grading.graded`): the same state as if graded on its turn."""
        return graded(self, state)

    def with_assessment(
        self, state: InterviewState, assessment: AnswerAssessment, *, ungraded: bool = False
    ) -> InterviewState:
        """Put `assessment` on the last answered turn and refresh comfort, strengths and areas to probe;
        `ungraded`: the assessment waits for its grade (`InterviewState.ungraded`)."""
        turns = list(state.turns)
        turns[-1] = turns[-1].model_copy(update={"assessment": assessment})
        strengths, probes = running_notes(turns)
        update: dict[str, object] = {
            "turns": turns,
            "comfort": assessment.comfort,
            "strengths": strengths,
            "areas_to_probe": probes,
        }
        if ungraded:
            update["scratch"] = {**state.scratch, UNGRADED: [*state.ungraded, turns[-1].index]}
        return state.model_copy(update=update)

    def cues(self, state: InterviewState, features: AnswerFeatures) -> FollowUpCues:
        return probing.cues(state, features)

    def ask_next(
        self,
        state: InterviewState,
        cues: FollowUpCues,
        features: AnswerFeatures,
        now: datetime,
    ) -> tuple[InterviewState, NextStep]:
        """The controller's decision, then the acknowledgement and the next question (or the close)."""
        budgets = plan_of(state)
        probed = set(strings(state.scratch[PROBED]))
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
            said, _ = neutralise(answered.answer or "")
            ack = acknowledgement("", [], assessment.comfort, True, answered.index, None, said)
            return state, NextStep(response=f"{ack} {closing_line(name)}", question="", completed=True)
        if next_question is None:
            next_question = self.next_question(state, decision.phase)
        transition = next_question.phase if next_question.phase != state.phase else None
        if transition == Phase.CONCLUSION and decision.reason not in TIME_REASONS:
            transition = None  # the plan is done, not the time; the closing question says so itself
        ack, base_ack = self._acknowledge(state, cues, assessment, transition, features)
        reassured = bool(state.scratch.get(REASSURED)) or reassures(base_ack)
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
        scratch[LAST_ACK] = base_ack
        scratch[REASSURED] = reassured
        if decision.action == "follow_up" and decision.probe_skill and next_question.kind == "follow_up":
            scratch[PROBED] = [*strings(scratch[PROBED]), decision.probe_skill]
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
        features: AnswerFeatures,
    ) -> tuple[str, str]:
        """A short acknowledgement (and the same without a phase transition, kept to compare with the next
        one), never the same as the previous one; plain (no praise) after a red flag;
        "take your time" only when the candidate shows nerves (an apology, "I'm nervous", fillers), never
        for one hedge in a short answer."""
        answered = state.turns[-1]
        signals = features.signals
        clean, _ = neutralise(answered.answer or "")  # bounded, and without injected sentences
        plain = (
            assessment.vague or cues.red_flag is not None or cues.repeated or _unevidenced(state, assessment)
        )
        comfort = assessment.comfort if _shows_nerves(state, signals) else Comfort.NEUTRAL
        previous = str(state.scratch.get(LAST_ACK, ""))
        # A skill the previous acknowledgement named is not named again ("…your work with Node.js" twice).
        skills = [
            skill
            for skill in self._asked_about(state, assessment.skills_evidenced)
            if skill.lower() not in previous.lower()
        ]
        # an unsafe statement about to be probed is met as a non-answer is, neutrally ("Okay."): never thanked; so
        # is a check left to someone else ("that's the pharmacist's job"), or a word or two ("Dogs."): nothing to
        # thank for yet
        neutral = (
            cues.red_flag is not None
            or cues.handed_to is not None
            or signals.words <= probing.ONE_WORD_REPLY  # "...", "Dogs.": nothing to thank for
            or signals.gibberish
        )

        corrects = addition.corrects_answer(clean)

        def said(shift: int, phase: Phase | None) -> str:
            what, named = ("", []) if plain else (clean, skills)
            thanks = addition.correction_thanks(answered.index + shift) if corrects else None
            return acknowledgement(
                what,
                named,
                comfort,
                plain,
                answered.index + shift,
                phase,
                clean,
                neutral=neutral,
                correction=thanks,
            )

        base = ""
        shift = 0
        for shift in range(4):
            base = said(shift, None)
            if base != previous:
                break
        return (base if transition is None else said(shift, transition)), base

    @staticmethod
    def _asked_about(state: InterviewState, skills: list[str]) -> list[str]:
        """The named skills the question was about: an acknowledgement never credits "your work with sales"
        for "18% of sales" in an answer on health and safety."""
        answered = state.turns[-1]
        question = planned(state, answered.question_id)
        # (not the greeting: "…for the Sales Negotiator role" names no skill the opening question asked about, and
        # "I want to move into sales" is no "work with sales")
        asked = conversation.without_opening_line(state, answered.question)
        about = f"{asked} {question.text if question else ''}".lower()
        return [skill for skill in skills if skill.lower() in about]

    # --- questions -------------------------------------------------------------------------------------
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
        if not is_new(state, text):
            text = f"Is there anything else you'd like to add? (question {len(state.turns) + 1})"
        return NextQuestion(text, Phase.CONCLUSION, "closing", "closing", "closing")

    def follow_up(
        self, state: InterviewState, decision: Decision, features: AnswerFeatures, cues: FollowUpCues
    ) -> NextQuestion | None:
        """A follow-up on what the last answer lacks (`probing.follow_up`); None when none is new and safe."""
        return probing.follow_up(state, decision, features, cues, self.bank)
