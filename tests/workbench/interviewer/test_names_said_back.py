"""Names said back as they are spelled: a candidate's "in excel" echoes as "in Excel", and an ad's "Excel stock
sheets" keeps its capital inside a question; a name that is an everyday word ("excel at") stays a word."""

from __future__ import annotations

import re

from evals.data import load_interviews
from workbench.interviewer.names import names, with_names_spelled
from workbench.interviewer.phrasing import action_clause, skill_mention
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def test_an_echo_spells_the_products_the_candidate_wrote_in_lower_case() -> None:
    assert action_clause("I updated the stock sheets in excel.") == "you updated the stock sheets in Excel"
    assert action_clause("I logged the orders on salesforce.") == "you logged the orders on Salesforce"
    assert skill_mention("we chart everything on cerner", "Cerner") == "Cerner"


def test_a_name_that_is_an_everyday_word_is_spelled_as_a_name_only_after_a_tool_word() -> None:
    assert with_names_spelled("I excel at customer service") == "I excel at customer service"
    assert with_names_spelled("a word of advice from my manager") == "a word of advice from my manager"
    assert with_names_spelled("working with teams across the site") == "working with teams across the site"
    assert with_names_spelled("letters in word and excel") == "letters in Word and Excel"
    assert with_names_spelled("logged on sage 50 and xero") == "logged on Sage 50 and Xero"


def test_a_skill_opening_with_a_product_name_keeps_its_capital_in_questions() -> None:
    job = JobDetails(
        id="butcher-names",
        title="Butcher",
        description="Breaking down beef and lamb carcasses into retail cuts; serving customers at the counter.",
        requirements="2 years experience as a butcher",
        skills_required=["knife skills", "Excel stock sheets", "Salesforce wholesale orders"],
    )
    texts = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions)
    assert "Excel stock sheets" in texts
    assert "excel" not in texts and "salesforce" not in texts


def test_the_job_title_in_the_greeting_is_no_skill_the_opening_asked_about() -> None:
    """Seen: "I want to move into sales" to the opening of a Sales Negotiator interview was acknowledged
    "Thanks — that gives me a clear picture of your work with sales.": the skill was taken as asked about because
    the greeting names the job title."""
    from datetime import UTC, datetime, timedelta

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails

    job = JobDetails(
        id="negotiator-1",
        title="Sales Negotiator",
        description="Book and carry out viewings, negotiate offers and progress sales to completion.",
        requirements="Sales or customer service experience.",
        skills_required=["viewings", "negotiating offers", "sales progression"],
    )
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    baseline = BaselineInterviewer()
    state = baseline.start(
        job, CandidateDetails(id="cand-dan-okoro", name="Dan Okoro"), "", Preferences(), start
    )
    answer = (
        "So I've done three years in lettings at Foxtons and I want to move into sales because I like the "
        "negotiating side and the commission."
    )
    _, step = baseline.answer(state, answer, start + timedelta(minutes=1))
    assert "work with sales" not in step.response and "used sales" not in step.response, step.response


def test_the_title_is_said_without_the_terms_of_the_post() -> None:
    """Seen: "thanks for joining this interview for the Radiologic Technologist (X-Ray) - Full Time Days role"."""
    from workbench.interviewer.phrasing import greeting, spoken_title

    assert greeting("Maria", "Radiologic Technologist (X-Ray) - Full Time Days") == (
        "Hi Maria, thanks for joining this interview for the Radiologic Technologist (X-Ray) role."
    )
    assert spoken_title("HGV Driver - Nights - £35k + overtime") == "HGV Driver"
    assert spoken_title("Chef de Partie (Maternity Cover)") == "Chef de Partie"
    # a part that names the role's kind, ward or grade stays
    assert spoken_title("Registered Nurse - ICU") == "Registered Nurse - ICU"
    assert (
        spoken_title("Sales Negotiator / Trainee Estate Agent") == "Sales Negotiator / Trainee Estate Agent"
    )
    assert spoken_title("Staff Nurse (Band 5)") == "Staff Nurse (Band 5)"


def test_a_jobs_spoken_title_is_worked_out_once_not_every_answer() -> None:
    """Every answer's acknowledgement strips the greeting from the first question (`_asked_about`), which said
    the title again each time (~24 us of the interviewer's ~1 ms a turn)."""
    from workbench.interviewer.phrasing import greeting, spoken_title

    spoken_title.cache_clear()
    first = greeting("Maria", "Staff Nurse (Band 5) - Nights")
    assert greeting("Maria", "Staff Nurse (Band 5) - Nights") == first
    assert spoken_title.cache_info().misses == 1


def test_a_question_put_again_after_a_colon_opens_in_lower_case() -> None:
    """Seen: "Coming back to my question: What's the most common mistake people make with dysphagia…"."""
    from workbench.interviewer.restate import lower_first

    assert lower_first("What's the most common mistake people make with dysphagia?") == (
        "what's the most common mistake people make with dysphagia?"
    )
    assert lower_first("What\u2019s the most common mistake?").startswith("what\u2019s")
    assert lower_first("React asks for a key prop.") == "React asks for a key prop."


def test_a_title_typed_in_capitals_is_said_as_a_title() -> None:
    """Seen: "thanks for joining this interview for the CAR SALES EXECUTIVE role"."""
    from workbench.interviewer.phrasing import spoken_title

    assert spoken_title("CAR SALES EXECUTIVE") == "Car Sales Executive"
    assert spoken_title("HGV CLASS 1 DRIVER - NIGHTS") == "HGV Class 1 Driver"  # letters stay letters
    assert spoken_title("ICU NURSE") == "ICU Nurse"
    assert spoken_title("HCA") == "HCA"


def test_the_names_are_found_where_one_case_blind_alternation_longest_first_finds_them() -> None:
    # The names' pattern is a trie matched on lowercased ASCII: the same names at the same places as before.
    known = names()
    every = sorted({*known.always, *known.after_tool_word}, key=len, reverse=True)
    flat = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, every)) + r")(?![\w])", re.IGNORECASE)
    texts = [" ".join(every[i : i + 7]) for i in range(0, len(every), 3)]  # names next to their rivals
    texts += [text.upper() for text in texts] + ["Éxcel in EXCEL, sage 50x, .xero, sage 50-xero word\u212a"]
    texts += [turn.answer for record in load_interviews() for turn in record.turns]
    for text in texts:
        assert known.pattern.group_spans(text, 1) == [(m.start(), *m.span(1)) for m in flat.finditer(text)]
