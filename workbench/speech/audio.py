"""Audio plumbing shared by STT, TTS and end-of-answer detection: decode any container to 16 kHz mono float32,
convert between float and 16-bit PCM, and write WAV files.

Browsers send WAV (`st.audio_input`), WebM/Opus or raw frames (WebRTC); tests and tools send whatever sox or numpy
made. Everything is brought to the one format Whisper wants: 16 kHz, mono, float32 in [-1, 1].
"""

from __future__ import annotations

import io
import wave
from math import gcd

import numpy as np
import numpy.typing as npt
from scipy.signal import resample_poly

WHISPER_RATE = 16_000
# A decoded upload longer than this is refused: a voice answer is minutes, not hours, and a hostile upload must
# not exhaust memory (one hour of 16 kHz float32 is 230 MB).
MAX_AUDIO_SECONDS = 20 * 60

FloatAudio = npt.NDArray[np.float32]


class AudioDecodeError(ValueError):
    """The bytes are not audio that can be decoded (corrupt, unsupported or not audio at all)."""


def decode_audio(data: bytes) -> FloatAudio:
    """Decode WAV/FLAC/OGG/MP3/WebM/... bytes to 16 kHz mono float32. Empty bytes give an empty array."""
    if not data:
        return np.zeros(0, dtype=np.float32)
    try:
        samples, rate = _decode_with_soundfile(data)
    except _NotForSoundfile:
        # libsndfile knows WAV/FLAC/OGG only; PyAV (FFmpeg) reads what browsers record (WebM/Opus, MP4/AAC).
        samples, rate = _decode_with_av(data)
    return to_whisper_format(samples, rate)


def to_whisper_format(samples: npt.NDArray[np.generic], sample_rate: int) -> FloatAudio:
    """Mix down to mono, convert to float32 in [-1, 1] and resample to 16 kHz."""
    if sample_rate <= 0:
        raise AudioDecodeError(f"invalid sample rate {sample_rate}")
    audio = as_float32(samples)
    if audio.ndim == 2:
        # soundfile returns (frames, channels).
        audio = audio.mean(axis=1, dtype=np.float32)
    elif audio.ndim != 1:
        raise AudioDecodeError(f"expected mono or (frames, channels) audio, got shape {audio.shape}")
    if len(audio) > MAX_AUDIO_SECONDS * sample_rate:
        raise AudioDecodeError(f"audio longer than {MAX_AUDIO_SECONDS} s")
    return resample(audio, sample_rate, WHISPER_RATE)


def as_float32(samples: npt.NDArray[np.generic]) -> FloatAudio:
    """Integer PCM is scaled to [-1, 1]; float audio is passed through as float32."""
    if samples.dtype == np.int16:
        return (samples.astype(np.float32) / 32768.0).astype(np.float32)
    if samples.dtype == np.int32:
        return (samples.astype(np.float64) / 2_147_483_648.0).astype(np.float32)
    if samples.dtype == np.uint8:
        return ((samples.astype(np.float32) - 128.0) / 128.0).astype(np.float32)
    if np.issubdtype(samples.dtype, np.floating):
        return np.asarray(samples, dtype=np.float32)
    raise AudioDecodeError(f"unsupported sample type {samples.dtype}")


def resample(audio: FloatAudio, from_rate: int, to_rate: int) -> FloatAudio:
    """Polyphase resampling (anti-aliased); a no-op when the rates already match."""
    if from_rate == to_rate or len(audio) == 0:
        return audio
    divisor = gcd(from_rate, to_rate)
    resampled = resample_poly(audio, to_rate // divisor, from_rate // divisor)
    return np.asarray(resampled, dtype=np.float32)


def float_to_pcm16(audio: FloatAudio) -> bytes:
    """Float samples in [-1, 1] to little-endian 16-bit PCM (rounded and clipped, not wrapped).

    The exact inverse of `as_float32` for int16 input, so PCM passed through float comes back bit-identical.
    """
    scaled = np.round(np.asarray(audio, dtype=np.float64) * 32768.0)
    return np.clip(scaled, -32768, 32767).astype("<i2").tobytes()


def pcm16_to_wav(pcm: bytes, rate: int, channels: int = 1) -> bytes:
    """Wrap little-endian 16-bit PCM in a WAV container."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return buffer.getvalue()


def float_to_wav(audio: FloatAudio, rate: int) -> bytes:
    return pcm16_to_wav(float_to_pcm16(audio), rate)


class _NotForSoundfile(Exception):
    """libsndfile is missing or cannot read these bytes: try FFmpeg."""


def _decode_with_soundfile(data: bytes) -> tuple[npt.NDArray[np.float32], int]:
    try:
        import soundfile  # Fast path for WAV, the format push-to-talk sends; lazily imported like PyAV.
    except ImportError as error:
        raise _NotForSoundfile from error
    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=False)
    except (soundfile.LibsndfileError, RuntimeError, TypeError, ValueError) as error:
        raise _NotForSoundfile from error
    return np.asarray(samples, dtype=np.float32), int(rate)


def _decode_with_av(data: bytes) -> tuple[npt.NDArray[np.float32], int]:
    try:
        import av  # Imported lazily: PyAV loads FFmpeg, only needed for compressed browser formats.
    except ImportError as error:
        raise AudioDecodeError(
            "not WAV/FLAC/OGG, and PyAV is not installed to decode other formats"
        ) from error

    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.audio:
                raise AudioDecodeError("no audio stream in the data")
            # The resampler does format conversion, down-mixing and rate conversion in FFmpeg in one pass.
            resampler = av.AudioResampler(format="flt", layout="mono", rate=WHISPER_RATE)
            chunks: list[npt.NDArray[np.float32]] = []
            total = 0
            for frame in container.decode(audio=0):
                for converted in resampler.resample(frame):
                    chunk = converted.to_ndarray().reshape(-1).astype(np.float32)
                    total += len(chunk)
                    if total > MAX_AUDIO_SECONDS * WHISPER_RATE:
                        raise AudioDecodeError(f"audio longer than {MAX_AUDIO_SECONDS} s")
                    chunks.append(chunk)
            for converted in resampler.resample(None):
                chunks.append(converted.to_ndarray().reshape(-1).astype(np.float32))
    except AudioDecodeError:
        raise
    except (av.FFmpegError, ValueError, OSError, IndexError) as error:
        raise AudioDecodeError(f"cannot decode audio: {type(error).__name__}") from error
    if not chunks:
        return np.zeros(0, dtype=np.float32), WHISPER_RATE
    return np.concatenate(chunks), WHISPER_RATE
