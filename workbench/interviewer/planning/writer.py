"""Writing planned questions and their anchored rubrics from the templates in data/questions.yaml.

A plan uses each template at most once (rotated from a per-plan seed), so no single opening dominates; every
job-knowledge question names the job's own activity or term; every question has rephrasings for repair.
"""

from __future__ import annotations

import re

from workbench.interviewer.bank import Question
from workbench.interviewer.guards import guard_question
from workbench.interviewer.plan import Plan
from workbench.interviewer.planning.casing import upper_first
from workbench.interviewer.planning.gerund_phrase import acting
from workbench.interviewer.planning.jobtext import Requirement
from workbench.interviewer.planning.kind_situations import kind_situation, kind_situations
from workbench.interviewer.planning.lexicon import config, questions_config
from workbench.interviewer.planning.library import (
    GENERAL,
    FittedFamily,
    competency_library,
    families,
    red_flags_for,
)
from workbench.interviewer.planning.noticing import noticed
from workbench.interviewer.planning.roles import family_for
from workbench.interviewer.restate import restatements
from workbench.models import (
    Competency,
    Difficulty,
    JobDetails,
    Phase,
    PlannedQuestion,
    QuestionForm,
    Rubric,
    RubricAnchors,
)

_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 48
MAX_TWIST_TRIES = 4  # situations tried for a question before the guard's safe fallback


def slug(text: str) -> str:
    full = _SLUG.sub("-", text.lower()).strip("-")
    if len(full) > MAX_SLUG:
        full = full[:MAX_SLUG].rsplit("-", 1)[0]
    return full or "item"


# "Describe how you have applied applying the Rule Book recently": a topic named as "applying the ..." read after
# a template's own "applied"
_APPLIED_APPLYING = re.compile(r"\b(appl(?:y|ied|ying))\s+applying\s+", re.IGNORECASE)


def _one_apply(text: str) -> str:
    return _APPLIED_APPLYING.sub(r"\1 ", text)


# A duty that holds its own condition ("act as banksman when the vehicle is reversing") read in a template that adds
# the situation with "when": "Suppose you're about to act as banksman when the vehicle is reversing when a colleague
# has signed off equipment ..." or "Take me through your own routine when you act as banksman when ..." says "when"
# twice; another of the form's templates is used.
_OWN_CONDITION = re.compile(r"\b(?:when|whenever|while|if)\b", re.IGNORECASE)


_WHEN_BESIDE_DUTY = re.compile(
    r"\bwhen\s+(?:you\s+)?\{(?:act|acting|topic)\}|\{(?:act|acting|topic)\}\s+when\b", re.IGNORECASE
)


def _clause_after_clause(template: str, item_text: str) -> bool:
    return _WHEN_BESIDE_DUTY.search(template) is not None and _OWN_CONDITION.search(item_text) is not None


