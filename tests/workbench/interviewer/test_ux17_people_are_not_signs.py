"""Identifying people for a product or a service ("identify and refer customers to bankers for products", "spot
new clients") is no duty of noticing something wrong. Seen: a bank teller asked "you think you have spotted
customers to bankers for products, but the customer is someone the branch knows well". People with a word that
says what is wrong with them ("vulnerable adults") are still noticed."""

from __future__ import annotations

import pytest

from workbench.interviewer.planning.noticing import noticed


@pytest.mark.parametrize(
    "duty",
    [
        "identify and refer customers to bankers for products",
        "spot new clients for the business",
        "identify prospects and book appointments",
        "identify the customers for the offer",
    ],
)
def test_people_sought_for_a_product_are_not_noticed_as_signs(duty: str) -> None:
    assert noticed(duty) is None


@pytest.mark.parametrize(
    ("duty", "thing"),
    [
        ("identify vulnerable customers and refer them to support", "vulnerable customers"),
        ("identify and report suspicious behaviour", "suspicious behaviour"),
        ("spot signs of abuse in children", "signs of abuse in children"),
    ],
)
def test_signs_and_people_at_risk_are_still_noticed(duty: str, thing: str) -> None:
    assert noticed(duty) == thing
