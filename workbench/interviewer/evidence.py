"""What in an answer may count as evidence, and whether it addresses the question asked.

An answer is read sentence by sentence. Sentences that are never evidence are set aside first: disclaimers and
admissions ("honestly I've mostly used it for smaller things", "I haven't built a full model"), deflections
("someone else handled that"), tangents ("by the way, …"), text repeated from earlier answers (or pasted twice),
and disclosures of protected characteristics (`asides` tells which, sentence by sentence). What remains is evidence for the question's competency only if it
addresses the question: it must share content words with the question, the rubric's look-for points or the
competency's own terms. Red flags (wrong or unsafe practice named by the rubric) are found clause by clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from workbench.interviewer.asides import (
    DISCLOSURE,
    FIGURE,
    FIRST_PERSON_DEED,
    FOREIGN,
    QUESTION,
    TANGENT,
    asked_at_the_end,
    clause_aside_as,
    set_aside_as,
)
from workbench.interviewer.memo import per_session
from workbench.interviewer.people import people
from workbench.interviewer.planning.esco import singular
from workbench.interviewer.planning.lexicon import config
from workbench.interviewer.question_frame import template_parts
from workbench.interviewer.quoting import quoted, says_something
from workbench.interviewer.regex_union import case_blind
from workbench.interviewer.relevance.told import tells_an_event
from workbench.interviewer.signals import is_past_deed, read_signals, sentences
from workbench.interviewer.spoken import clause_runs, unpunctuated
from workbench.interviewer.stemming import CONTENT_WORD
from workbench.interviewer.stemming import STOPWORDS as STOPWORDS
from workbench.interviewer.stemming import normalise_sentence as normalise_sentence
from workbench.interviewer.stemming import stem as stem
from workbench.interviewer.stemming import stems as stems
from workbench.interviewer.stemming import tokens as tokens
from workbench.models import Competency, Phase, PlannedQuestion

MIN_REPEAT_WORDS = 5


@dataclass(frozen=True, slots=True)
class Topic:
    """What an answer must talk about to address the question: question-specific and competency stems."""

    question: frozenset[str]
    competency: frozenset[str]
    look_for: tuple[frozenset[str], ...]
    job: frozenset[str] = frozenset()
    job_uncommon: frozenset[str] = frozenset()  # whole words of the job's text that are not everyday words
    # the words the question quotes back to the candidate (a resume probe's “Checked temporary works designs
    # for a 12-storey block”): saying them again shows the answer is about that item, but is no news in a quote
    quoted_back: frozenset[str] = frozenset()
    frame: frozenset[str] = frozenset()  # the question template's own words (`frame_of`), and `listed`
    # the words of the look-for points every job-knowledge question of the family lists (`_is_checklist`)
    listed: frozenset[str] = frozenset()
    # each look-for point's words that an answer must say to cover it (`point_content`), in `look_for`'s order
    points: tuple[frozenset[str], ...] = ()

    def hits(self, answer_stems: set[str]) -> tuple[int, int]:
        """The answer's words that are the question's own (not its template's frame: "talk me through your next
        steps" is said to every job, and "we got through it" answers none of them) and the competency's."""
        return len((self.question - self.frame) & answer_stems), len(self.competency & answer_stems)

    def job_hits(self, answer_stems: set[str]) -> int:
        return len(self.job & answer_stems)

    def look_for_coverage(self, answer_stems: set[str]) -> float:
        """Fraction of look-for points the answer touches (half of a point's words suffice)."""
        if not self.look_for:
            return 0.0
        hit = sum(1 for item in self.look_for if len(item & answer_stems) * 2 >= len(item))
        return hit / len(self.look_for)


@lru_cache(maxsize=2048)
def _topic(
    question: str, look_for: tuple[str, ...], name: str, terms: tuple[str, ...], context: str
) -> Topic:
    """The question's own words (minus the competency's name: naming the skill is not answering about it) and
    the look-for points; the competency's terms; the job's vocabulary (`context`)."""
    items = tuple(frozenset(stems(item)) for item in look_for if stems(item))
    name_stems = stems(name)
    question_stems = stems(question).union(*items) - name_stems
    competency_stems = set().union(*(stems(term) for term in terms)) - question_stems
    quoted_back = set().union(*(stems(m.group(1) or m.group(2)) for m in _QUOTED_PART.finditer(question)))
    # the points every job-knowledge question of the family lists are the rubric's frame, as the template's words
    # are the question's: "the checks before and after" is asked of tiling and of leadwork alike
    own = stems(question).union(*(i for i in items if not _is_checklist(i))) | name_stems
    listed = set().union(*(i for i in items if _is_checklist(i))) - own
    frame = _checklists()[1]
    return Topic(
        frozenset(question_stems),
        frozenset(competency_stems),
        items,
        frozenset(stems(context)),
        _uncommon_words(context),
        frozenset(quoted_back),
        frame_of(question) | _people_stems() | listed,
        frozenset(listed),
        tuple(point_content(item, frozenset(name_stems), frame) for item in items),
    )


def point_content(point: frozenset[str], name: frozenset[str], frame: frozenset[str]) -> frozenset[str]:
    """The words of a look-for point an answer must say to cover it: not the competency's name (naming the skill
    is not answering about it) and not the practice point's frame ("correct practice in {subject}"). The weak
    candidates who open with "Valve operation is central to network management" or "Identification is critical"
    covered "correct practice in valve operation" / "... in identification of the deceased" by naming the subject
    (train and dev: 25 such answers, 21 of them labelled 1-2). Nothing left: no words can cover it (empty)."""
    return point - name - frame


def _is_checklist(item: frozenset[str]) -> bool:
    """Whether a look-for point (its stems) is one a family gives every job-knowledge question (`families.yaml`),
    whoever it names as served ("client safety checks" for "patient safety checks"), or the point that opens each
    list (`practice_point`: "correct practice in {subject}") with any subject."""
    points, practice = _checklists()
    return item - _people_stems() in points or (bool(practice) and practice <= item)


@lru_cache(maxsize=1)
def _checklists() -> tuple[frozenset[frozenset[str]], frozenset[str]]:
    from workbench.interviewer.planning.library import (
        families,
    )  # (the planner's data; imported when first read)

    texts = [e if isinstance(e, str) else e.text for f in families().values() for e in f.look_for]
    points = frozenset(frozenset(stems(t) - _people_stems()) for t in texts if stems(t))
    practice = config()["questions"]["practice_point"].format(subject="")
    return points, frozenset(stems(practice))


@lru_cache(maxsize=1)
def _people_stems() -> frozenset[str]:
    """The people a trade's work is for or with ("guests", "patients", "customers", "pupils"): named in every answer
    of its family and in its look-for points, they tie no answer to one question ("A guest was shouting because
    the room was cold" is no answer on fire procedures)."""
    return frozenset(stems(" ".join(people("served"))))


@lru_cache(maxsize=2048)
def frame_of(question: str) -> frozenset[str]:
    """The stems of the words the question's template puts round its slots ("Picture this: {complication}. Talk
    me through your next steps."): they say what kind of answer is wanted, never what it is about ("we got
    through it" answers no question). A word the slots say too stays the question's own."""
    frame, filled = template_parts(question)
    return frozenset(stems(frame) - stems(filled))


_QUOTED_PART = re.compile(r"“([^”]+)”|\"([^\"]+)\"")


# An opening answer is tied to the job by a word of the job's own text, whole (a crude stem would let "my
# friends" match "a friendly team") and not an everyday word ("week", "team", "work": Zipf frequency 5.5 and
# above); "warehouse" (4.1), "nurse" (4.6) or "customers" (5.0) count.
UNCOMMON_ZIPF = 5.5


def _whole_words(text: str) -> set[str]:
    """Lower-case content words in the singular ("orders" -> "order", "boxes" -> "box")."""
    return {singular(word) for word in CONTENT_WORD.findall(text.lower()) if word not in STOPWORDS}


def _uncommon_words(text: str) -> frozenset[str]:
    return frozenset(word for word in _whole_words(text) if zipf_frequency(word, "en") < UNCOMMON_ZIPF)


def topic_of(question: PlannedQuestion, competency: Competency | None, context: str = "") -> Topic:
    name = competency.name if competency else ""
    terms = tuple(competency.terms) if competency else ()
    return _topic(question.text, tuple(question.rubric.look_for), name, terms, context)


@dataclass(slots=True)
class Evidence:
    """The sentences of an answer that may count, and why the others were set aside."""

    kept: list[str] = field(default_factory=list)
    disclaimers: int = 0
    tangents: int = 0
    repeats: int = 0
    disclosures: int = 0
    questions: int = 0
    foreign: int = 0  # sentences in another language: the baseline judges English only
    total: int = 0

    @property
    def text(self) -> str:
        return " ".join(self.kept)

    @property
    def set_aside(self) -> int:
        return (
            self.disclaimers + self.tangents + self.repeats + self.disclosures + self.questions + self.foreign
        )


def sift(text: str, earlier: frozenset[str] = frozenset()) -> Evidence:
    """Split `text` (already neutralised) into what may be evidence and what never is.

    `earlier` holds the normalised sentences of the candidate's earlier answers: repeating them is not new
    evidence, and neither is a sentence pasted twice into one answer.
    """
    evidence = Evidence()
    seen = set(earlier)
    for sentence in sentences(text):
        _take(evidence, seen, sentence, split_spoken=True)
    return evidence


def _take(evidence: Evidence, seen: set[str], sentence: str, split_spoken: bool = False) -> None:
    """Count one sentence in `evidence`: kept, or set aside and why. A long unpunctuated sentence (speech to text)
    is read clause by clause (`spoken`): only the clauses that are never evidence (a disclosure, a private-life
    aside, a disclaimer, a tangent, the candidate's own question) are set aside, and the rest stand."""
    normal = normalise_sentence(sentence)
    if len(normal.split()) >= MIN_REPEAT_WORDS and normal in seen:
        evidence.total += 1
        evidence.repeats += 1
        return
    why = set_aside_as(sentence)
    if split_spoken and unpunctuated(sentence) and (asked := asked_at_the_end(sentence)) is not None:
        # "... send a relief driver um is the job days or nights": the question is no evidence
        said, _ = asked
        if said:
            _take(evidence, seen, said, split_spoken=True)
        evidence.total += 1
        evidence.questions += 1
        return
    if split_spoken and unpunctuated(sentence):
        runs = clause_runs(sentence, lambda clause: clause_aside_as(clause) is not None)
        if why is None and runs and all(aside for _, aside in runs):
            why = clause_aside_as(runs[0][0]) or TANGENT  # every clause an aside: so is the sentence
        elif any(aside for _, aside in runs) and any(not aside for _, aside in runs):
            for run, aside in runs:
                if not aside:
                    _take(evidence, seen, run)
                else:
                    evidence.total += 1
                    _count_aside(evidence, clause_aside_as(run) or TANGENT)
            return
    evidence.total += 1
    seen.add(normal)
    if why is None:
        evidence.kept.append(sentence)
    else:
        _count_aside(evidence, why)


def _count_aside(evidence: Evidence, why: str) -> None:
    if why == DISCLOSURE:
        evidence.disclosures += 1
    elif why == QUESTION:
        evidence.questions += 1
    elif why == FOREIGN:
        evidence.foreign += 1
    elif why == TANGENT:
        evidence.tangents += 1
    else:
        evidence.disclaimers += 1


def earlier_sentences(answers: list[str]) -> frozenset[str]:
    """The normalised sentences of earlier answers long enough that repeating one is not new evidence."""
    return frozenset[str]().union(*map(repeatable_sentences, answers))


@per_session
def repeatable_sentences(answer: str) -> frozenset[str]:
    """`earlier_sentences` of one answer (every later turn of the interview reads it again)."""
    normal = (normalise_sentence(s) for s in sentences(answer))
    return frozenset(n for n in normal if len(n.split()) >= MIN_REPEAT_WORDS)


# An account of one's working life: what an opening question ("walk me through your background") asks for.
_CAREER = case_blind(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|several|many|few) years?|years of"
    r"|worked|working|experience|career|role|job|position|currently|background|employer|company"
    r"|joined|trained|qualified|studied|degree|apprenticeship|promoted|moved (?:to|into)|next step)\b",
    re.IGNORECASE,
)


