"""A job ad as pasted, read as a reader sees it: HTML made plain, split into its items (bullets, lines and
sentences), and its description split by its headings into what is asked of the candidate and what the job
does."""

from __future__ import annotations

import html
import re

from workbench.interviewer.planning.esco import plain_words, singular
from workbench.interviewer.planning.hiring_lead import without_hiring_lead
from workbench.interviewer.planning.lexicon import config, patterns, questions_config, verb_base

# A sentence ends at ". ", but not at an abbreviation's full stop ("a property management system (e.g. Opera)"),
# a whole word's ("MRCVS. 2+ years in practice" ends a sentence: its "VS." is no "vs.").
_ABBREVIATION_END = "".join(
    rf"(?<!\b{abbreviation})"
    for abbreviation in (r"e\.g\.", r"i\.e\.", r"etc\.", r"incl\.", r"inc\.", r"approx\.", r"vs\.")
)
# ... nor at a title's or a saint's ("St. Luke's is Idaho's only...", "Dr. Smith"): a one-word abbreviation
# before a capitalised name (a sentence that ends in the word "st" or "dr" does not occur)
_TITLE_END = "".join(
    rf"(?<!\b{title}\.)" for title in ("St", "Dr", "Mr", "Mrs", "Ms", "Mt", "Ft", "Jr", "Sr")
)
# Bullets as job boards and pasted ads write them, ticks, stars and arrows included ("✔ Take inbound calls").
BULLETS = "•·▪●◦‣✔✓✅☑★☆➤►▶→◆◇■□❖✱✦➢⁃"
_ITEM_SPLIT = re.compile(
    rf"\n+|(?<=[.;!?]){_ABBREVIATION_END}{_TITLE_END}\s+|\s*[{BULLETS}]\s*|(?:^|\n)\s*[-*–—]\s+",
    re.IGNORECASE,
)

# "Observability: metrics, logs, traces and SLOs": a heading and what it heads (`questions.yaml` `headings`).
# ("IT skills - Excel, routing software": a spaced dash after a few words heads a list as a colon does)
# (a colon between digits is a ratio or a time, "1:1 interventions", "9:30 starts", never a heading's)
HEADING = re.compile(r"^([^:,;]{2,40}?)(?:(?<!\d):|:(?!\d)|\s+[-–—]\s+(?=[^,;]+,))\s*(\S.*)$")


_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|li|ul|ol|br|div|h[1-6]|tr|td|section|article)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<\s*/?\s*[a-z][a-z0-9]*\b[^>]*>", re.IGNORECASE)


def plain_text(text: str) -> str:
    """A job pasted from a web page as HTML, as the lines a reader sees: block elements end lines, other tags
    go, entities are decoded ("<li>Keep HACCP logs</li>" -> "Keep HACCP logs"); a line written in capitals
    throughout reads as written in lower case."""
    if _ANY_TAG.search(text or ""):
        text = html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", text)))
    lines = (_unshouted(_unmarked(line)) for line in (text or "").split("\n"))
    return "\n".join(part for line in lines for part in _dash_list_on_one_line(line))


# A dash list pasted onto one line ("Duties: - install boilers - fit bathrooms - attend call-outs"): a spaced dash
# before a word, at least twice, after a heading's colon or at the line's start; "9am - 5pm" and one aside said
# between dashes ("a small team - come and join us") are no list.
_INLINE_DASH = re.compile(r"(?:(?<=:)|(?<=\w)|(?<=[.;,)]))\s+[-–—*]\s+(?=[A-Za-z])")
_MIN_INLINE_ITEMS = 2


def _dash_list_on_one_line(line: str) -> list[str]:
    """The line, or its heading and its items one a line ("Duties:", "- install boilers", "- fit bathrooms")."""
    marks = list(_INLINE_DASH.finditer(line))
    if len(marks) < _MIN_INLINE_ITEMS:
        return [line]
    head = line[: marks[0].start()].strip()
    first_item = re.match(r"[-–—*]\s+(?=[A-Za-z])", head) is not None  # "- install boilers - fit bathrooms"
    if not first_item and not head.endswith(":"):
        return [line]  # dashes inside prose: asides, not a list
    starts = [m.end() for m in marks]
    ends = [m.start() for m in marks[1:]] + [len(line)]
    items = [f"- {line[start:end].strip()}" for start, end in zip(starts, ends, strict=True)]
    return [head, *items]


