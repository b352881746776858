"""Choosing the interview's questions from the bank: the job's skills, focus areas, the resume, role, difficulty.

Selection runs once, at the start, and produces an ordered queue of question ids per phase (with spares) that
is stored in the state. Ties are broken by a hash of the job and candidate ids, so two candidates for the same
job do not get an identical interview, while one session always replays the same way.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from workbench.interviewer.bank import SKILL_PREFIX, Question, QuestionBank
from workbench.interviewer.competencies import BEHAVIORAL_COMPETENCIES, job_competencies
from workbench.models import Difficulty, JobDetails, Phase
from workbench.models import Preferences as InterviewPreferences

# Keywords of a job title that name a role; checked in order, first hits weigh most.
_ROLE_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE))
    for role, pattern in (
        ("ml", r"\bmachine learning\b|\bml\b|\bai engineer\b|\bdeep learning\b|\bnlp\b|\bmlops\b"),
        ("data", r"\bdata\b|\banalytics?\b|\banalyst\b|\bbi\b|\betl\b"),
        ("frontend", r"\bfront[- ]?end\b|\bui engineer\b|\bweb developer\b|\breact\b|\bjavascript\b"),
        ("backend", r"\bback[- ]?end\b|\bapi\b|\bserver\b|\bplatform engineer\b|\bsoftware engineer\b"),
        ("devops", r"\bdevops\b|\bsre\b|\bsite reliability\b|\binfrastructure\b|\bcloud engineer\b"),
        ("mobile", r"\bmobile\b|\bios\b|\bandroid\b|\bflutter\b"),
        ("qa", r"\bqa\b|\bquality\b|\btest(?:ing)? engineer\b|\bsdet\b|\bautomation engineer\b"),
        ("product", r"\bproduct manager\b|\bproduct owner\b|\bpm\b|\bproduct lead\b"),
        ("design", r"\bdesigner\b|\bux\b|\bui/ux\b|\bproduct design\b"),
        (
            "sales",
            r"\bsales\b|\baccount executive\b|\bbusiness development\b|\bsdr\b|\bbdr\b|\baccount manager\b",
        ),
        ("support", r"\bsupport\b|\bcustomer success\b|\bhelp ?desk\b|\bcustomer service\b"),
    )
)
# Which scored competency a behavioral question's own competency feeds.
COMPETENCY_FEEDS: dict[str, str] = {
    "communication": "communication",
    "problem solving": "problem solving",
    "collaboration": "collaboration",
    "leadership": "collaboration",
    "ownership": "problem solving",
    "adaptability": "problem solving",
}
_DIFFICULTY_RANK = {Difficulty.EASY: 0, Difficulty.MEDIUM: 1, Difficulty.HARD: 2}
SPARE_QUESTIONS = 3


@dataclass(frozen=True, slots=True)
class Profile:
    """What the interview is about: canonical skills from the job, focus areas and resume, and roles."""

    job_skills: tuple[str, ...]
    focus: tuple[str, ...]
    resume_skills: tuple[str, ...]
    roles: tuple[str, ...]
    competencies: tuple[str, ...]
    difficulty: Difficulty
    seed: int
    labels: tuple[tuple[str, str], ...] = ()

    def label(self, skill: str) -> str:
        """A skill as the job or the focus areas spelled it ("CSS", not "css")."""
        return dict(self.labels).get(skill, skill)

    def to_json(self) -> dict[str, object]:
        return {
            "job_skills": list(self.job_skills),
            "focus": list(self.focus),
            "resume_skills": list(self.resume_skills),
            "roles": list(self.roles),
            "competencies": list(self.competencies),
            "difficulty": self.difficulty.value,
            "seed": self.seed,
        }

    @classmethod
    def from_json(cls, data: object) -> Profile:
        values = data if isinstance(data, dict) else {}

        def strings(key: str) -> tuple[str, ...]:
            raw = values.get(key, [])
            return tuple(str(item) for item in raw) if isinstance(raw, list) else ()

        seed = values.get("seed", 0)
        raw_labels = values.get("labels", [])
        labels = tuple(
            (str(pair[0]), str(pair[1]))
            for pair in (raw_labels if isinstance(raw_labels, list) else [])
            if isinstance(pair, list) and len(pair) == 2
        )
        return cls(
            job_skills=strings("job_skills"),
            focus=strings("focus"),
            resume_skills=strings("resume_skills"),
            roles=strings("roles") or ("general",),
            competencies=strings("competencies"),
            difficulty=Difficulty(str(values.get("difficulty", "medium"))),
            seed=seed if isinstance(seed, int) else 0,
            labels=labels,
        )


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


def infer_roles(bank: QuestionBank, job: JobDetails, skills: tuple[str, ...]) -> tuple[str, ...]:
    """Roles from the title first, then from what the job's skills relate to; `general` always last."""
    votes: dict[str, float] = {}
    for rank, (role, pattern) in enumerate(_ROLE_TITLES):
        if pattern.search(job.title):
            votes[role] = votes.get(role, 0.0) + 10.0 - rank * 0.1
    for skill in skills:
        for related in (skill, *bank.related_skills(skill)):
            if related in _ROLE_NAMES:
                votes[related] = votes.get(related, 0.0) + 1.0
    ordered = sorted(votes, key=lambda role: -votes[role])
    return (*ordered[:2], "general")


