"""A job matched to its ESCO occupation: BM25 over the occupations' labels and definitions with the title weighted
most, then read by the title itself (a label that says it, the role its last words name, the same kind of role),
so that a match lends duties and a family only when it is the job's own occupation."""

from __future__ import annotations

import re

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words, tokens
from workbench.interviewer.planning.generic_titles import bare_and_generic
from workbench.interviewer.planning.helper_titles import helper_of_its_kind, leads_unlike_helper
from workbench.interviewer.planning.label_setting import (
    adds_a_lead,
    follower,
    head_noun,
    main_part,
    names_setting_unsaid_by,
    said_as_initials,
    said_by_job,
    setting_words,
)
from workbench.interviewer.planning.label_setting import words as _words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.setting_siblings import in_the_said_setting
from workbench.interviewer.planning.title_alternatives import by_either_name
from workbench.interviewer.planning.title_filing import (
    RERANK_POOL,
    SAME_ROLE_SHARE,
    labels_say_title_kind,
    possessors,
)
from workbench.interviewer.planning.title_filing import ROLE_KINDS as _ROLE_KINDS
from workbench.interviewer.planning.title_filing import another_kind as _another_kind
from workbench.interviewer.planning.title_filing import named_by_title as _named_by_title
from workbench.interviewer.planning.title_filing import named_by_title_tail as _named_by_title_tail
from workbench.interviewer.planning.title_filing import words_of_job as _job_words
from workbench.interviewer.planning.title_setting import (
    covers_title_setting,
    in_the_title_setting,
    unspecific_kinds,
)
from workbench.interviewer.planning.titles import (
    GENERIC_ROLE_NOUNS,
    compounds_apart,
    first_of_two_roles,
    in_its_sense,
    initials_spelled,
    licence_read,
    said_apart,
    spelled_out,
    without_level,
)
from workbench.interviewer.planning.weak_match import a_researcher_for_practice, agrees_no_less, too_weak
from workbench.interviewer.planning.word_forms import (
    named_as_its_work,
    named_in_another_form,
    names_title_around,
)
from workbench.models import JobDetails

MIN_OCCUPATION_SCORE = 12.0  # below this the ESCO match is too weak to lend duties or a family
PHRASE_POOL = 60  # candidates searched for a label that says the title outright


def match_occupation(job: JobDetails) -> tuple[esco.EscoEntry, float] | None:
    """The job's ESCO occupation and its score, or none; a title that gives two names ("Key Holder / Sales
    Assistant") by the second where the first names none (`title_alternatives`)."""
    return by_either_name(job, _match_one_name(job), _match_one_name)


def _match_one_name(job: JobDetails) -> tuple[esco.EscoEntry, float] | None:
    job = job.model_copy(update={"title": initials_spelled(job.title)})
    job = job.model_copy(
        update={
            "title": compounds_apart(
                spelled_out(without_level(licence_read(first_of_two_roles(in_its_sense(job)))))
            )
        }
    )
    if bare_and_generic(job):
        return None
    skills = " ".join(job.skills_required)
    query = esco.weighted_query((skills, 1.0), (job.requirements[:4000], 0.5), (job.description[:4000], 0.5))
    ranked = esco.occupations().top(query, PHRASE_POOL, labels_query=_title_query(job.title))
    if not ranked or ranked[0][1] < MIN_OCCUPATION_SCORE:
        return None
    # no occupation read by the title: the best one still is the title's when its labels say the title's words
    # apart ("overhead transmission and distribution linesperson" for an Overhead Linesperson); none too weak
    found = _read_by_title(job, ranked) or said_apart(job, ranked[0])
    if found is None or _weak(job, found[0]):
        found = _read_without_grade(job, ranked)
    if found is None or _weak(job, found[0]) or leads_unlike_helper(job.title, found[0]):
        # a helper's title ("Cattery Assistant") names its work only by its kind: the close helper of that kind,
        # which says it (checked there: a label need not say the title's kind, *kennel worker*'s definition does)
        helper = helper_of_its_kind(job, ranked)
        if helper is not None and not a_researcher_for_practice(job, helper[0]):
            return helper
    return None if found is None or _weak(job, found[0]) else in_the_said_setting(job, found, ranked)


