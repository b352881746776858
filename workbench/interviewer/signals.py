"""Text signals read from one answer: comfort cues, vagueness, STAR structure and specificity.

Everything here is a precompiled regular expression over the answer text: a turn must cost well under a
millisecond because one server process runs hundreds of interviews at once. Comfort is read from text only
(hedges, fillers, apologies, certainty, length) and is never used by scoring.
"""

from __future__ import annotations

import re

from workbench.interviewer.language import mostly_not_english
from workbench.interviewer.memo import per_turn, read_once
from workbench.interviewer.regex_union import CaseBlind, case_blind
from workbench.interviewer.repair_rules import self_correction
from workbench.models import Comfort


def _words(*phrases: str) -> CaseBlind:
    return CaseBlind(re.compile(r"(?<![\w'])(?:" + "|".join(phrases) + r")(?![\w'])", re.IGNORECASE))


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'+#.-]*")
# A full stop ends a sentence except after an abbreviation or an initial before a lower-case word: "E. coli",
# "S. aureus", "e.g. the", "Dr. Patel", "No. 4" (an echo cut at "E." quoted "coli I'd just re-test it").
_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?;])(?<!\b[A-Z]\.(?=\s+[a-z]))(?<!\b(?i:e\.g|i\.e|mrs)\.)(?<!\b(?i:dr|mr|ms|st|vs|cf)\.)"
    r"(?<!\b(?i:etc)\.(?=\s+[a-z]))(?<!\b(?i:approx)\.)(?<!\b(?i:no)\.(?=\s+\d))\s+|\n+"
)
# "kind of" hedges ("it was kind of slow"), but "this kind of work" names a kind: after a determiner it is not
# a hedge (the simulated strong candidate's "the part people get wrong with this kind of work" scored 1).
_DETERMINERS = (
    "this",
    "that",
    "these",
    "those",
    "what",
    "which",
    "the",
    "a",
    "any",
    "some",
    "same",
    "every",
    "all",
)
# Nor does "kind of a long story": it qualifies the telling, not anything said about the work (a strong story
# with "which is kind of a long story, but anyway" in it read as fully hedged and scored 1 against a label of 5).
_ABOUT_THE_TELLING = r"(?!\s+an?\s+(?:\w+\s+)?(?:story|tale)\b)"
# The lookahead first: the thirteen lookbehinds are tried only where "kind of" stands (2x cheaper per answer).
KIND_OF_HEDGE = (
    "(?=(?:sort|kind)s? of)"
    + "".join(rf"(?<!{word} )" for word in _DETERMINERS)
    + "(?:sort|kind)s? of"
    + _ABOUT_THE_TELLING
)
_HEDGES = _words(
    r"i think",
    r"i guess",
    r"maybe",
    r"perhaps",
    KIND_OF_HEDGE,
    r"not sure",
    r"probably",
    r"i suppose",
    r"i believe",
    r"possibly",
    r"might have",
    r"i'm not certain",
    r"hopefully",
)
_FILLERS = _words(r"um+", r"uh+", r"erm", r"er", r"hmm+", r"like,", r"you know", r"i mean", r"basically")
# A sorry said to someone in the story ("I said sorry and remade it") is what the candidate did, not a nerve; so is
# an apology told as a step of the work ("I'd apologise, phone the garage for a date", "listen, apologise, fix it",
# "I apologise to the guest and remake it", "we send our apologies"): only "I apologise" said to the interviewer,
# and "apologies" or "my apologies" said alone, are the candidate's own.
_APOLOGIES = _words(
    r"(?<!said )(?<!say )(?<!says )(?<!saying )(?<!told them )(?<!told him )(?<!told her )sorry",
    r"(?<=\bi )apologi[sz]e(?!\s+to\s+(?!you\b))(?!\s*(?:,|and|then)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:the|them|him|her)\b)",
    r"(?<!our )(?<!my sincere )(?<!send )(?<!sent )(?<!offer )(?<!offered )(?<!give )(?<!gave )(?<!make )(?<!made )"
    r"(?<!their )(?<!his )(?<!her )apologies",
    r"forgive me",
    r"my bad",
)


