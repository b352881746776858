"""The question bank: curated questions loaded once per directory and indexed for fast selection.

The bank lives in `workbench/interviewer/bank/*.json` (format: one `{"questions": [...]}` per file plus
`skills.json` with aliases and related skills). Any directory in that format can be passed instead, which is how
tests and researchers swap banks. Loading is cached per directory: every session shares one index.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from workbench.interviewer.competencies import normalise_skill
from workbench.interviewer.regex_union import literal_alternation
from workbench.models import Difficulty, Phase

DEFAULT_BANK_DIR = Path(__file__).resolve().parent / "bank"

Role = Literal[
    "frontend",
    "backend",
    "data",
    "ml",
    "devops",
    "mobile",
    "qa",
    "product",
    "design",
    "sales",
    "support",
    "general",
]
ROLES: tuple[str, ...] = get_args(Role)

_NON_WORD = re.compile(r"[^a-z0-9+#]+")


def normalise_text(text: str) -> str:
    """Lower-case, punctuation-free form used to detect repeated questions."""
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


class Question(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    phase: Phase
    text: str = Field(min_length=1)
    skills: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    difficulty: Difficulty = Difficulty.MEDIUM
    competency: str | None = None
    look_for: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()


# Used only when a bank has nothing for a phase or a required skill, so an interview never stalls.
_GENERIC: tuple[Question, ...] = (
    Question(
        id="generic-intro-1",
        phase=Phase.INTRODUCTION,
        text="Could you walk me through your background and what drew you to this role?",
        roles=("general",),
        look_for=("recent role", "relevant experience", "motivation"),
        follow_ups=("Which part of that experience is most relevant to this role?",),
    ),
    Question(
        id="generic-intro-2",
        phase=Phase.INTRODUCTION,
        text="What kind of work have you enjoyed most in your recent roles, and why?",
        roles=("general",),
        look_for=("specific project", "motivation", "impact"),
    ),
    Question(
        id="generic-beh-1",
        phase=Phase.BEHAVIORAL,
        competency="problem solving",
        text="Tell me about a difficult problem you solved at work. What was the situation and what did you do?",
        roles=("general",),
        look_for=("situation", "your actions", "trade-offs", "result"),
        follow_ups=("How did you know your solution worked?",),
    ),
    Question(
        id="generic-beh-2",
        phase=Phase.BEHAVIORAL,
        competency="collaboration",
        text="Describe a time you disagreed with a colleague about how to approach a task. How was it resolved?",
        roles=("general",),
        look_for=("listened", "common ground", "outcome", "relationship"),
    ),
    Question(
        id="generic-beh-3",
        phase=Phase.BEHAVIORAL,
        competency="communication",
        text="Tell me about a time you had to explain something complex to someone without your background.",
        roles=("general",),
        look_for=("audience", "simplified", "checked understanding", "outcome"),
    ),
    Question(
        id="generic-conc-1",
        phase=Phase.CONCLUSION,
        text="We're nearly out of time. What questions do you have for me about the role or the team?",
        roles=("general",),
    ),
)

SKILL_PREFIX = "skill:"
SKILL_TEMPLATE = (
    "Tell me about a recent piece of work where {skill} played a big part. What was the problem, what did you "
    "do, and what would you do differently now?"
)


def skill_question(skill: str) -> Question:
    """A technical question for a required skill that the bank does not cover."""
    return Question(
        id=f"{SKILL_PREFIX}{skill}",
        phase=Phase.TECHNICAL,
        text=SKILL_TEMPLATE.format(skill=skill),
        skills=(skill,),
        roles=("general",),
        look_for=(skill, "problem", "what you built", "trade-offs", "result"),
        follow_ups=(f"What was the hardest part of working with {skill} there?",),
    )


class QuestionBank:
    """All questions of a bank, indexed by id, phase and skill, plus the skill vocabulary."""

    def __init__(
        self,
        questions: list[Question],
        aliases: dict[str, str],
        related: dict[str, list[str]],
        tools: list[str] | None = None,
    ) -> None:
        self.aliases = {normalise_skill(k): normalise_skill(v) for k, v in aliases.items()}
        # Named products, languages and frameworks (skills.json `tools`): what a question may name that a job
        # does not use.
        self.tools = frozenset(self.canonical(name) for name in tools or ())
        self.related = {normalise_skill(k): tuple(normalise_skill(s) for s in v) for k, v in related.items()}
        known = {q.id for q in questions}
        merged = questions + [q for q in _GENERIC if q.id not in known]
        self.by_id: dict[str, Question] = {}
        for question in merged:
            canonical = question.model_copy(
                update={"skills": tuple(self.canonical(s) for s in question.skills)}
            )
            self.by_id[question.id] = canonical
        self.by_phase: dict[Phase, tuple[Question, ...]] = {
            phase: tuple(q for q in self.by_id.values() if q.phase == phase) for phase in Phase
        }
        self.vocabulary = self._build_vocabulary()
        self._skill_pattern = _compile_vocabulary(self.vocabulary)

    def canonical(self, skill: str) -> str:
        name = normalise_skill(skill)
        return self.aliases.get(name, name)

    def question(self, question_id: str) -> Question | None:
        if question_id in self.by_id:
            return self.by_id[question_id]
        if question_id.startswith(SKILL_PREFIX):
            label = question_id.removeprefix(SKILL_PREFIX)
            return skill_question(label).model_copy(update={"skills": (self.canonical(label),)})
        return None

    def related_skills(self, skill: str) -> tuple[str, ...]:
        return self.related.get(self.canonical(skill), ())

    def skills_in(self, text: str) -> list[str]:
        """Known skills mentioned in free text, canonical, in order of first mention."""
        if self._skill_pattern is None or not text:
            return []
        found: list[str] = []
        for match in self._skill_pattern.finditer(text.lower()):
            skill = self.canonical(match.group(1))
            if skill not in found:
                found.append(skill)
        return found

    def _build_vocabulary(self) -> set[str]:
        vocabulary = set(self.aliases) | set(self.aliases.values()) | set(self.related)
        for question in self.by_id.values():
            vocabulary.update(question.skills)
        # Very short aliases ("r", "c", "go") match ordinary words far too often in free text.
        return {word for word in vocabulary if len(word) >= 2 and word not in _AMBIGUOUS_WORDS}


# Skill names that are also everyday English words; matching them in prose would invent skills.
_AMBIGUOUS_WORDS = frozenset(
    {"go", "rest", "swift", "spark", "ruby", "rust", "express", "next", "make", "ai"}
)


def _compile_vocabulary(vocabulary: set[str]) -> re.Pattern[str] | None:
    if not vocabulary:
        return None
    # Longest first so "react native" wins over "react"; lookarounds instead of \b because of "c++"/"c#".
    # Grouped by first character: the same matches as one flat alternation, at a quarter of the cost.
    alternation = literal_alternation(sorted(vocabulary, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])({alternation})(?![a-z0-9+#])")


def _read_questions(path: Path) -> list[Question]:
    payload = json.loads(path.read_text(encoding="utf-8"))
    return [Question.model_validate(item) for item in payload.get("questions", [])]


def load_bank_uncached(directory: Path) -> QuestionBank:
    questions: list[Question] = []
    aliases: dict[str, str] = {}
    related: dict[str, list[str]] = {}
    tools: list[str] = []
    if directory.is_dir():
        for path in sorted(directory.glob("*.json")):
            if path.name == "skills.json":
                payload = json.loads(path.read_text(encoding="utf-8"))
                aliases = dict(payload.get("aliases", {}))
                related = {k: list(v) for k, v in payload.get("related", {}).items()}
                tools = list(payload.get("tools", {}).get("names", []))
            else:
                questions.extend(_read_questions(path))
    seen: set[str] = set()
    unique = []
    for question in questions:
        if question.id not in seen:
            seen.add(question.id)
            unique.append(question)
    return QuestionBank(unique, aliases, related, tools)


@lru_cache(maxsize=8)
def _load_cached(directory: str, stamp: tuple[tuple[str, float], ...]) -> QuestionBank:
    return load_bank_uncached(Path(directory))


def load_bank(directory: Path | str | None = None) -> QuestionBank:
    """The bank in `directory` (default: the packaged bank), loaded once and shared.

    The cache key includes file modification times so that an edited bank is picked up without a restart.
    """
    path = Path(directory) if directory is not None else DEFAULT_BANK_DIR
    stamp = tuple(sorted((p.name, p.stat().st_mtime) for p in path.glob("*.json"))) if path.is_dir() else ()
    return _load_cached(str(path.resolve()), stamp)
