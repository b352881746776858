"""A resume line of care work done for other people is quoted in a resume probe though it holds health,
pregnancy or childcare words (`planning.care_duty`), and the candidate's own time away or health never is.
Care, nursing, pharmacy, vet, childcare and dental lines written here, in no dataset; fixed job ids."""

from __future__ import annotations

import pytest

from workbench.interviewer.guards import guard_question, protected_topic
from workbench.interviewer.planning.care_duty import care_duty
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_items, resume_probes
from workbench.models import JobDetails, Preferences

CARE_LINES = [
    "Supported 12 clients with personal care and medication prompts",  # home carer
    "Administered medication to 30 residents on the morning round",  # care home nurse
    "Dispensed 300 prescriptions a day and checked patients' medication histories",  # pharmacy
    "Vaccinated and gave medication to 50 dogs a week",  # vet nurse
    "Cared for pregnant ewes during lambing season, 400 head",  # farm vet
    "Led antenatal classes for 20 pregnant women a month",  # midwife
    "Level 3 Diploma in Childcare and Education",  # nursery
    "Childcare Practitioner, Little Acorns Nursery, 2018-2023",
    "Supported 30 nervous patients a day with anxiety and medical conditions through treatment",  # dental
    "Supported 8 adults with learning disabilities to live independently",
    "Healthcare Assistant, Mental Health Unit, St Ann's Hospital, 2019-2022",
    "Reduced medication errors on the ward by 40% in 2023",
]


@pytest.mark.parametrize("line", CARE_LINES)
def test_care_work_for_others_is_a_quotable_resume_line(line: str) -> None:
    assert protected_topic(line) is not None  # the question guard still reads it as protected ...
    assert care_duty(line)  # ... and the resume probe reads it as care work
    resume = f"Sam Reed\n{line}\nTeam player who enjoys a busy shift\n"
    assert line in [item.text for item in resume_items(resume)]


OWN_LINES = [
    "Maternity leave 2019-2020",
    "Parental leave 2022",
    "Took 6 months off for cancer treatment",
    "Career break 2017-2019 raising my children",
    "Career break 2018-2020 to care for my mother after her stroke",
    "Living with MS since 2018; supported 10 clients",
    "Medication for depression since 2019",
    "Wheelchair user since 2015",
    "Pregnant, due March 2025",
    "Childcare for two children under five limits evening work",
    "Supported clients with personal care; my own illness in 2020 kept me off for 3 months",
    "Supported 10 clients with medication during my pregnancy",
    "Supported Muslim clients during Ramadan",
    "Chronic illness: managed alongside 12-hour shifts",
]


@pytest.mark.parametrize("line", OWN_LINES)
def test_the_candidates_own_time_away_or_health_is_never_quoted(line: str) -> None:
    assert not care_duty(line)
    resume = f"Sam Reed\nCare Assistant, Brightside Homecare, 2021-2024\n{line}\n"
    texts = [item.text for item in resume_items(resume)]
    assert texts == ["Care Assistant, Brightside Homecare, 2021-2024"]


CASES = [
    (
        JobDetails(
            id="care26-home-carer",
            title="Domiciliary Care Worker",
            description="Visit older people in their own homes across the district to help them live independently.",
            requirements="- Full driving licence\n- Kind and reliable",
        ),
        "Supported 12 clients with personal care and medication prompts",
    ),
    (
        JobDetails(
            id="care26-pharmacy",
            title="Pharmacy Technician",
            description="Dispense and check prescriptions in a busy high-street pharmacy.",
            requirements="- GPhC registration",
        ),
        "Dispensed 300 prescriptions a day and checked patients' medication histories",
    ),
    (
        JobDetails(
            id="care26-midwife",
            title="Community Midwife",
            description="Antenatal and postnatal care in the community.",
            requirements="- NMC registration",
        ),
        "Led antenatal classes for 20 pregnant women a month",
    ),
]


@pytest.mark.parametrize(("job", "line"), CASES)
def test_the_probe_quotes_the_care_line_and_the_guard_still_checks_the_rest(
    job: JobDetails, line: str
) -> None:
    resume = f"Sam Reed\n{line}\nMaternity leave 2019-2020\n"
    probes = resume_probes(build_interview_plan(job, Preferences()), resume, job)
    assert [probe.resume_item for probe in probes] == [line]
    assert line in probes[0].text
    # masking the quoted line lets no protected question through beside it
    asked = probes[0].text + " Do you take any medication yourself?"
    assert guard_question(asked, fallback="", job_terms=(line,)) != asked
