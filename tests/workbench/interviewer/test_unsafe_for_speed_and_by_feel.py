"""Unsafe practice of the wrong-but-fluent candidates of the dev jobs nobody had tuned on (a door supervisor, a
welder fabricator, a climbing arborist): each class is flagged in other trades' words too, and its safe or negated
form is not."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    # a call for emergency help put off
    "Ringing 999 can wait till he's down, the ambulance takes forty minutes round here anyway.",
    "Calling an ambulance can wait until I've finished the medicines round.",
    "The police can wait, I'd sort him out myself first.",
    # a safety step or kit left out because one is quicker without it
    "I'd free-climb up to him, I'm quicker without all the rope faff, and cut him down.",
    "I'm quicker without the harness on a short roof job.",
    "It's easier without the slide sheets, I just pull her up the bed.",
    # protective kit taken off for its nuisance or the job's size
    "Helmet's off for a tree that size on the ground, you can't see anything with the visor down.",
    "Goggles come off for the small cuts, they steam up.",
    "The hard hat's off when it's too hot up on the scaffold.",
    # a person who says they cannot breathe, not believed
    "The ones who say they can't breathe are always the ones breathing fine, that's just the oldest trick going.",
    "If he's still shouting, he's still breathing.",
    "They all say they can't breathe, they're faking it.",
    "If she's still talking she's still breathing, so I'd leave her on the floor till the crew comes.",
    # a fault covered over to pass an inspection
    "Then I dress it with the grinder so it looks tidy for the inspector.",
    "I paint over the rust so it looks good for the surveyor.",
    # a setting made by ear or feel, experience in place of the check
    "Every set's different, so you set it by ear, you listen for that bacon-frying sound.",
    "I set the gas pressure by feel, you get to know it.",
    "Honestly after this many you just know where a tree's going to go.",
    "After all these years I just know when a resident is going off.",
    # the safety gear of a lift or a climb left out
    "I don't bother with a lowering device for a limb, they're slow.",
    "We don't bother with fall arrest kit for one lift.",
]

SAFE = [
    "Ringing 999 can't wait, I'd do it before anything else.",
    "Calling 999 comes first; the paperwork can wait.",
    "It's quicker without traffic, so I go in early.",
    "The helmet comes off once I'm back on the ground and the saw is stopped.",
    "My helmet's never off when the saw is running, even for a small job.",
    "If he says he can't breathe, we let off straight away and sit him up.",
    "People think if he's shouting he's breathing, but that's not true, so we let off.",
    "I check the welds against the drawing so it passes the inspection first time.",
    "I set the voltage from the procedure sheet, never by ear.",
    "After all these years I still check the hinge on every tree.",
    "We always use a lowering device for a big limb over a greenhouse.",
]


@pytest.mark.parametrize("sentence", UNSAFE)
def test_a_shortcut_for_speed_or_by_feel_is_unsafe(sentence: str) -> None:
    assert unsafe_sentence(sentence) is not None


@pytest.mark.parametrize("sentence", SAFE)
def test_the_safe_or_negated_form_is_not_flagged(sentence: str) -> None:
    assert unsafe_sentence(sentence) is None


def test_a_record_not_always_filled_in_is_unsafe() -> None:
    """Seen: a hair stylist's "We don't always fill the cards in, to be honest, it's so busy" (the colour record a
    complaint is checked against) was not flagged; "I always fill the card in" is the practice."""
    assert unsafe_sentence("We don't always fill the cards in, to be honest, it's so busy.") is not None
    assert unsafe_sentence("I don't always write up the handover sheet when we're short.") is not None
    assert unsafe_sentence("I always fill the card in before she leaves.") is None
    assert unsafe_sentence("We don't always fill every chair on a Monday.") is None  # no record
