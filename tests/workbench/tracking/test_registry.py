from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.tracking import log_run, register_program, resolve_registered_program, set_program_alias


def _program(tmp_path: Path, marker: int) -> Path:
    path = tmp_path / f"program-{marker}.json"
    path.write_text(json.dumps({"assess.predict": {"demos": [], "marker": marker}}), encoding="utf-8")
    return path


def test_registered_versions_resolve_to_their_own_json(mlflow_store: str, tmp_path: Path) -> None:
    run_id = log_run("tune", "run", {"module": "assess"}, {"score": 0.5})
    first = register_program("assess-program", _program(tmp_path, 1), run_id=run_id)
    second = register_program("assess-program", _program(tmp_path, 2))

    assert (first, second) == ("models:/assess-program/1", "models:/assess-program/2")
    assert (
        json.loads(resolve_registered_program(first, tmp_path / "first").read_text())["assess.predict"][
            "marker"
        ]
        == 1
    )
    latest = resolve_registered_program("models:/assess-program/latest", tmp_path / "latest")
    assert json.loads(latest.read_text())["assess.predict"]["marker"] == 2
    set_program_alias("assess-program", "champion", 1)
    champion = resolve_registered_program("models:/assess-program@champion", tmp_path / "champion")
    assert json.loads(champion.read_text())["assess.predict"]["marker"] == 1


def test_plain_paths_pass_through_and_missing_ones_fail(mlflow_store: str, tmp_path: Path) -> None:
    program = _program(tmp_path, 7)
    assert resolve_registered_program(str(program), tmp_path / "unused") == program
    with pytest.raises(FileNotFoundError):
        resolve_registered_program(str(tmp_path / "absent.json"), tmp_path / "unused")


def test_invalid_model_names_are_refused(mlflow_store: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="invalid model name"):
        register_program("../escape", _program(tmp_path, 1))
