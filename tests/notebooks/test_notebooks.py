"""Every notebook runs top to bottom (nbclient, kernel python3 of this venv) against a temporary MLflow store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def execute(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    # The kernel inherits the environment: a scratch folder and no tracking URI (each notebook makes its own store).
    monkeypatch.setenv("OPENHIRE_NOTEBOOK_DIR", str(tmp_path))
    monkeypatch.delenv("OPENHIRE_NOTEBOOK_TRACKING_URI", raising=False)
    # Streamlit, imported by the app tests in this process, sets MPLBACKEND=Agg; the kernel must plot inline.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    return notebook


def text_of(notebook: Any) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.append(output.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def images_in(notebook: Any) -> int:
    return sum(
        "image/png" in output.get("data", {}) for cell in notebook.cells for output in cell.get("outputs", [])
    )


def test_explore_transcripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = execute("01_explore_transcripts.ipynb", tmp_path, monkeypatch)
    text = text_of(notebook)
    records = (NOTEBOOKS.parent / "datasets" / "interviews.jsonl").read_text().splitlines()
    assert f"{sum(1 for line in records if line.strip())} interviews," in text
    assert "labels consistent with levels: strong > weak" in text
    assert images_in(notebook) >= 3
    assert (tmp_path / "interviews.parquet").is_file() and (tmp_path / "turns.parquet").is_file()


def test_tune_and_evaluate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = execute("02_tune_and_evaluate.ipynb", tmp_path, monkeypatch)
    text = text_of(notebook)
    assert "registered as models:/notebook-assess/1" in text
    assert "demos in the tuned assessor:" in text and "demos in the tuned assessor: 0" not in text
    assert images_in(notebook) >= 1
    assert (tmp_path / "mlflow" / "mlflow.db").is_file()


def test_compare_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = execute("03_compare_runs.ipynb", tmp_path, monkeypatch)
    text = text_of(notebook)
    assert "2 eval runs" in text
    assert "26 interviews across 2 runs" in text  # smoke: 5 personas x 2 jobs + 3 replays, twice
    assert images_in(notebook) >= 2
