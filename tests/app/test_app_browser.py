"""The app in headless Debian Chromium (Playwright), with Chromium's fake microphone playing a WAV made here.

A spoken answer must become a transcript and bring the next question, by push-to-talk and hands-free; typing
must work too. Screenshots go to the test's tmp dir, and one of each to /tmp/app_screens/ for people to look at.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import auth

pytestmark = [pytest.mark.browser, pytest.mark.speech]

playwright_sync = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
SHARED_SCREENS = Path("/tmp/app_screens")
ANSWER = "I have five years of experience building Python web services and I love testing them."
LEADING_SILENCE_S = 4  # Chromium loops the file from getUserMedia on: start quiet, like a person would
TRAILING_SILENCE_S = 3

if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed", allow_module_level=True)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def answer_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spoken answer (Piper, espeak-ng fallback) as 48 kHz mono WAV with silence before and after."""
    from workbench.speech.tts import get_tts

    folder = tmp_path_factory.mktemp("audio")
    spoken = folder / "spoken.wav"
    spoken.write_bytes(get_tts().synthesize(ANSWER))
    padded = folder / "answer.wav"
    subprocess.run(
        [
            "sox",
            str(spoken),
            "-r",
            "48000",
            "-c",
            "1",
            "-b",
            "16",
            str(padded),
            "pad",
            str(LEADING_SILENCE_S),
            str(TRAILING_SILENCE_S),
        ],
        check=True,
    )
    return padded


@pytest.fixture(scope="module")
def app_url(
    server: Any, mlflow_store: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """`openhire app --port P --server URL` as a subprocess (the command the lead's `make run` uses)."""
    port = free_port()
    log = tmp_path_factory.mktemp("app") / "app.log"
    env = {**os.environ, **mlflow_store}
    command = [
        sys.executable,
        "-m",
        "openhire",
        "app",
        "--port",
        str(port),
        "--server",
        server.http,
    ]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            try:
                if httpx.get(f"{url}/_stcore/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture(scope="module")
def interview_ids(server: Any) -> dict[str, str]:
    job = httpx.post(
        f"{server.http}/api/jobs",
        json={
            "title": f"Python Developer {uuid.uuid4().hex[:4]}",
            "company": "Browser Test Co",
            "skills_required": ["python", "testing"],
        },
        timeout=10,
        headers=auth(),
    ).json()
    candidate = httpx.post(
        f"{server.http}/api/candidates",
        json={"name": f"Sam {uuid.uuid4().hex[:4]}", "resume_text": "Python developer, FastAPI, pytest."},
        timeout=10,
        headers=auth(),
    ).json()
    return {"job": job["title"], "candidate": candidate["name"]}


@pytest.fixture
def page(answer_wav: Path, tmp_path: Path) -> Iterator[Any]:
    args = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={answer_wav}",
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--autoplay-policy=no-user-gesture-required",
    ]
    with playwright_sync.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        context.grant_permissions(["microphone"])
        tab = context.new_page()
        yield tab
        context.close()
        browser.close()


def settle(page: Any) -> None:
    """Waits for the script run in flight to finish, so a screenshot shows the page as the user sees it."""
    # The once-a-second progress fragment may keep it busy; the pause below still helps then.
    with contextlib.suppress(playwright_sync.TimeoutError):
        page.locator("[data-testid^=stStatusWidgetRunning]").first.wait_for(state="hidden", timeout=20_000)
        page.wait_for_function("!document.querySelector('[data-stale=true]')", timeout=20_000)
    page.wait_for_timeout(1_000)


def screenshot(page: Any, tmp_path: Path, name: str) -> None:
    settle(page)
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    SHARED_SCREENS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHARED_SCREENS / path.name)


def start_interview(page: Any, app_url: str, ids: dict[str, str]) -> None:
    expect = playwright_sync.expect
    page.goto(app_url)
    expect(page.get_by_text("Mock interview").first).to_be_visible(timeout=60_000)
    choose(page, "Job", ids["job"])
    choose(page, "Who is interviewing?", ids["candidate"])
    page.get_by_role("button", name="Start interview").click()
    expect(metric(page, "Questions asked")).to_contain_text("1", timeout=60_000)


