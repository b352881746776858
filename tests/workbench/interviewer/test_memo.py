"""The interviewer's memory of its text analysis: per turn, per session (bounded), and the pattern unions."""

from __future__ import annotations

import re

import pytest

from tests.workbench.interviewer.interview_helpers import JOBS, T0, candidate
from workbench.interviewer import asides, memo, repair, scratch, unsafe_practice
from workbench.interviewer.baseline import BaselineInterviewer
from workbench.interviewer.evidence import sift
from workbench.interviewer.memo import SessionMemory, one_turn, per_session, per_session_by_identity
from workbench.interviewer.regex_union import union
from workbench.interviewer.unsafe_practice import states_unsafe_practice
from workbench.models import Preferences

calls: list[str] = []


@per_session
def shout(text: str) -> str:
    calls.append(text)
    return text.upper()


def test_a_session_memory_carries_results_to_later_turns_and_only_its_own() -> None:
    calls.clear()
    first, second = SessionMemory(), SessionMemory()
    with one_turn(first):
        assert shout("an answer") == "AN ANSWER"
        assert shout("an answer") == "AN ANSWER"
    with one_turn(first):
        assert shout("an answer") == "AN ANSWER"  # the next turn of the same session: remembered
    with one_turn(second):
        assert shout("an answer") == "AN ANSWER"  # another session computes it itself
    with one_turn():
        shout("an answer")  # no session memory: per turn only
    shout("an answer")  # outside a turn: every time
    assert calls == ["an answer"] * 4


def test_a_session_memory_is_bounded_oldest_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "SESSION_ENTRIES", 3)
    calls.clear()
    memory = SessionMemory()
    for text in ["a", "b", "c", "d"]:
        with one_turn(memory):
            shout(text)
    assert len(memory) == 3
    with one_turn(memory):
        shout("a")  # the oldest left
        shout("d")
    assert calls == ["a", "b", "c", "d", "a"]


parsed: list[list[str]] = []


@per_session_by_identity
def parse(items: list[str]) -> list[str]:
    parsed.append(items)
    return [item.upper() for item in items]


def test_a_session_memory_keeps_one_result_for_the_very_same_objects() -> None:
    parsed.clear()
    probes, equal_copy = ["a probe"], ["a probe"]
    memory = SessionMemory()
    with one_turn(memory):
        first = parse(probes)
    with one_turn(memory):
        assert parse(probes) is first  # a later turn with the same object: its result, not parsed again
    with one_turn(memory):
        assert parse(equal_copy) == first  # an equal list parsed again from JSON is another object: computed
    with one_turn(memory):
        parse(probes)  # one entry per function: the first list's result was replaced
    with one_turn(SessionMemory()):
        parse(probes)  # another session computes it itself
    with one_turn():
        parse(probes)
        parse(probes)  # no session memory: per turn only
    assert [id(items) for items in parsed] == [id(probes), id(equal_copy), id(probes), id(probes), id(probes)]
    assert len(memory) == 1


def test_a_union_matches_exactly_where_one_of_its_patterns_does() -> None:
    patterns = [re.compile(p, re.IGNORECASE) for p in [r"\bskip(?:ped)?\b", r"if (?:i|we) remember", r"^no$"]]
    joined = union(patterns)
    texts = ["I skipped it", "we skipper", "only if we remember", "No", "no thanks", "", "SKIP"]
    assert [joined.search(t) is not None for t in texts] == [
        any(p.search(t) for p in patterns) for t in texts
    ]
    assert union([]).search("anything") is None
    with pytest.raises(ValueError, match="flags"):
        union([re.compile("a"), re.compile("b", re.IGNORECASE)])
    with pytest.raises(ValueError, match="backreference"):
        union([re.compile(r"(a)\1")])


