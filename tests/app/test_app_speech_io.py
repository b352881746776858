"""Hands-free listening without a browser: real audio frames in, a transcribed answer out."""

from __future__ import annotations

import asyncio
import io
import threading
import time
from collections.abc import Callable

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


def spoken_frames() -> list[av.AudioFrame]:
    from workbench.speech.tts import get_tts

    return frames_of(get_tts().synthesize(ANSWER))


def feed(listener: HandsFreeListener, frames: list[av.AudioFrame]) -> None:
    for start in range(0, len(frames), 7):  # in batches, as the queued-frames callback receives them
        batch = frames[start : start + 7]
        assert asyncio.run(listener.on_frames(batch)) == batch  # frames pass through untouched


def wait_until(condition: Callable[[], bool], timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_auto_send_delivers_a_spoken_answer_once() -> None:
    from workbench.speech.stt import get_stt

    speech = spoken_frames()
    rate, layout = speech[0].sample_rate, speech[0].layout.name
    stt = get_stt()
    delivered: list[str] = []
    done = threading.Event()

    def send(text: str) -> None:
        delivered.append(text)
        done.set()

    listener = HandsFreeListener(lambda audio: stt.transcribe(audio).text, send, auto_send=True)
    feed(listener, [*silence(rate, layout, 1.0), *speech, *silence(rate, layout, 3.0)])
    assert done.wait(timeout=60), "no answer was delivered"
    listener.stop()
    assert len(delivered) == 1 and listener.draft == ""
    assert "python" in delivered[0].lower() and "experience" in delivered[0].lower()


def test_review_mode_holds_the_draft_and_adds_what_follows() -> None:
    """Without auto-send nothing is sent: the answer waits as a draft, and speech that follows joins it."""
    from workbench.speech.stt import get_stt

    speech = spoken_frames()
    rate, layout = speech[0].sample_rate, speech[0].layout.name
    stt = get_stt()
    sent: list[str] = []
    listener = HandsFreeListener(lambda audio: stt.transcribe(audio).text, sent.append)
    feed(listener, [*silence(rate, layout, 1.0), *speech, *silence(rate, layout, 3.0)])
    assert wait_until(lambda: bool(listener.draft)), "no draft"
    first = listener.draft
    feed(listener, [*speech, *silence(rate, layout, 3.0)])
    assert wait_until(lambda: len(listener.heard) == 2)
    assert sent == []
    draft = listener.take_draft()
    assert draft.startswith(first) and draft.lower().count("python") == 2
    assert listener.draft == ""
    listener.stop()


def test_silence_alone_delivers_nothing() -> None:
    delivered: list[str] = []
    listener = HandsFreeListener(lambda audio: "should not be called", delivered.append, auto_send=True)
    for frame in silence(48_000, "stereo", 3.0):
        listener.on_frame(frame)
    listener.stop()
    assert delivered == [] and not listener.hearing_speech and listener.draft == ""
