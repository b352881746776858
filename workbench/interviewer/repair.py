"""Conversation repair: a reply that is not an answer, recognised and handled.

- A request to clarify or rephrase ("Sorry, by SLOs do you mean…?", "Could you rephrase that for a nursing
  role?") gets the same question in other words: it is not an answer and not a sign of nerves.
- The candidate's own question (salary, location, next steps…) is answered from the job record, or honestly
  routed to the hiring team; then the interview's question stands.
Candidate text is only matched against patterns here, never echoed; the words said come from the job record.
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
from workbench.interviewer.asides import asked_aloud, asked_at_the_end
from workbench.interviewer.assent import is_assent
from workbench.interviewer.beside import answers_beside
from workbench.interviewer.choice import options_offered
from workbench.interviewer.memo import per_turn
from workbench.interviewer.non_answer import asks_to_skip
from workbench.interviewer.planning.adtext import plain_text
from workbench.interviewer.repair_rules import hesitates, rules
from workbench.interviewer.signals import count_words, sentences
from workbench.interviewer.stemming import STOPWORDS, stem
from workbench.models import AnswerKind, JobDetails


def reply_kind(text: str, at_closing: bool = False, question: str = "") -> AnswerKind:
    """What the reply is: an answer, a request to clarify the question, the candidate's own question, a bare
    yes to a question that asks whether they can tell something (`assent`), or a request to end the interview.
    `question` is the question put to the candidate: asking what one of its terms means is a clarification."""
    return _reply_kind(text, at_closing, question)


# A turn asks it twice of the same reply and question: is the reply a repair (`conversation.repair`), and does
# the answer end on the candidate's own question (`conversation.answering_its_question`). Remembered for the turn
# by its arguments in one order (a keyword given or left to its default is the same call).
@per_turn
def _reply_kind(text: str, at_closing: bool, question: str) -> AnswerKind:
    if hesitates(text):
        return "hesitation"
    words = count_words(text)
    if words == 0:
        return "answer"
    r = rules()
    if words <= r.end_max_words and any(p.found(text) for p in r.end):
        return "end_request"
    if question and is_assent(text, question):
        return "assent"
    if asks_to_skip(text):
        return "answer"  # "Can we skip this one?" declines the question: no question of the candidate's own
    if words <= r.question_max_words and r.topics["purpose"].search(text):
        return (
            "candidate_question"  # "What's the point of this question?": why it is asked, not what it means
        )
    kind = _repair_kind(text, at_closing, question, words)
    # "I'm not sure what you mean by restraint, but I'd hold the dog ...": asked, and answered all the same
    if kind != "answer" and not at_closing and answers_beside(text):
        return "answer"
    return kind


def _repair_kind(text: str, at_closing: bool, question: str, words: int) -> AnswerKind:
    r = rules()
    if options_offered(text) is not None:
        return (
            "clarification_request"  # "Do you mean X or Y?": the choice is answered, then the question again
        )
    if words <= r.clarify_max_words and any(p.search(text) for p in r.clarify_prefilter.candidates(text)):
        return "clarification_request"
    if question and _asks_meaning_of(text, question):
        # "What are the next steps?" to the closing question, which names them: the question it invites, not a
        # request to explain the closing question
        return "candidate_question" if at_closing else "clarification_request"
    term = _term_asked_about(text)
    if term is not None:
        if at_closing:
            return "candidate_question"
        # "Sorry, what is THRIVE exactly? We didn't have that at Sky.": the question's own term asks what the
        # question means; another term (of the job ad, of the work) is the candidate's own question
        if _bare(term) <= _bare(_words(question)):
            return "clarification_request"
        return "candidate_question"
    if words <= r.question_max_words and _asks_question(text, at_closing):
        return "candidate_question"
    return "answer"


def hesitation_ack(index: int) -> str:
    responses: list[str] = rules().config["hesitation"]["responses"]
    return responses[index % len(responses)]


_WHAT_IS = re.compile(
    r"^\s*(?:sorry,?\s*|and\s+)?what(?:'s|s| is| are| does| do)\s+(?:(?:the\s+)?meaning\s+(?:of\s+)?)?(?:an?\s+|the\s+)?"
    r"([^?.]{1,40}?)(?:\s+mean)?\s*\?\s*$",
    re.IGNORECASE,
)


def _asks_meaning_of(text: str, question: str) -> bool:
    """ "What is EYFS?" after a question that names the EYFS asks what the question means."""
    match = _WHAT_IS.match(text)
    if match is None:
        return False
    term = _words(match.group(1))
    return bool(term) and _bare(term) <= _bare(_words(question))


def _bare(words: set[str]) -> set[str]:
    """Words without a plural's "s" that `singular` keeps ("AHUs", "PCBs"): "what is AHU?" asks about the AHUs
    the question names."""
    return {word.rstrip("s") for word in words}


WHAT_IS_TERM = re.compile(
    r"^\s*(?:(?:sorry|sorry but|ok|okay|um+|er+|so)[,.]?\s+)*(?:can i ask,?\s+)?what(?:'s| is| are| does)\s+"
    # ("what is meaning AHU?", as non-native speakers ask it)
    r"(?:(?:the\s+)?meaning\s+(?:of\s+)?)?(?:an?\s+|the\s+)?([^?.,]{1,40}?)(?:\s+(?:exactly|again|here|mean|stand for|refer to))*\s*(?:\?|$)",
    re.IGNORECASE,
)
PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|me|my|we|you|your|it|this|that|best|first|important)\b", re.IGNORECASE
)
MAX_WORDS_AROUND_TERM = 12


def _term_asked_about(text: str) -> set[str] | None:
    """The words of a term the reply asks the meaning of ("Sorry, what is THRIVE exactly? We didn't have that
    at Sky." -> {"thrive"}), or None: a reply that opens with such a question and says little else. "What's the
    first thing I do? I get the location" asks nothing: the term is the candidate's own words."""
    match = WHAT_IS_TERM.match(text)
    if match is None or PERSONAL.search(match.group(1)):
        return None
    if count_words(text[match.end() :]) > MAX_WORDS_AROUND_TERM:
        return None
    term = _words(match.group(1))
    return term or None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]{2,}", text.lower()))


