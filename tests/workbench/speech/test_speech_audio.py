"""Audio helpers (decoding, resampling, PCM/WAV) and the word error rate used to judge transcripts."""

from __future__ import annotations

import io

import numpy as np
import pytest

from workbench.speech.audio import (
    MAX_AUDIO_SECONDS,
    AudioDecodeError,
    as_float32,
    decode_audio,
    float_to_pcm16,
    resample,
    to_whisper_format,
)
from workbench.speech.wer import normalize_words, word_error_rate

SPEECH_EXTRA_MISSING = "speech extra not installed (pip install -e .[speech,app])"
soundfile = pytest.importorskip("soundfile", reason=SPEECH_EXTRA_MISSING)

pytestmark = pytest.mark.speech


def dominant_frequency(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


def test_resampling_keeps_pitch_and_duration() -> None:
    seconds, rate = 2.0, 44_100
    time_axis = np.arange(int(seconds * rate)) / rate
    tone = (0.5 * np.sin(2 * np.pi * 440.0 * time_axis)).astype(np.float32)
    at_16k = resample(tone, rate, 16_000)
    assert len(at_16k) == int(seconds * 16_000)
    assert dominant_frequency(at_16k, 16_000) == pytest.approx(440.0, abs=1.0)
    assert float(np.abs(at_16k).max()) == pytest.approx(0.5, abs=0.02)


def test_tones_above_the_new_nyquist_are_filtered_not_folded() -> None:
    rate = 48_000
    time_axis = np.arange(rate) / rate
    high = np.sin(2 * np.pi * 12_000.0 * time_axis).astype(np.float32)  # above 8 kHz: must vanish at 16 kHz
    assert float(np.sqrt(np.mean(resample(high, rate, 16_000) ** 2))) < 0.05


def test_stereo_24bit_wav_is_mixed_to_mono_16k() -> None:
    rate = 22_050
    left = np.full(rate, 0.4, dtype=np.float32)
    buffer = io.BytesIO()
    soundfile.write(buffer, np.stack([left, -left * 0.5], axis=1), rate, format="WAV", subtype="PCM_24")
    decoded = decode_audio(buffer.getvalue())
    assert len(decoded) == 16_000
    assert float(np.median(decoded)) == pytest.approx(0.1, abs=0.01)


def test_integer_pcm_is_scaled_to_unit_range() -> None:
    assert as_float32(np.array([-32768, 0, 16384], dtype=np.int16)).tolist() == [-1.0, 0.0, 0.5]
    clipped = float_to_pcm16(np.array([2.0, -2.0], dtype=np.float32))
    assert clipped == np.array([32767, -32768], "<i2").tobytes()
    every_value = np.arange(-32768, 32768, dtype=np.int16)
    assert float_to_pcm16(as_float32(every_value)) == every_value.astype("<i2").tobytes()


def test_overlong_or_malformed_arrays_are_refused() -> None:
    with pytest.raises(AudioDecodeError, match="longer"):
        to_whisper_format(np.zeros(MAX_AUDIO_SECONDS * 1_000 + 1, dtype=np.float32), 1_000)
    with pytest.raises(AudioDecodeError):
        to_whisper_format(np.zeros((2, 2, 2), dtype=np.float32), 16_000)
    with pytest.raises(AudioDecodeError):
        to_whisper_format(np.array(["a", "b"]), 16_000)
    with pytest.raises(AudioDecodeError):
        to_whisper_format(np.zeros(10, dtype=np.float32), 0)


def test_word_error_rate_counts_edits_over_reference_words() -> None:
    assert word_error_rate(["I'm proud of the trade-offs."], ["i am proud of the trade offs"]) == 0.0
    assert word_error_rate(["one two three four"], ["one too three"]) == pytest.approx(0.5)
    assert word_error_rate(["a b", "c d e f"], ["a b", ""]) == pytest.approx(4 / 6)
    assert normalize_words("Don't STOP—now!") == ["do", "not", "stop", "now"]
    with pytest.raises(ValueError):
        word_error_rate([""], ["anything"])
