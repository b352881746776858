"""The deterministic controller: after each answer, follow up, move on (maybe to the next phase) or close.

It reads only the state, the phase budgets, the agenda's pending questions, the clock and a few cues about the
answer (a red flag stated? vague? STAR parts missing? a claimed skill worth probing?). It never calls an LM, so the baseline and the LM-backed interviewer share the
same interview structure and differ only in wording and assessment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from workbench.interviewer.api import InterviewState
from workbench.interviewer.assent import asks_for_content, bare_yes_or_no
from workbench.interviewer.plan import Plan
from workbench.models import PHASE_ORDER, PLANNED_KINDS, Phase, Turn

Action = Literal["follow_up", "ask", "close"]
# A STAR gap worth a probe: the candidate never said what they did, or what came of it, or two parts are gone.
ESSENTIAL_STAR_PARTS = ("action", "result")
# No follow-up when the phase has less than this many minutes left: move on instead.
MIN_MINUTES_FOR_FOLLOW_UP = 1.0


@dataclass(frozen=True, slots=True)
class FollowUpCues:
    vague: bool = False
    missing_star: tuple[str, ...] = ()
    probe_skill: str | None = None
    red_flag: str | None = None  # the candidate's sentence that states a rubric red flag
    # "Yes.", "Not really", nothing heard, gibberish or another language, or a few words that say nothing
    # concrete ("Sometimes, but it's usually fine."): the answer is still to come, so it is always asked for,
    # budget or not
    not_answered: bool = False
    # the answer says again what an earlier answer said: the question still wants an example of its own
    repeated: bool = False
    # the answer only hands the check to someone else ("that's the pharmacist's job"): whom it names ("" for
    # nobody in particular), None when the answer has a part of the candidate's own
    handed_to: str | None = None
    # a word or two ("Dogs.") to a question that asks for an account ("... what did you do there?"): even to a
    # follow-up, the account is still to come
    bare_word: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    phase: Phase
    reason: str
    missing_star: tuple[str, ...] = field(default=())
    probe_skill: str | None = None


# Turns that put a question of the agenda (a core question, a resume probe, or that question again after a
# clarification or the candidate's own question): these may get one follow-up.
ASKING_KINDS = frozenset({*PLANNED_KINDS, "clarification", "candidate_question"})
# Core questions of a phase are still asked this far (a share of max_duration) past the phase's end, so that
# every candidate of a job gets the same core questions; follow-ups are dropped first when time is short.
PHASE_GRACE = 0.08
BEHAVIOURAL_RESERVE = 2  # discretionary follow-ups the earlier phases leave for the behavioural phase
# A spoken question and its answer rarely take less than this; the pace forecast never assumes faster turns.
MIN_MINUTES_PER_TURN = 1.0
MAX_FOLLOW_UPS_FOR_RED_FLAG = 2  # a question's follow-up, then a probe of what its answer stated wrongly


# A reply of this many words or fewer ("Yes.", "Fine thanks.") drew a follow-up that only asks for the answer.
NUDGED_REPLY_WORDS = 3
_WORD = re.compile(r"\w+")


def is_nudge(turns: list[Turn], index: int) -> bool:
    """Whether the follow-up at `index` was put to a reply of a word or two ("Yes.", "Fine."): it asks for the
    answer itself, not for more of one, so the answer it draws may still be followed up."""
    turn = turns[index]
    if turn.kind != "follow_up" or index == 0:
        return False
    before = turns[index - 1].answer
    return before is not None and len(_WORD.findall(before)) <= NUDGED_REPLY_WORDS


def _spent(turns: list[Turn], topic: str | None = None) -> int:
    """The follow-ups that count against a budget: every follow-up (of `topic`, when given) but the first nudge
    of each question, so "Yes." to a question does not use up the probe its real answer may need, and a
    candidate who says "Yes." again is not nudged without end."""
    nudged: set[str] = set()
    spent = 0
    for index, turn in enumerate(turns):
        if turn.kind != "follow_up" or (topic is not None and turn.topic != topic):
            continue
        if is_nudge(turns, index) and turn.topic not in nudged:
            nudged.add(turn.topic)
            continue
        spent += 1
    return spent


def follow_ups_used(state: InterviewState) -> int:
    return _spent(state.turns)


def _star_gap(phase: Phase, cues: FollowUpCues) -> bool:
    missing = set(cues.missing_star)
    return phase == Phase.BEHAVIORAL and bool(missing & set(ESSENTIAL_STAR_PARTS) or len(missing) >= 2)


def essential(phase: Phase, cues: FollowUpCues) -> bool:
    """A probe without which the answer cannot be judged: a behavioural story missing its action or result, a
    one-word or empty reply, a story already told for another question (this one wants its own), or a wrong or
    unsafe statement (probed, never let pass)."""
    repeated = cues.repeated and not cues.vague  # a story told again; a vague reply is probed as vague
    handed = cues.handed_to is not None  # the candidate's own part is still to come
    return _star_gap(phase, cues) or cues.not_answered or repeated or cues.red_flag is not None or handed


def time_allows_probe(state: InterviewState, plan: Plan, elapsed: float, pending: int) -> bool:
    """One more exchange still leaves time for the `pending` agenda questions (the closing one included) at
    this interview's own pace, so a probe never pushes the interview past max_duration."""
    answered = sum(1 for turn in state.turns if turn.answer is not None)
    pace = max(MIN_MINUTES_PER_TURN, elapsed / max(1, answered))
    return elapsed + (1 + pending) * pace <= plan.max_duration


