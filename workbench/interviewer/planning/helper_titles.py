"""A title whose role words say a rank or a place in a team, not the work ("Cattery Assistant", "Boarding Kennels
Team Member", "Fish Farm Operative"): the words before them name its kind, and the job is the close occupation of
that kind whose own name leads no one and whose role the job is (`occupation.match_occupation` reads one so when
the title named nothing, or named only a leading occupation of its kind)."""

from __future__ import annotations

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words, tokens
from workbench.interviewer.planning.label_setting import main_part, said_by_job, setting_words
from workbench.interviewer.planning.label_setting import words as _words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.title_filing import RERANK_POOL, SAME_ROLE_SHARE
from workbench.interviewer.planning.title_filing import words_of_job as _job_words
from workbench.interviewer.planning.titles import GENERIC_ROLE_NOUNS
from workbench.models import JobDetails


def helper_kind(title: str) -> set[str]:
    """The kind a helper's title names, the words before its helper's role words, without grades: {"pig",
    "unit"} of a Pig Unit Assistant; none for a title whose role words name the work or lead ("Kennel
    Supervisor"), or that says no kind ("Team Member")."""
    said = [esco.singular(w) for w in plain_words(main_part(title))]
    helpers = set(config()["questions"]["helper_role_words"])
    end = len(said)
    while end and said[end - 1] in helpers:
        end -= 1
    if end == len(said):
        return set()
    grades = set(config()["questions"]["title_grades"])
    leading = set(config()["questions"]["leading_roles"])
    kind = set(said[:end]) - grades - helpers
    return set() if kind & leading else kind


def leads_unlike_helper(title: str, entry: esco.EscoEntry) -> bool:
    """Whether a helper's title matched an occupation whose own name leads (*aquaculture mooring manager* for a
    Fish Farm Operative)."""
    return bool(helper_kind(title)) and bool(
        _words(entry.label) & set(config()["questions"]["leading_roles"])
    )


def helper_of_its_kind(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """The first close occupation (in the rank order) that is the helper's of the title's kind: its own name leads
    no one; it is of the title's kind (its own name says a word of it, *pig breeder* for a Pig Unit Assistant,
    or its labels and definition say every word of it: *kennel worker*, "kennels or catteries", for a Cattery
    Assistant); and its role noun is one any job may have or one the job says ("breeding" of *pig breeder*; not
    *veterinary receptionist* for a Veterinary Care Assistant who assists in theatre)."""
    kind = helper_kind(job.title)
    if not kind or not ranked:
        return None
    leading = set(config()["questions"]["leading_roles"])
    helpers = set(config()["questions"]["helper_role_words"])
    job_words = _job_words(job)
    bare = not (job.description.strip() or job.requirements.strip() or job.skills_required)
    close = [m for m in ranked[:RERANK_POOL] if m[1] >= SAME_ROLE_SHARE * ranked[0][1]]
    for entry, score in close:
        name = tokens(entry.label)
        own = _words(entry.label)
        if not name or own & leading:
            continue
        role = esco.singular(name[-1])
        said = _words(f"{entry.labels} {entry.definition}")
        # (its own name the job says, or what it does says the whole kind: no *farm milk controller* for a
        # Broiler Farm Assistant; and the title's setting: no *train cleaner* for a Cleaning Operative - Hospital)
        # (a bare title, no text to confirm what the occupation does: its own name must say the kind; a bare
        # Stable Hand is no *livestock worker*, one of whose labels is "stable worker")
        names_kind = bool((own - {role}) & kind) and said_by_job(own - {role}, job_words)
        of_kind = names_kind or (kind <= said and not bare)
        if not _words(job.title) & setting_words() <= said:
            continue
        if of_kind and (role in GENERIC_ROLE_NOUNS | helpers or _work_said(role, job_words)):
            return entry, score
    return None


def _work_said(role: str, job_words: set[str]) -> bool:
    """Whether the job says the role noun, or the work an agent noun names ("breeding" for a breeder)."""
    stem = role[:-2] if role.endswith(("er", "or")) else role
    return said_by_job({role}, job_words) or bool(
        {stem, stem + "e", stem + "s", stem + "ing", stem + "ed", stem + "es"} & job_words
    )
