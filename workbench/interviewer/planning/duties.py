"""Duties read from an ESCO occupation's definition, for a job that states few of its own.

"Bus drivers operate buses or coaches, take fares, and look after passengers." gives three activities to
question; so do later sentences ("They offer clinical information ...", "Moreover, they ...", "Healthcare
assistants assist in ..."), asides ("Pharmacy technicians, under the supervision of a pharmacist, check ...")
and charges ("are also responsible for taking bookings"). A duty ends where the sentence turns to how or why it
is done, and a long one is cut at the last preposition that leaves it one task.
"""

from __future__ import annotations

import itertools
import re

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.comma_tasks import one_task_each, series_joined
from workbench.interviewer.planning.duty_split import split_duties
from workbench.interviewer.planning.esco import singular, tokens
from workbench.interviewer.planning.frequency import without_frequency_amid
from workbench.interviewer.planning.jobtext import Requirement, tidy_item
from workbench.interviewer.planning.lexicon import config, patterns, verb_base
from workbench.interviewer.planning.similarity import similar
from workbench.interviewer.planning.verb_reading import base_of_gerund, joins


def duty_requirements(definition: str, label: str = "") -> list[Requirement]:
    """Duties from an ESCO occupation definition ("They install and repair boilers." -> an activity).

    The first sentence names the occupation before its verb ("Bus drivers operate buses ..."): with the
    occupation's label known, the verb is the word after it, whether or not it is in the verb list (a word
    list cannot tell that "drivers" is a noun here, and "support" a verb). A sentence that joins several duties
    ("support animals ... and give advice to clients ...") gives one activity per duty."""
    found: list[Requirement] = []
    by_place = False
    for number, sentence in enumerate(re.split(r"(?<=[.;])\s+", definition)):
        words = without_frequency_amid(sentence).rstrip(".;").split()
        if number == 0:
            start = _after_subject(words, label)
            if start is None:
                continue
            words = _duty_from_charge(_past_aside(words, start))
            if not words or words[0].lower() in _NOT_DUTY_VERBS:
                continue  # "Shop managers are responsible for activities ...": a description, not a duty
        else:
            sentence_text = _DISCOURSE.sub("", " ".join(words))
            taken = _subject_words(sentence_text, label)
            by_place = taken is not None
            words = sentence_text.split()[taken or 0 :]
            if by_place and words[:1] and words[0].lower() in {"are", "is"}:
                words = _duty_from_charge(
                    [words[0], *[w for w in words[1:3] if w.lower() != "also"], *words[3:]]
                )
        while words and words[0].lower() in {"also", "usually", "often", "typically", "may", "can"}:
            words = words[1:]
        if number and not _duty_verb(words, by_place=by_place):
            continue
        for duty in split_duties(_before_description(words)) + _charged_after(words):
            for requirement in _one_requirement_each(_as_duty(duty)):
                if (
                    not _vague(requirement.text)
                    and not _unreadable_alone(requirement.text)
                    and not any(similar(requirement.terms, d.terms) for d in found)
                ):
                    found.append(requirement)
    return found


def _one_requirement_each(requirement: Requirement | None) -> list[Requirement]:
    """The duty as read, or one requirement per task when it still runs several on with commas."""
    if requirement is None:
        return []
    tasks = one_task_each(series_joined(requirement.text))
    if tasks == [requirement.text]:
        return [requirement]
    return [task for text in tasks if (task := _as_duty(text)) is not None]


def _vague(duty: str) -> bool:
    """Whether a duty names nothing but its verbs and a generic object (`vague_objects`)."""
    verbs = config()["verbs"]
    empty = set(verbs["vague_objects"]) | set(verbs["vague_modifiers"])
    words = duty.lower().split()[
        1:
    ]  # past the verb, and the verbs coordinated with it ("supply and perform")
    while len(words) > 1 and words[0] in {"and", "or"} and verb_base(words[1].strip(",")) is not None:
        words = words[2:]
    if words and words[0] in {*verbs["particles"], *verbs["particles_before_object"]}:
        words = words[1:]  # "help out with tasks": the particle is the verb's
    rest = re.sub(r"\s+to\s+[a-z]+$", "", " ".join(words))  # "the necessary steps to inspect"
    governs = verb_base(duty.split()[0]) in set(verbs["verbs_of_generic_objects"])  # "assign tasks"
    return not governs and not [word for word in tokens(rest) if word not in empty]


