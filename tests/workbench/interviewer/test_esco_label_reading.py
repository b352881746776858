"""How a row of ESCO's occupations CSV is read into its preferred label, its labels and its definition (esco22).

The CSV runs a row's labels and definition together, space-separated. Seen: rows whose label opens with capitals
("ICT help desk agent") were read as "ICT help desk" with the definition's first sentence among their labels; a
pair of forms ("waiter/waitress", "Postmen/Postwomen") as "waiter/waitress waiting staff" and "postman/postwoman in
house"; "head waiter/head waitress" as "head"; a school teacher's "... teachers at secondary schools" as "science
teacher" for the secondary one and the plain one alike.
"""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.esco import split_entry


@pytest.mark.parametrize(
    ("row", "label", "definition_starts"),
    [
        # capitals open the label and its definition; an alternative label starts the same way
        (
            "ICT help desk agent IT help desk advisor ICT helpdesk agent ICT help desk agents provide assistance.",
            "ICT help desk agent",
            "ICT help desk agents provide",
        ),
        # an alternative label in the plural is no definition; the definition is the last subject in its sentence
        (
            "ICT system tester ICT systems tester ICT systems test engineer ICT system testers perform testing. "
            "ICT system testers also repair.",
            "ICT system tester",
            "ICT system testers perform",
        ),
        ("3D modeller 3D designer 3D modellers design models.", "3D modeller", "3D modellers design"),
        # pairs of forms
        (
            "waiter/waitress waiting staff wait staff Waiters/waitresses supply guests.",
            "waiter/waitress",
            "Wait",
        ),
        ("postman/postwoman mail carrier Postmen/Postwomen deliver mail.", "postman/postwoman", "Postmen"),
        (
            "head waiter/head waitress chief waiter Head waiters/waitresses manage the service.",
            "head waiter/head waitress",
            "Head waiters",
        ),
        # a word the label lacks: "at"
        (
            "drama teacher secondary school drama tutor Drama teachers at secondary schools teach drama.",
            "drama teacher secondary school",
            "Drama teachers at",
        ),
        # ... after which the label's first word starts another label
        (
            "food service vocational teacher cooking teacher Food service vocational teachers for food service "
            "instruct students.",
            "food service vocational teacher",
            "Food service vocational",
        ),
        # unchanged: a repeated word within the label, a singular subject, a capital inside an alternative label
        (
            "pet and pet food specialised seller pet seller Pet and pet food specialised sellers sell pets.",
            "pet and pet food specialised seller",
            "Pet and",
        ),
        ("ceramicist ceramics artist Ceramicist have knowledge of clay.", "ceramicist", "Ceramicist have"),
        ("chef master Chef head cook Chefs are culinary professionals.", "chef", "Chefs are"),
    ],
)
def test_a_row_is_read_into_its_preferred_label(row: str, label: str, definition_starts: str) -> None:
    entry = split_entry("u", row)
    assert entry.label == label
    assert entry.definition.startswith(definition_starts)
    assert not entry.labels.endswith(".")  # no sentence of the definition is read as a label


def test_the_csv_labels_read_as_the_definitions_name_them() -> None:
    """On the installed CSV: the labels the jobs of the unseen sets need, and none read from a definition."""
    from workbench.interviewer.planning import esco

    labels = {entry.label for entry in esco.occupations().entries}
    for wanted in (
        "ICT help desk agent",
        "ICT help desk manager",
        "waiter/waitress",
        "postman/postwoman",
        "restaurant host/restaurant hostess",
        "modern languages teacher secondary school",
        "special educational needs teacher",
        "music teacher",
        "groundsman/groundswoman",
    ):
        assert wanted in labels
    for misread in ("ICT help desk", "head", "restaurant", "waiter/waitress waiting staff", "ICT buyer ICT"):
        assert misread not in labels
    assert not [entry.label for entry in esco.occupations().entries if entry.labels.endswith(".")]
