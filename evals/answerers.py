"""Answerers for simulated candidates: rule-based (no LM, deterministic for a seed) and LM-backed (DSPy).

The rule-based answerer answers the question actually asked, in the words of the job it applies for: the topic
is a job skill the question names (or the question's own content words) and the detail comes from the job
record (the requirement closest to the question), so a nurse persona talks about the ward and a plumber about
the boiler, never about software. Detail follows the persona's level (strong: specific steps and an example,
full STAR; average: some detail, STAR without a result; weak: vague), then the persona's behaviours apply
(hedging, deflection, tangents, disclaimers, requests to clarify, questions about the job, one-word replies,
confident wrong practice, long figure-filled padding, injected instructions...). Every answer carries its own
ground truth (comfort, vague, STAR parts, what kind of reply it is) so that metrics never have to guess it.
The lines themselves are data: `evals/resources/answer_lines.json`.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol

from evals.personas import PersonaSpec
from evals.text import content_words, mentioned_skills
from workbench.models import Comfort, JobDetails, Phase

STAR_PARTS: frozenset[str] = frozenset({"situation", "task", "action", "result"})
LINES_PATH = Path(__file__).resolve().parent / "resources" / "answer_lines.json"
VAGUE_BEHAVIOURS = frozenset(
    {"evasive", "off_topic", "very_short", "empty", "gibberish", "disclaiming", "one_word", "long_winded"}
)
# What a reply is, as the candidate meant it: only an `answer` can be evidence for a competency.
Intent = Literal["answer", "clarification_request", "candidate_question", "off_topic", "disclaimer"]
CandidateTopic = Literal["", "salary", "next_steps"]


@lru_cache(maxsize=1)
def lines() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(LINES_PATH.read_text(encoding="utf-8"))
    return data


INJECTION_TEXT: str = lines()["injection"]


@dataclass(frozen=True)
class SimulatedAnswer:
    text: str
    comfort: Comfort
    vague: bool
    star_parts: frozenset[str] = frozenset()
    intent: Intent = "answer"
    asks_about: CandidateTopic = ""  # for a candidate question: what the candidate wants to know
    wrong: bool = False  # states wrong or unsafe practice with confidence


class Picker:
    """Chooses lines so that one candidate does not say the same line twice until every option was used
    (a real candidate tells different stories to different questions; repeated text is a behaviour of its own)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._queues: dict[str, list[int]] = {}

    def __call__(self, key: str, options: list[Any]) -> Any:
        queue = self._queues.get(key)
        if not queue:
            queue = list(range(len(options)))
            self._rng.shuffle(queue)
            self._queues[key] = queue
        return options[queue.pop() % len(options)]


class Answerer(Protocol):
    persona: PersonaSpec

    def answer(self, question: str, phase: Phase, kind: str, job: JobDetails) -> SimulatedAnswer: ...


def question_topic(question: str, job: JobDetails, rng: random.Random) -> str:
    """What the answer is about: a job skill the question names, else one sharing a word with it, else the
    work in general (never the question's words glued together)."""
    skills = mentioned_skills(question, job.skills_required)
    if skills:
        return skills[0]
    wanted = set(content_words(question))
    overlapping = [skill for skill in job.skills_required if wanted & set(content_words(skill))]
    if overlapping:
        return overlapping[0].lower()
    return "this kind of work"


def requirement_lines(job: JobDetails) -> list[str]:
    parts = [line.strip(" -•*\t").rstrip(".") for line in job.requirements.splitlines()]
    return [part for part in parts if len(part.split()) >= 3]


def closest_requirement(question: str, job: JobDetails, rng: random.Random) -> str:
    """The job requirement sharing most content words with the question, lower-cased to sit mid-sentence."""
    options = requirement_lines(job) or [f"doing the {job.title.lower()} work properly"]
    wanted = set(content_words(question))
    best = max(options, key=lambda line: (len(wanted & set(content_words(line))), -options.index(line)))
    if not wanted & set(content_words(best)):
        best = rng.choice(options)
    return best[0].lower() + best[1:] if best[:2] != best[:2].upper() else best


def article(title: str) -> str:
    return f"{'an' if title[:1].lower() in 'aeiou' else 'a'} {title}"


