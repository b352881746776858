"""REST input at the edge, before any route reads it: body size in bytes, then JSON bounds.

The body is counted as it arrives and refused with 413 as soon as it passes `max_body_bytes` (a declared
Content-Length above the cap is refused without reading at all), so a 10 MB body is never held whole. A JSON
body must then pass `json_guard` (depth, number length, no lone surrogate) or gets a typed 400. Only then is
the buffered body replayed to the application.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from protocol_server.errors import error_response
from workbench.json_guard import JsonBoundsError, loads_bounded

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class BodyTooLarge(Exception):
    pass


class EdgeInputMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int, max_json_depth: int, max_number_chars: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_json_depth = max_json_depth
        self.max_number_chars = max_number_chars

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length", b"").strip()
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(scope, receive, send)
            return
        try:
            body, more = await self._read(receive)
        except BodyTooLarge:
            await self._too_large(scope, receive, send)
            return
        if body and b"json" in headers.get(b"content-type", b"").lower():
            problem = self._json_problem(body)
            if problem is not None:
                await error_response(400, "Invalid JSON body", problem, "InvalidJSON")(scope, receive, send)
                return
        await self.app(scope, _replay(body, more, receive), send)

    async def _read(self, receive: Receive) -> tuple[bytes, bool]:
        """The whole body, counted in bytes as it arrives. `more` is False when the client disconnected."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks), False
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), True

    def _json_problem(self, body: bytes) -> str | None:
        try:
            loads_bounded(body, self.max_json_depth, self.max_number_chars)
        except JsonBoundsError as exc:
            return str(exc)
        except UnicodeDecodeError:
            return "the body is not valid UTF-8"
        except json.JSONDecodeError as exc:
            return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
        return None

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413,
            "Request body too large",
            f"Request bodies are limited to {self.max_body_bytes} bytes.",
            "RequestTooLarge",
            headers={"Connection": "close"},  # the rest of the body is not read; the connection ends
        )
        await response(scope, receive, send)


def _replay(body: bytes, more: bool, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        if not more:
            return {"type": "http.disconnect"}
        return await receive()

    return replay
