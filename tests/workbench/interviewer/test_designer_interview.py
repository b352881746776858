"""What a product designer's interview showed (written for this test, on no dataset's job): a design never tried
on its users is wrong practice said in the designer's words, and a disagreement settled by a test has its result
("The static banner won.") without a follow-up asking for it."""

from __future__ import annotations

from workbench.interviewer.signals import read_signals
from workbench.interviewer.unsafe_practice import states_unsafe_practice


def test_never_testing_with_users_is_the_candidates_practice_only_in_the_present() -> None:
    assert states_unsafe_practice(
        "Honestly we never test with real users, we just ship and see the analytics."
    )
    assert not states_unsafe_practice("At my old job we never tested with real users, so I started sessions.")
    assert not states_unsafe_practice("We always test with real users before launch.")


def test_a_choice_settled_is_a_result() -> None:
    for told in (
        "A PM wanted a carousel; I showed heatmaps and we ran a test instead. The static banner won.",
        "We showed both to the head of repairs and agreed to use the median.",
        "The director went with my design.",
    ):
        assert read_signals(told).star["result"], told
    assert not read_signals("I won't change the design without a test.").star["result"]
