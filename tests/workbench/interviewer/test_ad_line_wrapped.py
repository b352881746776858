"""A job ad pasted with its lines wrapped mid-sentence is said back in whole sentences. Seen (ux18, a probation
officer over the server): 'The job ad says: “Assess risk of serious harm using OASys, write pre-sentence reports for
courts,.”' -- the description's first line, cut at its wrap, with a full stop after the comma."""

from __future__ import annotations

import pytest

from workbench.interviewer.ad_lines import prose
from workbench.interviewer.repair import answer_from_job
from workbench.models import JobDetails

WRAPPED = [
    (
        "Manage a caseload of people on probation.\nAssess risk of serious harm using OASys, write pre-sentence reports"
        " for courts,\nplan and review sentence plans, enforce the conditions of orders and licences,\nand work with"
        " police, housing and drug services (MAPPA).",
        "Assess risk of serious harm using OASys, write pre-sentence reports for courts, plan and review sentence"
        " plans, enforce the conditions of orders and licences, and work with police, housing and drug services"
        " (MAPPA).",
    ),
    (
        "You will check guests in and out, handle late arrivals and\ncalls, run the night audit and balance the\n"
        "takings.",
        "You will check guests in and out, handle late arrivals and calls, run the night audit and balance the"
        " takings.",
    ),
]


@pytest.mark.parametrize(("description", "sentence"), WRAPPED)
def test_a_wrapped_sentence_is_one_sentence(description: str, sentence: str) -> None:
    said = prose(description)
    assert sentence in said, said
    assert ",." not in said and "and." not in said


def test_a_list_of_bullets_stays_a_list() -> None:
    said = prose("- strip and re-tile roofs\n- lead work (flashings, valleys)\n- EPDM and felt flat roofs")
    assert said == "strip and re-tile roofs. lead work (flashings, valleys). EPDM and felt flat roofs."


def test_a_candidates_question_gets_the_whole_sentence_back() -> None:
    job = JobDetails(id="probation-wrapped", title="Probation Officer", description=WRAPPED[0][0])
    reply = answer_from_job("How much of the work is with the police and drug services?", job)
    assert ",." not in reply and "\u201cand " not in reply, reply  # no quote that starts mid-sentence
    assert "Assess risk of serious harm" in reply, reply
