"""A title alone that says no kind of work ("APS4 Service Officer", "Support Worker", "Team Member"): it names no
occupation by itself, and any match would be a guess that lends another job's duties."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words
from workbench.interviewer.planning.label_setting import head_noun, main_part
from workbench.interviewer.planning.label_setting import words as _words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.titles import GENERIC_ROLE_NOUNS
from workbench.models import JobDetails


def bare_and_generic(job: JobDetails) -> bool:
    """A title alone whose every word says no kind of work (`generic_title_words`, role nouns any job may have,
    grades and the post's terms): "Service Officer", "Support Worker", "Team Member"."""
    if job.description.strip() or job.requirements.strip() or job.skills_required:
        return False
    questions = config()["questions"]
    generic = set(questions["generic_title_words"]) | set(questions["helper_role_words"]) | GENERIC_ROLE_NOUNS
    said = _words(main_part(job.title)) - set(questions["title_grades"]) - set(questions["title_terms"])
    # (what follows the role may say its kind, as a label says it before the role noun: "Senior Support Worker -
    # Learning Disabilities" ("learning disability support worker"); not an employer's name, "Services Australia")
    aside = _words(job.title[len(main_part(job.title)) :]) - set(questions["title_terms"]) - generic
    head = head_noun(job.title)
    stems = {word[:5] for word in said}
    said |= {word for word in aside if head and word[:5] not in stems and _said_before(word, head)}
    # (one that is an occupation's own name is that occupation: ESCO's *support worker* would be one)
    own = " ".join(plain_words(main_part(job.title))) in _own_names()
    return bool(said) and said <= {esco.singular(word) for word in generic} and not own


def _said_before(word: str, head: str) -> bool:
    """Whether a label says the word a few words before the role noun ("learning disability support worker")."""
    said = re.compile(
        rf"(?<![a-z0-9]){re.escape(word[:5])}[a-z]*(?:\s+[a-z]+){{0,3}}\s+{re.escape(head)}s?(?![a-z])"
    )
    return any(said.search(entry.labels.lower()) for entry in esco.occupations().entries)


@lru_cache(maxsize=1)
def _own_names() -> frozenset[str]:
    return frozenset(" ".join(plain_words(entry.label)) for entry in esco.occupations().entries)