# "nervous or reactive dogs", "anxious patients": whom the work is for, not how the candidate feels
_OTHERS_FEELING = (
    r"(?!\s+(?:or \w+ )?(?:dogs?|cats?|animals?|pets?|horses?|patients?|clients?|customers?|guests?|children|child"
    r"|kids?|pupils?|students?|learners?|people|persons?|residents?|owners?|passengers?|flyers?|drivers?|callers?"
    r"|ones?|visitors?|members?|users?|bab(?:y|ies)|parents?|relatives?|famil(?:y|ies)|riders?|service users?)\b)"
)
# Another's nerves, told as part of the work ("If a patient is anxious I talk them through it", "when the dog gets
# nervous", "he'd been stuck twice and was nervous"): the candidate's own are "I'm nervous", "sorry, my mind went
# blank".
_ANOTHERS_NERVES = case_blind(
    r"\b(?:(?:a|an|the|my|our|their|his|her|this|that|if a|if an|if the|when a|when the)\s+(?:[a-z-]+\s+){0,2}?"
    r"|(?:he|she|they|someone|somebody|anyone|everyone|people|patients|clients|customers|passengers|who|and|but)\s+)"
    r"(?:is|was|are|were|gets|got|get|becomes|became|become|seems|seemed|seem|looks|looked|look|feels|felt|feel)\s+"
    r"(?:very\s+|really\s+|a bit\s+|quite\s+|so\s+|too\s+|more\s+)?(?:nervous|anxious)\b",
    re.IGNORECASE,
)
_NERVES = _words(
    rf"nervous{_OTHERS_FEELING}",
    rf"anxious{_OTHERS_FEELING}",
    # one's own mind gone blank, not a lab's blank sample or a blank form ("if a blank grows something I stop")
    r"(?:went|gone|going|go|goes|is|was|i'm|i am)\s+(?:completely\s+|totally\s+|a bit\s+)?blank",
    r"(?:drawing|drew|draw)\s+a\s+blank",
    r"blanked",
    r"bear with me",
    r"mind went",
    r"struggling to remember",
    # doubt about the answer itself, said to the interviewer: nerves, where a filler is only how people speak
    r"(?:not sure|don't know|no idea) (?:if|whether) (?:this|that|it|i'm|i am)(?:'s| is| was)? (?:right|correct"
    r"|what you(?:'re| are| were)? (?:looking for|after|want|wanted|mean|meant)|the (?:right|kind of) (?:answer|thing)"
    r"|making sense|answering)",
    r"not sure about this one",
    r"hope (?:this|that) (?:makes sense|is (?:ok|okay|right|alright|what you wanted))",
)
_CERTAINTY = _words(
    r"definitely",
    r"certainly",
    r"clearly",
    r"absolutely",
    r"confident",
    r"without doubt",
    r"i'm sure",
    r"i know",
    r"i decided",
    r"i led",
    r"i owned",
    r"i made sure",
    r"i drove",
)
_NUMBERS = CaseBlind(
    re.compile(
        r"\d+(?:[.,]\d+)?\s*(?:%|percent|ms|x|k|m|gb|tb|hours?|days?|weeks?|months?|users?|people|engineers?)?"
        r"|(?<![\w])(?:twice|double[sd]?|halved|three times|ten times|dozens?|hundreds?|thousands?|millions?)(?![\w])",
        re.IGNORECASE,
    )
)
_IRREGULAR_PAST = (
    "built|led|wrote|ran|made|took|set up|found|chose|drove|brought|kept|taught|broke|spoke|met|got|gave|"
    "began|sent|held|went|rewrote|shipped|cut|split|moved|owned|paired|dug|sat down|put|told|caught|rang|paid"
)


def is_past_deed(word: str) -> bool:
    """A word in the form of a past deed ("ran", "led", "reduced", "organised"): it tells what was done, not
    what it was done to."""
    return word in _IRREGULAR_PAST_WORDS or (len(word) > 4 and word.endswith("ed"))


