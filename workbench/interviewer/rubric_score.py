"""The baseline's judgement of an answer against a planned question's anchored rubric.

Only evidence counts (`evidence.sift`, `evidence.addresses`). Quality is read from what the evidence contains,
in the terms of a behaviourally anchored scale: does it name the specific things, steps and checks of the work
(`specificity`: uncommon words of its own, not the question's, not buzzwords) rather than talk around them,
does it cover the rubric's look-for points, does the candidate describe their own actions, give reasons, and
check or state a result, does the candidate own the work rather than deflect it ("I just did my part"), and is
it free of puffery ("safety is so important to me") and complacency ("it's probably fine, I'd keep an eye on
it"). Counts saturate and the rest are per-sentence densities, so a long answer cannot out-score a short one by
saying more of the same; how the answer is worded (word length, "we" against "I") is not a feature. A red flag
caps the score, and so does naming nothing specific to the work (at most the 3-anchor's "general terms");
comfort never enters it. The features' weights are fitted on the train recordings (`evals.calibrate_baseline`),
each keeping the sign its meaning gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.interviewer.agenda import flag_quote
from workbench.interviewer.calibration import Calibration, active_calibration
from workbench.interviewer.evidence import (
    Evidence,
    Topic,
    addresses_question,
    quote,
    sift,
    stems,
    topic_of,
    topical_sentences,
)
from workbench.interviewer.handed_off import hands_off, left_to_others
from workbench.interviewer.motivation import gives_a_reason
from workbench.interviewer.quoting import says_something
from workbench.interviewer.red_flags import red_flags_stated
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.signals import KIND_OF_HEDGE, count_words, read_signals
from workbench.interviewer.specificity import habit, read_specificity, work_terms
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import AnchorLevel, Competency, PlannedQuestion, anchor_level

RED_FLAG_CAP = 2
THIN_EVIDENCE_CAP = 2  # fewer words of evidence than this cannot show more than a 2
THIN_EVIDENCE_WORDS = 12
# A 4 or 5 needs the content of the upper anchors: the specific things, steps or checks of the work. An answer
# that names none of them (no specific term, no figure or named thing, no look-for point) is at most the
# 3-anchor's "in general terms", however many process verbs it strings together ("I'd check it, confirm it
# with my supervisor and document it").
GENERAL_TERMS_CAP = 3
# The opening question asks what draws the candidate to the role: a career told with no reason for wanting this one,
# or a wish with none ("I've always wanted to do this job, I love it": `motivation.gives_a_reason`), answers half of
# it, below the 3-anchor's "gives a general reason for applying". Both scored 5.
MOTIVATION_ID = "motivation"
NO_REASON_CAP = 2


def gives_no_reason(question: PlannedQuestion, text: str) -> bool:
    """A motivation answer that never says why this role."""
    return question.competency_id == MOTIVATION_ID and not gives_a_reason(text)


_REASONING = case_blind(
    r"\b(?:because|so that|so the|trade-?offs?|instead of|rather than|root cause|the reason|which meant|in order"
    r" to|otherwise|to make sure|to avoid|to prevent|to check|since the|that way|which is why|the risk)\b",
    re.IGNORECASE,
)
# Checking and results: what separates a procedure recited from one carried out. A record made is one whatever
# the tense: "I recorded it" of a story, "record it on the MAR", "note the call", "write down what she said" of
# what one would do (the nouns "the records", "a log" are not: the verb takes its object).
_VERIFY = case_blind(
    r"\b(?:check(?:ed|ing|s)?|verif\w+|confirm\w*|measur\w+|monitor\w*|test(?:ed|ing)?|review(?:ed)?|audit\w*"
    r"|compar\w+|double-check\w*|re-?check\w*|track(?:ed|ing)|documented|recorded|logged|escalat\w+"
    r"|handed over|followed up|signed off)\b"
    r"|\b(?:record|document|log|note)\s+(?:it|them|this|that|what|everything|the|her|his|their|each|every|any|all)\b"
    r"|\bwrit(?:e|ing)\s+(?:(?:it|that|this|them|everything)\s+)?down\b",
    re.IGNORECASE,
)
_PROCEDURE = case_blind(
    r"\b(?:first(?:ly)?|then|next|after that|afterwards|finally|before|once|step)\b"
    r"|\bi(?:'d| would| will|'ll)\s+(?:start|first|check|ask|make|look|call|stop|use|set|write|put|keep|split"
    r"|compare|run|review|talk|explain|escalate|document|isolate|confirm|follow|prioriti[sz]e)\b",
    re.IGNORECASE,
)
_GENERIC = case_blind(
    r"\b(?:it depends|various|stuff|things like that|etc\.?|and so on|whatever works|whichever works"
    r"|a lot of things|many things|the usual|all sorts|every company|hard to say|in general|the bigger"
    r" picture|just go along|nobody complained|it worked out|it went (?:okay|ok|fine|well)|i'?m comfortable)\b",
    re.IGNORECASE,
)
# Low ownership: the candidate watched, followed or left it to someone else ("I just get the tickets", "I did
# my part", "the manager handled it").
_DEFLECTED = case_blind(
    r"\bi\s+(?:just|only|mostly|mainly)\s+(?:did|do|get|got|follow(?:ed)?|help(?:ed)?|watch(?:ed)?|went along"
    r"|wait(?:ed)?|sat|listen(?:ed)?|tr(?:y|ied) to)\b|\bmy (?:little )?(?:part|bit)\b|\bwasn'?t (?:really )?involved"
    r"|\b(?:the|my|our) (?:manager|lead|boss|supervisor|senior|seniors|team lead|others?)"
    r"\s+(?:usually\s+|mostly\s+|normally\s+)?(?:handles?|handled|decides?|decided|does|did|took care)\b"
    r"|\bleave it to\b|\bleft it to\b|\bup to (?:them|the manager|my manager)\b",
    re.IGNORECASE,
)
# Sweeping claims stand in for specifics: volume boasts, approximate ranges, "always", "everything".
_SWEEPING = case_blind(
    r"\b(?:hundreds|thousands|millions|loads|tons|heaps|dozens) of\b|\ba (?:huge|massive|great) (?:amount|number)"
    r" of\b|\bmassive(?:ly)?\b|\byou name it\b|\bthe lot\b|\beverything\b|\bevery single\b|\balways\b"
    r"|\bnine times out of ten\b|\bso many\b|\b\d+ or \d+\b|\bover the years\b|\ball over\b|\ball the (?:top|best)\b",
    re.IGNORECASE,
)
# A sweeping word under a negation is the opposite claim, a limit stated: "a generator doesn't keep everything in
# memory", "so the same people aren't always working weekends", "not every single order".
_NEGATED_BEFORE = re.compile(r"(?:n't|\bnot|\bnever|\bno)\s+(?:[a-z']+\s+){0,2}$", re.IGNORECASE)
_NEGATION_REACH = 40  # characters before the sweeping word: the negation and up to two words between
_WORD = re.compile(r"[A-Za-z]+")
_HEDGE = case_blind(
    rf"\b(?:i think|i guess|maybe|probably|perhaps|{KIND_OF_HEDGE}|i suppose)\b",
    re.IGNORECASE,
)
# Vague markers that are no vagueness in an answer's content: a habit stated ("I usually put it in one file" is a
# practice, to be judged as one) and "whatever" that concedes nothing ("whatever she says, she stays on the floor",
# "fix whatever caused it"); "or whatever" and "whatever works" still talk around the work.
_NOT_VAGUE = case_blind(
    r"\b(?:usually|typically|generally)\b|(?<!\bor )\bwhatever\b(?!\s+(?:works|really|else)\b)", re.IGNORECASE
)
# Concrete details: figures, named things (capitalised words inside a sentence, terms with digits or symbols).
_CONCRETE = re.compile(r"\d+(?:[.,]\d+)?|(?<=[a-z,] )[A-Z][A-Za-z0-9]+|\b[a-z]+[0-9+#/.-][a-z0-9+#]+\b")


FEATURES: tuple[str, ...] = (
    "look_for",
    "concrete",
    "concrete_density",
    "reasoning",
    "verification",
    "generic",
    "hedged",
    "disclaimed",
    "tangents",
    "actions",
    "figures",
    "result",
    "sentences",
    "red_flags",
    "deflected",
    "sweeping",
    "question_coverage",
    "domain_density",
    "verification_density",
    "figure_density",
    "action_density",
    "own_action_density",
    "vague",
    "reasoning_density",
    "specific_terms",
    "term_share",
    "points",
    "point_share",
    "puffery",
    "complacency",
)
# The direction each feature's meaning gives it: the calibration's fit may not weight a quality negatively or a
# fault positively (0: either way, e.g. word length).
FEATURE_SIGNS: dict[str, int] = {name: 1 for name in FEATURES} | {
    "generic": -1,
    "hedged": -1,
    "disclaimed": -1,
    "tangents": -1,
    "red_flags": -1,
    "deflected": -1,
    "sweeping": -1,
    "vague": -1,
    "puffery": -1,
    "complacency": -1,
}
# Used before a calibration is fitted (and by a bare checkout): the signs the fitted weights have.
DEFAULT_WEIGHTS: dict[str, float] = {
    "look_for": 1.0,
    "concrete": 0.5,
    "concrete_density": 0.5,
    "reasoning": 0.6,
    "verification": 0.9,
    "generic": -1.0,
    "hedged": -0.3,
    "disclaimed": -2.0,
    "tangents": -1.0,
    "actions": 1.2,
    "figures": 0.6,
    "sentences": 0.5,
    "red_flags": -2.0,
    "deflected": -1.0,
    "vague": -0.5,
    "reasoning_density": 0.5,
}
DEFAULT_INTERCEPT = 0.5


@dataclass(frozen=True, slots=True)
class RubricFeatures:
    """Named content features of the evidence; the calibration's linear model turns them into a quality."""

    values: dict[str, float]

    def quality(self, calibration: Calibration) -> float:
        """0..1: the fitted estimate of the 1–5 label, rescaled (the calibration's cut points map it back)."""
        weights = calibration.weights or DEFAULT_WEIGHTS
        intercept = calibration.intercept if calibration.weights else DEFAULT_INTERCEPT
        estimate = intercept + sum(w * self.values.get(name, 0.0) for name, w in weights.items())
        return max(0.0, min(1.0, (estimate - 1.0) / 4.0))


