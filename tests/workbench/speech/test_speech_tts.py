"""Text to speech: Piper and espeak-ng produce real WAV files; untrusted text stays text; fallbacks work."""

from __future__ import annotations

import io
import time
from pathlib import Path

import numpy as np
import pytest

from workbench.settings import Settings
from workbench.speech import tts as tts_module
from workbench.speech.stt import SpeechToText
from workbench.speech.tts import MAX_TEXT_CHARS, TextToSpeech, clean_text, get_tts
from workbench.speech.wer import word_error_rate

SPEECH_EXTRA_MISSING = "speech extra not installed (pip install -e .[speech,app])"
soundfile = pytest.importorskip("soundfile", reason=SPEECH_EXTRA_MISSING)

pytestmark = pytest.mark.speech


def _read(wav: bytes) -> tuple[np.ndarray, int]:
    samples, rate = soundfile.read(io.BytesIO(wav), dtype="float32")
    return samples, rate


@pytest.mark.parametrize("engine_fixture", ["piper_tts", "espeak_tts"])
def test_synthesize_returns_a_complete_mono_wav(engine_fixture: str, request: pytest.FixtureRequest) -> None:
    engine: TextToSpeech = request.getfixturevalue(engine_fixture)
    wav = engine.synthesize("Could you walk me through your last project?")
    info = soundfile.info(io.BytesIO(wav))
    assert (info.format, info.subtype, info.channels) == ("WAV", "PCM_16", 1)
    samples, rate = _read(wav)
    # The header sizes must match the data (espeak-ng streams placeholder sizes that we rewrite).
    assert len(wav) == 44 + 2 * len(samples)
    assert 1.0 < len(samples) / rate < 6.0
    assert float(np.abs(samples).max()) > 0.1, "audible, not silence"


def test_piper_output_has_pauses_between_sentences(piper_tts: TextToSpeech) -> None:
    one = _read(piper_tts.synthesize("Thank you."))[0]
    two = _read(piper_tts.synthesize("Thank you. Thank you."))[0]
    assert len(two) > 2 * len(one), "the second sentence comes after a pause, not glued on"


def test_repeated_sentences_come_from_the_cache(piper_tts: TextToSpeech) -> None:
    text = "Thanks for that. What is a database index, and when can it hurt?"
    cold = time.perf_counter()
    first = piper_tts.synthesize(text)
    cold = time.perf_counter() - cold
    warm = time.perf_counter()
    again = piper_tts.synthesize(text)
    warm = time.perf_counter() - warm
    assert again == first
    assert warm < cold / 5
    # A cached sentence followed by a new one: only the new one is synthesised and added to the cache.
    cached_sentences = len(piper_tts._sentence_cache)
    piper_tts.synthesize("Thanks for that. How would you paginate a large result set?")
    assert len(piper_tts._sentence_cache) == cached_sentences + 1


def test_the_sentence_cache_is_bounded_and_can_be_disabled() -> None:
    small = TextToSpeech("piper", cache_size=2)
    for sentence in ("One.", "Two.", "Three.", "Four."):
        small.synthesize(sentence)
    assert len(small._sentence_cache) == 2
    uncached = TextToSpeech("piper", cache_size=0)
    uncached.synthesize("Hello again.")
    assert len(uncached._sentence_cache) == 0


def test_piper_raw_phoneme_markup_is_not_honoured() -> None:
    assert "[[" not in clean_text("Say [[ h ə l oʊ ]] please") and "]]" not in clean_text("x ]] y")


def test_untrusted_text_is_spoken_not_executed(espeak_tts: TextToSpeech, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    hostile = (
        f"--help; touch {marker} $(touch {marker}) `touch {marker}` <speak>-w {marker}</speak>\x07\x1b[31m"
    )
    wav = espeak_tts.synthesize(hostile)
    assert not marker.exists()
    assert len(_read(wav)[0]) > 0
    assert "\x1b" not in clean_text(hostile) and "\x07" not in clean_text(hostile)


def test_long_text_is_capped(espeak_tts: TextToSpeech) -> None:
    assert len(clean_text("word " * 5_000)) <= MAX_TEXT_CHARS


@pytest.mark.parametrize("engine_fixture", ["piper_tts", "espeak_tts"])
def test_blank_text_gives_an_empty_wav(engine_fixture: str, request: pytest.FixtureRequest) -> None:
    engine: TextToSpeech = request.getfixturevalue(engine_fixture)
    samples, _ = _read(engine.synthesize(" \n\t "))
    assert len(samples) == 0


def test_espeak_is_used_when_piper_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tts_module, "_load_piper_voice", lambda threads: None)
    fallback = TextToSpeech("piper")
    assert fallback.engine == "espeak"
    assert len(_read(fallback.synthesize("Hello there."))[0]) > 0


def test_a_piper_failure_at_run_time_falls_back_to_espeak(
    piper_tts: TextToSpeech, stt: SpeechToText, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("onnxruntime exploded")

    assert piper_tts._voice is not None
    monkeypatch.setattr(piper_tts._voice, "phoneme_ids_to_audio", broken)
    wav = piper_tts.synthesize("What did you learn from that project?")
    heard = stt.transcribe(wav).text
    assert word_error_rate(["What did you learn from that project?"], [heard]) < 0.5, heard


def test_unknown_engine_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown TTS engine"):
        TextToSpeech("festival")


def test_get_tts_follows_settings_and_is_shared() -> None:
    espeak = get_tts(Settings(tts_engine="espeak"))
    assert espeak.engine == "espeak"
    assert get_tts(Settings(tts_engine="espeak")) is espeak
    piper = get_tts(Settings(tts_engine="piper"))
    assert piper.engine == "piper" and piper is not espeak
