"""Speech to text on real audio: Piper and espeak-ng speech through Whisper tiny.en, containers, edge cases."""

from __future__ import annotations

import io
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from workbench.settings import Settings
from workbench.speech.audio import AudioDecodeError, decode_audio, resample
from workbench.speech.stt import SpeechToText, SpeechUnavailableError, Transcript, get_stt
from workbench.speech.tts import TextToSpeech
from workbench.speech.wer import word_error_rate

SPEECH_EXTRA_MISSING = "speech extra not installed (pip install -e .[speech,app])"
av = pytest.importorskip("av", reason=SPEECH_EXTRA_MISSING)
soundfile = pytest.importorskip("soundfile", reason=SPEECH_EXTRA_MISSING)

pytestmark = pytest.mark.speech

CONTAINER_SENTENCE = "I wrote a failing test first, and then I fixed the bug in the billing code."


def _transcribe_all(stt: SpeechToText, tts: TextToSpeech, sentences: tuple[str, ...]) -> list[str]:
    return [stt.transcribe(tts.synthesize(sentence)).text for sentence in sentences]


def test_piper_speech_round_trips_through_whisper(
    stt: SpeechToText, piper_tts: TextToSpeech, sentences: tuple[str, ...]
) -> None:
    hypotheses = _transcribe_all(stt, piper_tts, sentences)
    assert word_error_rate(sentences, hypotheses) < 0.15, hypotheses


def test_espeak_speech_round_trips_through_whisper(
    stt: SpeechToText, espeak_tts: TextToSpeech, sentences: tuple[str, ...]
) -> None:
    assert espeak_tts.engine == "espeak"
    hypotheses = _transcribe_all(stt, espeak_tts, sentences)
    assert word_error_rate(sentences, hypotheses) < 0.35, hypotheses


def test_transcript_reports_segments_duration_and_timing(stt: SpeechToText, piper_tts: TextToSpeech) -> None:
    wav = piper_tts.synthesize("I enjoy solving hard problems with my team.")
    transcript = stt.transcribe(wav)
    assert isinstance(transcript, Transcript)
    assert transcript.language == "en"
    assert transcript.duration_s == pytest.approx(soundfile.info(io.BytesIO(wav)).duration, abs=0.01)
    assert 0 < transcript.seconds_taken < 30
    assert transcript.segments, "a spoken sentence gives at least one segment"
    start, end, text = transcript.segments[0]
    assert 0 <= start < end <= transcript.duration_s + 0.5
    assert "team" in transcript.text.lower() and text


@pytest.fixture(scope="module")
def spoken_answer(piper_tts: TextToSpeech) -> tuple[np.ndarray, int]:
    samples, rate = soundfile.read(io.BytesIO(piper_tts.synthesize(CONTAINER_SENTENCE)), dtype="float32")
    return samples, rate


def _sentence_heard(text: str) -> bool:
    # Up to two misheard words of sixteen (none measured): Piper samples noise, so every synthesis differs.
    return word_error_rate([CONTAINER_SENTENCE], [text]) < 0.15


def test_44k_stereo_wav_bytes_transcribe(stt: SpeechToText, spoken_answer: tuple[np.ndarray, int]) -> None:
    samples, rate = spoken_answer
    mono_44k = resample(samples, rate, 44_100)
    stereo = np.stack([mono_44k, mono_44k * 0.5], axis=1)
    buffer = io.BytesIO()
    soundfile.write(buffer, stereo, 44_100, format="WAV", subtype="PCM_16")
    transcript = stt.transcribe(buffer.getvalue())
    assert _sentence_heard(transcript.text), transcript.text
    assert transcript.duration_s == pytest.approx(len(samples) / rate, abs=0.05)


