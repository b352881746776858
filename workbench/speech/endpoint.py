"""Hands-free turn taking: where a spoken answer pauses, and where it is finished.

Audio (16 kHz mono) is cut into 32 ms chunks scored by Silero VAD. When speech stops for `pause_ms`, Pipecat's
Smart Turn v3 model listens to the turn so far and tells a finished answer (falling intonation, a complete
phrase) from a thinking pause ("and then I… [1.5 s] …wrote a failing test"). A pause it judges finished ends the
turn after `end_silence_s` (longer than the gap between two sentences of one answer); a pause it judges unfinished
keeps the turn open until `silence_ceiling_s`, the ceiling that ends any turn. The candidate can also end it ("I'm
done", `finish`).

Every pause is also a chance to hand a finished stretch of speech (a *segment*) to the transcriber while the
candidate goes on talking, so that the wait after the last word covers only the last few seconds of audio, not
the whole answer. Segments are cut at pauses once they hold `segment_min_s` of audio (Whisper hears short
fragments worse), and at `segment_max_s` whatever happens (Whisper's window is 30 s).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from workbench.speech.audio import WHISPER_RATE, as_float32
from workbench.speech.turn_models import VAD_CHUNK, SileroVad, SmartTurn

__all__ = ["EndReason", "TurnDetector", "TurnSegment", "TurnSettings"]

CHUNK_MS = VAD_CHUNK * 1000 // WHISPER_RATE  # 32

FloatAudio = npt.NDArray[np.float32]


class TurnSettings(BaseModel):
    """How patient hands-free listening is. The defaults were tuned on spoken answers with thinking pauses."""

    speech_threshold: float = Field(default=0.5, gt=0, lt=1, description="Silero probability that is speech.")
    pause_ms: int = Field(default=200, ge=64, description="Silence after which Smart Turn is asked.")
    reask_ms: int = Field(
        default=400,
        ge=64,
        description="Smart Turn is asked again after this much more silence (it hears the "
        "trailing silence too, and a longer one makes a finished answer clearer).",
    )
    end_threshold: float = Field(
        default=0.5, gt=0, lt=1, description="Smart Turn probability of a finished turn."
    )
    end_silence_s: float = Field(
        default=0.6,
        ge=0,
        description="Silence that ends a turn Smart Turn called finished (sentence gaps are shorter).",
    )
    silence_ceiling_s: float = Field(default=2.2, ge=0.5, le=10, description="Silence that ends any turn.")
    min_speech_ms: int = Field(
        default=250, ge=0, description="Shorter bursts (a cough, a click) are dropped."
    )
    pre_roll_ms: int = Field(default=320, ge=0, description="Audio kept from before speech starts.")
    segment_min_s: float = Field(default=4.0, gt=0, description="A segment is cut at a pause once this long.")
    segment_max_s: float = Field(default=24.0, gt=0, le=30, description="A segment is cut here in any case.")
    max_turn_s: float = Field(default=300.0, gt=0, description="A turn is ended here in any case.")


class EndReason(StrEnum):
    SMART_TURN = "smart_turn"  # the model heard a finished answer
    SILENCE = "silence"  # the silence ceiling passed
    FINISHED = "finished"  # the candidate said so ("I'm done")
    TOO_LONG = "too_long"  # max_turn_s


@dataclass(frozen=True)
class TurnSegment:
    """A stretch of the turn's audio to transcribe; `end` is set on the last segment of a turn."""

    audio: FloatAudio
    end: EndReason | None = None


