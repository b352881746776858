"""Hands-free listening without a browser: real audio frames in, a transcribed answer out."""

from __future__ import annotations

import asyncio
import io
import threading

import av
import numpy as np
import pytest

from app.speech_io import HandsFreeListener

pytestmark = pytest.mark.speech

ANSWER = "I have five years of experience building Python web services."


def frames_of(wav: bytes) -> list[av.AudioFrame]:
    with av.open(io.BytesIO(wav), mode="r") as container:
        return list(container.decode(audio=0))


def silence(rate: int, layout: str, seconds: float, chunk: int = 960) -> list[av.AudioFrame]:
    channels = 2 if layout == "stereo" else 1
    frames = []
    for _ in range(int(seconds * rate / chunk)):
        frame = av.AudioFrame.from_ndarray(np.zeros((1, chunk * channels), dtype=np.int16), "s16", layout)
        frame.sample_rate = rate
        frames.append(frame)
    return frames


def test_spoken_answer_followed_by_silence_is_delivered_once() -> None:
    from workbench.speech.stt import get_stt
    from workbench.speech.tts import get_tts

    speech = frames_of(get_tts().synthesize(ANSWER))
    rate, layout = speech[0].sample_rate, speech[0].layout.name
    stt = get_stt()
    delivered: list[str] = []
    done = threading.Event()

    def deliver(text: str) -> None:
        delivered.append(text)
        done.set()

    listener = HandsFreeListener(lambda wav: stt.transcribe(wav).text.strip(), deliver)
    frames = [*silence(rate, layout, 1.0), *speech, *silence(rate, layout, 2.0)]
    for start in range(0, len(frames), 7):  # in batches, as the queued-frames callback receives them
        batch = frames[start : start + 7]
        assert asyncio.run(listener.on_frames(batch)) == batch  # frames pass through untouched
    assert done.wait(timeout=60), "no utterance was delivered"
    listener.stop()
    assert len(delivered) == 1
    assert "python" in delivered[0].lower() and "experience" in delivered[0].lower()
    assert listener.heard == delivered


def test_silence_alone_delivers_nothing() -> None:
    delivered: list[str] = []
    listener = HandsFreeListener(lambda wav: "should not be called", delivered.append)
    for frame in silence(48_000, "stereo", 3.0):
        listener.on_frame(frame)
    listener.stop()
    assert delivered == [] and not listener.hearing_speech
