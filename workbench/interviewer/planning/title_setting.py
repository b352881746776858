"""The setting a job title names beyond its role noun and grade ("Cleaning Operative - Hospital": hospital), and
whether an ESCO occupation covers it: a match that names a setting of its own when the title names another gives
way to a close match of the same role noun that covers the title's, unless the setting says only where the role
is done."""

from __future__ import annotations

import re
from itertools import pairwise

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words, tokens
from workbench.interviewer.planning.label_setting import head_noun, main_part, names_place, setting_words
from workbench.interviewer.planning.label_setting import words as _words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.title_filing import SAME_ROLE_SHARE
from workbench.interviewer.planning.title_filing import own_name_words as _own_name_words
from workbench.interviewer.planning.title_filing import words_of_job as _job_words
from workbench.interviewer.planning.titles import GENERIC_ROLE_NOUNS
from workbench.interviewer.planning.word_forms import own_name_ends_in
from workbench.models import JobDetails


def title_setting(job: JobDetails) -> set[str]:
    """What the title says of the role beyond its role noun and grade: its setting or kind ("hospital"), with a
    setting its aside names ("Cleaning Operative - Hospital")."""
    grades = set(config()["questions"]["title_grades"])
    kind = _words(main_part(job.title)) - {head_noun(job.title)} - GENERIC_ROLE_NOUNS - grades
    # (a word of the post's terms is no setting: the "Bank" of "Hospital Porter - Bank Staff" is a staff bank)
    terms = {esco.singular(word) for word in config()["questions"]["title_terms"]}
    aside = _words(job.title[len(main_part(job.title)) :]) - terms
    return kind | ((_words(main_part(job.title)) | aside) & setting_words())


def in_the_title_setting(
    job: JobDetails, found: tuple[esco.EscoEntry, float] | None, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A match that names a setting of its own when the title names another ("train cleaner" for a Cleaning
    Operative - Hospital whose ad offers "full training") gives way to a close match of the same role noun
    that covers the title's setting, or to none."""
    setting = title_setting(job) & setting_words()
    if found is None or not setting or covers_title_setting(job, found[0]):
        return found
    own = _words(" ".join(tokens(found[0].label)[:-1]))
    title_role = " ".join(plain_words(main_part(job.title))[-2:])
    fits = _own_name_words(found[0]) <= _job_words(job) or own_name_ends_in(
        found[0], title_role, _job_words(job)
    )
    if (
        own & setting_words()
        and own & setting_words() <= setting
        and _own_name_words(found[0]) <= _job_words(job)
    ):
        # its own setting is the title's, and the job says all its own name does ("Kitchen Steward - Hotel" is a
        # *kitchen porter*, the hotel where the kitchen is; not a *secondary school teaching assistant* for an
        # After School Club Assistant)
        return found
    if not own & setting_words() and fits:
        # it names no setting of its own, nor any kind of work the job never speaks of ("Warehouse Team Leader"
        # is no *fruit production team leader*)
        return found
    role = tokens(found[0].label)[-1]
    close = [(e, s) for e, s in ranked if s >= SAME_ROLE_SHARE * ranked[0][1]]
    # (and says a word of the title's kind of work: a school's Catering Assistant is no *primary school teaching
    # assistant*)
    kind = title_setting(job) - setting_words()
    other = next(
        (
            (e, s)
            for e, s in close
            if tokens(e.label)[-1:] == [role]
            and covers_title_setting(job, e)
            and (not kind or bool(kind & _words(f"{e.labels} {e.definition}")))
        ),
        None,
    )
    # without one, a setting of its own the job's text names as a place is the job's too: a school's Catering
    # Assistant who cleans "the kitchen" is a *kitchen assistant* ("we will train you" names no train)
    text = f"{job.description} {job.requirements}"
    if other is None and fits and all(names_place(text, word) for word in own & setting_words()):
        return found
    if other is None and not own & setting_words() and _setting_only_where(job, found[0], setting):
        return found
    return other


def _setting_only_where(job: JobDetails, entry: esco.EscoEntry, setting: set[str]) -> bool:
    """Whether the title's setting says only where the match's role is done, when no close match of that role
    names it: a setting the aside alone names (a Vet Receptionist's "Companion Animal Hospital" is no reason to
    leave the *veterinary receptionist*, whose definition names no hospital), or one before a role the match's
    labels say without it (a Hospital Switchboard Operator is a *telephone switchboard operator*: "switchboard
    operator"). A setting the title's role is named by is not: a Warehouse Team Leader is no *fruit production team
    leader*, whose labels say "team leader"."""
    main = plain_words(main_part(job.title))
    if not {esco.singular(word) for word in main} & setting:
        # (its labels say the title's role: a Key Holder - Charity Shop is no *locksmith*)
        head = head_noun(job.title)
        role = main if head in GENERIC_ROLE_NOUNS else [head]
        return _says_phrase(entry, role)
    role = [word for word in main if esco.singular(word) not in setting]
    # (a kind of its own before the role noun: "team" of "team leader" says none)
    unspecific = unspecific_kinds() | set(config()["questions"]["title_grades"]) | GENERIC_ROLE_NOUNS
    leading = set(config()["questions"]["leading_roles"])
    if len(role) < 2 or not {esco.singular(word) for word in role[:-1]} - unspecific or role[-1] in leading:
        return False
    return _says_phrase(entry, role)


def _says_phrase(entry: esco.EscoEntry, words: list[str]) -> bool:
    said = r"\s+".join(map(re.escape, words))
    return bool(words) and re.search(rf"(?<![a-z0-9]){said}s?(?![a-z0-9])", entry.labels.lower()) is not None


def covers_title_setting(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether an occupation's labels or definition say the title's setting: *building cleaner* ("buildings such
    as offices, hospitals ...") covers a Hospital Cleaner, *train cleaner* does not."""
    setting = title_setting(job) & setting_words()  # places, not kinds of work ("product")
    said = _words(f"{entry.labels} {entry.definition}")
    return bool(setting) and (setting | _setting_qualifiers(job.title, setting)) <= said


def _setting_qualifiers(title: str, setting: set[str]) -> set[str]:
    """The title's word just before a setting word, which says which one it is: "fish" of a Fish Farm
    Technician, whom an *onshore wind farm technician*, whose definition names a farm too, is not."""
    words = tokens(main_part(title))
    grades = set(config()["questions"]["title_grades"])
    return {
        esco.singular(before)
        for before, word in pairwise(words)
        if esco.singular(word) in setting and before not in grades and esco.singular(before) not in setting
    }


def unspecific_kinds() -> frozenset[str]:
    """Words before a role noun that name no kind of work of their own ("team" of "team leader")."""
    return frozenset(config()["questions"]["unspecific_kinds"])