@dataclass(frozen=True, slots=True)
class Judgement:
    """What one answer (a planned question with its follow-ups) shows about the question's competency."""

    score: int | None
    quality: float | None = None  # the baseline's 0..1 quality; None for an LM's judgement
    quote: str = ""
    red_flags: list[str] = field(default_factory=list)
    reason: str = ""  # why there is no score, or why it was capped
    features: RubricFeatures | None = None
    # The cap the answer's content puts on it under any calibration (a red flag, thin or general evidence;
    # the last only with `judge(every_cap=True)` where it does not bite); `reason` says when it bit under the
    # active one. The calibration's fit reads it, so that the fit does not depend on the active calibration.
    cap: int | None = None

    @property
    def level(self) -> AnchorLevel | None:
        return anchor_level(self.score)


def sweeping_claims(text: str) -> int:
    """Sweeping claims (`_SWEEPING`) that are not negated, and not "always" owning a check or record of the work
    as a habit ("I always check the expiry date before dispensing": a routine, `specificity.habit`)."""
    if not _SWEEPING.found(text):
        return 0
    habits = [match.span() for match in habit().pattern.finditer(text)] if habit().found(text) else []
    return sum(
        1
        for match in _SWEEPING.pattern.finditer(text)
        if not _NEGATED_BEFORE.search(text, max(0, match.start() - _NEGATION_REACH), match.start())
        and not any(start <= match.start() < end for start, end in habits)
    )