def addresses(
    topic: Topic,
    evidence: Evidence,
    story: bool = False,
    acted: bool = False,
    opening: bool = False,
    strict: bool = False,
) -> bool:
    """Whether what remains of the answer is about the question: one of the question's own or look-for words,
    or of the competency's terms. A story (behavioural or opening question), whose words rarely echo the
    question, also counts when it is an account of the candidate's own work in the job's vocabulary; `strict`:
    in the job's own words that are not everyday ones (a second story told in reply to a follow-up, which
    `continues` found unconnected with the first)."""
    answer_stems = stems(evidence.text)
    question_hits, competency_hits = topic.hits(answer_stems)
    if question_hits + competency_hits >= 1:
        return True
    if not story and topic.listed & answer_stems and not tells_an_event(evidence.text):
        # practice stated in the family's words ("I check it before and after") is about the practice asked for;
        # an account of an event that shares one of them ("I went back after work") is tied to no one question
        return True
    if opening:  # a background told in the job's words or as a working life is the answer, acted or not
        return bool(topic.job_uncommon & _whole_words(evidence.text)) or _CAREER.found(evidence.text)
    if strict:
        return story and acted and bool(topic.job_uncommon & _whole_words(evidence.text))
    return story and acted and topic.job_hits(answer_stems) >= 1


