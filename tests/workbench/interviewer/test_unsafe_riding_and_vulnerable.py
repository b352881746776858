"""Two shortcuts of any occupation that works around vehicles or with the public: riding on the outside of a
vehicle or a machine (a refuse loader's back step, a warehouse's forks) and serving or signing up someone plainly
unable to consent (confused, drunk, under age). Their careful versions are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "To be honest when we're behind I jump on the back step between streets, saves loads of time.",
    "We ride on the forks to reach the top rack.",
    "I hop on the tailgate for the last few houses.",
    "If someone looks a bit confused or elderly I still sign them up, a direct debit is a direct debit.",
    "If a customer is drunk I still serve them.",
    "If they're underage I just still sell it if they're polite.",
    "If a regular customer forgets their ID I just cash the check anyway, I know them.",
    "If someone's had a few drinks it's fine, I still tattoo them, it's their choice and it's money.",
    "honestly sometimes I reuse the ink caps if its the same client, saves faff",
]
CAREFUL = [
    "I never jump on the back step, I walk between the bins and get in the cab between streets.",
    "I get on the forklift and check the forks for cracks before the shift.",
    "If someone looks confused I stop, I don't sign them up, and I give them a leaflet instead.",
    "If the customer is confused I still explain it again slowly.",
    "Even if they are underage I still get asked to serve by the manager, but I refuse.",
    "If a customer forgot their ID I ask them to come back with it, even if I know them.",
    "If someone has had a few drinks I still explain why I can't tattoo them today and rebook them.",
    "I never reuse ink caps, they go in the clinical waste after every session.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_riding_outside_and_serving_the_vulnerable_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
