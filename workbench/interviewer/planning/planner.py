"""Job analysis -> interview plan: the same core questions, in the same order, for every candidate of a job.

1. Match the job to an ESCO occupation (BM25 over labels and definitions, the title weighted most) and classify
   its occupation family.
2. Job-knowledge competencies come from the job's own requirements and skills (focus areas first), topped up
   with the duties in the ESCO occupation's definition; behavioural ones from the competency library, in the
   order the family ranks them.
3. Each competency gets a question with an anchored rubric. Job-knowledge questions use the job's own terms in
   "how do you…" and "what would you do if…" forms; only software jobs may draw on the software banks.

The plan is a pure function of the job record and the preferences: `key` hashes them with ANALYSER_VERSION.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache

from workbench.interviewer.bank import SKILL_PREFIX, QuestionBank, load_bank
from workbench.interviewer.plan import Plan, build_plan
from workbench.interviewer.planning import esco
from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.esco import tokens
from workbench.interviewer.planning.jobtext import Requirement, requirements, similar
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.planning.library import (
    SOFTWARE,
    FittedFamily,
    classify,
    competency_library,
    fits_job,
)
from workbench.interviewer.planning.writer import (
    QuestionWriter,
    behavioural_question,
    bookend_question,
    slug,
)
from workbench.interviewer.select import build_profile, technical_queue
from workbench.models import (
    Competency,
    Difficulty,
    InterviewPlan,
    JobDetails,
    OccupationMatch,
    Phase,
    PlannedQuestion,
    Preferences,
)

ANALYSER_VERSION = "esco-bm25-33"
# The writer's choice among equivalent templates is seeded by the job and preferences alone (salted with the
# version that introduced the seed), so that a new analyser changes only the questions it means to change.
_TEMPLATE_SEED_SALT = "esco-bm25-5"
MIN_OCCUPATION_SCORE = 12.0  # below this the ESCO match is too weak to lend duties or a family
RERANK_POOL = 10  # candidates considered for the title's own role
PHRASE_POOL = 60  # candidates searched for a label that says the title outright
PHRASE_SHARE = 0.3  # how close (share of the best BM25 score) such a candidate must be
SAME_ROLE_SHARE = 0.6  # how close (share of the best BM25 score) a same-role label must be to be preferred
# Form of the n-th job-knowledge question, by difficulty: easier interviews ask more "how do you…".
FORM_CYCLE: dict[Difficulty, tuple[str, ...]] = {
    Difficulty.EASY: ("how_do_you", "how_do_you", "situational"),
    Difficulty.MEDIUM: ("how_do_you", "situational"),
    Difficulty.HARD: ("situational", "how_do_you", "situational"),
}


def plan_key(job: JobDetails, preferences: Preferences, analyser: str = ANALYSER_VERSION) -> str:
    inputs = {
        "analyser": analyser,
        "job": job.model_dump(mode="json", exclude={"created_at"}),
        "difficulty": preferences.difficulty_level.value,
        "focus": sorted({" ".join(area.lower().split()) for area in preferences.focus_areas if area.strip()}),
        "max_duration": preferences.max_duration,
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()[:24]


def spelled_out(title: str) -> str:
    """The title with the role abbreviations ESCO spells out written whole ("HR Advisor": human resources)."""
    words: dict[str, str] = config()["questions"]["title_abbreviations"]
    return re.sub(
        r"\b[A-Za-z]{2}\b",
        lambda m: words.get(m.group(0).lower(), m.group(0)) if m.group(0).isupper() else m.group(0),
        title,
    )


def match_occupation(job: JobDetails) -> tuple[esco.EscoEntry, float] | None:
    job = job.model_copy(update={"title": spelled_out(job.title)})
    query = esco.weighted_query(
        (job.title, 3.0),
        (" ".join(job.skills_required), 1.0),
        (job.requirements[:4000], 0.5),
        (job.description[:4000], 0.5),
    )
    ranked = esco.occupations().top(query, PHRASE_POOL)
    if not ranked or ranked[0][1] < MIN_OCCUPATION_SCORE:
        return None
    named = _named_by_title(job, ranked) or _named_by_title_tail(job, ranked)
    if named is not None:
        return named  # one of its labels says the title ("farm worker" is a crop production worker)
    chosen = _prefer_same_role(job.title, ranked[:RERANK_POOL])
    if not _another_role(job.title, chosen[0]):
        return chosen
    # the next close match that is the same role ("Warehouse Shift Supervisor": warehouse manager, not picker)
    best = ranked[0][1]
    close = [(e, score) for e, score in ranked[:RERANK_POOL] if score >= SAME_ROLE_SHARE * best]
    return next(((e, score) for e, score in close if _same_role_of_this_job(job, e)), None)


def _same_role_of_this_job(job: JobDetails, entry: esco.EscoEntry) -> bool:
    """A close match that shares a word with the title, names its kind of role, and says nothing the job does
    not ("refinery shift manager" shares "shift" with a warehouse shift supervisor, but no refinery)."""
    title_words, label_words = _words(_main_part(job.title)), _words(entry.label)
    modifiers = label_words - _GENERIC_ROLE_NOUNS - set(_ROLE_KINDS)
    return (
        bool(title_words & label_words)
        and not _another_role(job.title, entry)
        and modifiers <= _job_words(job)
    )


# Role nouns that say nothing of the work: a match that shares only one of them with the title is another job.
_GENERIC_ROLE_NOUNS = frozenset(
    {
        "engineer",
        "analyst",
        "technician",
        "officer",
        "manager",
        "assistant",
        "specialist",
        "coordinator",
        "consultant",
        "operator",
        "worker",
        "advisor",
        "adviser",
        "administrator",
        "executive",
        "associate",
        "supervisor",
        "agent",
        "clerk",
        "lead",
        "director",
        "controller",
        "representative",
        "operative",
    }
)


# Role nouns that name the same kind of role: a shift supervisor's nearest ESCO occupation is a manager.
_ROLE_KINDS = {
    noun: "leads" for noun in ("supervisor", "manager", "lead", "leader", "head", "foreman", "chief")
}


def _words(text: str) -> set[str]:
    """The text's words, singular: how titles, labels and the job's text are compared."""
    return {esco.singular(word) for word in tokens(text)}


def _job_words(job: JobDetails) -> set[str]:
    return _words(" ".join([job.title, job.description, job.requirements]))


def _another_role(title: str, entry: esco.EscoEntry) -> bool:
    """A match found by neither of the title's phrases that is plainly another job: it shares with the title
    only a role noun any job may have ("2nd Line Support Engineer" matched *pipeline engineer*, "Service Desk
    Analyst" *call centre analyst*), or only one word while naming another role ("Beauty Therapist" matched
    *beauty vocational teacher*). Its duties would be that job's. (A match that shares no word at all was
    found by its other labels: "CNC Machinist" is a computer numerical control machine operator.)"""
    label_words = _words(entry.label)
    shared = _words(_main_part(title)) & label_words
    if not shared:
        return False
    head = _head_noun(title)
    kinds = {_ROLE_KINDS.get(word) for word in label_words} - {None}
    same_role = head in label_words or _ROLE_KINDS.get(head) in kinds  # ESCO: "nurse responsible for …"
    # "Pharmacist Manager" leads as a *pharmacist*: the word shared is the label's own role noun
    label_head = esco.singular(tokens(entry.label)[-1]) if tokens(entry.label) else ""
    same_role = same_role or (
        head in _ROLE_KINDS and label_head in shared - _GENERIC_ROLE_NOUNS and label_words <= _words(title)
    )
    other_role = len(shared) == 1 and not same_role
    return shared <= _GENERIC_ROLE_NOUNS or other_role


def _named_by_title(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """An occupation that the title names outright: its preferred label is the title ("Welder"), or, for a
    title of two words or more, one of its labels says the title as a phrase — ESCO files "car mechanic" under
    vehicle technician, which BM25 over run-together labels ranks below *marine mechanic*. A phrase that only
    an alternative label says names that occupation only when the job speaks of what its own name does:
    "site manager" is an alternative label of *metal production manager*, *mine manager* and *aquaculture site
    supervisor*, and a house builder's Site Manager is none of them."""
    words = re.findall(r"[a-z0-9]+", _main_part(job.title).lower())
    if not words:
        return None
    phrase = " ".join(words)
    for entry, score in ranked:
        if entry.label.lower() in {phrase, phrase + "s"}:
            return entry, score
    if len(words) < 2:
        return None
    if not (job.description.strip() or job.requirements.strip() or job.skills_required):
        return _said_by_labels(
            phrase, ranked, PHRASE_SHARE
        )  # a bare title: nothing to check the label against
    job_words = _job_words(job)
    fitting = [
        (entry, score)
        for rank, (entry, score) in enumerate(ranked)
        # the best match by the whole text, named by the title too, whose own name shares a word with the title
        # ("artificial intelligence engineer" for a Machine Learning Engineer, *legal administrative assistant*
        # for a Legal Secretary; not *textile quality technician*, a label of which says "laboratory analyst",
        # for a pharmaceutical QC Laboratory Analyst)
        if (rank == 0 and bool(_words(entry.label) & _words(_main_part(job.title))))
        or phrase in entry.label.lower()
        or _said_by_job(
            _words(" ".join(tokens(entry.label)[:-1])) - _GENERIC_ROLE_NOUNS - set(_ROLE_KINDS), job_words
        )
    ]
    return _said_by_labels(phrase, fitting, PHRASE_SHARE, ranked[0][1]) if fitting else None


