"""A deadline for the request head: uvicorn's HTTP protocol, closing connections that send headers too slowly.

uvicorn times out idle keep-alive connections, but not one that is still sending its request line and headers
(a slowloris, or a half-sent WebSocket handshake): those would stay open forever. Here a timer starts when a
connection opens and when each request begins, and is cancelled once the headers are complete; if it fires,
the connection is closed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from workbench.settings import get_settings

log = logging.getLogger(__name__)


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """`HttpToolsProtocol` with a deadline (settings: `header_timeout_seconds`) for each request head. A
    module-level class, so that uvicorn can hand it to worker processes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timeout = get_settings().header_timeout_seconds
        self._head_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self._head_timeout, self._head_timed_out)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing():
            log.info("closed a connection that sent no complete request head in %.0f s", self._head_timeout)
            self.transport.close()

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
