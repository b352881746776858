"""A line of a job ad split into its duties ("pick and pack orders, load vehicles and keep the yard clean" is three).
A duty said as a gerund phrase for the question templates is gerund_phrase.py's; whether a word reads as a verb or
a noun, verb_reading.py's."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from itertools import pairwise

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import singular
from workbench.interviewer.planning.lexicon import config, verb_base
from workbench.interviewer.planning.verb_reading import ACTION_NOUN_ENDINGS, DETERMINERS, OBJECT_START

# the verb and noun predicates, moved to verb_reading.py, kept importable from here
from workbench.interviewer.planning.verb_reading import NOUN_AFTER_GERUND as NOUN_AFTER_GERUND
from workbench.interviewer.planning.verb_reading import as_bases as as_bases
from workbench.interviewer.planning.verb_reading import base_of_gerund as base_of_gerund
from workbench.interviewer.planning.verb_reading import is_base_verb as is_base_verb
from workbench.interviewer.planning.verb_reading import joins as joins
from workbench.interviewer.planning.verb_reading import noun_compound as noun_compound
from workbench.interviewer.planning.verb_reading import reads_as_verb as reads_as_verb
from workbench.interviewer.planning.verb_reading import starts_activity as starts_activity
from workbench.interviewer.planning.verb_reading import verb_before_its_object as verb_before_its_object

# (where the last noun of a list is: "patients, visitors and staff on the ward"; not "with": "deal with queries")
_LIST_PREPOSITIONS = frozenset(config()["verbs"]["list_prepositions"])


def awaits_noun(words: list[str]) -> bool:
    """Whether words end on a determiner and an adjective that awaits its noun ("maintain a safe and",
    "provide a friendly,"): the duty goes on past the "and" or the comma."""
    words = [w.strip(",").lower() for w in words if w.lower() not in {"and", "or"}]
    adjectives = set(config()["verbs"]["noun_adjectives"])
    return len(words) >= 2 and words[-1] in adjectives and words[-2] in DETERMINERS


def in_adjective_series(before: str, after: str) -> bool:
    """Whether a comma falls inside a series of adjectives that share one noun: "Troubleshoot electrical,
    hydraulic and mechanical systems" is cut at no comma (a cut would ask how to "troubleshoot electrical").
    The word before the comma and the word after it both end as adjectives do (`adjective_endings` in
    verbs.yaml), and an "and" or "or" follows before the next comma."""
    endings = tuple(config()["verbs"]["adjective_endings"])
    adjectives = set(config()["verbs"]["noun_adjectives"])
    last = (before.split()[-1:] or [""])[0].lower()
    following = after.lstrip(" ,").split(",")[0].split()
    if last in adjectives and following and following[0].lower() in adjectives and len(following) > 1:
        return True  # "Deliver safe, friendly service on short-haul flights": two adjectives of one noun
    # after an adjective, one in "-al" is one too ("medical, legal and education settings")
    second = following[0].lower() if following else ""
    return (
        last.endswith(endings)
        and (second.endswith(endings) or (second.endswith("al") and len(second) > 4))
        and bool({"and", "or"} & {w.lower() for w in following[1:]})
    )


def split_duties(words: list[str]) -> list[str]:
    """ "support animals in care and give advice to clients" -> two duties, split before a later verb that
    follows "and" or a comma."""
    duties: list[list[str]] = [[]]
    for index, word in enumerate(words):
        if _starts_duty(words, index, duties):
            if duties[-1] and duties[-1][-1].lower() in {"and", "or"}:
                duties[-1].pop()
            duties.append(_verbs_left_behind(duties[-1]))
        duties[-1].append(word)
    split = [_pronoun_joined(" ".join(d).strip(" ,:")) for d in duties if d]
    return [split[0], *(_owner_named(d, before) for before, d in pairwise(split))] if split else []


_PRONOUN_DUTY = re.compile(
    rf",\s+([a-z]+)\s+(?=(?:{'|'.join(config()['verbs']['pronoun_objects'])})\b)(?!.*\b(?:and|or)\b)"
)


def _pronoun_joined(duty: str) -> str:
    """ "greet shoppers, help them find sizes": a verb on the object before it stays in that duty, joined by "and"
    ("greet shoppers and help them find sizes"), so the question asks about both, not about a list cut short."""
    return _PRONOUN_DUTY.sub(lambda m: f" and {m[1]} " if is_base_verb(m[1]) else m[0], duty, count=1)


def _starts_duty(words: list[str], index: int, duties: list[list[str]]) -> bool:
    """Whether `words[index]` starts a duty of its own after the duties read so far."""
    word = words[index]
    previous = words[index - 1] if index else ""
    # (a colon before a verb opens the duties a summary is made of: "run a busy store: lead a team of 12")
    joins = previous.lower() in {"and", "or"} or previous.endswith((",", ":"))
    has_object = (
        any(not is_base_verb(w) and w.lower().strip(",") not in {"and", "or"} for w in duties[-1])
        or _noun_as_object(duties[-1])
        or _closed_verb_pair(duties[-1])
    )
    following, after = ([*words[index + 1 : index + 3], "", ""])[:2]
    # "to move, locate, relocate, stack, and count merchandise": single verbs in a series share the object
    in_series = (
        _series_item(words, index - 1)
        or (previous.lower() in {"and", "or"} and index > 1 and _series_item(words, index - 2))
        or _only_verbs_so_far(duties[-1])
        or (previous.lower() in {"and", "or"} and _coordinated_verb(words, index - 2, duties[-1]))
    )
    # "check them against delivery notes": a verb whose object is a pronoun goes on with the duty before it
    refers_back = following.lower().strip(",.") in PRONOUNS
    # "... heating systems or build into machinery": after "or", a verb with no object of its own is the
    # other way to do the duty before it, not a duty
    alternative = previous.lower() == "or" and following.lower() in _PREPOSITIONS_AFTER_VERB
    # "analyse stock levels, service levels and forecast accuracy": a word before the same noun as the item
    # before it is a noun of the list ("service"), not a new duty
    # (not "and … and": "horses and make and fit horseshoes" starts a duty of two verbs at "make"; but
    # "needs and progress, and act accordingly" ends a list at its comma)
    parallel = following.lower().strip(",.") == previous.lower().strip(",.") != "" and (
        previous.lower() not in {"and", "or"} or word.endswith(",")
    )
    # "run a caseload of sale and purchase files": two nouns before the head they share (`paired_modifiers`)
    # (and so before a noun that the first of the two names a kind of: "boarding and rescue kennels")
    paired = index > 1 and (
        are_paired(words[index - 2], previous, word)
        or (
            previous.lower() in {"and", "or"}
            and f"{words[index - 2].lower()} {following.lower().strip(',.;')}"
            in config()["verbs"]["noun_compounds"]
        )
    )
    # "serve lunches for pupils and staff to the set menu": after people and "and", people again are of the list
    people_listed = index > 1 and _people_joined(words[index - 2], previous, word)
    # "process specimens (centrifuge, aliquot, freeze) per test requirements": inside brackets the verbs
    # list the steps of the duty, they start none of their own
    bracketed = sum(w.count("(") - w.count(")") for w in duties[-1]) > 0
    return (
        index > 1
        and not parallel
        and not _names_a_skill_object(words, index)
        and not paired
        and not people_listed
        and not bracketed
        and not awaits_noun(duties[-1])
        and not _adjective_awaits_noun(duties[-1])
        and not ends_noun_list(words, index)
        and joins
        and has_object
        and not in_series
        and not refers_back
        and not alternative
        and (
            starts_activity(word, following, after)
            or _next_in_duty_list(duties, previous, word, following)
            or _verb_after_comma(duties[-1], previous, word, following)
        )
    )


def _people_joined(before: str, joiner: str, word: str) -> bool:
    people = _PEOPLE_PLURALS
    return (
        joiner.lower() in {"and", "or", "&"}
        and before.lower().strip(",") in people
        and word.lower().strip(",.;") in people
    )


_PEOPLE_PLURALS = frozenset(config()["verbs"]["people_plurals"])


def _closed_verb_pair(duty: list[str]) -> bool:
    """ "fill and sand," before "hang wallpaper": two verbs joined by "and" and closed by a comma are a duty done
    with no object said (a series that shares the next object is said "fill, sand and hang")."""
    words = [word.lower() for word in duty]
    return (
        len(words) == 3
        and words[1] in {"and", "or", "&"}
        and words[2].endswith(",")
        and not words[0].endswith(",")
        and is_base_verb(words[0])
        and is_base_verb(words[2])
    )


def _noun_as_object(duty: list[str]) -> bool:
    """Whether the word after the duty's verb is its object though it is a verb too ("shelve stock,", "train
    staff,"): a verb that is also a noun, straight after the verb (not "sweep, mop", "pick and pack")."""
    return (
        len(duty) >= 2
        and is_base_verb(duty[0])
        and not duty[0].endswith(",")
        and duty[1].lower() not in {"and", "or"}
        and duty[1].strip(",.").lower() in config()["verbs"]["ambiguous"]
    )


