"""Ads as people actually paste them: in capitals throughout, one line long, in another language, or with the
duties inside "We are looking for a … to …". Written for these tests; none is in the datasets."""

from __future__ import annotations

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.duties import duty_requirements
from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def _texts(title: str, description: str) -> list[str]:
    return [r.text for r in requirements(JobDetails(id="x", title=title, description=description), [])]


def test_an_ad_in_capitals_is_read_as_lower_case() -> None:
    """Seen: "PICK AND PACK ORDERS, LOAD VEHICLES …" gave no duty at all ("pick AND PACK ORDERS" once split)."""
    found = _texts("WAREHOUSE OPERATIVE", "PICK AND PACK ORDERS, LOAD VEHICLES AND KEEP THE WAREHOUSE CLEAN.")
    assert found == ["pick and pack orders", "load vehicles", "keep the warehouse clean"], found


def test_the_duties_of_whom_an_ad_seeks_are_duties() -> None:
    """Seen: "We are looking for a Warehouse Operative to pick and pack orders …" and "Main contractor seeks a
    Construction Project Manager to deliver new-build schools …" were dropped whole as the ad's blurb."""
    found = _texts("Warehouse Operative", "We are looking for a Warehouse Operative to pick and pack orders.")
    assert found == ["pick and pack orders"], found
    found = _texts(
        "Care Assistant", "We are seeking a caring Care Assistant to support residents with personal care."
    )
    assert found == ["support residents with personal care"], found
    # joining the team is no duty
    assert _texts("Baker", "Artisan bakery looking for a Baker to join our early team.") == []


def test_a_british_verb_opens_a_duty() -> None:
    """Seen: "Bath, dry, clip and style dogs of all breeds." gave a Dog Groomer no duty ("bath" was no verb)."""
    assert _texts("Dog Groomer", "Bath, dry, clip and style dogs of all breeds.") == [
        "bath, dry, clip and style dogs of all breeds"
    ]


def test_a_sentence_whose_verb_stands_where_the_label_would_end_is_no_duty() -> None:
    """Seen: "If a new colleague asked you how to use of appropriate and safe handling techniques and the
    promotion …": the *animal groomer* definition's "It includes use of …" read as a duty, "use" standing third
    as the verb after a two-word label would."""
    entry = next(e for e in esco.occupations().entries if e.label == "animal groomer")
    texts = [r.text for r in duty_requirements(entry.definition, entry.label)]
    assert texts and not any(text.split()[1:2] == ["of"] for text in texts), texts


def test_machine_learning_is_no_kit_to_check() -> None:
    """Seen: a Data Scientist asked what they would do "while building and deploying machine learning models …,
    you find a fault on a piece of kit that is needed straight away"."""
    job = JobDetails(
        id="ds",
        title="Data Scientist",
        description="- Build and deploy machine learning models to predict customer churn",
    )
    questions = " ".join(q.text for q in build_interview_plan(job, Preferences()).questions)
    assert "piece of kit" not in questions and "signed off equipment" not in questions, questions


def test_an_ad_in_another_language_is_planned_from_its_title_alone() -> None:
    """Seen: a French nurse's ad ("Nous recherchons un infirmier diplômé d'État …") matched *religious education
    teacher at secondary school* ("infirmière" split into "infirmi" and "re") and was asked about lesson plans
    and disruptive pupils, and "What does good practice in connaissance des protocoles d'hygiène look like"."""
    job = JobDetails(
        id="fr",
        title="Infirmier / Infirmière",
        description="Nous recherchons un infirmier diplômé d'État pour notre service de chirurgie. Vous assurerez "
        "les soins techniques, la surveillance des patients et la traçabilité des soins.",
        requirements="- Diplôme d'État infirmier\n- Connaissance des protocoles d'hygiène",
    )
    plan = build_interview_plan(job, Preferences())
    questions = " ".join(q.text for q in plan.questions).lower()
    for wrong in ("lesson", "pupil", "connaissance", "soins"):
        assert wrong not in questions, (wrong, questions)
    assert plan.occupation is None or "teacher" not in plan.occupation.label
    assert esco.tokens("infirmière") == ["infirmière"]


def test_a_title_alone_that_nothing_matches_is_asked_about_several_subjects() -> None:
    """A job given by an unknown title alone was asked about "work as a Zorbing Guide" twice, in two forms."""
    plan = build_interview_plan(JobDetails(id="z", title="Zorbing Guide"), Preferences())
    measured = [q.competency_id for q in plan.questions if q.competency_id]
    assert len(measured) == len(set(measured)) >= 5, measured