# A duty cut from a definition that only its sentence can read: a pronoun for what the sentence named before ("give
# them bathes and transport them from and to school", "report ticketing accounting situations to the accountant they
# work"; "receive deliveries and check them against the order" names its own), or a sweep that names no work
# ("apply engineering knowledge in a vast array of projects, from ...").
_UNREADABLE_ALONE = re.compile(
    r"\b(?:they|themselves|he|she|its)\b|\b(?:them|him|it)\s+(?!(?:against|to|from|with|in|into|on|onto|off|"
    r"out|up|down|back|over|for|by|at|and|or|as|before|after|when|if|until|where)\b)[a-z]"
    r"|\b(?:a\s+)?(?:vast|wide|broad|whole)\s+(?:array|range|variety)\b|\ba variety of\b"
    r"|,\s+from\b|\betc\b",
    re.IGNORECASE,
)


def _unreadable_alone(duty: str) -> bool:
    return _UNREADABLE_ALONE.search(duty) is not None


_DISCOURSE = re.compile(
    r"^(?:moreover|furthermore|additionally|in addition|besides|also|finally|in particular),?\s+",
    re.IGNORECASE,
)


_SUBJECT = re.compile(r"^(?:they|he or she|she or he)\s+", re.IGNORECASE)


def _subject_words(sentence: str, label: str) -> int | None:
    """How many words open the sentence as its subject ("They": 1, "He or she": 3, the occupation's label, as
    in "Healthcare assistants assist in ...": its length), so the verb stands after them; None for neither."""
    pronoun = _SUBJECT.match(sentence)
    if pronoun is not None:
        return len(pronoun.group(0).split())
    if not label:
        return None
    words, label_words = sentence.split(), label.lower().split()
    said = [w.lower().strip(",.").removesuffix("'s").removesuffix("’s") for w in words[: len(label_words)]]
    # the label's own words, not any verb that happens to stand where the label would end ("It includes use of
    # safe handling techniques" has "use" third, as the two-word *animal groomer* would)
    named = len(words) > len(label_words) and all(
        singular(a) == singular(b) for a, b in zip(label_words, said, strict=True)
    )
    return len(label_words) if named else None


_NOT_DUTY_VERBS = frozenset(
    {"are", "is", "be", "have", "has", "can", "may", "must", "work", "need", "should"}
)


def _before_description(words: list[str]) -> list[str]:
    """ "oversee the project daily and are responsible for delivering results": the duty before "and are"."""
    for index in range(1, len(words) - 1):
        if words[index].lower() == "and" and words[index + 1].lower() in {"are", "is"}:
            return words[:index]
    return words


def _charged_after(words: list[str]) -> list[str]:
    """The duty a trailing "and are responsible for delivering results" states: "deliver results"."""
    rest = words[len(_before_description(words)) + 1 :]
    charged = _duty_from_charge(rest) if rest else []
    return [" ".join(charged)] if charged else []


def _past_aside(words: list[str], start: int) -> list[str]:
    """The words after the subject, past an aside set off by commas ("Pharmacy technicians, under the
    supervision of a pharmacist, check incoming goods")."""
    if start and words[start - 1].endswith(","):
        for index in range(start, min(len(words), start + 10)):
            if words[index].endswith(","):
                return words[index + 1 :]
    return words[start:]


def _duty_verb(words: list[str], *, by_place: bool) -> bool:
    """Whether the sentence starts with a duty's verb: a known work verb, or any word in the verb's place
    after "They" ("They offer clinical information ...") that is not a copula or modal."""
    if not words:
        return False
    first = words[0].strip(",.").lower()
    if first in _NOT_DUTY_VERBS:
        return False
    return verb_base(first) is not None or (by_place and first.isalpha() and len(words) >= 2)


_CHARGE = re.compile(r"^(?:are|is) (?:in charge of|responsible for|tasked with) ([a-z]+ing)\b", re.IGNORECASE)


