"""An answer's "two of us" said back. Seen: a glazier's "I stopped him and we used the suction lifters with two of
us" acknowledged as "so you stopped him and your team used the suction lifters with two of your team"."""

from __future__ import annotations

import pytest

from workbench.interviewer.phrasing import action_clause


@pytest.mark.parametrize(
    ("answer", "counted"),
    [
        ("I stopped him and we used the suction lifters with two of us.", "with two of you"),
        ("I lifted the patient with both of us on the slide sheet.", "with both of you"),
        ("I fixed the stone with three of us on the lifter.", "with three of you"),
    ],
)
def test_the_people_counted_are_said_back_as_you(answer: str, counted: str) -> None:
    echoed = action_clause(answer)
    assert echoed is not None and counted in echoed and "of your team" not in echoed, echoed
