"""Follow-ups: what the last answer lacks, asked for in the question's and the candidate's own words.

A story without its result is asked for the result (never to "set the scene" again), one without the
candidate's own part for that part; a vague answer for one concrete case; a one-word reply for the answer
itself; an empty or unintelligible one gets the question again in other words; a wrong or unsafe statement is
probed, never praised. Probe texts are data (`planning/data/probes.yaml`); every list ends with probes that name
the question's own subject, so a long interview never runs out of new ones. The controller decides whether to
follow up; this module decides what to ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.interviewer.agenda import (
    NextQuestion,
    asked_texts,
    is_new,
    planned,
    quotable_part,
    red_flag_sentence,
)
from workbench.interviewer.api import InterviewState, Turn
from workbench.interviewer.assess import AnswerFeatures
from workbench.interviewer.bank import QuestionBank
from workbench.interviewer.controller import Decision, FollowUpCues, follow_ups_used
from workbench.interviewer.evidence import earlier_sentences, repeatable_sentences, stems
from workbench.interviewer.guards import guard_question, neutralise
from workbench.interviewer.handed_off import handed_to
from workbench.interviewer.motivation import gives_a_reason
from workbench.interviewer.non_answer import asks_to_skip, gives_nothing
from workbench.interviewer.phrasing import action_clause, skill_mention
from workbench.interviewer.probe_texts import probe_texts
from workbench.interviewer.restate import restatements
from workbench.interviewer.said_again import (
    asked_again_leads,
    rotated,
    without_asked_again_lead,
)
from workbench.interviewer.scratch import PROBED, plan_of, profile_of, strings
from workbench.interviewer.shortcut_reason import shortcut_for_ease
from workbench.interviewer.signals import sentences
from workbench.models import Phase, PlannedQuestion

# Replies this short ("Yes.", "Not really.") are probed even when the follow-up budget is spent.
ONE_WORD_REPLY = 3
# Fewer words than this, with nothing concrete, answer nothing yet: "Sometimes, but it's usually fine."
NON_ANSWER_WORDS = 8
# "Tell me about a time you disagreed with a colleague. What happened?" -> "you disagreed with a colleague".
_OCCASION = re.compile(
    r"\b(?:a|one|the last) (?:time|occasion|situation|moment) (?:when |where )?(?P<time>you [^.?!;:]+)",
    re.IGNORECASE,
)

# A question about what the candidate would do ("What would you do if…", "Imagine…"), not what they did
_HYPOTHETICAL = re.compile(
    r"\b(?:what would you|how would you|would you|imagine|suppose|picture this|if you were)\b", re.IGNORECASE
)
_SUBJECT_I = re.compile(r"\bI\b")
_POINTS_BACK = re.compile(r"\b(?:that|this|those|these)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ProbeContext:
    """What a follow-up may name: the answer, the question it answers and the question's subject."""

    answer: str  # neutralised: injected instructions are gone
    question: str
    phase: Phase
    subject: str = ""  # the competency or resume item, e.g. "medication safety"
    restated: tuple[str, ...] = ()  # the question in other words
    asked_again: tuple[str, ...] = ()  # questions this interview already put again for want of an answer

    @property
    def time(self) -> str:
        """A behavioural question's occasion without its "you", e.g. "noticed a safety risk on a shift"."""
        match = _OCCASION.search(self.question)
        if match is None or _POINTS_BACK.search(match.group("time")):
            return ""  # "a time you put that to use": the occasion names nothing on its own
        return match.group("time").removeprefix("you ").strip()


def _fill(templates: list[str], **slots: str) -> list[str]:
    return [template.format(**slots) for template in templates]


def _relevant_clause(context: ProbeContext) -> str | None:
    """The candidate's own clause, when it shares a word with the question (an off-topic story's clause is
    not worth echoing: the probe then names the question's occasion instead)."""
    clause = action_clause(context.answer)
    if clause is None:
        return None
    shared = stems(clause) & stems(f"{context.question} {context.subject}")
    return clause if shared - {"you", "your"} else None