def choose(page: Any, label: str, option_text: str) -> None:
    page.get_by_label(label).first.click()
    # Type to filter: the dropdown only renders the options in view, and the server may hold many.
    page.keyboard.type(option_text)
    page.get_by_role("option", name=re.compile(re.escape(option_text))).first.click()


def metric(page: Any, label: str) -> Any:
    return page.locator("[data-testid=stMetric]").filter(has_text=label)


def expect_next_question(page: Any, timeout_ms: int) -> str:
    """Waits for the second question; returns the candidate's answer as the page shows it."""
    expect = playwright_sync.expect
    expect(metric(page, "Questions asked")).to_contain_text("2", timeout=timeout_ms)
    answers = page.locator("[data-testid=stChatMessage]").filter(
        has=page.locator("[data-testid=stChatMessageAvatarUser]")
    )
    expect(answers.first).to_contain_text(re.compile("python", re.I), timeout=5_000)
    return str(answers.first.inner_text()).strip()


def assert_heard(answer: str) -> None:
    """The spoken answer came through whole: a clipped stream (dropped frames) loses words."""
    from workbench.speech.wer import word_error_rate

    error_rate = word_error_rate([ANSWER], [answer])
    assert error_rate <= 0.2, f"WER {error_rate:.2f}: {answer!r}"


def test_push_to_talk_answer(page: Any, app_url: str, interview_ids: dict[str, str], tmp_path: Path) -> None:
    start_interview(page, app_url, interview_ids)
    screenshot(page, tmp_path, "1-question")
    page.locator("[data-testid=stAudioInputActionButton]").click()
    # The file starts with silence; stop after the whole answer has played once.
    page.wait_for_timeout((LEADING_SILENCE_S + TRAILING_SILENCE_S + 5) * 1000)
    page.get_by_label("Stop recording").click()
    started = time.monotonic()
    assert_heard(expect_next_question(page, 90_000))
    print(f"push-to-talk: stop -> next question on screen {time.monotonic() - started:.1f} s")
    screenshot(page, tmp_path, "2-push-to-talk-answered")


def test_hands_free_answer(page: Any, app_url: str, interview_ids: dict[str, str], tmp_path: Path) -> None:
    start_interview(page, app_url, interview_ids)
    page.get_by_text("Hands-free", exact=True).click()
    frame = page.frame_locator("iframe[title*='streamlit_webrtc']")
    frame.get_by_role("button", name=re.compile("start", re.I)).click(timeout=60_000)
    started = time.monotonic()
    assert_heard(expect_next_question(page, 120_000))
    # The file plays 4 s of silence, then the answer; the detector needs ~0.9 s of silence after it.
    print(f"hands-free: START -> next question on screen {time.monotonic() - started:.1f} s")
    screenshot(page, tmp_path, "3-hands-free-answered")


def test_typed_answer_and_results(
    page: Any, app_url: str, interview_ids: dict[str, str], tmp_path: Path
) -> None:
    expect = playwright_sync.expect
    page.goto(app_url)
    expect(page.get_by_role("button", name="Start interview")).to_be_visible(timeout=60_000)
    screenshot(page, tmp_path, "0-setup")
    start_interview(page, app_url, interview_ids)
    page.get_by_text("Type", exact=True).click()
    box = page.get_by_placeholder("Type your answer")
    box.fill("I write Python every day and test everything with pytest.")
    box.press("Enter")
    expect_next_question(page, 60_000)
    page.get_by_role("button", name="End interview").click()
    expect(page.get_by_text("The interview is over.")).to_be_visible(timeout=60_000)
    expect(metric(page, "Overall")).to_contain_text("/ 5", timeout=30_000)
    expect(page.get_by_text("Logged to MLflow")).to_be_visible(timeout=30_000)
    screenshot(page, tmp_path, "4-results")

    page.get_by_role("link", name="Transcripts").click()
    expect(page.get_by_role("heading", name="Transcripts")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Interviewer:").first).to_be_visible(timeout=30_000)
    screenshot(page, tmp_path, "5-transcripts")

    page.get_by_role("link", name="Runs").click()
    expect(page.get_by_role("heading", name="Runs")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Metrics", exact=True)).to_be_visible(timeout=30_000)
    screenshot(page, tmp_path, "6-runs")