def _weak(job: JobDetails, entry: esco.EscoEntry) -> bool:
    return too_weak(job, entry) or a_researcher_for_practice(job, entry)


def _read_without_grade(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """The title read without the grade words before its role, when read whole it named nothing: an Improver
    Painter and Decorator is a "painter and decorator", an Assistant Bar Manager a "bar manager" (a title read
    whole first: a Night Auditor is ESCO's own *night auditor*)."""
    grades = set(config()["questions"]["title_grades"])
    main = main_part(job.title)
    said = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", main))
    lead = next((i for i, w in enumerate(said) if w.group(0).lower() not in grades), len(said))
    if lead in {0, len(said)}:
        return None
    role = main[said[lead].start() :]
    return _read_by_title(job.model_copy(update={"title": role + job.title[len(main) :]}), ranked)


def _title_query(title: str) -> dict[str, float]:
    """The title as the labels are searched for it: its main part, the role, weighted most; what follows it (a
    setting, a shift, pay, an employer: "Milker - 2x Daily (Accommodation Available)") a third as much, so that
    it steers among the role's occupations without outranking them (*accommodation manager* for a Milker)."""
    main = main_part(title)
    aside = title[len(main) :] if title.startswith(main) else ""
    return esco.weighted_query((main, 3.0), (aside, 1.0))


def _read_by_title(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    named = (
        _named_by_title(job, ranked)
        or _named_by_title_tail(job, ranked)
        or named_in_another_form(job.title, ranked, _job_words(job))
        or named_as_its_work(job.title, ranked, _job_words(job))
    )
    if named is not None:  # one of its labels says the title ("farm worker" is a crop production worker)
        return in_the_title_setting(job, named, ranked)
    apart = _said_apart_close(job, ranked)
    if apart is not None:
        return in_the_title_setting(job, apart, ranked)
    chosen = _prefer_same_role(job, ranked[:RERANK_POOL])
    if not _another_role(job, chosen[0]):
        return in_the_title_setting(job, _of_a_kind_the_job_says(job, chosen, ranked), ranked)
    # the next close match that is the same role ("Warehouse Shift Supervisor": warehouse manager, not picker)
    best = ranked[0][1]
    close = [(e, score) for e, score in ranked if score >= SAME_ROLE_SHARE * best]
    close = close[:RERANK_POOL] + [
        m for m in close[RERANK_POOL:] if covers_title_setting(job, m[0]) or _names_title_kind(job, m[0])
    ]
    # the title's setting steers: a Hospital Cleaner is the *building cleaner* whose definition names hospitals
    # before the *domestic cleaner* the ad's "domestic waste" suggests
    close.sort(key=lambda match: not covers_title_setting(job, match[0]))
    return next(((e, score) for e, score in close if _same_role_of_this_job(job, e)), None)


def _said_apart_close(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A close match one of whose labels says the title's words in their order, a few words apart, when the best
    match's labels say them only in separate labels: a Building Surveyor is the *building inspector* ("building
    control surveyor"), not the *property appraiser* whose labels say "valuation surveyor" and "building
    appraiser" (BM25 over run-together labels scores the scattered words as high), nor the *quantity surveyor*
    whose labels say only "surveyor". Not when the best match's labels say the title's words together too (an
    *ICT buyer*'s "ICT procurement officer ICT buyers" for a Procurement Buyer)."""
    words = plain_words(main_part(job.title))
    together = re.compile(r"(?<![a-z0-9])" + r"(?:\s+[a-z0-9]+){0,3}\s+".join(map(re.escape, words)))
    if len(words) < 2 or together.search(ranked[0][0].labels.lower()):
        return None
    close = [m for m in ranked[:RERANK_POOL] if m[1] >= SAME_ROLE_SHARE * ranked[0][1]]
    return next((m for m in close[1:] if said_apart(job, m) is not None), None)


def _of_a_kind_the_job_says(
    job: JobDetails, chosen: tuple[esco.EscoEntry, float], ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A match whose own kind the job never says (*ICT buyer* for a manufacturer's Procurement Buyer, whose ad
    speaks of castings, never of ICT) yields to a close match whose labels name the title's role and whose own
    name the job does say (*purchaser*, one of whose labels is "buyer"). Without one, a match that names a
    setting the job never speaks of is none (a workboat's Deckhand is no *fisheries deckhand*: its duties
    would be the catch's)."""
    if (
        _kind_said(job, chosen[0])
        or names_title_around(chosen[0], job.title, _job_words(job))
        or labels_say_title_kind(job, chosen[0])
    ):
        return chosen
    head = head_noun(job.title)
    names_role = re.compile(rf"(?<![a-z0-9]){re.escape(head)}s?(?![a-z0-9])")
    close = [(e, s) for e, s in ranked if s >= SAME_ROLE_SHARE * ranked[0][1] and e is not chosen[0]]
    pool = close[:RERANK_POOL] + [(e, s) for e, s in close[RERANK_POOL:] if _names_title_kind(job, e)]
    return next(
        (
            (entry, score)
            for entry, score in pool
            if head
            and (
                _names_title_kind(job, entry)
                or (names_role.search(entry.labels.lower()) and _kind_said(job, entry))
            )
            and (not _another_role(job, entry) or _title_names_its_setting(job, entry))
            and _leads_as_title_does(job, entry)
        ),
        _named_by_bare_title(job) or (None if _names_unsaid_setting(job, chosen[0]) else chosen),
    )


def _title_names_its_setting(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the title says every word of the occupation's own name but its role noun, its own name's role noun
    being the title's: a PSW of a "Long-Term Care Home" is a *care home worker*, though the two share only
    "worker" (the title's setting says which worker, where its "personal support" says none ESCO names)."""
    label = tokens(entry.label)
    if len(label) < 2 or esco.singular(label[-1]) != head_noun(job.title):
        return False
    return _words(" ".join(label[:-1])) <= _words(job.title)


def _named_by_bare_title(job: JobDetails) -> tuple[esco.EscoEntry, float] | None:
    """The occupation the title alone names, for a job whose text confirms no kind of the match it gave: a
    fabricator's Quality Inspector, whose ad never says clothing, is the bare title's *product quality
    inspector*, not *clothing quality inspector*; a Railway Track Inspector who walks the track is the
    *railway infrastructure inspector*, not the *rolling stock inspector*."""
    if not (job.description.strip() or job.requirements.strip() or job.skills_required):
        return None  # the bare title itself
    bare = match_occupation(
        job.model_copy(update={"description": "", "requirements": "", "skills_required": []})
    )
    # (and the text says its kind, but for words that say none: no *electricity sales representative* for an
    # estate agent's ad, no *vehicle glazier* for a Glazier)
    return bare if bare is not None and _kind_said(job, bare[0], unspecific_kinds()) else None


def _leads_as_title_does(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the occupation's own name leads others when the title does: ESCO lists "care home manager" and
    "care home supervisor" among the labels of *care home worker*, whose own name leads no one; a Care Home
    Manager is the *elderly home manager* beside it."""
    leading = set(config()["questions"]["leading_roles"])
    return head_noun(job.title) not in leading or bool(_words(entry.label) & leading)


def _names_unsaid_setting(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the occupation's own name says a setting (`label_settings`) that neither the title nor the job's
    text begins a word with ("rail" of "railway", "fish" of "fishing")."""
    return names_setting_unsaid_by(entry, _job_words(job))


def _names_title_kind(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the occupation's own name is the title's kind with a role noun of its own: a title whose role
    noun says nothing of the work ("Security Officer") is the plain occupation of that kind (*security guard*),
    not one of the narrower ones whose labels happen to say "security officer" (hotel, airport, IT)."""
    head = head_noun(job.title)
    label = tokens(entry.label)
    if head not in GENERIC_ROLE_NOUNS or len(label) < 2:
        return False
    ignored = set(config()["questions"]["title_grades"]) | GENERIC_ROLE_NOUNS
    # (every word of the title, stop words too: "IT Security Officer" is no *security guard*)
    kind = [w for w in plain_words(main_part(job.title)) if esco.singular(w) not in ignored | {head}]
    role = esco.singular(label[-1])
    leading = set(config()["questions"]["leading_roles"])
    # the same words as the title's, not merely their stems ("securities trader"), and a role noun of its own
    # (a *security consultant* is another job)
    return bool(kind) and label[:-1] == kind and role not in leading | GENERIC_ROLE_NOUNS


def _kind_said(job: JobDetails, entry: esco.EscoEntry, unneeded: frozenset[str] = frozenset()) -> bool:
    """Whether the job says every word of the occupation's own name beyond the title's words, role nouns and
    grades ("ict" of *ICT buyer*)."""
    grades = set(config()["questions"]["title_grades"])
    job_words = _job_words(job)
    own = _words(entry.label) - _words(main_part(job.title)) - GENERIC_ROLE_NOUNS - set(_ROLE_KINDS) - grades
    own -= unneeded
    return said_by_job(own - said_as_initials(tokens(entry.label), job_words), job_words)


def _same_role_of_this_job(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """A close match that shares a word with the title, names its kind of role, and says nothing the job does
    not ("refinery shift manager" shares "shift" with a warehouse shift supervisor, but no refinery)."""
    title_words, label_words = _words(main_part(job.title)), _words(entry.label)
    modifiers = label_words - GENERIC_ROLE_NOUNS - set(_ROLE_KINDS)
    return (
        bool(title_words & label_words)
        and not _another_role(job, entry)
        and not _another_kind(job, entry)
        and (
            modifiers <= _job_words(job) or _names_title_kind(job, entry) or covers_title_setting(job, entry)
        )
    )


def _another_role(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """A match found by neither of the title's phrases that is plainly another job: it shares with the title
    only a role noun any job may have ("2nd Line Support Engineer" matched *pipeline engineer*, "Service Desk
    Analyst" *call centre analyst*), or only one word while naming another role ("Beauty Therapist" matched
    *beauty vocational teacher*), or only the role noun while the title names a kind of it that none of the
    match's labels says and the match names a kind the job never speaks of (a "Beauty Therapist" is no
    *speech and language therapist*). Its duties would be that job's. (A match that shares no word at all
    was found by its other labels: "CNC Machinist" is a computer numerical control machine operator; but for
    a possessive title those labels must name the one whose helper it is.)"""
    title = job.title
    if (
        _names_title_kind(job, entry)
        or labels_say_title_kind(job, entry)
        or _labels_say_title_words(job, entry)
    ):
        return False  # "Security Officer": a *security guard*
    label_words = _words(entry.label)
    title_words = _words(main_part(title))
    # a title's initials say the words they stand for: "HVAC Technician" shares "heating, ventilation, air
    # conditioning" with the *heating, ventilation, air conditioning and refrigeration engineering technician*
    spelled = said_as_initials(tokens(entry.label), title_words)
    shared = (title_words | spelled) & label_words - set(config()["questions"]["title_ranks"])
    if not shared:  # found by its other labels, which must then say whose helper a possessive title names
        # (a shift is no word of the role: "overnight auditor" of *night auditor* says nothing of an Overnight
        # Stocker)
        # (nor is a setting the aside names: a secondary school's Exam Invigilator is no *secondary school teaching
        # assistant*)
        grades = set(config()["questions"]["title_grades"])
        if not (_words(main_part(title)) - grades) & _words(entry.labels) and not _kind_said(job, entry):
            # no label says any word of the title: the ad's text alone found it, and the job never says what
            # its own name does (a Ghillie's "rearing" is no *aquaculture rearing technician*)
            return True
        leading = set(config()["questions"]["leading_roles"])
        if label_words & leading and not _words(title) & leading:
            return True  # a Sales Executive is no *motor vehicle shop manager*, though its labels say "sales"
        if _says_not_the_role(job, entry):
            return True
        return any(word not in _words(entry.labels) for word in possessors(title))
    head = head_noun(title)
    kinds = {_ROLE_KINDS.get(word) for word in label_words} - {None}
    same_role = head in label_words or _ROLE_KINDS.get(head) in kinds  # ESCO: "nurse responsible for …"
    # "Pharmacist Manager" leads as a *pharmacist*: the word shared is the label's own role noun
    label_head = esco.singular(tokens(entry.label)[-1]) if tokens(entry.label) else ""
    same_role = same_role or (
        head in _ROLE_KINDS and label_head in shared - GENERIC_ROLE_NOUNS and label_words <= _words(title)
    )
    # a title whose role noun says nothing of the work ("Gas Engineer", "Pig Unit Assistant") is named by its
    # kind: a match whose own name says that kind, and nothing the job does not, is its role (*gas service
    # technician* for an ad that services boilers)
    # (not an assistant's, whose role noun says a rank: a Pharmacy Counter Assistant is no *pharmacy technician*;
    # nor one that leads when the title does not, or the other way round)
    grades = set(config()["questions"]["title_grades"])
    leading = set(config()["questions"]["leading_roles"])
    same_role = same_role or (
        head in GENERIC_ROLE_NOUNS - grades
        and bool(shared - GENERIC_ROLE_NOUNS - grades)
        and bool(label_words & leading) == bool(title_words & leading)
        and _kind_said(job, entry)
    )
    other_role = len(shared) == 1 and not same_role
    return shared <= GENERIC_ROLE_NOUNS or other_role or (shared == {head} and _sibling(job, entry))


def _says_not_the_role(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether no label says the title's role noun, one that names a trade ("driver"), and the occupation's own
    role noun is another: a Fuel Tanker Driver is no *dip tank operator*, though one of its labels is "tanker" (a
    modifier shared is no role shared)."""
    head = head_noun(job.title)
    if not head or head in GENERIC_ROLE_NOUNS or head in _ROLE_KINDS or head not in esco.common_role_heads():
        return False
    label = tokens(entry.label)
    return bool(label) and esco.singular(label[-1]) != head and head not in _words(entry.labels)


def _labels_say_title_words(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the occupation's labels say every word of the title's main part, its role noun too, and its own
    name shares one with the title: ESCO files "shearer" and "sheep specialist" under *sheep breeder*, so a
    Sheep Shearer is one; "retail shop supervisor" under *shop supervisor*, so a Retail Supervisor is one (not
    when the title's kind is a word that says nothing: "general", "senior")."""
    grades = set(config()["questions"]["title_grades"])
    title_words = _words(main_part(job.title)) - grades - unspecific_kinds()
    leading = set(config()["questions"]["leading_roles"])
    if not (
        len(title_words) >= 2
        and bool(title_words & _words(entry.label))
        and title_words <= _words(entry.labels)
        and bool(_words(entry.label) & leading) == bool(title_words & leading)
    ):
        return False
    if head_noun(job.title) not in GENERIC_ROLE_NOUNS:
        return True
    # a role noun any job may have ("associate", "supervisor") is the title's only where a label says the title's
    # words in their order, one word between at most ("retail shop supervisor"; not "warehouse" in one label and
    # "associate" in another), and the job says the occupation's own kind (no *raw materials warehouse
    # specialist*, "raw materials warehouse associate", for a Warehouse Associate who never handles raw materials)
    if not _kind_said(job, entry):
        return False
    said = [w for w in plain_words(main_part(job.title)) if esco.singular(w) in title_words]
    close = re.compile(
        r"(?<![a-z0-9])" + r"(?:\s+[a-z0-9]+)?\s+".join(map(re.escape, said)) + r"s?(?![a-z0-9])"
    )
    return close.search(entry.labels.lower()) is not None


def _sibling(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Another kind of the title's role: the title's kind ("beauty") is in none of the match's labels, and
    the job says no word of the match's own kind ("speech", "language"; an iOS Developer's app is "mobile",
    so a *mobile application developer* is one)."""
    grades = set(config()["questions"]["title_grades"])
    kind = _words(main_part(job.title)) - {head_noun(job.title)} - GENERIC_ROLE_NOUNS - grades
    own_kind = _words(entry.label) - _words(main_part(job.title)) - GENERIC_ROLE_NOUNS - set(_ROLE_KINDS)
    job_words = _job_words(job)
    places = setting_words()
    if kind & places and own_kind & places and not covers_title_setting(job, entry):
        return True  # a Hospital Cleaner is no *train cleaner*, though the ad says "we will train you"
    # (the title's aside says its kind too: a Tanker Driver (ADR) is the *dangerous goods driver*, one of whose
    # labels is "ADR driver")
    # (an aside word only as a label says it of the role: "ADR driver", not the "room" of "operating room nurse
    # manager" for a Nursery Practitioner - Baby Room)
    aside = _words(job.title) - _words(main_part(job.title)) - GENERIC_ROLE_NOUNS - grades
    head = re.escape(head_noun(job.title))
    labels = entry.labels.lower()
    aside_said = any(re.search(rf"(?<![a-z0-9]){re.escape(w)}s?\s+{head}", labels) for w in aside)
    return (
        bool(kind and own_kind)
        and not covers_title_setting(job, entry)
        and not kind & _words(entry.labels)
        and not aside_said
        and not any(said_by_job({word}, job_words) for word in own_kind)
    )


def _prefer_same_role(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float]:
    """The best match whose preferred label names the same role as the title's head noun, if it is close.

    BM25 over a row's run-together alternative labels favours rows that list many variants of the query's
    words: "Registered Nurse - Intensive Care" scores highest on *midwife* (one of whose alternative labels is
    "intensive care neonatal nurse"). The role a title names is its head noun, the last word of its main part
    ("nurse"); when the best match's preferred label shares no word with the title, a close candidate whose
    preferred label ends in that noun is the better reading — unless that candidate is a narrower trade (its
    name says more than the title), the best match's labels name the role too (a role noun of its own, not
    "engineer" or "officer", which any job may be) and the job's own text agrees more with the best match's
    definition: a newspaper's Reporter is a *journalist* (one of whose labels is "reporter"), not a *court
    reporter*, though the job covers the crown court.
    """
    head = head_noun(job.title)
    best_score = ranked[0][1]
    title_words = _words(job.title)
    if title_words & _words(ranked[0][0].label):
        # the best match's own name already shares a word with the title; but a Home Care Manager is no *care
        # home worker*: a close match that shares one of those words and leads as the title does comes first
        # (not *fruit production team leader*, sharing only "team", for a Warehouse Team Leader)
        setting = (title_words & _words(ranked[0][0].label)) - {head}
        if adds_a_lead(ranked[0][0], job.title):  # a Pool Lifeguard is no *lifeguard instructor*
            return follower(job, ranked, SAME_ROLE_SHARE)
        leader = next(
            (
                (entry, score)
                for entry, score in ranked
                if score >= SAME_ROLE_SHARE * best_score
                and _leads_as_title_does(job, entry)
                and setting & _words(entry.label)
            ),
            ranked[0],
        )
        return ranked[0] if _leads_as_title_does(job, ranked[0][0]) else leader
    for entry, score in ranked:
        label_words = tokens(entry.label)
        if (
            head
            and label_words
            and esco.singular(label_words[-1]) == head
            and score >= SAME_ROLE_SHARE * best_score
        ):
            narrower = bool(_words(entry.label) - title_words)  # "court reporter" for a Reporter
            best_is_role_too = head not in GENERIC_ROLE_NOUNS and head in _words(ranked[0][0].labels)
            if narrower and best_is_role_too and not agrees_no_less(job, entry, ranked[0][0]):
                return ranked[0]
            return entry, score
    return ranked[0]
