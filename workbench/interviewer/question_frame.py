"""The words a job-knowledge question's template puts round what it is about: "Picture this: {complication}.
Talk me through your next steps." is said to a butcher and a phlebotomist alike, so "talk", "through", "next" and
"steps" tie no answer to the question (`evidence.frame_of`); the words that fill its slots do."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.planning.lexicon import questions_config

_SLOT = re.compile(r"\{[a-z_]+\}")
_FORMS = ("how_do_you", "situational")


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template (and rephrasing) as a pattern whose slots match anything, with its own words."""
    config = questions_config()
    texts = [text for form in _FORMS for shape in config[form].values() for text in shape]
    texts += [text for form in _FORMS for text in config["rephrase"][form]]
    twist = "(?:" + "|".join(re.escape(t.strip()) for t in config["hard_twist"]) + ")?"
    compiled = []
    for text in texts:
        parts = _SLOT.split(text)
        pattern = "(.+?)".join(re.escape(part) for part in parts)
        compiled.append((re.compile(rf"^{pattern}\s*{twist}$", re.IGNORECASE), " ".join(parts)))
    return tuple(compiled)


def template_parts(question: str) -> tuple[str, str]:
    """The template's own words and the words that fill its slots; ("", "") for a question no template wrote
    (a bank question, a resume probe, a behavioural one)."""
    text = " ".join(question.split())
    for pattern, words in _templates():
        match = pattern.match(text)
        if match is not None:
            return words, " ".join(match.groups())
    return "", ""