def _adjective_awaits_noun(duty: list[str]) -> bool:
    """Whether the duty so far is its verb and one adjective before "and" ("Achieve individual and", "Deliver
    clinical and"): the adjective shares the noun after the next word ("individual and store sales targets"),
    and that word is a second modifier, never a verb ("storing sales targets")."""
    return len(duty) == 3 and is_base_verb(duty[0]) and lone_adjective(duty[1:])


def lone_adjective(object_words: list[str]) -> bool:
    """Whether a duty's object so far is one adjective and "and" ("individual and", "clinical and")."""
    if len(object_words) != 2 or object_words[1].lower() not in {"and", "or"}:
        return False
    word = object_words[0].lower()
    endings = (*config()["verbs"]["adjective_endings"], "al")
    return word.isalpha() and (
        word in config()["verbs"]["noun_adjectives"] or (word.endswith(endings) and len(word) > 5)
    )


def ends_noun_list(words: list[str], index: int) -> bool:
    """Whether the word at `index`, after "and", is the last of a list of single plural nouns ("patients,
    visitors and staff on the ward"): a word that is also a verb ("staff", "store") ends the list there, it
    starts no duty ("staffing on the ward"). Before a determiner it is a verb ("..., and book the transport")."""
    if index < 3 or words[index - 1].lower() not in {"and", "or"}:
        return False
    item, before = words[index - 2], words[index - 3]
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    return (
        before.endswith(",")
        and item.isalpha()
        and bool(re.match(r".+(?<![siu])s$", item.lower()))
        and not is_base_verb(item)
        and words[index].strip(",.").lower() in config()["verbs"]["ambiguous"]
        and following not in DETERMINERS
        and not (following and bool(OBJECT_START.match(following)) and following not in _LIST_PREPOSITIONS)
    )


