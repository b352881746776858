"""From the turns of an interview and its plan to the hiring scorecard and the session assessment.

An answer to a planned question is the candidate's reply with the replies to its follow-ups: they are judged
together, once, for the question's competency only (so a quote backs one competency). A competency's score is
the mean of its questions' scores; with no evidence it is null. The overall score stays null
(`insufficient_evidence`) until at least half the plan's measured competencies have evidence and at least
`MIN_EVIDENCE_ANSWERS` answers were evidence. Coverage statements are computed here from plan and turns. A
follow-up that asked for the candidate's own example or steps and drew none caps the answer (`probe_outcome`).

Communication is the exception: it shows in how every answer is given, and a structured interview rates it
over the whole interview (as OPM's guidance does for oral communication): its score pools the quality of every
answer that was evidence, and its quotes may come from the pooled answers (`pooled_quote`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from workbench.interviewer.addition import adds_to_first
from workbench.interviewer.agenda import flag_quote
from workbench.interviewer.calibration import active_calibration
from workbench.interviewer.correction import Said, corrects, said_to, take_back
from workbench.interviewer.evidence import (
    Evidence,
    Topic,
    asks_for_case,
    continues,
    earlier_sentences,
    shares_topic,
    sift,
)
from workbench.interviewer.guards import neutralise
from workbench.interviewer.memo import per_session, per_session_by_identity
from workbench.interviewer.plan_view import GENERIC_ANCHORS, PlannedView, question_for
from workbench.interviewer.planning.adtext import plain_text
from workbench.interviewer.pooled_quote import (
    cited,
    fresh_sentence,
    scoring_groups,
    with_pooled_quotes,
)
from workbench.interviewer.probe_outcome import PROBE_UNANSWERED_CAP, probe_unanswered
from workbench.interviewer.quoting import quoted
from workbench.interviewer.relevance.check import Rival, judge_answers, question_kind, texts_to_embed
from workbench.interviewer.relevance.encoder import together
from workbench.interviewer.rubric_score import RED_FLAG_CAP, Judgement, grade, judge, verdict
from workbench.interviewer.unsafe_practice import unsafe_flag, unsafe_sentence
from workbench.models import (
    Backend,
    Competency,
    CompetencyScore,
    CoverageStatus,
    EvidenceQuote,
    InterviewState,
    PlannedQuestion,
    Scorecard,
    ScorecardEntry,
    SessionAssessment,
    anchor_level,
)

MIN_EVIDENCE_ANSWERS = 3
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "'", ")")


@dataclass(slots=True)
class AnswerGroup:
    """A planned question and every answer given to it (the core answer, then follow-ups)."""

    question: PlannedQuestion
    competency: Competency | None
    turn_indices: list[int] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    # the question each answer was given: the core question, then the follow-ups
    asked: list[str] = field(default_factory=list)
    earlier: list[str] = field(default_factory=list)  # answers to other questions before this one
    context: str = ""  # the job's vocabulary: title, description, requirements and skills
    rivals: tuple[Rival, ...] = ()  # the plan's other job-knowledge questions, for the relevance check

    def add(self, turn_index: int, answer: str, asked: str) -> None:
        """An answer with the question it was given to: `answers` and `asked` stay of one length."""
        self.turn_indices.append(turn_index)
        self.answers.append(answer)
        self.asked.append(asked)

    @property
    def key(self) -> str:
        return self.question.id

    @property
    def text(self) -> str:
        return spoken_in_turn(self.answers)


Judge = Callable[[AnswerGroup], Judgement]


def spoken_in_turn(answers: list[str]) -> str:
    """Answers read one after another: each ends its sentence, punctuated or not (speech to text often leaves the
    full stop out, and "…the one I'm proudest of" ran on into the next answer's "Joining before aggregating")."""
    return " ".join(
        a if a.rstrip().endswith(_SENTENCE_ENDS) else a.rstrip() + "." for a in answers if a.strip()
    )


def answer_groups(view: PlannedView, state: InterviewState) -> list[AnswerGroup]:
    """Answered turns grouped by the planned question they answer, in the order first asked."""
    groups: dict[str, AnswerGroup] = {}
    seen: list[str] = []
    rivals = plan_rivals(view)
    context = job_vocabulary(state)
    last: AnswerGroup | None = None
    given: list[tuple[Said, int]] = []  # each answer still standing, by group and turn, in order
    for turn in state.turns:
        if turn.answer is not None and turn.answer_kind in ("answer", "addition") and corrects(turn.answer):
            # "Sorry, I meant ...": what it corrects of an answer before is no longer the candidate's answer
            take_back(given, cleaned(turn.answer))
        if turn.answer is not None and turn.answer_kind == "addition" and last is not None:
            # "Oh, and also, about the keys ...": evidence for the question it adds to, not the one it was said to
            # (the first question's, when it names it: "going back to the first question, I also ...")
            clean = cleaned(turn.answer)
            to = next(iter(groups.values())) if adds_to_first(turn.answer) else last
            said_to(to, given, turn, clean)
            seen.append(clean)
            continue
        if turn.answer is None or turn.answer_kind != "answer":
            continue  # a request to clarify or the candidate's own question is never evidence
        clean = cleaned(turn.answer)
        found = question_for(view, turn)
        if found is not None:
            question, competency = found
            group = groups.get(question.id)
            if group is None:
                group = groups[question.id] = AnswerGroup(
                    question, competency, earlier=list(seen), context=context, rivals=rivals
                )
            said_to(group, given, turn, clean)
            last = group
        seen.append(clean)
    return list(groups.values())


@per_session
def cleaned(answer: str) -> str:
    """The answer neutralised (`guards.neutralise`): every later turn of the interview groups it again."""
    return neutralise(answer)[0]


def job_vocabulary(state: InterviewState) -> str:
    job = state.job
    return _vocabulary(job.title, job.description, job.requirements, tuple(job.skills_required))


@lru_cache(maxsize=256)
def _vocabulary(title: str, description: str, requirements: str, skills: tuple[str, ...]) -> str:
    """The job's words, read from its ad once per job (every turn groups the answers with them): it was once per
    interview, ~30 us of CPU in each session's first answer, when the first answers of many sessions arrive
    together (the load bench's first answers are its tail)."""
    return " ".join([title, plain_text(description), plain_text(requirements), *skills])


def plan_rivals(view: PlannedView) -> tuple[Rival, ...]:
    """The plan's job-knowledge questions: an answer that one of them fits clearly better than the question
    asked is about that question's competency, not the asked one's."""
    return _rivals(view.competencies, view.questions)


# Read from the plan's questions only, at every turn: kept for the session while its view's maps are the same
# objects (`plan_view.view_of`).
@per_session_by_identity
def _rivals(competencies: dict[str, Competency], questions: dict[str, PlannedQuestion]) -> tuple[Rival, ...]:
    names = {c.id: c.name for c in competencies.values()}
    # (the closing "what questions do you have for me?" measures nothing: it is no rival of any answer)
    return tuple(
        Rival(q, names.get(q.competency_id, q.competency_id))
        for q in questions.values()
        if question_kind(q) == "job_knowledge" and q.competency_id
    )


_GENERIC = frozenset({GENERIC_ANCHORS.one, GENERIC_ANCHORS.three, GENERIC_ANCHORS.five})


@dataclass(frozen=True, slots=True)
class _Sifted:
    """What the relevance check reads of a group's answers."""

    earlier: frozenset[str]  # sentences of the answers before the group's
    kept: list[str]  # each answer's evidence, without disclaimers, asides and repeats
    lexical: list[bool]  # each answer shares words with the question's topic
    carried: list[bool]  # each reply to a follow-up carries the answers before it on (`carried_on`)
    strict: list[bool]  # `lexical` with the strict reading of a story in the job's words


def _sifted(group: AnswerGroup) -> _Sifted:
    earlier = earlier_sentences(group.earlier)
    sifted = [sift(answer, earlier) for answer in group.answers]
    # a reply to a follow-up that asked for one real case is an account of an event, as a story question's is
    cases = [index > 0 and asks_for_case(asked) for index, asked in enumerate(group.asked)]
    lexical = [
        shares_topic(e, group.question, group.competency, group.context, case_asked=case)
        for e, case in zip(sifted, cases, strict=True)
    ]
    # A reply that tells another account after an answer on topic is held to the strict reading of a story.
    strict = [
        shares
        and (
            index == 0
            or shares_topic(e, group.question, group.competency, group.context, strict=True, case_asked=case)
        )
        for index, (shares, e, case) in enumerate(zip(lexical, sifted, cases, strict=True))
    ]
    return _Sifted(earlier, [e.text for e in sifted], lexical, carried_on(group, sifted), strict)


def baseline_judge(group: AnswerGroup) -> Judgement:
    """The assessment's judgement: only the answers of the group that address its question (by meaning,
    `relevance.check`) are evidence; each answer is checked on its own, so a follow-up answered about another
    topic drops out while the first answer stays."""
    return _judged(group, _sifted(group))


def judge_groups(groups: list[AnswerGroup], judge_group: Judge) -> dict[str, Judgement]:
    """Each group's judgement. The baseline's embeds the answers of every group first, together (a model run
    has a fixed cost that one run per question paid again and again); the vectors, and so the judgements, are
    the same."""
    if judge_group is not baseline_judge:
        return {group.key: judge_group(group) for group in groups}
    sifted = [_sifted(group) for group in groups]
    answers: list[str] = []
    plan: list[str] = []
    for group, read in zip(groups, sifted, strict=True):
        texts, planned = texts_to_embed(read.kept, group.question, group.competency, group.rivals, _GENERIC)
        answers += texts
        plan += planned
    with together(answers, plan):
        return {group.key: _judged(group, read) for group, read in zip(groups, sifted, strict=True)}


def _judged(group: AnswerGroup, sifted: _Sifted) -> Judgement:
    earlier, kept, lexical = sifted.earlier, sifted.kept, sifted.lexical
    verdicts = judge_answers(
        kept, lexical, group.question, group.competency, group.rivals, _GENERIC, sifted.carried, sifted.strict
    )
    relevant = [answer for answer, verdict in zip(group.answers, verdicts, strict=True) if verdict.addresses]
    if not relevant:
        reasons = [v.reason for text, v in zip(kept, verdicts, strict=True) if text]
        lexical_judgement = lexical_judge(group)
        # Nothing left after disclaimers, asides and repeats (judge() says which), or unsafe practice stated:
        # a red flag counts against the competency whatever the answer was about.
        if not reasons or lexical_judgement.red_flags:
            return lexical_judgement
        return Judgement(None, reason=reasons[0])
    judgement = judge(
        spoken_in_turn(relevant),
        group.question,
        group.competency,
        earlier,
        context=group.context,
        addressed=True,
        every_cap=True,  # the final judgement: the calibration's fit reads its cap
    )
    judgement = _with_probe_outcome(judgement, group, kept)
    return _with_unsafe_asides(judgement, [a for a, v in zip(kept, verdicts, strict=True) if not v.addresses])


def _with_probe_outcome(judgement: Judgement, group: AnswerGroup, kept: list[str]) -> Judgement:
    """A probe for the candidate's own account that drew none caps the answer (`probe_outcome`)."""
    if judgement.score is None or not probe_unanswered(group.asked, kept):
        return judgement
    cap = min(judgement.cap or PROBE_UNANSWERED_CAP, PROBE_UNANSWERED_CAP)
    if judgement.score <= cap:
        return replace(judgement, cap=cap)
    return replace(judgement, score=cap, cap=cap, reason="asked for an example or the steps taken, gave none")


def carried_on(group: AnswerGroup, sifted: list[Evidence]) -> list[bool]:
    """For each reply to a follow-up, whether it carries on the answers before it (`evidence.continues`): it
    then need not repeat the question's words."""
    return [
        index > 0 and continues(evidence, " ".join([*(e.text for e in sifted[:index]), group.asked[index]]))
        for index, evidence in enumerate(sifted)
    ]


def _with_unsafe_asides(judgement: Judgement, set_aside: list[str]) -> Judgement:
    """Unsafe practice stated in an answer that was set aside as off the question ("if production's screaming
    you bypass the interlock") still counts against the competency: a good answer to the follow-up does not
    wash it out."""
    if judgement.score is None or unsafe_flag() in judgement.red_flags:
        return judgement
    unsafe = next((sentence for text in set_aside if text and (sentence := unsafe_sentence(text))), None)
    if unsafe is None:
        return judgement
    # shown in its own words, as every red flag is: the hiring team sees what capped the score
    return replace(
        judgement, red_flags=[*judgement.red_flags, unsafe_flag()], quote=flag_quote(quoted(unsafe), [unsafe])
    )


def verdict_of(group: AnswerGroup) -> Judgement | tuple[Evidence, Topic]:
    """The answer group's per-turn verdict (`rubric_score.verdict`): the judgement when it is final (no evidence,
    or a red flag stated off the question), else the evidence and topic to grade (`rubric_score.grade`)."""
    # a follow-up that asked for one real case is answered by an account of an event (`asks_for_case`)
    case_asked = any(asks_for_case(asked) for asked in group.asked[1:])
    return verdict(
        group.text,
        group.question,
        group.competency,
        earlier_sentences(group.earlier),
        context=group.context,
        case_asked=case_asked,
    )


def lexical_judge(group: AnswerGroup) -> Judgement:
    """The per-turn (provisional) judgement: relevance by shared words only, no model call on the turn's path
    (`rubric_score.judge` on the group: its verdict, graded when it is evidence). The scorecard at the end is
    judged by `baseline_judge`."""
    seen = verdict_of(group)
    return seen if isinstance(seen, Judgement) else grade(seen, group.question)


def competency_score(judgements: list[Judgement]) -> int:
    """The baseline maps its answers' mean quality through the calibration (finer than averaging rounded
    scores); judgements without a quality (an LM's) average their scores. A cap on every answer caps it."""
    if all(j.quality is not None for j in judgements):
        score = active_calibration().score(sum(j.quality or 0.0 for j in judgements) / len(judgements))
    else:
        score = round(sum(j.score or 0 for j in judgements) / len(judgements))
    caps = [j.score or 5 for j in judgements if j.reason]
    if len(caps) == len(judgements):
        score = min(score, max(caps))
    return max(1, min(5, score))


def _entry(
    competency: Competency,
    view: PlannedView,
    groups: list[AnswerGroup],
    judged: dict[str, Judgement],
    used_quotes: set[str],
    put: frozenset[str] = frozenset(),
) -> ScorecardEntry:
    planned = [q for q in view.questions.values() if q.competency_id == competency.id]
    mine = [g for g in groups if g.question.competency_id == competency.id]
    scored = [(g, judged[g.key]) for g in mine if judged[g.key].score is not None]
    # the flagged answer's quote first: what needs a second look is what it says, not a sound answer beside it
    scored.sort(key=lambda pair: not pair[1].red_flags)
    basis = [judged[g.key] for g in scoring_groups(competency, groups) if judged[g.key].score is not None]
    flags = list(dict.fromkeys(f for g in mine for f in judged[g.key].red_flags))
    evidence = []
    for group, judgement in scored:
        # a quote backs one competency: one that another already cites (the same sentence, whatever its cut)
        # gives way to the group's next sentence that no competency cites
        quote = judgement.quote if judgement.quote and not cited(judgement.quote, used_quotes) else ""
        quote = quote or (fresh_sentence(group, used_quotes) if judgement.quote else "")
        if quote:
            used_quotes.add(quote)
            evidence.append(
                EvidenceQuote(quote=quote, turn_index=group.turn_indices[0], question_id=group.key)
            )
    score: int | None = None
    if basis:
        score = competency_score(basis)
        if flags:
            score = min(score, RED_FLAG_CAP)
    asked = {q for g in mine for q in [g.key]}
    coverage: CoverageStatus = "evidenced" if score is not None else "no_evidence" if mine else "not_asked"
    if coverage == "not_asked" and competency.id in put:
        # its question was put and the interview ended (or moved on) before an answer: it was asked
        coverage = "not_answered"
    note = ""
    if coverage == "no_evidence":
        reasons = sorted({judged[g.key].reason for g in mine if judged[g.key].reason})
        note = (
            "answered, but not evidence: " + "; ".join(reasons) if reasons else "answered, but not evidence"
        )
    anchors = planned[0].rubric.anchors if planned else (mine[0].question.rubric.anchors if mine else None)
    level = anchor_level(score)
    anchor = {1: anchors.one, 3: anchors.three, 5: anchors.five}[level] if anchors and level else ""
    return ScorecardEntry(
        competency_id=competency.id,
        name=competency.name,
        kind=competency.kind,
        score=score,
        rubric_level=level,
        anchor=anchor,
        evidence=evidence,
        red_flags=flags,
        coverage=coverage,
        questions_planned=len(planned),
        questions_asked=len(asked) or int(coverage == "not_answered"),
        answers=sum(len(g.answers) for g in mine),
        note=note,
    )


@dataclass(frozen=True, slots=True)
class Graded:
    """The scorecard and what it rests on: the answer groups and each one's final judgement."""

    scorecard: Scorecard
    groups: list[AnswerGroup]
    judged: dict[str, Judgement]


def build_scorecard(
    view: PlannedView,
    state: InterviewState,
    judge_group: Judge = baseline_judge,
    backend: Backend = "baseline",
) -> Scorecard:
    return graded_scorecard(view, state, judge_group, backend).scorecard


def graded_scorecard(
    view: PlannedView,
    state: InterviewState,
    judge_group: Judge = baseline_judge,
    backend: Backend = "baseline",
) -> Graded:
    """`build_scorecard` with the groups and judgements it read (`turn_grades` puts them on the turns)."""
    groups = answer_groups(view, state)
    judged = judge_groups(groups, judge_group)
    measured = view.measured()
    extra = [g.competency for g in groups if g.competency and g.competency.id not in {c.id for c in measured}]
    competencies = [*measured, *dict.fromkeys(c for c in extra if c is not None)]
    used: set[str] = set()
    put = frozenset(turn.competency_id for turn in state.turns if turn.competency_id)
    entries = [_entry(c, view, groups, judged, used, put) for c in competencies]
    # Quotes for scores pooled over the interview are picked last, from what no other competency quotes.
    entries = with_pooled_quotes(competencies, entries, groups, judged, used)
    evidenced = [e for e in entries if e.score is not None]
    evidence_answers = sum(1 for j in judged.values() if j.score is not None)
    enough = bool(measured) and 2 * len(
        [e for e in evidenced if e.competency_id in {c.id for c in measured}]
    ) >= len(measured)
    overall = None
    if enough and evidence_answers >= MIN_EVIDENCE_ANSWERS:
        overall = round(sum(e.score or 0 for e in evidenced) / len(evidenced), 1)
    scorecard = Scorecard(
        plan_version=view.version,
        plan_key=view.key,
        overall=overall,
        status="scored" if overall is not None else "insufficient_evidence",
        competencies_planned=len(measured),
        competencies_evidenced=len(evidenced),
        answers=sum(len(g.answers) for g in groups),
        competencies=entries,
        backend=backend,
    )
    return Graded(scorecard, groups, judged)


def session_assessment(scorecard: Scorecard) -> SessionAssessment:
    """The session's assessment: one score per competency (null without evidence) and the overall."""
    return SessionAssessment(
        overall=scorecard.overall,
        status=scorecard.status,
        competencies=[
            CompetencyScore(
                name=entry.name,
                competency_id=entry.competency_id,
                score=entry.score,
                rubric_level=entry.rubric_level,
                evidence=entry.evidence[0].quote if entry.evidence else "",
                red_flags=entry.red_flags,
            )
            for entry in scorecard.competencies
        ],
    )