# A resume item is named by a word rare enough to be its own (Zipf below 4.5: "clinic", "ulcer", "migration"),
# or by two of its less common words ("surgery" and "nurse"); its deeds ("ran", "led", "reduced") name nothing.
ITEM_WORD_ZIPF = 4.5


def names_item(text: str, item: str) -> bool:
    """Whether an answer names the resume item a probe asked about, in the item's own words."""
    shared = {w for w in _uncommon_words(item) & _whole_words(text) if not is_past_deed(w)}
    return len(shared) >= 2 or any(zipf_frequency(word, "en") < ITEM_WORD_ZIPF for word in shared)


def continues(reply: Evidence, before: str) -> bool:
    """Whether a reply to a follow-up carries on what was said before it (`before`: the earlier answers to the
    question and the follow-up asked) rather than telling another account: it narrates no action of its own (a
    detail, a result, a reason: "That the electrician and the plumber had finished."), or it names something
    said before in a whole word that is not an everyday one ("the clinic", "the booster pump"). A reply that
    does neither is judged as an answer of its own: a story of a motorbike rebuilt at home, told after a good
    answer, is not more of it. What the candidate does as a rule ("For a test drive I take a copy of the licence")
    is an account of its own as much as a past deed: told after a resume story on sales figures, it is another
    subject, not more of that story."""
    signals = read_signals(reply.text)
    narrated = signals.first_person_actions + signals.team_actions + signals.elided_actions
    if narrated == 0 and _OWN_PRACTICE.search(reply.text) is None:
        return True
    return bool(_uncommon_words(before) & _whole_words(reply.text))


