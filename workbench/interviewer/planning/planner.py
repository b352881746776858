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
from workbench.interviewer.evidence import stem
from workbench.interviewer.language import mostly_not_english
from workbench.interviewer.plan import Plan, build_plan
from workbench.interviewer.planning import esco, isco
from workbench.interviewer.planning.adtext import plain_text
from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.esco import tokens
from workbench.interviewer.planning.jobtext import Requirement, requirements
from workbench.interviewer.planning.label_setting import main_part
from workbench.interviewer.planning.lexicon import generic_topic_words
from workbench.interviewer.planning.library import (
    SOFTWARE,
    FittedFamily,
    behaviour_named_by,
    classify,
    competency_library,
    fits_job,
    named_in_ad,
)
from workbench.interviewer.planning.occupation import match_occupation
from workbench.interviewer.planning.roles import setting_family
from workbench.interviewer.planning.similarity import similar
from workbench.interviewer.planning.writer import (
    QuestionWriter,
    behavioural_question,
    bookend_question,
    slug,
)
from workbench.interviewer.select import build_profile, infer_roles, technical_queue
from workbench.interviewer.signals import sentences
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

ANALYSER_VERSION = "esco-bm25-101"
# The writer's choice among equivalent templates is seeded by the job and preferences alone (salted with the
# version that introduced the seed), so that a new analyser changes only the questions it means to change.
_TEMPLATE_SEED_SALT = "esco-bm25-5"
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
    job = readable_part(job)
    matched = match_occupation(job)
    occupation = (
        OccupationMatch(uri=matched[0].uri, label=matched[0].label, score=round(matched[1], 2))
        if matched
        else None
    )
    group = isco.group_of(main_part(job.title), matched[0]) if matched else None
    # (a front desk's title may name the service it sits in, whose desk it is: social care's, a surgery's)
    family = setting_family(job) or classify(
        job,
        matched[0].label if matched else "",
        matched[0].definition if matched else "",
        isco.family_of(group),
    )
    budgets = build_plan(preferences)
    seed = int(plan_key(job, preferences, _TEMPLATE_SEED_SALT)[:8], 16)
    writer = QuestionWriter(job, family, preferences.difficulty_level, seed=seed)
    focus = [area for area in preferences.focus_areas if area.strip()]
    # a focus area that names a behavioural competency ("safeguarding", "teamwork") is asked as that competency,
    # with its anchored question, not a second time as job knowledge under the same id
    library = competency_library()
    knowledge_focus = [
        area for area in focus if not any(_names_competency(area, key, c.name) for key, c in library.items())
    ]
    technical = _technical_questions(job, family, knowledge_focus, matched, budgets, writer)
    asked = {question.competency_id for question in technical}
    behavioural = _behavioural_questions(
        job, writer.family, focus, preferences.difficulty_level, budgets, asked
    )
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


