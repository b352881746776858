"""A title word read in the sense the ad gives it: a dairy unit's "Herdsperson" is a livestock worker and a spa's
"Beauty Therapist" a beautician. The ads are written for these tests: none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def test_a_herdsperson_and_a_beauty_therapist_match_their_own_occupations() -> None:
    """Seen: a dairy Herdsperson matched 'milk reception operator', a Beauty Therapist 'massage therapist'."""
    herd = JobDetails(
        id="herd",
        title="Herdsperson",
        description="Herdsperson for 300-cow dairy unit. Milking (rotary parlour), calf rearing, foot trimming, "
        "heat detection, administering medicines and keeping medicine records.",
        skills_required=["milking", "calf rearing", "animal health"],
    )
    beauty = JobDetails(
        id="beauty",
        title="Beauty Therapist",
        description="Level 3 Beauty Therapist for our spa: facials, massage, waxing, lash and brow tints, "
        "manicures and pedicures.",
        skills_required=["facials", "waxing", "massage", "patch testing"],
    )
    herd_match = build_interview_plan(herd, Preferences()).occupation
    beauty_match = build_interview_plan(beauty, Preferences()).occupation
    assert herd_match is not None and "milk reception" not in herd_match.label, herd_match
    assert beauty_match is not None and "massage" not in beauty_match.label, beauty_match


def test_a_day_nurserys_manager_is_not_a_plant_nurserys() -> None:
    """Seen: "Nursery Manager" of a 60-place day nursery (EYFS, Ofsted, parents) matched ESCO's *flower and garden
    shop manager*; a plant nursery's manager still may."""
    from workbench.interviewer.planning.planner import match_occupation

    def label(title: str, description: str) -> str | None:
        matched = match_occupation(JobDetails(id="n", title=title, description=description))
        return matched[0].label if matched else None

    day = "Lead our 60-place day nursery, manage the staff team, ensure EYFS and Ofsted compliance, work with parents."
    assert label("Nursery Manager", day) == "child day care centre manager"
    assert label("Deputy Nursery Manager", day) == "child day care centre manager"
    assert label(
        "Nursery Manager", "Run our plant nursery: propagation, potting on, stock for the garden centre."
    ) != ("child day care centre manager")
