"""Jobs of language and of conduct with people, as pasted: a spoken interpreter is not put a newsroom's deadline,
editor or publication, and a duty of conduct ("confidentiality", "impartiality") is put the people who test it,
not a deadline or an unverifiable fact. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences

NEWSROOM = ("deadline", "editor", "published", "publication", "cannot verify", "cannot be verified")


def _questions(job: JobDetails) -> dict[str, str]:
    plan = build_interview_plan(job, Preferences())
    return {q.competency_id: q.text for q in plan.questions}


def test_a_spoken_interpreter_is_put_the_room_s_situations_not_a_newsroom_s() -> None:
    for title in ("Community Interpreter (Polish/English)", "BSL Interpreter", "Court Interpreter - Arabic"):
        job = JobDetails(
            id=title,
            title=title,
            description="Interpreters needed for NHS hospital appointments, GP surgeries and social services "
            "meetings. Interpret accurately and impartially between patients and professionals, maintain strict "
            "confidentiality, follow the NRPSI Code of Conduct, sight-translate letters and forms.",
            requirements="DPSI (Health) or Level 3 Certificate in Community Interpreting. Enhanced DBS.",
            skills_required=["consecutive interpreting", "confidentiality", "sight translation"],
        )
        asked = " ".join(_questions(job).values()).lower()
        assert not any(word in asked for word in NEWSROOM), (title, asked)


def test_a_duty_of_conduct_is_put_the_people_who_test_it() -> None:
    """Seen: "Suppose you find a mistake in confidentiality after it has gone out", "confidentiality still has to be
    done at the busiest time"."""
    for title in ("HR Advisor", "Care Assistant", "Receptionist - GP Surgery"):
        job = JobDetails(
            id=f"conduct-{title}",
            title=title,
            description="- Advise line managers on absence cases\n- Maintain strict confidentiality",
            requirements="CIPD Level 5.",
            skills_required=["employee relations", "confidentiality", "impartiality"],
        )
        text = _questions(job)["confidentiality"].lower()
        assert "confidentiality" not in text or "mattered" in text or "applied" in text, text
        for nonsense in (
            "gone out",
            "short of staff",
            "has to be done",
            "deadline",
            "verify",
            "out of stock",
        ):
            assert nonsense not in text, (title, text)


def test_the_newsroom_keeps_its_situations() -> None:
    reporter = JobDetails(
        id="reporter",
        title="Senior Reporter",
        description="- Find and break original stories\n- Verify information from multiple sources before "
        "publication\n- Write clean copy to tight deadlines",
        requirements="NCTJ Diploma with shorthand at 100wpm. Knowledge of media law.",
        skills_required=["news writing", "media law", "shorthand", "source verification", "copy editing"],
    )
    asked = " ".join(_questions(reporter).values()).lower()
    assert any(word in asked for word in NEWSROOM), asked