def readable_part(job: JobDetails) -> JobDetails:
    """The job as the analysis can read it. The interview is held in English and so is ESCO: an ad written in
    another language ("Nous recherchons un infirmier diplômé d'État ...") gives no duties or requirements to ask
    about in English, and its words matched nothing but noise (a French nurse's ad matched *religious education
    teacher*), so the plan is built from its title alone."""
    text = "\n".join([job.description, job.requirements, *job.skills_required])
    if not mostly_not_english(sentences(plain_text(text))):
        return job
    return job.model_copy(update={"description": "", "requirements": "", "skills_required": []})


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
    # a requirement that names a behaviour of the library ("lead a team of 60 staff") is asked as that behaviour,
    # when the job's other requirements and its occupation's duties fill the questions (else it is still the
    # job's own subject, before any generic topic of its family)
    items = requirements(job, focus)
    behaviours = [item for item in items if behaviour_named_by(item.text, job) is not None]
    items = [item for item in items if item not in behaviours]
    if len(items) < count and matched is not None:
        known = {term for item in items for term in item.terms}
        items += [
            d for d in duty_requirements(matched[0].definition, matched[0].label) if not set(d.terms) <= known
        ]
    items += behaviours[: max(count - len(items), 0)]
    if not items:
        # Neither the job nor the occupation's definition states a duty ("Chefs are culinary professionals
        # with a flair ..."), or no occupation matches: the work itself is the first subject.
        name = matched[0].label if matched is not None else main_part(job.title).strip()
        article = "an" if name[:1].lower() in "aeiou" else "a"
        terms = tuple(tokens(name)) or (name.lower(),)
        items = [Requirement(f"work as {article} {name}", "act", terms, "esco" if matched else "title")]
    if len(items) < count:
        # A job given by its title alone, whose occupation's definition states few duties: the subjects every
        # job of its family is asked about (scoped to the job: a chef's food safety, a receptionist's check-in).
        for topic in writer.family.topics:
            item = Requirement(topic, "topic", tuple(dict.fromkeys(tokens(topic))), "family")
            if len(items) < count and not any(_covers(other.terms, item.terms) for other in items):
                items.append(item)
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


def _covers(item: tuple[str, ...], topic: tuple[str, ...]) -> bool:
    """Whether a job item already asks about a family topic: near-duplicates, or any telling word in common
    ("allergen management" covers "food safety and allergen controls"; "site safety" does not cover it)."""
    telling = {stem(t) for t in topic if t not in generic_topic_words()}
    return similar(item, topic) or bool(telling & {stem(t) for t in item})


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
    used_here = _tools_of(bank, writer.job)
    pool = [q for q in pool if all(tool in used_here for tool in _tools_named(bank, q.text) - {skill})]
    roles = set(infer_roles(bank, writer.job, tuple(bank.canonical(s) for s in writer.job.skills_required)))
    pool = [q for q in pool if roles.intersection(q.roles) or "general" in q.roles] or pool
    if not pool:
        return None
    chosen = min(pool, key=lambda q: hashlib.blake2s(f"{writer.seed}:{q.id}".encode()).hexdigest())
    return writer.from_bank(chosen, item, minutes)


def _tools_named(bank: QuestionBank, text: str) -> frozenset[str]:
    return frozenset(bank.skills_in(text)) & bank.tools


def _tools_of(bank: QuestionBank, job: JobDetails) -> frozenset[str]:
    """The products, languages and frameworks the job names: a bank question naming another ("a slow endpoint
    in a Django service" for a data engineer's Python) does not fit the job, whatever its skill."""
    text = " ".join([job.title, job.description, job.requirements, *job.skills_required])
    named = {*bank.skills_in(text), *(bank.canonical(skill) for skill in job.skills_required)}
    return frozenset(named & bank.tools)


def _behavioural_questions(
    job: JobDetails,
    family: FittedFamily,
    focus: list[str],
    difficulty: Difficulty,
    budgets: Plan,
    asked: set[str],
) -> list[PlannedQuestion]:
    """The family's behavioural competencies that fit the job, those named by a focus area first, then those the
    ad itself names (all but one place: the family's first stays); one the job's own requirements already ask
    about ("Knowledge of safeguarding" is the library's *safeguarding*) is not asked twice: the next one takes its
    place."""
    library = competency_library()
    ranked = [c for c in family.behavioural if c in library and fits_job(library[c], job) and c not in asked]
    wanted = [
        key for key in library if any(_names_competency(area, key, library[key].name) for area in focus)
    ]
    count = budgets.questions[Phase.BEHAVIORAL]
    in_ad = [key for key in named_in_ad(job) if fits_job(library[key], job) and key not in asked]
    order = list(
        dict.fromkeys([*(k for k in wanted if k != "motivation"), *in_ad[: max(count - 1, 0)], *ranked])
    )
    minutes = _phase_minutes(budgets, Phase.BEHAVIORAL)
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