_IRREGULAR_PAST_WORDS = frozenset(word for word in _IRREGULAR_PAST.split("|") if " " not in word)
_FIRST_PERSON_ACTION = CaseBlind(
    re.compile(
        rf"\bi\s+(?:then\s+|also\s+|first\s+|personally\s+|quickly\s+)?(?:{_IRREGULAR_PAST}|[a-z]{{3,}}ed)\b",
        re.IGNORECASE,
    )
)
# A terse expert drops the "I": "Stopped the vehicle, re-strapped, briefed the shift." A past verb that opens a
# sentence and takes an object is their own action too (not a state: "Needed the money", "Liked the team").
_ELIDED_ACTION = CaseBlind(
    re.compile(
        rf"(?:^|(?<=[.!?;]\s))(?:then\s+|so\s+)?"
        rf"(?!(?:needed|seemed|liked|loved|hated|wanted|used|based|interested|supposed|called|named|located|involved"
        rf"|required|expected|asked|mentioned|preferred|enjoyed|worked|started|joined|moved|stayed|learned|learnt)\b)"
        rf"(?:{_IRREGULAR_PAST}|[a-z][a-z-]{{2,}}ed)\s+(?:the|a|an|it|them|him|her|every|each|all|both|our|my|his|their"
        rf"|[a-z]+s)\b",
        re.IGNORECASE,
    )
)
# What the candidate does as a rule or would do ("I check deliveries against the order", "I'd stop and recount"):
# how a "how do you…" or "what would you do…" question is answered, as concrete as a past action.
_PRACTICE = CaseBlind(
    re.compile(
        r"\bi(?:'d|\s+would|'ll|\s+will)?\s+(?:always\s+|first\s+|then\s+|also\s+|usually\s+)?"
        r"(?:check|run|look at|read|count|recount|log|record|review|compare|escalate|document|test|measure|audit"
        r"|brief|label|double-check|verify|call|write|plan|schedule|rebuild|monitor|inspect|track|report|ask for"
        r"|stop|correct|explain|listen|raise|inform|contact|isolate|secure|assess|prioriti[sz]e|delegate"
        # a story told in the present, as non-native speakers often tell one ("so I make quiet corner for her"); not
        # the stock phrases that name no act ("I'd make sure ...", "I take pride in ...")
        r"|make(?!\s+sure)|give|put|bring|move|clean|prepare|fix|show|change|feed|wash|calm|sit with|stay with|set up"
        r"|take(?!\s+(?:care|pride|ownership|responsibility)\b))\b",
        re.IGNORECASE,
    )
)
_TEAM_ACTION = CaseBlind(
    re.compile(rf"\bwe\s+(?:then\s+|also\s+)?(?:{_IRREGULAR_PAST}|[a-z]{{3,}}ed)\b", re.IGNORECASE)
)
_SITUATION = _words(
    r"at my (?:last|previous|current) (?:job|company|role|team)",
    r"when i was",
    r"we had",
    r"our team",
    r"the project",
    r"there was",
    r"situation",
    r"last year",
    r"in 20\d\d",
    r"a few (?:months|years) ago",
    r"at the time",
    r"i was working",
    r"we were",
    r"the team was",
    r"context",
    r"one time",
    r"once,",
    # a told occasion by its time, in any tense ("Last week one man he don't want to wash", "One night a resident
    # fell", "the other day")
    r"last (?:week|month|night|shift|summer|winter|spring|autumn|christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"yesterday",
    r"the other (?:day|week|night)",
    r"on one occasion",
    r"one (?:day|night|morning|evening|afternoon|shift|weekend)",
)
_TASK = _words(
    r"my goal",
    r"i was responsible",
    r"i was asked",
    r"needed to",
    r"had to",
    r"the task",
    r"my role",
    r"was asked to",
    r"objective",
    r"deadline",
    r"the goal",
    r"my job was",
    r"challenge was",
    r"i needed",
    r"we needed",
    r"was supposed to",
    r"in charge of",
)
_RESULT = _words(
    r"as a result",
    r"result(?:ed|s)?",
    r"outcome",
    r"reduced",
    r"increased",
    r"improved",
    r"saved",
    r"cut",
    r"shipped",
    r"launched",
    r"led to",
    r"in the end",
    r"ended up",
    r"successfully",
    r"delivered",
    r"dropped",
    r"grew",
    r"faster",
    r"on time",
    r"which meant",
    r"so that",
    r"afterwards",
    r"learned",
    r"fixed",
    r"resolved",
    r"solved",
    r"fell",
    r"no longer",
    r"from then on",
    r"since then",
    r"without (?:any )?(?:problems?|issues?|incidents?|complaints?)",
    # How things stood afterwards, told without a result word: "she has not missed a dose since", "the card is
    # now part of the induction pack", "we got the fridge replaced", "it passed the inspection".
    r"(?:ever )?since(?=\s*[.!?,;]|\s*$)",
    r"(?:is|are|was|were|has been|have been) now",
    r"went (?:from|down|up)",
    r"passed (?:the|its|their|my|our|his|her) (?:inspection|audit|test|check|assessment|exam|review|visit)",
    r"(?:got|had) (?:it|them|the [a-z]+) (?:replaced|fixed|repaired|approved|signed off|sorted|resolved|working)",
    r"back (?:to normal|on track|up and running|in stock|in service)",
    r"thanked (?:me|us|the team)",
    r"(?:never|not|hasn't|has not|haven't|have not) (?:happened|recurred|come back) (?:again|since)",
    # an agreed or accepted end: "we agreed a change of shift instead", "he was fine with it after", "it turned
    # out fine", "they paid all four instalments" ("it turned out the valve was faulty" is still the story)
    r"(?:it|that|this|everything|things) (?:turned|worked) out (?:well|fine|ok|okay|great|for the best|right)",
    r"we agreed [^.!?]{0,40}\binstead\b",
    # "No incident.", "no more fines": how it stood afterwards, said tersely
    r"no (?:more |further )?(?:incidents?|accidents?|complaints?|fines?|injur(?:y|ies)|breakdowns?|repeats?|claims?)",
    r"(?:was|were) (?:fine|happy|satisfied|pleased) with (?:it|that|this|the)",
    r"paid (?:it |them )?(?:all|in full|off|up|on time|every)",
    r"(?:before|in time for) the [a-z]+ (?:went out|was due|started|began|closed)",
    # a choice settled: "the static banner won", "we agreed to use the median", "they went with my design"
    r"won",
    r"agreed to (?:use|go with|keep|try|change|move|adopt|switch|drop|stop|run)",
    r"went with (?:the|my|our|a|an|it|that|this|her|his|their)",
)
_VAGUE_MARKERS = _words(
    r"it depends",
    r"various",
    r"stuff",
    r"things like that",
    r"etc\.?",
    r"and so on",
    r"generally",
    r"usually",
    r"typically",
    r"a lot of things",
    r"many things",
    r"whatever",
    r"something like that",
    r"the usual",
    r"standard stuff",
    r"all sorts",
)
_NON_ANSWER = re.compile(
    r"^\s*(?:i\s+(?:don'?t|do not)\s+know|no idea|pass|skip|not sure|n/?a|nothing|no)\W*$", re.IGNORECASE
)
_VOWELS = frozenset("aeiouyAEIOUY")
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}", re.IGNORECASE)

