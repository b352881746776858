"""Hands-free turn taking on real TTS speech: Silero VAD for speech, Smart Turn v3 for the end of an answer."""

from __future__ import annotations

import importlib.util
import threading

import numpy as np
import pytest

from workbench.speech.audio import decode_audio
from workbench.speech.endpoint import EndReason, TurnDetector, TurnSegment, TurnSettings
from workbench.speech.listen import HeardAnswer, VoiceTurnListener
from workbench.speech.stt import SpeechToText
from workbench.speech.tts import TextToSpeech
from workbench.speech.turn_models import packaged_file
from workbench.speech.wer import word_error_rate
from workbench.speech.whisper_features import log_mel_features

pytestmark = pytest.mark.speech

RATE = 16_000
FIRST_HALF = "I have five years of experience building"
SECOND_HALF = "Python web services and I love testing them."
FRAME = 960  # 60 ms, about what a WebRTC batch brings


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.float32)


@pytest.fixture(scope="module")
def halves(piper_tts: TextToSpeech) -> tuple[np.ndarray, np.ndarray]:
    return decode_audio(piper_tts.synthesize(FIRST_HALF)), decode_audio(piper_tts.synthesize(SECOND_HALF))


def trimmed(audio: np.ndarray, floor: float = 0.01) -> np.ndarray:
    """The audio from its first to its last sample above `floor`: no silence at either end."""
    loud = np.flatnonzero(np.abs(audio) > floor)
    return audio[loud[0] : loud[-1] + 1] if len(loud) else audio


def feed_all(detector: TurnDetector, audio: np.ndarray) -> list[tuple[float, TurnSegment]]:
    """Feeds in WebRTC-sized frames; returns (time in the audio when it came, segment) for each segment."""
    found = []
    for start in range(0, len(audio), FRAME):
        for segment in detector.feed(audio[start : start + FRAME]):
            found.append(((start + FRAME) / RATE, segment))
    return found


def test_features_match_pipecats_reference(halves: tuple[np.ndarray, np.ndarray]) -> None:
    """The numpy port gives the same features as the file Pipecat ships (loaded by path: it needs only numpy)."""
    reference_path = packaged_file("pipecat", "audio/turn/smart_turn/_whisper_features.py")
    spec = importlib.util.spec_from_file_location("pipecat_whisper_features", reference_path)
    assert spec is not None and spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    audio = np.concatenate([silence(0.4), halves[0]])
    ours = log_mel_features(audio)
    assert ours.shape == (80, 800) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, reference.compute_whisper_log_mel_features(audio), atol=1e-5)


def test_finished_answer_ends_soon_after_the_last_word(halves: tuple[np.ndarray, np.ndarray]) -> None:
    first, second = halves
    audio = np.concatenate([silence(1.0), first, second, silence(3.0)])
    found = feed_all(TurnDetector(), audio)
    ends = [(t, segment.end) for t, segment in found if segment.end is not None]
    assert [end for _, end in ends] == [EndReason.SMART_TURN]
    speech_end = (RATE + len(first) + len(second)) / RATE
    # Smart Turn heard a finished answer: the turn ends under a second after the last word, and its speech was
    # handed to the transcriber even earlier (at the first pause).
    assert ends[0][0] - speech_end < 1.0
    assert found[0][0] - speech_end < 0.5


def test_pause_judged_unfinished_waits_for_the_ceiling(halves: tuple[np.ndarray, np.ndarray]) -> None:
    """A pause the end-of-turn model does not call finished keeps the turn open: 1.5 s of thinking is
    one answer; the ceiling (2.2 s) ends it after the last word."""
    first, second = halves
    audio = np.concatenate([silence(1.0), first, silence(1.5), second, silence(3.0)])
    # A model that is never sure stands in for one that hears a rising, unfinished voice.
    found = feed_all(TurnDetector(TurnSettings(end_threshold=0.9999)), audio)
    ends = [segment for _, segment in found if segment.end is not None]
    assert [segment.end for segment in ends] == [EndReason.SILENCE], [(t, s.end) for t, s in found]
    assert sum(len(segment.audio) for _, segment in found) >= len(first) + len(second)


def test_silence_ceiling_ends_an_unfinished_turn(halves: tuple[np.ndarray, np.ndarray]) -> None:
    first, _ = halves
    ceiling = 1.2
    audio = np.concatenate([silence(0.5), first, silence(ceiling + 1.0)])
    found = feed_all(TurnDetector(TurnSettings(silence_ceiling_s=ceiling, end_threshold=0.9999)), audio)
    assert [segment.end for _, segment in found] == [EndReason.SILENCE]
    ended_at = found[0][0]
    speech_end = (0.5 * RATE + len(first)) / RATE
    assert ceiling - 0.3 <= ended_at - speech_end <= ceiling + 0.4


def test_finish_ends_the_turn_now(halves: tuple[np.ndarray, np.ndarray]) -> None:
    detector = TurnDetector()
    assert detector.finish() is None  # nothing said yet
    assert feed_all(detector, np.concatenate([silence(0.5), halves[0]])) == []
    assert detector.in_turn
    segment = detector.finish()
    assert segment is not None and segment.end is EndReason.FINISHED and len(segment.audio) > RATE
    assert not detector.in_turn


def test_noise_and_silence_make_no_turn() -> None:
    rng = np.random.default_rng(7)
    hiss = (rng.standard_normal(RATE * 4) * 0.003).astype(np.float32)
    detector = TurnDetector()
    assert feed_all(detector, np.concatenate([silence(2.0), hiss])) == []
    assert not detector.in_turn


def test_long_answer_is_transcribed_while_spoken(
    piper_tts: TextToSpeech, stt: SpeechToText, sentences: tuple[str, ...]
) -> None:
    """Segments are transcribed as the answer goes on; the last one is all that is left at its end."""
    # Four sentences with a breath of 0.3 s between them, shorter than the silence that ends a turn (0.6 s).
    # Each sentence is synthesised alone and trimmed: Piper's voice is sampled afresh for each synthesis, and
    # the silence it leaves after a sentence varies; once in a CI run a breath after one sentence reached the
    # 0.6 s that ends a turn Smart Turn calls finished, and the answer was cut before its last sentence.
    spoken = [trimmed(decode_audio(piper_tts.synthesize(sentence))) for sentence in sentences[1:]]
    breaths = [part for sentence in spoken for part in (sentence, silence(0.3))][:-1]
    audio = np.concatenate([silence(0.5), *breaths, silence(3.0)])
    answers: list[HeardAnswer] = []
    done = threading.Event()

    def on_answer(answer: HeardAnswer) -> None:
        answers.append(answer)
        done.set()

    listener = VoiceTurnListener(lambda samples: stt.transcribe(samples).text, on_answer)
    for start in range(0, len(audio), FRAME):
        listener.feed(audio[start : start + FRAME])
    assert done.wait(60), "no answer was delivered"
    listener.stop()
    assert len(answers) == 1
    assert answers[0].segments >= 2, "a long answer must be cut into segments transcribed as they come"
    assert word_error_rate([" ".join(sentences[1:])], [answers[0].text]) <= 0.15, answers[0].text