# Markdown as job boards and chat tools paste it: "### What you'll do", "**Greet patients**", "*SOE Exact*"
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])")
# a numbered or lettered list ("1) Clean and service guest rooms", "2. Change linen", "(a) Restock"): a bullet
_NUMBERED = re.compile(
    r"^(\s*)(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\((?:i|ii|iii|iv|v|vi)\)|(?:i|ii|iii|iv|v|vi)\))\s+(?=\S)"
)


def _unmarked(line: str) -> str:
    """A line without its Markdown marks and with its list number as a bullet ("- Change linen")."""
    line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), _MD_HEADING.sub("", line))
    return _NUMBERED.sub(r"\1- ", line)


_SHOUTED_WORDS = 4  # a line of at least this many words, all in capitals, is shouted, not a run of acronyms


def _unshouted(line: str) -> str:
    """ "PICK AND PACK ORDERS, LOAD VEHICLES" -> "Pick and pack orders, load vehicles": capitals held down for a
    whole line say nothing of names (a word with a digit, "C1", "NVQ2", keeps them)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", line)
    if len(words) < _SHOUTED_WORDS or any(word != word.upper() for word in words):
        return line
    lowered = re.sub(r"\S+", _held_down, line)
    start = next((i for i, c in enumerate(lowered) if c.isalpha()), 0)
    return lowered[:start] + lowered[start : start + 1].upper() + lowered[start + 1 :]


# An acronym has no vowel more often than not ("RN", "CPR", "TB", "NHS", "DBS", "HGV"): no English word of a shouted
# line is written so, and "REPORT CHANGES TO THE RN" keeps its nurse ("the rn" is no word).
_NO_VOWEL = re.compile(r"^[^A-Za-z]*([B-DF-HJ-NP-TV-XZ]{2,5})[^A-Za-z]*$")
# (abbreviations of words, not acronyms: "24 HR SHIFTS" is hours, "ST" a street or a saint)
_SHORT_WORDS = frozenset(
    {"HR", "HRS", "ST", "MR", "MRS", "MS", "DR", "WK", "WKS", "PW", "PCM", "PH", "PM", "PT"}
)


def _held_down(match: re.Match[str]) -> str:
    """One word of a shouted line in lower case, but a code with a digit ("C1") or an acronym ("RN")."""
    word = match.group(0)
    acronym = _NO_VOWEL.match(word)
    if any(c.isdigit() for c in word) or (acronym and acronym.group(1) not in _SHORT_WORDS):
        return word
    return word.lower()


def ad_items(text: str) -> list[str]:
    parts = [part for part in _ITEM_SPLIT.split(plain_text(text)) if part and part.strip()]
    return [part.strip() for part in parts]


def _job_items(line: str) -> list[str]:
    """A line's items, each without a lead naming who hires whom (the duties after its colon stay)."""
    return [without_hiring_lead(item) for item in ad_items(line)]


def section_of(line: str) -> str | None:
    """The kind of section a heading line opens ("About you:" -> `requirements`, "<h3>Key responsibilities</h3>"
    -> `duties`, "What we offer" -> `other`), "" for a heading of no known kind, or None when the line is no
    heading."""
    bare = line.strip(" \t-*#" + BULLETS).lower().replace("’", "'").replace("'ll", " will")
    if len(bare.split()) > 6 or (line.rstrip().endswith(":") is False and bare.endswith((".", ","))):
        return None
    bare = re.sub(r"[^a-z& ]+", " ", bare)
    bare = re.sub(r"\s+", " ", bare).strip()
    sections: dict[str, list[str]] = questions_config()["sections"]
    for kind, headings in sections.items():
        if bare in headings:
            return kind
    if line.lstrip()[:1] in "-*" + BULLETS:
        return None
    # "About Maple Grove", "About Brightwell Housing": the employer's own blurb (not "about you" or "about the
    # role", listed above), whose "120-bed skilled nursing community" is no duty of the job
    if bare.startswith("about ") and len(bare.split()) <= 5 and not bare.endswith(("you", "role", "job")):
        return "other"
    return _section_by_words(bare)


