"""Conversation repair as turns: a reply that is not an answer is recorded as what it is, and the question stands.

A request to clarify gets the open question in other words (the plan's rephrasings for its own questions, the
question's own words recast for a follow-up); the candidate's own question gets an answer from the job record
and then the open question again — the one actually asked, a follow-up included. `repair.py` recognises the
replies and words the answers; this module turns them into the interview's next turn.
"""

from __future__ import annotations

import re
from datetime import datetime

from workbench.interviewer import addition
from workbench.interviewer.agenda import planned
from workbench.interviewer.api import AnswerAssessment, InterviewState, NextStep, Turn, TurnKind
from workbench.interviewer.assent import go_ahead, go_ahead_question
from workbench.interviewer.bank import normalise_text
from workbench.interviewer.beside import asked_inside
from workbench.interviewer.choice import choice_answer, options_offered
from workbench.interviewer.controller import is_nudge
from workbench.interviewer.glossary import ad_clause, asked_term, meaning_in_ad
from workbench.interviewer.guards import neutralise
from workbench.interviewer.job_answers import answer_from_job, routes, varied_routing
from workbench.interviewer.phrasing import closing_line, opening_line
from workbench.interviewer.planning.casing import upper_first
from workbench.interviewer.probing import nudges_naming_nothing
from workbench.interviewer.repair import (
    anything_else,
    back_to_question,
    clarification_ack,
    hesitation_ack,
    reply_kind,
    term_not_in_question,
    trailing_question,
)
from workbench.interviewer.repair_rules import asks_to_repeat, rules
from workbench.interviewer.restate import lower_first, restate_rules, restatements, without_leads
from workbench.interviewer.said_again import said_again_leads
from workbench.interviewer.scratch import first_name, plan_of
from workbench.interviewer.stemming import STOPWORDS, stem
from workbench.models import AnswerKind, JobDetails, Phase

MAX_REPAIRS_PER_QUESTION = 2  # then the reply is taken as the answer, so an interview always moves on
MAX_CLOSING_QUESTIONS = 2
ALREADY_SAID = "As I mentioned,"
QUESTION_LEAD = "On your question:"
# Said when nothing recasts a question: the question kept, with a way in.
PLAIN_REPHRASING = (
    "Let me put that more simply: could you give me one specific example from your own work, what you did "
    "yourself, and how it turned out?"
)


