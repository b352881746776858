"""At the close, every answered turn carries its answer's final grade: the turns and the scorecard tell one story.

During the interview a turn's competency score is provisional: the answers to its planned question so far, with
relevance judged by shared words alone (`scorecard.lexical_judge`, no model call on the turn's path). The
scorecard judges each planned question's answers again, together and by meaning (`scorecard.baseline_judge`).
So `GET /api/sessions/{id}` showed a turn scored 2 for a competency whose scorecard entry, resting on that very
answer, said 4, and a core answer "no evidence" whose follow-up made it evidence. When the interview ends, each
turn of a planned question takes that question's final judgement (score, level, quote, red flags, and the reason
in the notes); a competency measured by one question then has the same score on its turns and in the scorecard,
and one measured by several shows each question's grade on its turns and their mean in the scorecard.
"""

from __future__ import annotations

from workbench.interviewer.assess import INJECTION_NOTE, NOTES_SEPARATOR, competency_score
from workbench.interviewer.rubric_score import Judgement
from workbench.interviewer.scorecard import AnswerGroup
from workbench.models import AnswerAssessment, Turn

# The notes `assess.assess_answer` writes of the answer itself; any other note is its judgement's reason.
_ANSWER_NOTES = ("vague or too short", "STAR parts missing: ", INJECTION_NOTE)


def with_final_grades(
    turns: list[Turn], groups: list[AnswerGroup], judged: dict[str, Judgement]
) -> list[Turn]:
    """`turns` with each assessed turn of a planned question graded as its question's answers were at the end."""
    final = {index: group for group in groups for index in group.turn_indices}
    out = []
    for turn in turns:
        group = final.get(turn.index)
        if turn.assessment is not None and group is not None:
            assessment = _regraded(turn.assessment, judged[group.key], group)
            turn = turn.model_copy(update={"assessment": assessment})
        out.append(turn)
    return out


def _regraded(assessment: AnswerAssessment, judgement: Judgement, group: AnswerGroup) -> AnswerAssessment:
    notes = [
        note
        for note in (assessment.notes.split(NOTES_SEPARATOR) if assessment.notes else [])
        if note.startswith(_ANSWER_NOTES)
    ]
    if judgement.reason:
        at = len(notes) - 1 if notes and notes[-1] == INJECTION_NOTE else len(notes)
        notes.insert(at, judgement.reason)
    update = {
        "competencies": competency_score(judgement, group.competency),
        "notes": NOTES_SEPARATOR.join(notes),
    }
    return assessment.model_copy(update=update)