SHORT_ANSWER_WORDS = 20


class AnswerSignals:
    """The signals of one text, each read from it when first asked for, then kept. The answer itself is asked for
    nearly all of them (comfort, vagueness, its STAR parts), but its evidence, a follow-up's reply and the text
    of a question's answers together only for a few (actions, figures, a result): the rest of a dozen scans of a
    text no caller reads is not made (the second answer's judgement reads its group's text, answers 1 and 2)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @read_once
    def words(self) -> int:
        return count_words(self.text)

    @read_once
    def hedges(self) -> int:
        return _HEDGES.count(self.text)

    @read_once
    def fillers(self) -> int:
        return _FILLERS.count(self.text)

    @read_once
    def apologies(self) -> int:
        return _APOLOGIES.count(self_correction().sub(" ", self.text))

    @read_once
    def nerves(self) -> int:
        return _NERVES.count(_ANOTHERS_NERVES.sub(" ", self.text))  # (behind its "nervous"/"anxious")

    @read_once
    def certainty(self) -> int:
        return _CERTAINTY.count(self.text)

    @read_once
    def numbers(self) -> int:
        return _NUMBERS.count(self.text)

    @read_once
    def first_person_actions(self) -> int:
        return _FIRST_PERSON_ACTION.count(self.text)

    @read_once
    def elided_actions(self) -> int:
        """ "Stopped the vehicle": own actions without the "I", for the answer's shape only."""
        return _ELIDED_ACTION.count(self.text)

    @read_once
    def practices(self) -> int:
        """Present-tense first-person practice ("I check…"), counted for vagueness only."""
        return _PRACTICE.count(self.text)

    @read_once
    def team_actions(self) -> int:
        return _TEAM_ACTION.count(self.text)

    @read_once
    def vague_markers(self) -> int:
        return _VAGUE_MARKERS.count(self.text)

    @read_once
    def star(self) -> dict[str, bool]:
        text = self.text
        return {
            "situation": _SITUATION.found(text),
            "task": _TASK.found(text),
            "action": self.first_person_actions + self.team_actions + self.elided_actions > 0,
            "result": _RESULT.found(text) or (_NUMBERS.found(text) and self.first_person_actions > 0),
        }

    @read_once
    def non_answer(self) -> bool:
        return self.words == 0 or bool(_NON_ANSWER.match(self.text))

    @read_once
    def gibberish(self) -> bool:
        return _is_gibberish(self.text, self.words)

    @read_once
    def foreign(self) -> bool:
        """Mostly in another language: the interview is held in English."""
        return mostly_not_english(sentences(self.text))

    @property
    def too_short(self) -> bool:
        return self.words < SHORT_ANSWER_WORDS

    @property
    def specifics(self) -> int:
        """Concrete details: numbers and first-person actions (tools are counted by the bank)."""
        return self.numbers + self.first_person_actions

    @property
    def missing_star(self) -> list[str]:
        return [part for part, present in self.star.items() if not present]


