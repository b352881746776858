"""esco19: a sound or camera technician is no journalist (ISCO 3521, broadcasting and audiovisual technicians, lent
the media and language family: "an editor or a client wants a change you think makes the work inaccurate" while
line-checking a stage); and a duty opened by a verb the verb list does not know, joined to one it knows, is a
duty ("Splint fractures and dress wounds" was asked as "a job involving splint fractures and dress wounds")."""

from __future__ import annotations

from workbench.interviewer.planning.duty_split import verb_before_its_object
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def test_a_live_sound_engineer_is_not_asked_an_editors_situations() -> None:
    for title, ad in [
        (
            "Live Sound Engineer",
            "Set up and mix front of house sound for touring bands, run the PA system and line-check the stage.",
        ),
        (
            "Broadcast Technician",
            "Set up cameras, microphones and vision mixers for outside broadcasts and keep the kit working.",
        ),
    ]:
        plan = build_interview_plan(JobDetails(id="av", title=title, description=ad), Preferences())
        assert plan.family != "media_language", title
        text = " ".join(q.text for q in plan.questions).lower()
        assert "editor" not in text and "published" not in text, title


def _first_verb(duty: str) -> str | None:
    return verb_before_its_object(duty.split())


def test_an_unlisted_verb_joined_to_a_known_one_opens_a_duty() -> None:
    assert _first_verb("Splint fractures and dress wounds") == "splint"
    assert _first_verb("Cannulate patients and take bloods") == "cannulate"
    assert _first_verb("Debone chickens, prepare joints and serve customers") == "debone"
    # a noun phrase stays one: a plural first, or no known verb after the joint
    assert _first_verb("Repairs and dress codes") is None
    assert _first_verb("Stock rotation and date checks") is None
    assert _first_verb("Customer service and handle complaints") is None


def test_the_duty_is_asked_as_an_activity() -> None:
    ad = (
        "Responsibilities:\n- Assess patients at the scene\n- Splint fractures and dress wounds\n"
        "- Administer oxygen and pain relief\n- Drive the ambulance under blue lights"
    )
    for title in ("Ambulance Technician", "Emergency Care Assistant"):
        plan = build_interview_plan(JobDetails(id="amb", title=title, description=ad), Preferences())
        asked = [q.text for q in plan.questions if "splint" in q.text.lower()]
        assert asked, title
        assert not any("involving splint" in q or "on splint" in q for q in asked), asked
