"""The sessions this process holds in memory, and the connections counted per session."""

from __future__ import annotations

from protocol_server.ratelimit import TokenBucket
from protocol_server.session import Session, Stage


class SessionRegistry:
    def __init__(self) -> None:
        self._live: dict[str, Session] = {}
        self._connections: dict[str, int] = {}
        self._buckets: dict[str, TokenBucket] = {}
        self._erased: set[str] = set()

    def __len__(self) -> int:
        return len(self._live)

    def get(self, session_id: str) -> Session | None:
        return self._live.get(session_id)

    def add(self, session_id: str) -> Session:
        """A new session object in OPENING, registered so that concurrent messages wait for its outcome."""
        if session_id in self._live:
            raise RuntimeError(f"session {session_id} is registered already")
        session = Session(session_id)
        self._live[session_id] = session
        return session

    def remove(self, session: Session) -> None:
        if self._live.get(session.id) is session:
            del self._live[session.id]

    def sessions(self) -> list[Session]:
        return list(self._live.values())

    def of_candidate(self, candidate_id: str) -> list[Session]:
        return [
            s for s in self._live.values() if s.candidate_id == candidate_id and s.stage is not Stage.OPENING
        ]

    # --- connections and their rate limit -------------------------------------------------------------

    def connected(self, session_id: str, rate: float, burst: int) -> TokenBucket:
        """Count a new connection; its messages draw on the session's one rate-limit bucket, so reconnecting
        does not reset the limit."""
        self._connections[session_id] = self._connections.get(session_id, 0) + 1
        return self._buckets.setdefault(session_id, TokenBucket(rate, burst))

    def disconnected(self, session_id: str) -> None:
        count = self._connections.get(session_id, 1) - 1
        if count > 0:
            self._connections[session_id] = count
        else:
            self._connections.pop(session_id, None)
            self._buckets.pop(session_id, None)