_ROLE_NAMES = frozenset(role for role, _ in _ROLE_TITLES)


def build_profile(
    bank: QuestionBank,
    job: JobDetails,
    candidate_id: str,
    resume_text: str,
    candidate_skills: list[str],
    preferences: InterviewPreferences,
) -> Profile:
    job_skills = _unique([bank.canonical(s) for s in job.skills_required])
    focus: list[str] = []
    for area in preferences.focus_areas:
        canonical = bank.canonical(area)
        focus.append(canonical)
        focus.extend(s for s in bank.skills_in(area) if s != canonical)
    resume = _unique([*(bank.canonical(s) for s in candidate_skills), *bank.skills_in(resume_text[:20_000])])
    digest = hashlib.sha256(f"{job.id}|{candidate_id}".encode()).digest()
    return Profile(
        job_skills=job_skills,
        focus=_unique(focus),
        resume_skills=resume,
        roles=infer_roles(bank, job, job_skills),
        competencies=tuple(job_competencies(job)),
        difficulty=preferences.difficulty_level,
        seed=int.from_bytes(digest[:4], "big"),
    )


def _difficulty_fit(question: Question, wanted: Difficulty) -> float:
    gap = abs(_DIFFICULTY_RANK[question.difficulty] - _DIFFICULTY_RANK[wanted])
    return (1.5, 0.3, -1.5)[gap]


def _tiebreak(question: Question, seed: int) -> int:
    return int.from_bytes(hashlib.blake2s(f"{seed}:{question.id}".encode(), digest_size=4).digest(), "big")


def _technical_relevance(question: Question, profile: Profile, related: set[str]) -> float:
    skills = set(question.skills)
    score = 3.0 * len(skills & set(profile.focus)) + 2.0 * len(skills & set(profile.job_skills))
    score += 1.0 * len(skills & set(profile.resume_skills)) + 0.5 * len(skills & related)
    if profile.roles and profile.roles[0] in question.roles:
        score += 1.5
    elif set(question.roles) & set(profile.roles[:-1]):
        score += 1.0
    return score


def _pick_diverse(
    pool: list[Question],
    count: int,
    profile: Profile,
    base: dict[str, float],
) -> list[Question]:
    """Greedy: the best question, then the best one whose skills are not yet covered, and so on."""
    chosen: list[Question] = []
    covered: set[str] = set()
    remaining = sorted(pool, key=lambda q: (-base[q.id], _tiebreak(q, profile.seed)))
    while remaining and len(chosen) < count:
        best = max(
            remaining,
            key=lambda q: (base[q.id] - 1.8 * len(set(q.skills) & covered), -_tiebreak(q, profile.seed)),
        )
        chosen.append(best)
        covered.update(best.skills)
        remaining.remove(best)
    return chosen


