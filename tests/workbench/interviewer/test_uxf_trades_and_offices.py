"""Delivery, payroll and mortgage jobs pasted as hiring teams write them (shouted capitals, HTML, a headcount
with a thousands comma). The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

import re

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.occupation import match_occupation
from workbench.models import JobDetails


def _texts(job: JobDetails) -> list[str]:
    return [r.text for r in requirements(job, [])]


def test_a_headcount_with_a_thousands_comma_stays_whole() -> None:
    job = JobDetails(
        id="job-payroll-administrator",
        title="Payroll Administrator",
        description=(
            "PAYROLL ADMINISTRATOR. Processing weekly and monthly payrolls for approx 1,200 employees across our "
            "care homes. Inputting starters, leavers and changes; answering payroll queries."
        ),
    )
    texts = _texts(job)
    assert not any(t.endswith((" 1", " approx 1")) for t in texts), texts
    assert any("1,200 employees" in t for t in texts), texts


def test_licence_points_are_a_condition_not_job_knowledge() -> None:
    for line in (
        "FULL UK LICENCE. NO MORE THAN 6 POINTS. RIGHT TO WORK IN UK.",
        "Full UK licence. Max 6 points.",
        "Maximum 9 penalty points",
        "3 points or fewer on your licence",
    ):
        job = JobDetails(
            id="job-multi-drop-delivery-driver",
            title="Multi Drop Delivery Driver",
            description="Deliver parcels.",
            requirements=line,
        )
        assert not any("point" in t for t in _texts(job)), (line, _texts(job))


def test_a_brokerage_mortgage_adviser_is_a_mortgage_broker() -> None:
    job = JobDetails(
        id="job-mortgage-adviser",
        title="Mortgage Adviser",
        description=(
            "<h3>Mortgage Adviser – Leeds – £30k basic + uncapped commission</h3><p>We are a whole-of-market "
            "mortgage and protection brokerage. You will:</p><ul><li>Handle inbound and warm leads from estate "
            "agent partners</li><li>Carry out fact finds and affordability assessments</li><li>Research and "
            "recommend suitable mortgage and protection products</li><li>Manage cases "
            "from application through to completion, liaising with lenders, solicitors and estate agents</li>"
            "<li>Ensure all advice is compliant with FCA MCOB rules and is fully documented</li></ul><p><em>Keystone "
            "Mortgages is an Appointed Representative of ... Ltd which is authorised and regulated by the "
            "Financial Conduct Authority.</em></p>"
        ),
        requirements="CeMAP qualified (essential). CeRER desirable. Minimum 12 months' experience as a competent adviser.",
        skills_required=["fact find", "affordability assessment", "product research", "MCOB compliance"],
    )
    match = match_occupation(job)
    assert match is not None and "mortgage" in match[0].label, match


def _questions(job: JobDetails) -> list[str]:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    return [q.text for q in build_interview_plan(job, Preferences()).questions]


PICKER = JobDetails(
    id="uxf-picker",  # (a fixed id: the plan's templates are seeded by it)
    title="Warehouse Picker Packer",
    description=(
        "The role:\n- Pick customer orders accurately using RF handheld scanners\n- Pack orders securely to our "
        "packing standards\n- Meet pick rate targets (120 units per hour)\n- Follow health and safety rules "
        "including manual handling\nBenefits: Free parking, on-site canteen, staff discount 20%, weekly pay."
    ),
    requirements="Previous warehouse experience desirable but full training given.",
    skills_required=["order picking", "packing", "RF scanner", "manual handling"],
)
MERCHANDISER = JobDetails(
    id="uxf-vm",  # (a fixed id: the plan's templates are seeded by it)
    title="Visual Merchandiser",
    description=(
        "Visual Merchandiser - Full Time. Bring our brand to life! You will: Deliver window and in-store disp"
        "lays to head office guidelines and seasonal campaigns; Merchandise floor layouts and fixtures to max"
        "imise sales using sales data and trading reports; Adapt VM guidelines to the store layout; Train and"
        " inspire store teams on VM standards; Manage the VM props budget and stock of props. About you: crea"
        "tive eye, strong commercial awareness, happy to work at height on ladders and in windows."
    ),
    requirements="Previous visual merchandising experience in fashion or department store retail. Portfolio of work. Flexible to work early mornings and some evenings for floor moves.",
    skills_required=["window displays", "floor layouts", "commercial awareness", "VM guidelines"],
)
BUYER = JobDetails(
    id="uxf-buyer",  # (a fixed id: the plan's templates are seeded by it)
    title="Procurement Buyer",
    description=(
        "Source and purchase direct materials (steel, castings, fasteners); run RFQs and tenders, evaluate bids "
        "and negotiate price and terms; raise purchase orders in the ERP system and expedite deliveries."
    ),
    requirements="Experience as a buyer in a manufacturing environment. MCIPS or working towards.",
    skills_required=["sourcing", "negotiation", "supplier management", "purchase orders"],
)
CLAIMS = JobDetails(
    id="uxf-claims",  # (a fixed id: the plan's templates are seeded by it)
    title="Insurance Claims Handler (Motor)",
    description=(
        "Manage a caseload of motor claims from first notification of loss through to settlement: investigate "
        "claims and establish liability; set and review reserves; refer potential fraud to Counter Fraud."
    ),
    requirements="Previous claims handling experience in an insurance environment.",
    skills_required=[
        "claims handling",
        "liability assessment",
        "reserving",
        "fraud awareness",
        "customer service",
    ],
)


def test_a_handheld_scanner_has_situations_of_its_own() -> None:
    scanner = [q for q in _questions(PICKER) if "scanner" in q.lower()]
    assert scanner, _questions(PICKER)
    for text in scanner:
        assert "figures for" not in text and "plan for" not in text, text


def test_figures_that_do_not_match_are_counted_goods_not_a_layout() -> None:
    from workbench.interviewer.planning.library import families

    twists = families()["retail_operations"].fitted(MERCHANDISER).complications
    figures = [t for t in twists if "figures for" in t.text]
    assert figures
    for item in ("floor layouts", "window displays", "commercial awareness", "RF scanner"):
        assert not any(t.fits(item) for t in figures), item
    assert all(t.fits("stock counts") for t in figures)
    assert not re.search(r"figures for floor layouts", " ".join(_questions(MERCHANDISER)))


def test_office_situations_name_a_piece_of_work_not_a_skill() -> None:
    for job in (BUYER, CLAIMS):
        for text in _questions(job):
            assert not re.search(
                r"needs (?:negotiation|sourcing|reserving|liability assessment|fraud)", text
            ), text
            assert not re.search(r"mistake in (?:fraud awareness|negotiation|sourcing|reserving)", text), text


# What a multi-drop driver or a dog groomer says of their own practice, wrong and right, in everyday words.
UNSAFE_SAID = (
    "To be honest the van checks take too long so I just start driving, if something's wrong you'll hear it.",
    "I don't really do the walkaround checks, they take too long, if something's wrong with the van you'll hear it.",
    "At Domino's it was the Friday rush, I'd do like 40 in the 30s to keep the times down, everybody does.",
    "If nobody answers I just chuck it over the side gate or leave it behind the bin and mark it delivered.",
    "If it's overweight I'd still take it, the van can handle more than they say.",
    "Heavy parcels I just lift them with my back, fast, you get used to it.",
    "I leave dogs in the cage dryer on high while I do the next one, it saves loads of time.",
    "If you nick the skin a bit it's fine, the owners don't notice, I just put a bit of powder on.",
    "I hand strip by pulling the whole coat out quick, it's faster, they yelp but they get over it.",
    "If I saw a lump I wouldn't say anything, it's not my job and owners get upset.",
    "The hardest part was a biting terrier, I just held him down by the neck really tight till he gave up.",
)
SAFE_SAID = (
    "Then I do my walkaround, tyres, lights, mirrors, any dents, and put it on the app before I go.",
    "If nobody's in I try a neighbour if the customer allowed it, or a safe place they've set, and I take a photo.",
    "For heavy box I bend knees, keep box near my body, no twist. If very heavy I ask colleague or use the trolley.",
    "The biggest mistake is leaving the dryer on high near the face. I never use a cage dryer unattended.",
    "If we're short I'd still not rush clipping, I'd ring the owners and move a couple of appointments.",
    "If I find a lump or fleas I stop, tell the owner at pick-up, write it on the card, and suggest the vet.",
    "I never leave dogs in the cage dryer while I do the next one.",
    "I'd never go over the speed limit, I plan the route so I'm not rushing.",
    "In town I keep to 20 in the 20s near schools and 30 in the 30s.",
    "If it's overweight I wouldn't take it, I'd ring the depot and get it split.",
    "The dog yelped when I touched his ear, so I stopped, and told the owner it might be an infection.",
)


def test_unsafe_driving_and_grooming_practice_is_flagged() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in UNSAFE_SAID if unsafe_sentence(s) is None] == []


def test_safe_driving_and_grooming_practice_is_not_flagged() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in SAFE_SAID if unsafe_sentence(s) is not None] == []


def test_a_one_line_resume_opening_with_the_owner_name_is_no_role() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.planning.resume import resume_probes
    from workbench.models import Preferences

    job = JobDetails(
        id="job-multi-drop-delivery-driver-2",
        title="Multi Drop Delivery Driver",
        description="Deliver 120 parcels a day. Daily van checks.",
    )
    plan = build_interview_plan(job, Preferences())
    resume = "Kyle Brennan, Courier (self-employed, Amazon Flex) 2022-2024; Pizza delivery driver, Domino's 2020-2022"
    texts = [p.text for p in resume_probes(plan, resume, job)]
    assert texts and not any("Brennan" in t or "brennan" in t for t in texts), texts
    # a role and its employer still read as one
    texts = [p.text for p in resume_probes(plan, "Senior Driver, Sunrise Couriers, 2019-2023", job)]
    assert any("a senior driver at Sunrise Couriers" in t for t in texts), texts


def test_a_clarification_in_simple_grammar_is_one() -> None:
    from workbench.interviewer.repair import reply_kind, term_not_in_question

    question = (
        "Describe how you have applied order picking recently. What did you do, and how did it turn out?"
    )
    for reply in ("sorry what you mean by five S?", "What means RAMS?", "what is mean CVR in this job?"):
        assert reply_kind(reply, question=question) == "clarification_request", reply
    assert term_not_in_question("sorry what you mean by five S?", question) == "five S"
    # an answer that says what it means is still an answer
    answer = "What I mean is I scan the location first, then the item, then check the quantity."
    assert reply_kind(answer, question=question) == "answer"


# What a quantity surveyor, a payroll administrator or an HR officer says of their own practice.
UNSAFE_IN_THE_OFFICE = (
    "With variations we just get the work done and sort the paperwork out at the end of the job.",
    "I never bother with written instructions, it slows everything down.",
    "I just pick the cheapest subbie quote and send the order, no point levelling, they're all the same really.",
    "If the payroll doesn't balance I just post the difference to suspense and sort it next month.",
    "I hold back some invoices so the month looks better.",
    "I process the starter before the right to work check comes back, it saves time.",
    "I let them start before the references come back.",
)
SAFE_IN_THE_OFFICE = (
    "I always get the instruction in writing before any varied work starts.",
    "I level every quote so the comparison is fair, then I check the scope gaps.",
    "We never post a difference to suspense without a note and a date to clear it.",
    "I never post the difference to suspense, I find it.",
    "I wait until the right to work check has come back before I process the starter.",
    "I don't start anyone before the DBS check comes back.",
    "Before the DBS check comes back they can shadow but not work alone.",
    "I reconcile the CVR monthly so the figures are right for the board.",
    "I make sure the report reads right for a non-specialist, so I cut the jargon.",
)


def test_unsafe_office_practice_is_flagged_and_its_safe_counterpart_is_not() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in UNSAFE_IN_THE_OFFICE if unsafe_sentence(s) is None] == []
    assert [s for s in SAFE_IN_THE_OFFICE if unsafe_sentence(s) is not None] == []


def test_various_contractors_is_no_employer() -> None:
    from workbench.interviewer.planning.resume import role_parts

    assert role_parts("Surveyor, Various contractors 2015-2024") is None
    assert role_parts("Delivery Driver, Self-employed, 2020-2022") is None
    assert role_parts("Quantity Surveyor, Willmott Dixon, 2019 to present") == (
        "a quantity surveyor",
        "Willmott Dixon",
    )


DATA_ENTRY = JobDetails(
    id="uxf-data-entry",
    title="Data Entry Clerk",
    company="ClearPath Solicitors",
    location="Remote (UK)",
    description=(
        "Data Entry Clerk needed ASAP. Temp to perm. Inputting client and case information into our case "
        "management system accurately and quickly; scanning and indexing documents; checking and correcting "
        "data errors; maintaining confidentiality (GDPR)."
    ),
    requirements="Typing speed 50 wpm+. Attention to detail. Good knowledge of Microsoft Office.",
)


def _interview(job: JobDetails, answers: list[str]) -> list[tuple[str, str, str]]:
    from datetime import UTC, datetime, timedelta

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails, Preferences

    resume = "Data Entry Administrator, Capita, 2020-2024: 12,000 keystrokes an hour at 99.7% accuracy"
    interviewer = BaselineInterviewer()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    candidate = CandidateDetails(id="cand-sam-jones", name="Sam Jones", resume_text=resume)
    state = interviewer.start(job, candidate, resume, Preferences(), now)
    said = []
    for answer in answers:
        now += timedelta(seconds=60)
        state, step = interviewer.answer(state, answer, now)
        said.append((state.turns[-1].kind, step.response, step.question))
    return said


def test_the_opening_asked_again_comes_without_its_greeting() -> None:
    said = _interview(
        DATA_ENTRY, ["Before we start, can I ask is this role fully remote and what are the hours?"]
    )
    kind, _, question = said[0]
    assert kind == "candidate_question"
    assert "thanks for joining" not in question and "Hi Sam" not in question, question
    assert question.startswith("Coming back to my question: to start"), question


def test_a_start_date_is_answered_from_the_ad_not_called_a_benefit() -> None:
    from workbench.interviewer.repair import answer_from_job

    reply = answer_from_job("When is the start date?", DATA_ENTRY)
    assert "benefits" not in reply and "ASAP" in reply, reply
    other = DATA_ENTRY.model_copy(update={"description": "Inputting client information accurately."})
    reply = answer_from_job("When is the start date?", other)
    assert "benefits" not in reply and "hiring team" in reply, reply
    # with a second question the ad's line on it still comes (a start date does not crowd it out)
    van = VAN_DRIVER.model_copy(update={"company": "Swiftparcel Logistics Ltd"})
    reply = answer_from_job("What's the pay for overtime and when would I start?", van)
    assert "overtime at time and a half" in reply, reply


def test_a_question_past_the_repairs_a_question_allows_is_still_answered() -> None:
    said = _interview(
        DATA_ENTRY,
        [
            "I did data entry at Capita on the DVLA contract for four years.",
            "What's the pay?",
            "Is it temp to perm?",
            "What are the next steps after this?",
        ],
    )
    _, response, _ = said[-1]
    assert "next steps" in response, said[-1]


# A landscaper's and a motor claims handler's own practice, wrong and right.
UNSAFE_OUTDOORS_AND_CLAIMS = (
    "If someone got hurt I'd keep going to finish the job and tell the boss at the end of the day.",
    "The mini digger I'd use near the gas line without the CAT scan, you can usually tell where they are.",
    "If the hedge trimmer guard is loose I just tape it up and carry on.",
    "For liability I just go with whatever our policyholder tells me, I don't ask for dashcam or witnesses.",
    "I'd tell the customer their claim is covered before checking the policy wording, it keeps them happy.",
)
SAFE_OUTDOORS_AND_CLAIMS = (
    "If someone got hurt I would stop the job, give first aid and report it straight away.",
    "If someone got hurt I would not keep going.",
    "If the guard is loose I stop, tag the trimmer out and use another one.",
    "I always scan with the CAT and genny before we dig, and check the service drawings.",
    "I never dig without a CAT scan.",
    "I always ask for dashcam footage and witness details.",
    "I never tell a customer they are covered before checking the policy wording.",
    "I check the policy wording before I tell the customer whether they are covered.",
)


def test_unsafe_landscaping_and_claims_practice_is_flagged_and_its_safe_counterpart_is_not() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in UNSAFE_OUTDOORS_AND_CLAIMS if unsafe_sentence(s) is None] == []
    assert [s for s in SAFE_OUTDOORS_AND_CLAIMS if unsafe_sentence(s) is not None] == []


# A joiner's own practice (and a groomer's lift), wrong and right.
UNSAFE_JOINERY = (
    "On fire doors I just pack the gaps with a bit of foam, the intumescent strips are a waste of money.",
    "If the fire door hinge screws are missing I just use two, nobody checks.",
    "I cut the notches in the joists wherever the plumber wants, it's fine.",
    "When first fixing I don't bother with a level, I can do it by eye.",
    "With the nail gun I keep my finger on the trigger and bump fire it all day.",
    "I take the guard off the circular saw because it gets in the way.",
    "I pick up the dog by the scruff when it wriggles.",
)
SAFE_JOINERY = (
    "I fit intumescent strips and smoke seals on every fire door, they are not a waste of money.",
    "I never bump fire the nail gun, I use the sequential trigger.",
    "I never take the guard off the saw.",
    "If the guard is damaged I take the saw out of use and report it.",
    "I check the notches against the span tables so the joists are not weakened.",
    "I never do it by eye, I use a laser level.",
    "You can't hang a door by eye, I always use a level.",
    "I don't bother with the level for skirting, I use a laser.",
    "I lift small dogs with one arm under the chest and one under the back end.",
    "I make sure every screw is in, even if nobody checks it.",
)


def test_unsafe_joinery_is_flagged_and_its_safe_counterpart_is_not() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in UNSAFE_JOINERY if unsafe_sentence(s) is None] == []
    assert [s for s in SAFE_JOINERY if unsafe_sentence(s) is not None] == []


VAN_DRIVER = JobDetails(
    id="job-van-1",
    title="Multi-Drop Van Delivery Driver",
    company="Swiftparcel Logistics Ltd",
    description=(
        "<p><strong>Multi-drop Delivery Driver - 3.5t vans</strong></p><ul><li>Load your van in the morning in "
        "drop order using our handheld scanner</li><li>Deliver 120-150 parcels a day across LE postcodes</li>"
        "<li>Complete daily vehicle walkaround checks and report defects</li><li>Obtain proof of delivery "
        "(signature/photo)</li></ul><p>What we offer: £13.50/hr, overtime at time and a half, company pension</p>"
    ),
    requirements="Full UK manual driving licence held for 2+ years, max 6 points. Able to lift parcels up to 25kg.",
    skills_required=["multi-drop delivery", "vehicle checks", "route planning", "customer service"],
)


def test_a_driver_with_route_planning_meets_a_drivers_situations_once_each() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.models import Preferences

    for difficulty in ("easy", "medium", "hard"):
        plan = build_interview_plan(VAN_DRIVER, Preferences(difficulty_level=difficulty))
        situations = [q.text for q in plan.questions if q.form == "situational"]
        breakdowns = [t for t in situations if "breaks down" in t]
        assert len(breakdowns) <= 1, situations
        assert not any("a driver calls in sick" in t or "one more pallet" in t for t in situations), (
            situations
        )
        for text in situations:
            if "load your van" in text:
                assert "partway through the route" not in text and "not there to receive" not in text, text


def test_a_results_line_is_probed_and_a_driving_licence_is_not() -> None:
    from workbench.interviewer.planning.planner import build_interview_plan
    from workbench.interviewer.planning.resume import resume_probes
    from workbench.models import Preferences

    resume = (
        "Darren Kowalski\n"
        "Multi-drop Driver - DPD (via Allstar Couriers), Leicester - Mar 2021 to present\n"
        "- 130+ drops a day, 99.2% first-time delivery rate, zero at-fault accidents\n"
        "Warehouse Operative - Next Distribution, Enderby - 2018 to 2021\n"
        "Full UK licence (B), 0 points. Enhanced DBS (2023).\n"
    )
    plan = build_interview_plan(VAN_DRIVER, Preferences())
    texts = [p.text for p in resume_probes(plan, resume, VAN_DRIVER)]
    assert any("99.2% first-time delivery rate" in t for t in texts), texts
    assert not any("licence" in t or "DBS" in t for t in texts), texts


def test_an_awareness_has_the_warning_sign_for_its_situation() -> None:
    from workbench.interviewer.planning.library import item_kind

    for item in ("fraud awareness", "commercial awareness", "safeguarding awareness"):
        kind = item_kind(item)
        assert kind is not None and all("gone out" not in t and "needs" not in t for t in kind.complications)
    texts = _questions(CLAIMS)
    assert not any("mistake in fraud awareness" in t or "information about fraud" in t for t in texts), texts


# A mortgage adviser's, a payroll administrator's and a data entry clerk's own practice, wrong and right.
UNSAFE_ADVICE_AND_RECORDS = (
    "If the affordability is tight I just round their income up a bit on the application.",
    "I don't bother with a full fact find for remortgages, I just go with the cheapest rate.",
    "I put them on interest only to make it affordable, even if they have no repayment plan.",
    "If they are self-employed I just take their word for the income.",
    "I recommend the lender that pays the best proc fee.",
    "For payroll I just copy last month's figures if the timesheets are late.",
    "I type the data in as fast as I can and don't bother checking it.",
    "I leave client files open on my screen when I go for lunch.",
)
SAFE_ADVICE_AND_RECORDS = (
    "I always verify income with payslips and bank statements before I recommend anything.",
    "I never take their word for the income, I ask for SA302s.",
    "I never round the income up, I use the figure on the payslip.",
    "I recommend the product that suits the client, not the one that pays the best proc fee.",
    "I never copy last month's figures, I chase the timesheets.",
    "I lock my screen and never leave client files open.",
    "Interest only is only suitable where there is a credible repayment plan.",
    "I check everything twice, because the lender won't check it for me.",
)


def test_unsafe_advice_and_record_keeping_is_flagged_and_its_safe_counterpart_is_not() -> None:
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    assert [s for s in UNSAFE_ADVICE_AND_RECORDS if unsafe_sentence(s) is None] == []
    assert [s for s in SAFE_ADVICE_AND_RECORDS if unsafe_sentence(s) is not None] == []
