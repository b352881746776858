"""The event log and the outbox: a reply's data is serialised once, for the wire and for the log, and the wire
gets `model_dump_json()`'s very bytes; what the log keeps of a message is its data's JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from protocol_server.erasure import Erased
from protocol_server.events import EventLog, Outbox, inbound_payload, wire_text
from workbench.models import Comfort, Phase, Preferences
from workbench.protocol import (
    AIResponse,
    AIResponseData,
    CandidateResponseData,
    InterviewEnded,
    InterviewEndedData,
    InterviewStarted,
    InterviewStartedData,
    LiveTranscriptUpdate,
    LiveTranscriptUpdateData,
    ProtocolError,
    ServerMessage,
    StatusUpdate,
    StatusUpdateData,
    candidate_response,
    start_interview,
)

REPLY = AIResponse(
    data=AIResponseData(
        response="Thanks — that “helps”.",
        question='Why? \\ "quoted" \n next',
        interview_phase=Phase.TECHNICAL,
        time_elapsed=1.5,
        questions_asked=3,
        completed=False,
        comfort_level=Comfort.NEUTRAL,
    )
)
MESSAGES: list[ServerMessage] = [
    REPLY,
    InterviewStarted(
        data=InterviewStartedData(
            session_id="s-1",
            job_title="Chef",
            company="Café",
            initial_question="Hi?",
            max_duration=30,
            interview_phase=Phase.INTRODUCTION,
        )
    ),
    InterviewEnded(data=InterviewEndedData(final_feedback="Thank you.", session_id="s-1")),
    LiveTranscriptUpdate(data=LiveTranscriptUpdateData(transcript="um so", is_final=False)),
    StatusUpdate(
        data=StatusUpdateData(
            session_id="s-1",
            candidate_id="c-1",
            interview_phase=Phase.BEHAVIORAL,
            time_elapsed=2.25,
            max_duration=30,
            questions_asked=4,
            completed=False,
            comfort_level=Comfort.CONFIDENT,
            strengths_identified=["Knife skills"],
            areas_to_probe=[],
        )
    ),
    ProtocolError(404, "Interview session not found", "No interview.", "HTTPException").to_message(),
]


class Recorder:
    """A store stand-in: the outbox never writes, it only queues."""


def outbox() -> tuple[Outbox, EventLog]:
    events = EventLog(Recorder(), Erased())  # type: ignore[arg-type]
    return Outbox(events), events


@pytest.mark.parametrize("message", MESSAGES, ids=lambda message: message.type)
def test_a_reply_goes_out_as_model_dump_json_and_is_logged_as_its_data(message: ServerMessage) -> None:
    text, data = wire_text(message)
    assert text == message.model_dump_json()
    assert json.loads(data) == message.data.model_dump(mode="json")
    box, events = outbox()
    assert box._log("s-1", message) == text
    (event,) = events.take()
    assert (event.session_id, event.direction, event.type) == ("s-1", "out", message.type)
    assert json.loads(event.payload_json) == message.data.model_dump(mode="json")


def test_a_reply_is_serialised_once_for_the_wire_and_the_log(monkeypatch: pytest.MonkeyPatch) -> None:
    def again(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the reply was serialised a second time")

    monkeypatch.setattr(AIResponseData, "model_dump", again)
    monkeypatch.setattr(AIResponse, "model_dump_json", again)
    box, events = outbox()
    text = box._log("s-1", REPLY)
    monkeypatch.undo()
    assert text == REPLY.model_dump_json()
    assert events.take()[0].payload_json == REPLY.data.model_dump_json()


def test_what_the_log_keeps_of_a_client_message_is_its_data_without_an_inline_resume() -> None:
    answer = candidate_response("I probe cooked food to 75 degrees.")
    assert inbound_payload(answer) == (answer.data.model_dump_json(), None)
    start = start_interview("j-1", "c-1", resume_text="Ada Stone, commis chef", preferences=Preferences())
    payload, candidate = inbound_payload(start)
    assert candidate == "c-1"
    logged = json.loads(payload)
    assert logged["resume_text"] == "[resume: 22 characters]" and "Ada" not in payload
    assert logged["preferences"] == Preferences().model_dump(mode="json")
    assert start.data.resume_text == "Ada Stone, commis chef"  # the message itself is not changed


def test_an_answer_is_logged_as_model_dump_json_of_its_data_without_pydantic_serialising_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every character (control characters, quotes, backslashes, line separators, astral planes) is written as
    pydantic writes it, in answers of the protocol's longest; pydantic's serialiser is not called."""
    characters = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    answers = [characters[at : at + 20_000] for at in range(0, len(characters), 20_000)]
    answers += ['He said "stop" \\ \n\t\u2028 then left.', "", "caf\u00e9 \U0001f600"]
    expected = [candidate_response(text).data.model_dump_json() for text in answers]

    def serialised(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the answer's data was serialised by pydantic")

    monkeypatch.setattr(CandidateResponseData, "model_dump_json", serialised)
    for text, data_json in zip(answers, expected, strict=True):
        assert inbound_payload(candidate_response(text)) == (data_json, None)


def test_nothing_is_logged_for_an_erased_session() -> None:
    erased = Erased()
    erased.sessions.add("s-gone")
    events = EventLog(Recorder(), erased)  # type: ignore[arg-type]
    Outbox(events)._log("s-gone", REPLY)
    assert events.take() == []