def _duty_from_charge(words: list[str]) -> list[str]:
    """ "are in charge of promoting and restoring health" -> "promote and restore health"; another "are ..."
    sentence describes the occupation rather than a duty (empty)."""
    if not words or words[0].lower() not in {"are", "is"}:
        return words
    text = " ".join(words)
    match = _CHARGE.match(text)
    if match is None or verb_base(match.group(1)) is None:
        return []
    rest = text[match.end() :].split()
    converted = [
        base_of_gerund(w) if w.rstrip(",").endswith("ing") and (i < 3 or joins(rest[i - 1])) else w
        for i, w in enumerate(rest)
    ]
    return [verb_base(match.group(1)) or match.group(1), *converted]


def _after_subject(words: list[str], label: str) -> int | None:
    """Where the first sentence's verb starts: after the label's words, else at the first known verb."""
    label_words = label.lower().split()
    if label_words and len(words) > len(label_words):
        said = [
            w.lower().strip(",.").removesuffix("'s").removesuffix("’s") for w in words[: len(label_words)]
        ]
        if all(singular(a) == singular(b) for a, b in zip(label_words, said, strict=True)):
            return len(label_words)
    return next((i for i, w in enumerate(words[:6]) if i and _subject_verb(words, i)), None)


def _subject_verb(words: list[str], index: int) -> bool:
    """A known verb after the subject, but not one that is also a noun joined by "and" to a noun ("Heating,
    ventilation, air condition and refrigeration engineering technicians ...": "condition" is the subject's)."""
    base = verb_base(words[index].strip(",."))
    if base is None:
        return False
    joined = words[index + 1 : index + 3]
    return not (
        base in config()["verbs"]["ambiguous"]
        and len(joined) == 2
        and joined[0].lower() in {"and", "or"}
        and verb_base(joined[1].strip(",.")) is None
    )


# "... the skills needed to drive and prepare them": a verb cut from what it refers to goes too
_CUT_REFERENCE = re.compile(r"(?:,?\s+(?:and|or))?\s+\w+\s+(?:them|it|these|those)$")
# (before "of" only when nothing else will do: it belongs to the noun before it, "repairs to all types")
_DUTY_CUT = re.compile(r"\s(?:in|on|for|with|to|at|by|from|within|across|under)\s")
_DUTY_CUT_OF = re.compile(r"\sof\s")


MAX_DUTY_WORDS = (
    14  # an ESCO duty keeps its object whole ("oversee the preparation, cooking and service of food")
)


# Where a definition's duty runs on into how or why it is done: "... whilst keeping an eye on quality",
# "... by gathering information", "... and their families helping them to cope".
# "ensure the wind turbines operate in compliance with regulations": a verb with no object keeps its rule (the rule
# is the duty)
_RULE_OF_BARE_VERB = re.compile(
    r"\b(?:operates?|works?|acts?|functions?|runs?|are|is|be|remains?)\s(?:safely\s)?in\s(?:compliance|accordance|line)\swith\s$"
)
_HEDGE_END = re.compile(
    r",?\s+(?:possibly|usually|often|typically|normally|generally|mainly|mostly|sometimes|ideally|preferably)\s*$"
)
_CLAUSE_CUT = re.compile(
    r"\s(?:whilst|while|whereby|by|when|so that|so as|which|who|where|that|according to|in order to|using"
    r"|such as|including|as well as|within|on behalf of|to enable|to allow)\s"
    # "write slogans, catchphrases and work closely together with advertising artists": with whom, not a duty
    r"|,?\s(?:and|while)\s(?:work|liaise|collaborate|cooperate|co-operate)s?\s(?:closely\s)?(?:together\s)?with\s"
    # "support dental practitioners in clinical treatments, as preparation and helping ...": an aside
    r"|,\sas\s"
    # "take on creative and artistic projects, with some laying mosaics": who among them does it
    r"|,\swith\s(?:some|many|most|others?|a\sfew)\s"
    # "make and fit horseshoes, in compliance with any regulatory requirements": the rule it follows, an aside
    r"|,?\s(?:in\s(?:compliance|accordance|line)\swith|in\sadherence\sto|complying\swith)\s"
    # "evaluate the individual progress through assignments, putting emphasis on active language skills"
    r"|,\s(?:putting|placing|laying)\s"
    # a gerund after a preposition is the duty's own object ("assist students in developing the skills")
    r"|(?<!\band)(?<!\bor)(?<!\bin)(?<!\bof)(?<!\bfor)(?<![,\s])\s(?!during\b|bring\b)[a-z]{3,}ing\s"
    r"(?=(?:them|their|the|to|that|all|its|it)\b)"
    # "... material backed up by documents", "... an environment facilitated by ...": the participle goes too
    r"|\s[a-z]{3,}ed(?:\s(?:up|out|in))?\s(?=by\b)"
)


