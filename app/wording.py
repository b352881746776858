"""Plain wording for what goes wrong: people read these, so no exception names, errno codes or HTTP jargon."""

from __future__ import annotations

from app.client import ServerError

SERVER_DOWN = "The interview server is not answering. Check that it is running, then press Retry."


def server_problem(error: ServerError, doing: str = "") -> str:
    """What to tell the user when a call to the server failed while `doing` something ("starting the interview")."""
    prefix = f"Could not {doing}: " if doing else ""
    status = error.status
    if status is None:
        return f"{prefix}{SERVER_DOWN}" if prefix else SERVER_DOWN
    if status in (401, 403):
        return (
            f"{prefix}the server refused the app's access key. Ask whoever runs the server for a valid key."
        )
    if status == 404:
        return f"{prefix}it was not found on the server (it may have been deleted)."
    if status == 409:
        return f"{prefix}the interview has already ended."
    if status == 413:
        return f"{prefix}it is too large for the server."
    if status == 422 or status == 400:
        return f"{prefix}the server could not accept what was sent. Check the fields and try again."
    if status == 429:
        return f"{prefix}too many requests in a short time. Wait a few seconds and try again."
    return f"{prefix}the server had a problem. Try again in a moment."


def protocol_problem(message: str, status_code: int | None) -> str:
    """An `error` message from the interview connection, in plain words."""
    if status_code == 413 or "too large" in message.lower():
        return "That answer is too long for the server. Shorten it and send it again."
    if status_code == 429:
        return "Answers are arriving too fast. Wait a moment, then send again."
    if status_code == 409:
        return "The interview has already ended."
    if status_code in (500, 503):
        return "The server could not save that answer. It is still in the box: send it again in a moment."
    if status_code == 400:
        return "The server could not accept that answer. Check it and send it again."
    return message if message and len(message) < 200 else "Something went wrong on the server. Try again."