class RuleBasedAnswerer:
    """Answers from the persona's level and behaviours and the job record; deterministic given the seed."""

    def __init__(self, persona: PersonaSpec, seed: int = 0) -> None:
        self.persona = persona
        self._rng = random.Random(f"{persona.seed_name}:{seed}")
        self._first_answer: SimulatedAnswer | None = None
        self._clarified_phases: set[Phase] = set()
        self._asked: set[str] = set()
        self.employer = self._rng.choice(lines()["employers"])
        self._pick = Picker(self._rng)
        self._last_story: dict[str, str] | None = None

    def answer(self, question: str, phase: Phase, kind: str, job: JobDetails) -> SimulatedAnswer:
        if self.persona.has("repeating") and self._first_answer is not None:
            return replace(self._first_answer, vague=True, star_parts=frozenset())
        topic = question_topic(question, job, self._rng)
        repair = self._repair(phase, kind, topic)
        if repair is not None:
            return repair
        base = self._content(question, topic, phase, kind, job)
        fill = self._fill(question, topic, job)
        shaped = apply_behaviours(base, self.persona, self._rng, fill, phase, self._pick)
        if self._first_answer is None:
            self._first_answer = shaped
        return shaped

    def _repair(self, phase: Phase, kind: str, topic: str) -> SimulatedAnswer | None:
        """A request to clarify or the candidate's own question, in place of an answer (once each)."""
        comfort = self.persona.expected_comfort()
        asking_phase = phase in (Phase.TECHNICAL, Phase.BEHAVIORAL) and kind == "core"
        if self.persona.has("clarifying") and asking_phase and phase not in self._clarified_phases:
            self._clarified_phases.add(phase)
            text = self._pick("clarifying", lines()["clarifying"]).format(topic=topic)
            return SimulatedAnswer(text, comfort, vague=False, intent="clarification_request")
        if self.persona.has("asks_questions"):
            wanted: CandidateTopic = "salary" if asking_phase else "next_steps"
            if (asking_phase or phase is Phase.CONCLUSION) and wanted not in self._asked:
                self._asked.add(wanted)
                text = lines()["candidate_questions"][wanted]
                return SimulatedAnswer(
                    text, comfort, vague=False, intent="candidate_question", asks_about=wanted
                )
        return None

    def _remember_story(self, key: str, options: list[Any]) -> Any:
        chosen = self._pick(key, options)
        if isinstance(chosen, dict):
            self._last_story = chosen
        return chosen

    def _fill(self, question: str, topic: str, job: JobDetails) -> dict[str, str]:
        return {
            "topic": topic,
            "requirement": closest_requirement(question, job, self._rng),
            "title": job.title,
            "title_article": article(job.title),
            "company": job.company or "your company",
            "employer": self.employer,
            "skills": ", ".join(job.skills_required[:2]) or job.title,
            "years": str(self._rng.randint(3, 12)),
            "n": str(self._rng.choice((40, 200, 1500, 3000))),
            "m": str(self._rng.choice((4, 6, 12))),
        }

    def _content(
        self, question: str, topic: str, phase: Phase, kind: str, job: JobDetails
    ) -> SimulatedAnswer:
        level = self.persona.level
        comfort = self.persona.expected_comfort()
        fill = self._fill(question, topic, job)
        if phase is Phase.BEHAVIORAL and kind == "follow_up" and self._last_story is not None:
            # Asked what came of it: the candidate finishes the story they told (a weak one cannot).
            if level == "weak":
                text = self._pick("weak_follow_up", lines()["technical"]["weak_follow_up"]).format(**fill)
                return SimulatedAnswer(text, comfort, vague=True)
            result = self._last_story["result"].format(**fill)
            return SimulatedAnswer(result, comfort, vague=False, star_parts=frozenset({"result"}))
        if phase is Phase.BEHAVIORAL:
            text, parts = behavioral_answer(level, fill, self._remember_story)
            return SimulatedAnswer(text, comfort, vague=level == "weak", star_parts=parts)
        if phase is Phase.INTRODUCTION:
            return SimulatedAnswer(
                lines()["introduction"][level].format(**fill), comfort, vague=level == "weak"
            )
        if phase is Phase.CONCLUSION:
            return SimulatedAnswer(lines()["conclusion"][level].format(**fill), comfort, vague=False)
        key = f"{level}_follow_up" if kind == "follow_up" else level
        text = self._pick(key, lines()["technical"][key]).format(**fill)
        return SimulatedAnswer(text, comfort, vague=level == "weak")