def _can_follow_up(
    state: InterviewState,
    plan: Plan,
    elapsed: float,
    pending: int,
    needed: bool = False,
    reserved: int = 0,
    red_flag: bool = False,
    unanswered: bool = False,
    answered: bool = True,
) -> bool:
    """At most one follow-up per question, never on the closing question, but for a wrong or unsafe statement
    (`red_flag`) said in answer to that follow-up: it is probed too, a second follow-up and never a third. The
    first nudge to a bare reply ("Yes." -> "Could you say a bit more?") is none of these (`is_nudge`).
    Discretionary follow-ups (a vague answer, a claimed skill) stay within the plan's follow-up budget; a probe
    the answer `needed` to be judged is bounded by time instead: the pace forecast and the phase's grace."""
    last = state.turns[-1]
    if last.phase == Phase.CONCLUSION:
        return False
    followed = sum(1 for turn in state.turns if turn.kind == "follow_up" and turn.topic == last.topic)
    # the nudge to a bare reply spends no follow-up of the real answer it draws (a second bare reply gets none)
    real = answered and len(_WORD.findall(last.answer or "")) > NUDGED_REPLY_WORDS
    # the question's follow-ups less its first nudge, counted once for both uses below
    spent = _spent(state.turns, last.topic) if real or red_flag else followed
    counted = spent if real else followed
    # a bare "Yes." to a follow-up that asked for something a yes does not give ("What did you check first?") is
    # no answer to it: asked once more, as a wrong statement said in answer to it is
    # (a wrong statement said after a nudge is probed as one said to the question's first follow-up)
    again = spent if red_flag else followed
    probe_again = (
        (red_flag or unanswered) and last.kind == "follow_up" and again < MAX_FOLLOW_UPS_FOR_RED_FLAG
    )
    # the answer drawn by a nudge is the question's first real answer: it may be followed up as one
    asking = last.kind in ASKING_KINDS or (
        real and is_nudge(state.turns, len(state.turns) - 1) and followed == 1
    )
    if not asking and not probe_again:
        return False
    if last.topic and counted and not probe_again:
        return False
    if needed:
        if not time_allows_probe(state, plan, elapsed, pending):
            return False
    elif follow_ups_used(state) >= plan.max_follow_ups - reserved:
        return False
    grace = PHASE_GRACE * plan.max_duration if needed else 0.0
    return plan.phase_ends_at[last.phase] + grace - elapsed >= MIN_MINUTES_FOR_FOLLOW_UP


def _follow_up_reason(phase: Phase, cues: FollowUpCues, probed_skills: set[str]) -> Decision | None:
    if cues.red_flag:
        return Decision("follow_up", phase, "red_flag")
    if cues.handed_to is not None:
        return Decision("follow_up", phase, "handed_off")
    if cues.vague:
        return Decision("follow_up", phase, "vague")
    if _star_gap(phase, cues):
        return Decision("follow_up", phase, "star", missing_star=tuple(cues.missing_star))
    if cues.repeated:
        return Decision("follow_up", phase, "repeated")
    if cues.probe_skill and cues.probe_skill not in probed_skills and phase != Phase.BEHAVIORAL:
        return Decision("follow_up", phase, "probe", probe_skill=cues.probe_skill)
    return None


def decide(
    state: InterviewState,
    plan: Plan,
    cues: FollowUpCues,
    now: datetime,
    probed_skills: set[str],
    pending: dict[Phase, int],
) -> Decision:
    """What comes after the answer just recorded in `state.turns[-1]`; `pending` counts the agenda's questions
    not yet asked, by phase."""
    elapsed = state.minutes_elapsed(now)
    phase = state.phase
    if phase == Phase.CONCLUSION:
        return Decision("close", Phase.CONCLUSION, "closing question answered")
    if plan.max_duration - elapsed <= plan.closing_reserve:
        return Decision("ask", Phase.CONCLUSION, "time")
    # Earlier phases leave part of the discretionary budget to the behavioural questions still to come.
    reserved = 0 if phase == Phase.BEHAVIORAL else min(BEHAVIOURAL_RESERVE, pending.get(Phase.BEHAVIORAL, 0))
    needed = essential(phase, cues)
    red_flag = cues.red_flag is not None
    last = state.turns[-1]
    unanswered = cues.bare_word or (
        cues.not_answered and bare_yes_or_no(last.answer or "") and asks_for_content(last.question)
    )
    # an answer that hands the check to others, in answer to a follow-up, is asked for the candidate's own part
    red_flag = red_flag or cues.handed_to is not None
    answered = not cues.not_answered  # ("Thank you for your time." to a nudge is no answer to follow up)
    if _can_follow_up(
        state, plan, elapsed, sum(pending.values()), needed, reserved, red_flag, unanswered, answered
    ):
        follow_up = _follow_up_reason(phase, cues, probed_skills)
        if follow_up is not None:
            return follow_up
    grace = PHASE_GRACE * plan.max_duration
    if pending.get(phase, 0) > 0 and elapsed < plan.phase_ends_at[phase] + grace:
        return Decision("ask", phase, "next question")
    start = PHASE_ORDER.index(phase) + 1
    next_phase = next((p for p in PHASE_ORDER[start:] if pending.get(p, 0) > 0), Phase.CONCLUSION)
    reason = "phase budget" if pending.get(phase, 0) == 0 else "phase time"
    return Decision("ask", next_phase, reason)
