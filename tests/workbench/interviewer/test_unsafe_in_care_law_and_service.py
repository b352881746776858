"""Unsafe or careless practice stated by candidates for a GP, counsellor, phlebotomist, paralegal, conveyancer,
personal trainer, bartender and lecturer job, in their own words: a shortcut justified by denying the harm, a risk
disclosure kept secret, confidential notes kept at home, a deadline met "whenever I get to it", keys released
regardless, training started regardless of a screening answer, alcohol served to the drunk, a rule's owner left
out ("no need to bother the integrity office"). The answers are written for these tests: none is in the
datasets."""

from __future__ import annotations

import pytest

from workbench.interviewer.unsafe_practice import unsafe_sentence


@pytest.mark.parametrize(
    "answer",
    [
        "Honestly if a patient is insistent I'll just give them antibiotics for a viral sore throat, it saves time "
        "and nobody gets hurt.",
        "If a client tells me they're thinking about suicide, I mean, I'd keep it confidential, that's the most "
        "important thing in therapy, I wouldn't tell anyone because it would break the trust.",
        "If she tells me she's self-harming I'd keep it between us so she keeps coming.",
        "I just write what we talked about and how they seemed, and I keep them in a notebook at home so they're "
        "safe.",
        "For e-filing deadlines, I just file whenever I get to it, the court usually gives a grace period.",
        "If the buyer's funds are a bit late I release the keys anyway, it keeps everyone happy.",
        "if they say yes to a question like chest pain i tell them no problem we just go easy and start training "
        "anyway because doctors take too long",
        "If someone's clearly drunk I keep serving them, it's not my job to babysit adults.",
        "Sometimes when the patient says something not important I just leave it out, the doctor is busy and it is "
        "faster.",
        "If a campaign underdelivers I report the blended number to leadership so it looks better.",
        "If I miss the vein I just dig around a bit with the needle until I get it, it usually works.",
        "If I spot plagiarism I just give it a zero myself and tell the student, no need to bother the academic "
        "integrity office.",
    ],
)
def test_unsafe_practice_of_these_occupations_is_found(answer: str) -> None:
    assert unsafe_sentence(answer) is not None


@pytest.mark.parametrize(
    "answer",
    [
        "If a client tells me they're thinking about suicide, I'd explain the limits of confidentiality and tell "
        "my supervisor the same day.",
        "If a client mentions suicide I wouldn't keep it confidential, I'd follow the risk policy.",
        "I keep client notes confidential, I wouldn't tell anyone outside the team.",
        "If someone's drunk I stop serving them and offer water.",
        "No problem, I check the PAR-Q and refer them to the GP if they say yes.",
        "Nobody was hurt, but I reported the near miss.",
        "If the patient says no to the draw I stop and don't start anyway.",
        "I release the keys only once the funds have cleared.",
        "I keep the notes locked in the office, never at home.",
        "I report the incrementality results to leadership, even when they look bad.",
        "If a guest has a nut allergy I leave them out of the dish and tell the kitchen straight away.",
        "If I miss the vein I never dig around with the needle, I take it out and try the other arm.",
    ],
)
def test_the_safe_practice_of_these_occupations_is_not_flagged(answer: str) -> None:
    assert unsafe_sentence(answer) is None


def test_a_justification_is_quoted_with_the_practice_it_justifies() -> None:
    from workbench.interviewer.agenda import quotable_part

    said = (
        "I just give them antibiotics, it saves time and nobody gets hurt, honestly that is the thing about "
        "general practice when you are as busy as we are."
    )
    assert quotable_part(said) == "I just give them antibiotics, it saves time and nobody gets hurt"
