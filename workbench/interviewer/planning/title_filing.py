"""The title-filing pass of occupation matching: the occupation whose labels file the job's title, said outright
("car mechanic", filed under *vehicle technician*) or by its last two words, the role it names ("heating engineer"
of a Plumbing and Heating Engineer). `occupation.match_occupation` reads a job by title with it first."""

from __future__ import annotations

import re

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words, tokens
from workbench.interviewer.planning.label_setting import (
    files_own_place,
    head_noun,
    main_part,
    names_setting_unsaid_by,
    said_by_job,
    said_by_labels,
    said_by_one_occupation,
    setting_words,
)
from workbench.interviewer.planning.label_setting import words as _words
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.titles import GENERIC_ROLE_NOUNS
from workbench.interviewer.planning.weak_match import agrees_no_less
from workbench.interviewer.planning.word_forms import own_name_ends_in
from workbench.models import JobDetails

RERANK_POOL = 10  # candidates considered for the title's own role
PHRASE_SHARE = 0.3  # how close (share of the best BM25 score) a candidate whose label says the title must be
SAME_ROLE_SHARE = 0.6  # how close (share of the best BM25 score) a same-role label must be to be preferred

# Role nouns that name the same kind of role: a shift supervisor's nearest ESCO occupation is a manager.
ROLE_KINDS = {
    noun: "leads" for noun in ("supervisor", "manager", "lead", "leader", "head", "foreman", "chief")
}


def words_of_job(job: JobDetails) -> set[str]:
    # where the job is and whose it is say its setting too ("Manchester Airport" for a Baggage Handler whose ad
    # speaks only of "airside" and "aircraft")
    return _words(" ".join([job.title, job.description, job.requirements, job.location, job.company]))