_DANGLING_END = re.compile(
    # not the "of" of "taken care of", "keep track of"
    r"(?:[\s,]+(?:and|or|(?<!care )(?<!track )(?<!charge )(?<!use )of|the|a|an|in|into|to|with|for|as|by|on|at"
    r"|from|their|its|such|without|depending|make sure|ensure|they|often|together|if|unless|in accordance|seek"
    # a participle whose complement was cut: "handle all tasks related", "tend machines designed"
    r"|related|designed|intended|required|aimed|(?<=equipment )used|can [a-z]+))+$",
    re.IGNORECASE,
)
_OWNER = {"their": "the", "its": "the"}


_PLURAL = re.compile(r"^[a-z-]{3,}(?<!ss)(?<!us)(?<!is)s,?$")


# a purpose a cut left without its object: "to be used", "to recover, filter" (a lone "to drive" is whole)
_BARE_PURPOSE = re.compile(r"\s+(?:in order\s+)?to\s+(?:be\s+[a-z]+ed|[a-z]+,\s+(?:and\s+|or\s+)?[a-z]+)$")


def _without_bare_purpose(tidy: str) -> str:
    """A duty without the purpose a cut left with no object: "install systems to recover, filter", "maintain
    costumes to be used": the duty is what precedes it. A purpose with its object stays ("use trolleys to move
    stock"), and so does one that needs none ("the skills needed to drive")."""
    match = _BARE_PURPOSE.search(tidy)
    if match is None or not all(
        verb_base(word.strip(",")) is not None
        or word in {"and", "or", "be", "to", "in", "order"}
        or word.endswith("ed")
        for word in match.group(0).split()
    ):
        return tidy
    kept = tidy[: match.start()]
    return kept if len(kept.split()) >= 2 else tidy


def _names_work_in_ing(tidy: str, cut: re.Match[str]) -> bool:
    """Whether a word in -ing where a clause would be cut is the head of the duty's object, after a singular noun
    that names its kind ("use surface modelling to draw ...", "use data processing to ..."): a participle
    follows its subject's plural or a word of its own ("assist patients requiring ...")."""
    said = cut.group(0).split()
    if len(said) != 1 or not said[0].endswith("ing") or said[0] in _PREPOSITIONS_IN_ING:
        return False
    before = tidy[: cut.start()].split()
    # (a noun of a kind ESCO names roles by: not "without compromising", "to another ensuring")
    return (
        len(before) >= 2
        and before[-1].isalpha()
        and not re.search(r"(?<![siu])s$", before[-1].lower())
        and before[-1].lower() in esco.label_vocabulary()
    )


# participles that work as prepositions: what follows them is no object ("avoid infection following the procedure")
_PREPOSITIONS_IN_ING = frozenset(
    {"using", "including", "following", "regarding", "concerning", "involving", "excluding", "considering"}
)


def _without_stray_of(tidy: str) -> str:
    """A duty without an "of" right after its verbs when none of them takes one: ESCO's "design or renovate of
    internal spaces" is to design or renovate internal spaces ("dispose of waste" keeps its "of")."""
    words = tidy.split()
    verbs = list(
        itertools.takewhile(
            lambda w: w.lower() in {"and", "or"} or verb_base(w.strip(",")) == w.strip(",").lower(), words
        )
    )
    if not verbs or len(words) <= len(verbs) + 1 or words[len(verbs)].lower() != "of":
        return tidy
    taking_of = set(config()["verbs"]["verbs_with_of"])
    if any(verb_base(w.strip(",")) in taking_of for w in verbs):
        return tidy
    return " ".join(words[: len(verbs)] + words[len(verbs) + 1 :])