def clause_scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts `phrasing._CLAUSE` scans from now on (each scan answered as before), in order."""
    from workbench.interviewer import phrasing

    scanned: list[str] = []
    clauses = phrasing._CLAUSE

    class Counting:
        def group_spans(self, text: str, group: int) -> list[tuple[int, int, int]]:
            scanned.append(text)
            return clauses.group_spans(text, group)

    monkeypatch.setattr(phrasing, "_CLAUSE", Counting())
    return scanned


def test_a_follow_ups_four_skill_probes_find_the_answers_action_clause_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`probing.skill_probe` is asked for four wordings of one probe, and asks for the clause to echo with a
    keyword argument: the turn's memory finds the clause once, not four times."""
    from workbench.interviewer import phrasing, probing

    scanned = clause_scans(monkeypatch)
    answer = "I migrated our pipeline to Kafka last year. It halved the lag."
    with one_turn():
        probes = [probing.skill_probe(answer, "Kafka", index) for index in range(4)]
    assert len(set(probes)) == 4 and all("you migrated your pipeline to Kafka" in p for p in probes)
    assert len(scanned) == len(phrasing.sentences(answer))  # each sentence scanned once, not four times


def test_the_acknowledgements_clause_and_the_probes_share_one_scan_and_each_answer_has_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A turn echoes the answer's clause in its acknowledgement and asks for it again, preferring the probed skill.
    from workbench.interviewer import phrasing

    scanned = clause_scans(monkeypatch)
    answer = "I wrote the rota for the ward. I moved our stock counts to Excel."
    with one_turn():
        assert phrasing.action_clause(answer) == "you wrote the rota for the ward"
        assert phrasing.action_clause(answer, prefer="excel") == "you moved your stock counts to Excel"
        assert len(scanned) == 2  # the two sentences, once
        assert phrasing.action_clause("At Oakfield I set up a recall clinic.") == "you set up a recall clinic"
    assert len(scanned) == 3


keyed: list[tuple[object, ...]] = []


@per_session
def tagged(text: object, tag: object = None) -> tuple[object, object]:
    keyed.append((text, tag))
    return text, tag


def test_keyword_arguments_are_remembered_apart_from_positional_look_alikes() -> None:
    keyed.clear()
    memory = SessionMemory()
    with one_turn(memory):
        assert tagged("a", tag="x") == ("a", "x")
        assert tagged("a", tag="x") == ("a", "x")  # remembered
        assert tagged("a", tag="y") == ("a", "y")  # another value: computed
        assert tagged("a", ("tag", "x")) == ("a", ("tag", "x"))  # a tuple that looks like the keyword: apart
        assert tagged("a", tag=["unhashable"]) == ("a", ["unhashable"])  # computed, not remembered
    with one_turn(memory):
        assert tagged("a", tag="x") == ("a", "x")  # the session's later turn: remembered
    assert keyed == [("a", "x"), ("a", "y"), ("a", ("tag", "x")), ("a", ["unhashable"])]


def test_a_sentences_unsafe_practice_is_read_once_a_session_and_each_sentence_for_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A follow-up's turn judges the earlier answers to its question again: their sentences are not checked again.
    read: list[int] = []
    patterns = unsafe_practice._patterns

    def counted() -> object:
        read.append(1)
        return patterns()

    monkeypatch.setattr(unsafe_practice, "_patterns", counted)
    unsafe, careful = "I usually skip the pressure test.", "I never skip the pressure test."
    memory = SessionMemory()
    with one_turn(memory):
        assert states_unsafe_practice(unsafe)
    checked = len(read)
    with one_turn(memory):
        assert states_unsafe_practice(unsafe)  # the session's next turn: remembered
        assert len(read) == checked
        assert not states_unsafe_practice(careful)  # another sentence: read for itself
        assert len(read) > checked
    checked = len(read)
    with one_turn(SessionMemory()):
        assert states_unsafe_practice(unsafe)  # another session reads it itself
    assert len(read) > checked


