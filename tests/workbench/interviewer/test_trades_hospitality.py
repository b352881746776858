"""Job board ads for trades, hospitality, transport and childcare, as pasted: the conditions of employment they
list beside the duties (an age, the candidate's own kit, a card to hold, references, a language, a household's
terms, the ad's own exclamations) are not questioned, and a situational twist is put only to a duty it fits.
The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _questions(job: JobDetails) -> list[str]:
    return [q.text for q in build_interview_plan(job, Preferences()).questions]


def test_conditions_of_employment_in_an_ad_are_not_questioned() -> None:
    ads = {
        "Multi-drop Delivery Driver": (
            "Delivery Driver - Immediate Start!! Van provided.\n- Deliver 120-180 parcels a day on a set route\n"
            "- Take photos for proof of delivery and handle returns",
            "Full UK manual driving licence held for at least 1 year\nAge 21+\nSmartphone for the app",
            ("immediate start", "age 21", "smartphone"),
        ),
        "Bus Driver": (
            "Drive Leeds! We are recruiting bus drivers.\n- Drive safely and on time on your allocated routes\n"
            "- Carry out daily vehicle walk-round checks and report defects",
            "- Minimum age 18 (21 for some routes)\n- PCV (D) licence, or willing to train",
            ("drive leeds", "minimum age"),
        ),
        "Full-Time Nanny": (
            "- Care for the baby: bottles, naps, nappies\n- Prepare healthy meals and snacks for the kids",
            "- 3+ years nanny experience with infants, with references\n- Non-smoker, comfortable with a dog",
            ("references", "non-smoker", "dog"),
        ),
        "Security Officer": (
            "- Control access to the building and issue visitor passes\n- Monitor CCTV and respond to alarms",
            "- 5 years checkable work history for BS7858 vetting\n- First Aid at Work an advantage\n"
            "- Good spoken and written English",
            ("work history", "first aid", "english"),
        ),
        "Barista": (
            "- Dial in espresso daily and pull consistent shots\n- Steam milk and pour latte art",
            "- Food handler card (or get one within 30 days)\n- Own tools not needed",
            ("food handler card",),
        ),
        "Electrician's Mate": (
            "- Chasing walls, lifting floorboards and pulling cables\n- Loading and unloading the van",
            "- Some experience on building sites preferred but not essential\n- Own tools",
            ("sites preferred", "own tools"),
        ),
    }
    for title, (description, wanted, conditions) in ads.items():
        job = JobDetails(id=title, title=title, description=description, requirements=wanted)
        asked = " ".join(_questions(job)).lower()
        for condition in conditions:
            assert condition not in asked, (title, condition, asked)


def test_a_situational_twist_is_put_only_to_a_duty_it_fits() -> None:
    """An allergy after the order is a food duty's twist, not a payment's or a team's; a missing child is a
    shop's or a venue's, not an office tower's; a parcel nobody receives is a courier's, not a bus driver's;
    a stock count is a stock duty's, not an equipment check's; a class is a teacher's, not a caretaker's."""
    jobs = [  # title, duties, requirements, the duties no twist below fits
        (
            "Barista",
            "- Handle cash and card payments on Square\n- Lead the weekend team of four",
            "Weekend shifts",
            ("cash and card payments", "weekend team"),
        ),
        (
            "Restaurant Manager",
            "- Lead a front of house team of 20\n- Control labour costs against budget",
            "Experience with EPOS",
            ("front of house team", "labour costs"),
        ),
        (
            "Security Officer",
            "Corporate office tower.\n- Carry out regular patrols\n- Deal with incidents and "
            "complete incident reports",
            "Valid SIA licence",
            ("patrols", "incidents"),
        ),
        (
            "Bus Driver",
            "- Provide a helpful service to passengers\n- Drive safely on your allocated routes",
            "PCV licence",
            ("service to passengers", "allocated routes"),
        ),
        (
            "Forklift Operator",
            "- Inspect equipment at the start of each shift\n- Keep your work area clean",
            "Forklift certification",
            ("inspect equipment", "work area"),
        ),
        (
            "School Caretaker",
            "- Complete weekly fire alarm tests and keep the logs\n- Open and lock up the school "
            "buildings\n- Carry out minor repairs",
            "Practical DIY skills",
            ("fire alarm", "lock up", "repairs"),
        ),
    ]
    misfits = (
        "severe allergy",
        "child is missing",
        "not there to receive the delivery",
        "stock count",
        "half the class",
    )
    for title, description, wanted, duties in jobs:
        job = JobDetails(id=title, title=title, description=description, requirements=wanted)
        for question in _questions(job):
            misfit = any(twist in question for twist in misfits) and any(duty in question for duty in duties)
            assert not misfit, (title, question)


def test_wrong_practice_of_gas_work_and_childcare_said_in_their_own_words_is_caught() -> None:
    from workbench.interviewer.unsafe_practice import states_unsafe_practice

    unsafe = [
        "If the flue gas reading is a bit high but the customer is elderly, I'll leave it running and come back.",
        "I don't bother with the warning notice for that.",
        "I would just put them in the naughty corner for ten minutes and not let them have snack.",
        "I'd ask them lots of questions to find out exactly what happened and who did it.",
    ]
    safe = [
        "If the reading is high I turn it off, cap it and issue a warning notice with the customer's consent.",
        "I leave it running for ten minutes to warm up before I take the combustion reading.",
        "We make sure every child has their snack, and nobody is ever left out of lunch.",
        "I listen, I don't ask leading questions, and I pass it to the DSL straight away.",
    ]
    for sentence in unsafe:
        assert states_unsafe_practice(sentence), sentence
    for sentence in safe:
        assert not states_unsafe_practice(sentence), sentence


def test_an_adjective_after_a_determiner_keeps_its_noun_in_the_duty() -> None:
    """ "Provide a friendly, helpful service" was asked as "provide a friendly"; "Maintain a safe and clean work
    area" as "maintain a safe" and "clean work area"."""
    from workbench.interviewer.planning.jobtext import requirements

    lines = {
        "- Provide a friendly, helpful service to passengers, including those with disabilities and buggies": [
            "provide a friendly, helpful service to passengers"
        ],
        "- Maintain a safe and clean work area and follow OSHA rules": [
            "maintain a safe and clean work area",
            "follow OSHA rules",
        ],
        "- Create a safe, stimulating and caring environment for the children and plan activities": [
            "create a safe, stimulating and caring environment for the children",
            "plan activities",
        ],
    }
    for line, duties in lines.items():
        job = JobDetails(id="ad", title="Worker", description=line)
        assert [r.text for r in requirements(job, [])] == duties, line


