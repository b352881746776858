"""Whether an occupation the matcher settled on is too weak a reading of the title to lend the job its duties and
family: better no occupation (the plan then rests on the job's own words) than another job's.

A match whose own name shares no word with the title was found by its other labels. That is how *computer
numerical control machine operator* is a CNC Machinist's; but it is also how "Play Worker" found *toymaker*
("play thing repairer": a bare title, with no text to agree with it) and "Refuse Loader" found *stagehand* ("loader & stage hand"): the title's role noun is a
generic one no label says, or the labels say it while the title's kind ("refuse", "bin") is nowhere in them nor in
what the occupation does."""

from __future__ import annotations

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.label_setting import head_noun, main_part, words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.titles import GENERIC_ROLE_NOUNS
from workbench.interviewer.planning.word_forms import says_title_as_work
from workbench.models import JobDetails


def too_weak(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """The match names none of the title's words itself, and either no label says the title's generic role noun
    (while the job says nothing else, or the labels do not say the title's kind either), or the labels say the
    role noun but nothing of the labels and the definition says the title's kind."""
    title = job.title
    title_words = words(main_part(title))
    if not title_words or words(entry.label) & title_words:
        return False  # found by the title's own words
    # a label says the title's role as its work ("credit control agent": a Credit Controller's *debt collector*)
    if says_title_as_work(title, entry, words(f"{title} {job.description} {job.requirements}")):
        return False
    head = head_noun(title)
    label_words = words(entry.labels)
    grades = set(config()["questions"]["title_grades"])
    kind = title_words - {head} - GENERIC_ROLE_NOUNS - grades
    if head in GENERIC_ROLE_NOUNS and head not in label_words:
        # (a Post Room Assistant who sorts and franks the mail is the *mail clerk*, "mail room clerk")
        bare = not (job.description.strip() or job.requirements.strip() or job.skills_required)
        return bare or not kind <= label_words
    return head in label_words and bool(kind) and not kind & words(f"{entry.labels} {entry.definition}")


def a_researcher_for_practice(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the occupation is a researcher the title names by its role noun alone, while the title's kind is
    nowhere in its labels or definition and the job never speaks of research: a Cardiac Physiologist, who runs
    ECGs for outpatients, is no *physiologist* ("Physiologists study and exert research on ...")."""
    title_words = words(main_part(job.title))
    head = head_noun(job.title)
    grades = set(config()["questions"]["title_grades"])
    kind = title_words - {head} - GENERIC_ROLE_NOUNS - grades
    said = words(f"{job.title} {job.description} {job.requirements} {' '.join(job.skills_required)}")
    return (
        words(entry.label) == {head}
        and bool(kind)
        and not kind & words(f"{entry.labels} {entry.definition}")
        and bool(words(entry.definition) & _RESEARCH)
        and not said & _RESEARCH
    )


_RESEARCH = frozenset({"research", "researcher", "study"})


def agrees_no_less(job: JobDetails, narrower: esco.EscoEntry, best: esco.EscoEntry) -> bool:
    """Whether the job's own text (its duties, requirements, skills) agrees with a narrower candidate's
    definition at least as well as with the best match's. A bare title has no text to disagree."""
    query = esco.weighted_query(
        (job.description[:4000], 1.0), (job.requirements[:4000], 1.0), (" ".join(job.skills_required), 1.0)
    )
    if not query:
        return True
    narrower_agrees, best_agrees = esco.agreement(query, [narrower, best])
    return narrower_agrees >= best_agrees
