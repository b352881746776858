"""Answering the candidate's own question from the job record: salary, location, next steps... said from the
record's fields or the ad's own line on it, else honestly routed to the hiring team (by name when only part of
the question is answered). Candidate text is only matched against patterns here, never echoed; the words said
come from the job record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.interviewer.ad_lines import (
    already_said,
    first_sentences,
    job_words,
    line_of_the_ad_on,
    line_on,
    prose,
    topic_line,
    words_of,
)
from workbench.interviewer.planning.adtext import plain_text
from workbench.interviewer.repair_rules import rules
from workbench.models import JobDetails


def _specific_words(question: str, job: JobDetails) -> set[str]:
    """The words of a question about the role that ask for more than what the role is ("team", "people" in
    "How many people are in the team?"), without the job title's own words."""
    return words_of(question) - _role_words(job.title)


@lru_cache(maxsize=256)
def _role_words(title: str) -> frozenset[str]:
    """The words that ask only what the role is: the rules' and the job title's (once per process and title)."""
    config = rules().config["candidate_question"]
    return job_words(" ".join([*config["generic_words"], *config["role_words"], title]))


def _parts_on(topic: str, question: str) -> list[str]:
    """The parts of a question that ask about a topic: "What's a typical day, and when would I hear back?" asks
    about the role in its first part only, so the words of its second ("hear", "back") ask nothing more of it."""
    parts = re.split(r"[?.;!,]|\band\b", question, flags=re.IGNORECASE)
    return [part for part in parts if rules().topics[topic].search(part)] or [question]


# The job record's text, never a candidate's: made once per process and job, not at every question asked.
@lru_cache(maxsize=256)
def _description_opening(description: str) -> str:
    return first_sentences(prose(description))


@lru_cache(maxsize=256)
def _requirements_summary(requirements: str, skills_required: tuple[str, ...]) -> str:
    text = plain_text(requirements)
    items = [i.strip(" -*•\t") for i in re.split(r"\n+|;", text) if i.strip(" -*•\t")]
    listed = items[:4] or list(skills_required[:5])
    return "; ".join(listed) + "." if listed else ""


@lru_cache(maxsize=1)
def _perk_topics() -> frozenset[str]:
    """What the job gives the candidate (pay aside): never answered by a duty's line of the ad."""
    return frozenset(rules().config["candidate_question"]["perk_topics"])


_NEEDS = {
    "salary": "salary_range",
    "location": "location",
    "company": "company",
    "role": "description",
    "requirements": "requirements",
    "level": "experience_level",
}


def _values(job: JobDetails) -> dict[str, str]:
    """The job record's fields an answer is worded from."""
    return {
        "salary_range": job.salary_range.strip(),
        "location": job.location.strip(),
        "company": job.company.strip(),
        "description": _description_opening(job.description),
        "requirements": _requirements_summary(job.requirements, tuple(job.skills_required)),
        "experience_level": job.experience_level.strip(),
        "at_company": f" at {job.company}" if job.company.strip() else "",
    }


def _topics_asked(question: str) -> list[str]:
    """The topics a question asks about, in the order asked, those the job record answers first."""
    config = rules().config["candidate_question"]
    # in the order the candidate asked them ("What's a typical day, and when would I hear back?")
    # (only the topics whose literals the question holds are searched: the same topics found, at ~1/4 of the
    # cost of searching all ~20, some of which take 20-35 us a text)
    may_match = set(rules().topics_prefilter.candidates(question))
    found = {
        topic: match.start()
        for topic, p in rules().topics.items()
        if p in may_match and (match := p.search(question))
    }
    asked = sorted(found, key=found.__getitem__)
    role_said = _matched("role", question).lower()
    if (
        len(asked) > 1
        and "role" in asked
        and (
            role_said in {"role", "roles"}
            or any(rules().topics[topic].search(role_said) for topic in asked if topic != "role")
        )
    ):
        # "what is the salary for this role?" asks about salary, and "what's the shift pattern?" about the hours,
        # not the role ("what's a typical day, and when would I hear back?" asks about both)
        asked.remove("role")
    for topic, weak in config["only_alone"].items():
        if (
            len(asked) > 1
            and topic in asked
            and not rules().topics[topic].search(re.sub(weak, " ", question, flags=re.IGNORECASE))
        ):
            asked.remove(topic)
    if "salary" in asked and "development" in asked and not _asks_beyond_the_stage(question):
        asked.remove("development")  # "whats the pay after training": the pay at a stage, not the training
    # the topics the job record answers first: "What shifts would I be on? And is the pension good?" has the
    # ad's line on shifts said, then its line on the pension beside it (not routed for want of a first answer)
    asked.sort(key=lambda topic: topic not in config["answers"] and topic not in config["topic_lines"])
    return asked


