"""Voice turn latency: from the end of the candidate's speech to the next question's audio being ready.

For N spoken candidate answers (synthesised once, up front, with Piper, and handed over as the 16 kHz WAV that
`st.audio_input` produces), each turn is timed in three parts:

    STT          decode the WAV and transcribe it (faster-whisper, Whisper tiny.en)
    interviewer  `Interviewer.answer` on the transcript (the offline baseline by default)
    TTS          speak the acknowledgement and the next question (Piper by default)

and p50/p95 are printed for each part and the total. Models are loaded and warmed up before timing, as the app
does at start-up. The hands-free endpoint wait (`silence_ms`, 900 ms by default) comes on top in that mode.

    .venv/bin/python bench/voice_turn_latency.py [--n 20] [--interviewer baseline|none] [--tts-engine piper]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from workbench.settings import Settings
from workbench.speech.audio import decode_audio, float_to_wav
from workbench.speech.stt import SpeechToText
from workbench.speech.tts import DEFAULT_SENTENCE_CACHE, TextToSpeech
from workbench.speech.wer import word_error_rate

TARGET_P50_SECONDS = 1.5

# Interview answers of typical spoken length (about 5 to 15 s), no digits (their spelling is ambiguous for WER).
ANSWERS = (
    "I have been a backend engineer for about five years, mostly building payment and billing services in Python.",
    "In my last role I led the migration of our billing service from a monolith to three smaller services. "
    "We ran both systems side by side for two weeks and compared every invoice.",
    "I usually start by reproducing the bug locally, and then I write a failing test before I change any code.",
    "When two engineers on my team disagreed about the database schema, I asked each of them to write down the "
    "trade offs, and we chose the design that was easier to change later.",
    "The hardest part was keeping the data consistent while traffic was still coming in.",
    "I would add an index on the customer column and check the query plan before and after the change.",
    "We measured the error rate every day, and after the release it dropped by more than half.",
    "I prefer small pull requests, because reviewers read them carefully and they are easy to roll back.",
    "To be honest, I have not used that tool in production, but I have read its documentation and built a small "
    "prototype with it.",
    "I learned that asking for help early saves the whole team time, so now I raise problems in the daily stand up.",
    "Our service was slow under load, so I profiled it and found that most of the time went into serialising "
    "large responses. Caching those responses cut the latency in half.",
    "I explained the outage to the customer in plain words, told them what we had fixed, and what we would "
    "change so it would not happen again.",
    "I write unit tests for the business rules and a few end to end tests for the most important user journeys.",
    "When the deadline moved, I sat down with the product manager and we cut the features nobody had asked for.",
    "My strongest skill is turning a vague request into a plan that the whole team understands.",
    "I mentored two junior developers, and both of them now lead their own projects.",
    "We used a message queue so that a slow payment provider could never block the checkout page.",
    "I would like to work more on system design and learn how larger companies run their infrastructure.",
    "The first thing I check in an incident is what changed recently, because most outages follow a release.",
    "Thank you, I am really interested in this role because the team works on problems I care about.",
)

# Used with `--interviewer none`: the next question spoken after each answer.
FIXED_QUESTIONS = (
    "Thank you. Can you tell me about a project you are proud of and what your role in it was?",
    "That makes sense. How do you decide what to test first when you join a new codebase?",
    "Interesting. Tell me about a time you disagreed with a colleague, and how you resolved it.",
)


PARTS = ("stt", "interviewer", "tts", "total")


@dataclass
class Timings:
    """Per-part wall-clock seconds and process CPU seconds, one value per turn."""

    wall: dict[str, list[float]] = field(default_factory=lambda: {part: [] for part in PARTS})
    cpu: dict[str, list[float]] = field(default_factory=lambda: {part: [] for part in PARTS})

    def add(self, part: str, wall: float, cpu: float) -> None:
        self.wall[part].append(wall)
        self.cpu[part].append(cpu)


NextQuestion = Callable[[str], str]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20, help="number of voice turns to time")
    parser.add_argument(
        "--interviewer", default="baseline", help="`baseline`, any load_interviewer name, or `none`"
    )
    parser.add_argument("--tts-engine", default="piper", choices=("piper", "espeak"))
    parser.add_argument(
        "--tts-cache", type=int, default=DEFAULT_SENTENCE_CACHE, help="Piper sentence cache size (0 = off)"
    )
    parser.add_argument("--stt-threads", type=int, default=2)
    parser.add_argument("--beam-size", type=int, default=1)
    parser.add_argument("--no-vad", action="store_true", help="turn Whisper's Silero VAD filter off")
    return parser.parse_args()


def synthesise_answers(n: int) -> tuple[list[str], list[bytes]]:
    """The candidate's voice: Piper, delivered as 16 kHz mono WAV like the browser's push-to-talk recorder."""
    voice = TextToSpeech("piper")
    texts = [ANSWERS[i % len(ANSWERS)] for i in range(n)]
    wavs = [float_to_wav(decode_audio(voice.synthesize(text)), 16_000) for text in texts]
    return texts, wavs


def fixed_questions() -> NextQuestion:
    turn = iter(range(1_000_000))
    return lambda _answer: FIXED_QUESTIONS[next(turn) % len(FIXED_QUESTIONS)]


def interviewer_questions(name: str) -> NextQuestion:
    """Run a real interview; when it closes, start a new one so every turn has a next question."""
    from workbench.interviewer import load_interviewer
    from workbench.models import CandidateDetails, JobDetails, Preferences

    settings = Settings(interviewer=name)
    interviewer: Any = load_interviewer(name, settings)
    job = JobDetails(
        title="Backend Engineer",
        description="Build and run the payment and billing services of an online shop.",
        requirements="Python, SQL, distributed systems, testing, on-call experience.",
        skills_required=["Python", "SQL", "PostgreSQL", "testing", "system design"],
    )
    candidate = CandidateDetails(name="Benchmark Candidate", skills=["Python", "SQL", "testing"])
    preferences = Preferences(max_duration=60)

    def start() -> Any:
        return interviewer.start(job, candidate, "", preferences, datetime.now(UTC))

    state = start()

    def next_question(answer: str) -> str:
        nonlocal state
        state, step = interviewer.answer(state, answer, datetime.now(UTC))
        if step.completed:
            state = start()
        return f"{step.response} {step.question}".strip()

    return next_question


T = TypeVar("T")


def timed(timings: Timings, part: str, work: Callable[[], T]) -> T:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    timings.add(part, time.perf_counter() - wall, time.process_time() - cpu)
    return result


def run_turns(
    stt: SpeechToText, tts: TextToSpeech, next_question: NextQuestion, wavs: list[bytes]
) -> tuple[Timings, list[str]]:
    timings, heard = Timings(), []
    for wav in wavs:
        # The clock starts when the candidate has just stopped speaking (the recording is complete).
        wall, cpu = time.perf_counter(), time.process_time()
        text = timed(timings, "stt", lambda: stt.transcribe(wav).text)  # noqa: B023 (called at once)
        question = timed(timings, "interviewer", lambda: next_question(text))  # noqa: B023
        audio = timed(timings, "tts", lambda: tts.synthesize(question))  # noqa: B023
        timings.add("total", time.perf_counter() - wall, time.process_time() - cpu)
        assert len(audio) > 44, "the next question must have audio"
        heard.append(text)
    return timings, heard


def percentile_row(part: str, timings: Timings) -> str:
    wall_p50, wall_p95 = np.percentile(timings.wall[part], [50, 95])
    cpu_p50, cpu_p95 = np.percentile(timings.cpu[part], [50, 95])
    return (
        f"{part:<12} {wall_p50:8.3f} {wall_p95:8.3f} {max(timings.wall[part]):8.3f}"
        f"   {cpu_p50:8.3f} {cpu_p95:8.3f}"
    )


def main() -> int:
    args = parse_args()
    started = time.perf_counter()
    texts, wavs = synthesise_answers(args.n)
    print(f"synthesised {args.n} answers in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    stt = SpeechToText("tiny.en", args.stt_threads, beam_size=args.beam_size, vad_filter=not args.no_vad)
    tts = TextToSpeech(args.tts_engine, cache_size=args.tts_cache)
    next_question = (
        fixed_questions() if args.interviewer == "none" else interviewer_questions(args.interviewer)
    )
    # Warm-up (first-call allocations in CTranslate2 and onnxruntime), as the app does once at start-up.
    tts.synthesize(next_question(stt.transcribe(wavs[0]).text))

    load_before = os.getloadavg()[0]
    timings, heard = run_turns(stt, tts, next_question, wavs)
    load_after = os.getloadavg()[0]
    audio_seconds = [len(decode_audio(wav)) / 16_000 for wav in wavs]
    print(
        f"voice turn latency, end of speech -> next question audio ready ({args.n} turns, {os.cpu_count()} CPUs)\n"
        f"stt=tiny.en int8 beam={args.beam_size} vad={not args.no_vad} threads={args.stt_threads} "
        f"(loaded in {stt.load_seconds:.2f} s) | interviewer={args.interviewer} | tts={tts.engine} "
        f"(sentence cache {args.tts_cache})\n"
        f"machine load average (1 min) {load_before:.2f} before, {load_after:.2f} after\n"
        f"answers: {np.mean(audio_seconds):.1f} s of speech on average "
        f"({min(audio_seconds):.1f}-{max(audio_seconds):.1f} s); STT word error rate "
        f"{word_error_rate(texts, heard):.3f}\n"
    )
    print(f"{'part':<12} {'p50 s':>8} {'p95 s':>8} {'max s':>8}   {'cpu p50':>8} {'cpu p95':>8}")
    for part in PARTS:
        print(percentile_row(part, timings))
    print(
        "(wall-clock seconds; `cpu` is process CPU seconds, which other processes on the machine do not inflate)"
    )
    p50_total = float(np.percentile(timings.wall["total"], 50))
    verdict = "meets" if p50_total < TARGET_P50_SECONDS else "MISSES"
    print(f"\ntotal p50 {p50_total:.3f} s {verdict} the {TARGET_P50_SECONDS} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
