"""Wrong practice a fluent candidate states at a food counter and a ward desk, tried as a new user: raw and
ready-to-eat food through one knife, board or pair of gloves; results told to family "because they have a right to
know"; a caller given details on their word; printouts and patient lists left out on a desk. The answers are
written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    "answer",
    [
        "ok so basically I just use the same knife and board for raw chicken and the cooked ham if we're busy, "
        "it's fine if you wipe it with a cloth",
        "We use the same gloves for the raw meat and the ready-to-eat stuff, saves changing them.",
        "I slice the cooked meats on the same board as the raw sausages, just give it a wipe.",
        "When it's busy I cut the raw chicken and then the ham with the same knife.",
        "I would just tell them the results, family have a right to know.",
        "If someone rings saying they're her son I'd just give him the details.",
        "I leave the printouts on the desk so the nurses can grab them.",
        "I leave the patient list on the desk where visitors can see it.",
    ],
)
def test_wrong_practice_is_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "I never use the same knife for raw and cooked, we have separate colour-coded boards.",
        "I use separate boards and knives for raw and cooked meat.",
        "We don't use the same gloves for raw meat and cooked meat.",
        "The same gloves are never used for raw and cooked food.",
        "We use the same colour-coded boards in every store, red for raw and blue for cooked.",
        "I use the same knife for raw chicken and raw beef but a different one for the ham.",
        "I told the family the results after the patient said it was okay.",
        "Family don't automatically have a right to know, I check consent first.",
        "I don't leave printouts on the desk, they go in the confidential waste.",
        "I leave the keys on the desk for the next shift.",
    ],
)
def test_the_right_practice_is_not_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is None


@pytest.mark.parametrize(
    "answer",
    [
        "I take out three or four rings at once so they can compare, and if another customer comes I'll go help "
        "them and come back, the cameras cover it.",
        "I leave the tray out on the counter, CCTV will catch anyone.",
        "If a resident doesn't want to join in I just bring them to the lounge anyway, they always enjoy it.",
    ],
)
def test_stock_left_to_the_cameras_and_a_refusal_overridden_are_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "I never leave the counter, the cameras don't stop anything.",
        "I'd not leave the counter even though the cameras cover it.",
        "The cameras cover the shop floor and I always lock the cabinet.",
        "If a resident doesn't want to join in I respect that and offer a one-to-one later.",
        "If a resident refuses I don't take them anyway, I record it and try later.",
        "If the customer doesn't want a bag I just put it in anyway.",
    ],
)
def test_the_counter_kept_and_a_refusal_respected_are_not_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is None


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        ("If the hot water isn't reaching 50 I just write 50 on the sheet, it's close enough.", True),
        ("If the fridge doesn't get down to 5 I put 5 in the log anyway.", True),
        ("When the hot water isn't reaching 60 I'd record 60 so it passes.", True),
        ("If the hot water isn't reaching 50 I write down what it actually reads and report it.", False),
        ("If it's not reaching 50 I record the reading and tell the Chief Engineer.", False),
        ("The water wasn't reaching 50 so I wrote 47 and reported it.", False),
    ],
)
def test_a_figure_not_reached_and_written_down_as_reached_is_found(answer: str, unsafe: bool) -> None:
    """Seen from a hotel maintenance candidate on legionella checks: no flag, the interview moved on."""
    assert (unsafe_sentence(answer) is not None) is unsafe