def _saturate(count: int, at: int) -> float:
    return min(count, at) / at


def _per_words(count: int, words: int, per: int = 12) -> float:
    """Occurrences per `per` words, capped at 1: how dense the answer is in something, whatever its length."""
    return min(1.0, count * per / max(per, words))


def look_for_coverage(points: tuple[frozenset[str], ...], sentences_: list[str]) -> float:
    """Share of the rubric's look-for points that one sentence of the answer covers (half of a point's words).
    A point is an idea, so its words must meet in one sentence: hits scattered over a long answer do not add
    up to it. (The anchors' own wording is a description for the rater, and echoing it is not evidence.)"""
    if not points:
        return 0.0
    sentence_stems = [stems(sentence) for sentence in sentences_]
    # (an empty point is one no words can cover: `evidence.point_content`)
    covered = sum(
        1 for point in points if point and any(2 * len(point & have) >= len(point) for have in sentence_stems)
    )
    return covered / len(points)


# A quantity written out in words ("for two weeks", "six months later", "a dozen patients") is a figure too.
SPELLED_QUANTITY = case_blind(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|hundred|a hundred|a dozen|dozen|half an?|a couple of)\s+(?:\w+\s+)?(?:minutes?|hours?|days?|nights?|weeks?"
    r"|months?|years?|shifts?|people|staff|colleagues|patients|customers|clients|pupils|students|cases|orders"
    r"|beds|rooms|sites|stores|branches|jobs|visits|calls|times|per ?cent|percent)\b",
    re.IGNORECASE,
)


