"""Synthetic spoken answers for tests and benchmarks: two voices, and thinking pauses put where people pause.

A thinking pause is made by stretching the longest silence inside one synthesised sentence (the comma's breath),
so the speech around it keeps the rising, unfinished intonation a person has mid-sentence. Synthesising the two
halves as separate sentences would give the first half a falling, finished ending that no speaker has there.
"""

from __future__ import annotations

import subprocess

import numpy as np
import numpy.typing as npt

from workbench.speech.audio import WHISPER_RATE, decode_audio

FloatAudio = npt.NDArray[np.float32]
VOICES = ("piper", "espeak")
_GAP_WINDOW = 480  # 30 ms


def speak(text: str, voice: str) -> FloatAudio:
    """`text` spoken by Piper (natural) or espeak-ng (robotic), as 16 kHz mono float32."""
    if voice == "espeak":
        wav = subprocess.run(
            ["espeak-ng", "-v", "en-us", "-s", "150", "--stdout", text], capture_output=True, check=True
        ).stdout
        return decode_audio(wav)
    from workbench.speech.tts import TextToSpeech

    return decode_audio(TextToSpeech(voice).synthesize(text))


def silence(seconds: float) -> FloatAudio:
    return np.zeros(int(seconds * WHISPER_RATE), dtype=np.float32)


def longest_inner_gap(audio: FloatAudio) -> tuple[int, int]:
    """Sample range of the longest quiet stretch strictly inside the speech (not before or after it)."""
    windows = len(audio) // _GAP_WINDOW
    if windows < 3:
        raise ValueError("audio too short to hold a pause")
    frames = audio[: windows * _GAP_WINDOW].reshape(windows, _GAP_WINDOW)
    level = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1))
    quiet = level < level.max() * 0.02
    best, start = (0, 0), None
    for index, is_quiet in enumerate(quiet):
        if is_quiet and start is None:
            start = index
        elif not is_quiet and start is not None:
            if start > 0 and index - start > best[1] - best[0]:
                best = (start, index)
            start = None
    if best == (0, 0):
        raise ValueError("no pause inside the speech")
    return best[0] * _GAP_WINDOW, best[1] * _GAP_WINDOW


def with_thinking_pause(audio: FloatAudio, seconds: float) -> FloatAudio:
    """`audio` with its longest inner pause stretched to `seconds` of silence."""
    start, end = longest_inner_gap(audio)
    return np.concatenate([audio[:start], silence(seconds), audio[end:]]).astype(np.float32)
