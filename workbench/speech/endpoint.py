"""Hands-free end-of-answer detection: find where a spoken answer stops, from the audio alone.

Frames from the browser (WebRTC, resampled to 16 kHz mono) are cut into 30 ms windows. A window is speech when
its energy is well above an adaptive noise floor (a fan or a hum raises the floor, not the speech count) and above
an absolute floor (so a silent room with a digital-zero floor does not turn breathing into speech). An utterance
is finished after `silence_ms` of non-speech following at least `min_speech_ms` of speech; shorter bursts (a
cough, a click) are dropped. A monologue is cut at `max_utterance_ms` so one answer can never grow unbounded.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import numpy.typing as npt

from workbench.speech.audio import WHISPER_RATE, as_float32, float_to_pcm16, pcm16_to_wav

__all__ = ["UtteranceDetector", "frame_dbfs", "pcm16_to_wav"]

WINDOW_MS = 30
SILENCE_DBFS = -100.0


def frame_dbfs(samples: npt.NDArray[np.float32]) -> float:
    """RMS level in dB relative to full scale (-100 for digital silence)."""
    if len(samples) == 0:
        return SILENCE_DBFS
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return max(SILENCE_DBFS, 20.0 * np.log10(rms)) if rms > 0 else SILENCE_DBFS


class UtteranceDetector:
    """Feed audio frames; get back each finished utterance as a 16 kHz mono 16-bit WAV file.

    Not thread-safe: one detector per audio stream, fed from one thread.
    """

    def __init__(
        self,
        silence_ms: int = 900,
        min_speech_ms: int = 250,
        max_utterance_ms: int = 120_000,
        sample_rate: int = WHISPER_RATE,
        *,
        margin_db: float = 12.0,
        min_speech_dbfs: float = -50.0,
        pre_roll_ms: int = 300,
        keep_trailing_silence_ms: int = 300,
    ) -> None:
        if silence_ms <= 0 or min_speech_ms <= 0 or max_utterance_ms <= min_speech_ms:
            raise ValueError("need silence_ms > 0 and 0 < min_speech_ms < max_utterance_ms")
        self.silence_ms = silence_ms
        self.min_speech_ms = min_speech_ms
        self.max_utterance_ms = max_utterance_ms
        self.sample_rate = sample_rate
        self.margin_db = margin_db
        self.min_speech_dbfs = min_speech_dbfs
        self._window = sample_rate * WINDOW_MS // 1000
        self._pre_roll_windows = max(1, pre_roll_ms // WINDOW_MS)
        self._trailing_windows = keep_trailing_silence_ms // WINDOW_MS
        self._finished: deque[bytes] = deque()
        self.reset()

    def reset(self) -> None:
        """Forget everything: buffered audio, the current utterance, pending results and the noise estimate."""
        self._remainder = np.zeros(0, dtype=np.float32)
        self._odd_byte = b""
        self._pre_roll: deque[npt.NDArray[np.float32]] = deque(maxlen=self._pre_roll_windows)
        self._utterance: list[npt.NDArray[np.float32]] = []
        self._speech_ms = 0
        self._silence_run_ms = 0
        self._noise_floor_dbfs: float | None = None
        self._finished.clear()

    @property
    def in_speech(self) -> bool:
        """True while an utterance is being collected (for a "listening…" indicator)."""
        return bool(self._utterance)

    @property
    def noise_floor_dbfs(self) -> float | None:
        return self._noise_floor_dbfs

    def feed(self, frame: bytes | npt.NDArray[np.generic]) -> bytes | None:
        """Add a frame (int16 PCM bytes, or an int16/float array) and return the oldest finished utterance.

        Frames may have any length; when one long frame holds several utterances the rest come back from the
        following `feed` calls (an empty frame is fine for draining).
        """
        samples = self._as_samples(frame)
        buffered = np.concatenate([self._remainder, samples]) if len(self._remainder) else samples
        whole = len(buffered) - len(buffered) % self._window
        for start in range(0, whole, self._window):
            self._process_window(buffered[start : start + self._window])
        self._remainder = buffered[whole:].copy()
        return self._finished.popleft() if self._finished else None

    def flush(self) -> bytes | None:
        """End of stream: finish the current utterance if it has enough speech, and return the oldest pending one."""
        if self._utterance:
            self._close_utterance()
        return self._finished.popleft() if self._finished else None

    def _as_samples(self, frame: bytes | npt.NDArray[np.generic]) -> npt.NDArray[np.float32]:
        if isinstance(frame, bytes | bytearray | memoryview):
            # A byte stream may be split anywhere, even inside a sample: carry an odd byte to the next frame.
            raw = self._odd_byte + bytes(frame)
            whole = len(raw) - len(raw) % 2
            self._odd_byte = raw[whole:]
            return as_float32(np.frombuffer(raw[:whole], dtype="<i2"))
        array = as_float32(np.asarray(frame))
        if array.ndim == 2:
            # PyAV frames are (channels, samples), soundfile's are (samples, channels): channels is the short axis.
            array = array.mean(axis=int(np.argmin(array.shape)), dtype=np.float32)
        elif array.ndim != 1:
            raise ValueError(f"expected a mono or 2-D multichannel frame, got shape {array.shape}")
        return array

    def _is_speech(self, level: float) -> bool:
        floor = self._noise_floor_dbfs if self._noise_floor_dbfs is not None else level
        return level >= self.min_speech_dbfs and level >= floor + self.margin_db

    def _update_noise_floor(self, level: float, speech: bool) -> None:
        if self._noise_floor_dbfs is None:
            self._noise_floor_dbfs = level
        elif level < self._noise_floor_dbfs:
            # Fall fast: a quieter window is the best evidence of the true floor.
            self._noise_floor_dbfs = 0.7 * self._noise_floor_dbfs + 0.3 * level
        else:
            # Rise slowly, and much more slowly during speech, so speech never becomes the floor; a steady new
            # noise (a fan switched on) is absorbed within a few seconds.
            rate = 0.002 if speech else 0.05
            self._noise_floor_dbfs += rate * (level - self._noise_floor_dbfs)

    def _process_window(self, window: npt.NDArray[np.float32]) -> None:
        level = frame_dbfs(window)
        speech = self._is_speech(level)
        self._update_noise_floor(level, speech)
        if not self._utterance:
            if speech:
                self._utterance = [*self._pre_roll, window]
                self._pre_roll.clear()
                self._speech_ms, self._silence_run_ms = WINDOW_MS, 0
            else:
                self._pre_roll.append(window)
            return
        self._utterance.append(window)
        if speech:
            self._speech_ms += WINDOW_MS
            self._silence_run_ms = 0
        else:
            self._silence_run_ms += WINDOW_MS
        if (
            self._silence_run_ms >= self.silence_ms
            or len(self._utterance) * WINDOW_MS >= self.max_utterance_ms
        ):
            self._close_utterance()

    def _close_utterance(self) -> None:
        silent_windows = self._silence_run_ms // WINDOW_MS
        keep = len(self._utterance) - max(0, silent_windows - self._trailing_windows)
        if self._speech_ms >= self.min_speech_ms:
            audio = np.concatenate(self._utterance[:keep])
            self._finished.append(pcm16_to_wav(float_to_pcm16(audio), self.sample_rate))
        self._utterance = []
        self._speech_ms = self._silence_run_ms = 0