def _section_by_words(bare: str) -> str | None:
    """A heading no list spells, read by its words ("essential duties and responsibilities" -> `duties`, "job
    summary" -> `duties`, "what you will bring" -> `requirements`): every word must be a heading word, so that
    an item such as "Strong Excel skills" stays an item."""
    words = set(bare.replace("&", " ").split())
    kinds: dict[str, list[str]] = questions_config()["section_words"]
    if not words or not words <= {word for group in kinds.values() for word in group}:
        return None
    for kind in ("duties", "other", "requirements", "other_weak", "duties_weak"):
        if words & set(kinds[kind]):
            return kind.removesuffix("_weak")
    return ""


def by_section(text: str, start: str = "") -> tuple[list[str], list[tuple[str, str]]]:
    """A pasted ad's description split by its headings: the lines under "About you:", "Requirements" or "What
    you'll need" state what is asked of the candidate (read as the requirements are), those under "What we offer"
    or "About us" are no job knowledge, and the rest are read for the duties they state; a line under a heading
    of duties (source `duties`) may name its duty as a noun phrase ("Month-end close"). `start`: the section
    the text opens in (a job's requirements field is read as requirements until a heading says otherwise, and
    its own headings, "Essential:" or "Desirable:", are no requirement)."""
    asked: list[str] = []
    duties: list[tuple[str, str]] = []
    section = start
    for line in text.splitlines():
        kind = section_of(line)
        if kind is not None:
            section = kind
            continue
        heading = HEADING.match(line.strip(" \t-*•"))
        heads = section_of(heading.group(1) + ":") if heading else None
        if heads == "other":
            continue  # "Perks: 40% staff discount, 28 days holiday inc. bank holidays."
        if heading and heads == "requirements":
            asked.extend(_job_items(heading.group(2)))  # "Requirements: CIPD Level 5; employment law"
        elif section == "requirements":
            asked.extend(_job_items(line))
        elif section != "other":
            duties.extend(duty for item in _job_items(line) for duty in _headed_duties(item, section))
    return asked, duties


def _headed_duties(item: str, section: str) -> list[tuple[str, str]]:
    """An item of a line as the duty it states; one that a heading of duties opens inside a paragraph ("... from
    instruction to completion. Duties: client ID and AML checks, reviewing contracts and title") is read as the
    lines under that heading are."""
    heading = HEADING.match(item)
    if heading and section_of(heading.group(1) + ":") == "duties":
        return [(item, "duties")]
    return [(item, "duties" if section else "description")]


def of_the_company(line: str, company: str) -> bool:
    """A line whose subject is the employer, by the first word of its name ("Brightpath builds ...")."""
    first = re.findall(r"[A-Za-z][\w&'-]*", company)[:1]
    return bool(first) and len(first[0]) > 2 and line.strip(" -*•").lower().startswith(first[0].lower() + " ")


def names_the_trade(topic: str, title: str) -> bool:
    """ "3+ years roofing experience" for a Roofer, "joinery" for a Site Joiner: the trade's own name for its
    work is the job itself, not a piece of its knowledge."""
    word = topic.lower().strip(" .")
    if " " in word or not word.endswith(("ing", "ry")):
        return False
    trades = [
        w.lower() for w in re.findall(r"[A-Za-z]{5,}", title) if w.lower().endswith(("er", "or", "ist"))
    ]
    return any(word.startswith(trade[:-2] if not trade.endswith("ist") else trade[:-3]) for trade in trades)


_HEADLINE_AFTER = frozenset(
    {"for", "at", "in", "on", "needed", "wanted", "required", "sought", "-", "–", "—"}
)


