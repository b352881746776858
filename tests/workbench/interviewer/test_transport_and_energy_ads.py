"""Transport, aviation, maritime and energy ads as they are posted (written for these tests, in no dataset):
conditions of employment (tests to pass, tickets and medicals held, training kept current, fitness, where one
lives, shifts) are no job knowledge; a comma inside a series of adjectives cuts no duty; and the title's own role
is matched in ESCO, not the role that leads it or a trade the job never speaks of."""

from __future__ import annotations

from workbench.interviewer.planning import library
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.library import item_kind
from workbench.interviewer.planning.occupation import match_occupation
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

CONDITIONS = [
    "Must pass psychometric tests and a medical (including drugs and alcohol screening)",
    "Able to concentrate for long periods",
    "Human Factors and EWIS training current",
    "GWO Basic Safety Training (BST) or willingness to obtain",
    "Offshore medical and BOSIET",
    "STCW III/2 Second Engineer CoC (Unlimited)",
    "Must live within 90 minutes of Gatwick",
    "Good level of fitness - you'll walk up to 10 miles a day",
    "Work rotating shifts covering 7 days a week",
    "Experience on a producing asset",
    "Must be a U.S. Person (ITAR)",
    "Able to work in a chilled environment (0-5°C)",
    "Self-motivated and target driven",
    "EOE/Veterans/Disabled",
    "Van driving essential",
    "Must have own brushes and hand tools",
]


def texts(job: JobDetails) -> list[str]:
    return [requirement.text for requirement in requirements(job, [])]


def test_conditions_of_employment_are_not_questioned() -> None:
    for line in CONDITIONS:
        job = JobDetails(
            id="t", title="Operator", description="", requirements=f"- {line}\n- Knowledge of DCS"
        )
        assert texts(job) == ["DCS"], (line, texts(job))


def test_a_comma_inside_a_series_of_adjectives_cuts_no_duty() -> None:
    job = JobDetails(
        id="t",
        title="Wind Turbine Technician",
        description="Duties:\n- Troubleshoot electrical, hydraulic and mechanical systems using schematics and SCADA data",
    )
    assert "troubleshoot electrical, hydraulic and mechanical systems" in texts(job), texts(job)
    assert "troubleshoot electrical" not in texts(job)
    # an adjective in "-al" goes on the series too: no duty "in medical"
    interpreter = JobDetails(
        id="t-bsl",
        title="Sign Language Interpreter",
        description="- Interpret between BSL and English in medical, legal and education settings",
    )
    assert not any(text.endswith("in medical") for text in texts(interpreter)), texts(interpreter)


CABIN_CREW = JobDetails(
    id="t-cabin",
    title="Cabin Crew - London Gatwick",
    description=(
        "As Cabin Crew your priority is the safety and security of our passengers.\n- Carry out pre-flight safety "
        "checks of cabin equipment\n- Deliver safety demonstrations and manage evacuations and first aid\n- Serve "
        "food and drinks and sell duty-free products\n- Report defects to the Senior Cabin Crew Member"
    ),
    requirements="- Customer service experience\n- Able to swim 25 metres",
)
SECOND_ENGINEER = JobDetails(
    id="t-marine",
    title="Second Engineer Officer",
    description=(
        "We are seeking a Second Engineer for our DP2 platform supply vessel.\nResponsibilities:\n- Maintain and "
        "repair main engines, generators, thrusters and auxiliary machinery\n- Manage the planned maintenance "
        "system and spare parts\n- Supervise engine room watchkeeping\n- Deputise for the Chief Engineer"
    ),
    requirements="- STCW III/2 Second Engineer CoC (Unlimited)\n- Experience with diesel-electric propulsion",
)
PROCESS_OPERATOR = JobDetails(
    id="t-og",
    title="Process Operator - Offshore",
    description=(
        "Process Operator required for a producing platform. Control and monitor the separation, gas compression "
        "and produced water systems; carry out field rounds; isolate equipment under the permit to work system."
    ),
    requirements="OPITO Process Operations Level 3. Offshore medical and BOSIET. Knowledge of DCS.",
)


def test_the_title_s_own_role_is_matched_not_the_one_that_leads_it() -> None:
    matched = match_occupation(CABIN_CREW)
    assert matched is not None and matched[0].label == "flight attendant", matched


def test_a_rank_shared_with_a_label_names_no_role_and_a_ship_s_engineer_is_a_trade() -> None:
    matched = match_occupation(SECOND_ENGINEER)
    assert matched is None or matched[0].label != "second officer", (
        matched
    )  # ESCO: an aircraft's flight engineer
    label = matched[0].label if matched else ""
    assert library.classify(SECOND_ENGINEER, label) == "skilled_trades"


def test_a_name_that_says_the_title_with_words_the_job_never_says_is_another_trade() -> None:
    matched = match_occupation(PROCESS_OPERATOR)
    assert matched is None or "milk" not in matched[0].label, matched