def _names_a_skill_object(words: list[str], index: int) -> bool:
    """Whether the word at `index`, after "and" or "or" and a plural noun, opens a noun of two words that ESCO's
    skills take as an object ("fit contact lenses", "negotiate service contracts"): "prescribe glasses and contact
    lenses" lists two things prescribed, not a duty to contact lenses."""
    if index < 2 or index + 1 >= len(words) or words[index - 1].lower() not in {"and", "or"}:
        return False
    item = words[index - 2]
    pair = (words[index].lower(), singular(words[index + 1].lower().strip(",.;:")))
    return (
        item.isalpha()
        and bool(re.match(r".+(?<![siu])s$", item.lower()))
        and not is_base_verb(item)
        and pair in _skill_objects()
    )


@lru_cache(maxsize=1)
def _skill_objects() -> frozenset[tuple[str, str]]:
    """The two words after the verb that opens an ESCO skill's label, when the second is no verb: "contact lens"
    of "fit contact lenses", "service contract" of "negotiate service contracts"."""
    try:
        path = esco.data_dir() / "skills.csv"
    except esco.EscoUnavailable:
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    pairs = set()
    for row in rows:
        opening = row[1].split()[:3] if len(row) > 1 else []
        if len(opening) == 3 and is_base_verb(opening[0]) and all(w.isalpha() for w in opening[1:]):
            second, third = opening[1].lower(), opening[2].lower()
            if verb_base(third) is None and third not in esco.STOPWORDS:
                pairs.add((second, singular(third)))
    return frozenset(pairs)


def are_paired(first: str, joiner: str, second: str) -> bool:
    """ "sale and purchase", "import and export": a pair of nouns that modify one head noun together."""
    pairs: list[str] = config()["verbs"]["paired_modifiers"]
    said = " ".join(w.lower().strip(",.") for w in (first, joiner, second))
    return joiner.lower() in {"and", "or"} and said in pairs


def _next_in_duty_list(duties: list[list[str]], previous: str, word: str, following: str) -> bool:
    """ "respond to emergencies, administer first aid, serve food and drinks, sell duty free": in a line already cut
    into duties at a comma, a verb that is also a noun ("serve", "sell") after the next comma opens the next duty
    too, though its object looks like no object ("food", "duty"); one before a noun of action ("stock rotation",
    "order processing") or a task noun still names a subject."""
    ambiguous: list[str] = config()["verbs"]["ambiguous"]
    bare, object_word = word.strip(",.").lower(), following.strip(",.").lower()
    return (
        len(duties) > 1
        and previous.endswith(",")
        and bare in ambiguous
        and object_word.isalpha()
        and not object_word.endswith(ACTION_NOUN_ENDINGS)
        and not noun_compound(bare, object_word)
        and f"{bare} {object_word}" not in config()["verbs"]["noun_compounds"]
    )


def _owner_named(duty: str, before: str) -> str:
    """ "keep prisoners safe, and support their rehabilitation": a duty asked on its own names whose it is
    ("support prisoners' rehabilitation"), from the people the duty before it acts on (`people_plurals`)."""
    words = duty.split()
    if len(words) < 3 or words[1].lower() != "their":
        return duty
    people: list[str] = config()["verbs"]["people_plurals"]
    owner = next((w for w in before.split()[1:] if w.strip(",.") in people), None)
    return " ".join([words[0], f"{owner}'", *words[2:]]) if owner else duty


