"""Trade and service ads as small firms post them (written for these tests, in no dataset): a short verbless
line naming the kind of jobs ("Domestic plastering jobs.") or the area worked ("Leeds and surrounding areas.") is
context, not a duty; where the work is done ("across Leeds", "in and around Bristol") is no part of a duty; a
trade's name for a kind of work ("dry lining", "second fix") is no verb; everyday verbs ("tidy", "hang",
"exercise") open duties."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.models import JobDetails, Preferences


def texts(job: JobDetails) -> list[str]:
    return [requirement.text.lower() for requirement in requirements(job, [])]


def questions(job: JobDetails) -> list[str]:
    return [question.text for question in build_interview_plan(job, Preferences()).questions]


CONTEXT_WORDS = [
    "jobs",
    "leeds",
    "manchester",
    "yorkshire",
    "harrogate",
    "region",
    "surrounding",
    "firm",
    "start",
]


def no_context(found: list[str]) -> None:
    for text in found:
        assert not any(word in text.split() for word in CONTEXT_WORDS), found


PLASTERER = JobDetails(
    id="p27-plasterer",
    title="Plasterer",
    description="Domestic plastering jobs. Skimming, rendering and dry lining across Leeds.",
    requirements="- NVQ Level 2 in plastering\n- Own tools",
)


def test_the_kind_of_jobs_and_the_area_are_context_and_dry_lining_is_no_verb() -> None:
    found = texts(PLASTERER)
    no_context(found)
    assert any("dry lining" in text for text in found), found
    assert not any("drying" in text or "dry line" in text for text in found), found
    asked = " ".join(questions(PLASTERER)).lower()
    assert "domestic plastering jobs" not in asked and "drying lining" not in asked and "leeds" not in asked


DECORATOR = JobDetails(
    id="p27-decorator",
    title="Painter and Decorator",
    description=(
        "Family-run decorating firm established 1998. Domestic jobs.\nDuties:\n- Prepare surfaces: fill and sand "
        "walls, hang wallpaper\n- Strip old paper, hang lining paper\n- Paint interiors and exteriors to a high "
        "finish\nImmediate start. Leeds and surrounding areas."
    ),
    requirements="- CSCS card\n- Full driving licence",
)


def test_a_decorator_s_duties_are_split_at_each_verb_and_the_blurb_is_no_duty() -> None:
    found = texts(DECORATOR)
    no_context(found)
    for duty in ["fill and sand walls", "hang wallpaper", "strip old paper", "hang lining paper"]:
        assert duty in found, (duty, found)


def test_a_joiner_s_heading_of_fixing_work_stays_and_its_list_is_not_hung() -> None:
    joiner = JobDetails(
        id="p27-joiner",
        title="Site Joiner",
        description=(
            "Site joinery jobs across Leeds.\n- First fix: studwork, door linings and roof joists\n- Second fix: "
            "hanging doors, skirting and architrave\n- Fit kitchens in and around Wakefield"
        ),
    )
    found = texts(joiner)
    assert {"first fix", "second fix", "fit kitchens"} <= set(found), found
    assert not any(text.startswith("hang doors") for text in found), found
    no_context(found)


def test_everyday_verbs_open_duties_and_the_place_goes() -> None:
    cases = [
        (
            JobDetails(
                id="p27-cleaner",
                title="Cleaner",
                description=(
                    "Office cleaning jobs throughout the region. Early mornings.\nYou will:\n- Vacuum and mop "
                    "floors\n- Empty bins and wipe down desks\n- Tidy meeting rooms"
                ),
            ),
            ["vacuum and mop floors", "wipe down desks", "tidy meeting rooms"],
        ),
        (
            JobDetails(
                id="p27-groundworker",
                title="Groundworker",
                description=(
                    "Housing developments across Yorkshire.\n- Lay kerbs and drainage\n- Dig trenches and load "
                    "and unload materials\n- Sweep and tidy the site at the end of each day"
                ),
            ),
            ["lay kerbs and drainage", "sweep and tidy the site"],
        ),
        (
            JobDetails(
                id="p27-baker",
                title="Baker",
                description=(
                    "Artisan bakery in York. Night shifts.\n- Mix, shape and bake bread and pastries\n- Load and "
                    "unload the ovens\n- Clean down and tidy the bakery after each shift"
                ),
            ),
            ["load and unload the ovens", "clean down and tidy the bakery"],
        ),
        (
            JobDetails(
                id="p27-kennel",
                title="Kennel Assistant",
                description=(
                    "Boarding kennels near Harrogate. Weekend work.\n- Feed and exercise dogs\n- Clean out kennels "
                    "and restock bedding\n- Wipe down surfaces and sweep the yard"
                ),
            ),
            ["feed and exercise dogs", "clean out kennels and restock bedding", "wipe down surfaces"],
        ),
        (
            JobDetails(
                id="p27-florist",
                title="Florist",
                description=(
                    "Busy high-street florist. Weddings and events.\n- Make up bouquets and funeral tributes\n- "
                    "Serve customers and take orders by phone\n- Sweep and tidy the shop floor"
                ),
            ),
            ["serve customers", "sweep and tidy the shop floor"],
        ),
        (
            JobDetails(
                id="p27-dryliner",
                title="Dry Liner",
                description=(
                    "Commercial fit-out jobs in and around Manchester.\n- Fix plasterboard to walls and ceilings "
                    "across the North West\n- Tape and joint boards ready for decoration"
                ),
            ),
            ["fix plasterboard to walls and ceilings"],
            # (an act, asked as one: not "a piece of work that involved fix plasterboard")
        ),
    ]
    for job, duties in cases:
        found = texts(job)
        no_context(found)
        assert not any(text.startswith("board kennels") for text in found), found
        for duty in duties:
            assert duty in found, (job.title, duty, found)
        shapes = {requirement.text.lower(): requirement.shape for requirement in requirements(job, [])}
        assert all(shapes[duty] == "act" for duty in duties), shapes


def test_a_place_is_trimmed_from_a_duty_in_any_wording() -> None:
    for line, duty in [
        ("Install kitchens and bathrooms in and around Bristol", "install kitchens and bathrooms"),
        ("Service boilers throughout the region", "service boilers"),
        ("Deliver parcels across Greater Manchester and surrounding areas", "deliver parcels"),
        ("Maintain gardens across the city", "maintain gardens"),
    ]:
        job = JobDetails(id="p27-place", title="Operative", description=f"Duties:\n- {line}\n- Drive the van")
        assert duty in texts(job), (line, texts(job))
    # a product's maker is no place ("across Microsoft Office"), nor are people ("across teams")
    for line in ["Support users across Microsoft Office", "Share best practice across teams"]:
        job = JobDetails(id="p27-not-place", title="Operative", description=f"Duties:\n- {line}")
        assert texts(job) == [line.lower()], (line, texts(job))


def test_lines_that_set_the_scene_are_no_duties_and_a_non_place_stays() -> None:
    scene = JobDetails(
        id="p27-scene",
        title="Landscaper",
        description=(
            "Commercial and residential projects. Garden maintenance jobs across Surrey and Sussex. Established "
            "building contractor.\nDuties:\n- Lay patios and paths\n- Share best practice across teams"
        ),
    )
    found = texts(scene)
    assert found == ["lay patios and paths", "share best practice across teams"], found
    # a kind of work after a verb is that verb's object ("install dry lining"), not a verb of its own
    liner = JobDetails(
        id="p27-liner", title="Operative", description="Duties:\n- Install dry lining and fit doors"
    )
    assert texts(liner) == ["install dry lining", "fit doors"], texts(liner)
