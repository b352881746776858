"""Whether an answer to the opening says why this role, not only that the candidate wants it.

The opening asks what draws the candidate to the role. A career told with no reason ("I started on the tills in
2014 ... trained three team leaders") answers half of it; so does a wish said without one ("I've always wanted to
do this job, I love it"): both scored Motivation 5/5. A reason is a wish or a "because" with something of the work
or the place said with it ("I love working with older people", "I want to run a bigger store", "your focus on
training managers appeals to me", "the next step"). The words are data (`planning/data/probes.yaml`:
`opening_covered.motivation`, `motivation_points_back`, `motivation_empty_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.interviewer.clauses import splitter
from workbench.interviewer.probe_texts import probe_texts
from workbench.interviewer.stemming import CONTENT_WORD, STOPWORDS

# A reason and the wish it explains are said in one clause: "I've been a nurse for ten years and I love it" has its
# content in the first clause and only the wish in the second.
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CLAUSE = splitter("motivation")  # `planning/data/clauses.yaml`


@dataclass(frozen=True, slots=True)
class _Words:
    wish: re.Pattern[str]  # "I'd love", "because", "I'm keen", "appeals to me", "the next step"
    points_back: re.Pattern[str]  # the markers said after their reason
    empty: frozenset[str]
    background: re.Pattern[str]  # "six years", "I've worked", "I was a": a career told


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = probe_texts()
    return _Words(
        wish=re.compile(data["opening_covered"]["motivation"], re.IGNORECASE),
        points_back=re.compile(data["motivation_points_back"], re.IGNORECASE),
        empty=frozenset(data["motivation_empty_words"]),
        background=re.compile(data["opening_covered"]["background"], re.IGNORECASE),
    )


def _says_something(words: str) -> bool:
    empty = _words().empty
    return any(w not in STOPWORDS and w not in empty for w in CONTENT_WORD.findall(words.lower()))


def gives_a_reason(text: str) -> bool:
    """Whether the answer says why this role: a wish with something of the work or the place in its clause."""
    w = _words()
    for sentence in _SENTENCE.split(text.replace("’", "'")):
        for clause in _CLAUSE.split(sentence):
            for match in w.wish.finditer(clause):
                if w.points_back.match(match.group(0)):
                    # "your company has a good name, so I'd like to work for you": the reason comes before, in the
                    # sentence's earlier clauses
                    said = sentence[: sentence.find(clause) + match.end()]
                else:
                    said = clause[match.start() :]
                if _says_something(said):
                    return True
    return False


def of_the_candidate(text: str) -> bool:
    """Whether a quote speaks of the candidate's background or of why this role ("been plumbing six years", "your
    team trains its staff well, which is why I applied"), not of how a task is done ("i isolate the supply first
    then drain down"): only such words are said back on motivation."""
    return gives_a_reason(text) or _words().background.search(text.replace("’", "'")) is not None