class QuestionWriter:
    """Writes the job-knowledge questions of one plan; remembers the templates used and the competencies."""

    def __init__(self, job: JobDetails, family: str, difficulty: Difficulty, seed: int) -> None:
        self.job = job
        self.family_name = family
        self.family: FittedFamily = family_for(family, job).fitted(job)
        self.difficulty = difficulty
        self.seed = seed
        self.used: set[str] = set()
        self.twists: set[str] = set()  # the situations already put, so that no two questions share one
        self.competencies: dict[str, Competency] = {}
        self.asked: dict[str, int] = {}
        self.first_form: dict[str, str] = {}  # the form each requirement was first asked in

    # --- templates ----------------------------------------------------------------------------------
    def _template(self, form: str, shape: str, item_text: str = "") -> tuple[str, str]:
        templates: list[str] = questions_config()[form][shape]
        start = (self.seed + len(self.used)) % len(templates)
        for shift in range(len(templates)):
            name = f"{form}.{shape}.{(start + shift) % len(templates)}"
            if _clause_after_clause(templates[(start + shift) % len(templates)], item_text):
                continue
            if name not in self.used:
                self.used.add(name)
                return name, templates[(start + shift) % len(templates)]
        name = f"{form}.{shape}.{start}"
        return name, templates[start]

    def _complication(self, item: Requirement, salt: int) -> tuple[str, str]:
        """The situation for a question on `item` (as its data file words it, and as the question says it): one
        not yet put to the candidate where the family has another."""
        thing = noticed(item.text) if item.shape == "act" else None
        if thing is not None:
            # "recognise decay": the situation shows what is noticed, in the family's words where it has some
            return self._turn(self._noticing(item), item, salt, named=thing)
        every = self.family.act_complications if item.shape == "act" else self.family.complications
        of_kind = kind_situations(item)  # those of the item's kind that can happen in the duty
        if of_kind is not None and not any(twist.about and twist.fits(item.text) for twist in every):
            # a rule or a piece of kit has situations of its own ("a colleague wants to save time by going
            # ahead without following ASA/CAP advertising rules", "you find a fault on a piece of kit"); the
            # family's own situations of that kind come first ("an instrument fails partway through a run")
            kind, fitting_kind = of_kind
            own = [twist.text for twist in every if twist.fits(item.text) and kind.about.search(twist.text)]
            if own:
                return self._turn(own, item, salt)
            chosen, said = kind_situation(kind, fitting_kind, item.text, self.seed + salt, self.twists)
            return chosen, unechoed(agree(said, item.text), item.text)
        fitting = [twist.text for twist in every if twist.fits(item.text)]
        general = [
            twist.text for twist in every if not twist.about and not twist.unless and twist.fits(item.text)
        ]
        anything = [twist.text for twist in every if twist.fits(item.text)] or [twist.text for twist in every]
        return self._turn(fitting or general or anything, item, salt)

    def _has_situation(self, item: Requirement) -> bool:
        """Some situation of the family reads with the item (one put "during" it needs an activity)."""
        if item.shape == "act" and noticed(item.text) is not None:
            return True
        every = self.family.act_complications if item.shape == "act" else self.family.complications
        return kind_situations(item) is not None or any(twist.fits(item.text) for twist in every)

    def _noticing(self, item: Requirement) -> list[str]:
        """The family's situations of noticing that fit the duty, else those any work has (the general family's)."""
        own = [twist.text for twist in self.family.noticing if twist.fits(item.text)]
        return own or [twist.text for twist in families()[GENERAL].fitted(self.job).noticing]

    def _turn(
        self, options: list[str], item: Requirement, salt: int, named: str | None = None
    ) -> tuple[str, str]:
        """The plan's next situation of `options`: one not yet put to the candidate where there is one; {item}
        is the item, or what a duty of noticing notices (`named`)."""
        start = (self.seed + salt) % len(options)
        turns = [options[(start + shift) % len(options)] for shift in range(len(options))]
        chosen = next((twist for twist in turns if twist not in self.twists), turns[0])
        subject = named or item.text
        situation = cared_for(chosen, self.family.cared_for).format(item=subject)
        return chosen, unechoed(agree(situation, subject), subject)

    # --- job knowledge --------------------------------------------------------------------------------
    def job_knowledge(self, item: Requirement, form: str, minutes: float, source: str) -> PlannedQuestion:
        competency_id = self._competency_for(item, source)
        occurrence = self.asked.get(competency_id, 0)
        self.asked[competency_id] = occurrence + 1
        if occurrence:  # the same requirement a second time: ask it in the form it was not asked in first
            form = "situational" if self.first_form.get(competency_id) == "how_do_you" else "how_do_you"
        if form == "situational" and not self._has_situation(item):
            form = "how_do_you"  # "bloodborne pathogens": no situation of the family reads with it
        self.first_form.setdefault(competency_id, form)
        slots = {
            "act": item.text,
            "acting": acting(item.text) if item.shape == "act" else item.text,
            "topic": item.text,
            "setting": self.family.setting,
            "complication": "",
        }
        # the job's own words name the work, not the candidate: the duty, its gerund, and what a duty of noticing
        # notices, which its situations say apart from the duty ("you notice signs of depression in a resident")
        thing = noticed(item.text) if item.shape == "act" else None
        job_terms = tuple(term for term in (item.text, slots["acting"], thing) if term)
        form, template_name, text = self._worded(item, form, competency_id, occurrence, slots, job_terms)
        if form == "situational" and self.difficulty == Difficulty.HARD:
            twists: list[str] = questions_config()["hard_twist"]
            text += twists[(self.seed + occurrence) % len(twists)]
        # A noun phrase where a rephrasing or an anchor names the subject: "when managing carer rotas comes up",
        # not "when manage carer rotas comes up".
        subject = slots["acting"]
        rephrase_slots = {
            "subject": subject,
            "title": self.job.title,
            "complication": _with_its_subject(slots["complication"], item),
        }
        return PlannedQuestion(
            id=f"jk-{competency_id}-{occurrence + 1}",
            phase=Phase.TECHNICAL,
            competency_id=competency_id,
            form="situational" if form == "situational" else "how_do_you",
            text=guard_question(text, job_terms=job_terms),
            rephrasings=[r.format(**rephrase_slots) for r in questions_config()["rephrase"][form]],
            minutes=minutes,
            rubric=self._rubric(form, subject, item.text),
            source=f"{source}:{template_name}",
        )

    def _worded(
        self,
        item: Requirement,
        form: str,
        competency_id: str,
        occurrence: int,
        slots: dict[str, str],
        job_terms: tuple[str, ...],
    ) -> tuple[str, str, str]:
        """The question on `item` worded from a template of its form (its situation in `slots["complication"]`):
        the form, the template's name and the text."""
        template_name, template = self._template(form, _template_shape(item, form), item.text)
        salt = occurrence + len(self.used)
        twist, slots["complication"] = self._complication(item, salt)
        text = upper_first(_one_apply(agree(template.format(**slots), item.text)))
        for attempt in range(1, MAX_TWIST_TRIES):
            # "... and a client mentions a medical condition": a situation the guard on protected topics cannot
            # tell from a question about the candidate; another of the family's situations is asked instead
            if "{complication}" not in template or guard_question(text, "", job_terms) == text:
                break
            twist, slots["complication"] = self._complication(item, salt + attempt)
            text = upper_first(_one_apply(agree(template.format(**slots), item.text)))
        if "{complication}" in template and guard_question(text, "", job_terms) != text:
            # no situation of the family reads without a protected topic: the duty is asked as "how do you…",
            # labelled, worded and anchored as that, not a generic question left labelled situational
            form = "how_do_you"
            self.first_form[competency_id] = form
            template_name, template = self._template(form, _template_shape(item, form))
            slots["complication"] = ""
            text = upper_first(_one_apply(agree(template.format(**slots), item.text)))
        if "{complication}" in template:
            self.twists.add(twist)
        return form, template_name, text

    def from_bank(self, question: Question, item: Requirement, minutes: float) -> PlannedQuestion:
        """A curated software-bank question, with a rubric built from its points to look for."""
        competency_id = self._competency_for(item, "skills_required")
        look_for = list(question.look_for)
        five = (
            "A correct, complete answer covering " + ", ".join(look_for[:4])
            if look_for
            else "A correct answer"
        )
        anchors = RubricAnchors(
            one=f"Cannot answer, or gives an incorrect account of {item.text}.",
            three=f"A partly correct answer on {item.text}: some of the points to look for, little depth or no example.",
            five=f"{five}, with a concrete example from their own work and its outcome.",
        )
        return PlannedQuestion(
            id=f"jk-{competency_id}-bank-{question.id}",
            phase=Phase.TECHNICAL,
            competency_id=competency_id,
            form="technical",
            text=question.text,
            # The bank question itself in other words; the subject templates only when no rule recasts it.
            rephrasings=restatements(question.text)
            or [
                r.format(subject=item.text, title=self.job.title)
                for r in questions_config()["rephrase"]["technical"]
            ],
            minutes=minutes,
            rubric=Rubric(
                anchors=anchors,
                look_for=look_for,
                red_flags=red_flags_for(
                    f"{question.text} {item.text} {' '.join(question.skills)}", self.family_name
                ),
            ),
            source=f"bank:{question.id}",
        )

    def _rubric(self, form: str, subject: str, item_text: str) -> Rubric:
        anchors = questions_config()["anchors"][form]
        return Rubric(
            anchors=RubricAnchors(**{level: text.format(subject=subject) for level, text in anchors.items()}),
            look_for=[
                cared_for(p, self.family.cared_for)
                for p in [questions_config()["practice_point"].format(subject=subject), *self.family.look_for]
            ],
            red_flags=[
                cared_for(flag, self.family.cared_for)
                for flag in [
                    *red_flags_for(f"{item_text} {subject}", self.family_name),
                    *self.family.red_flags,
                ]
            ],
        )

    def _competency_for(self, item: Requirement, source: str) -> str:
        competency_id = slug(item.text)
        if competency_id not in self.competencies:
            # An activity is named as one ("giving advice to patients"): the name reads inside a probe ("how
            # you handle giving advice to patients") and as a heading of the scorecard and the feedback.
            name = acting(item.text) if item.shape == "act" else item.text
            self.competencies[competency_id] = Competency(
                id=competency_id,
                name=name,
                kind="job_knowledge",
                description=f"Knowledge and practice of {name} as this {self.job.title} role needs it.",
                source="requirements"
                if source in {"requirements", "description", "duties", "skills_required"}
                else source,
                terms=list(item.terms),
            )
        return competency_id

    def competency(self, competency_id: str) -> Competency:
        return self.competencies[competency_id]