def star_probes(context: ProbeContext, missing: tuple[str, ...]) -> list[str]:
    """Probes for the missing parts of a story, the most important gap first; only what is missing."""
    texts = probe_texts()["star"]
    time = context.time
    probes: list[str] = []
    if "action" in missing and "result" in missing:
        probes += texts["action_and_result"]
        probes += _fill(texts["action_and_result_time"], time=time) if time else []
    elif "action" in missing:
        probes += texts["action"] + (_fill(texts["action_time"], time=time) if time else [])
    elif "result" in missing:
        clause = _relevant_clause(context)
        probes += _fill(texts["result_clause"], clause=clause) if clause else []
        probes += _fill(texts["result_time"], time=time) if time else []
        probes += texts["result"]
    if "situation" in missing and "task" in missing and not scene_set(context.answer):
        # Naming the occasion asked about brings back a candidate whose story was about something else.
        probes += _fill(texts["scene_time"], time=time) if time else []
        probes += texts["scene"]
    return probes


def scene_set(answer: str) -> bool:
    """A story whose first sentence is not yet the candidate's own doing ("A confused patient's bed rail was
    broken. I moved him…") has set its scene, whatever words it used."""
    told = sentences(answer)
    return len(told) >= 2 and _SUBJECT_I.search(told[0]) is None


def vague_probes(
    context: ProbeContext, features: AnswerFeatures, bank_follow_up: str | None = None
) -> list[str]:
    """Probes for a vague, empty or one-word reply, best first (the caller skips any already asked)."""
    texts = probe_texts()
    signals = features.signals
    subject, time = context.subject, context.time
    if signals.words == 0 or signals.gibberish or signals.foreign:
        pool = texts["not_english"] if signals.foreign and signals.words else texts["unheard"]
        return [
            probe for q in rotated(context.restated, context.asked_again) for probe in _fill(pool, question=q)
        ]
    if signals.non_answer and _probes_a_statement(context.question):
        # "No." to "what could go wrong, and what does standard practice require?": no experience was asked for
        return texts["non_answer"]["practice"] + _again(context)
    teaching = _teaching(context.question)
    if signals.non_answer and teaching:  # "No." to "what would you show them?": no situation was set
        return texts["non_answer"]["teaching"] + _again(context)
    if signals.non_answer and _HYPOTHETICAL.search(context.question):
        return texts["non_answer"]["situational"] + _again(
            context
        )  # "I don't know" to "What would you do if…"
    if signals.non_answer:
        probes = _fill([texts["non_answer"]["bank"]], follow_up=bank_follow_up) if bank_follow_up else []
        probes += _fill(texts["non_answer"]["time"], time=time) if time else []
        probes += _fill(texts["non_answer"]["subject"], subject=subject) if subject and not time else []
        return probes + texts["non_answer"]["generic"] + _again(context)
    if 0 < signals.words <= ONE_WORD_REPLY and context.phase == Phase.INTRODUCTION:
        return texts["one_word"]["opening"] + texts["vague"]["opening"] + _again(context)
    if 0 < signals.words <= ONE_WORD_REPLY and teaching:
        return texts["one_word"]["teaching"] + _again(context)
    if 0 < signals.words <= ONE_WORD_REPLY and _HYPOTHETICAL.search(context.question):
        # "Yes." to "What would you do if…": the steps in that situation, not a story from their past
        return texts["one_word"]["situational"] + _again(context)
    if 0 < signals.words <= ONE_WORD_REPLY:
        # "Yes." to "Tell me about a time…" or to a resume item: what they did, never what they "would" do
        probes = _fill(texts["one_word"]["time"], time=time) if time else []
        probes += _fill(texts["one_word"]["subject"], subject=subject) if subject and not time else []
        return probes + texts["one_word"]["generic"] + _again(context)
    clause = action_clause(context.answer)
    probes = _fill(texts["vague"]["clause"], clause=clause) if clause else []
    if context.phase == Phase.INTRODUCTION:  # background and motivation: no "pick one example" by default
        return probes + texts["vague"]["opening"]
    probes += _fill(texts["vague"]["time"], time=time) if time else []
    probes += _fill(texts["vague"]["subject"], subject=subject) if subject and not time else []
    return probes + texts["vague"]["generic"]


