"""esco19: in a list of duties that names work ("Rent arrears recovery", "Contractor liaison"), a first word in a
verb's third-person form is a plural noun: "Repairs management" was asked "When you repair management, ..." (and
"repairing management" in a situation). In a list of duties done ("Manages office rotas", "Handles payroll
queries") the verb stays one."""

from __future__ import annotations

from workbench.interviewer.planning.jobtext import requirements
from workbench.interviewer.planning.verb_series import plural_noun_openers
from workbench.models import JobDetails


def _items(title: str, duties: list[str]) -> dict[str, str]:
    ad = "Key duties:\n" + "\n".join(f"- {duty}" for duty in duties)
    return {r.text: r.shape for r in requirements(JobDetails(id="d", title=title, description=ad), [])}


def test_a_plural_noun_first_in_a_list_of_named_work_is_no_verb() -> None:
    housing = _items(
        "Housing Officer",
        ["Repairs management", "Rent arrears recovery", "Tenancy sign-ups and estate inspections"],
    )
    assert housing.get("repairs management") == "topic", housing
    assert "repair management" not in housing
    facilities = _items(
        "Facilities Coordinator", ["Records management", "Contractor liaison", "Fire safety compliance"]
    )
    assert facilities.get("records management") == "topic", facilities


def test_a_list_of_duties_done_keeps_its_verbs() -> None:
    office = _items(
        "Office Supervisor", ["Manages office rotas", "Handles payroll queries", "Orders stationery"]
    )
    assert office.get("manage office rotas") == "act", office
    assert office.get("handle payroll queries") == "act", office
    # one verb among named work is not enough to make the others verbs, nor two items a list
    assert plural_noun_openers(["Repairs management", "Rent arrears recovery"]) == set()
    assert plural_noun_openers(["Repairs management", "Rent arrears recovery", "Visit tenants"]) == set()
