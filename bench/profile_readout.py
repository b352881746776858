"""What `bench/ws_load.py --profile` prints beside its figures: what bench/serve_profiled.py saw in the server (the
loop's lag, an answer's steps, a durable write's stages, GC pauses in the loop and the interviewer workers) and an
answer's latency split into its stages, the client's, the server's and the workers' times of one answer joined on
one monotonic clock.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from protocol_server.gc_pauses import by_generation

SentReceived = Sequence[tuple[str, int, float, float]]  # per answer: session, its place, sent, reply received


def profiled(path: Path) -> None:
    """What bench/serve_profiled.py saw: the loop's lag, an answer's steps, a durable write's stages (ms)."""
    seen = json.loads(path.read_text())
    lag = seen["loop_lag_ms"]
    print(f"{'':>10}  loop lag (ms): p50 {lag['p50']:.1f} p99 {lag['p99']:.1f} max {lag['max']:.1f}")
    for title, key in (("answer steps", "answer_phases_ms"), ("commit stages", "commit_stages_ms")):
        steps = " ".join(f"{name} {ms['p50']:.1f}/{ms['p99']:.1f}" for name, ms in seen.get(key, {}).items())
        print(f"{'':>10}  {title} (ms, p50/p99): {steps}")
    print(f"{'':>10}  loop GC: {gc_pauses(seen['gc'])}")
    for worker in sorted(path.parent.glob(f"{path.stem}.worker-*.gc.json")):
        pauses = json.loads(worker.read_text())  # GcPauses records (protocol_server/gc_pauses.py)
        print(f"{'':>10}  {worker.name.split('.')[-3]} GC: {gc_pauses(by_generation(pauses))}")
    stalls = seen.get("stalls", {})
    if stalls:
        lengths = [stall["ms"] for stall in stalls["stalls"]]
        print(
            f"{'':>10}  loop stalls > 5 ms: {len(lengths)}, {sum(lengths):.0f} ms in all, longest {max(lengths, default=0):.1f}"
        )
        for where, count in list(stalls["samples"].items())[:STALL_STACKS_SHOWN]:
            print(f"{'':>12}  {count:>5} samples  {where}")


STALL_STACKS_SHOWN = 8


# An answer's way, in order: `turn_stages` reads each stage's span from the client's, the server's and the worker's
# times (one monotonic clock on one machine).
TURN_STAGES = (
    ("to_the_machine", "sent", "taken"),  # the frame read and parsed by the loop, the session's lock taken
    ("to_the_worker", "taken", "sent_to_worker"),  # the state sent down the pipe
    ("queued_in_worker", "sent_to_worker", "worker_read"),  # behind the worker's earlier requests
    ("worker", "worker_read", "worker_wrote"),  # the interviewer's turn, its reply written
    ("back_to_the_loop", "worker_wrote", "back"),  # the reply read by the loop, the caller woken
    ("to_the_commit", "back", "commit"),  # the thought adopted (close of an interview included)
    (
        "commit",
        "commit",
        "committed",
    ),  # durable: the journal's write and fsync, and the trips through the loop
    ("to_the_reply", "committed", "reply"),
    ("reply", "reply", "replied"),  # the reply made and written to the socket
    ("to_the_client", "replied", "received"),  # the client's loop reads it
)


def turn_stages(prefix: Path, sent_received: SentReceived) -> dict[str, dict[str, float]]:
    """Each stage's mean (ms) over the median answers (45th-55th percentile of the client's latency) and over
    the slowest 1%, from PREFIX.turns.json (the server's times, `bench/serve_profiled.py`), the workers'
    PREFIX.worker-<pid>.times.json and the client's own; answers run in-process (a restarted worker) are left out."""
    server = {
        (t["session"], t["answer"]): t for t in json.loads(prefix.with_suffix(".turns.json").read_text())
    }
    worker: dict[int, tuple[float, float]] = {}
    for path in prefix.parent.glob(f"{prefix.name}.worker-*.times.json"):
        worker.update({call: (read, wrote) for call, read, wrote in json.loads(path.read_text())})
    joined = []
    for session_id, place, sent, received in sent_received:
        turn = server.get((session_id, place))
        if turn is None or "call" not in turn or turn["call"] not in worker or "replied" not in turn:
            continue
        read, wrote = worker[turn["call"]]
        times = {**turn, "sent": sent, "received": received, "sent_to_worker": turn["sent"]}
        times.update(worker_read=read, worker_wrote=wrote)
        joined.append(times)
    joined.sort(key=lambda t: t["received"] - t["sent"])
    if len(joined) < 100:
        return {}
    groups = {
        "median": joined[int(len(joined) * 0.45) : int(len(joined) * 0.55)],
        "slowest_1pct": joined[int(len(joined) * 0.99) :],
    }
    return {
        name: {
            "latency": 1000 * sum(t["received"] - t["sent"] for t in turns) / len(turns),
            **{
                stage: 1000 * sum(t[end] - t[start] for t in turns) / len(turns)
                for stage, start, end in TURN_STAGES
            },
            "first_two_answers_share": sum(t["answer"] <= 2 for t in turns) / len(turns),
        }
        for name, turns in groups.items()
    }