@pytest.mark.skipif(shutil.which("sox") is None, reason="sox (Debian package) is not installed")
def test_sox_made_8k_flac_and_48k_ogg_transcribe(
    stt: SpeechToText, spoken_answer: tuple[np.ndarray, int], tmp_path: Path
) -> None:
    samples, rate = spoken_answer
    source = tmp_path / "answer.wav"
    # Piper peaks at full scale; leave sox headroom so that resampling does not clip.
    soundfile.write(source, samples * 0.8, rate, subtype="PCM_16")
    for target, options in (("answer.flac", ["-r", "8000"]), ("answer.ogg", ["-r", "48000", "-c", "2"])):
        subprocess.run(["sox", str(source), *options, str(tmp_path / target)], check=True, timeout=60)
        transcript = stt.transcribe((tmp_path / target).read_bytes())
        assert _sentence_heard(transcript.text), (target, transcript.text)


def test_browser_webm_opus_bytes_transcribe(stt: SpeechToText, spoken_answer: tuple[np.ndarray, int]) -> None:
    samples, rate = spoken_answer
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="webm") as container:
        stream = container.add_stream("libopus", rate=48_000, layout="mono")
        frame = av.AudioFrame.from_ndarray(
            resample(samples, rate, 48_000).reshape(1, -1), format="flt", layout="mono"
        )
        frame.sample_rate = 48_000
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    webm = buffer.getvalue()
    assert webm[:4] == b"\x1a\x45\xdf\xa3", "an EBML/WebM header"
    transcript = stt.transcribe(webm)
    assert _sentence_heard(transcript.text), transcript.text


def test_float_array_at_another_rate_is_resampled(
    stt: SpeechToText, spoken_answer: tuple[np.ndarray, int]
) -> None:
    samples, rate = spoken_answer
    assert rate != 16_000
    transcript = stt.transcribe(samples, sample_rate=rate)
    assert _sentence_heard(transcript.text), transcript.text
    int16_16k = (resample(samples, rate, 16_000) * 32767).astype(np.int16)
    assert _sentence_heard(stt.transcribe(int16_16k).text)


def test_empty_and_silent_audio_give_empty_text(stt: SpeechToText) -> None:
    rng = np.random.default_rng(7)
    buffer = io.BytesIO()
    soundfile.write(buffer, np.zeros(3 * 16_000, dtype=np.float32), 16_000, format="WAV")
    cases: list[bytes | np.ndarray] = [
        b"",
        np.zeros(0, dtype=np.float32),
        np.zeros(2 * 16_000, dtype=np.float32),
        buffer.getvalue(),
        (rng.standard_normal(3 * 16_000) * 0.003).astype(np.float32),  # room noise at about -50 dBFS
    ]
    for audio in cases:
        assert stt.transcribe(audio).text == ""
    assert stt.transcribe(b"").duration_s == 0.0


@pytest.mark.parametrize(
    "data", [b"this is not audio at all" * 50, bytes(range(256)) * 20, b"RIFF\x00\x00\x00\x00WAVEjunk"]
)
def test_invalid_bytes_raise_a_typed_error(stt: SpeechToText, data: bytes) -> None:
    with pytest.raises(AudioDecodeError):
        stt.transcribe(data)
    with pytest.raises(AudioDecodeError):
        decode_audio(data)


def test_sample_rate_with_container_bytes_is_rejected(stt: SpeechToText) -> None:
    with pytest.raises(ValueError, match="sample_rate"):
        stt.transcribe(b"RIFF", sample_rate=16_000)


def test_concurrent_transcriptions_from_threads_are_correct(
    stt: SpeechToText, piper_tts: TextToSpeech, sentences: tuple[str, ...]
) -> None:
    wavs = [piper_tts.synthesize(sentence) for sentence in sentences[:3]]
    with ThreadPoolExecutor(max_workers=3) as pool:
        heard = list(pool.map(lambda wav: stt.transcribe(wav).text, wavs))
    assert word_error_rate(sentences[:3], heard) < 0.15, heard


def test_get_stt_returns_one_shared_instance(stt: SpeechToText) -> None:
    settings = Settings(stt_model="tiny.en", stt_threads=2)
    first = get_stt(settings)
    assert get_stt(settings) is first
    assert first is stt
    assert first.load_seconds > 0


def test_unknown_model_name_is_refused_instead_of_downloaded(tmp_path: Path) -> None:
    with pytest.raises(SpeechUnavailableError):
        SpeechToText("base.en")
    with pytest.raises(SpeechUnavailableError):
        SpeechToText(str(tmp_path))