def repair(state: InterviewState, answer: str, now: datetime) -> tuple[InterviewState, NextStep] | None:
    """A request to clarify, or the candidate's own question: handled here and never taken as an answer.
    None when the reply is an answer (or the question was repaired twice already)."""
    last = state.turns[-1]
    clean, _ = neutralise(answer)
    if _adds_to_previous(state, clean):
        replied = mark_reply(state, answer, now, "addition")
        question = _put_back(state)
        return ask_again(replied, last, "clarification", question, addition.acknowledgement_of(clean), now)
    kind = reply_kind(clean, at_closing=last.phase == Phase.CONCLUSION, question=open_question(state))
    if kind == "answer":
        return None
    repairs = sum(1 for t in state.turns if t.question_id == last.question_id and t.answer_kind == kind)
    limit = MAX_CLOSING_QUESTIONS if last.phase == Phase.CONCLUSION else MAX_REPAIRS_PER_QUESTION
    if repairs >= limit and not (kind == "candidate_question" and last.phase == Phase.CONCLUSION):
        return None
    replied = mark_reply(state, answer, now, kind)
    if kind == "end_request":  # granted at once: the candidate decides how long the interview lasts
        ended = f"{rules().config['end_request']['reply']} {closing_line(first_name(state))}"
        return replied, NextStep(response=ended, question="", completed=True)
    if kind == "hesitation":  # "...", "hmm": time given, and the question said again as it was asked
        asked = upper_first(as_asked(open_question(state)))
        return ask_again(replied, last, "clarification", asked, hesitation_ack(len(state.turns)), now)
    if kind == "assent":  # "Yes." to "Could you walk me through ...?": the story is still to come
        asked = go_ahead_question(open_question(state)) or open_question(state)
        return ask_again(replied, last, "clarification", asked, go_ahead(len(state.turns)), now)
    if kind == "clarification_request" and asks_to_repeat(clean):
        # "could you repeat that?": the question as it was asked, word for word (a recast would be a new question)
        asked = _repeated(state)
        again: list[str] = rules().config["clarification"]["repeat_responses"]
        return ask_again(replied, last, "clarification", asked, again[len(state.turns) % len(again)], now)
    if kind == "clarification_request":
        question = rephrase(state, repairs)
        ack = clarification_ack(len(state.turns))
        term = term_not_in_question(clean, _said_of_question(state))
        if (in_ad := _named_in_ad(clean, state)) is not None:  # a term of the job, not of this question
            ack = in_ad
        elif term is not None:  # a term of another question: said to be none of this one, not explained away
            ack = str(rules().config["clarification"]["not_in_question"]).format(term=term)
        elif (meaning := _meaning_asked(clean, state.job)) is not None:
            ack = f"{ack} {meaning}"
        elif (options := options_offered(clean)) is not None:  # "Do you mean X or Y?": the choice answered
            ack = choice_answer(options, _said_of_question(state))
        return ask_again(replied, last, "clarification", question, ack, now)
    earlier = _routed_before(state.turns[:-1], state.job)
    response = interview_length(clean, state, now) or varied_routing(
        answer_from_job(clean, state.job), state.job, earlier
    )
    if _asked_before(state, clean):  # the same question again: said as a reminder, not as news
        response = f"{ALREADY_SAID} {lower_first(response)}"
    if last.phase == Phase.CONCLUSION:
        if repairs + 1 >= MAX_CLOSING_QUESTIONS:
            closing = f"{response} {closing_line(first_name(state))}"
            return replied, NextStep(response=closing, question="", completed=True)
        return ask_again(replied, last, "candidate_question", anything_else(), response, now)
    question = _put_back(state)
    return ask_again(replied, last, "candidate_question", question, response, now)


def _repeated(state: InterviewState) -> str:
    """The open question as it was asked, for "could you repeat that?"; a nudge to a bare reply that names nothing
    of its own ("Could you say a bit more? ... in that situation") said with the question it follows."""
    turn = _asked_turn(state)
    asked = upper_first(as_asked(_without_greeting(state, turn)))
    if not is_nudge(state.turns, turn.index):
        return asked
    before = upper_first(as_asked(_without_greeting(state, state.turns[turn.index - 1])))
    if _content(asked) & _content(before):  # "... how you handle driving the van, ...": it names its subject
        return asked
    return str(rules().config["clarification"]["repeat_nudge"]).format(question=before, follow_up=asked)


def _content(text: str) -> set[str]:
    return {stem(word) for word in re.findall(r"[a-z]{3,}", text.lower()) if word not in STOPWORDS}


def _put_back(state: InterviewState) -> str:
    """The open question said again after the candidate's question or addition: a scene whole, as asked ("Coming
    back to my question. Picture this: ..."), any other after the lead-in, without the leads it was said with."""
    asked = as_asked(open_question(state))
    if restate_rules().scene_leads.match(asked):
        return back_to_question(upper_first(asked), whole=True)
    return back_to_question(lower_first(bare_question(open_question(state))))


