"""Jobs, questions and competencies written for a test (in no dataset), what the planner reads of them, and an
interview on one started, answered and brought to its first question of the work: the fixtures tests wrote again
file by file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from evals.occupation_match import Outcome, UnseenJob, summary, title_baseline
from workbench.interviewer.api import NextStep
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.planner import match_occupation
from workbench.models import (
    CandidateDetails,
    Competency,
    InterviewState,
    JobDetails,
    Phase,
    PlannedQuestion,
    Preferences,
    QuestionForm,
    Rubric,
    RubricAnchors,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# an answer to a follow-up on the opening: full enough that the questions of the work start
OPENING_FOLLOWED_UP = "I ran the morning routine on my own for a year at my last job."
CARE_ASSISTANT = JobDetails(
    id="carer",
    title="Care Assistant",
    description="Support residents with personal care, medication rounds and observations in a care home.",
    skills_required=["personal care", "medication administration"],
)


def written_job(title: str, description: str, *skills: str) -> JobDetails:
    """A job of a title, a description and skills, its id the title's."""
    return JobDetails(
        id=title.lower().replace(" ", "-"), title=title, description=description, skills_required=list(skills)
    )


def occupation_label(title: str, description: str = "", requirements: str = "") -> str | None:
    """The label of the occupation the planner reads for a job of this title, description and requirements, None
    for none."""
    job = JobDetails(id=title, title=title, description=description, requirements=requirements)
    found = match_occupation(job)
    return found[0].label if found else None


def match_accuracy(jobs: list[UnseenJob]) -> tuple[float, float]:
    """The share of `jobs` whose occupation the planner reads as a careful reader filed it (or, where none fits,
    reads none), and the share of the trivial baseline: the title matched to its closest label alone."""
    outcomes = [
        Outcome(
            job,
            (occupation_label(job.title, job.description) or "").lower() or None,
            title_baseline(job.title),
            "",
        )
        for job in jobs
    ]
    scores = summary(outcomes)
    return scores["match_accuracy"], scores["baseline_accuracy"]


# a rubric's anchors where a test reads no score from them
PLAIN_ANCHORS = ("No plan.", "A plan.", "A clear plan.")


def job_knowledge(
    name: str, *terms: str, source: str = "skills_required", competency_id: str = ""
) -> Competency:
    """A job-knowledge competency of `name` (its id `competency_id`, else the name hyphened), said by `terms` (else
    its name), read from the job's `source`."""
    return Competency(
        id=competency_id or name.replace(" ", "-"),
        name=name,
        kind="job_knowledge",
        source=source,
        terms=list(terms or (name,)),
    )


def technical_question(
    competency_id: str,
    text: str,
    one: str = PLAIN_ANCHORS[0],
    three: str = PLAIN_ANCHORS[1],
    five: str = PLAIN_ANCHORS[2],
    look_for: tuple[str, ...] = (),
    question_id: str = "",
    form: QuestionForm = "how_do_you",
) -> PlannedQuestion:
    """A core technical question (`form`: "how do you ...", else "situational"; three minutes) on `competency_id`,
    with its rubric's anchors (plain ones by default) and what to look for; its id `question_id`, else the
    competency's after "q-"."""
    return PlannedQuestion(
        id=question_id or f"q-{competency_id}",
        kind="core",
        phase=Phase.TECHNICAL,
        competency_id=competency_id,
        form=form,
        text=text,
        minutes=3.0,
        rubric=Rubric(anchors=RubricAnchors(one=one, three=three, five=five), look_for=list(look_for)),
    )


def started(
    job: JobDetails,
    candidate: CandidateDetails | None = None,
    preferences: Preferences | None = None,
    at: datetime = T0,
) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    """An interview on `job` just opened at `at` (by Sam Taylor with no resume, default preferences): the baseline,
    the state and the time."""
    baseline = BaselineInterviewer()
    candidate = candidate or CandidateDetails(id="c", name="Sam Taylor")
    state = baseline.start(job, candidate, candidate.resume_text, preferences or Preferences(), at)
    return baseline, state, at


def opened(
    job: JobDetails, candidate: CandidateDetails | None = None, at: datetime = T0
) -> tuple[BaselineInterviewer, InterviewState, str]:
    """An interview on `job` just opened, as `started`: the baseline, the state and the question it opened with."""
    baseline, state, _ = started(job, candidate, at=at)
    # the state's question is None only once the interview is over: one just opened has asked its first
    assert state.current_question is not None, f"the interview on {job.id!r} opened without a question"
    return baseline, state, state.current_question


