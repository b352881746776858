"""Whether an answer addresses the question it was given, by meaning as well as by shared words.

An answer is compared, as one sentence embedding (all-MiniLM-L6-v2), with the question the candidate heard,
the competency and the rubric, and with the other job-knowledge questions of the plan (its *rivals*). It
addresses the asked question when both hold:

- it is on the question's topic: it shares words with the question, its rubric or the competency (the
  lexical check of `evidence.addresses`, computed by the caller), or, without a shared word, it is as near in
  meaning to them as a typical answer to its own question is (`paraphrase`: the train split's median), so a
  paraphrase ("I walk the aisles comparing shelves with the system" for "which checks do you rely on for
  stock control?") counts;
- (job-knowledge questions) no rival question of another competency fits it clearly better: its similarity
  to the asked question minus
  the best rival's is at least `margin` (negative: one answer can touch two topics, and a good story is told
  in the job's vocabulary). A shrinkage story given to "what mistake do people make with sales performance?"
  is about stock control, not sales performance, however many shop words it shares with the question.

Stories (behavioural questions and resume probes: "tell me about a time…") have their own paraphrase
threshold and no rivals for an answer that tells an event: a behavioural competency is shown *through* an
account of the job's work, so a problem-solving story about a homelessness review is told in the words of the
housing-law question and is still the answer to "tell me about a case that got stuck" (with rivals, held-out
stories like it were lost). An answer to a behavioural question that tells no event at all (`told`: a rule of
practice, a plan, an explanation) is held to the job-knowledge rivals and margin: "I read the script against the
label, then the box" given to "tell me about a time you explained something complicated" answers the dispensing
question, not the asked one.
Opening questions ("walk me through your background") are left to the lexical check: a background touches
every topic, and the model's similarity to such a question does not separate a career summary from a hobby
(0.12 against 0.22 in a probe). The answer must also speak of the candidate, their path or their reasons
(`background`): a procedure ("I'd stop the job, make the area safe and ring the boss") shares the job's words
with the opening's rubric but is no background.

An answer that really addresses a rival is *not* credited to the rival's competency either: in a structured
interview each answer is rated against the anchors of the question that drew it out, so every candidate is
scored on the same questions; crediting drifted answers elsewhere would reward answering the question one
prefers, and let one quote stand for a competency whose question got a different answer. The scorecard names
the competency it addressed instead, so a reader sees it.

The thresholds are fitted on the train split of the labelled interviews (`evals/calibrate_relevance.py`) and
stored in `thresholds.json`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from workbench.interviewer.evidence import is_opening, is_story, stems
from workbench.interviewer.relevance.background import speaks_of_self
from workbench.interviewer.relevance.encoder import Vectors, embed
from workbench.interviewer.relevance.told import tells_an_event
from workbench.models import Competency, PlannedQuestion

THRESHOLDS_FILE = Path(__file__).resolve().parent / "thresholds.json"


@dataclass(frozen=True, slots=True)
class Thresholds:
    paraphrase: float  # similarity that counts as on topic without a shared word
    margin: float | None  # how far a rival may lead before the answer is about the rival (None: no rivals)


@dataclass(frozen=True, slots=True)
class Calibrated:
    job_knowledge: Thresholds
    story: Thresholds


@lru_cache(maxsize=1)
def calibrated() -> Calibrated:
    data = json.loads(THRESHOLDS_FILE.read_text(encoding="utf-8"))
    job, story = data["job_knowledge"], data["story"]
    return Calibrated(
        Thresholds(float(job["paraphrase"]), float(job["margin"])),
        Thresholds(float(story["paraphrase"]), None),
    )


@dataclass(frozen=True, slots=True)
class Rival:
    """Another planned question, and the name of the competency it measures."""

    question: PlannedQuestion
    competency: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether one answer addresses the asked question, with the figures that decided it."""

    addresses: bool
    fit: float  # best similarity to the asked question, its competency and its rubric
    lead: float  # similarity to the asked question minus the best rival's (1.0 without rivals)
    rival: str = ""  # the competency of the rival that fits better, when that decided it

    @property
    def reason(self) -> str:
        if self.addresses:
            return ""
        if self.rival:
            return f"answered a different question (about {self.rival})"
        return "did not address the question"


