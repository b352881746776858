"""Checks on the curated question bank (workbench/interviewer/bank/*.json).

The bank is plain data read with the json module, so these tests are the only thing standing between a
typo in a JSON file and an interviewer that asks a malformed, repeated or unfair question.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

# Located from the repository layout rather than by importing `workbench`: with tests/ on sys.path
# (tests/conftest.py, prepend import mode) `workbench` can resolve to the tests/workbench namespace.
BANK_DIR = Path(__file__).resolve().parents[3] / "workbench" / "interviewer" / "bank"

PHASES = {"introduction", "technical", "behavioral", "conclusion"}
DIFFICULTIES = {"easy", "medium", "hard"}
COMPETENCIES = {
    "communication",
    "problem solving",
    "collaboration",
    "ownership",
    "leadership",
    "adaptability",
}
JOB_ROLES = (
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
)
ROLES = {*JOB_ROLES, "general"}
QUESTION_KEYS = {
    "id",
    "phase",
    "text",
    "skills",
    "roles",
    "difficulty",
    "competency",
    "look_for",
    "follow_ups",
}

MIN_TOTAL = 260
MIN_PER_PHASE = {"introduction": 12, "conclusion": 8, "behavioral": 50}
MIN_PER_ROLE = 15
MIN_GENERAL_TECHNICAL = 3
MIN_PER_COMPETENCY = 5
MIN_ALIASES = 60
MAX_LOOK_FOR_WORDS = 8


def comma_separated(text: str) -> tuple[str, ...]:
    return tuple(term.strip() for term in text.split(",") if term.strip())


# Words and phrases that point at protected characteristics, matched as whole words, case-insensitively, in
# everything the interviewer may say aloud (question text and follow-ups). "health" is listed even though
# "health check" is a devops term: spoken text says "liveness probe" instead, which keeps this guard strict.
# Only ambiguous roots whose technical sense dominates ("race" condition, same-"origin", third-"party") are
# left out.
PROTECTED_TERMS = comma_separated(
    """
    age, ages, aged, how old, young, younger, elderly, retire, retirement, birthday, born, birth,
    date of birth, married, marriage, marital, spouse, husband, wife, partner's, girlfriend, boyfriend,
    children, child, kids, family, families, pregnant, pregnancy, maternity, paternity, childcare,
    religion, religious, church, mosque, synagogue, temple, pray, prayer, faith, christian, muslim, jewish,
    hindu, disability, disabled, disabilities, illness, sick, medical, medication, diagnosis, health,
    mental, therapy, nationality, citizenship, citizen, immigrant, immigration, visa, ethnic, ethnicity,
    racial, accent, where are you from, mother tongue, sexual, sexuality, orientation, gay, lesbian,
    transgender, gender, political, politics, vote, voted, union member, maiden name
    """
)
PROTECTED_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(term) for term in PROTECTED_TERMS) + r")\b", re.IGNORECASE
)


def protected_terms_in(text: str) -> list[str]:
    return [match.group(0).lower() for match in PROTECTED_PATTERN.finditer(text)]


def load_json(name: str) -> Any:
    return json.loads((BANK_DIR / name).read_text(encoding="utf-8"))


def question_files() -> list[str]:
    return sorted(path.name for path in BANK_DIR.glob("*.json") if path.name != "skills.json")


def load_questions() -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = []
    for name in question_files():
        document = load_json(name)
        assert set(document) == {"questions"}, name
        assert isinstance(document["questions"], list), name
        questions.extend(document["questions"])
    return questions


@pytest.fixture(scope="module")
def questions() -> list[dict[str, Any]]:
    return load_questions()


@pytest.fixture(scope="module")
def used_skills(questions: list[dict[str, Any]]) -> set[str]:
    return {skill for question in questions for skill in question["skills"]}


def is_normalised(name: str) -> bool:
    return bool(name) and name == " ".join(name.strip().lower().split())


def is_string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def test_bank_holds_the_expected_files() -> None:
    expected = {"introduction.json", "conclusion.json", "behavioral.json"}
    expected |= {f"technical_{role}.json" for role in ROLES}
    assert set(question_files()) == expected


def test_every_question_follows_the_schema(questions: list[dict[str, Any]]) -> None:
    for question in questions:
        label = question.get("id", question)
        assert set(question) == QUESTION_KEYS, label
        assert isinstance(question["id"], str) and re.fullmatch(r"[a-z]+(-[a-z]+)?-\d{3}", question["id"])
        assert question["phase"] in PHASES, label
        assert question["difficulty"] in DIFFICULTIES, label
        assert isinstance(question["text"], str) and 15 <= len(question["text"]) <= 200, label
        assert question["text"].rstrip().endswith(("?", ".")), label
        assert is_string_list(question["skills"]), label
        assert all(is_normalised(skill) for skill in question["skills"]), label
        assert is_string_list(question["roles"]) and question["roles"], label
        assert set(question["roles"]) <= ROLES, label
        assert is_string_list(question["look_for"]) and question["look_for"], label
        assert is_string_list(question["follow_ups"]) and 1 <= len(question["follow_ups"]) <= 3, label
        assert question["competency"] is None or question["competency"] in COMPETENCIES, label


def test_each_file_holds_only_its_own_phase_and_role() -> None:
    for name in question_files():
        phase = "technical" if name.startswith("technical_") else name.removesuffix(".json")
        for question in load_json(name)["questions"]:
            assert question["phase"] == phase, question["id"]
            if phase == "technical":
                assert name.removeprefix("technical_").removesuffix(".json") in question["roles"]


def test_ids_and_texts_are_unique(questions: list[dict[str, Any]]) -> None:
    ids = Counter(question["id"] for question in questions)
    texts = Counter(" ".join(question["text"].lower().split()) for question in questions)
    assert [key for key, count in ids.items() if count > 1] == []
    assert [key for key, count in texts.items() if count > 1] == []


def test_minimum_counts_per_phase(questions: list[dict[str, Any]]) -> None:
    per_phase = Counter(question["phase"] for question in questions)
    assert len(questions) >= MIN_TOTAL
    for phase, minimum in MIN_PER_PHASE.items():
        assert per_phase[phase] >= minimum, phase


@pytest.mark.parametrize("role", JOB_ROLES)
def test_each_role_has_enough_technical_questions_at_every_difficulty(
    questions: list[dict[str, Any]], role: str
) -> None:
    technical = [q for q in questions if q["phase"] == "technical" and role in q["roles"]]
    assert len(technical) >= MIN_PER_ROLE
    assert {q["difficulty"] for q in technical} == DIFFICULTIES


def test_general_technical_questions_exist(questions: list[dict[str, Any]]) -> None:
    general = [q for q in questions if q["phase"] == "technical" and "general" in q["roles"]]
    assert len(general) >= MIN_GENERAL_TECHNICAL


def test_behavioral_questions_cover_every_competency(questions: list[dict[str, Any]]) -> None:
    behavioral = [q for q in questions if q["phase"] == "behavioral"]
    assert all(q["competency"] in COMPETENCIES for q in behavioral)
    per_competency = Counter(q["competency"] for q in behavioral)
    assert {c: per_competency[c] for c in COMPETENCIES if per_competency[c] < MIN_PER_COMPETENCY} == {}
    # Every behavioral prompt asks for one concrete past situation (a STAR story).
    assert [
        q["id"] for q in behavioral if not q["text"].startswith(("Tell me about", "Describe a time"))
    ] == []


def test_only_behavioral_questions_have_a_competency(questions: list[dict[str, Any]]) -> None:
    assert [q["id"] for q in questions if q["phase"] != "behavioral" and q["competency"] is not None] == []


def test_technical_questions_have_skills_and_enough_look_for(questions: list[dict[str, Any]]) -> None:
    for question in questions:
        if question["phase"] == "technical":
            assert len(question["skills"]) >= 1, question["id"]
            assert len(question["look_for"]) >= 3, question["id"]
        else:
            assert question["skills"] == [], question["id"]


def test_look_for_items_are_short_phrases(questions: list[dict[str, Any]]) -> None:
    too_long = [item for q in questions for item in q["look_for"] if len(item.split()) > MAX_LOOK_FOR_WORDS]
    assert too_long == []


def test_each_prompt_asks_one_question_at_a_time(questions: list[dict[str, Any]]) -> None:
    for question in questions:
        for spoken in [question["text"], *question["follow_ups"]]:
            assert spoken.count("?") <= 1, question["id"]


def test_protected_term_guard_catches_forbidden_topics() -> None:
    assert protected_terms_in("How old are you, and are you married?") == ["how old", "married"]
    assert protected_terms_in("Do you have children or plan a family?") == ["children", "family"]
    assert protected_terms_in("How would you avoid a race condition on this page?") == []


def test_no_question_touches_protected_characteristics(questions: list[dict[str, Any]]) -> None:
    offending = {
        q["id"]: terms
        for q in questions
        if (terms := protected_terms_in(" ".join([q["text"], *q["follow_ups"]])))
    }
    assert offending == {}


def test_aliases_point_at_skills_the_bank_uses(used_skills: set[str]) -> None:
    skills = load_json("skills.json")
    assert set(skills) == {"aliases", "related", "tools"}
    aliases: dict[str, str] = skills["aliases"]
    assert len(aliases) >= MIN_ALIASES
    assert all(is_normalised(alias) for alias in aliases)
    assert {alias: name for alias, name in aliases.items() if name not in used_skills} == {}
    # An alias that is also a canonical name would make normalisation ambiguous.
    assert set(aliases) & used_skills == set()


def test_tools_are_skills_the_bank_uses(used_skills: set[str]) -> None:
    tools: list[str] = load_json("skills.json")["tools"]["names"]
    assert "django" in tools and "python" in tools
    assert set(tools) - used_skills == set()


def test_related_skills_are_known(used_skills: set[str]) -> None:
    related: dict[str, list[str]] = load_json("skills.json")["related"]
    assert related
    assert set(related) - used_skills == set()
    known = used_skills | ROLES
    unknown = {name: [r for r in others if r not in known] for name, others in related.items()}
    assert {name: others for name, others in unknown.items() if others} == {}
    assert all(name not in others for name, others in related.items())
