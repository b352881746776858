"""Conversation repair: a reply that is not an answer, recognised and handled.

- A request to clarify or rephrase ("Sorry, by SLOs do you mean…?", "Could you rephrase that for a nursing
  role?") gets the same question in other words: it is not an answer and not a sign of nerves.
- The candidate's own question (salary, location, next steps…) is answered from the job record, or honestly
  routed to the hiring team (`job_answers`, re-exported here); then the interview's question stands.
Candidate text is only matched against patterns here, never echoed; the words said come from the job record.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.asides import asked_aloud, asked_at_the_end
from workbench.interviewer.assent import is_assent
from workbench.interviewer.beside import answers_beside
from workbench.interviewer.choice import options_offered
from workbench.interviewer.job_answers import answer_from_job as answer_from_job
from workbench.interviewer.job_answers import routes as routes
from workbench.interviewer.job_answers import varied_routing as varied_routing
from workbench.interviewer.memo import per_turn
from workbench.interviewer.non_answer import asks_to_skip
from workbench.interviewer.repair_rules import hesitates, rules
from workbench.interviewer.signals import count_words, sentences
from workbench.interviewer.stemming import STOPWORDS, stem
from workbench.models import AnswerKind


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


@lru_cache(maxsize=1)
def _not_asked() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The sentences of a reply that ask nothing (compiled once: matched against every sentence of every reply)."""
    config = rules().config["candidate_question"]
    return re.compile(config["nothing_more"], re.I), re.compile(config["preamble"], re.I)


def _asks_question(text: str, at_closing: bool) -> bool:
    r = rules()
    nothing_more, preamble = _not_asked()
    # "No, that's it. When ...?", "Hi, yes I'm ready. Quick question first, do I need my own car?": what is asked
    said = [s for s in sentences(text) if not nothing_more.match(s) and not preamble.match(s)]
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


def anything_else() -> str:
    return str(rules().config["candidate_question"]["anything_else"])


def back_to_question(question: str, whole: bool = False) -> str:
    """The open question put back after a repair: after a lead-in ("Coming back to my question: what would you ..."),
    or `whole`, a sentence of its own (a scene: "Coming back to my question. Picture this: ...")."""
    key = "back_to_scene" if whole else "back_to_question"
    return str(rules().config["candidate_question"][key]).format(question=question)


def without_restated_lead(question: str) -> str:
    """A question said again in other words, without its "Let me put it another way:" (it is asked again)."""
    lead = str(rules().config["candidate_question"]["restated_lead"])
    return re.sub(lead, "", question, count=1, flags=re.IGNORECASE)
