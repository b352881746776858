"""Two shortcuts of the professions that deal with harm and evidence: a concern of abuse taken to the family (or
the one suspected) before it is reported, and a shortcut said after a situation that names someone else ("If
someone gave me a confession in the van I'd just write it up later from memory") — the "I'd" is the candidate's
own act. Their careful versions are not flagged."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence

UNSAFE = [
    "If someone gave me a confession in the van I'd just write it up later from memory, no need to caution them"
    " again, it's still evidence.",
    "If a child told me they were being hit at home I would call the parents first to hear their side before"
    " reporting anything, you don't want to get families in trouble for nothing.",
    "If a pupil said their stepdad hurt them I'd ring the mum first to hear her side.",
    "If a resident told me a carer was rough with her and I saw bruising I'd speak to the carer first before I"
    " raised it.",
    "If a patient says her husband hits her I'd talk to the husband before making a referral.",
    "If somebody hands me a witness statement I'll just sign it off without reading it.",
]
CAREFUL = [
    "If a child disclosed abuse I would never call the parents before reporting it to the DSL.",
    "If a child told me they were being hurt at home, I'd report it the same day and tell my principal.",
    "When a child is hurt in the playground I call the parents before the end of the day and record it in the"
    " accident book.",
    "If a child fell and hurt their knee I'd tell the parents at pick up before I record it.",
    "If I saw bruises I'd tell the DSL before home time and not contact the parents myself.",
    "If someone said something relevant I'd write it up in my pocket notebook straight away and have them sign it.",
]


@pytest.mark.parametrize("answer", UNSAFE)
def test_family_asked_first_and_own_shortcuts_after_someone_are_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize("answer", CAREFUL)
def test_their_careful_versions_are_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None