def _asks_question(text: str, at_closing: bool) -> bool:
    r = rules()
    config = r.config["candidate_question"]
    # "No, that's it. When ...?", "Hi, yes I'm ready. Quick question first, do I need my own car?": what is asked
    said = [
        s
        for s in sentences(text)
        if not re.match(config["nothing_more"], s, re.I) and not re.match(config["preamble"], s, re.I)
    ]
    text = (
        " ".join(said) or text
    )  # "No, that's it. When would you want me to start?": the question is the reply
    questions = [s for s in said if s.rstrip().endswith("?")]
    if not questions and "?" not in text:
        return asked_aloud(text, at_closing)
    if not questions:
        return False
    if at_closing:
        return True  # the closing question invites questions: any question is one
    # Mid-interview, only a reply that is mainly a question about the job (not an answer that ends in one).
    asked = " ".join(questions)
    mainly = len(" ".join(questions)) >= 0.6 * len(text.strip())
    about_the_job = any(p.search(asked) for p in r.topics_prefilter.candidates(asked))
    # A reply made only of questions is the candidate asking, whatever the topic ("Is there a preceptorship?").
    only_questions = len(questions) == len(said)
    # A question about the interview itself counts beside anything else said ("This is a stupid question. Why are you
    # asking me this?")
    anyway = any(r.topics[topic].search(asked) for topic in r.config["candidate_question"]["asked_anyway"])
    return bool(r.opener.search(asked)) and ((mainly and (about_the_job or only_questions)) or anyway)


