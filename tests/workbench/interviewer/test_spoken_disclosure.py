"""Spoken answers (speech to text: no punctuation) that mention the candidate's family keep their job evidence:
only the clauses that disclose are set aside, and those words are never quoted, fed back nor scored. Punctuated
answers are read sentence by sentence as before. Written for these tests: none is in the datasets."""

from __future__ import annotations

import pytest

from tests.workbench.interviewer.test_evidence_scoring import scores, state_with
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.evidence import sift
from workbench.interviewer.spoken import unpunctuated

# q-safe (unexplained bruises): the same account spoken, with a family mention in the middle
SPOKEN_SAFE = (
    "i would try to see her alone and ask open questions and body map the bruises and record exactly what she says "
    "my daughter had a teacher who did that with her and then i raise a safeguarding concern with the local "
    "authority that day and tell my team lead"
)
SPOKEN_SAFE_PLAIN = SPOKEN_SAFE.replace("my daughter had a teacher who did that with her and ", "")
SPOKEN_CARER = (
    "every morning i check the care plan and the medication chart before i help the resident wash and dress "
    "then i drop my kids at school and after that i do my second visit where i log everything in the daily notes"
)


def test_an_unpunctuated_answer_with_a_family_mention_keeps_its_evidence() -> None:
    evidence = sift(SPOKEN_CARER)
    assert unpunctuated(SPOKEN_CARER)
    assert evidence.kept and evidence.disclosures == 1
    kept = evidence.text
    assert "care plan and the medication chart" in kept and "daily notes" in kept
    assert "kids" not in kept and "school" not in kept


def test_the_spoken_answer_scores_as_without_the_family_mention_which_is_never_quoted() -> None:
    baseline = BaselineInterviewer()
    plain = baseline.rescore(state_with([("q-safe", SPOKEN_SAFE_PLAIN)]))
    done = baseline.rescore(state_with([("q-safe", SPOKEN_SAFE)]))
    assert scores(done)["safeguarding"] is not None
    assert scores(done)["safeguarding"] == scores(plain)["safeguarding"]
    assert done.scorecard is not None
    written = (done.final_feedback or "") + done.scorecard.model_dump_json()
    assert "daughter" not in written and "teacher" not in written
    assert "did not give us evidence" not in (done.final_feedback or "")


@pytest.mark.parametrize(
    "answer",
    [
        # punctuated: the sentence that discloses goes whole, as before
        "I check the care plan first. Then I drop my kids at school and I do my second visit where I log it all.",
        # short with no punctuation: not read as speech
        "i drop my kids at school and then do my visits",
        # a comma: a written sentence, set aside whole
        "I drop my kids at school, then I do my second visit where I log everything in the daily notes for the team",
    ],
)
def test_punctuated_or_short_answers_set_aside_the_whole_sentence_as_before(answer: str) -> None:
    evidence = sift(answer)
    assert not any("kids" in s for s in evidence.kept)
    assert not any("second visit" in s for s in evidence.kept)
    assert evidence.disclosures == 1


def test_a_spoken_answer_that_is_all_family_is_still_no_evidence() -> None:
    answer = "my kids go to the school round the corner and my son plays football and my daughter does ballet on saturdays"
    evidence = sift(answer)
    assert not evidence.kept and evidence.disclosures + evidence.tangents >= 1


def test_the_spoken_answer_was_lost_whole_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the clause reading (every sentence taken as punctuated), the whole spoken answer is set aside."""
    monkeypatch.setattr("workbench.interviewer.evidence.unpunctuated", lambda sentence: False)
    assert not sift(SPOKEN_CARER).kept