def technical_queue(bank: QuestionBank, profile: Profile, count: int) -> list[str]:
    related = {r for skill in (*profile.job_skills, *profile.focus) for r in bank.related_skills(skill)}
    pool = list(bank.by_phase[Phase.TECHNICAL])
    base = {
        q.id: _technical_relevance(q, profile, related) + _difficulty_fit(q, profile.difficulty) for q in pool
    }
    relevant = [q for q in pool if base[q.id] >= 2.0]
    chosen = _pick_diverse(relevant, count + SPARE_QUESTIONS, profile, base)
    # Focus skills first, then each required skill: the best bank question on it (any difficulty), else a
    # question of its own; the rest of the phase follows relevance.
    must: list[str] = []
    covered: set[str] = set()
    wanted = [*profile.focus, *(c for c in profile.competencies if c not in BEHAVIORAL_COMPETENCIES)]
    for skill in dict.fromkeys(wanted):
        if skill in covered:
            continue
        on_skill = [q for q in relevant if skill in q.skills and q.id not in must]
        best = max(on_skill, key=lambda q: (base[q.id], -_tiebreak(q, profile.seed)), default=None)
        must.append(best.id if best else f"{SKILL_PREFIX}{profile.label(skill)}")
        covered.update(best.skills if best else (skill,))
    return [*must, *(q.id for q in chosen if q.id not in must)]


def behavioral_queue(bank: QuestionBank, profile: Profile, count: int) -> list[str]:
    pool = list(bank.by_phase[Phase.BEHAVIORAL])
    wanted = [c for c in profile.competencies if c in BEHAVIORAL_COMPETENCIES]
    base: dict[str, float] = {}
    for question in pool:
        feeds = COMPETENCY_FEEDS.get(question.competency or "", "")
        role_fit = 1.0 if set(question.roles) & set(profile.roles) else 0.0
        base[question.id] = (
            (2.0 if feeds in wanted else 0.5) + role_fit + _difficulty_fit(question, profile.difficulty)
        )
    chosen: list[Question] = []
    seen_competencies: set[str] = set()
    ordered = sorted(pool, key=lambda q: (-base[q.id], _tiebreak(q, profile.seed)))
    for question in ordered:  # one per competency first, then the best of the rest
        if question.competency not in seen_competencies:
            chosen.append(question)
            seen_competencies.add(question.competency or "")
    chosen_ids = {q.id for q in chosen}
    chosen.extend(q for q in ordered if q.id not in chosen_ids)
    return [q.id for q in chosen[: count + SPARE_QUESTIONS]]


def _bookend_fit(question: Question, profile: Profile) -> int:
    if set(question.roles) & set(profile.roles[:-1]):
        return 2
    return 1 if "general" in question.roles or not question.roles else 0


def bookend_queue(bank: QuestionBank, profile: Profile, phase: Phase, count: int) -> list[str]:
    """Introduction or conclusion questions. The interview opens with the bank's first fitting introduction
    question (the bank lists its canonical opener first); the rest vary by candidate."""
    pool = [q for q in bank.by_phase[phase] if _bookend_fit(q, profile) > 0] or list(bank.by_phase[phase])
    ranked = sorted(
        pool,
        key=lambda q: (-_bookend_fit(q, profile), q.id.startswith("generic-"), _tiebreak(q, profile.seed)),
    )
    if phase == Phase.INTRODUCTION and pool:
        opener = next((q for q in pool if not q.id.startswith("generic-")), pool[0])
        ranked = [opener, *(q for q in ranked if q.id != opener.id)]
    return [q.id for q in ranked[: count + SPARE_QUESTIONS]]


def build_queues(bank: QuestionBank, profile: Profile, budgets: dict[Phase, int]) -> dict[str, list[str]]:
    return {
        Phase.INTRODUCTION.value: bookend_queue(
            bank, profile, Phase.INTRODUCTION, budgets[Phase.INTRODUCTION]
        ),
        Phase.TECHNICAL.value: technical_queue(bank, profile, budgets[Phase.TECHNICAL]),
        Phase.BEHAVIORAL.value: behavioral_queue(bank, profile, budgets[Phase.BEHAVIORAL]),
        Phase.CONCLUSION.value: bookend_queue(bank, profile, Phase.CONCLUSION, budgets[Phase.CONCLUSION]),
    }
