"""Resume items from paragraph-style resumes and gerund lists (issue #8, point 2): a paragraph's long sentence is
read deed by deed, each a whole clause; a line of work verbs in "-ing" ("Installing, testing and commissioning
boilers") is an item, quoted with all its verbs. The resumes are written for these tests."""

from __future__ import annotations

from workbench.interviewer.planning.resume import resume_items

PARAGRAPHS = """Sam Patel
I have worked in care for six years. At Riverside Care I supported twelve residents living with dementia, kept the
falls log for the east wing and trained four new carers in moving and handling. Before that I worked nights at Oak
Lodge, where I cut night-time falls by a third over a year by introducing hourly checks.
"""

GERUNDS = """Dan Hughes
Gas Safe registered engineer.
Installing, testing and commissioning boilers for domestic customers across Leeds since 2015.
Working towards NVQ Level 3 in plumbing.
"""


def _texts(resume: str) -> list[str]:
    return [item.text for item in resume_items(resume)]


def test_a_paragraph_sentence_gives_its_deeds_as_whole_clauses() -> None:
    texts = _texts(PARAGRAPHS)
    assert "At Riverside Care I supported twelve residents living with dementia" in texts
    assert "kept the falls log for the east wing" in texts
    # "moving and handling" is one training topic, not a clause to cut at
    assert "trained four new carers in moving and handling" in texts
    assert "I cut night-time falls by a third over a year by introducing hourly checks" in texts


def test_a_gerund_list_is_an_item_with_every_verb() -> None:
    items = {item.text: item.kind for item in resume_items(GERUNDS)}
    line = "Installing, testing and commissioning boilers for domestic customers across Leeds since 2015"
    assert items.get(line) == "achievement"
    # a course still under way is no deed
    assert items.get("Working towards NVQ Level 3 in plumbing") != "achievement"
