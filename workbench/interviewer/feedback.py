"""From the evidence to the running notes, the assessment's summary and the candidate-facing feedback.

The candidate's feedback names strengths and improvements per competency with their own words and never a
number; what it says about coverage comes from the scorecard, which is computed from the plan and the turns.
Comfort never enters here, and a red flag is never praised.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.interviewer.api import SessionAssessment, Turn
from workbench.interviewer.motivation import gives_a_reason, of_the_candidate
from workbench.interviewer.number_words import NUMBER_WORDS
from workbench.interviewer.phrasing import spoken_title
from workbench.interviewer.unsafe_practice import unsafe_flag
from workbench.models import Scorecard, ScorecardEntry

STRENGTH_SCORE = 4  # on the 1–5 rubric scale 4 means a strong, specific answer
PROBE_SCORE = 2
WEAK_SCORE = 2  # a 1 or 2: the answer fell short of the middle anchor
MAX_NOTES = 5
# What a fuller answer shows, by the kind of competency (the plan's `kind`; the opening's motivation apart):
# in full the first time and briefly after that, so that five areas to improve do not read as one sentence
# pasted five times.
_HOW_TO_GROW = {
    "motivation": (
        "say what in this role draws you and which part of your experience fits it best",
        "say what draws you to the role",
    ),
    "behavioural": (
        "tell one real occasion from start to finish: what was at stake, what you did yourself and how it "
        "turned out",
        "say what you did yourself and how it ended",
    ),
    "job_knowledge": (
        "take us through how you do it, step by step, with one case of your own and how you checked the result",
        "walk us through your steps and one case of your own",
    ),
    "": (
        "give one specific example of your own: what you did, why you chose it, and how you checked the result",
        "give one specific example of your own",
    ),
}
# The opening that said why this role (`motivation.gives_a_reason`) is not told to say it: what it lacked is the
# link from the reason to the candidate's own experience.
_REASON_GIVEN = (
    "link the reason you gave to one part of your own experience that fits this role",
    "link your reason to one part of your experience",
)
# What the fuller answer adds, part by part, so that the advice asks only for what the answers left out (a follow-up
# does the same): the part of an account (`Turn.assessment.star`) that shows it was given, and how to ask for it.
_PARTS = {
    "behavioural": (
        ("situation", "what was at stake"),
        ("action", "what you did yourself"),
        ("result", "how it turned out"),
    ),
    "job_knowledge": (
        ("situation", "tell one case of your own"),
        ("result", "say how you checked the result"),
    ),
}
# every part told, and still short of a strong answer: what it lacked is depth, not a missing part
_DEEPER = {
    "behavioural": "say why you chose what you did and what you would weigh differently another time",
    "job_knowledge": "take us through how you do it, step by step, and why each step matters",
}
# an answer that said why this role (`told_parts`), whichever of its sentences the scorecard quotes
REASON = "reason"
ACROSS_ANSWERS = "this came through in how you answered across the interview"
# How a strength is introduced, rotated within each kind so that the list does not repeat one phrase.
_STRENGTH_LEADS = {
    # the opening: why the role, and which experience fits it (it is not an example of past work)
    "motivation": ("you linked your experience to the role", "you said clearly what draws you to the role"),
    "behavioural": ("you gave a specific example of your own", "you told us what you did and how it ended"),
    "job_knowledge": ("you set out your own practice", "you explained what you do and why"),
    "": ("you gave a specific example of your own", "you were specific"),
}


def _turn_scores(turns: Sequence[Turn]) -> dict[str, list[int]]:
    """The latest score per planned question, grouped by competency name (null scores are no evidence)."""
    latest: dict[tuple[str, str], int] = {}
    for turn in turns:
        for item in turn.assessment.competencies if turn.assessment else []:
            if item.score is not None:
                latest[(item.name, turn.question_id or str(turn.index))] = item.score
    grouped: dict[str, list[int]] = {}
    for (name, _), score in latest.items():
        grouped.setdefault(name, []).append(score)
    return grouped


def running_notes(turns: Sequence[Turn]) -> tuple[list[str], list[str]]:
    """`strengths_identified` and `areas_to_probe` from the evidence so far (the interview's turns)."""
    answered = [turn for turn in turns if turn.assessment is not None]
    strengths: list[str] = []
    probes = _habit_probes(answered)
    for name, scores in _turn_scores(turns).items():
        average = sum(scores) / len(scores)
        if average >= STRENGTH_SCORE - 0.5:
            strengths.append(name)
        elif average <= PROBE_SCORE + 0.5:
            probes.append(name)
    return strengths[:MAX_NOTES], list(dict.fromkeys(probes))[:MAX_NOTES]


def _habit_probes(answered: list[Turn]) -> list[str]:
    """Patterns across answers worth probing, listed before single competencies. A STAR result counts as
    missing only while no answer to that question (follow-ups included) has given one."""
    probes = []
    if sum(1 for turn in answered if turn.assessment and turn.assessment.vague) >= 2:
        probes.append("specific examples")
    results: dict[str, bool] = {}
    for turn in answered:
        if turn.phase.value == "behavioral" and turn.assessment and turn.assessment.star:
            key = turn.question_id or str(turn.index)
            results[key] = results.get(key, False) or turn.assessment.star.get("result", True)
    if any(not given for given in results.values()):
        probes.append("measurable results")
    return probes


def _quoted(entry: ScorecardEntry, inside: bool = False) -> str:
    """The entry's first quote; `inside` a sentence that goes on, without its own full stop ('you said “…at Mile
    Cross Primary”; next time', not '“…Primary.”; next time')."""
    if not entry.evidence:
        return ""
    quote = entry.evidence[0].quote
    return f"\u201c{quote.rstrip('.') if inside else quote}\u201d"


def _second_look(entry: ScorecardEntry) -> str:
    """What was said that is not accepted practice, in the candidate's words where the scorecard quotes them: the
    general flag describes a kind of statement ("a required check … set aside"), not what the candidate said."""
    named = [flag for flag in entry.red_flags if flag != unsafe_flag()]
    # the quote's own full stop gives way to the sentence it stands in ("…slows things down”, which is…")
    said = f"you said \u201c{entry.evidence[0].quote.rstrip('.')}\u201d" if entry.evidence else ""
    if not named:
        practice = f"{said}, which is not the accepted practice" if said else "a step was set aside"
        return f"{practice}; think through what could go wrong and what the standard procedure asks"
    flagged = "; ".join(named)
    return f"\u201c{flagged}\u201d is not the accepted practice" + (f" ({said})" if said else "")


def _kind(entry: ScorecardEntry, table: dict[str, tuple[str, str]]) -> str:
    if entry.competency_id in table:
        return entry.competency_id
    return entry.kind if entry.kind in table else ""


def _strength(entry: ScorecardEntry, seen: dict[str, int]) -> str:
    kind = _kind(entry, _STRENGTH_LEADS)
    leads = _STRENGTH_LEADS[kind]
    lead = leads[seen.get(kind, 0) % len(leads)]
    seen[kind] = seen.get(kind, 0) + 1
    if not entry.evidence:  # rated across the interview (communication) with no quote of its own question
        return f"{entry.name}: {ACROSS_ANSWERS}"
    return f"{entry.name}: {lead} \u2014 {_quoted(entry)}"


def _how_to_grow(
    entry: ScorecardEntry, advised: set[str], told: frozenset[str] = frozenset()
) -> tuple[str, bool]:
    """The advice for the entry's kind of competency, and whether it is the full one (the first time). When the
    answers told part of an account (`told`), it asks for the rest only: no "one case of your own" after one was
    told."""
    kind = _kind(entry, _HOW_TO_GROW)
    asked_for = _rest_of(kind, told)
    if asked_for is not None:
        return asked_for, True
    reason = _gave_a_reason(entry, kind) or (kind == "motivation" and REASON in told)
    full, brief = _REASON_GIVEN if reason else _HOW_TO_GROW[kind]
    if kind in advised:
        return brief, False
    advised.add(kind)
    return full, True


def _gave_a_reason(entry: ScorecardEntry, kind: str) -> bool:
    return kind == "motivation" and any(gives_a_reason(item.quote) for item in entry.evidence)


def _rest_of(kind: str, told: frozenset[str]) -> str | None:
    """What the answers left out of the account, or None when they told none of its parts (the general advice)."""
    parts = _PARTS.get(kind, ())
    if not parts or not any(part in told for part, _ in parts):
        return None
    missing = [wording for part, wording in parts if part not in told]
    if not missing:
        return _DEEPER[kind]
    if kind == "job_knowledge":
        return f"take us through how you do it, step by step, and {_join(missing)}"
    return f"say {_join(missing)}"


def told_parts(turns: Sequence[Turn], competency_of: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Per competency id, the parts of an account its answers told (situation, action, result), read from each
    answered turn's `star` and mapped through its question (`competency_of`: question id -> competency id)."""
    told: dict[str, set[str]] = {}
    for turn in turns:
        competency = competency_of.get(turn.question_id or "")
        if competency is None or turn.assessment is None or not turn.answer:
            continue
        told.setdefault(competency, set()).update(p for p, given in turn.assessment.star.items() if given)
        if turn.answer_kind in ("answer", "addition") and gives_a_reason(
            turn.answer
        ):  # "cos i want to learn and i like helping people", unquoted or not
            told[competency].add(REASON)
    return {competency: frozenset(parts) for competency, parts in told.items()}


def _improvement(entry: ScorecardEntry, advised: set[str], told: frozenset[str] = frozenset()) -> str | None:
    if entry.red_flags:
        return f"{entry.name}: one point needs a second look \u2014 {_second_look(entry)}"
    if entry.coverage == "no_evidence":
        advice, _ = _how_to_grow(entry, advised)
        return f"{entry.name}: your answer did not give us evidence on this; next time, {advice}"
    if entry.score is not None and entry.score < STRENGTH_SCORE:
        advice, full = _how_to_grow(entry, advised, told)
        further = f"to go further, {advice}" if full else f"here too, {advice}"
        if not entry.evidence:
            return f"{entry.name}: {further}"
        if entry.score <= WEAK_SCORE:  # a 1 or 2 is no "good start": the quote, then what was missing
            return f"{entry.name}: you said {_quoted(entry, inside=True)}; next time, {advice}"
        return f"{entry.name}: you said {_quoted(entry, inside=True)} \u2014 a good start; {further}"
    return None


def with_feedback(
    assessment: SessionAssessment,
    scorecard: Scorecard,
    title: str,
    told: Mapping[str, frozenset[str]] | None = None,
) -> SessionAssessment:
    """The assessment with its summary, strengths and areas to improve, all from the scorecard (and, for the
    advice, what the answers told: `told_parts`)."""
    told = told or {}
    scorecard = _motivation_in_its_words(scorecard)
    seen: dict[str, int] = {}
    strengths = [
        _strength(e, seen)
        for e in scorecard.competencies
        if (e.score or 0) >= STRENGTH_SCORE and not e.red_flags
    ]
    advised: set[str] = set()
    improve = [
        text
        for e in scorecard.competencies
        if (text := _improvement(e, advised, told.get(e.competency_id, frozenset())))
    ]
    return assessment.model_copy(
        update={
            "summary": summary(scorecard, title),
            "strengths": strengths,
            "areas_to_improve": improve,
        }
    )


def _motivation_in_its_words(scorecard: Scorecard) -> Scorecard:
    """The scorecard as the feedback reads it: on motivation, only quotes that speak of the candidate's background
    or reasons are said back ("you said 'i isolate the supply first then drain down'" is a task told, not why
    this role); the hiring scorecard itself keeps all its evidence."""
    entries = [
        e.model_copy(update={"evidence": [item for item in e.evidence if of_the_candidate(item.quote)]})
        if e.competency_id == "motivation"
        and not e.red_flags  # (what needs a second look is said back as said)
        else e
        for e in scorecard.competencies
    ]
    return scorecard.model_copy(update={"competencies": entries})


def _in_sentence(entry: ScorecardEntry) -> str:
    """A competency's name inside a sentence: the library's behavioural names are sentence case ("Problem
    solving"), so they lose their capital; a job's own terms keep theirs ("Sage Payroll", "HTM 01-05")."""
    name = entry.name
    if entry.kind == "behavioural" and name[:1].isupper() and name[1:2].islower():
        return name[0].lower() + name[1:]
    return name


def summary(scorecard: Scorecard, title: str) -> str:
    """Two or three sentences, without numbers; every coverage statement follows from the scorecard."""
    title = spoken_title(title)
    if scorecard.status == "insufficient_evidence":
        text = (
            f"We did not hear enough to reach an overall view of your fit for the {title} role: "
            f"{_evidenced_share(scorecard.competencies_evidenced, scorecard.competencies_planned)}."
        )
    elif (scorecard.overall or 0) >= STRENGTH_SCORE:
        text = f"Overall, you gave a strong account of yourself for the {title} role, with specific examples."
    elif (scorecard.overall or 0) >= 3:
        text = (
            f"Overall, you showed a solid foundation for the {title} role, with room to go deeper in places."
        )
    else:
        text = (
            f"Overall, we saw limited evidence of the experience the {title} role needs in this conversation."
        )
    not_asked = [_in_sentence(e) for e in scorecard.competencies if e.coverage == "not_asked"]
    if not_asked:
        text += " We did not get to " + _join(not_asked) + " in the time we had."
    unanswered = [_in_sentence(e) for e in scorecard.competencies if e.coverage == "not_answered"]
    if unanswered:
        text += " We did not hear your answer on " + _join(unanswered) + "."
    return text


def _evidenced_share(evidenced: int, planned: int) -> str:
    areas = f"the {_count(planned)} areas the interview covers"
    if evidenced == 0:
        return f"your answers did not yet give evidence on any of {areas}"
    return f"your answers gave evidence on {_count(evidenced)} of {areas}"


_WORDS = ("no", *NUMBER_WORDS[1:13])  # "no areas", one to twelve


def _count(number: int) -> str:
    # Past twelve the figure itself reads better than a word ("many of the many areas" says nothing).
    return _WORDS[number] if 0 <= number < len(_WORDS) else str(number)


def _join(names: list[str]) -> str:
    """ "a, b and c"; with a comma before the last "and" when a name holds an "and" of its own, so that the
    names stay apart: "patient-centred care, safety and compliance, and teamwork and collaboration", not
    "... safety and compliance and teamwork and collaboration"."""
    if len(names) == 1:
        return names[0]
    last = ", and " if any(" and " in name for name in names) else " and "
    return ", ".join(names[:-1]) + last + names[-1]


def candidate_feedback(
    scorecard: Scorecard, first_name: str, title: str, told: Mapping[str, frozenset[str]] | None = None
) -> str:
    """The candidate-facing feedback (`interview_ended.final_feedback`): specific, in their words, no scores."""
    greeting = f"Thank you for interviewing for the {spoken_title(title)} role{', ' + first_name if first_name else ''}."
    assessment = with_feedback(SessionAssessment(), scorecard, title, told)
    lines = [greeting, assessment.summary]
    if assessment.strengths:
        lines.append("What went well:")
        lines.extend(f"- {item}" for item in assessment.strengths)
    if assessment.areas_to_improve:
        lines.append("Where you could grow:")
        lines.extend(f"- {item}" for item in assessment.areas_to_improve)
    lines.append("We appreciate the time you took to speak with us.")
    return "\n".join(lines)
