"""The fourth unseen set (job-board titles: grade, shift, hours, pay and contract words; UK and US) and the general
causes esco22 fixed on it. Set 4 was written and committed before the matcher was run on it: 0.659 at first sight
(0.682 with two expectations the writer had missed), title-to-label baseline 0.424."""

from __future__ import annotations

from tests.workbench.interviewer.unseen_jobs import match_accuracy, occupation_label


def test_the_fourth_unseen_set_is_read_above_its_first_figure_and_the_title_alone() -> None:
    from evals.occupation_match import SETS, load_jobs

    accuracy, trivial = match_accuracy(load_jobs(SETS["4"]))
    assert accuracy >= 0.76
    assert accuracy > 0.682  # its first figure, with the corrected expectations
    assert accuracy > trivial + 0.3


def test_a_label_said_in_a_pair_of_forms_is_matched_by_its_own_name() -> None:
    """Seen: a Head Waiter matched *head* (its label read as one word), a Restaurant Host/Hostess nothing."""
    assert (
        occupation_label(
            "Head Waiter", "Lead the restaurant floor during service and brief the waiting team."
        )
        == "head waiter/head waitress"
    )
    assert (
        occupation_label("Postal Delivery Worker", "Sort mail and deliver letters and parcels on your route.")
        == "postman/postwoman"
    )


def test_a_title_s_aside_says_its_kind() -> None:
    """Seen: a Tanker Driver (ADR) matched nothing: *dangerous goods driver* names a kind ("dangerous goods") the
    ad never says, though one of its labels is "ADR driver", the aside's kind. Without the aside: no sibling rule
    is loosened for a plain title."""
    ad = "Deliver fuel to filling stations in a 44-tonne tanker and follow ADR procedures."
    assert occupation_label("Tanker Driver (ADR)", ad) == "dangerous goods driver"
    assert (
        occupation_label("Tanker Driver (Days)", "Deliver fuel to filling stations in a 44-tonne tanker.")
        is None
    )


def test_a_coach_leads_as_an_instructor_does() -> None:
    """Seen: a Golf Coach matched nothing, *golf instructor* (whose labels say "golf coach") read as a leading
    role the title did not name."""
    assert (
        occupation_label("Golf Coach", "Give private and group golf lessons to juniors and adults.")
        == "golf instructor"
    )


def test_a_generic_role_whose_labels_file_the_title_s_kind_is_the_title_s() -> None:
    """Seen: a Garden Centre Assistant matched nothing, though *shop assistant* files "garden centre shop worker";
    a kind no label files stays unmatched by that rule (a Pig Unit Assistant is no *shop assistant*)."""
    ad = "Water and care for plants, advise customers on what to plant and serve on the tills."
    assert occupation_label("Garden Centre Assistant", ad) == "shop assistant"
    assert occupation_label("Pig Unit Assistant", "Feed and move sows and piglets.") != "shop assistant"
