"""Signed session tokens for the WebSocket: `?token=` binds a session id, a job and a candidate until expiry.

Format: `base64url(JSON claims).base64url(HMAC-SHA256(secret, claims part))`, the claims `{"sid", "job",
"cand", "exp"}`. A server with `ws_token_secret` set requires a valid token on the handshake, for that session
id, and refuses a `start_interview` for another job or candidate. Without a secret the WebSocket stays open, so
the seed's React client works unchanged on a local machine.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import re
import time
from dataclasses import dataclass

MAX_TOKEN_CHARS = 2048
_TOKEN_IN_URL = re.compile(r"(token=)[^&\s\"']+")


class TokenError(ValueError):
    """Why a token is refused (never quoting the token)."""


@dataclass(frozen=True, slots=True)
class SessionClaims:
    session_id: str
    job_id: str
    candidate_id: str
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: str, body: str) -> str:
    return _b64(hmac.new(secret.encode("utf-8"), body.encode("ascii"), hashlib.sha256).digest())


def issue(secret: str, claims: SessionClaims) -> str:
    payload = {
        "sid": claims.session_id,
        "job": claims.job_id,
        "cand": claims.candidate_id,
        "exp": claims.expires_at,
    }
    body = _b64(json.dumps(payload, separators=(",", ":")).encode("utf-8"))
    return f"{body}.{_sign(secret, body)}"


def issue_for(secret: str, session_id: str, job_id: str, candidate_id: str, ttl_seconds: int) -> str:
    return issue(secret, SessionClaims(session_id, job_id, candidate_id, int(time.time()) + ttl_seconds))


def verify(secret: str, token: str, session_id: str, now: float | None = None) -> SessionClaims:
    """The token's claims if it is well formed, signed with `secret`, unexpired and for `session_id`."""
    if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
        raise TokenError("malformed session token")
    body, signature = token.split(".")
    if not hmac.compare_digest(_sign(secret, body), signature):
        raise TokenError("session token signature does not match")
    try:
        payload = json.loads(_unb64(body))
        claims = SessionClaims(
            str(payload["sid"]), str(payload["job"]), str(payload["cand"]), int(payload["exp"])
        )
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise TokenError("malformed session token claims") from None
    if claims.expires_at <= (time.time() if now is None else now):
        raise TokenError("session token expired")
    if claims.session_id != session_id:
        raise TokenError("session token is for another session")
    return claims


def redact(text: str) -> str:
    return _TOKEN_IN_URL.sub(r"\1[redacted]", text)


class RedactTokens(logging.Filter):
    """Keeps session tokens out of uvicorn's access and connection logs (they log the handshake's URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def redact_uvicorn_logs() -> None:
    for name in ("uvicorn.access", "uvicorn.error"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