def test_a_trades_or_hospitality_verb_opens_an_activity_not_a_topic() -> None:
    """ "Steam milk and pour latte art" was a topic ("your approach to steam milk and pour latte art")."""
    from workbench.interviewer.planning.jobtext import requirements

    ad = "- Steam milk and pour latte art\n- Isolate the gas supply before work\n- Shoot photos for the website"
    found = requirements(JobDetails(id="ad", title="Worker", description=ad), [])
    assert [(r.text, r.shape) for r in found] == [
        ("steam milk and pour latte art", "act"),
        ("isolate the gas supply before work", "act"),
        ("shoot photos for the website", "act"),
    ], found


def test_a_candidates_question_on_training_kit_or_perks_is_answered_from_the_ad() -> None:
    """ "do you pay for the PCV training" was answered with the salary and the training routed, though the ad
    says "paid training"; a van the salary line offers was routed as unknown."""
    from workbench.interviewer.repair import answer_from_job

    bus = JobDetails(
        id="bus",
        title="Bus Driver",
        company="Metroline Travel",
        salary_range="£35,500 per year",
        description="- Drive safely on your allocated routes\nBenefits: Free travel on the TfL network, pension, "
        "paid training.",
    )
    plumber = JobDetails(
        id="plumber",
        title="Plumber",
        company="Aqua Fix",
        salary_range="£36,000 - £40,000 + van + fuel card",
        description="- Diagnose and repair leaks",
    )
    assert "£35,500" in answer_from_job("what is the pay for overtime?", bus)
    training = answer_from_job("do you pay for the PCV training", bus)
    assert "paid training" in training and "salary" not in training, training
    both = answer_from_job("what is the pay and is there training?", bus)
    assert "£35,500" in both and "paid training" in both and "don't have" not in both, both
    van = answer_from_job("what is the pay and do you provide a van?", plumber)
    assert "van + fuel card" in van and "don't have" not in van, van