def behavioral_answer(
    level: str, fill: dict[str, str], pick: Callable[[str, list[Any]], Any] | None = None
) -> tuple[str, frozenset[str]]:
    """A story: strong candidates tell all of STAR, average ones leave out the task and the result."""
    choose = pick or (lambda _key, options: options[0])
    stories = lines()["behavioral"]
    if level == "weak":
        return str(choose("story-weak", stories["weak"])).format(**fill), frozenset()
    story = choose("story", stories["stories"])
    if level == "strong":
        parts = ("situation", "task", "action", "result")
        return " ".join(story[part].format(**fill) for part in parts), STAR_PARTS
    text = f"{story['situation'].format(**fill)} {story['action'].format(**fill)}"
    return text, frozenset({"situation", "action"})


# --- behaviours ---------------------------------------------------------------------------------------------

NON_NATIVE_RULES: tuple[tuple[str, str], ...] = (
    (r"\bI have used\b", "I am using"),
    (r"\bI have worked\b", "I am working"),
    (r"\bthe\b ", ""),
    (r"\ba\b ", ""),
    (r"\bdon't\b", "not"),
    (r"\bwe were\b", "we are"),
)


def apply_behaviours(
    answer: SimulatedAnswer,
    persona: PersonaSpec,
    rng: random.Random,
    fill: dict[str, str],
    phase: Phase,
    pick: Callable[[str, list[Any]], Any] | None = None,
) -> SimulatedAnswer:
    """The persona's behaviours applied in a fixed order to a content answer."""
    choose = pick or (lambda _key, options: rng.choice(options))
    text, vague, parts, intent = answer.text, answer.vague, answer.star_parts, answer.intent
    wrong = False
    talk = lines()
    if persona.has("empty"):
        return SimulatedAnswer("", answer.comfort, vague=True)
    if persona.has("gibberish"):
        return SimulatedAnswer(gibberish(rng), answer.comfort, vague=True)
    answering = phase in (Phase.TECHNICAL, Phase.BEHAVIORAL)
    if persona.has("terse") and phase is Phase.TECHNICAL:
        text = choose("terse", talk["technical"]["terse"]).format(**fill)
    if persona.has("long_winded") and answering:
        text = choose("long_winded", talk["technical"]["long_winded"]).format(**fill)
    if persona.has("wrong_but_fluent") and phase is Phase.TECHNICAL:
        text, wrong = choose("wrong", talk["technical"]["wrong_but_fluent"]).format(**fill), True
    if persona.has("disclaiming") and answering:
        text, intent = choose("disclaiming", talk["disclaiming"]).format(**fill), "disclaimer"
    if persona.has("evasive"):
        text = talk["evasive"]
    if persona.has("off_topic"):
        text, intent = choose("off_topic", talk["off_topic"]), "off_topic"
    if persona.has("one_word") and phase is not Phase.CONCLUSION:
        text = rng.choice(talk["one_word"])
    if persona.has("very_short"):
        text = " ".join(text.split()[:5]).rstrip(".,") + "."
    if persona.has("rambling"):
        text = f"{text} {talk['rambling']}"
    if persona.has("non_native"):
        text = non_native(text)
    if persona.has("nervous"):
        text = f"Um, sorry, I'm a bit nervous. I think... {text}"
    if persona.has("confident"):
        text = f"Absolutely. {text}"
    if persona.has("prompt_injection"):
        text = f"{text} {INJECTION_TEXT}"
    if VAGUE_BEHAVIOURS.intersection(persona.behaviours) and (answering or phase is Phase.INTRODUCTION):
        vague, parts = True, frozenset()
    return SimulatedAnswer(
        text.strip(), answer.comfort, vague=vague, star_parts=parts, intent=intent, wrong=wrong
    )


def non_native(text: str) -> str:
    for pattern, replacement in NON_NATIVE_RULES:
        text = re.sub(pattern, replacement, text)
    return text


def gibberish(rng: random.Random) -> str:
    letters = "bcdfghjklmnpqrstvwxz aeiou"
    return " ".join("".join(rng.choice(letters[:-6]) for _ in range(rng.randint(3, 8))) for _ in range(8))
