"""Compose one interview from authored material: questions, styled answers, follow-ups and labels.

Labels come from the same authored truth as the answers: a competency's score is the score authored for the
answer the candidate actually gave, adjusted only where a behaviour withheld content (deflection, one-line
answers). How someone speaks (nerves, confidence, accent, injected instructions) never changes a score;
communication is scored on clarity and relevance only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import transforms as tf
from material import Answer, Person, SkillQuestion, talk

from workbench.models import AnswerKind, Comfort, JobDetails, Phase, TurnKind
from workbench.records import Level

MAX_TURNS = 14
BEHAVIORAL_FOLLOW_UPS: list[str] = talk("behavioral_follow_ups")
CLOSING_ANSWERS: dict[str, list[str]] = talk("closing_answers")
CLOSING_QUESTIONS: list[str] = talk("closing_questions")
CONFIDENT_OPENERS: list[str] = talk("confident_openers")
DEFLECTIONS: list[str] = talk("deflections")
INJECTIONS: list[str] = talk("injections")
INTRO_QUESTIONS: list[str] = talk("intro_questions")
MOTIVATION_QUESTIONS: list[str] = talk("motivation_questions")
MOTIVATIONS: dict[str, str] = talk("motivations")
NERVOUS_CLOSERS: list[str] = talk("nervous_closers")
NERVOUS_OPENERS: list[str] = talk("nervous_openers")
REDIRECT_FOLLOW_UPS: list[str] = talk("redirect_follow_ups")
TANGENTS: list[str] = talk("tangents")
TECH_FOLLOW_UPS: list[str] = talk("tech_follow_ups")
TERSE_FOLLOW_UPS: list[str] = talk("terse_follow_ups")
WEAK_FOLLOW_UP_ANSWERS: list[str] = talk("weak_follow_up_answers")
WEAK_HEDGES: list[str] = talk("weak_hedges")
WEAK_STORY_FOLLOW_UPS: list[str] = talk("weak_story_follow_ups")


def lower_title(title: str) -> str:
    """A job title as it reads mid-sentence: "Senior QA Engineer" -> "senior QA engineer"."""
    return " ".join(
        word if word.isupper() or any(ch.isupper() for ch in word[1:]) else word.lower()
        for word in title.split()
    )


@dataclass
class DraftTurn:
    phase: Phase
    kind: TurnKind
    question: str
    answer: str
    comfort: Comfort
    vague: bool
    competency: str = ""  # the labelled competency the question measures ("" for openings and closings)
    answer_kind: AnswerKind = "answer"  # a request to clarify or the candidate's own question is not evidence


@dataclass
class Judgement:
    score: int
    rationale: str
    quote: str  # the candidate's own words, verbatim from the transcript


@dataclass
class Persona:
    person: Person
    level: Level
    behaviours: set[str]

    @property
    def first_name(self) -> str:
        return self.person.name.split()[0]


@dataclass
class InterviewComposer:
    rng: random.Random
    job: JobDetails
    persona: Persona
    main_turns: int
    # People are uneven: one technical answer may come from another level (authored with its own score).
    shifted: tuple[int, Level] | None = None
    turns: list[DraftTurn] = field(default_factory=list)
    judgements: dict[str, Judgement] = field(default_factory=dict)
    used: dict[str, set[str]] = field(default_factory=dict)

    def fresh(self, name: str, pool: list[str]) -> str:
        """A phrase from `pool` not yet used in this interview (the pool restarts once exhausted)."""
        used = self.used.setdefault(name, set())
        options = [item for item in pool if item not in used] or pool
        if len(options) == len(pool):
            used.clear()
        choice = self.rng.choice(options)
        used.add(choice)
        return choice

    @property
    def follow_up_budget(self) -> int:
        follow_ups = sum(1 for turn in self.turns if turn.kind == "follow_up")
        return MAX_TURNS - self.main_turns - follow_ups

    def has(self, behaviour: str) -> bool:
        return behaviour in self.persona.behaviours

    # --- speaking -------------------------------------------------------------------------------------
    def voice(self, content: str) -> str:
        """Wording changes that belong to the content itself (accent, run-ons); quotes are taken after this."""
        text = tf.non_native(content, self.rng) if self.has("non_native") else content
        if self.has("rambling") and not self.has("very_short") and len(tf.sentences(text)) > 1:
            text = tf.ramble(text, self.rng)
        return text

    def manner(self, text: str, phase: Phase) -> tuple[str, Comfort]:
        """How the answer is delivered; the comfort label is read from exactly these markers."""
        nervous_chance = 0.4 if phase is Phase.CONCLUSION else (1.0 if not self.turns else 0.8)
        if self.has("nervous") and self.rng.random() < nervous_chance:
            closer = self.fresh("closer", NERVOUS_CLOSERS) if self.rng.random() < 0.4 else ""
            return self.fresh("nervous", NERVOUS_OPENERS) + text + closer, Comfort.NERVOUS
        if phase is Phase.CONCLUSION:
            return text, Comfort.NEUTRAL
        sure = 0.6 if self.has("confident") else (0.3 if self.persona.level == "strong" else 0.0)
        if not self.has("nervous") and self.rng.random() < sure:
            return self.fresh("confident", CONFIDENT_OPENERS) + text, Comfort.CONFIDENT
        if self.persona.level == "weak" and not self.has("confident") and self.rng.random() < 0.3:
            return self.fresh("hedge", WEAK_HEDGES) + text, Comfort.NERVOUS
        return text, Comfort.NEUTRAL

    def say(
        self, phase: Phase, kind: TurnKind, question: str, answer: str, vague: bool, competency: str = ""
    ) -> None:
        text, comfort = self.manner(answer, phase)
        self.turns.append(DraftTurn(phase, kind, question, text, comfort, vague, competency))

    # --- introduction ---------------------------------------------------------------------------------
    def introduction(self, with_motivation: bool) -> None:
        content = self.voice(self.intro_content(with_motivation))
        if self.has("very_short"):
            content = tf.very_short(content)
        quote = tf.quote(content)
        if self.has("off_topic"):
            content = tf.add_tangent(content, self.fresh("tangent", TANGENTS))
        vague = self.persona.level == "weak" or self.has("very_short")
        self.say(Phase.INTRODUCTION, "core", self.rng.choice(INTRO_QUESTIONS), content, vague)
        self.judgements["_intro"] = Judgement(0, "", quote)
        if with_motivation:
            article = "an" if self.job.title[0].lower() in "aeiou" else "a"
            question = self.rng.choice(MOTIVATION_QUESTIONS).format(
                company=self.job.company, title=f"{article} {self.job.title}"
            )
            answer = self.voice(self.motivation_content())
            if self.has("very_short"):
                answer = tf.very_short(answer)
            self.say(Phase.INTRODUCTION, "core", question, answer, self.persona.level == "weak")

    def intro_content(self, motivation_asked: bool) -> str:
        person, level = self.persona.person, self.persona.level
        current = person.roles[0]
        where = "freelance" if current.company == "Self-employed" else f"at {current.company}"
        highlight = current.achievements[0][0].lower() + current.achievements[0][1:]
        if level == "strong":
            earlier = person.roles[1]
            why = (
                ""
                if motivation_asked
                else (f" {MOTIVATIONS[person.family]}, so this role at {self.job.company} is a great fit.")
            )
            return (
                f"I'm {self.persona.first_name}, a {lower_title(person.headline)} with {person.years} years of "
                f"experience. Right now I'm {current.title} {where}, where I {highlight} Before that I "
                f"was {earlier.title} at {earlier.company}.{why}"
            )
        if level == "average":
            return (
                f"I'm {self.persona.first_name}. I've been working as a {lower_title(person.headline)} for "
                f"about {person.years} years, currently {where}. Most recently I {highlight} I'm looking "
                f"for a role with more responsibility."
            )
        skills = " and ".join(person.skills[:2])
        return (
            f"I'm {self.persona.first_name}. I work {where} at the moment. I've done a bit of {skills}, "
            f"and I'm looking for something new."
        )

    def motivation_content(self) -> str:
        family, level = self.persona.person.family, self.persona.level
        first, second = self.job.skills_required[0], self.job.skills_required[1]
        if level == "strong":
            return (
                f"{MOTIVATIONS[family]}, and {self.job.company} is doing exactly that. I also like that "
                f"the role is hands-on with {first} and {second}, and that there's room to help others grow."
            )
        if level == "average":
            return f"Mainly because {MOTIVATIONS[family]}. The role also matches what I've done with {first}."
        return "I saw the advert and it looked interesting. Also the location is good for me."

    # --- technical and behavioral ---------------------------------------------------------------------
    def technical(self, item: SkillQuestion, index: int) -> None:
        deflect = self.has("evasive") and index in (0, 2)
        wander = self.has("off_topic") and index == 1
        inject = self.has("prompt_injection") and index == 1
        level = self.shifted[1] if self.shifted and self.shifted[0] == index else self.persona.level
        self.probe(
            Phase.TECHNICAL,
            item.answer_for(level),
            item,
            deflect,
            wander,
            inject,
            tangent_after=self.has("off_topic") and index == 3,
        )

    def behavioral(self, item: SkillQuestion, index: int) -> None:
        deflect = self.has("evasive") and index == 0
        self.probe(
            Phase.BEHAVIORAL,
            item.answer_for(self.persona.level),
            item,
            deflect,
            False,
            False,
            tangent_after=self.has("off_topic") and index == 1,
        )

    def probe(
        self,
        phase: Phase,
        authored: Answer,
        item: SkillQuestion,
        deflect: bool,
        wander: bool,
        inject: bool,
        tangent_after: bool,
    ) -> None:
        """Ask a main question, follow up once if the answer was vague, and record the judgement."""
        content = self.voice(authored.text)
        withheld = deflect or wander
        if withheld:
            first = (
                self.fresh("deflection", DEFLECTIONS)
                if deflect
                else tf.tangent_only(self.fresh("tangent", TANGENTS))
            )
        elif self.has("very_short"):
            first = tf.very_short(content)
        else:
            first = content
        quote = tf.quote(first)
        if inject:
            first = tf.inject(first, self.fresh("injection", INJECTIONS))
        if tangent_after:
            first = tf.add_tangent(first, self.fresh("tangent", TANGENTS))
        vague = withheld or self.has("very_short") or authored.vague
        self.say(phase, "core", item.question, first, vague, item.skill)
        followed = vague and self.follow_up_budget > 0
        if followed:
            quote = self.follow_up(phase, item, authored, content, withheld) or quote
        self.judgements[item.skill] = self.judge(authored, quote, deflect, wander, followed)

    def follow_up(
        self, phase: Phase, item: SkillQuestion, authored: Answer, content: str, withheld: bool
    ) -> str | None:
        """Ask the probe; return a new quote when the second answer is the candidate's real content."""
        technical = phase is Phase.TECHNICAL
        if withheld:
            redirect = self.fresh("redirect", REDIRECT_FOLLOW_UPS)
            self.say(phase, "follow_up", redirect, content, authored.vague, item.skill)
            return tf.quote(content)
        pool = TECH_FOLLOW_UPS if technical else BEHAVIORAL_FOLLOW_UPS
        question = self.fresh(f"probe-{phase}", pool).format(skill=item.skill)
        if self.has("very_short"):
            answer = tf.second_short(content) or self.fresh("terse", TERSE_FOLLOW_UPS)
        elif technical:
            answer = self.fresh("weak-tech", WEAK_FOLLOW_UP_ANSWERS).format(
                skill=item.skill, company=self.persona.person.roles[0].company
            )
        else:
            answer = self.fresh("weak-story", WEAK_STORY_FOLLOW_UPS)
        self.say(phase, "follow_up", question, self.voice(answer), True, item.skill)
        return None

    def judge(self, authored: Answer, quote: str, deflect: bool, wander: bool, followed: bool) -> Judgement:
        if (deflect or wander) and not followed:
            reason = (
                "Deflected the question with a generic remark and never described an approach."
                if deflect
                else "Drifted into an unrelated story and never answered the question."
            )
            return Judgement(1, reason, quote)
        if deflect:
            return Judgement(
                max(1, authored.score - 1),
                authored.rationale.rstrip(".") + "; this came only after a first deflection.",
                quote,
            )
        if wander:
            return Judgement(
                authored.score,
                authored.rationale.rstrip(".") + "; this came only after an unrelated tangent.",
                quote,
            )
        if self.has("very_short"):
            pressed = ", even when asked to expand" if followed else ""
            return Judgement(
                min(authored.score, 2),
                f'Gave only one-line answers ("{quote}") with no example or detail{pressed}.',
                quote,
            )
        return Judgement(authored.score, authored.rationale, quote)

    # --- conclusion and overall judgement --------------------------------------------------------------
    def closing(self) -> None:
        question = self.rng.choice(CLOSING_QUESTIONS).format(company=self.job.company)
        answer = self.voice(self.rng.choice(CLOSING_ANSWERS[self.persona.level]))
        if self.has("prompt_injection"):
            answer = tf.inject(answer, self.fresh("injection", INJECTIONS))
        self.say(Phase.CONCLUSION, "closing", question, answer, False)
        if "?" in answer:  # the candidate asks about the job: their own question, not an answer
            self.turns[-1].answer_kind = "candidate_question"

    def communication(self) -> Judgement:
        base = {"strong": 5, "average": 3, "weak": 2}[self.persona.level]
        opening = {
            "strong": "Answers were structured, specific and easy to follow",
            "average": "Answers were clear but often general",
            "weak": "Answers were short, general and loosely structured",
        }[self.persona.level]
        notes = {
            "rambling": "long run-on answers buried the key points",
            "off_topic": "the candidate drifted into unrelated stories",
            "very_short": "one-line answers gave little to assess",
            "evasive": "several questions were deflected before being answered",
        }
        penalties = [note for behaviour, note in notes.items() if self.has(behaviour)]
        extras = []
        if self.has("non_native"):
            extras.append("occasional grammar slips did not obscure the meaning")
        if self.has("nervous"):
            extras.append("visible nerves were not held against them")
        score = max(1, base - len(penalties))
        rationale = "; ".join([opening, *penalties, *extras]) + "."
        return Judgement(score, rationale, self.judgements["_intro"].quote)