def test_a_replys_kind_is_read_once_a_turn_for_the_same_reply_and_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Asked twice a turn: is the reply a repair, and does the answer end on the candidate's own question.
    assents: list[str] = []

    def assent(text: str, question: str) -> bool:
        assents.append(question)
        return False

    monkeypatch.setattr(repair, "is_assent", assent)
    reply, question = "I led the checkout rebuild and cut the load time by half.", "Tell me about a rebuild."
    with one_turn():
        first = repair.reply_kind(reply, at_closing=False, question=question)
        assert repair.reply_kind(reply, question=question) == first == "answer"  # the default: the same call
        repair.reply_kind(reply, question="Tell me about a release.")  # another question: read for itself
    assert assents == [question, "Tell me about a release."]
    assert repair.reply_kind(reply, question=question) == "answer"  # outside a turn: read every time
    assert len(assents) == 3


def test_the_budgets_and_the_profile_are_parsed_once_a_session_for_the_same_scratch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Written at the start, never changed in place: a worker that keeps the session's state reads them once.
    parsed: list[str] = []
    plan_type, profile_type = scratch.Plan, scratch.Profile

    class CountedPlan:
        @staticmethod
        def model_validate(raw: object) -> scratch.Plan:
            parsed.append("plan")
            return plan_type.model_validate(raw)

    class CountedProfile:
        @staticmethod
        def from_json(raw: object) -> scratch.Profile:
            parsed.append("profile")
            return profile_type.from_json(raw)

    monkeypatch.setattr(scratch, "Plan", CountedPlan)
    monkeypatch.setattr(scratch, "Profile", CountedProfile)
    state = BaselineInterviewer().start(JOBS["backend"], candidate(), "", Preferences(), T0)
    memory = SessionMemory()
    with one_turn(memory):
        budgets, profile = scratch.plan_of(state), scratch.profile_of(state)
    with one_turn(memory):  # the session's next turn, the same scratch objects: remembered
        assert scratch.plan_of(state) is budgets and scratch.profile_of(state) is profile
    assert parsed == ["plan", "profile"]
    changed = {**state.scratch, scratch.PLAN: {**state.scratch[scratch.PLAN], "max_follow_ups": 0}}
    with one_turn(memory):  # new budgets: read for themselves
        assert scratch.plan_of(state.model_copy(update={"scratch": changed})).max_follow_ups == 0
    with one_turn(memory):  # an equal copy (a state parsed again each turn): parsed again
        assert (
            scratch.plan_of(state.model_copy(deep=True))
            == budgets
            != scratch.plan_of(state.model_copy(update={"scratch": changed}))
        )
    with one_turn(SessionMemory()):  # another session reads its own
        assert scratch.profile_of(state) == profile
    assert parsed == ["plan", "profile", "plan", "plan", "plan", "profile"]


def test_an_answers_sentences_are_set_aside_once_a_session_and_another_session_reads_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A follow-up's turn judges the first answer again with the reply: the first answer's sentences are not
    # classified again (disclaimer, tangent, another language...), the reply's are, and so are another session's.
    checked: list[str] = []
    is_disclaimer = asides.is_disclaimer

    def counted(sentence: str) -> bool:
        checked.append(sentence)
        return is_disclaimer(sentence)

    monkeypatch.setattr(asides, "is_disclaimer", counted)
    first = "I haven't done that myself. I check the fridge temperatures every shift."
    reply = "I wrote them on the sheet by the door."
    alone = sift(f"{first} {reply}")  # outside a turn: what every reading must give
    memory = SessionMemory()
    with one_turn(memory):
        assert sift(first).disclaimers == 1
    with one_turn(memory):
        checked.clear()
        assert sift(f"{first} {reply}") == alone
        assert checked == [reply]  # the session's next turn: only the reply's sentence is read
    with one_turn(SessionMemory()):
        checked.clear()
        assert sift(f"{first} {reply}") == alone
        assert len(checked) == 3  # another session reads every sentence itself
