"""Hands-free end-of-answer detection on real TTS speech, fed in WebRTC-sized frames."""

from __future__ import annotations

import io
import wave

import numpy as np
import pytest

from workbench.speech.audio import decode_audio, float_to_pcm16
from workbench.speech.endpoint import UtteranceDetector, pcm16_to_wav
from workbench.speech.stt import SpeechToText
from workbench.speech.tts import TextToSpeech
from workbench.speech.wer import word_error_rate

pytestmark = pytest.mark.speech

RATE = 16_000
ANSWER = "I moved our reports to a new data pipeline. It saved the team a full day every week."
SHORT_ANSWER = "Yes, I have worked with that tool before."
FRAME = 320  # 20 ms, what WebRTC delivers


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.float32)


def room_noise(seconds: float, level: float, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * RATE)) * level).astype(np.float32)


@pytest.fixture(scope="module")
def answer_audio(piper_tts: TextToSpeech) -> np.ndarray:
    return decode_audio(piper_tts.synthesize(ANSWER))


@pytest.fixture(scope="module")
def short_answer_audio(piper_tts: TextToSpeech) -> np.ndarray:
    return decode_audio(piper_tts.synthesize(SHORT_ANSWER))


def stream(
    detector: UtteranceDetector, audio: np.ndarray, frame: int = FRAME, as_bytes: bool = False
) -> list[bytes]:
    found = []
    for start in range(0, len(audio), frame):
        chunk = audio[start : start + frame]
        result = detector.feed(float_to_pcm16(chunk) if as_bytes else chunk)
        if result is not None:
            found.append(result)
    return found


def wav_seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav)) as reader:
        assert (reader.getframerate(), reader.getnchannels(), reader.getsampwidth()) == (RATE, 1, 2)
        return reader.getnframes() / RATE


def test_one_answer_between_silences_is_one_utterance(answer_audio: np.ndarray, stt: SpeechToText) -> None:
    detector = UtteranceDetector()
    found = stream(detector, np.concatenate([silence(2), answer_audio, silence(2)]))
    assert len(found) == 1
    speech_seconds = len(answer_audio) / RATE
    # The whole answer, with only a short pre-roll and tail, not the surrounding silence.
    assert speech_seconds - 0.3 < wav_seconds(found[0]) < speech_seconds + 0.8
    # Piper samples noise, so each synthesis differs a little; tiny.en sometimes mishears a word or two.
    assert word_error_rate([ANSWER], [stt.transcribe(found[0]).text]) < 0.3
    assert not detector.in_speech


def test_utterance_is_reported_soon_after_the_silence_starts(answer_audio: np.ndarray) -> None:
    detector = UtteranceDetector(silence_ms=900)
    audio = np.concatenate([silence(1), answer_audio, silence(3)])
    for start in range(0, len(audio), FRAME):
        if detector.feed(audio[start : start + FRAME]) is not None:
            seconds_after_speech = (start + FRAME) / RATE - (1 + len(answer_audio) / RATE)
            # Piper ends each file with a little near-silence, which already counts towards the 900 ms.
            assert 0.6 <= seconds_after_speech <= 1.3
            return
    pytest.fail("no utterance was reported")


def test_speech_silence_speech_gives_two_utterances(
    answer_audio: np.ndarray, short_answer_audio: np.ndarray, stt: SpeechToText
) -> None:
    audio = np.concatenate([silence(1), answer_audio, silence(1.5), short_answer_audio, silence(1.5)])
    found = stream(UtteranceDetector(), audio, as_bytes=True)
    assert len(found) == 2
    assert word_error_rate([SHORT_ANSWER], [stt.transcribe(found[1]).text]) < 0.2


def test_pauses_shorter_than_silence_ms_do_not_split_an_answer(answer_audio: np.ndarray) -> None:
    audio = np.concatenate([silence(1), answer_audio, silence(0.5), answer_audio, silence(2)])
    assert len(stream(UtteranceDetector(silence_ms=900), audio)) == 1


def test_low_level_noise_alone_is_never_an_utterance() -> None:
    detector = UtteranceDetector()
    for level in (0.001, 0.003, 0.01):  # -60 to -40 dBFS: fans, hiss, a quiet room
        assert stream(detector, room_noise(5, level)) == []
        assert detector.flush() is None
        detector.reset()


