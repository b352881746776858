"""Whether two requirements of a job are near duplicates (a duty the description states and a requirement that
names the same work), compared by stem."""

from __future__ import annotations

from workbench.interviewer.evidence import stem

HEAD_TERMS = 3  # the verb and object, or the noun phrase, that name a requirement; the rest is its setting


def similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Near-duplicate requirements, compared by stem: "dispense prescriptions accurately in a busy pharmacy"
    (a duty of the description) is "accurate dispensing and final accuracy checking of prescriptions" (a
    requirement). Either most words are shared, or the first words that name one are all words of the other."""
    sa, sb = {stem(t) for t in a}, {stem(t) for t in b}
    if not (sa and sb):
        return False
    heads = ({stem(t) for t in terms[:HEAD_TERMS]} for terms in (a, b) if len(terms) >= HEAD_TERMS)
    if min(len(sa), len(sb)) == 1 and not _one_term_names(a, b):
        return False
    return len(sa & sb) / min(len(sa), len(sb)) >= 0.75 or any(h <= sa and h <= sb for h in heads)


def _one_term_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A one-word requirement is the other one only when it is what the other is about, its first word ("payroll"
    and "payroll for a handful of clients"), or the other is as short: "volunteers" (a Volunteer Coordinator's
    "experience of working with volunteers") is no duplicate of "plan weekly volunteer rotas" or "keep volunteer
    records up to date", which only name the people the work is for."""
    one, other = (a, b) if len(set(map(stem, a))) == 1 else (b, a)
    return len(other) <= SHORT_OTHER or stem(one[0]) == stem(other[0])


SHORT_OTHER = 2  # a one-word requirement and one of this many words that shares it are the same