def _asks_beyond_the_stage(question: str) -> bool:
    """Whether the question asks about training or development beyond the later stage its pay is asked at ("what's
    the pay after training, and is there an NVQ course?" does; "whats the pay after training" does not)."""
    stage = rules().config["candidate_question"]["pay_stage"]
    rest = re.sub(stage, " ", question, flags=re.IGNORECASE)
    return rules().topics["development"].search(rest) is not None


def _pay_at_a_stage(question: str, job: JobDetails, answer: _Answer) -> None:
    """The pay asked about at a later stage ("whats the pay after training"): beside the salary line, the ad's own
    line on the later pay, else a word that the ad does not say it (routed by name)."""
    config = rules().config["candidate_question"]
    if not re.search(config["pay_stage"], question, re.IGNORECASE):
        return
    if re.search(config["pay_stage_line"], job.salary_range, re.IGNORECASE):
        return  # "£11.44 rising to £12.10 after probation": said with the range
    line = line_on(config["pay_stage_line"], job)
    if line and not already_said(line, answer.said):
        answer.said.append(str(config["from_ad_alone"]).format(line=line))
    elif not line:
        answer.routed.append(str(config["topic_names"]["pay_stage"]))


@dataclass
class _Answer:
    """An answer to a candidate's question as it is put together, topic by topic."""

    said: list[str] = field(default_factory=list)
    routed: list[str] = field(default_factory=list)
    routed_topics: list[str] = field(default_factory=list)
    unsaid_lines: bool = (
        False  # a topic the ad has its own lines for, and none of them: no other line answers it
    )
    # topics the ad has its own lines for and none of them answers: routed by name, never by another topic's line
    unlined_topics: list[str] = field(default_factory=list)
    first_ad_line: tuple[str, str] | None = None  # a topic's line of the ad, and what was said with it
    plain: dict[int, str] = field(
        default_factory=dict
    )  # an ad's line said with the offer to route, and without


def answer_from_job(question: str, job: JobDetails) -> str:
    """An answer to the candidate's question from the job record, or an honest routing to the hiring team."""
    config = rules().config["candidate_question"]
    values = _values(job)
    asked = _topics_asked(question)
    answer = _Answer()
    for topic in asked[:3]:
        _answer_topic(topic, question, job, values, asked, answer)
    if not answer.said:
        return _with_others_routed(question, _routed_or_ad_line(question, job, values, answer), job)
    said = answer.said
    if (
        answer.routed
    ):  # "what's the salary, and what are the next steps?": answer one, route the other by name
        # (the offer to note the question is said once, by the routing: not after the ad's line as well)
        said = [answer.plain.get(index, text) for index, text in enumerate(said)]
        topics = " or ".join(dict.fromkeys(answer.routed))
        said.append(str(config["routed_partly"]).format(topics=topics, **values))
    return _with_others_routed(question, " ".join(said), job)


# Where one question ends and the next starts in a reply of several: a question mark, or (as speech to text writes
# it) an "and" before a word that opens a question ("is the van for personal use and is it a day rate")
_NEXT_QUESTION = re.compile(
    r"\?|\band\s+(?=(?:is|are|do|does|did|can|could|will|would|what|whats|what\'s|who|when|where|how|which)\b)",
    re.IGNORECASE,
)


def _questions(text: str) -> list[str]:
    """The questions of a reply, each as said (a clause of a word or two is no question of its own)."""
    return [part.strip() for part in _NEXT_QUESTION.split(text) if len(part.split()) > 2]


def _with_others_routed(question: str, response: str, job: JobDetails) -> str:
    """The answer, and a word that the candidate's other questions are noted too when one of several names no topic
    the record could answer ("Is commission paid monthly? And how many dogs would I do a day?"): every question
    asked gets a reply, none is silently dropped. The parts the answer names but does not give stay routed by
    name (`_routed_or_ad_line`)."""
    config = rules().config["candidate_question"]
    values = _values(job)
    parts = _questions(question)
    if len(parts) < 2 or str(config["routed"]).format(**values) in response:
        return response  # one question, or all of it routed already
    others = sum(1 for part in parts if not _topics_asked(part))
    if not others:
        return response
    # (the hiring team named once: after a routing by name, "as well")
    key = "others_routed_also" if "hiring team" in response else "others_routed"
    said = str(config[key]).format(questions="questions" if others > 1 else "question", **values)
    return f"{response} {said}"