def _without_lone_verb(tidy: str) -> str:
    """A duty without a last verb the cut left alone after a comma: "educate and advise owners, seek"."""
    head, _, last = tidy.rpartition(", ")
    return (
        head if head and " " not in last and verb_base(last) is not None and len(head.split()) >= 2 else tidy
    )


def _owned_by_object(words: list[str], index: int) -> bool:
    """ "supervise offenders after their release": a "their" after a plural object is the object's (the
    offenders' release), not the occupation's; "monitor the recovery process of their clients" has none."""
    following = words[index + 1].lower().strip(",.") if index + 1 < len(words) else ""
    if following in config()["verbs"]["practitioner_owned"]:
        return (
            False  # "cut and make duplicated keys for their clients": the locksmith's clients, not the keys'
        )
    return words[index].lower() == "their" and any(_PLURAL.match(word.lower()) for word in words[:index])


def _as_duty(text: str) -> Requirement | None:
    """An activity whose first word is a verb by its place in the sentence, known to the verb list or not;
    it ends where the sentence turns to how or why the duty is done, and a long one is cut at the last
    preposition that leaves it short enough to read as one task."""
    if text.split()[:2] and text.split()[0].lower() in {"are", "is", "be"}:
        return None  # "are responsible for ...": a description, not an activity
    text = re.sub(r"\band/or\b", "or", text)  # "pasteurisation and/or sterilisation": said aloud, "or"
    tidy = tidy_item(text, max_words=10 * MAX_DUTY_WORDS)  # no cut at the first comma: the cuts below choose
    clause = next(
        (
            m
            for m in _CLAUSE_CUT.finditer(tidy)
            if len(tidy[: m.start()].split()) >= 2
            and not _RULE_OF_BARE_VERB.search(tidy[: m.end()])
            and not _names_work_in_ing(tidy, m)
        ),
        None,
    )
    if clause is not None:
        # "create lesson plans, possibly in accordance with …": the hedge goes with the clause it opened
        tidy = _HEDGE_END.sub("", tidy[: clause.start()]).rstrip(" ,")
        if ", " in tidy and not re.search(r"\b(?:and|or)\b", tidy):
            tidy = " and ".join(
                tidy.rsplit(", ", 1)
            )  # a list cut before its "and": "slogans and catchphrases"
    if len(tidy.split()) > MAX_DUTY_WORDS:
        cuts = [
            m.start()
            for cut in (_DUTY_CUT, _DUTY_CUT_OF)
            for m in cut.finditer(tidy)
            if 4 <= len(tidy[: m.start()].split()) <= MAX_DUTY_WORDS
        ]
        cuts = [c for c in cuts if tidy[c : c + 4] != " of "] or cuts
        if not cuts:
            return None  # a sentence of prose, not one task
        tidy = re.sub(r"(?:[\s,]+(?:and|or|of|the|a|an))+$", "", tidy[: cuts[-1]].rstrip(" ,"))
        tidy = _CUT_REFERENCE.sub("", tidy)
    # "teach people how to operate a vehicle safely and." / "assist students in": a cut left a dangling word
    tidy = _without_bare_purpose(_DANGLING_END.sub("", tidy.rstrip(" ,.")))
    tidy = _DANGLING_END.sub("", " " + _without_lone_verb(tidy).rstrip(" ,.")).strip()  # "make sure" alone
    _, skip, _ = patterns()
    if not tidy or any(pattern.search(tidy) for pattern in skip) or len(tidy.split()) < 2:
        return None
    terms = tuple(dict.fromkeys(singular(t) for t in tokens(tidy)))
    first, *rest = _without_stray_of(tidy).split()
    base = (verb_base(first.strip(",.")) or first.lower().strip(",.")) + ("," if first.endswith(",") else "")
    # The definition's "their" and "its" point back to nouns the question does not have: "evaluate their
    # knowledge" is the students' (not "your"), "assess its value" a property's: "the" reads right for both
    rest = [
        word if _owned_by_object(rest, index) else _OWNER.get(word.lower(), word)
        for index, word in enumerate(rest)
    ]
    return Requirement(" ".join([base, *rest]), "act", terms, "esco") if terms else None
