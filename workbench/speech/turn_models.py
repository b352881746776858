"""The two turn-taking models, run with onnxruntime from files that ship inside installed wheels (no download).

- `SileroVad`: Silero VAD v6 (`faster_whisper/assets/silero_vad_v6.onnx`), the probability that each 32 ms chunk of
  16 kHz audio is speech, streamed chunk by chunk with its recurrent state carried over.
- `SmartTurn`: Pipecat's Smart Turn v3.2 (`pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx`, from the
  `pipecat-ai` wheel installed without its dependencies), the probability that the last 8 s of a turn end a
  finished utterance rather than a thinking pause. It reads intonation and rhythm, not words.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from workbench.speech.whisper_features import SAMPLE_RATE, WINDOW_SAMPLES, log_mel_features

VAD_CHUNK = 512  # samples per Silero call at 16 kHz (32 ms)
_VAD_CONTEXT = 64  # samples of the previous chunk the v6 model sees in front of each chunk
SILERO_ASSET = ("faster_whisper", "assets/silero_vad_v6.onnx")
SMART_TURN_ASSET = ("pipecat", "audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx")


class TurnModelUnavailableError(RuntimeError):
    """A model file is missing (the speech extra or the `pipecat-ai` wheel is not installed)."""


def packaged_file(package: str, relative: str) -> Path:
    """A data file inside an installed package, found without importing the package (pipecat's `__init__`
    would pull in dependencies that are deliberately not installed)."""
    spec = importlib.util.find_spec(package)
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        path = Path(root) / relative
        if path.is_file():
            return path
    raise TurnModelUnavailableError(f"{relative} not found in the installed {package!r} package")


def _session(path: Path) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    # One thread each: the models run beside Whisper on a 2-core machine, and their inputs are small.
    options.inter_op_num_threads = 1
    options.intra_op_num_threads = 1
    options.log_severity_level = 4
    return onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"], sess_options=options)


@lru_cache(maxsize=1)
def _silero_session() -> Any:
    return _session(packaged_file(*SILERO_ASSET))


@lru_cache(maxsize=1)
def _smart_turn_session() -> Any:
    return _session(packaged_file(*SMART_TURN_ASSET))


class SileroVad:
    """Streaming speech probability for one audio stream; feed exactly `VAD_CHUNK` samples per call.

    The onnxruntime session is shared by every stream of the process (it is thread-safe); the recurrent state
    belongs to this object, so one object serves one stream from one thread.
    """

    def __init__(self) -> None:
        self._session = _silero_session()
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_VAD_CONTEXT, dtype=np.float32)

    def __call__(self, chunk: npt.NDArray[np.float32]) -> float:
        if chunk.shape != (VAD_CHUNK,):
            raise ValueError(f"expected {VAD_CHUNK} samples, got shape {chunk.shape}")
        window = np.concatenate([self._context, chunk]).astype(np.float32)[np.newaxis, :]
        output, self._h, self._c = self._session.run(None, {"input": window, "h": self._h, "c": self._c})
        self._context = chunk[-_VAD_CONTEXT:].astype(np.float32)
        return float(np.asarray(output).reshape(-1)[0])


class SmartTurn:
    """End-of-turn probability of a turn's audio (16 kHz mono float32; only the last 8 s count)."""

    _lock = threading.Lock()

    def __init__(self) -> None:
        self._session = _smart_turn_session()

    def __call__(self, audio: npt.NDArray[np.float32]) -> float:
        tail = audio[-WINDOW_SAMPLES:]
        # The model was trained on turns left-padded with silence to 8 s.
        if len(tail) < WINDOW_SAMPLES:
            tail = np.pad(tail, (WINDOW_SAMPLES - len(tail), 0))
        features = log_mel_features(tail)[np.newaxis, :, :]
        with self._lock:  # one inference at a time: two at once only slow each other on two cores
            outputs = self._session.run(None, {"input_features": features})
        return float(np.asarray(outputs[0]).reshape(-1)[0])


def warm_up() -> None:
    """Load both models and run each once (first calls allocate), e.g. at app start-up."""
    SileroVad()(np.zeros(VAD_CHUNK, dtype=np.float32))
    SmartTurn()(np.zeros(SAMPLE_RATE, dtype=np.float32))