def headline(raw: str, title: str) -> bool:
    """A line that opens with the job's own name, said as a verb, and then the place it is for ("Cook for North
    Sea supply vessel", "Nurse for busy surgical ward"): the ad's headline, not a duty to cook or to nurse."""
    words = raw.strip(" \t-*•").split()
    head = re.sub(r"\s*[(\[].*?[)\]]", "", title).split()
    if len(words) < 2 or not head:
        return False
    first = words[0].strip(",.:").lower()
    if first == singular(head[-1].strip(",.:").lower()) and words[1].lower().strip(",.:") in _HEADLINE_AFTER:
        return True
    # "Leasing Consultant for a 320-unit luxury apartment community": the whole title opens the line, its first
    # word only looking like a verb ("lease Consultant for …" is no duty)
    opening = [singular(w.strip(",.:").lower()) for w in words[: len(head)]]
    return len(head) >= 2 and len(words) > len(head) and opening == [singular(w.lower()) for w in head]


_NOT_A_NAME = frozenset(
    {"we", "you", "i", "they", "our", "your", "are", "is", "am", "be", "will", "must", "can"}
)


def listed_work(item: str, title: str) -> tuple[list[str], bool]:
    """The pieces of work a line lists as bare noun phrases ("Accounts Payable Clerk - 3 way matching, supplier
    statement reconciliations, payment runs"), and whether the job's own title heads them; no pieces for any
    other line (a sentence with a verb or a subject, a list of two, a long part)."""
    parts, by_title, _ = _work_list(item, title)
    return parts, by_title


def mixed_work_list(item: str) -> list[str]:
    """The parts of a line that lists activities and bare names of work together ("Serving customers on the till,
    Challenge 25, stacking shelves, date checks, cashing up"): one piece of work a part; [] for any other line."""
    parts, _, mixed = _work_list(item, "")
    return parts if mixed else []


MAX_NAME_WORDS = 5  # the most words of a bare name of work in a list ("supplier statement reconciliations")
MAX_ACTIVITY_WORDS = 10  # the most of an activity listed among names of work ("building relationships with NHS trusts and private care providers")


def _work_list(item: str, title: str) -> tuple[list[str], bool, bool]:
    """The line's pieces of work, whether the title heads them, and whether they mix activities and names."""
    heading = HEADING.match(item.strip(" \t-*•"))
    text = item.strip(" \t-*•.")
    by_title = bool(heading) and _plain(heading.group(1) if heading else "") == _plain(title)
    if heading and (by_title or not _a_duty_with_object(heading.group(1))):
        # the list after a label is the work ("360 recruitment desk: business development, building relationships
        # ..., negotiating rates"): the label is no part of its first piece
        text = heading.group(2).strip(" .")
    # ("Milking a 300-cow herd (3x a day, 40-point rotary), calving, ...": an aside's commas list no work)
    parts = [part.strip() for part in re.split(r",\s*(?:and\s+)?", _ASIDE.sub("", text)) if part.strip()]
    if len(parts) < 3:
        return [], False, False
    mixed = _mixes_activities_and_names(parts)
    # a name of work is a few words; an activity in a list that mixes both may say what it is done to ("Litter
    # picking, emptying litter bins, ..., clearing fly-tipping and reporting hazardous waste"), unless names end the
    # list: "fitting carpets with gripper and underlay, fitting vinyl, LVT and laminate" lists what is fitted
    long_activities = mixed and _gerund(parts[-1].split()[0].lower())
    if any(
        len(part.split())
        > (MAX_ACTIVITY_WORDS if long_activities and _gerund(part.split()[0].lower()) else MAX_NAME_WORDS)
        for part in parts
    ):
        return [], False, False
    for index, part in enumerate(parts):
        words = part.lower().split()
        # ("cash flow management" opens with a noun compound, not with the verb "cash")
        compound = " ".join(words[:2]) in config()["verbs"]["noun_compounds"]
        led_by_verb = verb_base(words[0]) == words[0] and not (index and part[:1].isupper()) and not compound
        if _NOT_A_NAME & set(words) or led_by_verb or (_gerund(words[0]) and not mixed):
            # "manage the ledger, ...", "bathing, drying, ...": duties with their verbs
            return [], False, False
    return parts, by_title, mixed


