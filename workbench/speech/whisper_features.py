"""Whisper log-mel features in numpy, as the Smart Turn v3 end-of-turn model expects them.

Ported from Pipecat's `pipecat/audio/turn/smart_turn/_whisper_features.py` (BSD 2-Clause, Copyright (c) 2024-2026
Daily), itself derived from Hugging Face Transformers' `WhisperFeatureExtractor` (Apache-2.0). It reproduces
`WhisperFeatureExtractor(chunk_length=8)(audio, sampling_rate=16000, padding="max_length", max_length=128000,
truncation=True, do_normalize=True)` without importing transformers or torch.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

N_FFT = 400
HOP_LENGTH = 160
N_MELS = 80
SAMPLE_RATE = 16_000
WINDOW_SECONDS = 8
WINDOW_SAMPLES = SAMPLE_RATE * WINDOW_SECONDS
_MEL_FLOOR = 1e-10
_VARIANCE_EPS = 1e-7

Floats = npt.NDArray[np.float64]


def _hertz_to_mel(freq: Floats) -> Floats:
    """The Slaney mel scale: linear below 1 kHz, logarithmic above."""
    freq = np.atleast_1d(np.asarray(freq, dtype=np.float64))
    mels = 3.0 * freq / 200.0
    log_region = freq >= 1000.0
    mels[log_region] = 15.0 + np.log(freq[log_region] / 1000.0) * (27.0 / np.log(6.4))
    return mels


def _mel_to_hertz(mels: Floats) -> Floats:
    mels = np.atleast_1d(np.asarray(mels, dtype=np.float64))
    freq = 200.0 * mels / 3.0
    log_region = mels >= 15.0
    freq[log_region] = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mels[log_region] - 15.0))
    return freq


def _mel_filterbank() -> Floats:
    """Slaney-normalised triangular filters, shape (N_FFT // 2 + 1, N_MELS)."""
    mel_edges = _hertz_to_mel(np.array([0.0, SAMPLE_RATE / 2.0]))
    filter_freqs = _mel_to_hertz(np.linspace(mel_edges[0], mel_edges[1], N_MELS + 2))
    fft_freqs = np.linspace(0, SAMPLE_RATE // 2, N_FFT // 2 + 1)
    filter_diff = np.diff(filter_freqs)
    slopes = np.expand_dims(filter_freqs, 0) - np.expand_dims(fft_freqs, 1)
    down = -slopes[:, :-2] / filter_diff[:-1]
    up = slopes[:, 2:] / filter_diff[1:]
    filters = np.maximum(np.zeros(1), np.minimum(down, up))
    filters *= np.expand_dims(2.0 / (filter_freqs[2 : N_MELS + 2] - filter_freqs[:N_MELS]), 0)
    return np.asarray(filters, dtype=np.float64)


# A periodic Hann window (torch.hann_window's default), and the filterbank, computed once.
_HANN = np.hanning(N_FFT + 1)[:-1]
_MEL_FILTERS = _mel_filterbank()


def _power_spectrogram(waveform: npt.NDArray[np.float32]) -> Floats:
    """Centred (reflect-padded) power spectrogram, shape (frequency bins, frames), in float64."""
    pad = N_FFT // 2
    padded = np.pad(waveform.astype(np.float64), (pad, pad), mode="reflect")
    frames = sliding_window_view(padded, N_FFT)[::HOP_LENGTH]
    spectrum = np.fft.rfft(frames * _HANN, axis=-1)
    return np.asarray(np.abs(spectrum) ** 2, dtype=np.float64).T


def log_mel_features(audio: npt.NDArray[np.floating]) -> npt.NDArray[np.float32]:
    """Features of 16 kHz mono audio, shape (80, 800): the first 8 s, zero-padded at the end when shorter."""
    if audio.ndim != 1:
        raise ValueError(f"expected 1-D audio, got shape {audio.shape}")
    x = np.asarray(audio, dtype=np.float32)
    if x.size < WINDOW_SAMPLES:
        x = np.pad(x, (0, WINDOW_SAMPLES - x.size))
    x = x[:WINDOW_SAMPLES]
    # Zero-mean, unit-variance waveform before the spectrogram (transformers' do_normalize), in float32 as there.
    x = (x - x.mean()) / np.sqrt(x.var() + _VARIANCE_EPS)
    mel = np.maximum(_MEL_FLOOR, _MEL_FILTERS.T @ _power_spectrogram(x))
    log_spec = np.log10(mel)[:, :-1]
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    return ((log_spec + 4.0) / 4.0).astype(np.float32)
