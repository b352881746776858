"""Transcript export: a session as JSON (the store's read model) or Markdown for people."""

from __future__ import annotations

from workbench.store.records import SessionDetail


def _when(value: object) -> str:
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else ""


def to_markdown(session: SessionDetail) -> str:
    lines = [
        f"# Interview {session.id}",
        "",
        f"- Job: `{session.job_id}`",
        f"- Candidate: `{session.candidate_id}`",
        f"- Status: {session.status}; phase: {session.phase}; questions asked: {session.questions_asked}",
        f"- Started: {_when(session.started_at)}; ended: {_when(session.ended_at) or '—'}",
        "",
        "## Transcript",
    ]
    for turn in session.turns:
        lines += [
            "",
            f"### {turn.index + 1}. {turn.phase} ({turn.kind}) — {_when(turn.asked_at)}",
            "",
            f"**Interviewer:** {turn.question}",
            "",
        ]
        lines.append(f"**Candidate:** {turn.answer}" if turn.answer is not None else "_(not answered)_")
        if turn.assessment and turn.assessment.competencies:
            scores = ", ".join(f"{c.name} {_score(c.score)}" for c in turn.assessment.competencies)
            lines += ["", f"_Assessment:_ comfort {turn.assessment.comfort}; {scores}"]
    if session.assessment:
        overall = session.assessment.overall
        shown = f"{overall:.1f}/5" if overall is not None else "not enough evidence"
        lines += ["", "## Assessment", "", f"Overall: {shown}", ""]
        for comp in session.assessment.competencies:
            evidence = f" — “{comp.evidence}”" if comp.evidence else ""
            lines.append(f"- **{comp.name}**: {_score(comp.score)}{evidence}")
    if session.final_feedback:
        lines += ["", "## Feedback", "", session.final_feedback]
    return "\n".join(lines) + "\n"


def _score(score: int | None) -> str:
    return f"{score}/5" if score is not None else "no evidence"