def _named_by_title_tail(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]]
) -> tuple[esco.EscoEntry, float] | None:
    """A title of three words or more that no label says, read by its last two words, the role it names:
    "Plumbing and Heating Engineer" is a *heating engineer* (a label of heating technician), not the technical
    sales representative in hardware, plumbing and heating that BM25 ranks first. Such a match must be close,
    and every word of its own name but the role noun must be the job's ("Warehouse Shift Supervisor" says
    *shift supervisor*, a label of refinery shift manager, but nothing of a refinery)."""
    words = re.findall(r"[a-z0-9]+", _main_part(job.title).lower())
    if len(words) < 3:
        return None
    found = _said_by_labels(" ".join(words[-2:]), ranked, SAME_ROLE_SHARE)
    if found is None or not _words(" ".join(tokens(found[0].label)[:-1])) <= _job_words(job):
        return None
    return found


_SAME_STEM = 7  # letters two words must share to be the same word ("electrical", "electricians")


def _said_by_job(words: set[str], job_words: set[str]) -> bool:
    """Every word is the job's, or shares its first letters with a word of the job's."""
    stems = {word[:_SAME_STEM] for word in job_words if len(word) >= _SAME_STEM}
    return all(
        word in job_words or (len(word) >= _SAME_STEM and word[:_SAME_STEM] in stems) for word in words
    )


