"""Office, finance, logistics and cleaning jobs pasted as hiring managers write them: a description with its own
"Key responsibilities:" and "About you:" headings, bullets of gerunds, qualifications and licences among the
requirements. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.repair import answer_from_job
from workbench.interviewer.signals import is_vague, read_signals
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import InterviewPlan, JobDetails, Preferences

ACCOUNTS_PAYABLE = JobDetails(
    id="uxb-test-ap",
    title="Accounts Payable Clerk",
    description=(
        "We're a growing distribution business looking for an Accounts Payable Clerk.\n"
        "Key responsibilities:\n"
        "- Processing high volumes of supplier invoices on Sage 200, ensuring they are coded correctly\n"
        "- Matching invoices to purchase orders and goods received notes\n"
        "- Setting up new suppliers and checking bank details to prevent fraud\n"
        "About you:\n"
        "- Previous experience in a purchase ledger / accounts payable role\n"
        "- AAT Level 2 or working towards\n"
        "- Confident on the phone, firm but fair\n"
        "- Excellent writing and editing skills\n"
        "What we offer:\n"
        "- Hybrid working and free parking\n"
    ),
)
HAULAGE = JobDetails(
    id="uxb-test-hgv",
    title="HGV Class 1 Driver",
    description=(
        "Key responsibilities:\n"
        "- Driving Class 1 vehicles on trunking routes between our hub and RDCs\n"
        "- Coupling and uncoupling trailers safely\n"
        "- Complying with drivers' hours and tachograph rules\n"
        "Requirements:\n"
        "- Valid Class 1 (C+E) licence with no more than 6 points on it at all\n"
        "- Minimum 1 year's experience\n"
    ),
)


def texts(job: JobDetails) -> list[str]:
    return [requirement.text for requirement in requirements(job, [])]


def test_a_bullet_of_gerunds_stays_an_activity_when_its_verb_is_also_a_noun() -> None:
    found = requirements(ACCOUNTS_PAYABLE, [])
    acts = {r.text: r for r in found if r.shape == "act"}
    assert "process high volumes of supplier invoices on Sage 200" in acts
    assert "set up new suppliers" in acts
    assert "match invoices to purchase orders and goods received notes" in acts
    assert acts["set up new suppliers"].terms[:2] == ("set", "up")
    # "ensuring they are coded correctly" refers back to the invoices: no duty of its own
    assert not any(text.startswith("ensure they") for text in texts(ACCOUNTS_PAYABLE))


def test_an_about_you_section_is_read_as_requirements_without_traits_or_qualifications() -> None:
    found = texts(ACCOUNTS_PAYABLE)
    assert "writing and editing" in found  # a skill named by gerunds is a subject, not "write and edit"
    for wrong in ("purchase ledger", "AAT", "confident", "hybrid", "parking"):
        assert not any(wrong.lower() in text.lower() for text in found), (wrong, found)


def test_a_drivers_duties_and_hours_are_job_knowledge_but_the_licence_is_not() -> None:
    found = texts(HAULAGE)
    assert any(text.startswith("drive Class 1 vehicles") for text in found), found
    assert "couple and uncouple trailers safely" in found
    assert "comply with drivers' hours and tachograph rules" in found
    assert not any("class 1" in text.lower() and "drive" not in text for text in found), found
    assert not any("minimum" in text.lower() for text in found), found


def test_a_list_of_nouns_is_not_split_at_a_noun_that_is_also_a_verb() -> None:
    job = JobDetails(
        id="uxb-test-sca",
        title="Supply Chain Analyst",
        description="Responsibilities:\n- Analyse stock levels, service levels and forecast accuracy, and flag risks\n"
        "- Standard costing and stock valuation, working with operations\n- Support recruitment and onboarding",
    )
    found = texts(job)
    assert "analyse stock levels, service levels and forecast accuracy" in found
    assert "flag risks" in found
    assert "standard costing and stock valuation" in found
    assert not any(text.startswith(("service", "support")) for text in found), found


def test_a_cleaners_duties_under_a_heading_are_each_an_activity() -> None:
    job = JobDetails(
        id="uxb-test-cleaner",
        title="Cleaner",
        description="Office cleaner needed Mon-Fri 6am-8am.\nDuties: vacuuming and mopping floors, emptying bins, "
        "cleaning and restocking toilets and kitchens, dusting desks.\nTraining given on COSHH.",
    )
    found = texts(job)
    assert found[:4] == [
        "vacuum and mop floors",
        "empty bins",
        "clean and restock toilets and kitchens",
        "dust desks",
    ]
    assert not any("given" in text for text in found), found


def _plan(title: str, description: str = "") -> InterviewPlan:
    return build_interview_plan(
        JobDetails(id=f"uxb-{title}", title=title, description=description), Preferences()
    )


def test_drivers_security_marketing_and_office_jobs_have_families_of_their_own() -> None:
    expected = {
        "HGV Class 1 Driver": "transport",
        "Multi-drop Delivery Driver": "transport",
        "Transport Planner": "transport",
        "Security Officer": "security",
        "Door Supervisor": "security",
        "Social Media Executive": "creative_marketing",
        "Content Marketing Manager": "creative_marketing",
        "Graphic Designer": "creative_marketing",
        "HR Advisor": "office",
        "Procurement Officer": "office",
        "Legal Secretary": "office",
        "Insurance Claims Handler": "office",
        # the families they were in stay theirs
        "Council Licensing Officer": "public_service",
        "Reach Truck Driver": "retail_operations",
        "Payroll Officer": "finance",
    }
    found = {
        title: _plan(title, "Reach trucks in a warehouse." if "Reach" in title else "").family
        for title in expected
    }
    assert found == expected


def test_a_security_officer_is_not_asked_about_casework_nor_a_planner_about_their_own_driving_hours() -> None:
    guard = _plan(
        "Security Officer", "Key responsibilities:\n- Patrolling the centre and car parks\n- Monitoring CCTV"
    )
    words = " ".join(q.text for q in guard.questions).lower()
    assert "casework" not in words and "a decision" not in words, words
    planner = _plan(
        "Transport Planner", "Key responsibilities:\n- Planning daily routes for 45 vehicles using Paragon"
    )
    words = " ".join(q.text for q in planner.questions).lower()
    assert "your driving hours" not in words and "your route" not in words, words
    driver = _plan("HGV Class 1 Driver", "Key responsibilities:\n- Carrying out daily walkaround checks")
    assert any(c.id == "safety_compliance" for c in driver.competencies)
    assert "casework" not in " ".join(q.text for q in driver.questions)


HR_ADVISOR = JobDetails(
    id="uxb-test-hr",
    title="HR Advisor",
    company="Meridian Care Homes",
    description=(
        "About the role\n"
        "As HR Advisor you will give first-line advice to managers across 12 homes on employee relations cases.\n"
        "Key responsibilities:\n"
        "- Advise managers on disciplinary, grievance, absence and capability cases\n"
    ),
)


def test_a_question_about_the_team_is_routed_and_the_description_is_quoted_without_its_headings() -> None:
    team = answer_from_job("Can I ask, how many people are in the HR team?", HR_ADVISOR)
    assert "hiring team at Meridian Care Homes" in team and "first-line advice" not in team, team
    day = answer_from_job("What does a typical day look like?", HR_ADVISOR)
    assert "first-line advice" in day, day
    assert "About the role" not in day and "Key responsibilities" not in day, day


def test_a_control_skipped_because_nobody_checks_it_is_careless_practice_but_finding_that_gap_is_not() -> (
    None
):
    said = "To be honest I'd just allocate it to the oldest invoice and sort it later, nobody checks that really."
    assert states_unsafe_practice(said)
    assert states_unsafe_practice("Just post it to suspense, no one will notice.")
    assert not states_unsafe_practice("The problem was nobody checks them, so I set up a rota.")
    assert not states_unsafe_practice("I kept the log complete so nobody would find out too late.")


def test_an_agreed_end_to_a_story_is_its_result_but_a_discovery_along_the_way_is_not() -> None:
    story = (
        "We had a manager who wanted to go straight to a final written warning. I showed him the policy and we "
        "did an investigation meeting first. The employee turned out to have a childcare issue and we agreed a "
        "change of shift instead."
    )
    assert read_signals(story).star["result"]
    unfinished = "I isolated the machine and it turned out the valve was faulty, so I ordered a new one."
    assert not read_signals(unfinished).star["result"]


def test_a_planner_is_not_asked_to_take_a_load_and_a_dashed_skills_line_is_no_topic_of_its_own() -> None:
    planner = JobDetails(
        id="uxb-test-tp",
        title="Transport Planner",
        description="You will plan daily routes for a fleet of 45 vehicles, allocate drivers and vehicles, "
        "respond to customer changes and monitor live deliveries on telematics.",
        requirements="Knowledge of tachograph and WTD rules\nStrong IT skills - Excel, routing software",
    )
    plan = build_interview_plan(planner, Preferences())
    words = " ".join(q.text for q in plan.questions)
    assert "take a load" not in words and "your route" not in words, words
    assert not any("IT skills" in text for text in texts(planner)), texts(planner)


def test_a_terse_expert_who_drops_the_i_has_acted_and_is_not_vague() -> None:
    terse = "Driver had a loose load strap on a walkaround photo. Stopped the vehicle, re-strapped, briefed the shift. No incident."
    signals = read_signals(terse)
    assert signals.elided_actions >= 1 and signals.star["action"] and signals.star["result"]
    assert not is_vague(signals, 0)
    assert read_signals("Worked there for years. Liked the team.").elided_actions == 0
    assert is_vague(read_signals("Safety is important, I always report things."), 0)


def test_two_situational_questions_of_a_plan_never_share_their_situation() -> None:
    housekeeper = JobDetails(
        id="uxb-test-hh",
        title="Head Housekeeper",
        description="Key responsibilities:\n- Lead a team of 20 room attendants and public area cleaners\n"
        "- Plan daily room allocation and rotas\n- Inspect rooms to brand standards before release\n"
        "- Manage linen and chemical stock and COSHH records",
    )
    plan = build_interview_plan(housekeeper, Preferences())
    situations = [q.text for q in plan.questions if "complaining loudly" in q.text or "falls ill" in q.text]
    # (a guest complaining loudly needs a duty done with guests there: it may fit none of these duties)
    assert sum("complaining loudly" in text for text in situations) <= 1, situations
    assert sum("falls ill" in text for text in situations) <= 1, situations


def test_a_gerund_joined_to_a_noun_in_a_list_of_duties_is_no_command() -> None:
    chef = JobDetails(
        id="uxb-test-sc",
        title="Sous Chef",
        description="Run the kitchen in the head chef's absence, lead the brigade on service, ordering and stock "
        "rotation, HACCP and allergen records, training junior chefs.",
    )
    assert not any(text.startswith("order and") for text in texts(chef)), texts(chef)


def test_a_question_on_working_from_home_is_not_answered_by_the_town_alone() -> None:
    job = JobDetails(
        id="uxb-test-sm", title="Social Media Executive", company="Lumen Fashion", location="Leeds"
    )
    reply = answer_from_job("Is the job in the office or from home?", job)
    assert "Leeds" in reply and "hiring team at Lumen Fashion" in reply, reply
    hybrid = job.model_copy(update={"description": "What we offer:\n- Hybrid working, 2 days at home"})
    assert "Hybrid working, 2 days at home" in answer_from_job("Is the role hybrid?", hybrid)
    assert answer_from_job("Where is the job based?", job) == "The role is based in Leeds."


def test_a_us_trucking_ad_questions_its_duties_not_its_licences() -> None:
    """A CDL, a clean MVR and a DOT physical are conditions of the job; hours of service is its knowledge."""
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.repair import answer_from_job
    from workbench.models import JobDetails, Preferences

    job = JobDetails(
        id="cdl",
        title="CDL-A Regional Truck Driver",
        company="Prairie Freight LLC",
        salary_range="$1,400 - $1,700 / week",
        description="<h3>What you'll do</h3><ul><li>Haul dry van freight across a 6-state region</li>"
        "<li>Complete pre-trip and post-trip inspections (DVIR)</li><li>Log hours of service on ELD and stay "
        "compliant with FMCSA rules</li></ul>",
        requirements="Valid Class A CDL; 1 year OTR or regional experience; clean MVR; pass DOT physical",
    )
    names = " | ".join(c.name.lower() for c in build_interview_plan(job, Preferences()).competencies)
    assert "cdl" not in names and "mvr" not in names and "physical" not in names
    assert "hours of service" in names and "haul" in names
    reply = answer_from_job("Do you pay for layovers?", job)  # asks about layovers, not the salary range
    assert "hiring team at Prairie Freight LLC" in reply and "salary" not in reply


def test_a_title_is_matched_with_its_role_abbreviation_spelled_out_and_without_whom_it_serves() -> None:
    from workbench.interviewer.planning.planner import match_occupation
    from workbench.models import JobDetails

    def matched(title: str, description: str) -> str:
        found = match_occupation(JobDetails(id="t", title=title, description=description))
        return found[0].label if found else ""

    hr = "Advise managers on absence, disciplinary and grievance cases; support recruitment and onboarding."
    assert "human resources" in matched("HR Advisor", hr)  # was *compensation analyst*
    assert matched("PA to the Managing Director", "Diary management, travel and board papers.") == (
        "executive assistant"  # was *maritime water transport general manager*
    )
    assert matched("Personal Assistant to the CEO", "Manage the CEO's diary.") == "executive assistant"


def test_the_hours_of_a_duty_do_not_answer_when_the_candidate_works() -> None:
    from workbench.interviewer.repair import answer_from_job
    from workbench.models import JobDetails

    store = JobDetails(
        id="s",
        title="Store Manager",
        company="Brightwell",
        salary_range="£36,000 - £41,000",
        description="Run a busy garden centre. Plans rotas and labour hours around footfall and the budget.",
    )
    reply = answer_from_job("What does the role pay in overtime, and how many weekends would I work?", store)
    assert "labour hours" not in reply and "working hours" in reply and "£36,000" in reply
    bakery = JobDetails(id="b", title="Baker", description="Bake bread daily. Saturday working on a rota.")
    assert "Saturday working on a rota" in answer_from_job("Do I need to work Saturdays?", bakery)
