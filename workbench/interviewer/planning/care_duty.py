"""A resume line that tells care work done for other people is quotable in a resume probe, though it holds words
the question guard reads as health, pregnancy or childcare ("Supported 12 clients with personal care and
medication prompts", "Cared for pregnant ewes during lambing", "Maternity Support Worker, Royal Infirmary,
2019-2023", "Level 3 Diploma in Childcare"); a line of the candidate's own time away never is ("Maternity leave
2019-2020", "Took 6 months off for cancer treatment").

Decided only here, where resume probes choose their line: the question guard (`guards.guard_question`,
`guards.protected_topic`) is unchanged for every question, and a probe masks only the line it quotes, which was
read here first. A line qualifies when every health, pregnancy or childcare word in it is held by the people of
the work ("clients with ... medication", "patients' medication", "adults with learning disabilities"), reaches
them ("medication to 30 residents", "pregnant ewes"), names the work ("medication prompts", "maternity ward",
"Childcare Practitioner"), is what a duty gives ("Administered medication and insulin") or a course's subject
("Diploma in Childcare"); and the line holds no word of the candidate's own (I, my, own, leave, time off,
recovering ...) and no other protected topic.
"""

from __future__ import annotations

import re

from workbench.interviewer.guards import protected_disclosure, protected_topic
from workbench.interviewer.people import alternation

_TERM = (
    r"(?:medications?|medicines?|mental health|(?:medical|health) (?:conditions?|issues?|problems?|needs)"
    r"|illness(?:es)?|chronic (?:conditions?|illness(?:es)?|pain)|therap(?:y|ies)|depression|wheelchairs?"
    r"|disabilit(?:y|ies)|pregnan(?:t|cy|cies)|maternity|paternity|childcare)"
)
_OTHERS = alternation("care_lines")  # the people of the work (`people_of_the_work.json`)
_WORK_NOUN = (
    r"(?:prompts?|rounds?|administration|records?|charts?|errors?|audits?|training|competenc\w+|trolleys?"
    r"|cabinets?|reconciliation|first aid|nurs\w*|wards?|units?|suites?|practitioners?|workers?|assistants?"
    r"|support workers?|awareness|settings?|providers?|centres?|centers?|nurser(?:y|ies)|teams?|services?|trust"
    r"|clinics?|diplomas?|qualifications?|certificates?|apprenticeships?|sector|reviews?)"
)
_CARE_VERB = (
    r"(?:administer\w*|dispens\w*|prescrib\w*|prompt\w*|gave|giving|reconcil\w*|order\w*|stock\w*|check\w*"
    r"|record\w*|document\w*|chart\w*|audit\w*|monitor\w*|review\w*|deliver\w*|supported|assisted|cared for)"
)
_FIELD = r"(?:diploma|certificate|nvq|degree|course|qualification|award|apprenticeship|level \d|cache|bsc|ba)"
_WORDS = r"(?:[\w'’&-]+\s+)"
_DUTY_SPAN = re.compile(
    rf"\b{_TERM}\s+{_WORK_NOUN}\b"  # "medication prompts", "maternity ward", "Childcare Practitioner"
    # "clients with personal care and medication prompts", "patients' medication", "adults with learning
    # disabilities", "residents on medication"
    rf"|\b{_OTHERS}(?:\s+[\w-]+){{0,3}}?(?:['’]s?\s+|\s+(?:with|on|in|of|for|needing|requiring|receiving|taking|living with"
    rf"|who have)\s+){_WORDS}{{0,4}}?{_TERM}\b"
    # "medication to 30 residents", "pregnant ewes" (not "childcare for two children": whose?)
    rf"|\b(?!childcare){_TERM}\s+(?:(?:to|for|of|among|across)\s+{_WORDS}{{0,2}}?)?{_OTHERS}\b"
    rf"|^{_CARE_VERB}\s+{_WORDS}{{0,2}}?{_TERM}\b"  # "Administered medication and insulin"
    rf"|\b{_FIELD}\s+(?:in|of|on)\s+{_WORDS}{{0,3}}?{_TERM}\b",  # "Diploma in Childcare"
    re.IGNORECASE,
)
# The candidate's own: the first person, their time away, their recovery or diagnosis
_OWN = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|mine|myself|own|you|your|leave|sabbatical|career break|time off|off sick|off work"
    r"|(?:months?|years?|weeks?) off|recover(?:ing|ed|y)|diagnosed)\b",
    re.IGNORECASE,
)
# Topics a line of care work may touch through the work's own words; no other (age, religion, origin ...)
_CARE_TOPICS = frozenset({"health", "pregnancy", "family"})


def own_time_away(line: str) -> bool:
    """A resume line of the candidate's own leave, time away or health ("Parental leave 2022", "Career break
    2017-2019 raising my children", "Took 6 months off for cancer treatment", "Living with MS since 2018"):
    never quoted, whatever its words."""
    return _TIME_AWAY.search(line) is not None or protected_disclosure(line)


_TIME_AWAY = re.compile(
    r"^(?:living with|lived with|recovering from|survived|beat|battled|overcame|undergoing|underwent)\b"
    r"|\b(?:career break|sabbatical|time off|(?:months?|years?|weeks?) off|off sick|off work"
    r"|(?:maternity|paternity|parental|adoption|sick|medical|compassionate|carer'?s) leave"
    r"|recover(?:ing|ed|y) from|diagnosed with|(?:cancer|chemo\w*|radiotherapy) treatment)\b",
    re.IGNORECASE,
)


def care_duty(line: str) -> bool:
    """Whether a resume line the question guard flags tells care work done for others (see the module)."""
    topic = protected_topic(line)
    if topic not in _CARE_TOPICS or _OWN.search(line) or own_time_away(line):
        return False
    masked = _DUTY_SPAN.sub(" ", line)
    return masked != line and protected_topic(masked) is None