def named_by_title(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """An occupation that the title names outright: its preferred label is the title ("Welder"), or, for a
    title of two words or more, one of its labels says the title as a phrase — ESCO files "car mechanic" under
    vehicle technician, which BM25 over run-together labels ranks below *marine mechanic*. A phrase that only
    an alternative label says names that occupation only when the job speaks of what its own name does:
    "site manager" is an alternative label of *metal production manager*, *mine manager* and *aquaculture site
    supervisor*, and a house builder's Site Manager is none of them."""
    words = plain_words(main_part(job.title))
    if not words:
        return None
    outright = _labelled_as_title(words, ranked)
    if outright is not None or len(words) < 2:
        return outright or _written_apart(words, ranked)
    in_another_form = _named_in_another_form(words, ranked)
    if in_another_form is not None:
        return in_another_form
    phrase = " ".join(words)
    if not (job.description.strip() or job.requirements.strip() or job.skills_required):
        # a bare title: nothing to check the label against
        return _by_own_name(job, phrase, ranked, said_by_labels(phrase, ranked, PHRASE_SHARE))
    return _by_own_name(job, phrase, ranked, _said_as_phrase(job, phrase, ranked))


def _by_own_name(
    job: JobDetails,
    phrase: str,
    ranked: list[tuple[esco.EscoEntry, float]],
    found: tuple[esco.EscoEntry, float] | None,
) -> tuple[esco.EscoEntry, float] | None:
    """Of the occupations whose labels say the title's phrase, the close one whose own name ends in it, over one
    whose own name is the title's role noun alone: a Medical Receptionist is the *front line medical receptionist*,
    though *receptionist* files "medical receptionist" too and ranks first. Not one whose own name adds a setting
    the job never says (an *airport security officer*) or a lead (a *head* of the role); nor over an occupation of
    another name (a CDL-A Truck Driver's *cargo vehicle driver* is no *moving truck driver*'s)."""
    if found is None or plain_words(found[0].label) != plain_words(phrase)[-1:]:
        return found
    job_words = words_of_job(job)
    leading = set(config()["questions"]["leading_roles"]) | set(config()["questions"]["label_ranks"])
    close = PHRASE_SHARE * ranked[0][1]
    return next(
        (
            (entry, score)
            for entry, score in ranked
            if score >= close
            and _ends_in(entry.label, phrase)
            and not names_setting_unsaid_by(entry, job_words)
            and not (_words(entry.label) - _words(phrase)) & leading
        ),
        found,
    )


def _ends_in(label: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}s?$", label.lower()) is not None


def _labelled_as_title(
    words: list[str], ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """The first occupation whose preferred label is the title, as one word or two, singular or plural."""
    phrase = " ".join(words)
    # ("Lifeguard" is ESCO's *life guard*: a compound written as one word or two is the same name)
    joined = phrase.replace(" ", "").replace("-", "")
    for entry, score in ranked:
        label = entry.label.lower()
        written_as_one = label.replace(" ", "").replace("-", "")
        if label in {phrase, phrase + "s"} or written_as_one in {joined, joined + "s"}:
            return entry, score
    return None


def _written_apart(
    words: list[str], ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A close occupation one of whose labels writes a one-word title as two words, the last a role noun: a
    Groundworker is the *civil engineering worker* ("ground worker"), not the *drainage worker*; a Dishwasher is
    the *kitchen porter* ("dish washer"), not the *household appliances repair technician*, whose "dishwasher
    repairer" repairs one."""
    word = words[0] if len(words) == 1 else ""
    heads = esco.role_heads()
    cuts = [
        f"{word[:cut]} {word[cut:]}"
        for cut in range(3, len(word) - 2)
        # (a role noun a preferred label ends in, or another agent noun the labels say: "washer")
        if (esco.singular(word[cut:]) in heads or word.endswith(("er", "or")))
        and {word[:cut], esco.singular(word[cut:])} <= esco.label_vocabulary()
    ]
    close = PHRASE_SHARE * ranked[0][1] if ranked else 0.0
    return next(
        (
            (e, s)
            for e, s in ranked
            if s >= close
            and any(
                re.search(rf"(?<![a-z0-9]){re.escape(cut)}s?(?![a-z0-9])", e.labels.lower()) for cut in cuts
            )
        ),
        None,
    )


def _named_in_another_form(
    words: list[str], ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A close occupation whose own name is the title with a word in a shorter or longer form: a Forestry Worker
    is the *forest worker* (whose "forestry worker" follows "woodland assistant" in its run-together labels, read
    as a rank)."""
    close = PHRASE_SHARE * ranked[0][1] if ranked else 0.0
    return next(
        ((e, s) for e, s in ranked if s >= close and _same_name_in_other_forms(words, tokens(e.label))), None
    )


def _said_as_phrase(
    job: JobDetails, phrase: str, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """An occupation one of whose labels says the title as a phrase, checked against what the job says."""
    job_words = words_of_job(job)
    only = said_by_one_occupation(phrase, ranked, PHRASE_SHARE, job_words)
    # (and the job's text agrees with what it does more than with the other close matches: a software QA Tester is
    # no *localiser*, one of whose labels alone says "QA tester")
    # (not needed of the best match by the whole text: a Traffic Warden is the *civil enforcement officer*, the one
    # occupation filing "traffic warden", though the ad's "patrol town centre streets" agrees more with *street warden*)
    # (nor of one that files the phrase first after its own name, another name for its role: *restaurant
    # manager*, "bar manager", for a cocktail bar's Bar Manager whose ad reads more like a *bartender*'s)
    if only is not None and (
        only[0] is ranked[0][0]
        or files_own_place(only[0], phrase)
        or all(agrees_no_less(job, only[0], e) for e, _ in ranked[:RERANK_POOL])
    ):
        return only
    fitting = _fitting_the_phrase(job, phrase, ranked, job_words)
    return said_by_labels(phrase, fitting, PHRASE_SHARE, ranked[0][1], job_words) if fitting else None


def _fitting_the_phrase(
    job: JobDetails, phrase: str, ranked: list[tuple[esco.EscoEntry, float]], job_words: set[str]
) -> list[tuple[esco.EscoEntry, float]]:
    """The occupations that may be the one whose labels say the title's phrase, in their rank order."""
    # as words, not letters: "water treatment operator" is no part of *wastewater treatment operator*
    says_phrase = re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])")
    fitting = [
        (entry, score)
        for rank, (entry, score) in enumerate(ranked)
        # the best match by the whole text, named by the title too, whose own name shares a word with the title
        # ("artificial intelligence engineer" for a Machine Learning Engineer, *legal administrative assistant*
        # for a Legal Secretary; not *textile quality technician*, a label of which says "laboratory analyst",
        # for a pharmaceutical QC Laboratory Analyst)
        if (rank == 0 and bool(_words(entry.label) & _words(main_part(job.title))))
        or says_phrase.search(entry.label.lower())
        or said_by_job(own_name_words(entry) - _name_fillers(), job_words)
    ]
    return fitting + _members_of_the_role(phrase, ranked, fitting, says_phrase)


def _members_of_the_role(
    phrase: str,
    ranked: list[tuple[esco.EscoEntry, float]],
    fitting: list[tuple[esco.EscoEntry, float]],
    says_phrase: re.Pattern[str],
) -> list[tuple[esco.EscoEntry, float]]:
    """When every fitting name leads the title's role ("cabin crew manager"): the close occupations, not yet
    fitting, whose labels say the phrase with a person after it, the role itself (*flight attendant*, "cabin
    crew member")."""
    leading = set(config()["questions"]["leading_roles"])
    saying = [e for e, _ in fitting if says_phrase.search(e.labels.lower())]
    if not (saying and all((_words(e.label) - _words(phrase)) & leading for e in saying)):
        return []
    close = SAME_ROLE_SHARE * ranked[0][1]
    member = re.compile(rf"(?<![a-z0-9]){re.escape(phrase)} (?:members?|workers?|staff|person|operatives?)\b")
    return [
        (e, s) for e, s in ranked if s >= close and (e, s) not in fitting and member.search(e.labels.lower())
    ]


_SAME_FORM = 5  # letters a word must keep to be another form of a longer word ("forest", "forestry")


def _same_name_in_other_forms(title: list[str], name: list[str]) -> bool:
    """Whether a name says the title's words in their order, its role noun the same and each other word the same or
    a form one begins the other with ("forest worker", "forestry worker"), at least one in another form."""
    if len(title) != len(name) or esco.singular(title[-1]) != esco.singular(name[-1]) or title == name:
        return False
    return all(_forms_of_one_word(a, b) for a, b in zip(title[:-1], name[:-1], strict=True))


# the endings that make another form of a word and keep what it names ("forestry", "correctional"; not
# "production", another thing than a product)
_FORM_ENDINGS = ("ry", "al", "s", "es", "ic", "ical")


def _forms_of_one_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (
        len(short) >= _SAME_FORM and long.startswith(short) and long[len(short) :] in _FORM_ENDINGS
    )


def _name_fillers() -> frozenset[str]:
    """Words an occupation's own name adds that say no kind of work nor setting ("systems" of *water treatment
    systems operator*, one of whose labels is "water treatment operator"): a job need not say them."""
    return frozenset(config()["questions"]["name_fillers"])


def named_by_title_tail(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A title of three words or more that no label says, read by its last two words, the role it names:
    "Plumbing and Heating Engineer" is a *heating engineer* (a label of heating technician), not the technical
    sales representative in hardware, plumbing and heating that BM25 ranks first. Such a match must be close,
    and every word of its own name but the role noun must be the job's ("Warehouse Shift Supervisor" says
    *shift supervisor*, a label of refinery shift manager, but nothing of a refinery)."""
    words = plain_words(main_part(job.title))
    if len(words) < 3:
        return None
    tail = " ".join(words[-2:])
    found = said_by_labels(tail, ranked, SAME_ROLE_SHARE, context=words_of_job(job))
    if found is None or not (
        own_name_words(found[0]) <= words_of_job(job) or own_name_ends_in(found[0], tail, words_of_job(job))
    ):
        return None
    # the title's leading words name its kind: one the match neither names nor files among its labels is another
    # kind of the same role (a Pharmaceutical Production Operator is no *food production operator*, though a
    # pharmaceutical plant's ad says "food-grade")
    return None if another_kind(job, found[0]) else found


def another_kind(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether the occupation's own name says a setting of the title's role other than the one the title says, and
    its labels and definition never say the title's (a Pharmaceutical Production Operator is no *food production
    operator*, though the ad asks for "GMP or food manufacturing" experience)."""
    grades = set(config()["questions"]["title_grades"])
    kind = _words(main_part(job.title)) - {head_noun(job.title)} - GENERIC_ROLE_NOUNS - grades
    kind -= _words(f"{entry.labels} {entry.definition}")
    # (a setting or sector of its own, `label_settings`: a Quay Crane Driver is still a *container crane operator*)
    return bool(kind) and bool((own_name_words(entry) - _words(main_part(job.title))) & setting_words())


def own_name_words(entry: esco.EscoEntry) -> set[str]:
    """What the occupation's own name says beyond its role noun: the words before it ("heating" of *heating
    technician*), or the one word of a one-word name ("localiser", whose alternative labels say "QA tester":
    a software QA Tester's job never speaks of localising, so the label does not make it a localiser)."""
    name = tokens(entry.label)
    own = _words(" ".join(name[:-1])) - GENERIC_ROLE_NOUNS - set(ROLE_KINDS)
    return own if len(name) > 1 else _words(" ".join(name))


def labels_say_title_kind(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """Whether a label of the occupation says the title's kind, every word before its generic role noun, as the
    kind of a role of its own: *shop assistant* files "garden centre shop worker", and a Garden Centre
    Assistant is one (not a kind of one word any label may say: "night", "senior")."""
    words = plain_words(main_part(job.title))
    if len(words) < 3 or esco.singular(words[-1]) not in GENERIC_ROLE_NOUNS:
        return False
    kind = r"\s+".join(map(re.escape, words[:-1]))
    return re.search(rf"(?<![a-z0-9]){kind}\s+[a-z]+", entry.labels.lower()) is not None


def possessors(title: str) -> set[str]:
    """Whose helper a possessive title names: "Electrician's Mate" is an electrician's (not a ship's *first
    mate*, a deck officer), "Plumber's Mate" a plumber's."""
    return {esco.singular(word.lower()) for word in re.findall(r"([A-Za-z]+)['’]s\b", main_part(title))}
