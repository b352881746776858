"""Typed REST errors: every refusal is JSON with the fields of the protocol's `error` message.

`detail` stays for FastAPI-style clients; `message`, `details`, `status_code` and `exception_type` match the
WebSocket error. Validation errors never echo large inputs back.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

ECHO_LIMIT = 200


class ApiError(HTTPException):
    def __init__(
        self,
        status_code: int,
        message: str,
        details: str = "",
        exception_type: str = "HTTPException",
        headers: dict[str, str] | None = None,
    ) -> None:
        if status_code == 401 and headers is None:
            headers = {"WWW-Authenticate": "Bearer"}
        super().__init__(status_code, message, headers)
        self.message = message
        self.details = details
        self.exception_type = exception_type


def error_body(status_code: int, message: str, details: str = "", exception_type: str = "") -> dict[str, Any]:
    return {
        "detail": message,
        "message": message,
        "details": details,
        "status_code": status_code,
        "exception_type": exception_type or "HTTPException",
    }


def error_response(
    status_code: int,
    message: str,
    details: str = "",
    exception_type: str = "",
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(status_code, message, details, exception_type), status_code, headers)


def _short(value: Any) -> Any:
    """An echoed input, or a note of its size when it is too large to send back."""
    if isinstance(value, str):
        return value if len(value) <= ECHO_LIMIT else value[:ECHO_LIMIT] + f"… ({len(value)} characters)"
    try:
        text = json.dumps(jsonable_encoder(value), ensure_ascii=False)
    except (TypeError, ValueError):
        return f"<{type(value).__name__}>"
    return value if len(text) <= ECHO_LIMIT else f"<{type(value).__name__} of {len(text)} characters>"


def trimmed_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for error in exc.errors():
        item = {key: error[key] for key in ("type", "loc", "msg") if key in error}
        if "input" in error:
            item["input"] = _short(error["input"])
        errors.append(item)
    return errors[:20]


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(
        exc.status_code, exc.message, exc.details, exc.exception_type, dict(exc.headers or {})
    )


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    body = error_body(422, "Invalid request", "See `errors`.", "ValidationError")
    body["detail"] = jsonable_encoder(trimmed_errors(exc))
    return JSONResponse(body, 422)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