def question_kind(question: PlannedQuestion) -> str:
    """`opening`, `story` or `job_knowledge`: which thresholds apply."""
    if is_opening(question):
        return "opening"
    if is_story(question) or question.kind == "resume_probe":
        return "story"
    return "job_knowledge"


def prototypes(
    question: PlannedQuestion, competency: Competency | None, generic: frozenset[str]
) -> list[str]:
    """What an answer on this question may be near: the question, the competency, the rubric's points and
    anchors. Texts every question shares (generic anchors) say nothing about this one and are left out. A
    resume probe asks about its item only: the competency it was mapped to is no topic of its own."""
    if question.kind == "resume_probe" and question.resume_item:
        return [question.text, question.resume_item]
    texts = [question.text]
    if competency is not None:
        texts.append(
            f"{competency.name}: {competency.description}" if competency.description else competency.name
        )
    rubric = question.rubric
    texts += [*rubric.look_for, rubric.anchors.five, rubric.anchors.three, rubric.anchors.one]
    return [t for t in dict.fromkeys(texts) if t.strip() and t not in generic]


def _rivals_of(
    question: PlannedQuestion, kind: str, rivals: Sequence[Rival], competency: Competency | None = None
) -> list[Rival]:
    """Job-knowledge questions have rivals, and behavioural questions for an answer that tells no event (see the
    module's docstring; resume probes none), but not one whose competency names the same thing: an account of a
    drawer that was twenty dollars out answers "cash handling" as much as "balancing the cash drawer daily", and
    lost the first to the second."""
    if kind == "opening" or question.kind == "resume_probe":
        return []
    own = stems(competency.name) if competency is not None else set()
    return [
        r
        for r in rivals
        if r.question.competency_id != question.competency_id and not (own & stems(r.competency))
    ]