def _said_by_labels(
    phrase: str, ranked: list[tuple[esco.EscoEntry, float]], share: float, best: float | None = None
) -> tuple[esco.EscoEntry, float] | None:
    said = re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}s?(?![a-z0-9])")
    best = ranked[0][1] if best is None else best
    named = [(e, s) for e, s in ranked if s >= share * best and said.search(e.labels.lower())]
    own = [(e, s) for e, s in named if said.search(e.label.lower())]
    chosen = own or named
    return chosen[0] if chosen else None


def _main_part(title: str) -> str:
    """The title without what follows its role: "Registered Nurse - ICU", "Personal Assistant to the CEO"."""
    return re.split(r"\s[-–—|/(,]|\(|,|\s(?:to|for) (?:the|our|a)\s", title, maxsplit=1)[0]


def _prefer_same_role(title: str, ranked: list[tuple[esco.EscoEntry, float]]) -> tuple[esco.EscoEntry, float]:
    """The best match whose preferred label names the same role as the title's head noun, if it is close.

    BM25 over a row's run-together alternative labels favours rows that list many variants of the query's
    words: "Registered Nurse - Intensive Care" scores highest on *midwife* (one of whose alternative labels is
    "intensive care neonatal nurse"). The role a title names is its head noun, the last word of its main part
    ("nurse"); when the best match's preferred label shares no word with the title, a close candidate whose
    preferred label ends in that noun is the better reading.
    """
    head = _head_noun(title)
    best_score = ranked[0][1]
    title_words = _words(title)
    if title_words & _words(ranked[0][0].label):
        return ranked[0]  # the best match's own name already shares a word with the title
    for entry, score in ranked:
        label_words = tokens(entry.label)
        if (
            head
            and label_words
            and esco.singular(label_words[-1]) == head
            and score >= SAME_ROLE_SHARE * best_score
        ):
            return entry, score
    return ranked[0]


def _head_noun(title: str) -> str:
    words = tokens(_main_part(title))
    return esco.singular(words[-1]) if words else ""


