"""The sixth unseen set (public sector, health support, education support, transport, security, beauty, sport and
leisure, creative and media, utilities) and the general causes esco26 fixed. Set 6 was written and committed
before the matcher was run on it: 0.699 at first sight (0.675 titles alone), title-to-label baseline 0.325."""

from __future__ import annotations

from tests.workbench.interviewer.unseen_jobs import match_accuracy
from workbench.interviewer.planning.occupation import match_occupation
from workbench.models import JobDetails


def _label(title: str, description: str = "") -> str | None:
    found = match_occupation(JobDetails(id="u", title=title, description=description))
    return found[0].label if found else None


def test_the_sixth_unseen_set_is_read_above_its_first_figure_and_the_title_alone() -> None:
    from evals.occupation_match import SETS, load_jobs

    accuracy, trivial = match_accuracy(load_jobs(SETS["6"]))
    assert accuracy > 0.699  # its first figure, before any matcher change
    assert accuracy > trivial + 0.3


def test_a_word_of_the_posts_terms_is_no_setting() -> None:
    """Seen: a Hospital Porter - Bank Staff matched nothing: "bank" was read as the setting the *hospital porter*
    never names. A setting the aside names still steers (a Tanker Driver's ADR)."""
    assert _label("Hospital Porter - Bank Staff, Days & Nights") == "hospital porter"
    assert _label("Hospital Porter") == "hospital porter"
    assert _label("Tanker Driver (ADR)") == "dangerous goods driver"


def test_a_setting_in_the_aside_does_not_trade_the_titles_kind_of_work() -> None:
    """Seen: a primary school's Catering Assistant matched *primary school teaching assistant*: the match that
    covers the title's setting said nothing of catering. With an ad that cleans the kitchen, the *kitchen
    assistant* (whose own setting the ad speaks of) is the job's; with the title alone, no teaching assistant."""
    ad = (
        "Help the school cook prepare and serve lunches for 300 pupils, wash up, clean the kitchen and dining hall"
        " and follow allergen procedures. 11am-2pm, term time only."
    )
    title = "Catering Assistant - Primary School (Term Time Only)"
    assert _label(title, ad) == "kitchen assistant"
    assert _label(title) != "primary school teaching assistant"


def test_an_aside_word_says_the_kind_only_as_a_label_says_it_of_the_role() -> None:
    """Seen: a Nursery Practitioner - Baby Room matched *advanced nurse practitioner*: the aside's "room" was
    read as the kind the *advanced nurse practitioner*'s "operating room nurse manager" says."""
    ad = (
        "Care for babies aged 3-18 months as a key person: feeding, changing and sleep routines, planning play that"
        " follows the EYFS, observing and recording development and sharing each day with parents."
    )
    assert _label("Nursery Practitioner Level 3 - Baby Room", ad) != "advanced nurse practitioner"


def test_a_label_naming_a_kind_of_work_the_job_never_does_is_not_its_role() -> None:
    """Seen: a CDL-A Truck Driver hauling freight over the road matched *moving truck driver*: its own name ends
    in the title's "truck driver", but the ad never moves anyone's home."""
    ad = (
        "Haul dry van freight over the road across the Midwest, do pre-trip and post-trip inspections, keep logs"
        " on the ELD, secure loads and communicate with dispatch about ETAs."
    )
    assert _label("CDL-A Truck Driver - OTR, Home Weekly", ad) == "cargo vehicle driver"
    removals = (
        "Drive our 7.5 tonne removal lorry, load and unload customers' furniture when they are moving home."
    )
    assert _label("Removal Truck Driver", removals) == "moving truck driver"


def test_a_setting_the_aside_names_is_no_word_of_the_role() -> None:
    """Seen: a secondary school's Exam Invigilator matched *secondary school teaching assistant*, which shares no
    word with the role: only the aside's setting. ESCO has no invigilator, so none."""
    ad = (
        "Supervise GCSE and A level exams: set out exam rooms, check candidates in, read the exam board's"
        " instructions, watch for malpractice, collect and count scripts. Casual, exam seasons only."
    )
    assert _label("Exam Invigilator - Casual, Secondary School", ad) is None
    assert _label("CNC Machinist") == "computer numerical control machine operator"
