from __future__ import annotations

from pathlib import Path

import pytest

from workbench.tracking import configure_tracking, ephemeral_store


@pytest.fixture
def mlflow_store(tmp_path: Path) -> tuple[str, Path]:
    """A fresh SQLite MLflow store (copied from a cached empty schema): (tracking URI, artifact root)."""
    uri, artifacts = ephemeral_store(tmp_path / "mlflow")
    configure_tracking(uri, artifacts)
    return uri, artifacts