# Things of the work counted in words are a figure too, whatever the noun ("I check it with two check weights", "Police
# made two arrests the next month"); a count of general nouns ("two things", "three ways") names nothing.
COUNTED_THINGS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+"
    r"(?:[a-z-]+\s+)?(?!(?:things|ways|reasons|points|aspects|bits|kinds|sorts|types|examples|parts|areas|steps"
    r"|ideas|options|questions|sides|words|others|ones)\b)[a-z-]{3,}s\b",
    re.IGNORECASE,
)


# A contingency the candidate plans for: a condition of the situation, then what they do in it ("If he isn't on the
# account, I can't give the balance", "if she can't stand or stay awake, ambulance", "if I couldn't reach either I'd
# ring the front door team"). Spoken fillers ("if that makes sense", "if you like") are no condition of the work.
_CONTINGENCY = case_blind(
    r"\b(?:if|unless)\s+(?!that makes sense\b|you (?:know|like|see|want|ask)\b|i (?:remember|recall)\b|i'?m honest\b"
    r"|i'?m being honest\b)[^.!?,;:]{3,80}?(?:,\s*|\s+(?:i|we|then)\b)",
    re.IGNORECASE,
)


def names_specifics(features: RubricFeatures, question: PlannedQuestion, evidence: Evidence) -> bool:
    """Whether the answer names anything specific to the work, what separates the upper anchors from the
    3-anchor's general terms: a specific term of its own (`specificity.work_terms`), a figure or named thing,
    a look-for point that is itself specific (a behavioural question's "the result and how they checked it"
    is met in general terms), or a contingency planned for in everyday words (`_CONTINGENCY`: the terse expert's
    "If he isn't on the account, I can't give the balance" is the practice itself, not talk around it)."""
    if features.values.get("concrete", 0.0) > 0 or work_terms(evidence.text, question.text):
        return True
    if _CONTINGENCY.found(evidence.text):
        return True
    if SPELLED_QUANTITY.found(evidence.text) or COUNTED_THINGS.search(evidence.text):
        return True  # "paired him with our best supervisor for two weeks": a figure, written out
    points = tuple(frozenset(stems(point)) for point in question.rubric.look_for if work_terms(point))
    return look_for_coverage(points, evidence.kept) > 0


