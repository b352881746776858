"""IT, engineering, legal and production jobs. Unsafe practice their candidates state in their own words: a login
handed to someone else, an analysis or a record changed until its check passes, work released before its check, a
deal closed or a line kept running regardless.
The answers are written for these tests: none is in the datasets. And a skill named as a kind of management is no
duty to do its gerund ("drawing management" is not "draw management"); a field engineer is a trade, and no
question asks how a skill was "applied"."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.duty_split import reads_as_verb
from workbench.interviewer.planning.lexicon import questions_config
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.planning.verb_series import only_coordinated_verbs
from workbench.interviewer.unsafe_practice import unsafe_sentence
from workbench.models import Difficulty, JobDetails, Preferences


@pytest.mark.parametrize(
    "answer",
    [
        # a privileged or personal login handed over
        "If a student asks me for the admin password I just give it to them so they can install their game.",
        "I give the agency nurse my smartcard login so she can get on the system.",
        "I let the new starter use my login until IT set theirs up.",
        "We share the admin password between the team, it's easier.",
        # an analysis or a record changed until its check passes
        "if the FEA says it's over the limit by a bit I just tweak the mesh until it passes",
        "If the bank rec is out by a few pounds I adjust the figures until it balances.",
        "I play with the assumptions until the calcs come out right.",
        # released before the check it needs
        "honestly if the engineer is busy I just issue the drawing and get it checked later, it's usually fine",
        "We send the report out before it's been checked if the client is chasing.",
        "I just release the batch and get QA to sign it off later.",
        # a deal closed, a line kept running, regardless of what is missing or failed
        "If the client is in a rush and the searches are late I'd just exchange anyway and sort the searches out "
        "after, clients hate delays.",
        "If the mortgage offer hasn't arrived we'd complete anyway.",
        "If a metal detector fails its check mid-run I'd let the line keep running and just check the product at "
        "the end of the shift, stopping costs too much.",
        "If the guard interlock trips I keep the machine running and reset it later.",
    ],
)
def test_unsafe_practice_of_it_and_design_work_is_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "For new starters I create the account in AD from the template, set a temporary password they have to "
        "change, and then check they can log in.",
        "I never give out the admin password, I'd log the request and escalate.",
        "I tell guests the Wi-Fi password at check-in.",
        "I give them the code for the staff room door.",
        "I wouldn't let anyone use my login, each of us has our own.",
        # a repair adjusted until it passes its test, a mesh refined until the answer converges
        "I adjust the valve until it passes the leak test, then record the reading.",
        "I refine the mesh until the stress converges, then compare with the allowable.",
        "We never issue a drawing and get it checked later, everything is checked first.",
        "I issue the drawing once the engineer has checked and signed it.",
        "We send the samples to the lab and get them checked within a day.",
        "If the searches are late I wouldn't exchange, I'd tell the client and the other side.",
        "If the metal detector fails its check I stop the line, quarantine everything since the last good check "
        "and call QA.",
        "I keep the line running by planning changeovers at breaks.",
        "We exchanged on time and completed a week later.",
    ],
)
def test_sound_practice_of_it_and_design_work_is_not_unsafe(answer: str) -> None:
    assert unsafe_sentence(answer) is None


@pytest.mark.parametrize("skill", ["drawing management", "building maintenance", "planning permission"])
def test_a_gerund_naming_a_kind_of_management_is_a_subject(skill: str) -> None:
    # seen: a CAD technician's "drawing management" asked as "Suppose you're about to draw management when ..."
    first, following = skill.split()
    assert not reads_as_verb(first[: -len("ing")], first, following, [])
    assert reads_as_verb("manage", "managing", "the", ["drawing", "register"])


def test_a_verb_and_its_particle_alone_name_a_subject() -> None:
    # seen: a graduate civil engineer's "setting out" asked as "How do you set out? Walk me through the steps"
    assert only_coordinated_verbs(["setting", "out"])
    assert not only_coordinated_verbs(["setting", "out", "the", "site"])
    assert only_coordinated_verbs(["writing", "and", "editing"])


_FIELD_ENGINEER = JobDetails(
    id="job-openreach-field-engineer",
    title="Openreach Field Engineer",
    description=(
        "Install and repair FTTP and copper broadband for homes and businesses. Work at height on poles and "
        "ladders, in underground chambers, and in customers' homes. Splice fibre, test with an OTDR."
    ),
    requirements="Full UK driving licence. Comfortable working at height.",
    skills_required=["fibre splicing", "OTDR testing", "working at height", "customer service"],
)


def test_a_field_engineer_is_a_trade_on_the_customers_premises() -> None:
    # seen: the general family's situations ("Suppose you are asked to deliver OTDR testing in half the usual time")
    plan = build_interview_plan(_FIELD_ENGINEER, Preferences())
    assert plan.family == "skilled_trades"
    assert "safety_compliance" in {c.id for c in plan.competencies}


def test_no_question_asks_how_a_skill_or_an_activity_was_applied() -> None:
    # seen: "Describe how you have applied working at height recently."
    for difficulty in Difficulty:
        for job in (_FIELD_ENGINEER, _FIELD_ENGINEER.model_copy(update={"title": "Fibre Technician"})):
            plan = build_interview_plan(job, Preferences(difficulty_level=difficulty))
            assert not any("have applied" in q.text for q in plan.questions)
    template = (
        "Describe a recent piece of work that involved {topic}. What did you do, and how did it turn out?"
    )
    assert template in questions_config()["how_do_you"]["topic"]
