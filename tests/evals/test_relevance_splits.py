"""The wrong-question metric on train and dev (`evals.relevance_splits`): never on held-out."""

from __future__ import annotations

import pytest

from evals.data import occupation_families
from evals.metrics.relevance import relevance_metrics
from evals.relevance_splits import relevance_cases, split_records


def test_held_out_is_refused() -> None:
    with pytest.raises(ValueError, match="heldout"):
        split_records("heldout")


def test_the_dev_split_gives_cases_outside_software_when_asked() -> None:
    records = split_records("dev", occupations_only=True)
    families = occupation_families()
    assert records and all(r.split == "dev" and r.job_id in families for r in records)
    assert len(records) < len(split_records("dev"))
    metrics = relevance_metrics(relevance_cases(records[:2]), None)
    assert 0 <= metrics["wrong_question_credit_lexical"] < metrics["own_question_credit_lexical"] <= 1
