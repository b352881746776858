"""Job ads read as pasted, and the candidate's feedback on motivation (jobs and answers here are none of the
datasets'):

- an ad whose duties are one line of dashes ("Duties: - install boilers - fit bathrooms - ...") became no duty at
  all: each dash is an item;
- "take payments, and pass complex cases to the right team" was one duty ("pass" was no known verb);
- "balance cash drawer" was asked as written ("Suppose you're about to balance cash drawer ..."): the article an
  ad leaves out is put back;
- the feedback on motivation quoted a procedure told in answer to the opening's follow-up ("you said 'i isolate
  the supply first then drain down ...'"): only words about the candidate's background or reasons are said back.
"""

from __future__ import annotations

import pytest

from workbench.interviewer.feedback import with_feedback
from workbench.interviewer.planning.adtext import plain_text
from workbench.interviewer.planning.articles import with_article
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import (
    EvidenceQuote,
    JobDetails,
    Preferences,
    Scorecard,
    ScorecardEntry,
    SessionAssessment,
)


def _job(description: str, title: str = "Domestic Plumber", skills: list[str] | None = None) -> JobDetails:
    return JobDetails(id="j", title=title, description=description, skills_required=skills or [])


# --- a dash list on one line ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "Duties: - install and repair boilers - fit bathrooms and kitchens - attend emergency call-outs",
            ["install and repair boilers", "fit bathrooms and kitchens", "attend emergency call-outs"],
        ),
        (
            "- sweep the yard - load the wagons - check the tachograph",
            ["sweep the yard", "load the wagons", "check the tachograph"],
        ),
    ],
)
def test_a_dash_list_on_one_line_is_one_duty_a_dash(description: str, expected: list[str]) -> None:
    said = [r.text for r in requirements(_job(description, "Yard Operative"), [])]
    for duty in expected:
        assert duty in said, said


@pytest.mark.parametrize(
    "line",
    [
        "We are a small team - come and join us - we are friendly",
        "Hours 9am - 5pm - Monday to Friday",
        "Pay - good",
    ],
)
def test_dashes_in_prose_are_no_list(line: str) -> None:
    assert plain_text(line) == line


def test_the_plumbers_questions_name_the_duties_of_the_dash_list() -> None:
    job = _job(
        "Duties: - install and repair boilers and central heating - fit bathrooms and kitchens - attend "
        "emergency call-outs - complete gas safety paperwork",
        skills=["boiler servicing"],
    )
    names = [c.name for c in build_interview_plan(job, Preferences()).competencies]
    assert any("bathrooms and kitchens" in name for name in names), names
    assert not any(" - " in name for name in names), names


# --- a second verb after a comma and "and" ------------------------------------------------------------------------
def test_pass_starts_a_duty_of_its_own() -> None:
    job = _job(
        "Take payments, and pass complex cases to the right team.",
        "Council Customer Service Adviser",
    )
    said = [r.text for r in requirements(job, [])]
    assert "take payments" in said and "pass complex cases to the right team" in said, said


# --- the article an ad leaves out ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("duty", "said"),
    [
        (
            "balance cash drawer at the end of every shift",
            "balance the cash drawer at the end of every shift",
        ),
        ("open store", "open the store"),
        ("manage rota", "manage the rota"),
        ("count till", "count the till"),
        ("mop floor", "mop the floor"),
    ],
)
def test_a_bare_countable_object_gets_its_article(duty: str, said: str) -> None:
    assert with_article(duty) == said


@pytest.mark.parametrize(
    "duty",
    [
        "answer phones",
        "order stationery",
        "prepare food",
        "use Opera PMS",
        "check water temperature",
        "keep the warehouse safe",
        "lead 12 staff",
        "handle cash",
        "supervise at break times",
        "fill order",
        "deliver safe, friendly service on every flight",
        "clean floor and wall tiles before grouting",
    ],
)
def test_a_plural_a_mass_noun_a_name_or_a_determiner_is_left_as_written(duty: str) -> None:
    assert with_article(duty) == duty


def test_the_store_question_asks_to_balance_the_cash_drawer() -> None:
    job = _job(
        "Run a busy convenience store, lead a team of 12, balance cash drawer at the end of every shift.",
        "Convenience Store Manager",
        ["stock control"],
    )
    texts = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions)
    names = [c.name for c in build_interview_plan(job, Preferences()).competencies]
    assert "balance cash drawer" not in texts and "balancing cash drawer" not in names
    assert any("the cash drawer" in name for name in names), names


# --- motivation said back in the candidate's words about themselves ------------------------------------------------
def _card(*quotes: str) -> Scorecard:
    return Scorecard(
        overall=None,
        status="insufficient_evidence",
        competencies=[
            ScorecardEntry(
                competency_id="motivation",
                name="Motivation and fit for the role",
                kind="behavioural",
                score=2,
                evidence=[EvidenceQuote(quote=q, turn_index=i) for i, q in enumerate(quotes)],
                coverage="evidenced",
            )
        ],
    )


def test_a_procedure_is_not_quoted_as_motivation() -> None:
    told = "i isolate the supply first then drain down check the pressure and replace the valve"
    feedback = with_feedback(SessionAssessment(), _card(told), "Domestic Plumber")
    said = " ".join(feedback.areas_to_improve)
    assert "isolate the supply" not in said
    assert "draws you" in said  # the advice still stands


@pytest.mark.parametrize(
    "quote",
    [
        "I've been plumbing for six years, mostly on boilers.",
        "I want to move to the council because I want to help people in my area.",
    ],
)
def test_words_about_the_candidate_are_still_quoted(quote: str) -> None:
    feedback = with_feedback(SessionAssessment(), _card(quote), "Domestic Plumber")
    assert quote.rstrip(".")[:30] in " ".join(feedback.areas_to_improve)


def test_the_motivation_quote_skips_a_procedure_for_the_words_about_the_candidate() -> None:
    procedure = "I drain down, replace the valve and test for leaks."
    career = "I've been plumbing for six years, mostly on boilers."
    said = " ".join(with_feedback(SessionAssessment(), _card(procedure, career), "Plumber").areas_to_improve)
    assert "plumbing for six years" in said and "drain down" not in said


# --- a summary duty and the duties after its colon ---------------------------------------------------------------
def test_a_colon_after_a_duty_opens_its_parts() -> None:
    """ "What would you do if, while running a busy convenience store: lead a team of 12, ...": the duty before the
    colon and each after it are duties of their own, never joined by the colon."""
    job = _job(
        "Run a busy convenience store: lead a team of 12, balance cash drawer and order stock.",
        "Convenience Store Manager",
        ["stock control"],
    )
    said = [r.text for r in requirements(job, [])]
    assert "run a busy convenience store" in said and "lead a team of 12" in said, said
    plan = build_interview_plan(job, Preferences())
    assert not any(":" in c.name for c in plan.competencies)
    assert not any("store: lead" in q.text for q in plan.questions)


def test_a_heading_colon_still_heads_its_list() -> None:
    job = _job("Front of house: greet guests, take bookings and serve drinks.", "Restaurant Host")
    said = [r.text for r in requirements(job, [])]
    assert {"greet guests", "take bookings", "serve drinks"} <= set(said), said


# --- a tool named for the skill of using it ---------------------------------------------------------------------
def test_knife_skills_keep_their_skills() -> None:
    job = _job("", "Commis Chef", ["knife skills", "welding skills", "HACCP knowledge"])
    said = [r.text for r in requirements(job, [])]
    assert "knife skills" in said and "knife" not in said, said
    assert "welding" in said and "HACCP" in said, said  # an activity or a subject still loses its "skills"