@per_turn
def words_of(text: str) -> list[str]:
    """The text's words (`_WORD`), read once a turn: its count and the check for gibberish both want them."""
    return _WORD.findall(text)


@per_turn
def count_words(text: str) -> int:
    return len(words_of(text))


@per_turn
def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_SPLIT.split(text) if part.strip()]


def _is_gibberish(text: str, words: int) -> bool:
    # "Yes." is a word: punctuation that ends a token does not make it unintelligible.
    tokens = [word for t in words_of(text) if (word := t.strip(".'-+#")).isalpha()]
    if words == 0 or not tokens:
        return bool(text.strip())
    # Odd: no vowel, a run of five consonants, or over 20 letters. `_WORD` tokens are ASCII letters here, so
    # a set of vowels does what a case-blind regex did, and only words of five letters or more need one.
    odd = sum(
        1
        for t in tokens
        if len(t) > 20 or _VOWELS.isdisjoint(t) or (len(t) >= 5 and _CONSONANT_RUN.search(t))
    )
    return odd / len(tokens) > 0.4


@per_turn
def read_signals(text: str) -> AnswerSignals:
    return AnswerSignals(text)


# Speech-to-text writes down every "um", "uh" and "you know": a couple of them are how people speak, not nerves.
# Fillers weigh a third of a hedge, so only a dense run of them reads as hesitation, and they never decide alone
# on a short reply ("Um, yes, I did.").
FILLER_WEIGHT = 1 / 3


def comfort_of(signals: AnswerSignals) -> Comfort:
    """Nervous when hesitation cues are dense or nerves are stated, confident when the answer is assured and
    owned; fillers count for little (`FILLER_WEIGHT`)."""
    stated = signals.apologies + signals.nerves
    hedging = signals.hedges + signals.fillers * FILLER_WEIGHT
    hesitation = hedging + 2 * stated
    per_fifty_words = hesitation * 50 / max(signals.words, 10)
    if (stated > 0 and hesitation >= 2) or per_fifty_words >= 4:
        return Comfort.NERVOUS
    if signals.words < 8 and signals.hedges + stated >= 1:
        return Comfort.NERVOUS
    assured = signals.certainty + signals.first_person_actions
    if assured >= 2 and hedging <= 1 and signals.words >= 25:
        return Comfort.CONFIDENT
    return Comfort.NEUTRAL


TERSE_ACCOUNT_WORDS = 8


def terse_account(signals: AnswerSignals) -> bool:
    """A short answer that is still a whole account: the candidate's own action and how it ended ("Stopped the
    vehicle, re-strapped, briefed the shift. No incident.")."""
    ended = signals.star["result"] or signals.numbers > 0
    acted = signals.first_person_actions + signals.elided_actions > 0
    return signals.words >= TERSE_ACCOUNT_WORDS and acted and ended


def is_vague(signals: AnswerSignals, concrete_terms: int) -> bool:
    """Too short, a non-answer, or generic: no numbers, no named tools, no first-person actions."""
    if signals.non_answer or signals.gibberish or signals.foreign:
        return True
    if signals.too_short:
        return not terse_account(signals)
    concrete = signals.specifics + signals.practices + concrete_terms
    if concrete == 0:
        return True
    return signals.vague_markers >= 2 and concrete <= 1
