"""Hands-free voice turn latency: from the candidate's last word to the next question's audio being ready.

Spoken answers of about 5, 15 and 30 s (interview sentences synthesised in one go, so the breaths between
sentences are the voice's own; the longer ones carry a thinking pause of `--pause` s at a comma) are streamed in
real time, in 20 ms frames as WebRTC delivers them, into the app's hands-free listener (`VoiceTurnListener`:
Silero VAD, Smart Turn v3, segments transcribed by Whisper tiny.en while the answer goes on). As in the app's
review mode, every turn heard before the audio ends belongs to the same answer. Each answer is timed in parts:

    endpoint     last word -> the turn is judged finished (Smart Turn + `end_silence_s`, or the silence ceiling)
    stt tail     turn finished -> the answer's text is complete (only the last segment is left to transcribe)
    interviewer  `Interviewer.answer` on the transcript (the offline baseline)
    tts          speak the acknowledgement and the next question (Piper)

p50/p95 of the total are printed per answer length and voice (Piper: natural; espeak-ng: robotic), with the word
error rate of the transcripts on the same clips and, beside it, the trivial baseline (an empty transcript, WER 1).

    .venv/bin/python bench/voice_turn_latency.py [--reps 3] [--voices piper,espeak] [--pause 1.2]
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as the app runs it (openhire app)
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from workbench.settings import Settings
from workbench.speech.audio import WHISPER_RATE
from workbench.speech.clips import silence, speak, with_thinking_pause
from workbench.speech.endpoint import TurnSettings
from workbench.speech.listen import HeardAnswer, VoiceTurnListener
from workbench.speech.stt import SpeechToText
from workbench.speech.tts import DEFAULT_SENTENCE_CACHE, TextToSpeech
from workbench.speech.turn_models import warm_up
from workbench.speech.wer import word_error_rate

TARGET_P50_SECONDS = 1.5
FRAME = 320  # 20 ms
LENGTHS = (5, 15, 30)
PARTS = ("endpoint", "stt_tail", "interviewer", "tts", "total", "whole_stt")

# Sentences of interview answers, no digits (their spelling is ambiguous for WER). The first sentence of each
# answer has a comma where a thinking pause goes.
SENTENCES = (
    "When I joined the team, we had no automated tests at all.",
    "I usually start by reproducing the bug locally, and then I write a failing test before I change any code.",
    "In my last role I led the migration of our billing service from a monolith to three smaller services.",
    "We ran both systems side by side for two weeks and compared every invoice.",
    "The hardest part was keeping the data consistent while traffic was still coming in.",
    "I prefer small pull requests, because reviewers read them carefully and they are easy to roll back.",
    "Our service was slow under load, so I profiled it and found that most of the time went into serialising "
    "large responses.",
    "Caching those responses cut the latency in half.",
    "I explained the outage to the customer in plain words and told them what we would change.",
    "I mentored two junior developers, and both of them now lead their own projects.",
    "We used a message queue so that a slow payment provider could never block the checkout page.",
    "The first thing I check in an incident is what changed recently, because most outages follow a release.",
)


@dataclass
class Clip:
    voice: str
    target_s: int
    text: str
    audio: np.ndarray
    speech_end_s: float  # where the last word ends, in the clip


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=3, help="answers per length and voice")
    parser.add_argument("--voices", default="piper,espeak")
    parser.add_argument(
        "--pause", type=float, default=1.2, help="thinking pause in the 15 s and 30 s answers"
    )
    parser.add_argument("--ceiling", type=float, default=TurnSettings().silence_ceiling_s)
    return parser.parse_args()


def answer_text(target_s: int, rep: int) -> str:
    """Sentences from `SENTENCES` (starting at a different one per rep) adding up to about `target_s` seconds
    of speech, at the ~2.6 words per second of both voices."""
    goal = target_s * 2.6
    words, chosen = 0, []
    for offset in range(len(SENTENCES)):
        sentence = SENTENCES[(rep * 3 + offset) % len(SENTENCES)]
        size = len(sentence.split())
        if words + size <= goal * 1.25:
            chosen.append(sentence)
            words += size
        if words >= goal * 0.8:
            break
    return " ".join(chosen)


def make_clip(voice: str, target_s: int, rep: int, pause_s: float) -> Clip:
    text = answer_text(target_s, rep)
    spoken = speak(text, voice)
    if target_s > 5 and pause_s > 0:
        spoken = with_thinking_pause(spoken, pause_s)
    loud = np.flatnonzero(np.abs(spoken) > 0.02 * np.abs(spoken).max())
    lead = silence(0.8)
    speech_end = (len(lead) + (int(loud[-1]) if len(loud) else len(spoken))) / WHISPER_RATE
    return Clip(voice, target_s, text, np.concatenate([lead, spoken, silence(4.0)]), speech_end)


def stream_clip(clip: Clip, stt: SpeechToText, settings: TurnSettings) -> tuple[str, float, float]:
    """Plays the clip into a listener in real time; returns (text, end_of_turn_s, text_ready_s), both measured
    from the last word on the wall clock."""
    answers: list[HeardAnswer] = []
    received = threading.Event()

    def on_answer(answer: HeardAnswer) -> None:
        answers.append(answer)
        received.set()

    listener = VoiceTurnListener(lambda audio: stt.transcribe(audio).text, on_answer, settings)
    started = time.monotonic()
    for start in range(0, len(clip.audio), FRAME):
        delay = started + start / WHISPER_RATE - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        listener.feed(clip.audio[start : start + FRAME])
    # Every turn ends before the trailing silence runs out (the ceiling is shorter): wait for the last text.
    deadline = time.monotonic() + 30
    while listener.state.value in {"hearing", "finishing"} and time.monotonic() < deadline:
        time.sleep(0.01)
    listener.stop()
    if not answers:
        return "", float("nan"), float("nan")
    last_word = started + clip.speech_end_s
    final = answers[-1]
    return " ".join(a.text for a in answers), final.ended_at - last_word, final.transcribed_at - last_word


def interviewer_questions() -> Any:
    """Run a real baseline interview; when it closes, start a new one so every turn has a next question."""
    from workbench.interviewer import load_interviewer
    from workbench.models import CandidateDetails, JobDetails, Preferences

    interviewer: Any = load_interviewer("baseline", Settings(interviewer="baseline"))
    job = JobDetails(
        title="Backend Engineer",
        description="Build and run the payment and billing services of an online shop.",
        requirements="Python, SQL, distributed systems, testing, on-call experience.",
        skills_required=["Python", "SQL", "PostgreSQL", "testing", "system design"],
    )
    candidate = CandidateDetails(name="Benchmark Candidate", skills=["Python", "SQL", "testing"])

    def start() -> Any:
        return interviewer.start(job, candidate, "", Preferences(max_duration=60), datetime.now(UTC))

    state = start()

    def next_question(answer: str) -> str:
        nonlocal state
        state, step = interviewer.answer(state, answer, datetime.now(UTC))
        if step.completed:
            state = start()
        return f"{step.response} {step.question}".strip()

    return next_question


def main() -> int:
    args = parse_args()
    voices = [v.strip() for v in args.voices.split(",") if v.strip()]
    settings = TurnSettings(silence_ceiling_s=args.ceiling)
    clips = [make_clip(v, n, rep, args.pause) for v in voices for n in LENGTHS for rep in range(args.reps)]
    stt = SpeechToText("tiny.en", 2)
    tts = TextToSpeech("piper", cache_size=DEFAULT_SENTENCE_CACHE)
    next_question = interviewer_questions()
    warm_up()
    tts.synthesize(next_question(stt.transcribe(clips[0].audio[: WHISPER_RATE * 5]).text))
    load_before = os.getloadavg()[0]
    rows: dict[tuple[str, int], dict[str, list[float]]] = {}
    texts: dict[str, tuple[list[str], list[str]]] = {v: ([], []) for v in voices}
    for clip in clips:
        heard, endpoint_s, ready_s = stream_clip(clip, stt, settings)
        started = time.perf_counter()
        question = next_question(heard or "I am not sure.")
        interviewer_s = time.perf_counter() - started
        audio = tts.synthesize(question)
        tts_s = time.perf_counter() - started - interviewer_s
        assert len(audio) > 44, "the next question must have audio"
        # The wait the old way (transcribing the whole answer after it ends), for the ratio in the same run.
        started = time.perf_counter()
        stt.transcribe(clip.audio)
        whole_s = time.perf_counter() - started
        parts = rows.setdefault((clip.voice, clip.target_s), {part: [] for part in PARTS})
        for part, value in zip(
            PARTS,
            (
                endpoint_s,
                ready_s - endpoint_s,
                interviewer_s,
                tts_s,
                ready_s + interviewer_s + tts_s,
                whole_s,
            ),
            strict=True,
        ):
            parts[part].append(value)
        texts[clip.voice][0].append(clip.text)
        texts[clip.voice][1].append(heard)
    report(args, rows, texts, load_before)
    return 0


def report(
    args: argparse.Namespace,
    rows: dict[tuple[str, int], dict[str, list[float]]],
    texts: dict[str, tuple[list[str], list[str]]],
    load_before: float,
) -> None:
    print(
        f"hands-free voice turn: last word -> next question audio ready ({args.reps} answers per row, "
        f"{os.cpu_count()} CPUs, load {load_before:.2f} -> {os.getloadavg()[0]:.2f})\n"
        f"Silero VAD + Smart Turn v3.2 (end_silence {TurnSettings().end_silence_s} s, ceiling {args.ceiling} s), "
        f"Whisper tiny.en int8 on segments while speaking, baseline interviewer, Piper TTS; "
        f"thinking pause {args.pause} s in 15/30 s answers\n"
    )
    print(
        f"{'voice':<7} {'answer':>6} | {'endpoint':>8} {'stt tail':>8} {'interv.':>8} {'tts':>8} | "
        f"{'total p50':>9} {'p95':>6}  target"
    )
    for (voice, length), parts in rows.items():
        p50 = {part: float(np.nanpercentile(values, 50)) for part, values in parts.items()}
        p95 = float(np.nanpercentile(parts["total"], 95))
        verdict = "meets" if p50["total"] <= TARGET_P50_SECONDS else "MISSES"
        print(
            f"{voice:<7} {length:>5}s | {p50['endpoint']:8.2f} {p50['stt_tail']:8.2f} {p50['interviewer']:8.3f} "
            f"{p50['tts']:8.2f} | {p50['total']:9.2f} {p95:6.2f}  {verdict} {TARGET_P50_SECONDS} s"
            f" | {p50['whole_stt']:5.2f} s ({p50['whole_stt'] / max(p50['stt_tail'], 1e-3):.1f}x the tail)"
        )
    print("\nword error rate on the same clips (trivial baseline: an empty transcript scores 1.000)")
    for voice, (references, heard) in texts.items():
        print(f"{voice:<7} WER {word_error_rate(references, heard):.3f} over {len(references)} answers")


if __name__ == "__main__":
    raise SystemExit(main())