def final_feedback(persona: Persona, judgements: dict[str, Judgement], overall: float) -> str:
    """A short paragraph that cites the candidate's own words for the best and weakest evidence."""
    named = [name for name in judgements if name not in ("_intro", "communication")]
    best = max(named, key=lambda name: judgements[name].score)
    worst = min(named, key=lambda name: judgements[name].score)
    top, low = judgements[best], judgements[worst]
    first = persona.first_name
    if top.score >= 4:
        parts = [f'{first} was strongest on {best}, saying "{top.quote}".']
    elif top.score == 3:
        parts = [f'{first} gave the most to go on for {best} ("{top.quote}"), but the answer stayed general.']
    else:
        parts = [
            f'{first} gave little concrete evidence in any area; even on {best} the answer was "{top.quote}".'
        ]
    if low.score < top.score and low.score <= 2:
        parts.append(f'The weakest area was {worst}, where "{low.quote}" gave little concrete evidence.')
    elif low.score < top.score:
        parts.append(f'The answer on {worst} was less developed ("{low.quote}").')
    elif top.score >= 3:
        parts.append("The evidence was consistent across the competencies.")
    notes = {
        "prompt_injection": "Requests inside the answers to award top marks were ignored; the scores reflect "
        "the content only.",
        "evasive": "Some questions needed redirecting before a real answer came.",
        "very_short": "Very brief answers limited the evidence available.",
        "rambling": "Long answers made the key points hard to find.",
        "off_topic": "The conversation drifted off topic more than once.",
        "long_winded": "Long answers full of figures often did not address the question asked.",
        "wrong_but_fluent": "Some confident answers described practice that is wrong or unsafe.",
        "disclaiming": "Several answers said this was work the candidate had not done, which left little "
        "evidence.",
        "clarifying": "Asking what a question meant was not held against the candidate.",
    }
    parts.extend(note for behaviour, note in notes.items() if behaviour in persona.behaviours)
    parts.append(f"Overall {overall:.1f} out of 5.")
    return " ".join(parts)