def say(
    baseline: BaselineInterviewer, state: InterviewState, answer: str, now: datetime, minutes: float = 2
) -> tuple[InterviewState, NextStep, datetime]:
    """`answer` given `minutes` (two) after `now`: the state, the step and the time."""
    now += timedelta(minutes=minutes)
    state, step = baseline.answer(state, answer, now)
    return state, step, now


def answered(
    job: JobDetails, candidate: CandidateDetails, answers: list[str], at: datetime = T0, minutes: float = 2
) -> tuple[InterviewState, list[NextStep]]:
    """An interview on `job` opened at `at` by `candidate` (no resume, default preferences), each of `answers` given
    `minutes` (two) after the one before: the state and the steps, one an answer."""
    baseline, state, now = started(job, candidate, at=at)
    steps = []
    for answer in answers:
        state, step, now = say(baseline, state, answer, now, minutes)
        steps.append(step)
    return state, steps


def at_first_question(job: JobDetails, opening: str) -> tuple[BaselineInterviewer, InterviewState, datetime]:
    """An interview on `job` past its opening (answered with `opening`, and a follow-up on it answered fully): the
    first question of the work is open. The baseline, the state and the time reached."""
    baseline, state, now = started(job)
    state, _, now = say(baseline, state, opening, now)
    while state.turns[-1].kind == "follow_up":
        state, _, now = say(baseline, state, OPENING_FOLLOWED_UP, now)
    return baseline, state, now


# Three jobs of the twenty-seventh session's trials that several test files ask about; their ids are fixed because
# the id seeds the planner's choice of question templates.
def roofer() -> JobDetails:
    """A roofer on a day rate (pitched and flat roofs, a van for the right person)."""
    return JobDetails(
        id="conv27-roofer",
        title="Roofer",
        company="Capstone Roofing",
        location="Swansea",
        salary_range="£150 - £180 per day",
        description="Strip and re-tile pitched roofs and lay felt and flat roofs on domestic jobs.\n- Replace slates, "
        "tiles, flashing and guttering\n- Set up edge protection and work safely from scaffolds and ladders\n- "
        "Company van for the right person",
        requirements="CSCS card; working at height; pitched and flat roofing experience",
        skills_required=["pitched roofing", "flat roofing", "working at height"],
    )


def planning_officer() -> JobDetails:
    """A council planning officer (applications, site visits, officer reports, committee)."""
    return JobDetails(
        id="conv27-planning-officer",
        title="Planning Officer",
        company="Wyre Valley District Council",
        location="Kidderminster",
        salary_range="£34,834 - £38,223",
        description="Assess and determine householder and minor planning applications.\n- Carry out site visits and "
        "write officer reports\n- Advise applicants and agents before they apply\n- Deal with neighbour objections "
        "and present cases at planning committee\n- Hybrid working, local government pension",
        requirements="Degree in planning or RTPI accredited; knowledge of the NPPF and local plan policies",
        skills_required=["development management", "report writing", "planning policy"],
    )


def dog_groomer() -> JobDetails:
    """A dog groomer in a salon (bathing, clipping, nervous dogs, commission on add-ons)."""
    return JobDetails(
        id="conv27-dog-groomer",
        title="Dog Groomer",
        company="Scruffs to Fluffs",
        location="Harrogate",
        salary_range="£22,000 - £25,000",
        description="Bath, dry, clip and scissor dogs of all breeds in our busy salon.\n- Handle nervous and elderly "
        "dogs calmly\n- Check skin and coat and tell owners about any lumps, fleas or sores\n- Keep tables, clippers "
        "and blades clean\n- Commission on add-ons",
        requirements="Level 3 dog grooming or 2 years salon experience; safe dog handling; breed standard clips",
        skills_required=["hand scissoring", "dog handling", "clipper work"],
    )


def until_asked(
    baseline: BaselineInterviewer, state: InterviewState, now: datetime, word: str, filler: str
) -> tuple[InterviewState, datetime]:
    """Answers with `filler` (two minutes apart) until the open question names `word` (at most twelve times)."""
    for _ in range(12):
        if word.lower() in state.turns[-1].question.lower():
            return state, now
        state, _, now = say(baseline, state, filler, now)
    raise AssertionError(f"no question on {word!r}: {state.turns[-1].question}")