BUYER = JobDetails(
    id="t-buyer",
    title="Procurement Buyer",
    description=(
        "Halden Engineering is a manufacturer of hydraulic components. You will be responsible for purchasing direct "
        "materials (castings, forgings and machined parts).\nKey responsibilities:\n- Raise and place purchase orders "
        "in SAP in line with MRP\n- Negotiate price, lead times and payment terms with suppliers\n- Source new "
        "suppliers and run RFQs\n- Expedite late orders to protect production"
    ),
    requirements="- 2+ years' experience in a purchasing role within manufacturing\n- Strong negotiation skills",
)


def test_a_match_of_a_kind_the_job_never_says_yields_to_the_role_itself() -> None:
    matched = match_occupation(BUYER)
    assert matched is not None and matched[0].label == "purchaser", matched  # not *ICT buyer*


def test_a_wish_after_a_requirement_and_the_trade_s_own_name_are_no_subject_and_first_fix_is_work() -> None:
    planner = JobDetails(
        id="t",
        title="Supply Chain Planner",
        requirements="- 2+ years in supply or demand planning, ideally FMCG",
    )
    assert texts(planner) == ["supply or demand planning"], texts(planner)
    roofer = JobDetails(
        id="t", title="Roofer", requirements="3+ years roofing experience. Knowledge of ice and water shield."
    )
    assert [t.lower() for t in texts(roofer)] == ["ice and water shield"], texts(roofer)
    joiner = JobDetails(
        id="t",
        title="Site Joiner",
        description="First fix: roof trusses, floor joists, stud walls\nSecond fix: hanging doors, skirting and architrave",
    )
    assert {"first fix", "second fix"} <= {t.lower() for t in texts(joiner)}, texts(joiner)


def test_records_teaching_and_drawings_get_situations_of_their_own() -> None:
    for duty, situation in [
        ("complete technical log entries accurately", "you did not see done"),
        ("mentor mechanics and apprentices", "does not follow what you are telling them"),
        ("read blueprints and GD&T", "missing from the drawing"),
        ("carry out quality checks, including weight and seal integrity", "a reading you do not trust"),
    ]:
        kind = item_kind(duty)
        assert kind is not None and any(situation in twist for twist in kind.act_complications), duty


def test_a_definition_s_their_before_the_occupation_s_own_clients_reads_the() -> None:
    locksmith = JobDetails(id="t", title="Locksmith", description="Locksmith for lock-outs and lock changes.")
    plan = build_interview_plan(locksmith, Preferences())
    assert not [q.text for q in plan.questions if "their clients" in q.text], [q.text for q in plan.questions]


SETTER = JobDetails(
    id="t-setter",
    title="Machine Setter / Operator (Injection Moulding)",
    description=(
        "We run 40 injection moulding machines (Arburg, Engel).\nKey tasks:\n- Tool changes and machine set-ups to "
        "SOP\n- Start up and optimise processes using scientific moulding principles\n- Fault-find on tools, robots "
        "and ancillaries\n- First-off approval and in-process checks to control plan"
    ),
    requirements="- 3 years' setting experience on injection moulding machines\n- Understanding of moulding defects",
)
CAR_SALES = JobDetails(
    id="t-cars",
    title="Sales Executive - New & Used Cars",
    description=(
        "Pennine Motor Group is looking for a Sales Executive for our Ford dealership. You will greet customers and "
        "conduct needs analysis, carry out accompanied test drives, value part-exchange vehicles and present finance "
        "products in line with FCA rules."
    ),
)


def test_a_label_that_only_a_leading_role_says_is_another_job() -> None:
    matched = match_occupation(
        SETTER
    )  # "machine setter" is said only by *machine operator supervisor*'s labels
    assert matched is not None and matched[0].label == "injection moulding operator", matched
    matched = match_occupation(CAR_SALES)
    assert matched is None or not {"manager", "supervisor"} & set(matched[0].label.split()), matched


def test_a_topic_that_names_problems_is_asked_how_they_are_found_and_dealt_with() -> None:
    plan = build_interview_plan(SETTER, Preferences())
    asked = [q.text for q in plan.questions if "moulding defects" in q.text]
    assert asked, [q.text for q in plan.questions]
    ways = (
        "find the cause",
        "How did you spot them",
        "prevent moulding defects",
        "Imagine",
        "Suppose",
        "Picture",
    )
    assert all(any(way in text for way in ways) for text in asked), asked  # never "applied moulding defects"


AIRCRAFT_ENGINEER = JobDetails(
    id="t-ame",
    title="B1 Licensed Aircraft Maintenance Engineer (A320)",
    description=(
        "Line maintenance station at Manchester.\nDuties:\n- Carry out engine ground runs (where authorised)\n- Rectify "
        "defects and troubleshoot using the AMM and TSM\n- Complete technical log entries accurately"
    ),
)


def test_an_aircraft_maintenance_engineer_is_not_asked_about_a_production_line() -> None:
    plan = build_interview_plan(AIRCRAFT_ENGINEER, Preferences())
    lines = [q.text for q in plan.questions if "the line going" in q.text or "line is behind" in q.text]
    assert not lines, lines
