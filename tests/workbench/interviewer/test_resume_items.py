"""Resume items: which lines of a resume are quoted in a probe, whole, and which are not the candidate's own."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.resume import resume_items, resume_probes
from workbench.models import JobDetails, Preferences


def test_a_resume_written_as_prose_gives_its_achievement_quoted_as_a_whole_clause() -> None:
    prose = (
        "I am a qualified electrician with eight years of experience in commercial and domestic work. At Spark "
        "Ltd I rewired a 40-bed care home while it stayed open, and I now lead a team of three on office "
        "fit-outs."
    )
    items = resume_items(prose)
    assert items[0].kind == "achievement"
    assert items[0].text == "At Spark Ltd I rewired a 40-bed care home while it stayed open"
    bullets = "- Carried out EICRs on 200+ rented properties\n- Qualified electrician with 8 years in commercial work"
    kinds = {i.text: i.kind for i in resume_items(bullets)}
    assert kinds == {
        "Carried out EICRs on 200+ rented properties": "achievement",
        "Qualified electrician with 8 years in commercial work": "certification",
    }


def test_resume_lines_that_only_restate_the_job_ad_are_never_probed() -> None:
    job = JobDetails(
        id="vet-nurse",
        title="Registered Veterinary Nurse",
        description="Monitor anaesthesia and nurse hospitalised dogs and cats in a busy small-animal hospital.",
        requirements="- Registered Veterinary Nurse (RCVS), with at least two years in practice\n- Theatre skills",
    )
    resume = (
        "Alex Moor\n"
        "Registered Veterinary Nurse | Cardiff\n"  # the title and a city
        "Focus: registered veterinary nurse (RCVS), with at least two years in practice\n"  # the ad, copied
        "Helped the team with theatre when needed\n"  # words any job uses, and the ad's
        "Helped out and supported the team where needed\n"  # words any job uses
        "Ran the night shift for two years at Hafod Vets\n"
        "Set up a dental radiography log that halved repeat X-rays in 2023\n"
    )
    plan = build_interview_plan(job, Preferences())
    quoted = [probe.resume_item for probe in resume_probes(plan, resume, job)]
    assert quoted == [
        "Set up a dental radiography log that halved repeat X-rays in 2023",
        "Ran the night shift for two years at Hafod Vets",
    ]
    # Without the job there is no ad to restate: only the line of words any job uses is left out.
    unbounded = [probe.resume_item for probe in resume_probes(plan, resume, None, count=6)]
    assert "Helped out and supported the team where needed" not in unbounded
    assert "Registered Veterinary Nurse | Cardiff" in unbounded


def test_a_post_at_a_university_is_a_role_and_a_quoted_title_is_kept() -> None:
    resume = (
        "Dr Ravi Shah\n"
        '2021-2025 Teaching Fellow, University of Exeter. Led "Programming in Java" (220 students); redesigned '
        "assessment with weekly auto-graded labs, pass rate up from 71% to 86%.\n"
        "PhD Computer Science, University of Warwick (2021).\n"
    )
    items = {item.text: item.kind for item in resume_items(resume)}
    assert items["2021-2025 Teaching Fellow, University of Exeter"] == "role"
    assert items["PhD Computer Science, University of Warwick (2021)"] == "education"
    assert any(kind == "achievement" and "'Programming in Java'" in text for text, kind in items.items())