# "I take a copy of the licence", "I'd put every offer in writing": an act of the candidate's own, done as a rule or
# as they would; not a state or a view ("I think", "I was", "I don't know")
_OWN_PRACTICE = re.compile(
    r"\bI(?:'d|\s+would|\s+will|'ll)?\s+(?:always\s+|just\s+|usually\s+|normally\s+|first\s+|then\s+|also\s+)*"
    r"(?!(?:am|was|were|think|thought|feel|felt|guess|suppose|mean|meant|know|knew|like|liked|love|loved|want|wanted"
    r"|have|had|hope|believe|reckon|remember|need|needed|don|didn|can|could|would|will|should|do|did|get|got|said"
    r"|say|see|saw|enjoy|enjoyed|prefer|agree|suppose|wish|wonder|find|found|really|never|not|also|actually)\b)"
    r"[a-z]{3,}\b"
)


def is_opening(question: PlannedQuestion) -> bool:
    """An opening question asks for the candidate's background and motivation."""
    return question.form == "opening" or question.phase == Phase.INTRODUCTION


def is_story(question: PlannedQuestion) -> bool:
    """Behavioural and opening questions ask for an account of the candidate's own work."""
    return question.form in ("behavioural", "opening") or question.phase in (
        Phase.BEHAVIORAL,
        Phase.INTRODUCTION,
    )


def asks_for_case(asked: str) -> bool:
    """Whether a follow-up asks for one real case ("Take one real case you handled yourself: what did you do, and
    what happened?"): its reply tells an event, as a behavioural question's does, whatever the core question was."""
    return re.search(config()["questions"]["asks_for_case"], asked, re.IGNORECASE) is not None


