"""Results of a finished interview, read at a glance: the overall score (or "not enough evidence"), each
competency once with its evidence, per-question feedback, and the candidate feedback and hiring scorecard as tabs.

Tolerates both assessment shapes: scores 1-5 always present (older servers), or `score: null` per competency and
`overall: null` with `status: "insufficient_evidence"` (newer ones), and a `scorecard` object when the server has one.
"""

from __future__ import annotations

import json
from typing import Any

import streamlit as st

from app.client import ServerApi, ServerError
from app.ui import plain
from app.wording import server_problem

JsonDict = dict[str, Any]
NOT_ENOUGH = "Not enough evidence"


def answered(session: JsonDict) -> int:
    return sum(1 for turn in session.get("turns") or [] if turn.get("answer"))


def overall_text(session: JsonDict) -> str:
    """ "3.4 / 5", or "Not enough evidence" when the server says so or nothing was answered."""
    assessment = session.get("scorecard") or session.get("assessment") or {}
    overall = assessment.get("overall")
    if overall is None or assessment.get("status") == "insufficient_evidence" or answered(session) == 0:
        return NOT_ENOUGH
    return f"{float(overall):.1f} / 5"


def score_text(score: object) -> str:
    return f"{float(score):.0f} / 5" if isinstance(score, int | float) else NOT_ENOUGH.lower()


def competencies(session: JsonDict) -> list[JsonDict]:
    scorecard = session.get("scorecard") or {}
    found = scorecard.get("competencies") if isinstance(scorecard, dict) else None
    return list(found or (session.get("assessment") or {}).get("competencies") or [])


def show_results(session: JsonDict | None, feedback: str) -> None:
    if session is None:
        st.markdown(plain(feedback or "—"))
        return
    candidate_tab, scorecard_tab, questions_tab = st.tabs(
        ["Candidate feedback", "Hiring scorecard", "Question by question"]
    )
    with candidate_tab:
        candidate_feedback(session, feedback)
    with scorecard_tab:
        hiring_scorecard(session)
    with questions_tab:
        per_question(session)


def candidate_feedback(session: JsonDict, feedback: str) -> None:
    """Words for the candidate: the feedback, strengths and what to work on; no numbers."""
    st.markdown(plain(feedback or str(session.get("final_feedback") or "")) or "—")
    assessment = session.get("assessment") or {}
    strengths, improve = st.columns(2)
    strengths.markdown("**What went well**\n\n" + _bullets(assessment.get("strengths")))
    improve.markdown("**What to work on**\n\n" + _bullets(assessment.get("areas_to_improve")))


def hiring_scorecard(session: JsonDict) -> None:
    st.metric("Overall", overall_text(session))
    if overall_text(session) == NOT_ENOUGH:
        st.caption(
            f"{answered(session)} answer(s) given: too few competencies have evidence for an overall score."
        )
    scorecard = session.get("scorecard") if isinstance(session.get("scorecard"), dict) else {}
    if scorecard and scorecard.get("competencies_planned"):
        st.caption(
            f"{scorecard.get('competencies_evidenced', 0)} of {scorecard['competencies_planned']} planned "
            f"competencies have evidence · {scorecard.get('answers', answered(session))} answers"
        )
    rows = competencies(session)
    if not rows:
        st.info("No competency was assessed.")
    for row in rows:
        with st.container(border=True):
            level = f" · rubric level {row['rubric_level']}" if row.get("rubric_level") else ""
            coverage = str(row.get("coverage") or "").replace("_", " ")
            st.markdown(
                f"**{plain(str(row.get('name', '')))}** — {score_text(row.get('score'))}{level}"
                + (f" · {plain(coverage)}" if coverage else "")
            )
            if row.get("anchor"):
                st.caption(plain(str(row["anchor"])))
            quotes = evidence_quotes(row.get("evidence"))
            st.markdown(
                "\n".join(f"> {plain(q)}" for q in quotes) if quotes else "_No quote from the candidate._"
            )
            if row.get("red_flags"):
                st.markdown("**Red flags:** " + plain("; ".join(str(f) for f in row["red_flags"])))
    summary = (session.get("assessment") or {}).get("summary")
    if summary:
        st.markdown(plain(str(summary)))


def evidence_quotes(evidence: object) -> list[str]:
    """Quotes from either shape: a string (older servers) or a list of `{"quote": ...}` objects."""
    if isinstance(evidence, str):
        return [evidence] if evidence.strip() else []
    if isinstance(evidence, list):
        return [str(e.get("quote") if isinstance(e, dict) else e) for e in evidence if e]
    return []


def per_question(session: JsonDict) -> None:
    turns = session.get("turns") or []
    if not turns:
        st.info("No questions were asked.")
    for index, turn in enumerate(turns, start=1):
        with st.expander(f"Q{index}. {turn.get('question', '')}"[:120], expanded=False):
            answer = turn.get("answer")
            st.markdown(f"**Answer:** {plain(str(answer))}" if answer else "_Not answered._")
            assessment = turn.get("assessment") or {}
            scored = [
                f"{c.get('name')}: {score_text(c.get('score'))}" for c in assessment.get("competencies") or []
            ]
            if scored:
                st.markdown("**Scored:** " + plain("; ".join(scored)))
            if assessment.get("vague"):
                st.markdown(
                    "**Feedback:** the answer stayed general; a concrete example would make it stronger."
                )
            if assessment.get("notes"):
                st.caption(plain(str(assessment["notes"])))


def downloads(api: ServerApi, session: JsonDict, names: tuple[str, str]) -> None:
    """Transcript and scorecard downloads, named after the candidate and the job, not ids."""
    session_id = str(session.get("id"))
    try:
        markdown = api.get_transcript(session_id, "markdown")
    except ServerError as exc:
        st.error(server_problem(exc, "load the transcript"))
        return
    stem = file_stem(*names, str(session.get("started_at") or "")[:10])
    left, right = st.columns(2)
    left.download_button("Download transcript", markdown, f"{stem}.md", "text/markdown", key="dl_md")
    card: JsonDict = {"session": session_id, "candidate": names[0], "job": names[1]}
    card |= {"overall": overall_text(session), "competencies": competencies(session)}
    right.download_button(
        "Download scorecard (JSON)",
        json.dumps(card, indent=2),
        f"{stem}-scorecard.json",
        "application/json",
        key="dl_json",
    )


def file_stem(*parts: str) -> str:
    words = "-".join(part for part in parts if part)
    cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in words.replace(" ", "-"))
    return "-".join(piece for piece in cleaned.split("-") if piece)[:120] or "interview"


def _bullets(items: list[str] | None) -> str:
    return "\n".join(f"- {plain(str(item))}" for item in items or []) or "—"