_SINGULAR_IN_S = re.compile(r"(?:ss|us|is|ics|news|series)$", re.IGNORECASE)
_VERB_AFTER_SUBJECT = {"comes": "come", "is": "are", "has": "have", "looks": "look", "was": "were"}


_POST_MODIFIER = re.compile(r"\s(?:of|for|in|on|with|to|at|from|under|across)\s", re.IGNORECASE)


def agree(text: str, subject: str) -> str:
    """The verb after a plural subject in the plural: "where safeguarding procedures come into your work",
    "how pensions are being handled" (the templates are written for a singular term)."""
    # the head of "decontamination of instruments" is "decontamination": the words after "of" do not count
    head = _POST_MODIFIER.split(subject, maxsplit=1)[0].split()
    last = head[-1] if head else ""
    if not last.lower().endswith("s") or _SINGULAR_IN_S.search(last):
        return text
    for singular_verb, plural_verb in _VERB_AFTER_SUBJECT.items():
        # not after a preposition: in "a job involving the regulations has to be finished" the job is the subject
        said = re.compile(
            rf"{_NOT_AFTER_PREPOSITION}{re.escape(subject)} ((?:still |also |now |always )?){singular_verb} "
        )
        text = said.sub(rf"{_escaped(subject)} \1{plural_verb} ", text)
    return text


