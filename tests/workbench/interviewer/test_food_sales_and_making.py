"""Kitchens and food production, animals and land, media and language, sales and property, and making things:
jobs pasted as hiring managers write them, and candidates as they come out of speech-to-text (no question marks,
fillers), in clear non-native English, terse, or fluent and off the question. The ads and answers are written for
these tests: none is in the datasets."""

from __future__ import annotations

import re
from datetime import timedelta

from tests.workbench.interviewer.interview_helpers import T0
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.repair import answer_from_job, reply_kind
from workbench.interviewer.signals import comfort_of, read_signals
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import CandidateDetails, Comfort, InterviewPlan, JobDetails, Preferences

NEGOTIATOR = JobDetails(
    id="uxd-test-estate",
    title="Sales Negotiator",
    company="Hamlet & Hale",
    location="Reading",
    salary_range="£22,000 basic + commission (OTE £35,000)",
    description=(
        "Book and carry out viewings, register buyers, negotiate offers and progress sales to completion. "
        "Saturday working on a rota."
    ),
)
FABRICATOR = JobDetails(
    id="uxd-test-fab",
    title="Fabricator Welder",
    company="Northern Steelwork",
    salary_range="£16 - £18 per hour",
    description="MIG welding of mild steel frames in the workshop.",
)
BAKER = JobDetails(
    id="uxd-test-bake",
    title="Baker",
    company="Crumb & Co",
    description="Craft bakery, 4am starts, Tuesday to Saturday. Mixing, shaping and baking sourdough.",
)


def test_a_question_without_its_question_mark_is_the_candidates_own_question() -> None:
    # speech-to-text writes no question marks
    for asked in (
        "is there parking at the restaurant",
        "um what are the hours like",
        "sorry what's the pay like",
        "is it commission only",
        "do I need to work weekends",
    ):
        assert reply_kind(asked, question="How do you cool a stock safely?") == "candidate_question", asked
    for answer in (
        "what I do first is check the fridge temps and write them in the log",
        "is there a risk of cross contamination, that's what I look for first",
        "how many covers we did was about 300 on a Saturday",
        "so do I check it, yes always, then the labels go on",
    ):
        assert reply_kind(answer, question="How do you cool a stock safely?") == "answer", answer
    assert reply_kind("what are the next steps", at_closing=True) == "candidate_question"
    assert reply_kind("no that's all thanks", at_closing=True) == "answer"


def test_a_question_on_the_pay_basis_is_answered_from_the_advertised_pay() -> None:
    said = answer_from_job("Is it commission only?", NEGOTIATOR)
    assert "£22,000 basic + commission (OTE £35,000)" in said, said
    said = answer_from_job("Is it commission only or is it hourly?", FABRICATOR)
    assert "£16 - £18 per hour" in said, said


def test_a_question_on_when_the_work_is_done_is_answered_by_the_ads_line_on_it() -> None:
    said = answer_from_job("What are the hours and do I need to work Saturdays?", NEGOTIATOR)
    assert "Saturday working on a rota." in said and "hiring team at Hamlet & Hale" in said, said
    said = answer_from_job("what time do I start", BAKER)
    assert "4am starts" in said, said
    # nothing in the ad on it: routed, and no unrelated line quoted
    said = answer_from_job("What are the hours like?", FABRICATOR)
    assert "don't have that information" in said and "MIG" not in said, said


def test_unsafe_practice_of_kitchens_workshops_warehouses_newsrooms_and_sales_is_caught() -> None:
    for unsafe in (
        "honestly we just leave it on the bench overnight to cool down and put it in the fridge in the morning",
        "I don't bother with the fume extraction for short welds, I just crack the door open.",
        "When we need a box off the top shelf we put my colleague on the forks on a pallet and lift him.",
        "I'd probably just run it and check the facts after, you can always update the story.",
        "I tell the buyer there are other offers so they bid quickly, even if there aren't any really.",
        "I let a colleague sign off my work when I'm busy.",
    ):
        assert states_unsafe_practice(unsafe), unsafe
    for safe in (
        "We never leave stock out overnight to cool, it goes in the blast chiller.",
        "A colleague left the stock on the bench overnight and I reported it.",
        "I never let anyone ride on the forks.",
        "I publish it and then check the analytics after a week.",
        "Even if it's not my job I help out.",
        "Even though they weren't really happy we agreed a new date.",
    ):
        assert not states_unsafe_practice(safe), safe


def test_a_spoken_question_mid_interview_is_answered_and_the_question_stands() -> None:
    baseline = BaselineInterviewer()
    candidate = CandidateDetails(id="c-uxd", name="Priya Shah")
    state = baseline.start(NEGOTIATOR, candidate, "", Preferences(), T0)
    asked = state.turns[-1].question
    state, step = baseline.answer(state, "um do I need to work Saturdays", T0 + timedelta(minutes=1))
    assert state.turns[-1].kind == "candidate_question", step
    # the question stands (without the greeting and the AI notice said before it the first time)
    opening = asked.split(". ", 2)[2]
    assert opening.lower().startswith("to start")
    assert "Saturday working on a rota." in step.response and opening.lower()[:40] in step.question.lower()
    assert "thanks for joining" not in step.question and "AI interviewer" not in step.question


