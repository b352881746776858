"""Speech for the mock-interview page: spoken questions, transcribed answers, hands-free listening.

Models load once per app process (`st.cache_resource`); each question's audio is synthesised once. Hands-free
audio arrives on streamlit-webrtc's media thread: it is only resampled and scored there (Silero VAD, Smart Turn),
and the answer's segments are transcribed on a worker thread as they come, so the media pipeline never stalls
behind Whisper and the wait after the last word stays short.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import av
import numpy as np
import numpy.typing as npt
import streamlit as st

from workbench.settings import get_settings
from workbench.speech.endpoint import TurnSettings
from workbench.speech.listen import HeardAnswer, ListenState, VoiceTurnListener

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


def transcriber() -> Callable[[bytes | npt.NDArray[np.float32]], str]:
    """A transcribing function bound to the loaded model, safe to call from threads without a script run
    (Streamlit's caches belong to script runs; the model itself is guarded by its own lock). It takes WAV
    bytes or 16 kHz float samples."""
    model = _speech_to_text()

    def run(audio: bytes | npt.NDArray[np.float32]) -> str:
        return str(model.transcribe(audio).text).strip()  # type: ignore[attr-defined]

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
    """Turns a live microphone stream into answers, held as a draft for review or sent at once.

    `on_frames` is given to `webrtc_streamer(queued_audio_frames_callback=...)`. Frames are resampled to 16 kHz
    mono and fed to a `VoiceTurnListener` (Silero VAD, Smart Turn v3, segments transcribed while the candidate
    speaks). A finished answer goes to `send` when `auto_send` is on; otherwise it is added to `draft`, which the
    page shows for a quick edit. Speech that follows before the draft is sent is added to it, so an answer split
    by a long pause still reaches the interviewer as one.
    """

    def __init__(
        self,
        transcribe: Callable[[npt.NDArray[np.float32]], str],
        send: Callable[[str], None],
        settings: TurnSettings | None = None,
        *,
        auto_send: bool = False,
    ) -> None:
        self._send = send
        self.auto_send = auto_send
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        self._lock = threading.Lock()
        self._draft = ""
        self.heard: list[str] = []
        self._listener = VoiceTurnListener(transcribe, self._on_answer, settings)

    async def on_frames(self, frames: list[av.AudioFrame]) -> list[av.AudioFrame]:
        """For `webrtc_streamer(queued_audio_frames_callback=...)`: every frame that arrived since the last
        call. The single-frame callback would drop all but the newest frame whenever processing falls behind
        (a busy CPU), clipping words out of the answer."""
        for frame in frames:
            self.on_frame(frame)
        return frames

    def on_frame(self, frame: av.AudioFrame) -> av.AudioFrame:
        for resampled in self._resampler.resample(frame):
            self._listener.feed(resampled.to_ndarray().reshape(-1))
        return frame

    @property
    def state(self) -> ListenState:
        return self._listener.state

    @property
    def hearing_speech(self) -> bool:
        return self._listener.state is ListenState.HEARING

    @property
    def live_text(self) -> str:
        """What has been transcribed of the answer under way."""
        return self._listener.text_so_far

    @property
    def draft(self) -> str:
        with self._lock:
            return self._draft

    def take_draft(self) -> str:
        """The draft, emptied (the page sends or discards it)."""
        with self._lock:
            draft, self._draft = self._draft, ""
        return draft

    def finish(self) -> bool:
        """ "I'm done": ends the answer under way without waiting for the pause to tell."""
        return self._listener.finish()

    def stop(self) -> None:
        self._listener.stop()

    def _on_answer(self, answer: HeardAnswer) -> None:
        self.heard.append(answer.text)
        with self._lock:
            if not self.auto_send:
                self._draft = f"{self._draft} {answer.text}".strip()
                return
            text, self._draft = f"{self._draft} {answer.text}".strip(), ""
        self._send(text)