def _adds_to_previous(state: InterviewState, said: str) -> bool:
    """An addition to the answer before ("Oh, and also, about the keys ..."), said to the next agenda item's
    question once only (a second one is taken as the answer, so the interview moves on)."""
    last = state.turns[-1]
    if last.phase == Phase.CONCLUSION or any(
        t.answer_kind == "addition" for t in state.turns if t.question_id == last.question_id
    ):
        return False
    answered = [
        t for t in state.turns[:-1] if t.answer is not None and t.answer_kind in ("answer", "addition")
    ]
    # the answer it adds to: the first one when it says so ("going back to the first question ..."), even to a
    # follow-up's question, else the one before
    first = answered[0] if answered and addition.adds_to_first(said) else None
    previous = first or (answered[-1] if answered else None)
    if previous is None:
        return False
    # "sorry, back on the hoist question, I meant ...": said to any question, a follow-up's too
    earlier = [t for t in answered if t.question_id != last.question_id]
    current = [t for t in state.turns if t.question_id == last.question_id]
    if addition.opens_with_correction(said) and not any(
        t.answer is not None and t.answer_kind in ("answer", "addition") for t in current
    ):
        return True  # nothing of the open question said yet: the correction is of an earlier answer
    # The earlier answers' texts are built only for a reply that could use them: most replies neither refer back
    # nor open as an addition, and cleaning every earlier answer again cost ~25 us an answer each turn.
    if addition.refers_back(said) and addition.names_earlier(
        said,
        " ".join([open_question(state), *(f"{t.question} {t.answer or ''}" for t in current)]),
        " ".join(
            f"{without_opening_line(state, t.question)} {neutralise(t.answer or '')[0]}" for t in earlier
        ),
    ):
        return True
    if previous.question_id == last.question_id or not addition.opens_as_addition(said):
        # a follow-up's question: more said of the same item is its answer; and no addition without its opener
        return False
    before = f"{without_opening_line(state, previous.question)} {neutralise(previous.answer or '')[0]}"
    return addition.is_addition(said, before, open_question(state))


def asks_past_repairs(state: InterviewState, answer: str) -> bool:
    """The candidate's own question past the repairs its question allows (`repair` let it through): it is
    answered and the interview moves on, but it is no answer to the question (not evidence, not probed: "and
    whats the next steps after this" was quoted as evidence on working at height and asked to be "more
    concrete")."""
    last = state.turns[-1]
    if last.phase == Phase.CONCLUSION:
        return False
    said = neutralise(answer)[0]
    return reply_kind(said, question=open_question(state)) == "candidate_question"


def as_own_question(state: InterviewState) -> InterviewState:
    """The open turn marked as one whose reply is the candidate's own question (`asks_past_repairs`)."""
    last = state.turns[-1].model_copy(update={"answer_kind": "candidate_question"})
    return state.model_copy(update={"turns": [*state.turns[:-1], last]})


def _routed_before(turns: list[Turn], job: JobDetails) -> int:
    """How many of the candidate's own questions in the turns, asked alone or inside an answer, were routed to
    the hiring team: each routed one is routed in other words than the last (`job_answers.varied_routing`), and one
    answered from the job record ("where is it based?") is no routing, so the next is not "not here either"."""
    asked = [_question_in(t.answer, t.answer_kind) for t in turns if t.answer is not None]
    return sum(
        1 for question in asked if question is not None and routes(answer_from_job(question, job), job)
    )


def _question_in(answer: str, kind: str) -> str | None:
    if kind == "candidate_question":
        return answer
    said = neutralise(answer)[0]
    return (trailing_question(said) or asked_inside(said)) if kind == "answer" else None


def answering_its_question(
    step: NextStep, answer: str, state: InterviewState, question: str = ""
) -> NextStep:
    """An answer that ends on the candidate's own question about the job ("... Is there parking on site?") is
    scored as an answer, and its question is answered before the interview moves on."""
    said = neutralise(answer)[0]
    asked = trailing_question(said) or asked_inside(
        said
    )  # "..., sorry, what hours are the shifts? and I'd ..."
    if asked is None and reply_kind(said, question=question) == "candidate_question":
        asked = said  # the candidate's own question past the repairs a question allows: answered (`asks_past_repairs`)
    if asked is None:
        return step
    job = state.job
    earlier = _routed_before([t for t in state.turns if t.answer is not None][:-1], job)
    reply = f"{QUESTION_LEAD} {lower_first(varied_routing(answer_from_job(asked, job), job, earlier))}"
    return step.model_copy(update={"response": f"{reply} {step.response}".strip()})


