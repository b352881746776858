"""A match that lends a setting the job never says, when ESCO splits the title's role by setting: a Higher Level
Teaching Assistant of a secondary school's maths department is the *secondary school teaching assistant*, not the
*university teaching assistant* whose labels say "teaching assistant" too; a bare "Teaching Assistant" whose title
says no school is none of them (no match over a wrong one that lends a university's duties)."""

from __future__ import annotations

import re

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words, tokens
from workbench.interviewer.planning.label_setting import main_part, names_setting_unsaid_by, said_by_job
from workbench.interviewer.planning.label_setting import words as _words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.title_filing import SAME_ROLE_SHARE
from workbench.interviewer.planning.title_filing import words_of_job as _job_words
from workbench.models import JobDetails

ROLE_PHRASE = 2  # the last words of an occupation's own name that name its role ("teaching assistant")


def in_the_said_setting(
    job: JobDetails, found: tuple[esco.EscoEntry, float] | None, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """The match, or, when its own name says a setting the job never says and close matches name the same role in
    other settings, the best of those whose own name the job says a word of ("secondary"), else none: the job
    says which of ESCO's settings it is, or it is none of them."""
    if found is None or not ranked:
        return found
    job_words = _job_words(job)
    if not _names_unsaid_setting(found[0], job_words):
        return found
    role = tokens(found[0].label)[-ROLE_PHRASE:]
    title = " ".join(plain_words(main_part(job.title)))
    if len(role) < ROLE_PHRASE or (title != " ".join(role) and _says_phrase(found[0], title)):
        return found  # (a label says the whole title: a Graduate Teaching Assistant is a university's)
    close = SAME_ROLE_SHARE * ranked[0][1]
    siblings = [
        (entry, score)
        for entry, score in ranked
        if score >= close and entry is not found[0] and tokens(entry.label)[-ROLE_PHRASE:] == role
    ]
    if not siblings:
        return found  # the role has no other setting in ESCO: the setting says only where it is done
    said = [
        (entry, score)
        for entry, score in siblings
        # (a word of its own name the job says: "secondary" of a secondary school's, though the ad never says
        # "school")
        if any(said_by_job({word}, job_words) for word in _words(entry.label) - _words(" ".join(role)))
    ]
    return max(said, key=lambda match: match[1]) if said else None


def _says_phrase(entry: esco.EscoEntry, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}s?(?![a-z0-9])", entry.labels.lower()) is not None


def _names_unsaid_setting(entry: esco.EscoEntry, job_words: set[str]) -> bool:
    """Whether the occupation's own name says a setting (`label_settings`) or a level of education
    (`education_settings`) the job never says."""
    levels = set(config()["questions"]["education_settings"]) & _words(" ".join(tokens(entry.label)[:-1]))
    return names_setting_unsaid_by(entry, job_words) or not said_by_job(levels, job_words)