def rubric_features(text: str, topic: Topic, question: PlannedQuestion, evidence: Evidence) -> RubricFeatures:
    """Content features, each saturating or a density: saying more of the same does not raise them."""
    signals = read_signals(text)
    specificity = read_specificity(text, question.text)
    text_stems = stems(text)
    sentence_count = max(1, len(evidence.kept))
    words = _WORD.findall(text)
    concrete = len(_CONCRETE.findall(text))
    procedure, reasoning, verification = _PROCEDURE.count(text), _REASONING.count(text), _VERIFY.count(text)
    actions = signals.first_person_actions + signals.team_actions + procedure
    return RubricFeatures(
        {
            "look_for": look_for_coverage(topic.points, evidence.kept),
            "concrete": _saturate(concrete, 3),
            "concrete_density": _per_words(concrete, len(words)),
            "reasoning": _saturate(reasoning, 3),
            "verification": _saturate(verification, 3),
            "verification_density": _per_words(verification, len(words)),
            "figure_density": _per_words(signals.numbers, len(words)),
            "action_density": _per_words(actions, len(words)),
            "generic": _GENERIC.count(text) / sentence_count,
            "hedged": _HEDGE.count(text) / sentence_count,
            "disclaimed": evidence.disclaimers / max(1, evidence.total),
            "tangents": evidence.tangents / max(1, evidence.total),
            "actions": _saturate(actions, 2),
            "figures": _saturate(signals.numbers, 3),
            "result": 1.0 if signals.star["result"] else 0.0,
            "sentences": _saturate(sentence_count, 2),
            "red_flags": 1.0 if red_flags_stated(text, question.rubric.red_flags) else 0.0,
            "question_coverage": len(topic.question & text_stems) / len(topic.question)
            if topic.question
            else 0.0,
            "domain_density": len(text_stems & (topic.job | topic.competency | topic.question))
            / len(text_stems)
            if text_stems
            else 0.0,
            "sweeping": min(1.0, sweeping_claims(text) / sentence_count),
            "deflected": min(1.0, (_DEFLECTED.count(text) + left_to_others().count(text)) / sentence_count),
            "own_action_density": min(1.0, (signals.first_person_actions + procedure) / sentence_count),
            "vague": min(1.0, max(0, signals.vague_markers - _NOT_VAGUE.count(text)) / sentence_count),
            "reasoning_density": min(1.0, reasoning / sentence_count),
            "specific_terms": _saturate(len(specificity.terms), 8),
            "term_share": specificity.term_share,
            "points": _saturate(specificity.points, 5),
            "point_share": specificity.point_share,
            "puffery": min(1.0, specificity.puffery / sentence_count),
            "complacency": _saturate(specificity.complacency, 2),
        }
    )


def verdict(
    answer: str,
    question: PlannedQuestion,
    competency: Competency | None,
    earlier: frozenset[str] = frozenset(),
    context: str = "",
    addressed: bool = False,
    case_asked: bool = False,
) -> Judgement | tuple[Evidence, Topic]:
    """Whether the answer is evidence for the question's competency: the judgement when it is not (or is evidence
    against it only by a red flag stated off the question), else its evidence and the question's topic, to grade
    (`judge`). What a reply reads of the judgement is decided here (`bench/reply_critical.py`)."""
    evidence = sift(answer, earlier)
    if not evidence.kept:
        return Judgement(None, reason=_why_nothing_kept(evidence))
    if all(map(hands_off, evidence.kept)) and not _states_a_flag(evidence, question):
        # "The supervisor checks that.", "I'd just tell the nurse.": no part of the candidate's own, to a question
        # on what they do (an answer with their own acts beside it is scored, `left_to_others` lowering it)
        return Judgement(None, reason=HANDED_TO_OTHERS)
    if not any(map(says_something, evidence.kept)) and not _states_a_flag(evidence, question):
        # "Terriers.", "ok so basically.": a bare word or the fillers of speech back nothing (scored 2, quoted)
        return Judgement(None, reason=TOO_FEW_WORDS)
    topic = topic_of(question, competency, context)
    if not addressed and not addresses_question(topic, evidence, question, case_asked=case_asked):
        # Unsafe practice stated in answer to the question is evidence against the competency, whatever words
        # it uses: a hiring team must see it, and it must never leave the competency looking unassessed.
        flags = red_flags_stated(evidence.text, question.rubric.red_flags)
        if flags:
            flagged = [s for s in evidence.kept if red_flags_stated(s, question.rubric.red_flags)]
            said = flag_quote(quote(flagged, topic), flagged) if flagged else quote(evidence.kept, topic)
            return Judgement(1, 0.0, said, flags, "red flag: " + "; ".join(flags))
        return Judgement(None, reason="did not address the question")
    return evidence, topic