def test_a_hotel_room_attendant_is_interviewed_as_hospitality() -> None:
    job = JobDetails(
        id="room",
        title="Room Attendant",
        description="- Clean and service around 14-16 bedrooms per shift to brand standards\n"
        "- Change linen, make beds, clean bathrooms\n- Restock amenities and report lost property",
    )
    plan = build_interview_plan(job, Preferences())
    assert plan.family == "hospitality", plan.family
    assert any("guest" in q.text for q in plan.questions)


def test_an_ads_blurb_career_stage_and_noun_compounds_are_not_made_duties() -> None:
    """Seen: "brightpath builds scheduling software for home healthcare agencies" (the about-us) questioned as
    a competency; "Walk me through your approach to towards IStructE or ICE chartership"; "What would you do if
    someone asks you to leave something important out of work to tight deadlines?"; "balance sheet and cash
    flow" asked as a duty to "balance sheet"."""
    from workbench.interviewer.planning.jobtext import requirements

    jobs = [
        JobDetails(
            id="qa",
            title="QA Tester",
            company="Brightpath Software",
            description="Brightpath builds scheduling software for home healthcare agencies.\n\nWhat you'll do:\n"
            "- Write and execute manual test cases\n- Perform regression testing before each release",
        ),
        JobDetails(
            id="se",
            title="Structural Engineer",
            description="- Prepare calculations, sketches and specifications",
            requirements="- Working towards IStructE or ICE chartership\n- Competent with Tekla Structural Designer",
        ),
        JobDetails(
            id="rep",
            title="Reporter",
            description="- Build a network of contacts across the community\n- Work to tight deadlines",
        ),
        JobDetails(
            id="weld",
            title="Welder",
            description="- Read and interpret engineering drawings and weld symbols",
        ),
        JobDetails(
            id="ma",
            title="Management Accountant",
            description="- Prepare the monthly management accounts pack, including P&L, balance sheet and cash flow",
        ),
    ]
    texts = [r.text.lower() for job in jobs for r in requirements(job, [])]
    for wrong in ("brightpath builds", "towards", "chartership", "competent with", "tight deadlines"):
        assert not any(wrong in text for text in texts), (wrong, texts)
    assert not any(text.startswith(("balance sheet", "weld symbols")) for text in texts), texts
    assert "tekla structural designer" in texts, texts


def test_a_speech_to_text_candidate_is_not_told_there_is_no_rush_for_fillers() -> None:
    """Fillers are how speech-to-text writes every answer: "take your time, there's no rush" was said on
    three of four turns to a bus driver who was not nervous, then once; fillers at this density are not nerves
    at all (`signals.FILLER_WEIGHT`), so it is never said."""
    from datetime import UTC, datetime, timedelta

    from workbench.interviewer.baseline import BaselineInterviewer
    from workbench.models import CandidateDetails

    job = JobDetails(
        id="bus",
        title="Bus Driver",
        company="Metroline Travel",
        description="- Drive safely and on time on your allocated routes\n"
        "- Carry out daily vehicle walk-round checks and report defects",
    )
    answers = [
        "yeah so um i've been driving buses for like six years with first in leeds and um i'm moving down so yeah",
        "um so basically you know i do the walk round check every morning like tyres lights mirrors and um doors",
        "um so like if someone's kicking off on the bus i stay calm you know and um i call control",
        "uh so basically i um keep to the timetable and like i check the mirrors you know all the time",
    ]
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    interviewer = BaselineInterviewer()
    state = interviewer.start(job, CandidateDetails(id="cand-darren", name="Darren"), "", Preferences(), now)
    said = []
    for answer in answers:
        now += timedelta(seconds=60)
        state, step = interviewer.answer(state, answer, now)
        said.append(step.response)
    assert sum("no rush" in response for response in said) == 0, said