def _verbs_left_behind(duty: list[str]) -> list[str]:
    """ "source and screen candidates, win and manage clients": "win" shares its object with "manage", so it
    goes from the duty before ("source and screen candidates, win") to the new one; the words moved are returned."""
    moved: list[str] = []
    while (
        len(duty) > 2
        and (is_base_verb(duty[-1]) or _verb_by_number(duty[-2], duty[-1]))
        and not duty[-1].endswith(",")
        and duty[-2].endswith(",")
    ):
        moved.insert(0, duty.pop())
        duty[-1] = duty[-1].rstrip(",")
        break
    return [*moved, "and"] if moved else []


def _verb_by_number(before: str, word: str) -> bool:
    """A lone singular word after a plural and a comma, before "and" and the next duty's verb, is a verb that
    shares that duty's object, whether or not the verb list knows it: "fit hearing aids, program and adjust
    devices" (a list of nouns keeps its number: "clean floors, toilets and empty bins")."""
    bare, plural = word.lower(), before.rstrip(",").lower()
    return (
        bare.isalpha()
        and len(bare) > 2
        and not bare.endswith(("s", "ing", "ed", "ly"))
        and bool(re.match(r".+[^su]s$", plural))
        and bare not in config()["questions"]["not_verbs_before_a_determiner"]
    )


PRONOUNS = frozenset(config()["verbs"]["pronouns"])
PARTICLES = frozenset(config()["verbs"]["particles"])
_PREPOSITIONS_AFTER_VERB = frozenset(config()["verbs"]["prepositions_after_verb"])


def _coordinated_verb(words: list[str], index: int, duty: list[str]) -> bool:
    """The word at `index`, before "and", opens the duty and is a verb still waiting for its object, which it
    shares with the next verb ("report and submit requests", "set up and operate machines"). (After "to" the
    pair is left to split as before: "monitor the store to prevent and detect shoplifting" would otherwise lose
    its second duty with the purpose clause.)"""
    start = index - 1 if index >= 1 and words[index].lower() in PARTICLES else index
    if start < 0 or words[start].endswith(","):
        return False
    return len(duty) == index - start + 2  # the verb, its particle if any, "and"


def _verb_after_comma(duty: list[str], previous: str, word: str, following: str) -> bool:
    """ "Take orders, serve food and drinks", "give nebulizer treatments, draw arterial blood gases": after a comma
    that ends a verb's object, a verb that is also a noun ("serve", "draw") with a word of its own object after
    it starts a duty (read as one, the question said "when you take orders, serve food and drinks")."""
    # (the object may end the duty at its own comma: "..., change linen, replenish amenities")
    following = following.rstrip(",;")
    return (
        previous.endswith(",")
        and len(duty) >= 2
        and is_base_verb(duty[0].lower())
        and is_base_verb(word)
        and word.islower()
        and bool(following)
        and following.isalpha()
        and following.islower()
        and following
        not in {"and", "or", "of"} | PARTICLES  # ("setting up new suppliers": a line's own reading)
        and verb_base(following) is None
        and not following.endswith(ACTION_NOUN_ENDINGS)  # "stock rotation": a subject of the duty before
    )


def _only_verbs_so_far(duty: list[str]) -> bool:
    """ "maintain, tune and" before "repair musical instruments": single words in a comma series share the
    object that follows."""
    words = duty[:-1] if duty and duty[-1].lower() in {"and", "or"} else duty
    words = _particles_joined(words)
    return len(words) >= 2 and all(word.endswith(",") for word in words[:-1]) and "," not in words[-1]


def _particles_joined(words: list[str]) -> list[str]:
    """A verb and its particle as one item of a series ("potting on, spacing and watering plants"), the particle's
    comma the verb's."""
    out: list[str] = []
    for word in words:
        if out and word.rstrip(",").lower() in _SERIES_PARTICLES and is_base_verb(out[-1]):
            out[-1] = out[-1].rstrip(",") + ("," if word.endswith(",") else "")
            continue
        out.append(word)
    return out


_SERIES_PARTICLES = frozenset(config()["verbs"]["particles_before_object"]) | {"on"}


def _series_item(words: list[str], index: int) -> bool:
    """A lone word with a comma after "to" or after another such word ("to move, locate," ...)."""
    if index < 0 or not words[index].endswith(","):
        return False
    if index == 0:
        return True  # "bend, cut, and install pipes": the sentence opens with the series
    before, word = words[index - 1], words[index].rstrip(",").lower()
    if word.endswith("s") and verb_base(word) != word:
        return False  # "to patients," is a place, not a verb in a series
    return before.lower() == "to" or (before.endswith(",") and _series_item(words, index - 1))