def judge(
    answer: str,
    question: PlannedQuestion,
    competency: Competency | None,
    earlier: frozenset[str] = frozenset(),
    calibration: Calibration | None = None,
    context: str = "",
    addressed: bool = False,
    every_cap: bool = False,
) -> Judgement:
    """Score a neutralised answer against the question's rubric; `score` is None when it is not evidence.

    `addressed`: the answer was already found to address the question by meaning (`relevance.check`), so the
    lexical check, which misses paraphrases, is skipped. `every_cap`: record the cap the answer's content sets
    even where it does not bite under this calibration (the final assessment, which the calibration's fit
    reads); on the per-turn path the check for specifics runs only where it could bite."""
    seen = verdict(answer, question, competency, earlier, context, addressed)
    if isinstance(seen, Judgement):
        return seen
    return grade(seen, question, calibration, every_cap)


def grade(
    seen: tuple[Evidence, Topic],
    question: PlannedQuestion,
    calibration: Calibration | None = None,
    every_cap: bool = False,
) -> Judgement:
    """`judge` past its verdict: the answer's grade, from the evidence and topic its `verdict` gave (an interviewer
    worker grades an answer after its reply from the verdict the reply read: `grading.py`)."""
    evidence, topic = seen
    # The whole answer that is evidence is judged once it addresses the question: a story's detail rarely
    # echoes the question's words, and keeping only the sentences that did dropped the actions and results
    # that a rater keys on (held-out strong stories were capped as "too little evidence"). The quote is still
    # taken from the sentences on the question's topic.
    on_topic = topical_sentences(topic, evidence) or evidence.kept
    text = evidence.text
    features = rubric_features(text, topic, question, evidence)
    calibration = calibration or active_calibration()
    quality = features.quality(calibration)
    score = calibration.score(quality)
    flags = red_flags_stated(text, question.rubric.red_flags)
    cap, why = answer_cap(flags, text, features, question, evidence, every_cap or score > GENERAL_TERMS_CAP)
    reason = ""
    if cap is not None and (flags or score > cap):  # a red flag is always reported; other caps when they bite
        score, reason = min(score, cap), why
    # A red flag is shown in the words that raised it: a hiring team must see what capped the score.
    flagged = [s for s in evidence.kept if red_flags_stated(s, question.rubric.red_flags)] if flags else []
    said = flag_quote(quote(flagged, topic), flagged) if flagged else quote(on_topic, topic)
    return Judgement(score, quality, said, flags, reason, features, cap)


TOO_FEW_WORDS = "too few words to be evidence"


HANDED_TO_OTHERS = "no evidence: the check was left to someone else, not the candidate's own part"


def _states_a_flag(evidence: Evidence, question: PlannedQuestion) -> bool:
    """A short answer that states unsafe practice ("We skip it.") is evidence against the competency, however few
    its words."""
    text = evidence.text
    return bool(red_flags_stated(text, question.rubric.red_flags)) or unsafe_sentence(text) is not None


def _why_nothing_kept(evidence: Evidence) -> str:
    if not evidence.total:
        return "no answer"
    if evidence.repeats:
        return "repeated earlier text"
    if evidence.foreign:
        return "not in English"
    return "no evidence: disclaimers or asides only"


def answer_cap(
    flags: list[str],
    text: str,
    features: RubricFeatures,
    question: PlannedQuestion,
    evidence: Evidence,
    check_specifics: bool = True,
) -> tuple[int | None, str]:
    """The highest score the answer's content allows, whatever its quality, and why. `check_specifics`: look
    for the specifics of the work (about 20 µs; skipped where a cap of 3 could not bite)."""
    if flags:
        return RED_FLAG_CAP, "red flag: " + "; ".join(flags)
    if gives_no_reason(question, text):
        return NO_REASON_CAP, "no reason given for wanting the role"
    if count_words(text) < THIN_EVIDENCE_WORDS:
        return THIN_EVIDENCE_CAP, "too little evidence for a higher score"
    if check_specifics and not names_specifics(features, question, evidence):
        return GENERAL_TERMS_CAP, "nothing specific to the work for a higher score"
    return None, ""