def routes(response: str, job: JobDetails) -> bool:
    """Whether an answer to the candidate's question (`answer_from_job`) routes it to the hiring team."""
    return str(rules().config["candidate_question"]["routed"]).format(**_values(job)) in response


def varied_routing(response: str, job: JobDetails, earlier: int) -> str:
    """The answer to a question of the candidate's, its routing to the hiring team said in other words when
    `earlier` of their questions were routed before (`routed_again`): never the same sentence twice."""
    config = rules().config["candidate_question"]
    values = _values(job)
    routed = str(config["routed"]).format(**values)
    if earlier < 1 or routed not in response:
        return response
    again: list[str] = config["routed_again"]
    return response.replace(routed, again[(earlier - 1) % len(again)].format(**values))


def _answer_topic(
    topic: str, question: str, job: JobDetails, values: dict[str, str], asked: list[str], answer: _Answer
) -> None:
    """One topic of the question answered: from the record's field, the ad's own line on it, or routed."""
    config = rules().config["candidate_question"]
    field_ = _NEEDS.get(topic)
    said = answer.said
    # "How many people are in the team?" is about the role, but the opening of its description does not say
    if topic == "role" and all(_specific_words(part, job) for part in _parts_on("role", question)):
        answer.routed.append(str(config["topic_names"]["role"]))
        return
    # "Do I need to work Saturdays?", "Who would I report to?": the ad's own line on it, else routed; the pay
    # by the ad's line on it only when the record has no salary range, and else as any other question
    by_line = topic in config["topic_lines"] and not (field_ is not None and values[field_])
    if by_line and _by_the_ads_line(topic, question, job, values, answer):
        return
    if topic not in config["answers"] or (field_ is not None and not values[field_]):
        # "what's the pay, and is there training?": the ad's own line on training ("paid training"), if any
        about = words_of(_matched(topic, question))
        if said and about & job_words(job.salary_range) and "salary" in asked:
            return  # "what's the pay, and is there a van?" of "£36,000 + van + fuel card": said above
        # (read in the part that asks about it: "is the van for personal use or just work and is it a day rate
        # every day even if it rains" has the ad's line on the van, which all its words together do not find)
        on_it = (
            " ".join(part for part in _questions(question) if rules().topics[topic].search(part)) or question
        )
        line = line_of_the_ad_on(on_it, job, about, perk=topic in _perk_topics()) if said else ""
        if line:
            said.append(str(config["from_ad_alone"]).format(line=line))
            return
        answer.routed.append(str(config["topic_names"].get(topic, topic)))  # honest: not in the job record
        answer.routed_topics.append(topic)
        return
    if topic == "location" and re.search(config["remote"], job.location, re.IGNORECASE):
        said.append(str(config["answers"]["location_given"]).format(**values))  # "Remote" says it all
        answer.routed += _split_not_given(question, job.location)
        return
    said.append(str(config["answers"][topic]).format(**values))
    if topic == "salary":
        _pay_at_a_stage(question, job, answer)
    said_of_it = config["pay_frequency_line"]
    # "is it paid weekly?": the range says how much, not how often; the ad's line on it, else routed by name
    if (
        topic == "salary"
        and re.search(config["pay_frequency"], question, re.IGNORECASE)
        and not re.search(said_of_it, values["salary_range"], re.IGNORECASE)
    ):
        line = line_on(said_of_it, job)
        if line:
            said.append(str(config["from_ad_alone"]).format(line=line))
        else:
            answer.routed.append(str(config["topic_names"]["pay_frequency"]))
    if topic == "location" and re.search(config["remote"], question, re.IGNORECASE):
        # "Is the job in the office or from home?": the place is not the answer; the ad's line on it is
        line = line_on(config["remote"], job)
        said.append(
            f"The job ad says: \u201c{line}\u201d" if line else str(config["remote_routed"]).format(**values)
        )
        answer.routed += _split_not_given(question, line) if line else []


