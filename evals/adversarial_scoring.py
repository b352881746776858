"""Scores that need evidence, checked from outside (issue #8 items 4, 5, 7).

Scripted candidates for jobs in no dataset (`evals/resources/adversarial_scoring/*.yaml`, written before the
scorer's word lists were read) run whole interviews against the offline baseline; each finished session is checked
against the invariants of item 4: evidence only when the answer addresses its question; disclaimers, off-topic,
repeated, protected and injected text never evidence nor quoted in the feedback; a quote backs one competency; a
red flag caps; no evidence means `score: null`; `overall` null (`insufficient_evidence`) until half the plan's
competencies have evidence; feedback without numbers, its coverage statements true; turn kinds right. Beside the
violations: per job, whether the terse expert outranks the long-winded weak and the fluent wrong candidate, with
the answer-length and figure-count predictors on the same pairs.

    python -m evals.adversarial_scoring [--verbose]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from evals.metrics.trace import count_figures
from workbench.interviewer.api import InterviewState, Turn
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.planning.planner import build_interview_plan
from workbench.interviewer.rubric_score import RED_FLAG_CAP  # the scorecard's cap on a flagged competency
from workbench.models import (
    CandidateDetails,
    InterviewPlan,
    JobDetails,
    Preferences,
    Scorecard,
    SessionAssessment,
)

RESOURCES = Path(__file__).parent / "resources" / "adversarial_scoring"
BEHAVIOURS = (
    "expert",
    "weak",
    "wrong",
    "disclaimer",
    "pasted",
    "off_question",
    "stuffed",
    "protected",
    "two_answers",
    "injection",
)
TURN_KINDS = frozenset(
    {"core", "follow_up", "resume_probe", "clarification", "candidate_question", "closing"}
)
MAX_TURNS = 40

# (turn, plan, number of follow-ups answered so far) -> the candidate's reply, or None to end the interview.
Script = Callable[[Turn, InterviewPlan, int], str | None]


@dataclass
class Scenario:
    name: str
    job: JobDetails
    spec: dict[str, Any]
    common: dict[str, Any]


@dataclass
class Run:
    scenario: str
    behaviour: str
    state: InterviewState
    plan: InterviewPlan
    # Text that must never be evidence nor quoted back: sentences the script marks.
    forbidden: list[str] = field(default_factory=list)
    # Competencies whose off-question answer was judged (by its author) to address the asked question after all.
    exempt: set[str] = field(default_factory=set)
    violations: list[tuple[str, str]] = field(default_factory=list)

    def score(self) -> float:
        """The session's overall, or the mean of its scored competencies while the overall is withheld."""
        card = self.state.scorecard
        if card is None:
            return 0.0
        if card.overall is not None:
            return float(card.overall)
        scores = [e.score for e in card.competencies if e.score is not None]
        return sum(scores) / len(scores) if scores else 0.0

    def answers(self) -> list[str]:
        return [t.answer for t in self.state.turns if t.answer is not None and t.answer_kind == "answer"]


def load_scenarios(directory: Path = RESOURCES) -> list[Scenario]:
    common = yaml.safe_load((directory / "_common.yaml").read_text())
    scenarios = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        spec = yaml.safe_load(path.read_text())
        job = JobDetails(id=f"adv-{path.stem}", **spec["job"])
        scenarios.append(Scenario(path.stem, job, spec, common))
    return scenarios


def _is_closing(turn: Turn, plan: InterviewPlan) -> bool:
    return (
        any(q.id == turn.question_id and q.form == "closing" for q in plan.questions)
        or turn.kind == "closing"
    )


def _keyed(answers: dict[str, Any], follow_ups: list[str], closing: str) -> Script:
    def reply(turn: Turn, plan: InterviewPlan, followed: int) -> str | None:
        if _is_closing(turn, plan):
            return closing
        if turn.kind == "core" and turn.competency_id in answers:
            return str(answers[turn.competency_id])
        return follow_ups[followed % len(follow_ups)]

    return reply


