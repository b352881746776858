"""A sentence as it is cited in a scorecard or feedback: verbatim from what it says, without the hesitations
speech to text writes down, shortened at a word boundary."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from workbench.interviewer.planning.lexicon import verb_base
from workbench.interviewer.stemming import CONTENT_WORD, STOPWORDS

QUOTE_WORDS = 24
# A quote backs something only with this many words of content: "Terriers." or "ok so basically." backs nothing.
MIN_CONTENT_WORDS = 2
WORDS_FILE = Path(__file__).resolve().parent / "quoting_words.json"


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return data


def spoken_opener(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The fillers a spoken reply opens with ("um yeah so", "ok so basically"), not its content: one list for every
    quote (`quoting_words.json`, spoken_openers); `extra`: openers one use leaves out as well."""
    said = "|".join((*_data()["spoken_openers"], *extra))
    return re.compile(rf"^(?:(?:{said})\b[,.]?\s+)+", re.IGNORECASE)


_LEADING_FILLER = spoken_opener()


def says_something(sentence: str) -> bool:
    """Whether a sentence has words of content enough to be quoted as evidence: not a bare word ("Dogs.") or the
    fillers of speech ("ok so basically")."""
    fillers = _fillers()
    words = (w for w in CONTENT_WORD.findall(sentence.lower()) if w not in STOPWORDS and w not in fillers)
    return sum(1 for _ in zip(range(MIN_CONTENT_WORDS), words, strict=False)) >= MIN_CONTENT_WORDS


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    return frozenset(_data()["fillers"])


_INNER_FILLER = re.compile(r"(?<=\w)(?:,?\s+(?:u+m+|u+h+|e+r+m+|e+r+|a+h+)\b,?)+(?=\s)", re.IGNORECASE)
_STUTTER = re.compile(r"\b(the|a|an|i|and|to|we|it|so|of|in|my|is)(?:\s+\1\b)+", re.IGNORECASE)


def quoted(sentence: str) -> str:
    """A sentence as it is cited: verbatim from what it says, shortened at a word boundary."""
    sentence = _LEADING_FILLER.sub("", sentence) or sentence  # "um yeah so I've been ...": from what it says
    # and, as a clean-verbatim transcript reads, without the hesitations inside it ("and um i really like the
    # the ethos" -> "and i really like the ethos")
    sentence = _STUTTER.sub(r"\1", _INNER_FILLER.sub("", sentence))
    words = sentence.rstrip(" ;:,").split()  # a clause cut at its semicolon is quoted without it
    if len(words) <= QUOTE_WORDS:
        return " ".join(words)
    end = _with_its_reason(words, _whole_clauses(words))
    return " ".join(words[:end]).rstrip(" ;:,") + ("…" if end < len(words) else "")


_REASON_LINKS = frozenset({"because", "cos", "cause", "coz", "since"})
REASON_WORDS = 10  # a reason said after the cut is quoted with it when it is this short


def _with_its_reason(words: list[str], end: int) -> int:
    """A quote that would stop just before the reason it gives ("i want to move into food…" of "... food because its
    steadier work and the shift pattern suits me") goes on to the end of that reason's clause when it is short:
    the reason is what the quote is for."""
    if end >= len(words) or words[end].lower().strip(_PUNCTUATION) not in _REASON_LINKS:
        return end
    for stop in range(end + 2, min(len(words), end + REASON_WORDS) + 1):
        if stop == len(words) or words[stop - 1].endswith((",", ";", ":", ".")) or joins_clauses(words, stop):
            return stop
    return end


_CLAUSE_LINKS = frozenset(
    {"but", "then", "so", "because", "cos", "which", "while", "until", "before", "after"}
)
# "and" and "or" join clauses ("…and I rang the site manager") as often as nouns ("the harness and lanyard", "the
# cash and the card takings"): a quote stops before them only where a clause starts after them.
_COORDINATORS = frozenset({"and", "or"})
_PUNCTUATION = "\"'\u201c\u201d\u2018\u2019,.;:!?()"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {
        key: frozenset(_data()[key])
        for key in ("clause_openers", "verbs", "dangling", "subjects", "relative_heads")
    }


def _opens_run_on_clause(words: list[str], index: int) -> bool:
    """Whether a clause of unpunctuated speech starts at this word: a subject after a word that neither needs it
    nor takes it as its own clause ("...from yesterday | i said no", not "the first thing i do")."""
    if index >= len(words) or index == 0:
        return False
    word, before = (w.lower().strip(_PUNCTUATION) for w in (words[index], words[index - 1]))
    return word in _words()["subjects"] and before not in _words()["relative_heads"] and not _dangling(before)


def _dangling(word: str) -> bool:
    """A word a quote does not end on: it needs the words after it ("checked the harness and…")."""
    return word.lower().strip(_PUNCTUATION) in _words()["dangling"]


def starts_a_clause(word: str) -> bool:
    """Whether a clause starts at this word after "and" or "or": a subject, a linking adverb or a verb ("and I
    rang", "and then", "and made sure", "and tested it"), not the second of two nouns ("and lanyard", "and the card
    takings"); the job's work verbs count ("and flag any difference")."""
    word = word.lower().strip(_PUNCTUATION).replace("\u2019", "'")
    past = len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
    words = _words()
    return word in words["clause_openers"] or word in words["verbs"] or past or verb_base(word) is not None


def joins_clauses(words: list[str], index: int) -> bool:
    """Whether the word at `index` links two clauses, so that a quote may stop before it."""
    word = words[index].lower()
    if word in _COORDINATORS:
        if index + 1 >= len(words):
            return False
        # "drop or move the jobs", "repair or replace it": "or" before a verb shares its object
        if word == "or":
            return words[index + 1].lower().strip(_PUNCTUATION) in _words()["clause_openers"]
        return starts_a_clause(words[index + 1])
    return word in _CLAUSE_LINKS


def _whole_clauses(words: list[str]) -> int:
    """How many words a shortened quote keeps: up to the last clause's end within the allowance (a comma, a
    semicolon, or before a linking word), so that it stops at a whole clause ("we change to the bigger sling…", not
    "…and we write in the…"); when no clause ends in its last two thirds, at the allowance less the words that need
    the next ("…checked the harness…", not "…checked the harness and…")."""
    floor = QUOTE_WORDS // 3
    ends = (
        end
        for end in range(QUOTE_WORDS, floor, -1)
        if words[end - 1].endswith((",", ";", ":"))
        or (joins_clauses(words, end) and not _dangling(words[end - 1]))  # not "…can and…" ("and then")
        or _opens_run_on_clause(words, end)
    )
    end = next(ends, None)
    if end is not None:
        return end
    end = QUOTE_WORDS
    while end > floor and _dangling(words[end - 1]):
        end -= 1
    return end