def print_turn_stages(stages: dict[str, dict[str, float]]) -> None:
    for name, spans in stages.items():
        split = " ".join(
            f"{stage} {ms:.1f}" for stage, ms in spans.items() if stage != "first_two_answers_share"
        )
        print(
            f"{'':>10}  {name} turn (ms, mean): {split}; answers 1-2: {spans['first_two_answers_share']:.0%}"
        )


def gc_pauses(generations: dict[str, dict[str, float]]) -> str:
    """Cyclic collections by generation: how many, the longest and all pauses' wall time, the objects freed and
    the most one of them scanned."""
    return (
        " ".join(
            f"{gen} {g['count']:.0f}x max {g['max_ms']:.1f} total {g['total_ms']:.1f} ms "
            f"freed {g['collected']:.0f} scanned<={g['max_scanned']:.0f}"
            for gen, g in generations.items()
            if g["count"]
        )
        or "none"
    )


Span = tuple[float, float]


def pauses_met(prefix: Path, sent_received: SentReceived) -> dict[str, dict[str, float]]:
    """Which pauses the median answers (45th-55th percentile of latency) and the slowest 1% sat through: for
    each kind (the server's collections, the event loop's stalls over 5 ms, the collections of the answer's own
    interviewer worker), the share of those answers whose wait overlapped one, and the mean overlap (ms)."""
    seen = json.loads(prefix.with_suffix(".json").read_text())
    server_gc = [(p["start"], p["start"] + p["ms"] / 1000) for p in seen.get("gc_pauses", [])]
    stalls = [(s["start"], s["start"] + s["ms"] / 1000) for s in seen.get("stalls", {}).get("stalls", [])]
    calls = {
        (t["session"], t["answer"]): t["call"]
        for t in json.loads(prefix.with_suffix(".turns.json").read_text())
        if "call" in t
    }
    worker_of, worker_gc = dict[int, str](), dict[str, list[Span]]()
    for path in prefix.parent.glob(f"{prefix.name}.worker-*.times.json"):
        pid = path.name.split(".")[-3]
        worker_of.update({call: pid for call, _, _ in json.loads(path.read_text())})
        gc_path = path.with_name(path.name.replace(".times.json", ".gc.json"))
        pauses = json.loads(gc_path.read_text()) if gc_path.exists() else []
        worker_gc[pid] = [(p["start"], p["start"] + p["ms"] / 1000) for p in pauses]
    answers = sorted(sent_received, key=lambda a: a[3] - a[2])
    if len(answers) < 100:
        return {}
    groups = {
        "median": answers[int(len(answers) * 0.45) : int(len(answers) * 0.55)],
        "slowest_1pct": answers[int(len(answers) * 0.99) :],
    }
    met: dict[str, dict[str, float]] = {}
    for name, group in groups.items():
        overlaps: dict[str, list[float]] = {"server_gc": [], "loop_stalls": [], "worker_gc": []}
        for session_id, place, sent, received in group:
            pid = worker_of.get(calls.get((session_id, place), -1), "")
            overlaps["server_gc"].append(overlap((sent, received), server_gc))
            overlaps["loop_stalls"].append(overlap((sent, received), stalls))
            overlaps["worker_gc"].append(overlap((sent, received), worker_gc.get(pid, [])))
        for kind, ms in overlaps.items():
            met[f"{name}.{kind}"] = {
                "share": sum(m > 0 for m in ms) / len(ms),
                "mean_ms": sum(ms) / len(ms),
            }
    return met


def overlap(wait: Span, pauses: list[Span]) -> float:
    """How much of `wait` (ms) the `pauses` cover (pauses of one kind never overlap each other: one thread)."""
    return 1000 * sum(max(0.0, min(wait[1], end) - max(wait[0], start)) for start, end in pauses)


def print_pauses_met(met: dict[str, dict[str, float]]) -> None:
    for group in ("median", "slowest_1pct"):
        kinds = " ".join(
            f"{key.split('.')[1]} {m['share']:.0%} ({m['mean_ms']:.1f} ms)"
            for key, m in met.items()
            if key.startswith(group + ".")
        )
        print(f"{'':>10}  {group} answers that sat through (share, mean ms): {kinds}")