_HANDLED = re.compile(r"\b(been|being) handled\b")
_HANDLING = re.compile(r"\bhandl", re.IGNORECASE)


def unechoed(text: str, subject: str) -> str:
    """ "how moving and handling is being handled" stammers: work that is itself a handling is "carried out"."""
    return _HANDLED.sub(r"\1 carried out", text) if _HANDLING.search(subject) else text


def _escaped(text: str) -> str:
    """`text` as a replacement string: a backslash in a job's term is not a group reference."""
    return text.replace("\\", "\\\\")


_NOT_AFTER_PREPOSITION = "".join(
    f"(?<!{word} )" for word in ("involving", "of", "on", "for", "with", "about", "in", "to", "over")
)


def _example_of(question: str) -> str:
    """ "Tell me about a time you disagreed with X. What happened?" -> "a time you disagreed with X"."""
    first = re.split(r"(?<=[.?])\s", question, maxsplit=1)[0].rstrip(".?")
    core = re.sub(r"^(?:tell me about|describe|talk me through)\s+", "", first, flags=re.IGNORECASE)
    return core[:1].lower() + core[1:]


def behavioural_question(
    family: FittedFamily, key: str, difficulty: Difficulty, minutes: float, index: int
) -> PlannedQuestion:
    entry = competency_library()[key]
    level = {Difficulty.EASY: "easy", Difficulty.HARD: "hard"}.get(difficulty, "")
    chosen = next((q for q in entry.questions if q.level == level), entry.questions[0])

    def in_words(text: str) -> str:  # the library's "customer" and "patient" in the family's and job's words
        return cared_for(_served_customer(text, family.served), family.cared_for)

    text = in_words(chosen.text.format(setting=family.setting))
    example = _example_of(text)
    return PlannedQuestion(
        id=f"bh-{key}-{entry.questions.index(chosen) + 1}",
        phase=Phase.BEHAVIORAL,
        competency_id=key,
        form="behavioural",
        text=text,
        rephrasings=[r.format(example=example) for r in questions_config()["rephrase"]["behavioural"]],
        minutes=minutes,
        rubric=Rubric(
            anchors=RubricAnchors(**{k: in_words(v) for k, v in entry.anchors.model_dump().items()}),
            look_for=[in_words(point) for point in entry.look_for],
            red_flags=[in_words(flag) for flag in entry.red_flags],
        ),
        source="library",
    )


_CUSTOMER = re.compile(r"\b(an? )?customer(s?)\b")