def trailing_question(text: str) -> str | None:
    """The question about the job an answer ends on ("... and I log every reel. Is it permanent nights?", as
    speech to text writes it "... and i log every reel um is it permanent nights"), or
    None: the answer is scored as an answer, and the question still deserves its answer."""
    said = sentences(text)
    if said and "?" not in said[-1]:
        # speech to text: "... and set up a plan um how many residents would i have on a shift"
        spoken = asked_at_the_end(said[-1])
        return spoken[1] if spoken else None
    if len(said) < 2 or not said[-1].rstrip().endswith("?"):
        return None
    asked = said[-1]
    r = rules()
    if count_words(asked) > r.spoken_max_words or not r.opener.search(asked):
        return None
    if reply_kind(asked) != "candidate_question":
        return None  # "What would I do next? I'd call the vet": the candidate's own rhetorical question
    return asked if any(p.search(asked) for p in r.topics_prefilter.candidates(asked)) else None


def term_said(text: str) -> str | None:
    """The term a request to clarify names ("what do you mean by X", "what does X mean"), as said, or None (none
    named, or the candidate's own words: "what do you mean by that?")."""
    match = re.search(rules().config["clarification"]["term_asked"], text, re.IGNORECASE)
    term = next((said for said in match.groups() if said), "").strip() if match else ""
    return term if term and not PERSONAL.search(term) else None


def term_not_in_question(text: str, question: str) -> str | None:
    """The term a request to clarify asks about when the question does not name it ("Sorry, what do you mean by
    sight translation?" after a question on a resume item), or None: a term of the question, or none named
    ("what do you mean by that?")."""
    term = term_said(text)
    if term is None:
        return None
    asked = {word.rstrip("s") for word in _words(question)}
    if {word.rstrip("s") for word in _words(term)} <= asked:
        return None
    # "accessibility testing" of "How do you test a web form for accessibility?": the question's own words
    # in another form
    said = {stem(word) for word in _words(term) if word not in STOPWORDS}
    return None if said and said <= {stem(word) for word in _words(question)} else term


def clarification_ack(index: int) -> str:
    responses: list[str] = rules().config["clarification"]["responses"]
    return responses[index % len(responses)]


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
    found = {topic: match.start() for topic, p in rules().topics.items() if (match := p.search(question))}
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
    # the topics the job record answers first: "What shifts would I be on? And is the pension good?" has the
    # ad's line on shifts said, then its line on the pension beside it (not routed for want of a first answer)
    asked.sort(key=lambda topic: topic not in config["answers"] and topic not in config["topic_lines"])
    return asked


@dataclass
class _Answer:
    """An answer to a candidate's question as it is put together, topic by topic."""

    said: list[str] = field(default_factory=list)
    routed: list[str] = field(default_factory=list)
    routed_topics: list[str] = field(default_factory=list)
    unsaid_lines: bool = (
        False  # a topic the ad has its own lines for, and none of them: no other line answers it
    )
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
        return _routed_or_ad_line(question, job, values, answer)
    said = answer.said
    if (
        answer.routed
    ):  # "what's the salary, and what are the next steps?": answer one, route the other by name
        # (the offer to note the question is said once, by the routing: not after the ad's line as well)
        said = [answer.plain.get(index, text) for index, text in enumerate(said)]
        topics = " or ".join(dict.fromkeys(answer.routed))
        said.append(str(config["routed_partly"]).format(topics=topics, **values))
    return " ".join(said)


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
        line = line_of_the_ad_on(question, job, about, perk=topic in _perk_topics()) if said else ""
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


def anything_else() -> str:
    return str(rules().config["candidate_question"]["anything_else"])


def back_to_question(question: str) -> str:
    return str(rules().config["candidate_question"]["back_to_question"]).format(question=question)


def without_restated_lead(question: str) -> str:
    """A question said again in other words, without its "Let me put it another way:" (it is asked again)."""
    lead = str(rules().config["candidate_question"]["restated_lead"])
    return re.sub(lead, "", question, count=1, flags=re.IGNORECASE)
