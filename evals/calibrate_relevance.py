"""Fit the relevance check's thresholds on the train split (`python -m evals.calibrate_relevance`).

Every train recording is replayed against its own questions (`evals.assessment_replay`), and each answer is
checked (`workbench.interviewer.relevance.check`) twice over:

- against the question it was given (and its follow-ups against the same question): these should address it;
- against every other question of the same interview that measures another competency: an on-the-job answer
  given to the wrong question, which should not.

For job-knowledge and story questions separately (their questions differ in kind):

- `paraphrase`, the similarity that counts as on topic without a shared word, is the `PARAPHRASE_QUANTILE`
  (the median) of the similarities of the answers to their own question: an answer with no word of the
  question must be as near it in meaning as a typical answer is. A trade-off, checked on dev with the rubric
  calibration refitted on train for each choice (labels Spearman on dev, 14 interviews, noisy): median 0.709,
  60th percentile 0.774, 66th 0.716, 75th 0.773, no paraphrase rule 0.759, lexical check alone 0.760. A
  higher quantile admits fewer weak answers that share no word (the rubric tends to overrate them) and
  recognises fewer paraphrases (a clear one scores ~0.42); the median is kept for recall;
- `margin` (job-knowledge questions only; stories have no rivals, see `relevance.check`) is the strictest lead
  of a rival that still keeps `MIN_RECALL` of the own answers that the topic test keeps, i.e. it rejects the
  most wrong-question answers at that cost.

Some own answers are off-topic on purpose (the off-topic personas), so a recall of 1 is neither possible nor
wanted. Openings are judged by the lexical check alone and have no thresholds.

Only `train` is fitted on; `--report` prints the written thresholds' figures on every split (held-out only for
reporting) and the time the model took.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from evals.assessment_replay import recorded_state
from evals.data import load_interviews, load_jobs
from workbench.interviewer.evidence import Evidence, earlier_sentences, shares_topic, sift
from workbench.interviewer.plan_view import view_of
from workbench.interviewer.relevance.check import THRESHOLDS_FILE, calibrated, judge_answers, question_kind
from workbench.interviewer.relevance.encoder import encoder
from workbench.interviewer.scorecard import _GENERIC, AnswerGroup, answer_groups, carried_on
from workbench.records import Split

MIN_RECALL = 0.95
PARAPHRASE_QUANTILE = 0.5
MARGINS = tuple(round(-0.01 * step, 2) for step in range(0, 41))  # 0.00 .. -0.40
KINDS = ("job_knowledge", "story")


@dataclass(frozen=True, slots=True)
class Pair:
    kind: str  # the asked question's kind: story or job_knowledge
    own: bool  # the answer was given to this question
    lexical: bool  # shares words with the asked question's topic
    fit: float
    lead: float

    def on_topic(self, paraphrase: float) -> bool:
        return self.lexical or self.fit >= paraphrase


def _answers(group: AnswerGroup) -> tuple[list[Evidence], list[bool]]:
    """The answers that leave evidence, and whether each carries on the ones before it (`carried_on`)."""
    earlier = earlier_sentences(group.earlier)
    sifted = [sift(answer, earlier) for answer in group.answers]
    kept = [(e, c) for e, c in zip(sifted, carried_on(group, sifted), strict=True) if e.kept]
    return [e for e, _ in kept], [c for _, c in kept]


def pairs(split: Split) -> Iterator[Pair]:
    jobs = load_jobs()
    for record in load_interviews(split=split):
        state = recorded_state(record, jobs[record.job_id])
        view = view_of(state)
        if view is None:
            continue
        groups = answer_groups(view, state)
        for asked in groups:
            kind = question_kind(asked.question)
            if kind not in KINDS:
                continue
            for given in groups:
                own = given is asked
                if not own and given.question.competency_id == asked.question.competency_id:
                    continue
                answers, carried = _answers(given)
                if not own:
                    answers, carried = answers[:1], carried[:1]
                question, competency = asked.question, asked.competency
                lexical = [shares_topic(e, question, competency, asked.context) for e in answers]
                strict = [
                    shares and shares_topic(e, question, competency, asked.context, strict=True)
                    for shares, e in zip(lexical, answers, strict=True)
                ]
                texts = [e.text for e in answers]
                verdicts = judge_answers(
                    texts, lexical, question, competency, asked.rivals, _GENERIC, carried, strict
                )
                for verdict, shares in zip(verdicts, lexical, strict=True):
                    yield Pair(kind, own, shares, verdict.fit, verdict.lead)


def rates(items: list[Pair], paraphrase: float, margin: float | None) -> tuple[float, float]:
    """(share of own answers kept, share of wrong-question answers rejected)."""
    kept = [p.on_topic(paraphrase) and (margin is None or p.lead >= margin) for p in items]
    own = [k for k, p in zip(kept, items, strict=True) if p.own]
    other = [k for k, p in zip(kept, items, strict=True) if not p.own]
    recall = float(np.mean(own)) if own else 1.0
    rejected = 1.0 - float(np.mean(other)) if other else 0.0
    return recall, rejected


def fit(items: list[Pair], kind: str) -> dict[str, float | None]:
    mine = [p for p in items if p.kind == kind]
    paraphrase = round(float(np.quantile([p.fit for p in mine if p.own], PARAPHRASE_QUANTILE)), 3)
    if kind == "story":
        return {"paraphrase": paraphrase, "margin": None}
    topical, _ = rates(mine, paraphrase, None)
    margin = -1.0
    for candidate in MARGINS:  # strictest first
        if rates(mine, paraphrase, candidate)[0] >= MIN_RECALL * topical:
            margin = candidate
            break
    return {"paraphrase": paraphrase, "margin": margin}


def report(split: Split, items: list[Pair]) -> dict[str, dict[str, float]]:
    thresholds = calibrated()
    out = {}
    for kind in KINDS:
        mine = [p for p in items if p.kind == kind]
        t = getattr(thresholds, kind)
        recall, rejected = rates(mine, t.paraphrase, t.margin)
        lexical_only = rates(mine, 2.0, None)
        out[kind] = {
            "own_answers_kept": round(recall, 3),
            "own_kept_lexical_only": round(lexical_only[0], 3),
            "wrong_question_rejected_lexical_only": round(lexical_only[1], 3),
            "wrong_question_rejected": round(rejected, 3),
            "own": sum(p.own for p in mine),
            "wrong_question": sum(not p.own for p in mine),
        }
        print(f"{split:8s} {kind:14s} {out[kind]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="figures of the written thresholds per split")
    args = parser.parse_args()
    if args.report:
        for split in ("train", "dev", "heldout"):
            started, calls = time.perf_counter(), encoder().calls
            items = list(pairs(split))
            report(split, items)
            spent = time.perf_counter() - started
            print(f"{split:8s} {encoder().calls - calls} texts embedded in {spent:.1f} s")
        return
    items = list(pairs("train"))
    data: dict[str, object] = {kind: fit(items, kind) for kind in KINDS}
    data["fitted_on"] = {
        "split": "train",
        "min_recall": MIN_RECALL,
        "method": "paraphrase: median own-answer similarity; margin: strictest keeping min_recall of own "
        "answers on topic",
    }
    THRESHOLDS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    calibrated.cache_clear()
    print(json.dumps(data, indent=2))
    report("train", items)


if __name__ == "__main__":
    main()
