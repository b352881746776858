"""The job ad read line by line for a candidate's question: the line of the ad on what is asked (pay, hours,
a duty named in the question), its prose without headings, and its first sentences, said back whole."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from wordfreq import zipf_frequency

from workbench.interviewer.clauses import splitter
from workbench.interviewer.planning.adtext import plain_text, section_of
from workbench.interviewer.planning.esco import singular, tokens
from workbench.interviewer.planning.lexicon import verb_base
from workbench.interviewer.repair_rules import rules
from workbench.interviewer.signals import sentences
from workbench.models import JobDetails

MAX_DESCRIPTION_CHARS = 240


def first_sentences(text: str, limit: int = MAX_DESCRIPTION_CHARS) -> str:
    out = ""
    for sentence in sentences(text):
        if out and len(out) + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > limit:  # one long sentence: end at a word, never mid-word
        out = out[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return out


def prose(text: str) -> str:
    """The description as sentences a reader hears: its headings ("About the role", "Key responsibilities:") go,
    and a line without a full stop (a bullet, a heading-less paragraph) ends as a sentence."""
    lines = [line.strip(" -*•\t") for line in plain_text(text).splitlines()]
    kept: list[str] = []
    for line in (line for line in lines if line and section_of(line) is None and not line.endswith(":")):
        if kept and _WRAPPED_END.search(kept[-1]):
            # a sentence wrapped at a comma or a joining word goes on in the next line ("Assess risk using OASys,
            # write pre-sentence reports for courts,\nplan and review sentence plans"): no "courts,." said back
            kept[-1] = f"{kept[-1]} {line}"
        else:
            kept.append(line)
    return " ".join(line if line.endswith((".", "!", "?")) else f"{line}." for line in kept)


_WRAPPED_END = re.compile(
    r"(?:,|\b(?:and|or|to|of|the|a|an|for|with|in|on|at|by|from|as|including))$", re.IGNORECASE
)


def line_of_the_ad_on(
    question: str, job: JobDetails, about: frozenset[str] | set[str] = frozenset(), perk: bool = False
) -> str:
    """The line of the job ad that speaks to the question's own subject ("What are the shifts like?" ->
    "Working shifts including weekends"), or "" when the ad says nothing of it. Only the ad's words are said;
    the candidate's question only chooses the line. A `perk` asked about (parking, training for the candidate)
    is never answered by a duty that names it ("Handle enquiries about council tax, bins and parking")."""
    generic = set(rules().config["candidate_question"]["generic_words"])
    # whole words: "report to" is not "reporting incidents"; the job title's words ("HR" of "HR Advisor") are in
    # every line about the role and say nothing of the question's subject
    wanted = words_of(question) - generic - job_words(job.title)
    if not wanted:
        return ""
    lines = _ad_lines(job)
    # on a tie, the line that shares the longer words: "what means sight-translate? my English is not perfect"
    # asks about sight translation, not about the ad's line on English
    # "How many residents are there?" is answered by a line with a figure, not by "Support residents with …"
    counted = _HOW_MANY.search(question) is not None
    overlap = [
        (len(shared := wanted & job_words(line)), sum(map(len, shared)), -index, line)
        for index, line in enumerate(lines)
        if about <= job_words(line)  # a line on the asked topic names it
        and (not counted or any(ch.isdigit() for ch in line))
        and not (perk and (_a_duty(line) or _a_requirement(line, wanted)))
    ]
    hits, _, _, line = max(overlap, default=(0, 0, 0, ""))
    if hits == 1 and len(wanted) > MANY_WANTED:
        # a question that names several things ("What would the budget be for the list, and who signs off the
        # orders?") is not answered by a line sharing one everyday word of it ("manage a 400-bin wine list");
        # a term of the ad's own ("what is THRIVE exactly?", "tronc") is what the question is about
        term = min(wanted & job_words(line))
        hits = 1 if zipf_frequency(term, "en") < TERM_ZIPF else 0
    if hits == 1 and _modifier_only(question, line, wanted & job_words(line), wanted - job_words(line)):
        hits = 0
    return _as_sentence(line) if hits else ""


def _modifier_only(question: str, line: str, shared: set[str], unshared: set[str]) -> bool:
    """ "What's the teaching load like?" shares "teaching" with "Teaching qualification or willingness to work
    towards one": the word shared qualifies a different noun on each side ("load", "qualification"), so the line
    is on another thing ("Paid mileage 30p/mile" does answer "What's the mileage rate?")."""
    asked = [word.lower() for word in re.findall(r"[\w'-]+", question)]
    said = [word.lower() for word in re.findall(r"[\w'/-]+", line)]
    heads_asked = {
        word: following for word, following in pairwise(asked) if word in shared and following in unshared
    }
    return any(
        word in heads_asked
        and following.isalpha()
        and following not in asked
        and verb_base(following) is None
        for word, following in pairwise(said)
    )


_HOW_MANY = re.compile(r"\bhow (?:many|big|large)\b|\bwhat size\b", re.IGNORECASE)
MANY_WANTED = 3  # the question's own words past which one everyday word shared is not enough
TERM_ZIPF = 4.5  # rarer than this, a word shared is the ad's own term ("THRIVE" 3.7, "rota" 2.7; "list" 5.3)


def topic_line(topic: str, question: str, job: JobDetails) -> str:
    """The ad's line on the topic that shares most words with the question ("Do I need to work Saturdays?" ->
    "Saturday working on a rota."; "Who would I report to?" -> "The role reports into the Quality Manager."),
    the first such line when none shares one; "" when none."""
    lines = _topic_lines(topic, _ad_lines(job))
    wanted = words_of(question)
    ranked = [(len(wanted & job_words(line)), -index, line) for index, line in enumerate(lines)]
    if topic != "salary":
        # the salary field is a line on the pay: it answers another topic only with the asked thing named ("Is
        # there overtime?" of "£35,000 + overtime"), never "What are the hours?" or "Is there a rota for weekends?"
        pay = job.salary_range.strip()
        ranked = [(shared, index, line) for shared, index, line in ranked if shared or line != pay]
    shared, _, best = max(ranked, default=(0, 0, ""))
    if best and not shared and _asks_one_thing(topic, question):
        return ""  # "is there overtime?" of an ad whose lines on the hours never name it
    return _as_sentence(best) if best else ""


def _asks_one_thing(topic: str, question: str) -> bool:
    """Whether the question asks for one thing of the topic that only a line naming it answers ("is there
    overtime?", `topic_named_only`), not about the topic at large ("what are the hours?", "is it nights?")."""
    named_only = set(rules().config["candidate_question"]["topic_named_only"].get(topic, []))
    # ... and nothing else of the topic: "whats the shift pattern and is there overtime" asks the pattern too
    asked = [words_of(found.group(0)) for found in rules().topics[topic].finditer(question)]
    return bool(named_only) and bool(asked) and all(words and words <= named_only for words in asked)


@lru_cache(maxsize=1024)
def _topic_lines(topic: str, ad_lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of the ad on the topic (the job record's and the rules', once per process and job)."""
    config = rules().config["candidate_question"]
    pattern, other = config["topic_lines"][topic], config["topic_lines_not"].get(topic, r"(?!)")
    # "Good knowledge of drivers' hours rules" is what the candidate must know, not when the job is worked
    own_terms = topic in config["own_terms_topics"]
    # a clause on the topic that is not about the other thing: "4 on 4 off shift pattern, shift allowance 25%"
    # says when the work is, though its second clause is on pay
    return tuple(
        line
        for line in ad_lines
        if any(
            re.search(pattern, clause, re.IGNORECASE)
            and not re.search(other, clause, re.IGNORECASE)
            and not (own_terms and requirement_clause(clause))
            for clause in _CLAUSES.split(line)
        )
        # ("Rotating shifts including nights": a first word that qualifies the topic's own word is no duty)
        and (
            topic in config["duty_line_topics"]
            or not (_a_duty(line) and not re.match(rf"\S+\s+(?:{pattern})", line, re.IGNORECASE))
        )
    )


def already_said(line: str, said: list[str]) -> bool:
    """Whether an answer said above already holds the line ("$18.50 - $21.00/hr + shift differential" is the pay
    said for "what's the shift differential?" and the ad's line on shifts both): said once."""
    return bool(said) and line.rstrip(".") in " ".join(said)


def _a_duty(line: str) -> bool:
    """A line that states a duty of the job ("Plans rotas and labour hours around footfall"): its hours, rotas or
    reports are the work's, not the answer to when the candidate works or whom they report to ("Work 4 on 4
    off" and "Working a rota" still say when)."""
    first = line.split()[0].strip(",.;:").lower() if line.split() else ""
    base = verb_base(first)
    return base is not None and base != "work"


def _a_requirement(line: str, wanted: set[str]) -> bool:
    """A line whose every clause on the asked thing states what the candidate must know or abide by ("Working
    knowledge of pension auto-enrolment duties"): a requirement of the job, not what it offers ("Pension: 5%
    employer contribution, in line with auto-enrolment rules" offers it in its first clause)."""
    clauses = [clause for clause in _CLAUSES.split(line) if wanted & words_of(clause)] or [line]
    return all(requirement_clause(clause) for clause in clauses)


_CLAUSES = splitter("ad_line")  # a clause of a line of the ad (`planning/data/clauses.yaml`)


def requirement_clause(clause: str) -> bool:
    """A clause of the ad that states what the candidate must know or abide by ("Working knowledge of pension
    auto-enrolment duties"; the rules' `requirement_clause`): the one test of both a perk's answer (`_a_requirement`)
    and a line on when the job is worked (`_topic_lines`)."""
    return _requirement().search(clause) is not None


@lru_cache(maxsize=1)
def _requirement() -> re.Pattern[str]:
    return re.compile(rules().config["candidate_question"]["requirement_clause"], re.IGNORECASE)


def line_on(pattern: str, job: JobDetails) -> str:
    """The first line of the ad that matches `pattern`, as a sentence ("" when none does)."""
    found = next((line for line in _ad_lines(job) if re.search(pattern, line, re.IGNORECASE)), "")
    return _as_sentence(found) if found else ""


def _ad_lines(job: JobDetails) -> tuple[str, ...]:
    """The job ad as the lines a candidate's question may be answered from: the requirement items, then the
    description's sentences (a requirement item of several sentences is said one sentence at a time: "Must be
    20 or over. Willing to work shifts." answers a question on shifts with its second sentence alone)."""
    return _ad_lines_of(job.requirements, job.description, job.salary_range)


# The job record's text, never a candidate's: read once per process and job, not again at every question of
# every interview (the bound holds the jobs a server interviews for at once, many times over).
@lru_cache(maxsize=256)
def _ad_lines_of(requirements: str, description: str, salary_range: str) -> tuple[str, ...]:
    items = re.split(r"\n+|;", plain_text(requirements))
    lines = [sentence for item in items for sentence in sentences(item)] + sentences(prose(description))
    # a salary field that says more than the pay: "£38,000 + van + overtime" answers "Is there overtime?" (a bare
    # "£16 - £18 per hour" says nothing of the hours)
    extras = re.split(r"\s*(?:\+|\bplus\b|,|&|\band\b)\s*", salary_range.strip())
    lines += [salary_range.strip()] if len([part for part in extras if part]) > 1 else []
    return tuple(line.strip(" -*•\t") for line in lines if line.strip(" -*•\t"))


def _as_sentence(line: str) -> str:
    line = first_sentences(line)
    return line if line.endswith((".", "!", "?", "…")) else line + "."


def words_of(text: str) -> set[str]:
    return {singular(word) for word in tokens(text)}


@lru_cache(maxsize=4096)
def job_words(text: str) -> frozenset[str]:
    """`words_of` a text of the job record (a line of its ad, its title, its pay), never a candidate's: kept once
    per process, as every question on the job reads the same lines."""
    return frozenset(words_of(text))
