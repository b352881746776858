"""The phase plan: how many main questions each phase gets and when (in minutes) each phase should end.

A 30-minute medium interview gets 9 main questions and up to 3 follow-ups (9–12 answers); harder interviews
ask fewer, deeper questions, easier ones more, shorter ones. The plan is stored in the interview state as
plain JSON so a resumed or replayed session follows the same plan.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from workbench.models import PHASE_ORDER, Difficulty, Phase, Preferences

# Minutes a main question takes with its answer (and an occasional follow-up), by difficulty.
MINUTES_PER_QUESTION: dict[Difficulty, float] = {
    Difficulty.EASY: 3.0,
    Difficulty.MEDIUM: 3.3,
    Difficulty.HARD: 3.8,
}
# Share of the non-bookend questions given to the technical phase (the rest is behavioral).
TECHNICAL_SHARE: dict[Difficulty, float] = {
    Difficulty.EASY: 0.55,
    Difficulty.MEDIUM: 0.6,
    Difficulty.HARD: 0.65,
}
# When each phase should be over, as a fraction of max_duration.
PHASE_END_FRACTION: dict[Phase, float] = {
    Phase.INTRODUCTION: 0.12,
    Phase.TECHNICAL: 0.58,
    Phase.BEHAVIORAL: 0.9,
    Phase.CONCLUSION: 1.0,
}
MIN_MAIN_QUESTIONS = 4
MAX_MAIN_QUESTIONS = 24


class Plan(BaseModel):
    max_duration: float = Field(gt=0, description="Minutes.")
    questions: dict[Phase, int]
    phase_ends_at: dict[Phase, float] = Field(
        description="Minutes since the start when each phase should end."
    )
    max_follow_ups: int = Field(ge=0)
    closing_reserve: float = Field(description="Minutes kept for the conclusion; below this, skip to it.")

    @property
    def total_main_questions(self) -> int:
        return sum(self.questions.values())

    def next_phase(self, phase: Phase) -> Phase:
        """The next phase after `phase` that has questions (the conclusion always has one)."""
        index = PHASE_ORDER.index(phase)
        for candidate in PHASE_ORDER[index + 1 :]:
            if self.questions.get(candidate, 0) > 0:
                return candidate
        return Phase.CONCLUSION


def build_plan(preferences: Preferences) -> Plan:
    duration = float(preferences.max_duration)
    difficulty = preferences.difficulty_level
    total = round(duration / MINUTES_PER_QUESTION[difficulty])
    total = max(MIN_MAIN_QUESTIONS, min(MAX_MAIN_QUESTIONS, total))
    introduction = 2 if duration >= 45 else 1
    middle = max(2, total - introduction - 1)
    technical = max(1, round(middle * TECHNICAL_SHARE[difficulty]))
    behavioral = max(1, middle - technical)
    return Plan(
        max_duration=duration,
        questions={
            Phase.INTRODUCTION: introduction,
            Phase.TECHNICAL: technical,
            Phase.BEHAVIORAL: behavioral,
            Phase.CONCLUSION: 1,
        },
        phase_ends_at={phase: round(duration * share, 2) for phase, share in PHASE_END_FRACTION.items()},
        max_follow_ups=max(1, round((introduction + technical + behavioral) * 0.4)),
        closing_reserve=max(1.0, duration * 0.06),
    )