def _teaching(question: str) -> bool:
    return re.search(probe_texts()["teaching"], question, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def nudges_naming_nothing() -> frozenset[str]:
    """The nudges to a bare reply that name nothing of the question ("Could you say a bit more? Take me through
    what you would actually do in that situation, step by step."): said again or explained, they need the
    question they follow."""
    texts = probe_texts()
    pools = [*texts["one_word"].values(), *texts["non_answer"].values()]
    return frozenset(t for pool in pools if isinstance(pool, list) for t in pool if "{" not in t)


def _probes_a_statement(question: str) -> bool:
    """Whether a question is the probe of a wrong statement ("… what could go wrong, and what does standard
    practice require?"): it asks for judgement, not for what the candidate has done."""
    return any(tail and tail in question for tail in _red_flag_tails())


@lru_cache(maxsize=1)
def _red_flag_tails() -> tuple[str, ...]:
    """The questions of the probes of a wrong statement, without the quote that leads them."""
    return tuple(t.split("{lead}")[-1].strip() for t in probe_texts()["red_flag"]["probes"])


def _again(context: ProbeContext) -> list[str]:
    """The question itself in other words: the last resort of a pool, always new to this interview."""
    return [probe for q in context.restated for probe in _fill(probe_texts()["again"], question=q)]


def red_flag_probes(quote: str | None) -> list[str]:
    """A neutral probe on a statement that is wrong or unsafe: never praise, never the answer."""
    texts = probe_texts()["red_flag"]
    lead = texts["quoted"].format(quote=quote) if quote else texts["unquoted"]
    return _fill(texts["probes"], lead=lead)


def asks_for_account(question: str) -> bool:
    """Whether the question asks for an account a word or two cannot give ("... and what did you do there?",
    "Take me through it step by step"), not one fact ("Who did you call?")."""
    return re.search(probe_texts()["asks_for_account"], question, re.IGNORECASE) is not None


def own_part_probes(context: ProbeContext, who: str) -> list[str]:
    """Probes for the candidate's own part, after an answer that left it all to someone else: what they would do
    to a question on what they would do, what they did to one on what they did, what they do to one on their
    practice."""
    texts = probe_texts()["handed_off"]
    tense = "present"
    if _HYPOTHETICAL.search(context.question):
        tense = "situational"
    elif re.search(texts["told_of_past"], context.question, re.IGNORECASE):
        tense = "past"
    unnamed = texts[f"{tense}_unnamed"]
    who = (
        who if who.isupper() else who.lower()
    )  # "the SENCO", "the GP" keep their capitals; "the Manager" does not
    named = _fill(texts[tense], who=who) if who else []
    if tense == "past" and context.time:
        unnamed = _fill(texts["past_time_unnamed"], time=context.time) + unnamed
        named = _fill(texts["past_time"], who=who, time=context.time) + named if who else []
    return named + unnamed


def skill_probe(text: str, skill: str, turn_index: int) -> str:
    tails: list[str] = probe_texts()["skill_tails"]
    tail = tails[turn_index % len(tails)]
    clause = action_clause(text, prefer=skill)
    if clause and skill.lower() in clause.lower():
        return f"You mentioned that {clause} — {tail}"
    shown = skill_mention(text, skill) or skill
    return f"You mentioned {shown} — {tail}"


# --- the follow-up of an interview --------------------------------------------------------------------------
def subject_of(state: InterviewState, question: PlannedQuestion | None) -> str:
    """What the planned question is about, in the plan's words: the resume item or the competency's name."""
    if question is None or state.plan is None:
        return ""
    if question.resume_item:
        return ""  # a resume item is a whole line: the question's own words say it better
    competency = next((c for c in state.plan.competencies if c.id == question.competency_id), None)
    # The plan names it as it reads inside a sentence: "EYFS" and "Paediatric First Aid" keep their capitals.
    return competency.name if competency is not None and competency.kind == "job_knowledge" else ""


def context_of(state: InterviewState) -> ProbeContext:
    answered = state.turns[-1]
    clean, _ = neutralise(answered.answer or "")
    question = planned(state, answered.question_id)
    subject = subject_of(state, question)
    if question is not None and question.rephrasings and answered.kind != "follow_up":
        restated = question.rephrasings  # the plan's own, authored for its questions
    else:
        restated = restatements(without_asked_again_lead(answered.question), subject)
    return ProbeContext(
        answer=clean,
        question=answered.question,
        phase=answered.phase,
        subject=subject,
        restated=tuple(restated),
        asked_again=tuple(
            t.question
            for t in state.turns
            if t.kind == "follow_up" and t.question.startswith(asked_again_leads())
        ),
    )


def _opening_covered(answer: str) -> bool:
    """An opening answer that says what the candidate has done and why this role (`opening_covered`)."""
    background = probe_texts()["opening_covered"]["background"]
    return re.search(background, answer, re.IGNORECASE) is not None and gives_a_reason(answer)


def cues(state: InterviewState, features: AnswerFeatures) -> FollowUpCues:
    last = state.turns[-1]
    missing = tuple(features.signals.missing_star) if last.phase == Phase.BEHAVIORAL else ()
    question = planned(state, last.question_id)
    clean, _ = neutralise(last.answer or "")
    if asks_to_skip(clean):
        return FollowUpCues()  # a request to skip the question is granted: the interview moves on
    flag = red_flag_sentence(clean, question.rubric.red_flags) if question else None
    # a step left out "because it's faster": probed as unsafe practice is (the score is the scorer's to judge)
    flag = flag or shortcut_for_ease(clean)
    handed = handed_to(clean)
    if handed is not None:
        flag = None  # "That's the pharmacist's job, not mine" is asked for the candidate's own part, not its risks
    if flag and last.kind == "follow_up" and (quotable_part(flag) is None or _quoted_in(flag, state.turns)):
        # said in answer to a follow-up: a second probe of the question is for a statement it can quote and
        # has not put to the candidate yet (unquoted, it would ask what the first probe asked)
        flag = None
    return FollowUpCues(
        vague=features.vague and not (last.phase == Phase.INTRODUCTION and _opening_covered(clean)),
        missing_star=missing,
        probe_skill=probe_skill(state, features),
        red_flag=flag,
        repeated=repeats_earlier(state, clean),
        handed_to=handed,
        # (a bare no or a don't-know to a follow-up has nothing more to give: the interview moves on)
        bare_word=0 < features.signals.words <= ONE_WORD_REPLY
        and not gives_nothing(clean)
        and asks_for_account(last.question),
        not_answered=features.signals.words <= ONE_WORD_REPLY
        or features.signals.gibberish
        or features.signals.foreign
        or (features.vague and features.signals.words < NON_ANSWER_WORDS),
    )


# The share of an answer's sentences said before, word for word, for it to be the same answer again.
REPEATED_SHARE = 0.8


def repeats_earlier(state: InterviewState, clean: str) -> bool:
    """The last answer says again what earlier answers said: most of its sentences (of some length) are theirs."""
    said = repeatable_sentences(clean)
    if not said:
        return False
    earlier = earlier_sentences(
        [t.answer for t in state.turns[:-1] if t.answer is not None and t.answer_kind == "answer"]
    )
    return len(said & earlier) >= REPEATED_SHARE * len(said)


def repeated_probes(context: ProbeContext) -> list[str]:
    texts = probe_texts()["repeated"]
    probes = _fill(texts["time"], time=context.time) if context.time else []
    probes += _fill(texts["subject"], subject=context.subject) if context.subject and not context.time else []
    return probes + texts["generic"]


def probe_skill(state: InterviewState, features: AnswerFeatures) -> str | None:
    """A relevant skill the candidate claims hands-on experience with, worth one probe."""
    budgets = plan_of(state)
    if features.vague or features.signals.first_person_actions == 0:
        return None
    if follow_ups_used(state) + 1 >= budgets.max_follow_ups:
        return None  # keep the last follow-up for a vague answer or a STAR gap
    if state.plan is not None and state.plan.family != "software":
        return None  # the software skill vocabulary says nothing about other occupations
    profile = profile_of(state)
    probed = set(strings(state.scratch[PROBED]))
    relevant = (*profile.focus, *profile.job_skills, *profile.resume_skills)
    for skill in features.skills:
        if skill in relevant and skill not in probed:
            return skill
    return None


def _quoted_in(statement: str | None, turns: list[Turn]) -> bool:
    """Whether the part of the statement a probe would quote was put to the candidate in one of `turns`."""
    quote = quotable_part(statement) if statement else None
    return quote is not None and any(quote in turn.question for turn in turns)


def _job_terms(state: InterviewState) -> tuple[str, ...]:
    """The job's own words (never a protected topic when they name the work, e.g. "medication")."""
    if state.plan is None:
        return ()
    return tuple(c.name for c in state.plan.competencies if c.kind == "job_knowledge")


def follow_up(
    state: InterviewState,
    decision: Decision,
    features: AnswerFeatures,
    cues_: FollowUpCues,
    bank: QuestionBank,
) -> NextQuestion | None:
    """A follow-up on the last answer; None when no candidate is new and safe."""
    answered = state.turns[-1]
    question = planned(state, answered.question_id)
    bank_question = (
        bank.question(question.source.removeprefix("bank:"))
        if question and question.source.startswith("bank:")
        else None
    )
    asked = asked_texts(state)
    bank_follow_ups = [
        f for f in (bank_question.follow_ups if bank_question else ()) if is_new(state, f, asked)
    ]
    candidates = _candidates(decision, context_of(state), features, cues_, answered.index, bank_follow_ups)
    if decision.reason == "red_flag" and _quoted_in(cues_.red_flag, state.turns[:-1]):
        # the same statement said again in a later answer: probed again without quoting it a second time
        candidates = red_flag_probes(None)
    terms = _job_terms(state)
    for candidate in [*candidates, *bank_follow_ups]:
        if not is_new(state, candidate, asked):
            continue
        if guard_question(candidate, fallback="", job_terms=terms) == candidate:
            return NextQuestion(
                candidate,
                answered.phase,
                "follow_up",
                answered.question_id,
                answered.topic,
                answered.competency_id,
            )
    return None


def _candidates(
    decision: Decision,
    context: ProbeContext,
    features: AnswerFeatures,
    cues_: FollowUpCues,
    index: int,
    bank_follow_ups: list[str],
) -> list[str]:
    if decision.reason == "red_flag" and cues_.red_flag:
        return red_flag_probes(quotable_part(cues_.red_flag))
    if decision.reason == "repeated":
        return repeated_probes(context)
    if decision.reason == "handed_off":
        return own_part_probes(context, cues_.handed_to or "")
    if decision.reason == "vague":
        return vague_probes(context, features, bank_follow_ups[0] if bank_follow_ups else None)
    if decision.reason == "star":
        return star_probes(context, decision.missing_star)
    if decision.reason == "probe" and decision.probe_skill:
        return [skill_probe(context.answer, decision.probe_skill, index + shift) for shift in range(4)]
    return []
