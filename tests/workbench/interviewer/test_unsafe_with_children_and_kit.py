"""Unsafe practice that coaches, carers, drivers and trades state in their own words, tried as a new user (a youth
football coach, a telecoms field engineer, a care worker): a child driven home alone, children texted from a
personal phone, a disclosure promised secret, a knock to the head played on, kit that failed its check used anyway,
driving after drinking, the fire alarm left while the work is finished, medicine hidden in food, an apprentice left
alone with the dangerous part. The answers are written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    "answer",
    [
        "If a parent is late I just give the kid a lift home in my car, it's easier.",
        "If a child tells me something at home is wrong I'd promise not to tell anyone so they trust me.",
        "If a player says their head hurts after a knock I let them carry on if they want to.",
        "If the pole test fails I climb it anyway, it's usually fine.",
        "If I've been drinking the night before I still drive the van in the morning, I feel fine.",
        "If the fire alarm goes off during a session I finish the drill first.",
        "If a patient refuses their meds I crush them into their yoghurt so they take them.",
        "I let the apprentice do the live testing on his own to build his confidence.",
        "I text the kids on my personal phone about training times.",
    ],
)
def test_unsafe_practice_is_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "If a parent is late I wait with the child and another coach until they arrive, I never give a lift home on my own.",
        "We only contact the kids through the club app, never from my own phone.",
        "I'd never promise to keep it secret; I'd tell them I have to pass it on to keep them safe.",
        "If a player says their head hurts after a knock I take them off and they don't play on, if in doubt sit them out.",
        "If the pole test fails I don't climb it, I report it and use a MEWP.",
        "When the fire alarm goes off I stop the session and lead everyone to the assembly point.",
        "If a patient refuses their meds I record it and tell the nurse; we only give covertly with a best interest plan.",
        "I let the apprentice do the live testing while I watch every step.",
        "I gave a colleague a lift home after the late shift.",
        "I never drive after drinking, not even one.",
        "The head of department let them carry on with the project.",
        "If the van is damaged I report it and don't use it anyway until it's fixed.",
    ],
)
def test_the_safe_way_is_not_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is None