def build_interview_plan(job: JobDetails, preferences: Preferences, version: int = 1) -> InterviewPlan:
    """The plan for this job and these preferences (cached per process by key)."""
    plan = _cached_plan(plan_key(job, preferences), job.model_dump_json(), preferences.model_dump_json())
    return plan if version == plan.version else plan.model_copy(update={"version": version})


@lru_cache(maxsize=256)
def _cached_plan(key: str, job_json: str, preferences_json: str) -> InterviewPlan:
    job = JobDetails.model_validate_json(job_json)
    preferences = Preferences.model_validate_json(preferences_json)
    return _analyse(job, preferences, key)


def _analyse(job: JobDetails, preferences: Preferences, key: str) -> InterviewPlan:
    matched = match_occupation(job)
    occupation = (
        OccupationMatch(uri=matched[0].uri, label=matched[0].label, score=round(matched[1], 2))
        if matched
        else None
    )
    family = classify(job, matched[0].label if matched else "", matched[0].definition if matched else "")
    budgets = build_plan(preferences)
    seed = int(plan_key(job, preferences, _TEMPLATE_SEED_SALT)[:8], 16)
    writer = QuestionWriter(job, family, preferences.difficulty_level, seed=seed)
    focus = [area for area in preferences.focus_areas if area.strip()]
    technical = _technical_questions(job, family, focus, matched, budgets, writer)
    behavioural = _behavioural_questions(job, writer.family, focus, preferences.difficulty_level, budgets)
    opening = [
        bookend_question(job, Phase.INTRODUCTION, n, budgets)
        for n in range(budgets.questions[Phase.INTRODUCTION])
    ]
    closing = [bookend_question(job, Phase.CONCLUSION, 0, budgets)]
    questions = [*opening, *technical, *behavioural, *closing]
    competencies = _competencies(questions, writer)
    return InterviewPlan(
        job_id=job.id,
        version=1,
        key=key,
        difficulty_level=preferences.difficulty_level,
        focus_areas=focus,
        max_duration=preferences.max_duration,
        occupation=occupation,
        family=family,
        competencies=competencies,
        questions=questions,
    )


def _phase_minutes(budgets: Plan, phase: Phase) -> float:
    start = 0.0
    for earlier, end in budgets.phase_ends_at.items():
        if earlier == phase:
            break
        start = end
    count = max(1, budgets.questions.get(phase, 1))
    return round(max(0.5, (budgets.phase_ends_at[phase] - start) / count), 2)


def _technical_questions(
    job: JobDetails,
    family: str,
    focus: list[str],
    matched: tuple[esco.EscoEntry, float] | None,
    budgets: Plan,
    writer: QuestionWriter,
) -> list[PlannedQuestion]:
    count = budgets.questions[Phase.TECHNICAL]
    minutes = _phase_minutes(budgets, Phase.TECHNICAL)
    items = requirements(job, focus)
    if len(items) < count and matched is not None:
        known = {term for item in items for term in item.terms}
        items += [
            d for d in duty_requirements(matched[0].definition, matched[0].label) if not set(d.terms) <= known
        ]
    if len(items) < count:
        # A job given by its title alone, whose occupation's definition states few duties: the subjects every
        # job of its family is asked about (scoped to the job: a chef's food safety, a receptionist's check-in).
        for topic in writer.family.topics:
            item = Requirement(topic, "topic", tuple(dict.fromkeys(tokens(topic))), "family")
            if len(items) < count and not any(similar(item.terms, other.terms) for other in items):
                items.append(item)
    if not items:
        # Neither the job nor the occupation's definition states a duty ("Chefs are culinary professionals
        # with a flair ..."), or no occupation matches: the work itself is the subject, asked in both forms.
        name = matched[0].label if matched is not None else _main_part(job.title).strip()
        article = "an" if name[:1].lower() in "aeiou" else "a"
        terms = tuple(tokens(name)) or (name.lower(),)
        items = [Requirement(f"work as {article} {name}", "act", terms, "esco" if matched else "title")]
    bank = load_bank() if family == SOFTWARE else None
    questions: list[PlannedQuestion] = []
    spread = items[:count] if bank is not None else _spread(items, count)
    for index, item in enumerate(spread):
        used = {q.source for q in questions}
        bank_question = _bank_question(bank, item, writer, minutes, used) if bank else None
        form = FORM_CYCLE[writer.difficulty][index % len(FORM_CYCLE[writer.difficulty])]
        questions.append(bank_question or writer.job_knowledge(item, form, minutes, source=item.source))
    if bank is not None and len(questions) < count:  # a software job: the best bank questions for its role
        questions += _role_questions(bank, job, writer, minutes, count - len(questions), questions)
    return questions