def _by_the_ads_line(
    topic: str, question: str, job: JobDetails, values: dict[str, str], answer: _Answer
) -> bool:
    """A topic the ad has its own lines for ("Do I need to work Saturdays?"): its line said, else routed; False
    when the ad has no line on it and the record's own answer is to be given instead."""
    config = rules().config["candidate_question"]
    said = answer.said
    line = topic_line(topic, question, job)
    if already_said(values["salary_range"], said) and _names_topic(topic, values["salary_range"]):
        return True  # "What's the pay, and is standby on top?" of "£29,000 - £33,500 plus standby": said with the pay
    if not line and topic in config["answers"]:
        return False
    first = answer.first_ad_line
    if line and ((first and line == first[0]) or already_said(line, said)):
        return True  # one line of the ad answers both parts (or the pay said above is that line): said once
    if line and first:  # the offer to route the rest is said once, after both lines
        at = said.index(first[1])
        said[at] = str(config["from_ad_both"]).format(line=first[0], other=line, **values)
        answer.plain[at] = str(config["from_ad_both_plain"]).format(line=first[0], other=line)
        answer.first_ad_line = None
    elif line:
        said.append(str(config["from_ad"]).format(line=line, **values))
        answer.plain[len(said) - 1] = str(config["from_ad_plain"]).format(line=line)
        answer.first_ad_line = (line, said[-1])
    else:
        answer.routed.append(str(config["topic_names"][topic]))
        answer.unlined_topics.append(topic)
        answer.unsaid_lines = True
    return True


def _routed_or_ad_line(question: str, job: JobDetails, values: dict[str, str], answer: _Answer) -> str:
    """Nothing of the record answers the question: the ad's line on what is asked, else routed to the hiring team."""
    config = rules().config["candidate_question"]
    # "What would the budget be for training?": the ad's line must speak of what is asked (training),
    # not only share a word with the question (the manager's "budget"); else the question is routed
    generic = set(config["generic_words"])  # "do I get a van?": the van is asked about, not the getting
    about = {word for topic in answer.routed_topics for word in words_of(_matched(topic, question))} - generic
    # "Who would I report to?" of an ad that does not say: not its line "Produce monthly reports"; but "What's
    # the mileage rate, and do you pay travel time?" still has the ad's line on mileage
    perk = bool(answer.routed_topics) and set(answer.routed_topics) <= _perk_topics()
    line = line_of_the_ad_on(question, job, about, perk=perk) if about or not answer.unsaid_lines else ""
    if not line and len(answer.routed_topics) > 1:
        return _lines_on_each(question, job, answer.routed_topics, values)
    asked = answer.routed_topics + answer.unlined_topics
    unanswered = [topic for topic in asked if line and not rules().topics[topic].search(line)]
    if line and unanswered and len(unanswered) < len(asked):
        # "Is the pension the LGPS? And who would I report to?" of an ad naming the pension alone: its line, and the
        # reporting line routed by name (not "for anything more on that")
        topics = " or ".join(dict.fromkeys(str(config["topic_names"].get(t, t)) for t in unanswered))
        plain = str(config["from_ad_plain"]).format(line=line)
        return f"{plain} {str(config['routed_partly']).format(topics=topics, **values)}"
    template = config["from_ad"] if line else config["routed"]
    return str(template).format(line=line, **values)


def _names_topic(topic: str, text: str) -> bool:
    return (
        bool(text)
        and re.search(rules().config["candidate_question"]["topic_lines"][topic], text, re.I) is not None
    )


def _lines_on_each(question: str, job: JobDetails, topics: list[str], values: dict[str, str]) -> str:
    """ "Can I get paid weekly and is there a van to take home?" of an ad that says "Van provided." and nothing
    of pay: no line names both, but the ad's line on the van answers its part, and the rest is routed."""
    config = rules().config["candidate_question"]
    generic = set(config["generic_words"])
    lines: list[str] = []
    for topic in topics:
        about = words_of(_matched(topic, question)) - generic
        perk = topic in _perk_topics()
        line = line_of_the_ad_on(_matched(topic, question), job, about, perk=perk) if about else ""
        if line and line not in lines:
            lines.append(line)
    if len(lines) >= 2:
        return str(config["from_ad_both"]).format(line=lines[0], other=lines[1], **values)
    template = config["from_ad"] if lines else config["routed"]
    return str(template).format(line=lines[0] if lines else "", **values)


def _split_not_given(question: str, line: str) -> list[str]:
    """ "How many days in the office?" after "Bristol (hybrid)": the ad names the way of working, not its split
    (a line with a number may give it: "3 days in the office")."""
    config = rules().config["candidate_question"]
    if re.search(config["remote_detail"], question, re.IGNORECASE) and not re.search(
        config["remote_split_given"], line, re.IGNORECASE
    ):
        return [str(config["topic_names"]["remote_detail"])]
    return []


def _matched(topic: str, question: str) -> str:
    found = rules().topics[topic].search(question)
    return found.group(0) if found else ""