def _plan(job: JobDetails) -> InterviewPlan:
    return build_interview_plan(job, Preferences())


def _asked(plan: InterviewPlan) -> str:
    return " ".join(q.text for q in plan.questions)


def test_a_background_asked_for_as_such_is_no_piece_of_job_knowledge() -> None:
    job = JobDetails(
        id="uxd-test-backgrounds",
        title="Sous Chef",
        description="Run the kitchen on the head chef's days off and keep the HACCP records.",
        requirements=(
            "- Experience in a busy fresh food kitchen\n- 2+ years in a hotel or restaurant group\n"
            "- Previous junior sous or senior CDP experience\n- Catering or hospitality experience\n"
            "- Time-served apprenticeship\n- Native English\n- Colour vision test\n"
            "- Must be willing to work in chilled environments\n- Target-driven\n- Portfolio of dishes\n"
            "- Good communication\n- Knowledge of allergen law"
        ),
    )
    found = [r.text.lower() for r in requirements(job, [])]
    for background in (
        "fresh food kitchen",
        "hotel",
        "cdp",
        "catering",
        "time-served",
        "native",
        "colour",
        "willing",
        "target",
        "portfolio",
    ):
        assert not any(background in text for text in found), (background, found)
    assert "communication" not in found
    assert any("allergen law" in text for text in found), found


def test_the_ad_speaking_of_the_job_itself_is_no_duty() -> None:
    job = JobDetails(
        id="uxd-test-self",
        title="Recruitment Consultant",
        description=(
            "We're looking for a Recruitment Consultant to join our driving desk. 360 recruitment consultant "
            "for our industrial desk. Source and screen candidates, win and manage clients, arrange interviews."
        ),
    )
    found = [r.text for r in requirements(job, [])]
    assert not any("recruitment consultant" in text.lower() or "looking for" in text for text in found), found
    assert "source and screen candidates" in found and "win and manage clients" in found, found


def test_a_duty_line_reads_whole_verbs_and_names_a_task_as_a_task() -> None:
    groomer = JobDetails(
        id="uxd-test-groom",
        title="Dog Groomer",
        description="Bathing, drying, clipping and scissoring all breeds, checking dogs for skin problems.",
    )
    assert "bathe, dry, clip and scissor all breeds" in [r.text for r in requirements(groomer, [])]
    kitchen = JobDetails(
        id="uxd-test-head",
        title="Head Chef",
        description=(
            "Key responsibilities:\n- Managing a brigade of 6 including rotas and training\n"
            "- Ordering and managing suppliers, stock takes and waste\n"
        ),
    )
    found = [r.text for r in requirements(kitchen, [])]
    assert not any(text.endswith((" and", " or")) or "stocking" in text for text in found), found
    welder = JobDetails(
        id="uxd-test-weld",
        title="Fabricator",
        description="MIG and TIG welding of mild and stainless steel frames, fabricating from drawings.",
    )
    assert any(r.text.startswith("MIG and TIG welding") for r in requirements(welder, []))


def test_factory_animal_land_and_newsroom_jobs_get_their_own_family() -> None:
    operative = _plan(
        JobDetails(
            id="uxd-test-fpo",
            title="Food Production Operative",
            description="Weighing ingredients, operating filling machines and metal detector checks on the line.",
        )
    )
    assert operative.family == "production"
    assert not re.search(r"\bguests?\b|during service", _asked(operative)), _asked(operative)
    groomer = _plan(
        JobDetails(id="uxd-test-groomer", title="Dog Groomer", description="Grooming all breeds.")
    )
    assert groomer.family == "animal_care" and "owner" in _asked(groomer), _asked(groomer)
    vet = _plan(
        JobDetails(id="uxd-test-rvn", title="Veterinary Nurse", description="Monitoring anaesthesia.")
    )
    assert vet.family == "animal_care" and "patient's family" not in _asked(vet)
    for title in ("Farm Worker", "Groundsperson", "Tree Surgeon"):
        assert _plan(JobDetails(id=f"uxd-test-{title}", title=title)).family == "land", title
    for title in ("Reporter", "Translator", "Sub-Editor"):
        assert _plan(JobDetails(id=f"uxd-test-{title}", title=title)).family == "media_language", title
    for title in ("Recruitment Consultant", "Car Sales Executive"):
        assert _plan(JobDetails(id=f"uxd-test-{title}", title=title)).family == "sales_service", title
    for plan in (operative, groomer, vet):
        assert "another piece of work you're proud of" not in _asked(plan)  # no question fell to the guard


