"""Hands-free answers: turn detection plus transcription that keeps up while the candidate speaks.

`VoiceTurnListener.feed` runs on the audio thread (cheap: Silero per 32 ms, Smart Turn at each pause) and queues
the segments the `TurnDetector` cuts; one worker thread transcribes them in order as they come. When a turn ends,
only its last segment is left to transcribe, so the wait after the last word does not grow with the answer.
The finished answer goes to `on_answer` (from the worker thread).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from workbench.speech.endpoint import EndReason, TurnDetector, TurnSegment, TurnSettings

log = logging.getLogger(__name__)

Transcribe = Callable[[npt.NDArray[np.float32]], str]


class ListenState(StrEnum):
    LISTENING = "listening"  # waiting for the candidate to speak
    HEARING = "hearing"  # an answer is under way
    FINISHING = "finishing"  # the answer ended; its last words are being transcribed
    STOPPED = "stopped"


@dataclass
class HeardAnswer:
    """One finished answer, with what the timing of its end looked like."""

    text: str
    reason: EndReason
    ended_at: float  # time.monotonic() when the turn was judged finished
    transcribed_at: float  # time.monotonic() when its text was complete
    segments: int = 1


@dataclass
class _Turn:
    parts: list[str] = field(default_factory=list)
    segments: int = 0


class VoiceTurnListener:
    """Feed 16 kHz mono audio from one stream; finished answers arrive in `on_answer`. Thread-safe."""

    def __init__(
        self,
        transcribe: Transcribe,
        on_answer: Callable[[HeardAnswer], None],
        settings: TurnSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._transcribe = transcribe
        self._on_answer = on_answer
        self._clock = clock
        self._detector = TurnDetector(settings)
        self._detector_lock = threading.Lock()
        self._segments: queue.Queue[tuple[TurnSegment, float] | None] = queue.Queue()
        self._turn = _Turn()
        self._text_lock = threading.Lock()
        self._pending = 0
        self.state = ListenState.LISTENING
        self._worker = threading.Thread(target=self._transcribe_forever, name="voice-turn-stt", daemon=True)
        self._worker.start()

    @property
    def settings(self) -> TurnSettings:
        return self._detector.settings

    @property
    def text_so_far(self) -> str:
        """The transcribed part of the answer under way (for a live transcript)."""
        with self._text_lock:
            return " ".join(self._turn.parts).strip()

    @property
    def silence_s(self) -> float:
        return self._detector.silence_s

    def feed(self, audio: npt.NDArray[np.generic]) -> None:
        if self.state is ListenState.STOPPED:
            return
        with self._detector_lock:
            segments = self._detector.feed(audio)
            if self._detector.in_turn and self.state is ListenState.LISTENING:
                self.state = ListenState.HEARING
        for segment in segments:
            self._queue(segment)

    def finish(self) -> bool:
        """Ends the answer under way now ("I'm done"). False when nothing was being said."""
        with self._detector_lock:
            segment = self._detector.finish()
        if segment is None:
            return False
        self._queue(segment)
        return True

    def stop(self) -> None:
        self.state = ListenState.STOPPED
        self._segments.put(None)

    def _queue(self, segment: TurnSegment) -> None:
        with self._text_lock:
            self._pending += 1
        if segment.end is not None:
            self.state = ListenState.FINISHING
        self._segments.put((segment, self._clock()))

    def _transcribe_forever(self) -> None:
        while (item := self._segments.get()) is not None:
            segment, queued_at = item
            text = self._transcribe_safely(segment.audio)
            with self._text_lock:
                self._pending -= 1
                if text:
                    self._turn.parts.append(text)
                self._turn.segments += 1
                if segment.end is None:
                    continue
                turn, self._turn = self._turn, _Turn()
            self._deliver(turn, segment.end, queued_at)

    def _transcribe_safely(self, audio: npt.NDArray[np.float32]) -> str:
        if len(audio) == 0:
            return ""
        try:
            return self._transcribe(audio).strip()
        except Exception:  # keep listening after one failed segment; the rest of the answer still counts
            log.exception("hands-free: transcription of a segment failed")
            return ""

    def _deliver(self, turn: _Turn, reason: EndReason, ended_at: float) -> None:
        if self.state is not ListenState.STOPPED:
            self.state = ListenState.HEARING if self._detector.in_turn else ListenState.LISTENING
        text = " ".join(turn.parts).strip()
        if not text:
            return
        answer = HeardAnswer(text, reason, ended_at, self._clock(), segments=turn.segments)
        try:
            self._on_answer(answer)
        except Exception:
            log.exception("hands-free: delivering an answer failed")