def test_speech_is_found_over_steady_room_noise(answer_audio: np.ndarray) -> None:
    clean = np.concatenate([silence(2), answer_audio, silence(2)])
    noisy = clean + room_noise(len(clean) / RATE, 0.005)
    assert len(stream(UtteranceDetector(), noisy)) == 1


def test_a_click_shorter_than_min_speech_is_dropped() -> None:
    click = np.concatenate([silence(1), np.full(int(0.06 * RATE), 0.5, dtype=np.float32), silence(2)])
    assert stream(UtteranceDetector(min_speech_ms=250), click) == []


def test_a_monologue_is_cut_at_the_maximum_length(answer_audio: np.ndarray) -> None:
    found = stream(UtteranceDetector(max_utterance_ms=2_000), np.concatenate([silence(1), answer_audio]))
    assert len(found) >= 2
    assert all(wav_seconds(wav) <= 2.05 for wav in found)


def test_one_long_frame_with_two_utterances_returns_both(
    answer_audio: np.ndarray, short_answer_audio: np.ndarray
) -> None:
    detector = UtteranceDetector()
    first = detector.feed(
        np.concatenate([silence(1), answer_audio, silence(1.5), short_answer_audio, silence(1.5)])
    )
    second = detector.feed(b"")
    assert first is not None and second is not None
    assert detector.feed(b"") is None


def test_flush_ends_an_answer_cut_off_by_the_end_of_the_stream(short_answer_audio: np.ndarray) -> None:
    detector = UtteranceDetector()
    assert stream(detector, np.concatenate([silence(1), short_answer_audio])) == []
    assert detector.in_speech
    assert detector.flush() is not None
    assert detector.flush() is None


def test_reset_discards_a_partial_utterance(short_answer_audio: np.ndarray) -> None:
    detector = UtteranceDetector()
    stream(detector, np.concatenate([silence(1), short_answer_audio]))
    detector.reset()
    assert not detector.in_speech and detector.noise_floor_dbfs is None
    assert stream(detector, silence(2)) == []


def test_int16_and_stereo_frames_are_accepted(short_answer_audio: np.ndarray) -> None:
    audio = np.concatenate([silence(1), short_answer_audio, silence(1.5)])
    int16 = (audio * 32767).astype(np.int16)
    assert len(stream(UtteranceDetector(), int16)) == 1
    stereo_frames = UtteranceDetector()
    found = [stereo_frames.feed(np.stack([int16[i : i + 960]] * 2)) for i in range(0, len(int16), 960)]
    assert sum(result is not None for result in found) == 1
    channels_last = UtteranceDetector()
    found = [
        channels_last.feed(np.stack([int16[i : i + 960]] * 2, axis=1)) for i in range(0, len(int16), 960)
    ]
    assert sum(result is not None for result in found) == 1


def test_a_byte_stream_split_inside_samples_is_reassembled(short_answer_audio: np.ndarray) -> None:
    pcm = float_to_pcm16(np.concatenate([silence(1), short_answer_audio, silence(1.5)]))
    detector = UtteranceDetector()
    found = [detector.feed(pcm[i : i + 641]) for i in range(0, len(pcm), 641)]  # odd-sized chunks
    utterances = [wav for wav in found if wav is not None]
    assert len(utterances) == 1
    with wave.open(io.BytesIO(utterances[0])) as reader:
        utterance_pcm = reader.readframes(reader.getnframes())
    # Reassembled correctly, the utterance is an exact slice of the stream; misaligned bytes would be noise.
    assert len(utterance_pcm) > RATE and utterance_pcm in pcm


def test_pcm16_to_wav_round_trips() -> None:
    pcm = (np.arange(-1000, 1000, dtype=np.int16) * 16).astype("<i2").tobytes()
    wav = pcm16_to_wav(pcm, 8_000)
    with wave.open(io.BytesIO(wav)) as reader:
        assert (reader.getframerate(), reader.getnchannels(), reader.getsampwidth()) == (8_000, 1, 2)
        assert reader.readframes(reader.getnframes()) == pcm


def test_invalid_settings_are_rejected() -> None:
    with pytest.raises(ValueError):
        UtteranceDetector(silence_ms=0)
    with pytest.raises(ValueError):
        UtteranceDetector(min_speech_ms=500, max_utterance_ms=400)
