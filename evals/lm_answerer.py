"""An LM-backed simulated candidate (DSPy), for when an LM is configured.

The LM writes the content of the answer in the persona's voice; the deterministic behaviours (empty,
gibberish, injected instructions, truncation...) are then applied exactly as for the rule-based answerer, so
ground truth means the same thing for both answerers.
"""

from __future__ import annotations

import random

import dspy

from evals.answerers import SimulatedAnswer, apply_behaviours, article, closest_requirement, question_topic
from evals.personas import PersonaSpec
from workbench.models import JobDetails, Phase

LEVEL_BRIEF = {
    "strong": "an expert: specific, correct, with numbers, trade-offs and a clear result",
    "average": "competent but not deep: some detail, a few gaps, no measurable result",
    "weak": "a beginner: vague, general, unsure, little real experience",
}


class CandidateAnswer(dspy.Signature):
    """You play a job candidate in a practice interview. Answer the question in the first person, in 2-5
    sentences, at exactly the knowledge level described. Do not mention that you are simulated."""

    job_title: str = dspy.InputField()
    knowledge_level: str = dspy.InputField(desc="how much the candidate really knows")
    phase: str = dspy.InputField(desc="interview phase; in 'behavioral' a strong candidate uses STAR")
    question: str = dspy.InputField()
    answer: str = dspy.OutputField()


class LMAnswerer:
    """Answers with `lm` (a `dspy.LM`); falls back to nothing: an LM failure propagates to the caller."""

    def __init__(self, persona: PersonaSpec, lm: dspy.LM, seed: int = 0) -> None:
        self.persona = persona
        self._lm = lm
        self._rng = random.Random(f"{persona.name}:{seed}")
        self._predict = dspy.Predict(CandidateAnswer)

    def answer(self, question: str, phase: Phase, kind: str, job: JobDetails) -> SimulatedAnswer:
        with dspy.context(lm=self._lm):
            prediction = self._predict(
                job_title=job.title,
                knowledge_level=LEVEL_BRIEF[self.persona.level],
                phase=phase.value,
                question=question,
            )
        text = str(prediction.answer).strip()
        star = (
            frozenset({"situation", "task", "action", "result"})
            if self.persona.level == "strong"
            else frozenset()
        )
        base = SimulatedAnswer(
            text, self.persona.expected_comfort(), vague=self.persona.level == "weak", star_parts=star
        )
        topic = question_topic(question, job, self._rng)
        fill = {
            "topic": topic,
            "requirement": closest_requirement(question, job, self._rng),
            "title": job.title,
            "title_article": article(job.title),
            "company": job.company,
            "employer": "my current employer",
            "skills": ", ".join(job.skills_required[:2]) or job.title,
            "years": "5",
            "n": "200",
            "m": "6",
        }
        return apply_behaviours(base, self.persona, self._rng, fill, phase)
