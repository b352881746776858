"""A local OpenAI-compatible chat-completions server that answers after a chosen delay.

It is the stand-in for a hosted LLM (none can be reached here): it answers each of the interviewer's three
DSPy signatures with a valid JSON object after sleeping uniformly between --min-delay and --max-delay
seconds, so that benchmarks and tests measure the server around a slow LM, not an LM's quality.

    .venv/bin/python bench/lm_stub.py --port 9100 --min-delay 1 --max-delay 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from typing import Any

import uvicorn
from fastapi import FastAPI, Request

ASSESSMENT = {
    "comfort": "confident",
    "skills_evidenced": ["react"],
    "star": {"situation": True, "task": True, "action": True, "result": True},
    "vague": False,
    "addresses_question": True,
    "correct": True,
    "score": 3,
    "evidence": "",
    "red_flags": [],
}
TURN = {
    "response": "Thank you, that is a clear example.",
    "question": "What would you do differently next time?",
}
FEEDBACK = {
    "summary": "You gave concrete examples with measurable results.",
    "strengths": ["Specific, measured results."],
    "areas_to_improve": ["Say more about trade-offs you weighed."],
}


def reply_for(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The output field the prompt asks for, filled with a valid value."""
    prompt = " ".join(str(message.get("content", "")) for message in messages)
    if "`turn`" in prompt:
        return {"turn": TURN}
    if "`feedback`" in prompt:
        return {"feedback": FEEDBACK}
    return {"assessment": ASSESSMENT}


def create_app(min_delay: float, max_delay: float, seed: int = 0) -> FastAPI:
    app = FastAPI(title="OpenAI-compatible slow LM stub")
    rng = random.Random(seed)
    app.state.delays = []

    @app.post("/v1/chat/completions")
    @app.post("/chat/completions")
    async def chat(request: Request) -> dict[str, Any]:
        body = await request.json()
        delay = rng.uniform(min_delay, max_delay)
        app.state.delays.append(delay)
        await asyncio.sleep(delay)
        content = json.dumps(reply_for(body.get("messages", [])))
        return {
            "id": f"stub-{len(app.state.delays)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "stub"),
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }

    @app.get("/stats")
    async def stats() -> dict[str, Any]:
        delays = app.state.delays
        return {"calls": len(delays), "mean_delay": sum(delays) / len(delays) if delays else 0.0}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--min-delay", type=float, default=1.0)
    parser.add_argument("--max-delay", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    app = create_app(args.min_delay, args.max_delay, args.seed)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", backlog=4096)


if __name__ == "__main__":
    main()