_LIST_HEADING = re.compile(r"^\s*([^:,;]{2,60}?):\s+(\S.*)$")
# a verb and its object at least: "Maintain formal gardens: mowing, ..." is a duty with examples
MIN_DUTY_WORDS = 3


def _a_duty_with_object(head: str) -> bool:
    """Whether the part before a colon or a dash is a duty with its object ("Help customers with personal care",
    "Maintain formal gardens"), not a heading, a title or a few words: what follows it are its examples."""
    words = head.split()
    # ("Service, repair and install commercial refrigeration: cold rooms, ...": a verb series opens it)
    return len(words) >= MIN_DUTY_WORDS and verb_base(words[0].lower().rstrip(",")) is not None


def _a_kind_of_work(head: str) -> bool:
    """A heading that is a trade's name for a kind of its work ("Second fix: hanging doors, skirting and
    architrave"): the list after it is what that work covers, no duties of its own (skirting is not hung)."""
    return head.strip().lower() in config()["verbs"]["kinds_of_work"]


def without_list_heading(line: str) -> str:
    """The duties a line lists after its heading ("General labourer for a busy building site: loading out
    materials, keeping the site tidy, digging", "Purchase ledger: matching invoices to POs, supplier statement
    reconciliations, weekly payment runs"); a duty with its examples after the colon ("Maintain formal gardens
    and grounds of a country estate: mowing, pruning") and any other line are left whole."""
    match = _LIST_HEADING.match(line)
    if match is None:
        return line
    head, rest = match.group(1), match.group(2)
    if _a_duty_with_object(head) or _a_kind_of_work(head):
        return line
    first = rest.split()[0].strip(",.").lower()
    return rest if verb_base(first) is not None or mixed_work_list(rest) else line


_ASIDE = re.compile(r"\s*\([^()]*\)")


def _mixes_activities_and_names(parts: list[str]) -> bool:
    """Some parts open with a gerund and some name work bare ("Challenge 25" named mid-list is a name, not a
    verb): such a list is a list all the same, though its gerunds would otherwise read as duties with verbs."""
    led = [_gerund(part.lower().split()[0]) for part in parts if part.split()]
    return any(led) and not all(led)


def _gerund(word: str) -> bool:
    return word.endswith("ing") and verb_base(word) is not None


def _plain(text: str) -> str:
    return " ".join(plain_words(text))


# A duty's examples after a dash or a colon: "Help customers with personal care - washing, dressing, toileting"
_EXAMPLES = re.compile(r"\s+[-–—]\s+|:\s+")
MAX_EXAMPLE_WORDS = 3  # each example is a word or a short phrase ("washing", "getting dressed")


def without_examples(item: str) -> str:
    """A duty without the list of examples it ends with ("Help customers with personal care - washing, dressing,
    toileting" is about personal care; its gerunds are no duties of their own, and cutting at their commas left
    "help customers with personal care - washing"). A line whose part before the dash is no duty with its
    object (a heading, a title, a few words) is left whole."""
    parts = _EXAMPLES.split(item.strip(" \t-*•"), maxsplit=1)
    if len(parts) < 2 or not _a_duty_with_object(parts[0]):
        return item
    examples = [
        e for e in re.split(r",\s*(?:and\s+|or\s+|etc\.?\s*)?|\s+(?:and|or)\s+", parts[1].strip(" .")) if e
    ]
    if len(examples) < 2 or any(len(example.split()) > MAX_EXAMPLE_WORDS for example in examples):
        return item
    return parts[0]


def as_statement(item: str) -> str | None:
    """An ad's item as a statement of what it asks: a question to the reader is the ad's hook ("No experience?",
    "Are you passionate about great food?") and states nothing (None), unless it asks for something ("Do you have
    experience of cask ale?" asks for "experience of cask ale", `asks_reader_for`)."""
    if not item.rstrip().endswith("?"):
        return item
    wanted = re.match(
        str(questions_config()["asks_reader_for"]), item.strip(" \t-*" + BULLETS), re.IGNORECASE
    )
    return wanted.group("wanted") if wanted else None