class TurnDetector:
    """Feed 16 kHz audio; get back segments to transcribe and the end of each turn. One stream, one thread."""

    def __init__(self, settings: TurnSettings | None = None) -> None:
        self.settings = settings or TurnSettings()
        self._vad = SileroVad()
        self._smart_turn = SmartTurn()
        self._pre_roll: deque[FloatAudio] = deque(maxlen=max(1, self.settings.pre_roll_ms // CHUNK_MS))
        self._remainder = np.zeros(0, dtype=np.float32)
        self.last_end_probability: float | None = None
        self._reset_turn()

    def _reset_turn(self) -> None:
        self._chunks: list[FloatAudio] = []
        self._segment_start = 0  # index in _chunks where the untranscribed audio starts
        self._speech_ms = 0
        self._silence_ms = 0
        self._next_ask_ms = self.settings.pause_ms
        self._sounds_finished = False

    @property
    def in_turn(self) -> bool:
        """True from the first word of an answer to its end."""
        return bool(self._chunks)

    @property
    def hearing_speech(self) -> bool:
        return self.in_turn and self._silence_ms == 0

    @property
    def silence_s(self) -> float:
        """Silence since the last word of the open turn (0 outside a turn)."""
        return self._silence_ms / 1000 if self.in_turn else 0.0

    def feed(self, audio: npt.NDArray[np.generic]) -> list[TurnSegment]:
        """Adds audio of any length (int16 or float, mono) and returns the segments it completed."""
        samples = as_float32(np.asarray(audio)).reshape(-1)
        buffered = np.concatenate([self._remainder, samples]) if len(self._remainder) else samples
        whole = len(buffered) - len(buffered) % VAD_CHUNK
        found: list[TurnSegment] = []
        for start in range(0, whole, VAD_CHUNK):
            segment = self._process(np.ascontiguousarray(buffered[start : start + VAD_CHUNK]))
            if segment is not None:
                found.append(segment)
        self._remainder = buffered[whole:].copy()
        return found

    def finish(self) -> TurnSegment | None:
        """Ends the open turn now (the candidate pressed "I'm done"); None when no answer was heard."""
        return self._end_turn(EndReason.FINISHED) if self.in_turn else None

    def _process(self, chunk: FloatAudio) -> TurnSegment | None:
        speech = self._vad(chunk) >= self.settings.speech_threshold
        if not self.in_turn:
            if not speech:
                self._pre_roll.append(chunk)
                return None
            self._chunks = [*self._pre_roll, chunk]
            self._pre_roll.clear()
            self._speech_ms = CHUNK_MS
            return None
        self._chunks.append(chunk)
        if speech:
            self._speech_ms += CHUNK_MS
            self._silence_ms = 0
            self._next_ask_ms = self.settings.pause_ms
            self._sounds_finished = False
            return self._cut_if_too_long()
        self._silence_ms += CHUNK_MS
        return self._on_silence()

    def _on_silence(self) -> TurnSegment | None:
        settings = self.settings
        if self._silence_ms >= settings.silence_ceiling_s * 1000:
            return self._end_turn(EndReason.SILENCE)
        if self._sounds_finished and self._silence_ms >= settings.end_silence_s * 1000:
            return self._end_turn(EndReason.SMART_TURN)
        if self._silence_ms < self._next_ask_ms or self._sounds_finished:
            return self._cut_if_too_long()
        self._next_ask_ms += settings.reask_ms
        if self._speech_ms < settings.min_speech_ms:
            # A cough or a click, not an answer: forget it.
            self._reset_turn()
            return None
        self.last_end_probability = self._smart_turn(np.concatenate(self._chunks))
        self._sounds_finished = self.last_end_probability >= settings.end_threshold
        if self._sounds_finished and self._silence_ms >= settings.end_silence_s * 1000:
            return self._end_turn(EndReason.SMART_TURN)
        untranscribed = self._seconds(len(self._chunks) - self._segment_start)
        if untranscribed > 0 and (self._sounds_finished or untranscribed >= settings.segment_min_s):
            # A finished-sounding sentence is transcribed at once, while the turn waits out `end_silence_s`:
            # if the candidate goes on, it is one segment of a longer answer; if not, its text is ready sooner.
            return self._cut_segment()
        return None

    def _cut_if_too_long(self) -> TurnSegment | None:
        if self._seconds(len(self._chunks)) >= self.settings.max_turn_s:
            return self._end_turn(EndReason.TOO_LONG)
        if self._seconds(len(self._chunks) - self._segment_start) >= self.settings.segment_max_s:
            return self._cut_segment()
        return None

    def _cut_segment(self) -> TurnSegment:
        audio = np.concatenate(self._chunks[self._segment_start :])
        self._segment_start = len(self._chunks)
        return TurnSegment(audio)

    def _end_turn(self, reason: EndReason) -> TurnSegment | None:
        # Keep a little of the trailing silence (Whisper likes a clean ending), not the whole wait.
        trailing = max(0, self._silence_ms // CHUNK_MS - 10)
        end = max(self._segment_start, len(self._chunks) - trailing)
        pending = self._chunks[self._segment_start : end]
        heard = self._speech_ms >= self.settings.min_speech_ms
        self._reset_turn()
        if not heard:
            return None
        audio = np.concatenate(pending) if pending else np.zeros(0, dtype=np.float32)
        return TurnSegment(audio, end=reason)

    @staticmethod
    def _seconds(chunks: int) -> float:
        return chunks * CHUNK_MS / 1000