def interview_length(text: str, state: InterviewState, now: datetime) -> str | None:
    """ "Is this going to take long?": the interview's own length, from the plan's time budget and the clock (the
    hiring team's timeline is another question), or None when the text does not ask it."""
    if not rules().topics["interview_length"].search(text):
        return None
    config = rules().config["candidate_question"]
    total = round(plan_of(state).max_duration)
    elapsed = state.minutes_elapsed(now)
    left = round(total - elapsed)
    if elapsed < 1:
        return str(config["interview_length_start"]).format(total=total)
    if left < 1:
        return str(config["interview_length_over"]).format(total=total)
    return str(config["interview_length"]).format(
        total=total, elapsed=_minutes(round(elapsed)), left=_minutes(left)
    )


def _minutes(count: int) -> str:
    return "a minute" if count == 1 else f"{count} minutes"


def _meaning_asked(text: str, job: JobDetails) -> str | None:
    """What the ad says the asked term means, as a sentence, or None (the ad does not explain it)."""
    term = asked_term(text)
    meaning = meaning_in_ad(term, job) if term else None
    if term is None or meaning is None:
        return None
    return str(rules().config["clarification"]["defined_in_ad"]).format(term=term, meaning=meaning)


def _named_in_ad(text: str, state: InterviewState) -> str | None:
    """A term the question does not name but the job ad does ("what do you mean by care of the deceased?"), said
    where the ad says it: it is part of the job, and no "no need to worry about it". None for a term of the
    question, or one the ad does not name (or explains: `_meaning_asked` says it)."""
    term = asked_term(text)
    if term is None or meaning_in_ad(term, state.job) is not None:
        return None
    if _bare_words(term) <= _bare_words(_said_of_question(state)):
        return None
    clause = ad_clause(term, state.job)
    if clause is None:
        return None
    return str(rules().config["clarification"]["in_ad_not_question"]).format(term=term, clause=clause)


def _bare_words(text: str) -> set[str]:
    return {word.rstrip("s") for word in re.findall(r"[a-z0-9]{2,}", text.lower())} - STOPWORDS


def _said_of_question(state: InterviewState) -> str:
    """Every wording of the open question put so far (its rephrasings too), and the planned one."""
    last = state.turns[-1]
    core = planned(state, last.question_id)
    said = [t.question for t in state.turns if t.question_id == last.question_id]
    return " ".join([*said, core.text if core is not None else ""])


def _asked_before(state: InterviewState, question: str) -> bool:
    asked = normalise_text(question)
    return any(
        t.answer_kind == "candidate_question" and normalise_text(neutralise(t.answer or "")[0]) == asked
        for t in state.turns[:-1]
    )


def open_question(state: InterviewState) -> str:
    """The question the candidate still owes an answer to: the last one put on this agenda item that was not
    itself a "coming back to my question" (a follow-up, a rephrasing or the planned question)."""
    last = state.turns[-1]
    for turn in reversed(state.turns):
        if turn.question_id != last.question_id:
            break
        if turn.kind != "candidate_question":
            return _without_greeting(state, turn)
    core = planned(state, last.question_id)
    return core.text if core is not None else last.question


def _without_greeting(state: InterviewState, turn: Turn) -> str:
    """The opening question without the greeting (and who is asking) said before it: "Coming back to my question: to
    start, could you walk me through ...", not "Coming back to my question: Hi Sam, thanks for joining this
    interview ..."."""
    if turn.index == 0:
        return without_opening_line(state, turn.question) or turn.question
    return turn.question


def without_opening_line(state: InterviewState, question: str) -> str:
    """A turn's question without the first turn's greeting and AI notice (`phrasing.opening_line`) before it."""
    return question.removeprefix(opening_line(first_name(state)[:40], state.job.title)).strip()


def mark_reply(state: InterviewState, answer: str, now: datetime, kind: AnswerKind) -> InterviewState:
    """The open turn with the reply recorded as what it is (never an answer to score)."""
    notes = {
        "clarification_request": "clarification request: not an answer",
        "end_request": "asked to end the interview: not an answer",
        "assent": "a bare yes to a question asking whether they can tell: the answer is still to come",
        "addition": "an addition to the previous answer: evidence for that question, not this one",
        "hesitation": 'a pause ("...", "hmm"): no answer yet',
    }.get(kind, "candidate question")
    last = state.turns[-1].model_copy(
        update={
            "answer": answer,
            "answered_at": now,
            "answer_kind": kind,
            "assessment": AnswerAssessment(notes=notes),
        }
    )
    return state.model_copy(update={"turns": [*state.turns[:-1], last]})