def shares_topic(
    evidence: Evidence,
    question: PlannedQuestion,
    competency: Competency | None,
    context: str = "",
    strict: bool = False,
    case_asked: bool = False,
) -> bool:
    """The lexical relevance check of one answer's evidence (`addresses`) for `question`; `case_asked`: the answer
    was given to a follow-up that asked for one real case (`asks_for_case`)."""
    if not evidence.kept:
        return False
    return addresses_question(topic_of(question, competency, context), evidence, question, strict, case_asked)


def addresses_question(
    topic: Topic,
    evidence: Evidence,
    question: PlannedQuestion,
    strict: bool = False,
    case_asked: bool = False,
) -> bool:
    """`addresses`, with what the question asks for (a story, an opening) and whether the answer narrates an
    action read from the question and the answer. A resume probe asks about one item of the resume: its answer
    must name the item (`names_item`); the competency it was mapped to, or the job's words, do not make an
    account of something else its answer."""
    if question.kind == "resume_probe" and question.resume_item:
        return names_item(evidence.text, question.resume_item)
    story, opening = is_story(question), is_opening(question)
    if addresses(topic, evidence, story, False, opening):
        return True
    # asked for one real case, an account of an event is read as a story question's answer would be, besides
    story = story or case_asked
    # Whether a story narrates an action matters only when it does not say the question's words: read then only
    # (an answer's signals are a dozen scans of its text, and most answers are decided before).
    if not story or opening:
        return False
    signals = read_signals(evidence.text)
    acted = signals.first_person_actions + signals.team_actions > 0
    return acted and addresses(topic, evidence, story, acted, opening, strict)


def topical_sentences(topic: Topic, evidence: Evidence) -> list[str]:
    """The kept sentences that touch the question's topic, and the ones right after them (the story's detail)."""
    keep: list[str] = []
    previous_on_topic = False
    for sentence in evidence.kept:
        question_hits, competency_hits = topic.hits(stems(sentence))
        on_topic = question_hits + competency_hits > 0
        if on_topic or previous_on_topic:
            keep.append(sentence)
        previous_on_topic = on_topic
    return keep


_OWN_WORDS_TO_ANSWER = 2  # fewer words of its own than this, and a sentence only echoes the question


def quote(sentences_: list[str], topic: Topic) -> str:
    """The most informative sentence (verbatim, shortened at a word boundary) to cite as evidence; "" when none
    says anything of content ("Terriers.", "ok so basically.")."""
    best, best_score = "", -1.0
    for sentence in filter(says_something, sentences_):
        said = stems(sentence)
        question_hits, competency_hits = topic.hits(said - topic.quoted_back)
        # words of its own, beyond the question's: "I wouldn't sign it off." only echoes a question about being
        # asked to sign off unchecked work; "I'd ask to see the rebar spacing, cover and laps" answers it
        own_words = len(said - topic.question)
        echo_weight = 2.0 if own_words >= _OWN_WORDS_TO_ANSWER else 1.0
        score = echo_weight * question_hits + competency_hits + 0.5 * len(FIGURE.findall(sentence)[:2])
        score += 0.25 * min(own_words, 6)
        # The candidate's own deed weighs as much as a word of the question: "A dispenser wanted to skip the
        # second check" names the topic, yet "I said no, showed her the SOP…" is what the candidate did.
        score += 2.0 * bool(FIRST_PERSON_DEED.search(sentence)) + min(len(sentence), 200) / 400
        if score > best_score:
            best, best_score = sentence, score
    return quoted(best) if best else ""


# A sentence this long said again in another question's answer is the same text pasted, not a phrase reused.
PASTED_SENTENCE_WORDS = 5
_KEY_WORD = re.compile(r"[a-z0-9]+(?:['.+#-][a-z0-9]+)*")


def pasted_texts(answers: list[str]) -> list[bool]:
    """For each question's answers, whether every one of its sentences of `PASTED_SENTENCE_WORDS` words or more
    is said again, word for word, in the answers to another question (a filler sentence a rambling candidate
    says twice does not make an answer a copy: no train interview has one)."""
    said = [[" ".join(_KEY_WORD.findall(s.lower())) for s in sentences(text)] for text in answers]
    pasted = []
    for index, keys in enumerate(said):
        long = [key for key in keys if key.count(" ") + 1 >= PASTED_SENTENCE_WORDS]
        elsewhere = {key for other, others in enumerate(said) if other != index for key in others}
        pasted.append(bool(long) and all(key in elsewhere for key in long))
    return pasted