def _role_questions(
    bank: QuestionBank,
    job: JobDetails,
    writer: QuestionWriter,
    minutes: float,
    count: int,
    chosen: list[PlannedQuestion],
) -> list[PlannedQuestion]:
    preferences = Preferences(difficulty_level=writer.difficulty)
    profile = build_profile(bank, job, "plan", "", [], preferences)  # the job alone: no candidate in a plan
    used = {q.source for q in chosen}
    found: list[PlannedQuestion] = []
    for question_id in technical_queue(bank, profile, count + len(chosen)):
        question = bank.question(question_id)
        if question is None or question_id.startswith(SKILL_PREFIX) or f"bank:{question_id}" in used:
            continue
        label = question.skills[0] if question.skills else (profile.roles[0] if profile.roles else "software")
        item = Requirement(label, "topic", tuple(tokens(label)) or ("software",), "bank")
        found.append(writer.from_bank(question, item, minutes))
        used.add(f"bank:{question_id}")
        if len(found) == count:
            break
    return found


def _spread(items: list[Requirement], count: int) -> list[Requirement]:
    """`count` items: each once, and when there are too few, the first ones again (asked in the other form),
    never more than twice; a job with very little to ask about gets a shorter technical phase."""
    return [items[i % len(items)] for i in range(min(count, 2 * len(items)))]


def _bank_question(
    bank: QuestionBank, item: Requirement, writer: QuestionWriter, minutes: float, used: set[str]
) -> PlannedQuestion | None:
    """A curated software question on this skill, when the bank has one at the right difficulty."""
    skill = bank.canonical(item.text)
    pool = [
        q
        for q in bank.by_phase[Phase.TECHNICAL]
        if skill in q.skills and f"bank:{q.id}" not in used and q.difficulty == writer.difficulty
    ] or [q for q in bank.by_phase[Phase.TECHNICAL] if skill in q.skills and f"bank:{q.id}" not in used]
    if not pool:
        return None
    chosen = min(pool, key=lambda q: hashlib.blake2s(f"{writer.seed}:{q.id}".encode()).hexdigest())
    return writer.from_bank(chosen, item, minutes)


def _behavioural_questions(
    job: JobDetails, family: FittedFamily, focus: list[str], difficulty: Difficulty, budgets: Plan
) -> list[PlannedQuestion]:
    library = competency_library()
    ranked = [c for c in family.behavioural if c in library and fits_job(library[c], job)]
    wanted = [
        key for key in library if any(_names_competency(area, key, library[key].name) for area in focus)
    ]
    order = list(dict.fromkeys([*(k for k in wanted if k != "motivation"), *ranked]))
    minutes = _phase_minutes(budgets, Phase.BEHAVIORAL)
    count = budgets.questions[Phase.BEHAVIORAL]
    return [
        behavioural_question(family, key, difficulty, minutes, index)
        for index, key in enumerate(order[:count])
    ]


def _names_competency(area: str, key: str, name: str) -> bool:
    words = set(re.findall(r"[a-z]+", area.lower()))
    return bool(words) and (words <= set(re.findall(r"[a-z]+", name.lower())) or area.lower() == key)


def _competencies(questions: list[PlannedQuestion], writer: QuestionWriter) -> list[Competency]:
    library = competency_library()
    found: dict[str, Competency] = {}
    for question in questions:
        if not question.competency_id or question.competency_id in found:
            continue
        if question.competency_id in library:
            entry = library[question.competency_id]
            found[question.competency_id] = Competency(
                id=question.competency_id,
                name=entry.name,
                kind="behavioural",
                description=entry.description,
                source="library",
            )
        else:
            found[question.competency_id] = writer.competency(question.competency_id)
    return list(found.values())


__all__ = ["ANALYSER_VERSION", "build_interview_plan", "match_occupation", "plan_key", "slug"]


def warm_up() -> None:
    """Load the taxonomy index and the data files once, before the first interview: the ESCO index alone
    takes about half a second to build, which a cold server otherwise charges to its first starts."""
    build_interview_plan(
        JobDetails(title="Registered nurse", requirements="Patient assessment."), Preferences()
    )
