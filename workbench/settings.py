"""The one `Settings` object of OpenHire, read from the environment (prefix `OPENHIRE_`) or a `.env` file."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from workbench.apikeys import normalise_entry

DATA_DIR = Path("var")
REPO_DIR = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="OPENHIRE_", env_file=".env", extra="ignore", hide_input_in_errors=True
    )

    # --- store -------------------------------------------------------------------------------------
    db_path: str = Field(
        default=str(DATA_DIR / "openhire.duckdb"),
        description="A DuckDB file (embedded, one server process) or a postgresql:// URL (many processes).",
    )
    db_pool_size: int = Field(default=10, ge=1, description="PostgreSQL connections per server process.")
    lease_seconds: float = Field(
        default=15.0,
        gt=0,
        description="How long a server process's claim on a session lasts unless renewed: after a crash, "
        "another process can resume the session this long after the last renewal.",
    )
    sweep_seconds: float = Field(
        default=1.0, gt=0, description="How often each process looks for interviews past max_duration."
    )
    datasets_dir: Path = REPO_DIR / "datasets"

    # --- protocol server ---------------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = 8000
    allowed_origins: list[str] = Field(
        default_factory=list,
        description="Origin allowlist for the WebSocket handshake and CORS; empty allows any origin.",
    )
    max_message_bytes: int = 64 * 1024
    rate_limit_per_second: float = 20.0
    rate_limit_burst: int = 40
    ws_ping_interval: float = 20.0
    ws_ping_timeout: float = 20.0
    idle_timeout_seconds: float = 900.0
    transcript_commit_pause_seconds: float = 4.0
    clock_epoch: datetime | None = Field(
        default=None,
        description="With compressed time, the instant from which every process of a deployment compresses "
        "(so that processes agree on interview time); default: when the process starts.",
    )
    max_body_bytes: int = Field(default=1024 * 1024, description="REST request bodies above this get a 413.")
    max_json_depth: int = Field(
        default=32, description="Deeper JSON (REST bodies, WebSocket frames) gets a 400."
    )
    max_json_number_chars: int = Field(default=64, description="Longer JSON number literals get a 400.")
    header_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        description="A connection that has not sent its full request head by then is closed.",
    )
    seconds_per_minute: float = Field(
        default=60.0,
        gt=0,
        description="Below 60 compresses interview time (tests, demos); production keeps 60.",
    )

    # --- security (protocol_server/auth.py, protocol_server/session_token.py) --------------------------
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated `role:key` or `role:sha256:<hex>` entries (roles: read, write, admin). "
        "Plain keys are hashed when read; only hashes are kept.",
    )
    api_keys_file: Path | None = Field(
        default=None, description="A file of `role:sha256:<hex>` lines (`openhire new-key` appends to it)."
    )
    api_key: SecretStr = Field(
        default=SecretStr(""), description="The key this process sends as a client (app, evals, bench, CLI)."
    )
    local_api_key_file: Path = Field(
        default=DATA_DIR / "api-key",
        description="Loopback servers without configured keys generate an admin key here (0600) for local "
        "clients; clients read it when `api_key` is empty.",
    )
    ws_token_secret: SecretStr = Field(
        default=SecretStr(""),
        description="When set, the WebSocket handshake requires `?token=` signed with it (HMAC-SHA256).",
    )
    ws_token_ttl_seconds: int = Field(default=4 * 3600, gt=0, le=7 * 24 * 3600)

    # --- interviewer -------------------------------------------------------------------------------
    interviewer: str = Field(
        default="baseline",
        description="`baseline`, a path to a tuned program's JSON, or `models:/<name>/<version>` in MLflow.",
    )
    interviewer_processes: Annotated[int, Field(ge=0, le=64)] | Literal["auto"] = Field(
        default="auto",
        description="Worker processes that run the offline interviewer's turns (0: in the server's own process). "
        "Under load they take most of the event loop's CPU per turn off it (bench/ws_load.py). `auto`: two "
        "when the server process has two cores to itself, else none (protocol_server/interviewer_pool.py).",
    )
    lm_model: str = Field(default="", description="Any LiteLLM model string, e.g. openai/gpt-4o-mini.")
    lm_api_base: str = Field(default="", description="OpenAI-compatible base URL (Ollama, vLLM, llama.cpp).")
    lm_api_key: str = ""
    lm_timeout_seconds: float = Field(default=30.0, gt=0, description="Deadline of one LM call.")
    lm_turn_deadline_seconds: float = Field(
        default=45.0, gt=0, description="Deadline of all LM calls of one turn; then the baseline answers."
    )
    lm_max_concurrency: int = Field(default=64, ge=1, description="LM-backed turns running at once.")
    lm_max_waiting: int = Field(
        default=256, ge=0, description="Turns queued for an LM slot; beyond it a typed 503 asks to retry."
    )
    lm_temperature: float = 0.2
    lm_max_tokens: int = 600

    # --- tracking ----------------------------------------------------------------------------------
    mlflow_tracking_uri: str = f"sqlite:///{(DATA_DIR / 'mlflow.db').as_posix()}"
    mlflow_artifact_root: Path = DATA_DIR / "mlartifacts"

    # --- speech ------------------------------------------------------------------------------------
    stt_model: str = Field(
        default="tiny.en", description="`tiny.en` (shipped offline) or a local model path."
    )
    stt_threads: int = 2
    tts_engine: str = Field(default="piper", description="`piper` or `espeak`.")

    # --- app ---------------------------------------------------------------------------------------
    server_url: str = "http://127.0.0.1:8000"
    app_port: int = 8501
    app_ice_servers: list[dict[str, str | list[str]]] = Field(
        default_factory=list,
        description='WebRTC ICE servers for hands-free mode, e.g. [{"urls": ["stun:stun.example.org"]}]; '
        "none are needed when browser and app share a machine or LAN.",
    )

    @field_validator("db_path", mode="before")
    @classmethod
    def _db_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, Path) else value

    @field_validator("api_keys", mode="before")
    @classmethod
    def _hash_keys(cls, value: object) -> object:
        """Split the comma-separated env form and hash plain keys at once: settings keep only hashes."""
        entries = value.split(",") if isinstance(value, str) else value
        if not isinstance(entries, list):
            return value
        return [normalise_entry(str(entry)) for entry in entries if str(entry).strip()]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
