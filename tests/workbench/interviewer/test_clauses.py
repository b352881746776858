"""The one clause splitter (`workbench/interviewer/clauses.py`): each reader's breaks as the data file names them."""

from __future__ import annotations

import re

import pytest

from workbench.interviewer.clauses import _specs, splitter, words


@pytest.mark.parametrize("reader", sorted(_specs()))
def test_every_reader_of_the_data_file_cuts_somewhere(reader: str) -> None:
    spec = _specs()[reader]
    if "joins" in spec:
        text = f"one {spec['joins'][0]} two"
    else:
        text = f"one {spec['dashes'][0]} two" if "dashes" in spec else f"one{spec['marks'][0]} two"
    # a kept break leaves the joining word with the clause it starts
    kept = f"{spec['joins'][0]} two" if spec.get("keep_breaks") and "joins" in spec else "two"
    assert splitter(reader).split(text) == ["one", kept]


def test_a_spoken_sentence_is_cut_before_its_joining_words_many_words_too() -> None:
    said = "we cleaned the floor by the way the bins were full"
    assert splitter("spoken").split(said) == ["we cleaned the floor", "the bins were full"]
    # a break takes its spaces along: "then" right after "and" starts the clause, it does not cut again
    assert [m.group(0).strip() for m in splitter("spoken").breaks("mop it and then dry it")] == ["and"]


def test_the_subordinating_words_are_spoken_joining_words() -> None:
    assert words("spoken", "subordinating") <= set(_specs()["spoken"]["joins"])
    assert "and" not in words("spoken", "subordinating")


def test_a_shortcut_clause_starts_on_its_joining_word_after_a_comma() -> None:
    sentence = "we test it normally, and honestly we skip it when busy"
    start = splitter("shortcut_start").clause_start(sentence, sentence.index("skip"))
    assert sentence[start:] == "we skip it when busy"  # after "honestly", the last break before the step
    start = splitter("shortcut_start").clause_start(sentence, sentence.index("honestly"))
    assert sentence[start:].startswith("and honestly")  # the comma takes its space along, so "and" stays
    end = splitter("shortcut_end").clause_end(sentence, sentence.index("we skip"))
    assert end == len(sentence)  # "when" ends no clause of a shortcut
    assert splitter("shortcut_end").clause_end("skip it, then go", 0) == len("skip it")


def test_a_line_of_the_ad_is_cut_at_commas_and_spaced_dashes_not_hyphens() -> None:
    line = "On-call rota, 4 on 4 off – shift allowance 25%"
    assert splitter("ad_line").split(line) == ["On-call rota", " 4 on 4 off", "shift allowance 25%"]


def test_a_clause_to_quote_is_cut_at_a_comma_with_a_space_and_keeps_its_breaks() -> None:
    sentence = "we had 90,000 rows, so I split them; then loaded"
    pieces = splitter("quote_part").pieces(sentence)
    assert pieces == ["we had 90,000 rows", ", ", "so I split them", "; ", "then loaded"]
    assert pieces == re.split(r"([,;]\s+)", sentence)  # what agenda.quotable_part cut with before
    assert splitter("quote_part").pieces("no break") == ["no break"]


def test_more_joining_words_come_after_the_readers_own() -> None:
    statement = splitter("unsafe_statement", ("cos",))
    assert statement.split("we skip it cos nobody checks, honestly") == [
        "we skip it",
        "nobody checks",
        " honestly",
    ]
    assert splitter("unsafe_statement").split("we skip it cos nobody checks") == [
        "we skip it cos nobody checks"
    ]


def test_a_run_of_marks_is_one_break_for_motivation() -> None:
    assert splitter("motivation").split("I love it?! and the team (mostly) - great") == [
        "I love it",
        "",
        "the team ",
        "mostly",
        "",
        "great",
    ]


def test_kept_breaks_leave_the_mark_and_the_joining_word_with_their_clauses() -> None:
    # beside.py tells a clause that asks by its question mark, and an answer by the joining word that starts it
    assert splitter("answer_beside").split(
        "Not sure what you mean by restraint? But I'd hold her, cos it calms her"
    ) == [
        "Not sure what you mean by restraint?",
        "But I'd hold her,",
        "cos it calms her",
    ]
    assert splitter("answer_beside").split("the butter, melted") == ["the butter,", "melted"]