def texts_to_embed(
    answers: Sequence[str],
    question: PlannedQuestion,
    competency: Competency | None,
    rivals: Sequence[Rival] = (),
    generic: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """What `judge_answers` with these arguments embeds: the answers' texts, and the plan's (cached)."""
    kind = question_kind(question)
    texts = [a for a in answers if a.strip()]
    if kind == "opening" or not texts:
        return [], []
    planned = [
        *prototypes(question, competency, generic),
        *(r.question.text for r in _rivals_of(question, kind, rivals, competency)),
    ]
    return texts, planned


def _best(vectors: Vectors, answer: Vectors) -> float:
    return float(np.max(vectors @ answer)) if len(vectors) else -1.0


def judge_answers(
    answers: Sequence[str],
    lexical: Sequence[bool],
    question: PlannedQuestion,
    competency: Competency | None,
    rivals: Sequence[Rival] = (),
    generic: frozenset[str] = frozenset(),
    carried: Sequence[bool] = (),
    strict: Sequence[bool] = (),
) -> list[Verdict]:
    """One verdict per answer (the evidence left of the first reply and of the replies to its follow-ups,
    each judged on its own); `lexical[i]`: answer i shares words with the question's topic. Empty answers
    address nothing, and openings are judged by the lexical check alone (no model call).

    A reply to a follow-up need not repeat the question's words when the first answer did (`lexical[0]`) and
    the reply carries it on: `carried[i]` (the caller's reading, `evidence.continues`; all by default), or the
    reply is as near in meaning to the answers before it as an answer on topic is to its question. A reply that
    tells another account after such an answer is judged as any answer is, by `strict[i]` (the lexical check's
    strict reading of a story, `evidence.addresses`; `lexical[i]` by default) and by its meaning. After a first
    answer that did not say the question's words, each reply is judged on its own (`lexical[i]`)."""
    kind = question_kind(question)
    texts = [a for a in answers if a.strip()]
    carries = list(carried) or [True] * len(answers)
    strictly = list(strict) or list(lexical)
    if kind == "opening" or not texts:
        return _lexical_verdicts(answers, lexical, carries, kind)
    reading = _reading(question, kind, competency, rivals, generic)
    by_text = dict(zip(texts, embed(texts), strict=True))
    verdicts: list[Verdict] = []
    before: list[Vectors] = []  # the vectors of the answers before this one
    for index, (answer, shares_words) in enumerate(zip(answers, lexical, strict=True)):
        vector = by_text.get(answer)
        if vector is None:
            verdicts.append(Verdict(False, -1.0, 0.0))
            continue
        if index and lexical[0]:
            near_before = _best(np.array(before), vector) >= reading.thresholds.paraphrase
            shares_words = strictly[index] or carries[index] or near_before
        before.append(vector)
        verdicts.append(_verdict(reading, answer, vector, shares_words))
    return verdicts


def _lexical_verdicts(
    answers: Sequence[str], lexical: Sequence[bool], carries: list[bool], kind: str
) -> list[Verdict]:
    """The verdicts without the model: an opening's (about the candidate, or carrying on a first answer that
    was), or a group with nothing left to embed."""
    inherited = [ok or (i > 0 and lexical[0] and carries[i]) for i, ok in enumerate(lexical)]
    if kind == "opening":
        about_self = bool(answers) and speaks_of_self(answers[0])
        inherited = [
            ok and (speaks_of_self(a) or (i > 0 and about_self))
            for i, (a, ok) in enumerate(zip(answers, inherited, strict=True))
        ]
    return [Verdict(bool(a.strip()) and ok, 0.0, 1.0) for a, ok in zip(answers, inherited, strict=True)]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every answer to one question is measured against: the question's own prototypes, its rivals and
    the thresholds of its kind."""

    thresholds: Thresholds
    untold_margin: float | None  # the margin for a story question's answer that tells no event
    own_vectors: Vectors
    rival_vectors: Vectors
    others: list[Rival]


def _reading(
    question: PlannedQuestion,
    kind: str,
    competency: Competency | None,
    rivals: Sequence[Rival],
    generic: frozenset[str],
) -> _Reading:
    thresholds: Thresholds = getattr(calibrated(), kind)
    # an answer to a behavioural question that tells no event is held to the job-knowledge margin
    untold_margin = calibrated().job_knowledge.margin if kind == "story" else None
    others = _rivals_of(question, kind, rivals, competency)
    own = prototypes(question, competency, generic)
    planned = embed([*own, *(r.question.text for r in others)], cache=True)
    return _Reading(thresholds, untold_margin, planned[: len(own)], planned[len(own) :], others)


def _verdict(reading: _Reading, answer: str, vector: Vectors, shares_words: bool) -> Verdict:
    """One answer's verdict: about a rival that leads the question by more than the margin, else on topic when
    it shares the topic's words or is as near in meaning as a paraphrase."""
    fit = _best(reading.own_vectors, vector)
    lead, rival = 1.0, ""
    if len(reading.rival_vectors):
        similarities = reading.rival_vectors @ vector
        best = int(np.argmax(similarities))
        lead = float(reading.own_vectors[0] @ vector) - float(similarities[best])
        rival = reading.others[best].competency
    margin = reading.thresholds.margin
    if margin is None and reading.untold_margin is not None and not tells_an_event(answer):
        margin = reading.untold_margin
    if margin is not None and lead < margin:
        return Verdict(False, fit, lead, rival)
    if not (shares_words or fit >= reading.thresholds.paraphrase):
        return Verdict(False, fit, lead)
    return Verdict(True, fit, lead)
