from __future__ import annotations

from pathlib import Path

import pytest

from workbench.tracking import configure_tracking, ephemeral_store


@pytest.fixture
def mlflow_store(tmp_path: Path) -> str:
    """A fresh, configured SQLite MLflow store (copied from a cached empty schema: milliseconds, not 4 s)."""
    uri, artifacts = ephemeral_store(tmp_path / "mlflow")
    return configure_tracking(uri, artifacts)
