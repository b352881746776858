"""Speech for the mock-interview page: spoken questions, transcribed answers, hands-free listening.

Models load once per app process (`st.cache_resource`); each question's audio is synthesised once. Hands-free
audio arrives on streamlit-webrtc's media thread: it is only resampled and segmented there, and every finished
utterance is transcribed on a worker thread so the media pipeline never stalls behind Whisper.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

import av
import streamlit as st

from workbench.settings import get_settings

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000


@st.cache_resource(show_spinner="Loading the speech recogniser…")
def _speech_to_text() -> object:
    from workbench.speech.stt import get_stt

    return get_stt(get_settings())


@st.cache_resource(show_spinner="Loading the voice…")
def _text_to_speech() -> object:
    from workbench.speech.tts import get_tts

    return get_tts(get_settings())


def transcribe(wav_bytes: bytes) -> str:
    """The text of a WAV recording (any rate the STT accepts; `st.audio_input` gives 16 kHz)."""
    return transcriber()(wav_bytes)


def transcriber() -> Callable[[bytes], str]:
    """A transcribing function bound to the loaded model, safe to call from threads without a script run
    (Streamlit's caches belong to script runs; the model itself is guarded by its own lock)."""
    model = _speech_to_text()

    def run(wav_bytes: bytes) -> str:
        return str(model.transcribe(wav_bytes).text).strip()  # type: ignore[attr-defined]

    return run


@st.cache_data(max_entries=64, show_spinner=False)
def speak(text: str) -> bytes | None:
    """The question as WAV audio, or None when no voice is available (the page then shows text only)."""
    try:
        return bytes(_text_to_speech().synthesize(text))  # type: ignore[attr-defined]
    except Exception:  # a missing voice must not stop the interview: the question is also on screen
        log.exception("text to speech failed")
        return None


class HandsFreeListener:
    """Turns a live microphone stream into finished answers.

    `on_frames` is given to `webrtc_streamer(queued_audio_frames_callback=...)`. Frames are resampled to 16 kHz mono,
    fed to the utterance detector, and each finished utterance (a WAV) is queued for the worker thread, which
    transcribes it and hands the text to `deliver` (which sends it to the server).
    """

    def __init__(self, transcriber: Callable[[bytes], str], deliver: Callable[[str], None]) -> None:
        from workbench.speech.endpoint import UtteranceDetector

        self._transcriber = transcriber
        self._deliver = deliver
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        self._detector = UtteranceDetector()
        self._utterances: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self.state = "listening"
        self.heard: list[str] = []
        self._worker = threading.Thread(target=self._transcribe_forever, name="hands-free-stt", daemon=True)
        self._worker.start()

    async def on_frames(self, frames: list[av.AudioFrame]) -> list[av.AudioFrame]:
        """For `webrtc_streamer(queued_audio_frames_callback=...)`: every frame that arrived since the last
        call. The single-frame callback would drop all but the newest frame whenever processing falls behind
        (a busy CPU), clipping words out of the answer."""
        for frame in frames:
            self.on_frame(frame)
        return frames

    def on_frame(self, frame: av.AudioFrame) -> av.AudioFrame:
        for resampled in self._resampler.resample(frame):
            utterance = self._detector.feed(resampled.to_ndarray())
            if utterance:
                self._queue_utterance(bytes(utterance))
        return frame

    @property
    def hearing_speech(self) -> bool:
        """True while the candidate is speaking (an utterance is being collected)."""
        return bool(self._detector.in_speech)

    def stop(self) -> None:
        self._utterances.put(None)

    def _queue_utterance(self, wav: bytes) -> None:
        try:
            self._utterances.put_nowait(wav)
        except queue.Full:
            log.warning("hands-free: dropped an utterance, transcription is behind")

    def _transcribe_forever(self) -> None:
        while (wav := self._utterances.get()) is not None:
            self.state = "transcribing"
            try:
                text = self._transcriber(wav)
                if text:
                    self.heard.append(text)
                    self._deliver(text)
            except Exception:  # keep listening after a failed utterance
                log.exception("hands-free: transcription failed")
            finally:
                self.state = "listening"