_PATIENT = re.compile(r"\b(an? )?patient(s|'s|’s)?\b")


def cared_for(text: str, person: str) -> str:
    """The library's "patient" in the job's own words: a care home's "resident", a support service's "service
    user" ("advocated for a resident whose needs were not being met", "the service user's family")."""
    if person == "patient":
        return text

    def replace(match: re.Match[str]) -> str:
        ending = match.group(2) or ""
        word = person + ("s" if ending == "s" else ending)
        article = match.group(1)
        if article is None:
            return word
        return ("an " if word[0] in "aeiou" else "a ") + word

    return _PATIENT.sub(replace, text)


def _served_customer(text: str, served: tuple[str, str]) -> str:
    """The library's "customer" in the family's own words ("a guest", "a member of the public")."""
    if served[0] == "customer":
        return text

    def replace(match: re.Match[str]) -> str:
        word = served[1] if match.group(2) else served[0]
        article = match.group(1)
        if article is None:
            return word
        return ("an " if word[0] in "aeiou" else "a ") + word

    return _CUSTOMER.sub(replace, text)


def bookend_question(job: JobDetails, phase: Phase, index: int, budgets: Plan) -> PlannedQuestion:
    """The opening question(s) (motivation) and the closing invitation to ask questions."""
    if phase == Phase.CONCLUSION:
        form: QuestionForm = "closing"
        text = "That's everything from my side. What questions do you have for me about the role, the team or the next steps?"
        rubric = Rubric(
            anchors=RubricAnchors(
                one="No questions and no interest shown.",
                three="Asks a general question about the role.",
                five="Asks specific, informed questions about the role, the team or how success is judged.",
            )
        )
        return PlannedQuestion(
            id="closing",
            phase=phase,
            competency_id="",
            form=form,
            text=text,
            rephrasings=list(questions_config()["rephrase"]["closing"]),
            minutes=max(1.0, budgets.closing_reserve),
            rubric=rubric,
            source="library",
        )
    entry = competency_library()["motivation"]
    chosen = entry.questions[index % len(entry.questions)]
    return PlannedQuestion(
        id=f"bh-motivation-{index + 1}",
        phase=phase,
        competency_id="motivation",
        form="opening",
        text=chosen.text,
        rephrasings=[r.format(title=job.title) for r in questions_config()["rephrase"]["opening"]],
        minutes=round(
            max(1.0, budgets.phase_ends_at[Phase.INTRODUCTION] / max(1, budgets.questions[phase])), 2
        ),
        rubric=Rubric(anchors=entry.anchors, look_for=list(entry.look_for), red_flags=list(entry.red_flags)),
        source="library",
    )


_ASIDE_AT_END = re.compile(r"\s*\([^()]*\)\s*$")


def _template_shape(item: Requirement, form: str) -> str:
    """The template list for the item: a topic that names problems met in the work ("moulding defects (short
    shots, flash, sink)", "electrical faults") is asked how it is found and dealt with, not "applied" or
    followed as "good practice"; a situation about noticing or knowing ("recognise deviations from normal") is
    put alone, not as "Suppose you're about to recognise deviations from normal when ...".
    """
    if item.shape == "act":
        first = item.text.split(maxsplit=1)[0].lower() if item.text.strip() else ""
        perceiving = form == "situational" and first in set(config()["verbs"]["perceiving"])
        return "topic" if perceiving else item.shape
    if item.shape != "topic":
        return item.shape
    words = _ASIDE_AT_END.sub("", item.text).lower().split()
    return "problem" if words and words[-1] in set(config()["verbs"]["problem_nouns"]) else item.shape


def _with_its_subject(complication: str, item: Requirement) -> str:
    """A situation said again with the work it happens in: the question said "… just as you need to run a tab", and
    its rephrasing keeps the tab ("a member of the team falls ill at the busiest time of the day, just as you need
    to run a tab"), or the candidate who asked what a tab is hears a question about nothing of the job."""
    if not complication or item.text.lower() in complication.lower():
        return complication
    thing = noticed(item.text) if item.shape == "act" else None
    if thing is not None and thing.lower() in complication.lower():
        return complication  # "you see what looks like decay ..." says the duty of recognising decay
    if item.shape == "act":
        return f"{complication}, just as you need to {item.text}"
    return f"{complication}, while you are dealing with {item.text}"
