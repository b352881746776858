"""A bare no is read in two places: as a reply that gives nothing to thank for (`non_answer`) and as a bare yes or
no to a question that asks for content (`assent.bare_yes_or_no`). The words were written twice (a `_BARE_NO`
literal beside the data file's list) and could drift apart; they are one data entry now, read with a different
reach by each: the non-answer allows a spoken lead-in and trail, the bare no is the reply whole."""

from __future__ import annotations

import pytest
import yaml

from workbench.interviewer.assent import DATA, bare_yes_or_no
from workbench.interviewer.non_answer import gives_nothing


def _bare_noes() -> list[str]:
    with DATA.open(encoding="utf-8") as handle:
        listed: str = yaml.safe_load(handle)["non_answer"]["bare_no"]
    return listed.split("|")


def test_every_bare_no_of_the_data_is_both_a_bare_no_and_a_non_answer() -> None:
    noes = _bare_noes()
    assert {"no", "nope", "not really"} <= set(noes)
    for no in noes:
        for said in (no, f"{no.capitalize()}.", f"{no}!"):
            assert bare_yes_or_no(said), said
            assert gives_nothing(said), said


@pytest.mark.parametrize("reply", ["Well, no, sorry.", "Um, nope, not really.", "No, sorry."])
def test_a_no_with_a_lead_in_or_a_trail_is_a_non_answer_but_no_bare_no(reply: str) -> None:
    assert gives_nothing(reply)
    assert not bare_yes_or_no(reply)


@pytest.mark.parametrize("reply", ["No, I always isolate it first.", "Not really, we use a permit for that."])
def test_a_no_with_content_is_neither(reply: str) -> None:
    assert not gives_nothing(reply)
    assert not bare_yes_or_no(reply)
