"""WebSocket edge checks: the handshake (session id, Origin, session token), frame size in bytes, and the count
of rate-limited messages (counted and summarised in one log line per connection, never logged one by one)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from protocol_server.session_token import SessionClaims, TokenError, verify
from workbench.protocol import ProtocolError, StartInterview, valid_session_id
from workbench.settings import Settings

log = logging.getLogger(__name__)


class HandshakeRefused(Exception):
    """The handshake is answered with HTTP 403; the reason goes to the log only (it may be probing)."""


def origin_allowed(settings: Settings, origin: str | None) -> bool:
    """With an allowlist set, a browser handshake must come from a listed origin. Clients that send no Origin
    (servers, CLI tools) are not browsers and cannot be cross-site-hijacked, so they pass."""
    if not settings.allowed_origins or origin is None:
        return True
    return origin.rstrip("/") in {allowed.rstrip("/") for allowed in settings.allowed_origins}


def check_handshake(
    settings: Settings, session_id: str, origin: str | None, token: str | None
) -> SessionClaims | None:
    """The token's claims (None when tokens are not configured); raises `HandshakeRefused`."""
    if not valid_session_id(session_id):
        raise HandshakeRefused("malformed session id")
    if not origin_allowed(settings, origin):
        raise HandshakeRefused("origin not allowed")
    secret = settings.ws_token_secret.get_secret_value()
    if not secret:
        return None
    try:
        return verify(secret, token or "", session_id)
    except TokenError as exc:
        raise HandshakeRefused(str(exc)) from None


def check_claims(claims: SessionClaims | None, message: object) -> None:
    """A token binds its job and candidate: a start for others is refused with a typed 403."""
    if claims is None or not isinstance(message, StartInterview):
        return
    if (message.data.job_id, message.data.candidate_id) != (claims.job_id, claims.candidate_id):
        raise ProtocolError(
            403,
            "Session token does not cover this interview",
            "The token was issued for another job or candidate.",
            "Forbidden",
        )


def frame_too_large(frame: str | bytes, max_bytes: int) -> bool:
    """The limit counts UTF-8 bytes: 64 KiB of four-byte characters is 256 KiB on the wire."""
    if len(frame) > max_bytes:
        return True
    return isinstance(frame, str) and len(frame.encode("utf-8", "surrogatepass")) > max_bytes


def too_large_error(max_bytes: int) -> ProtocolError:
    return ProtocolError(
        413, "Message too large", f"Messages are limited to {max_bytes} bytes.", "MessageTooLarge"
    )


@dataclass
class RateLimitCounter:
    """Messages refused for rate; `total` is served by /health, each connection logs one summary line."""

    total: int = 0
    by_session: dict[str, int] = field(default_factory=dict)

    def count(self, session_id: str) -> None:
        self.total += 1
        self.by_session[session_id] = self.by_session.get(session_id, 0) + 1

    def summarise(self, session_id: str) -> None:
        refused = self.by_session.pop(session_id, 0)
        if refused:
            log.warning("session %s: %d messages refused by the rate limit", session_id, refused)
