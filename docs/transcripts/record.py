"""Record the example transcripts in this folder against a running server (`openhire serve`).

    python docs/transcripts/record.py --server http://127.0.0.1:8000 --key "$(cat var/api-key)"

Each interview in answers.yaml is played over the real WebSocket protocol; the Markdown shows what a frontend
shows (the interviewer's `response` and `question`, the candidate's answer), then the hiring scorecard and the
candidate feedback read back over REST.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import httpx
import yaml
from websockets.sync.client import connect

from workbench.protocol import EndInterview, candidate_response, dump, start_interview

HERE = Path(__file__).parent


def play(server: str, key: str, name: str, spec: dict[str, Any]) -> str:
    api = httpx.Client(base_url=server, headers={"Authorization": f"Bearer {key}"}, timeout=30)
    api.post("/api/candidates", json=spec["candidate"])  # 409 when recorded before: fine
    job = api.get(f"/api/jobs/{spec['job_id']}").json()
    session = f"example-{name}-{int(time.time())}"
    lines = [f"# Example interview: {job['title']} ({job.get('company', '')})", ""]
    with connect(server.replace("http", "ws", 1) + f"/ws/interview/{session}") as ws:
        ws.send(dump(start_interview(spec["job_id"], spec["candidate"]["id"])))
        started = json.loads(ws.recv())["data"]
        lines += [f"**Interviewer:** {started['initial_question']}", ""]
        for answer in spec["answers"]:
            lines += [f"**Candidate:** {answer}", ""]
            ws.send(dump(candidate_response(answer)))
            reply = _reply(ws)
            if reply["type"] == "interview_ended":
                break
            data = reply["data"]
            lines += [
                f"**Interviewer** _({data['interview_phase']})_: {data['response']} {data['question']}",
                "",
            ]
        else:
            ws.send(dump(EndInterview()))
            _reply(ws)
    detail = api.get(f"/api/sessions/{session}").json()
    kinds = ", ".join(f"{t['index'] + 1}:{t['kind']}" for t in detail["turns"])
    lines += ["## Turn kinds (over REST)", "", kinds, "", "## Hiring scorecard", "", _scorecard(detail)]
    lines += [
        "",
        "## Candidate feedback (`interview_ended.final_feedback`)",
        "",
        detail["final_feedback"] or "",
    ]
    return "\n".join(lines) + "\n"


def _reply(ws: Any) -> dict[str, Any]:
    while True:
        message: dict[str, Any] = json.loads(ws.recv())
        if message["type"] in {"ai_response", "interview_ended", "error"}:
            return message


def _scorecard(detail: dict[str, Any]) -> str:
    card = detail.get("scorecard") or {}
    rows = ["| competency | score | coverage | evidence |", "|---|---|---|---|"]
    for comp in card.get("competencies", []):
        quote = comp["evidence"][0]["quote"] if comp.get("evidence") else ""
        score = "—" if comp.get("score") is None else str(comp["score"])
        rows.append(f"| {comp['name']} | {score} | {comp['coverage']} | {quote} |")
    overall = card.get("overall")
    rows += ["", f"Overall: {'not enough evidence' if overall is None else overall} ({card.get('status')})"]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default="http://127.0.0.1:8000")
    parser.add_argument("--key", required=True)
    args = parser.parse_args()
    for name, spec in yaml.safe_load((HERE / "answers.yaml").read_text()).items():
        (HERE / f"{name}.md").write_text(play(args.server, args.key, name, spec))
        print(f"wrote {name}.md")


if __name__ == "__main__":
    main()