def test_someone_elses_nerves_or_a_sorry_in_the_story_are_not_the_candidates() -> None:
    for calm in (
        "First I check the skin and ears, then I dry with the blaster on low for nervous or reactive dogs.",
        "One owner was angry the poodle was too short. I said sorry and explained the coat was matted.",
        "I calm anxious patients by explaining each step before I start.",
    ):
        assert comfort_of(read_signals(calm)) is not Comfort.NERVOUS, calm
    assert comfort_of(read_signals("Sorry, I'm a bit nervous, um, I'd check the labels.")) is Comfort.NERVOUS


def test_a_term_asked_about_in_this_question_is_a_request_to_clarify() -> None:
    asked = (
        "What would you do if, while proofreading a colleague's translation, the source text is ambiguous?"
    )
    assert reply_kind("Sorry, what is meaning of termbase in this question?", question=asked) == (
        "clarification_request"
    )


def test_a_remote_location_is_quoted_not_said_as_a_town() -> None:
    remote = JobDetails(id="uxd-test-remote", title="Translator", company="LinguaPro", location="Remote")
    said = answer_from_job("Can I work from home some days?", remote)
    assert "“Remote”" in said and "based in Remote" not in said, said


def test_the_probe_of_unsafe_practice_names_the_clause_and_is_restated_as_one_question() -> None:
    from workbench.interviewer.agenda import quotable_part
    from workbench.interviewer.restate import restatements

    said = (
        "To be honest in the workshop I don't bother with the fume extraction for short welds, it's only a few "
        "minutes, and I just crack the door open."
    )
    # quoted from what it says, without the spoken opener (conv17: 'ok so basically' was quoted back)
    assert quotable_part(said) == "in the workshop I don't bother with the fume extraction for short welds"
    probe = (
        "I'd like to go back to one point in your answer. Talk me through the risks of doing it that way: what "
        "could go wrong, and what does standard practice require?"
    )
    recast = restatements(probe)[0]
    assert "it has two parts" not in recast and "what could go wrong" in recast.lower(), recast
    assert "it has two parts" in restatements("How do you cool a stock, and what do you record?")[0]


def test_a_company_car_is_a_benefit_not_a_question_about_the_company() -> None:
    rep = JobDetails(id="uxd-test-rep", title="Field Sales Representative", company="Brightstone Supplies")
    said = answer_from_job("um yeah is it a company car or car allowance", rep)
    assert "The role is with" not in said and "hiring team at Brightstone Supplies" in said, said
    assert "The role is with Brightstone Supplies." in answer_from_job("What is the company like?", rep)


def test_an_answer_that_ends_on_the_candidates_question_is_scored_and_the_question_answered() -> None:
    baseline = BaselineInterviewer()
    candidate = CandidateDetails(id="c-uxd-2", name="Dev Patel")
    state = baseline.start(NEGOTIATOR, candidate, "", Preferences(), T0)
    answer = (
        "Six years selling cars and two in lettings, I want to move into sales of homes. "
        "Do I need to work Saturdays?"
    )
    state, step = baseline.answer(state, answer, T0 + timedelta(minutes=1))
    assert state.turns[-2].answer_kind == "answer"  # scored as the answer it is
    assert "Saturday working on a rota." in step.response, step.response
    # a question the candidate asks themselves as part of the answer is no question to the interviewer
    state, step = baseline.answer(
        state,
        "What would I do first? I'd book the viewing and check the buyer's position.",
        T0 + timedelta(minutes=2),
    )
    assert "On your question" not in step.response


def test_an_esco_duty_ends_before_whom_it_is_done_with() -> None:
    from workbench.interviewer.planning.duties import duty_requirements

    definition = "Advertising copywriters write slogans, catchphrases and work closely together with advertising artists."
    found = [r.text for r in duty_requirements(definition, "advertising copywriter")]
    assert "write slogans and catchphrases" in found, found


def test_a_guess_said_as_what_one_would_do_is_unsafe_practice() -> None:
    assert states_unsafe_practice("i would just guess the allergens from the recipe if the sheet is missing")
    assert not states_unsafe_practice("I would never guess the allergens, I check the sheet.")
    assert not states_unsafe_practice("um I guess the main thing is to check the labels every morning")


def test_guessing_about_allergens_is_a_red_flag_of_food_production() -> None:
    plan = _plan(
        JobDetails(id="uxd-test-fpo-flags", title="Food Production Operative", description="Mixing sauces.")
    )
    flags = {flag for q in plan.questions for flag in q.rubric.red_flags}
    assert "guessing about allergens instead of checking" in flags, flags


def test_carrying_on_through_an_animals_or_a_persons_distress_is_unsafe_practice() -> None:
    assert states_unsafe_practice(
        "if the dog is biting I just hold the muzzle tight and carry on, owners want it done"
    )
    assert states_unsafe_practice(
        "When the patient is complaining of pain I keep going so we finish on time."
    )
    for safe in (
        "If the dog is distressed I stop, let him calm down, and never carry on until he is settled.",
        "If the dog is stressed we take a break and carry on later when he has settled.",
    ):
        assert not states_unsafe_practice(safe), safe
