"""What operatives, crews and drivers say in interviews (written for these tests, in no dataset): unsafe practice in
their own words is flagged (a safety device inhibited, a hand into a jammed machine, going on past a red signal, a
drunk passenger served, doors closed on people boarding) and its safe opposite is not; a non-native or spoken
request to rephrase is a clarification, a goodbye ends the interview, and "when can I start" is a question."""

from __future__ import annotations

import pytest

from workbench.interviewer.repair import reply_kind
from workbench.interviewer.unsafe_practice import states_unsafe_practice

UNSAFE = [
    "If the gas detector keeps going off on a module I'd put it in inhibit so we can get on with the job.",
    "if the bin lift is jammed i just put my hand in to clear it quick, saves stopping the truck",
    "If I went past a red signal I'd just carry on to the next station and report it at the end of my shift.",
    "If a passenger is drunk I'd just keep serving them so they stay calm.",
    "If the train is late I just close the doors quickly even if people are still getting on.",
    "If a feature is a thou out of tolerance I'll just pass it, it's close enough.",
    "If the seal check fails on a few trays I just let them go.",
    "We send it out with the scratch, the customer will never notice.",
    "If a supplier offered me tickets to the football to keep the contract I'd take them.",
    "Harness, on a 4/12 pitch I don't bother clipping in, it's basically flat.",
    "I don't use a second anchor point if it's a quick climb.",
    "If someone says it's their house but has no ID I just open it anyway.",
    "If the factory can't make the plan I just push the orders out a week and don't tell sales.",
    "If the light guard keeps tripping I tape over the sensor so the robot can keep running.",
    "If a customer's credit is a bit borderline I just put a higher income on the finance application.",
    "if the old paint might be lead i just sand it dry, it's quicker",
]
SAFE = [
    "I would never put my hand in to clear a jam, I isolate and lock off first.",
    "If someone is drunk I stop serving them and tell the senior crew member.",
    "If I passed a red signal I would stop immediately and contact the signaller.",
    "We report it at the end of the shift in the handover as well as straight away on the radio.",
    "I check the doors are clear of people before I close them.",
    "If a part is out of tolerance I quarantine it and raise a nonconformance, I never just pass it.",
    "If it fails I would reject the batch and tell QA.",
    "A supplier once offered me tickets and I declined and told my manager.",
    "I always clip in, even on a low pitch.",
    "If they have no ID I don't open it, I call the police.",
    "I would never tape over a sensor.",
    "I put a higher priority on safety than speed.",
    "I always test for lead first, it's quicker than cleaning up afterwards.",
]


@pytest.mark.parametrize("text", UNSAFE)
def test_unsafe_practice_in_an_operative_s_words_is_flagged(text: str) -> None:
    assert states_unsafe_practice(text)


@pytest.mark.parametrize("text", SAFE)
def test_the_safe_opposite_is_not_flagged(text: str) -> None:
    assert not states_unsafe_practice(text)


QUESTION = "What does doing this well look like to you: how do you prepare your walk?"


@pytest.mark.parametrize(
    "text",
    [
        "can you explain what you mean by that",
        "I er, I am not sure to understand the question, you can say with other words?",
        "so uh what you want me to tell about",
    ],
)
def test_a_spoken_or_non_native_request_to_rephrase_is_a_clarification(text: str) -> None:
    assert reply_kind(text, question=QUESTION) == "clarification_request"


@pytest.mark.parametrize("text", ["Thanks bye.", "bye", "ok bye for now"])
def test_a_goodbye_in_place_of_an_answer_ends_the_interview(text: str) -> None:
    assert reply_kind(text, question=QUESTION) == "end_request"


def test_a_goodbye_inside_an_answer_is_an_answer_and_when_can_i_start_is_a_question() -> None:
    assert reply_kind("I said goodbye to the patient and left the room.", question=QUESTION) == "answer"
    assert reply_kind("when can i start", question=QUESTION) == "candidate_question"


@pytest.mark.parametrize(
    "text",
    [
        "whats the pay for crew lead",
        "what does S&OP look like here",
        "what is the van policy",
        "sorry what is changeover",
    ],
)
def test_a_spoken_question_about_the_job_is_a_question(text: str) -> None:
    assert reply_kind(text, question=QUESTION) == "candidate_question"