def scripts(scenario: Scenario) -> Iterator[tuple[str, Script, list[str]]]:
    """Every behaviour's script for one job, with the sentences that must never be evidence."""
    spec, common = scenario.spec, scenario.common
    closing = str(common["closing"])
    expert = {k: v for k, v in spec["expert"].items() if k != "follow_up"}
    yield "expert", _keyed(expert, spec["expert"]["follow_up"], closing), []
    weak = {k: v for k, v in spec["weak"].items() if k != "follow_up"}
    yield "weak", _keyed(weak, spec["weak"]["follow_up"], closing), []
    wrong = {k: v for k, v in spec["wrong"].items() if k != "follow_up"}
    yield "wrong", _keyed(wrong, spec["wrong"]["follow_up"], closing), []

    disclaimers = [str(d) for d in common["disclaimers"]]

    def disclaim(turn: Turn, plan: InterviewPlan, followed: int) -> str | None:
        if _is_closing(turn, plan):
            return closing
        topic = next((c.name for c in plan.competencies if c.id == turn.competency_id), "that")
        return disclaimers[(turn.index + followed) % len(disclaimers)].replace("{topic}", topic.lower())

    yield "disclaimer", disclaim, [d.split("{topic}")[0].strip() for d in disclaimers if len(d.split()) > 3]

    pasted = " ".join(str(spec["pasted"]).split())
    yield "pasted", lambda t, p, f: closing if _is_closing(t, p) else pasted, []

    ids = list(expert)
    rotated = {cid: expert[ids[(i + len(ids) // 2) % len(ids)]] for i, cid in enumerate(ids)}
    result = _keyed(rotated, ["That's all I can say on that one."], closing)
    yield "off_question", result, []

    stuffed = " ".join(str(spec["stuffed"]).split())
    yield "stuffed", lambda t, p, f: closing if _is_closing(t, p) else stuffed, []

    protected = {**expert, **spec["protected"]}
    yield (
        "protected",
        _keyed(protected, spec["expert"]["follow_up"], closing),
        list(spec["protected_sentences"]),
    )

    two = _keyed(expert, spec["expert"]["follow_up"], closing)

    def two_answers(turn: Turn, plan: InterviewPlan, followed: int) -> str | None:
        given = turn.index  # every earlier turn was answered
        return two(turn, plan, followed) if given < 2 else None

    yield "two_answers", two_answers, []

    injections = [" ".join(str(i["text"]).split()) for i in common["injection"]]
    injected = [" ".join(str(i["injected"]).split()) for i in common["injection"]]

    def inject(turn: Turn, plan: InterviewPlan, followed: int) -> str | None:
        if _is_closing(turn, plan):
            return closing
        return injections[(turn.index + followed) % len(injections)]

    yield "injection", inject, injected


def run(scenario: Scenario, behaviour: str, script: Script, forbidden: list[str]) -> Run:
    interviewer = BaselineInterviewer()
    prefs = Preferences()
    plan = build_interview_plan(scenario.job, prefs)
    candidate = CandidateDetails(id=f"cand-{behaviour}", name="Sam Taylor", resume_text="")
    now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    state = interviewer.start(scenario.job, candidate, "", prefs, now, plan=plan)
    followed = 0
    for _ in range(MAX_TURNS):
        if state.completed:
            break
        turn = state.turns[-1]
        reply = script(turn, plan, followed)
        if reply is None:
            break
        if turn.kind != "core":
            followed += 1
        now += timedelta(minutes=2)
        state, step = interviewer.answer(state, reply, now)
        if step.completed:
            break
    state = interviewer.finish(state, now + timedelta(minutes=1))
    return Run(scenario.name, behaviour, state, plan, forbidden)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("’", "'")).split())


def _shares_words(a: str, b: str, n: int = 5) -> bool:
    """Whether two texts share a run of n words (a quote of one inside the other)."""
    wa, wb = _norm(a).split(), _norm(b).split()
    grams = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    return any(tuple(wb[i : i + n]) in grams for i in range(len(wb) - n + 1))


def _quotes(text: str) -> list[str]:
    return re.findall(r"[“\"']([^”\"]{8,}?)[”\"]", text) + re.findall(r"“([^”]+)”", text)


Violations = list[tuple[str, str]]


def check(result: Run) -> Violations:
    """The invariants of item 4, 5 and 7 on one finished session: (invariant, detail) per violation."""
    state, plan = result.state, result.plan
    card, assessment = state.scorecard, state.assessment
    if card is None or assessment is None:
        return [("finished", "no scorecard or assessment")]
    feedback = state.final_feedback or ""
    evidence = {e.competency_id: [q.quote for q in e.evidence] for e in card.competencies}
    for c in assessment.competencies:
        if c.evidence:
            evidence.setdefault(c.competency_id, []).append(c.evidence)
    scored = sum(1 for e in card.competencies if e.score is not None)
    return [
        *_null_violations(card, assessment),
        *_overall_violations(card, assessment, scored, len(plan.competencies)),
        *_quote_violations(card, evidence),
        *_leak_violations(result, evidence, feedback),
        *_behaviour_violations(result, card, {cid for cid, quotes in evidence.items() if quotes}),
        *_feedback_violations(state, plan, feedback, scored),
        *_turn_kind_violations(state, plan),
    ]


def _null_violations(card: Scorecard, assessment: SessionAssessment) -> Violations:
    """No evidence -> score null, and a score needs evidence."""
    out = [
        ("null_without_evidence", f"{e.competency_id}: score {e.score}, {len(e.evidence)} quotes")
        for e in card.competencies
        if (e.score is None) != (not e.evidence)
    ]
    out += [
        ("null_without_evidence", f"assessment {c.competency_id}: score {c.score}")
        for c in assessment.competencies
        if (c.score is None) != (not c.evidence)
    ]
    return out


def _overall_violations(
    card: Scorecard, assessment: SessionAssessment, scored: int, planned: int
) -> Violations:
    """The overall withheld until half the plan's competencies have evidence."""
    half = scored * 2 >= planned
    return [
        ("overall_status", f"{name}: {scored}/{planned} scored, {overall} {status}")
        for name, overall, status in (
            ("scorecard", card.overall, card.status),
            ("assessment", assessment.overall, assessment.status),
        )
        if half != (overall is not None) or (status == "insufficient_evidence") == half
    ]


def _quote_violations(card: Scorecard, evidence: dict[str, list[str]]) -> Violations:
    """A quote backs at most one competency; a red flag caps."""
    out: Violations = []
    pairs = [(cid, q) for cid, quotes in evidence.items() for q in set(quotes)]
    for i, (a, qa) in enumerate(pairs):
        for b, qb in pairs[i + 1 :]:
            if a != b and _shares_words(qa, qb):
                out.append(("quote_one_competency", f"{a} / {b}: {qa[:60]!r}"))
    for e in card.competencies:
        if e.red_flags and (e.score or 0) > RED_FLAG_CAP:
            out.append(("red_flag_caps", f"{e.competency_id}: {e.score} with {e.red_flags}"))
    return out


def _leak_violations(result: Run, evidence: dict[str, list[str]], feedback: str) -> Violations:
    """Text that is never evidence is neither quoted as evidence nor said back in the feedback."""
    behaviour = result.behaviour
    leaked: set[tuple[str, str]] = set()
    for sentence in result.forbidden:
        for cid, quotes in evidence.items():
            if any(_shares_words(sentence, q, 4) for q in quotes):
                leaked.add((f"{behaviour}_evidence", f"{cid}: {sentence[:60]!r}"))
        if _shares_words(sentence, feedback, 4):
            leaked.add((f"{behaviour}_in_feedback", sentence[:60]))
    if behaviour in ("disclaimer", "off_question"):
        evidenced = {cid for cid, quotes in evidence.items() if quotes}
        for cid in sorted(evidenced - result.exempt):
            if not any(k == f"{behaviour}_evidence" and d.startswith(cid + ":") for k, d in leaked):
                leaked.add((f"{behaviour}_evidence", f"{cid}: {evidence[cid][0][:60]!r}"))
    return sorted(leaked)


def _behaviour_violations(result: Run, card: Scorecard, evidenced: set[str]) -> Violations:
    """What each scripted candidate must not earn: one text backing several competencies, a pasted answer's
    communication, an overall from too little, a 3 or more from what is no evidence or is wrong."""
    behaviour = result.behaviour
    out: Violations = []
    if behaviour in ("pasted", "stuffed") and len(evidenced) > 1:
        for cid in sorted(evidenced)[1:]:
            out.append((f"{behaviour}_evidence", f"{len(evidenced)} competencies from one text: {cid}"))
    if behaviour == "pasted" and "communication" in evidenced:
        out.append(("pasted_communication", "communication evidenced"))
    if behaviour in ("two_answers", "disclaimer", "injection") and card.overall is not None:
        out.append(("overall_status", f"{behaviour}: overall {card.overall}"))
    if behaviour in ("disclaimer", "injection", "off_question", "stuffed", "pasted"):
        for e in card.competencies:
            if e.competency_id in result.exempt:
                continue
            if (e.score or 0) >= 3 and not (behaviour == "pasted" and len(evidenced) == 1):
                out.append((f"{behaviour}_scored_3plus", f"{e.competency_id}: {e.score}"))
    if behaviour == "wrong":
        for e in card.competencies:
            if e.competency_id != "motivation" and (e.score or 0) >= 3:
                out.append(("wrong_scored_3plus", f"{e.competency_id}: {e.score} flags={e.red_flags}"))
    return out


def _feedback_violations(state: InterviewState, plan: InterviewPlan, feedback: str, scored: int) -> list[Any]:
    out: list[tuple[str, str]] = []
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", feedback)
    if re.search(r"\d|/\s*5\b|\bscor(e|ed|ing)\b|\bout of (five|5)\b", unquoted):
        out.append(("feedback_numbers", re.sub(r"\s+", " ", unquoted)[:120]))
    asked = {t.competency_id for t in state.turns if t.competency_id}
    match = re.search(r"We did not get to (.+?) in the time we had", feedback)
    said_not_asked = _norm(match.group(1)) if match else ""
    for c in plan.competencies:
        name = _norm(c.name)
        if c.id in asked and re.search(rf"\b{re.escape(name)}\b", said_not_asked):
            out.append(("feedback_coverage", f"said not asked: {c.name}"))
        if c.id not in asked and not re.search(rf"\b{re.escape(name)}\b", said_not_asked):
            out.append(("feedback_coverage", f"not asked, not said: {c.name}"))
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    share = re.search(r"gave evidence on (\w+) of the (\w+) areas", feedback)
    if share and share.group(1) in words and words.index(share.group(1)) != scored:
        out.append(("feedback_coverage", f"said {share.group(1)} evidenced, {scored} scored"))
    return out


def _turn_kind_violations(state: InterviewState, plan: InterviewPlan) -> list[tuple[str, str]]:
    out = []
    core = {q.id: q for q in plan.questions}
    for turn in state.turns:
        if turn.kind not in TURN_KINDS:
            out.append(("turn_kinds", f"{turn.index}: {turn.kind}"))
            continue
        planned = core.get(turn.question_id)
        if planned is not None and planned.form == "closing":
            want = frozenset({"closing"})
        elif planned is not None and turn.question.rstrip().endswith(planned.text.rstrip()):
            want = frozenset({"core"})
        else:
            want = TURN_KINDS - {"core", "closing"}
        if turn.kind not in want:
            out.append(("turn_kinds", f"{turn.index}: {turn.kind} for {turn.question[:60]!r}"))
    return out


def run_all(scenarios: list[Scenario] | None = None) -> list[Run]:
    results = []
    for scenario in scenarios if scenarios is not None else load_scenarios():
        for behaviour, script, forbidden in scripts(scenario):
            result = run(scenario, behaviour, script, forbidden)
            if behaviour == "off_question":
                result.exempt = set(scenario.spec.get("off_question_related", []))
            result.violations = check(result)
            results.append(result)
    return results


def ranking(results: list[Run]) -> dict[str, tuple[int, int]]:
    """Pairs (expert over weak, expert over wrong) per job the scorer, answer length and figure count get right
    (a tie counts half, rounded down at the end as a whole pair lost)."""
    by_job: dict[str, dict[str, Run]] = {}
    for r in results:
        by_job.setdefault(r.scenario, {})[r.behaviour] = r
    predictors: dict[str, Callable[[Run], float]] = {
        "scorer": Run.score,
        "answer_length": lambda r: float(sum(len(a.split()) for a in r.answers())),
        "figure_count": lambda r: float(sum(count_figures(a) for a in r.answers())),
    }
    counts = {}
    for name, predict in predictors.items():
        right = total = 0
        for runs in by_job.values():
            for other in ("weak", "wrong"):
                if "expert" in runs and other in runs:
                    total += 1
                    right += predict(runs["expert"]) > predict(runs[other])
        counts[name] = (right, total)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--verbose", action="store_true", help="print every violation")
    args = parser.parse_args()
    results = run_all()
    per_invariant: Counter[str] = Counter()
    for r in results:
        for invariant, detail in r.violations:
            per_invariant[invariant] += 1
            if args.verbose:
                print(f"{r.scenario:22} {r.behaviour:12} {invariant:24} {detail}")
    print(f"# {len(results)} interviews, {sum(per_invariant.values())} violations")
    for invariant, n in sorted(per_invariant.items()):
        print(f"{invariant:28} {n}")
    for name, (right, total) in ranking(results).items():
        print(f"ranking {name:20} {right}/{total} pairs right")
    missed = [
        (r.scenario, e.competency_id)
        for r in results
        if r.behaviour == "expert" and r.state.scorecard
        for e in r.state.scorecard.competencies
        if e.coverage == "no_evidence"
    ]
    asked = sum(
        1
        for r in results
        if r.behaviour == "expert" and r.state.scorecard
        for e in r.state.scorecard.competencies
        if e.coverage != "not_asked"
    )
    print(f"expert answers not taken as evidence (recall, not an invariant): {len(missed)}/{asked} {missed}")
    for r in results:
        if r.behaviour in ("expert", "weak", "wrong"):
            print(f"  {r.scenario:22} {r.behaviour:8} {r.score():.2f}")


if __name__ == "__main__":
    main()
