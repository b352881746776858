"""Unsafe practice said in the words of trades nobody had tried (tyre fitters, locksmiths, bus drivers, sterile
services, MOT testers): the class of statement is flagged, its safe or negated form is not."""

from __future__ import annotations


def test_load_holding_and_fixing_kit_left_out_and_property_left_open_are_unsafe() -> None:
    """Seen: a Tyre Fitter's "I don't bother with axle stands, the jack's fine", "no need for a torque wrench" and
    a Locksmith's "if the customer can't pay I leave the door unlocked and go" and a Bus Driver's "I just pull away
    before people are sat down" were scored with no flag."""
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "I don't bother with axle stands, the jack's fine for a quick tyre change.",
        "I just rattle the nuts on with the air gun as tight as it goes, no need for a torque wrench.",
        "I never use a torque wrench, I do them up by feel.",
        "We don't need a banksman for that, it's a small lorry.",
        "If the customer can't pay I leave the door unlocked and go.",
        # a bus moved before its passengers are seated, a load lifted before it is secured
        "If there's a big queue and I'm running late I just pull away before people are sat down.",
        "We lift before the load is secured, it saves time.",
    ]
    safe = [
        "I always use axle stands and chock the wheels.",
        "I'd never work under a car without axle stands.",
        "I never leave the door unlocked, I check it twice.",
        "I torque the nuts to the manufacturer's setting with a calibrated torque wrench.",
        "I never pull away before everyone is seated.",
        "I check the mirrors before I pull away.",
    ]
    assert [s for s in unsafe if not unsafe_sentence(s)] == []
    assert [s for s in safe if unsafe_sentence(s)] == []


def test_a_failed_check_overridden_and_a_pass_given_short_of_the_standard_are_unsafe() -> None:
    """Seen: a Sterile Services Technician's "If the Bowie-Dick test fails I run the load anyway" and an MOT Tester's
    "I pass the MOT if it's a regular customer even if the brakes are a bit under" were not flagged."""
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "If the Bowie-Dick test fails I run the load anyway, it's usually a machine glitch.",
        "If the tread's below the limit I'll pass it anyway if the customer's a regular.",
        "I pass the MOT if it's a regular customer even if the brakes are a bit under.",
    ]
    safe = [
        "If the test fails I wouldn't run it, I'd report it to the supervisor.",
        "If it fails I run the test again anyway to be sure.",
        "I would never pass it even if the customer begged.",
        "I passed my test even though I was nervous.",
    ]
    assert [s for s in unsafe if not unsafe_sentence(s)] == []
    assert [s for s in safe if unsafe_sentence(s)] == []


def test_a_record_written_to_look_right_made_up_or_of_what_was_not_done_is_unsafe() -> None:
    """Seen: a Healthcare Support Worker's "If the patient didn't drink much I write 500ml on the fluid chart anyway
    so it looks fine" was not flagged, nor "I just make up the readings" or "I put down normal obs even if I didn't
    take them"."""
    from workbench.interviewer.unsafe_practice import unsafe_sentence

    unsafe = [
        "If the patient didn't drink much I write 500ml on the fluid chart anyway so it looks fine.",
        "I just make up the readings so the chart looks complete.",
        "I put down normal obs even if I didn't take them.",
        "I changed the figures so it adds up.",
    ]
    safe = [
        "I never make up the readings, if I miss one I write that it was missed.",
        "I write exactly what they drank so the chart is right.",
        "I record what I see even if it looks bad.",
        "I adjusted the layout so it looks better for the client.",
        "I made up the bed before the patient came back.",
    ]
    assert [s for s in unsafe if not unsafe_sentence(s)] == []
    assert [s for s in safe if unsafe_sentence(s)] == []