def in_turn(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for index in range(max(len(first), len(second))):
        merged += first[index : index + 1] + second[index : index + 1]
    return merged


def listed_duties(item: str) -> list[str]:
    """ "Duties include chairside assistance, decontamination of instruments, preparing the surgery and
    maintaining patient records" lists its duties as a series: each part is one (split at the commas, and at
    an "and" that a verb follows)."""
    match = re.match(questions_config()["duty_list"], item.strip(" \t-*•"), re.IGNORECASE)
    if match is None:
        return [item]
    rest = item.strip(" \t-*•")[match.end() :].strip(" :")
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?", rest) if p.strip()]
    if len(parts) < 2:
        return [item]
    split: list[str] = []
    for part in parts:
        pieces = re.split(r"\s+and\s+(?=(\w+)\b)", part)
        # re.split keeps the captured verb: ["reception cover", "maintaining", "maintaining patient records"]
        chunks = [pieces[0]]
        for verb, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if verb_base(verb) is not None:
                chunks.append(piece)
            else:
                chunks[-1] = f"{chunks[-1]} and {piece}"
        split.extend(chunks)
    return split


def without_lead(item: str) -> str:
    """The item without the lead-ins of a job ad ("You will be responsible for", "Strong knowledge of")."""
    lead, _, _ = patterns()
    item = re.sub(r"\s+", " ", item).strip(" \t-*•.;:,")
    while True:
        shorter = lead.sub("", item, count=1).strip(" ,:")
        if shorter == item or not shorter:
            return item
        item = shorter


# A gloss in brackets: the abbreviation of the words before it ("ship-to-shore (STS) gantry cranes", "unvented
# cylinders (G3)") or the words of the abbreviation before it ("EICRs (Electrical Installation Condition Reports)")
_CODE_GLOSS = re.compile(r"\s*\(([A-Z][A-Z0-9&]*[A-Z0-9]s?)\)(?=[\s,.;:!?]|$)")
_EXPANSION_GLOSS = re.compile(r"\b([A-Z][A-Za-z]*[A-Z])s?\s*\(((?:[A-Za-z][\w-]*\s*){2,8})\)")
_GLOSS_FILLERS = frozenset(["of", "and", "&", "the", "for", "to", "in", "on"])


def without_glosses(text: str) -> str:
    """The ad's text without the glosses in brackets that say a name twice. A duty was cut at the bracket ("Operate
    ship-to-shore (STS) Gantry Cranes ..." read "operate ship-to-shore"), and the duty after it in the line lost
    ("Install unvented hot water cylinders (G3) and fit thermostatic mixing valves" kept only the first). Other
    asides ("(Manhattan)", "(ISIA preferred)", "(including controlled drugs)") are read as before."""

    def expansion(match: re.Match[str]) -> str:
        words = [w for w in match.group(2).split() if w.lower() not in _GLOSS_FILLERS]
        initials = "".join(w[0] for w in words).upper()
        if initials != match.group(1).upper():
            return match.group(0)
        return match.group(0)[: match.group(0).index("(")].rstrip()

    def code(match: re.Match[str]) -> str:
        return "" if _a_code(match.group(1), text[: match.start()]) else match.group(0)

    return _EXPANSION_GLOSS.sub(expansion, _CODE_GLOSS.sub(code, text))


MAX_CODE_LETTERS = 5  # "(STS)", "(COSHH)", "(HACCP)": longer capitals name a thing of their own ("VLOOKUPs")


def _a_code(gloss: str, before: str) -> bool:
    """Whether capitals in brackets are a code that says again what comes before them ("(G3)", "(STS)", the
    initials of "Reporting of Injuries, Diseases and Dangerous Occurrences Regulations (RIDDOR)"), not a name
    that says what the skill covers: "Good Excel (VLOOKUPs)" asks for VLOOKUPs, no bare "Excel"."""
    letters = gloss.removesuffix("s")
    if len(letters) <= MAX_CODE_LETTERS or any(char.isdigit() for char in letters):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", before) if w.lower() not in _GLOSS_FILLERS]
    return "".join(w[0] for w in words[-len(letters) :]).upper() == letters.upper()