def rephrase(state: InterviewState, attempt: int) -> str:
    """The open question in other words: the plan's rephrasings for its own questions, otherwise the
    question's own words recast (a follow-up, a bank question of an older plan)."""
    asked = _asked_turn(state)
    question = planned(state, asked.question_id)
    if asked.kind != "follow_up" and question is not None and question.rephrasings:
        return question.rephrasings[attempt % len(question.rephrasings)]
    # Once the recastings are used up, the question is said again as first asked: a different wording each time.
    # (recast from the question itself: the leads it was said with are not stacked under the recast's own)
    asked_itself = bare_question(asked.question)
    recast = restatements(asked_itself)
    if not recast:
        return _followed_in_other_words(state, asked, attempt) or PLAIN_REPHRASING
    said = [*recast, upper_first(asked_itself)]
    return said[attempt % len(said)]


def _followed_in_other_words(state: InterviewState, nudge: Turn, attempt: int) -> str | None:
    """For a nudge that names nothing of its own ("Could you say a bit more? ... in that situation"), the question
    it follows in other words: what "What do you mean?" asks about is that question, not a new one ("one specific
    example from your own work" would turn a scenario into a story). None for any other follow-up."""
    if not is_nudge(state.turns, nudge.index):
        return None
    followed = next(
        (
            t
            for t in reversed(state.turns[: nudge.index])
            if t.question_id == nudge.question_id
            and t.kind not in ("clarification", "candidate_question", "follow_up")
        ),
        None,
    )
    if followed is None or bare_question(nudge.question) not in nudges_naming_nothing():
        # "... how you handle keeping the van stocked, ...": it names its subject, recast on its own
        return None
    question = planned(state, followed.question_id)
    if question is not None and question.rephrasings:
        return question.rephrasings[attempt % len(question.rephrasings)]
    own = bare_question(_without_greeting(state, followed))
    said = [*restatements(own), upper_first(as_asked(own))]
    return said[attempt % len(said)]


def bare_question(question: str) -> str:
    """A question without the leads it was said again with ("I didn't quite catch an answer there.", "Let me put it
    differently. The situation is this: ..."): what is recast, or said again after a pause."""
    return without_leads(
        question, _leads_said_again(), str(rules().config["candidate_question"]["restated_lead"])
    )


def _leads_said_again() -> tuple[str, ...]:
    """The leads a question is said again with: a probe's for want of an answer, and "Coming back to my question:"
    (a question that stood after an addition is open again, and is not put back twice over)."""
    return (*said_again_leads(), back_to_question("").strip(), back_to_question("", whole=True).strip())


def as_asked(question: str) -> str:
    """A question as it was asked, without the leads it was said again with ("I didn't quite catch an answer there.",
    "Let me put it differently.") but with its scene ("Picture this: ..."): what "could you repeat that?" hears."""
    return without_leads(
        question,
        _leads_said_again(),
        str(rules().config["candidate_question"]["restated_lead"]),
        scenes=False,
    )


def _asked_turn(state: InterviewState) -> Turn:
    """The turn that put the open question, before any rephrasing or "coming back to my question": a second
    request to clarify a follow-up recasts the follow-up, not the planned question it follows."""
    last = state.turns[-1]
    for turn in reversed(state.turns):
        if turn.question_id != last.question_id:
            break
        if turn.kind not in ("clarification", "candidate_question"):
            return turn
    return last


def ask_again(
    state: InterviewState, asked: Turn, kind: TurnKind, question: str, response: str, now: datetime
) -> tuple[InterviewState, NextStep]:
    """A new turn on the same agenda item as `asked` (same question id, competency and topic)."""
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
