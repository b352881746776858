"""What a title's and an ESCO label's words say of a role's setting: the settings a label may put before a role
("hotel security officer"), whether the job says a word (or its initials), and whether a label says the title's
phrase as a role of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.interviewer.planning import esco
from workbench.interviewer.planning.esco import plain_words, tokens
from workbench.interviewer.planning.lexicon import config
from workbench.models import JobDetails


def names_setting_unsaid_by(entry: esco.EscoEntry, job_words: set[str]) -> bool:
    """Whether the occupation's own name says a setting that no word of the job begins like ("rail" of
    "railway", "fish" of "fishing" say theirs)."""
    name = words(" ".join(tokens(entry.label)[:-1]))
    own = name & setting_words()
    # (a word of its own name that ESCO names only in that setting says it: a salmon hatchery is aquaculture's,
    # as every occupation named "hatchery" is an *aquaculture hatchery* one)
    implied = {setting for word in (name - own) & job_words for setting in _settings_implied_by(word)}
    return any(not any(word.startswith(setting[:4]) for word in job_words) for setting in own - implied)


def files_own_place(entry: esco.EscoEntry, phrase: str) -> bool:
    """Whether the occupation files the phrase right after its own name, as another name for the same role in
    another place ("restaurant manager bar manager"): the phrase's kind is a place the occupation's own covers."""
    return entry.labels.lower().startswith(f"{entry.label.lower()} {phrase}") and len(phrase.split()) >= 2


@lru_cache(maxsize=1)
def _implied_settings() -> dict[str, frozenset[str]]:
    """For each word of the occupations' own names, the settings every own name saying it says too, when two or
    more say it (one name alone is no usage: "site" of *aquaculture site supervisor*)."""
    settings = setting_words()
    found: dict[str, frozenset[str]] = {}
    names: dict[str, int] = {}
    for entry in esco.occupations().entries:
        name = words(entry.label)
        for word in name - settings:
            found[word] = found.get(word, frozenset(name & settings)) & (name & settings)
            names[word] = names.get(word, 0) + 1
    return {word: implied for word, implied in found.items() if implied and names[word] >= 2}


def _settings_implied_by(word: str) -> frozenset[str]:
    return _implied_settings().get(word, frozenset())


def setting_words() -> set[str]:
    """The words that name a setting (`label_settings`), singular as `words` gives them ("fishery")."""
    return {esco.singular(word) for word in config()["questions"]["label_settings"]}


def names_place(text: str, word: str) -> bool:
    """Whether the text names the setting word as a place, after an article or possessive ("clean the kitchen";
    not "we will train you")."""
    place = rf"\b(?:the|a|an|our|your|their|its|this)\s+{re.escape(word)}s?\b"
    return re.search(place, text, re.IGNORECASE) is not None


def said_as_initials(name: list[str], job_words: set[str]) -> set[str]:
    """The words of a name that the job says by three initials or more: "computer numerical control" of *computer
    numerical control machine operator* for a "CNC Machinist"."""
    said: set[str] = set()
    for start in range(len(name)):
        for end in range(start + 3, min(len(name), start + 5) + 1):  # (two letters say too little: "UI")
            if "".join(word[0] for word in name[start:end]) in job_words:
                said |= {esco.singular(word) for word in name[start:end]}
    return said


def words(text: str) -> set[str]:
    """The text's words, singular: how titles, labels and the job's text are compared."""
    return {esco.singular(word) for word in tokens(text)}


_SAME_STEM = 7  # letters two words must share to be the same word ("electrical", "electricians")


# A short word said in a form made from it: a "brokerage" speaks of brokers, "brokering" of the work.
_MADE_FROM = re.compile(r"(?:age|ing|ed)")


def said_by_job(said: set[str], job_words: set[str]) -> bool:
    """Every word is the job's, shares its first letters with a word of the job's, or is said in a form made
    from it ("broker" by "brokerage")."""
    stems = {word[:_SAME_STEM] for word in job_words if len(word) >= _SAME_STEM}
    return all(
        word in job_words
        or (len(word) >= _SAME_STEM and word[:_SAME_STEM] in stems)
        or _made_from(word, job_words)
        for word in said
    )


def _made_from(word: str, job_words: set[str]) -> bool:
    return len(word) >= 5 and any(
        other.startswith(word) and _MADE_FROM.fullmatch(other[len(word) :]) for other in job_words
    )


def says_as_its_own(said: re.Pattern[str], entry: esco.EscoEntry, phrase: str, job_words: set[str]) -> bool:
    """Whether the labels say the phrase as a role of its own, not only after a rank that makes it another
    role (*police commissioner* lists "chief police constable", *police officer* lists "police constable") or
    after a setting the job never speaks of ("hotel security officer", "IT security officer", "youth security
    officer": a plain Security Officer guarding an office is none of them). A setting is a word of the
    occupation's own name ("ICT" of *chief ICT security officer*) or one of `label_settings`: the word before
    the phrase may otherwise end the label before it ("custodian super office cleaner")."""
    ranks = set(config()["questions"]["label_ranks"]) - set(phrase.split())
    own_kind = words(" ".join(tokens(entry.label)[:-1]))  # "chief ICT" of *chief ICT security officer*
    places = (setting_words() | own_kind) - words(phrase)
    # the labels open with the preferred label: the phrase right after it starts a label of its own ("kitchen
    # assistant kitchen worker": a Kitchen Worker is a *kitchen assistant*, though "assistant" may be a rank)
    after_own = len(entry.label)
    return any(
        match.group(1) is None
        or match.start(1) + len(match.group(1)) == after_own
        or (
            match.group(1)
            not in _JOINING_WORDS  # "data protection and security officer": a label no role ends
            and match.group(1) not in ranks
            and not (esco.singular(match.group(1)) in places and not said_by_job({match.group(1)}, job_words))
        )
        for match in said.finditer(entry.labels.lower())
    )


_JOINING_WORDS = frozenset({"and", "or", "of", "in", "for", "with"})


def adds_a_lead(entry: esco.EscoEntry, title: str) -> bool:
    """Whether the occupation's own name is the title's role with a leading or teaching role (`leading_roles`)
    added, for a title that names none: *lifeguard instructor* for a Pool Lifeguard, whose ad says "lifeguard"
    often enough to rank it first (not *product development manager* for a Product Designer: another role)."""
    leading = set(config()["questions"]["leading_roles"])
    own = words(entry.label)
    added = (own - words(main_part(title))) & leading
    phrase = r"\s+".join(map(re.escape, plain_words(main_part(title))))
    # (ESCO files the title itself among its labels, with no lead after it: "sous chef" of *head chef*)
    unled = any(
        not (found.group(1) and esco.singular(found.group(1)) in leading)
        for found in re.finditer(rf"(?<![a-z0-9]){phrase}s?(?:\s+([a-z]+))?", entry.labels.lower())
    )
    return bool(added) and head_noun(title) in own and not words(title) & leading and not unled


def follower(
    job: JobDetails, ranked: list[tuple[esco.EscoEntry, float]], share: float
) -> tuple[esco.EscoEntry, float]:
    """The best close match (within `share` of the best) that `follows` the title, else the best."""
    close = share * ranked[0][1]
    return next((m for m in ranked if m[1] >= close and follows(m[0], job)), ranked[0])


def follows(entry: esco.EscoEntry, job: JobDetails) -> bool:
    """Whether the occupation's own name shares a word with the title (written as one or two: *life guard* for a
    Pool Lifeguard) and adds no leading role to it."""
    title = words(main_part(job.title))
    joined = re.sub(r"[\s-]", "", entry.label.lower())
    shares = bool(words(entry.label) & title) or any(len(word) >= 5 and word in joined for word in title)
    return shares and not adds_a_lead(entry, job.title)


def head_noun(title: str) -> str:
    """The title's role noun: the last word of its main part, singular ("nurse" of "Registered Nurse - ICU")."""
    said = tokens(main_part(title))
    return esco.singular(said[-1]) if said else ""


def main_part(title: str) -> str:
    """The title without what follows its role: "Registered Nurse - ICU", "Personal Assistant to the CEO", and
    without a pay grade after it ("Midwife Band 5/6", "Paramedic Band 6": the role is the midwife's)."""
    main = re.split(r"\s[-–—|/(,]|\(|,|\s(?:to|for) (?:the|our|a)\s", title, maxsplit=1)[0]
    return _TRAILING_GRADE.sub("", main) or main


# "Band 5/6", "Grade 4", "Level 3", "AfC Band 7" after the role: a grade of the post, not a word of the role
_TRAILING_GRADE = re.compile(
    r"\s+(?:(?:afc\s+)?(?:band|grade|level|tier|step|scale)\s*\d+[a-z]?(?:\s*(?:/|-|–|&|to|or)\s*\d+[a-z]?)?"
    # (a grade in roman numerals: "Public Safety Dispatcher II" is a dispatcher's, whose role noun "ii" was none)
    r"|I{1,3}|IV)\s*$",
    re.IGNORECASE,
)


def said_by_labels(
    phrase: str,
    ranked: list[tuple[esco.EscoEntry, float]],
    share: float,
    best: float | None = None,
    job_words: set[str] | None = None,
    context: set[str] | None = None,
) -> tuple[esco.EscoEntry, float] | None:
    """The best close match whose labels say the phrase as a role of its own; `context`, the words that say
    which settings the job is in (by default `job_words`, or the phrase's own for a bare title)."""
    said = re.compile(rf"(?<![a-z0-9])(?:([a-z]+) )?{re.escape(phrase)}s?(?![a-z0-9])")
    best = ranked[0][1] if best is None else best
    context = context or (job_words if job_words is not None else words(phrase))
    named = [(e, s) for e, s in ranked if s >= share * best and says_as_its_own(said, e, phrase, context)]
    # an occupation whose own name says a setting the job never speaks of ("food safety inspector", one of whose
    # labels is "quality inspector", for an automotive factory's Quality Inspector) is that setting's, when
    # another says the phrase too
    if job_words is not None:  # (a bare title says too little to rule a setting out)
        named = [(e, s) for e, s in named if not names_setting_unsaid_by(e, job_words)] or named
    # a label that adds a leading role to the title's phrase ("cabin crew manager", "machine operator supervisor"
    # for a Machine Setter) is another job
    leading = set(config()["questions"]["leading_roles"])
    named = [(e, s) for e, s in named if not (words(e.label) - words(phrase)) & leading]
    # ... and a title that leads ("Care Home Manager") is not named by an occupation whose own name leads no one
    if phrase.split()[-1] in leading:
        named = [(e, s) for e, s in named if words(e.label) & leading]
    # an occupation whose own name says the phrase with words the job never says is another trade's
    named = [
        (e, s) for e, s in named if not said.search(e.label.lower()) or _says_no_more(e, phrase, job_words)
    ]
    # of the occupations whose own names say it, the one that adds the fewest words to it: a Hotel Room Attendant
    # is the *room attendant*, not the *locker room attendant* BM25 ranks a shade higher
    own = sorted(
        [(e, s) for e, s in named if said.search(e.label.lower())],
        key=lambda match: len(words(match[0].label) - words(phrase)),
    )
    # several occupations file the phrase among their other labels ("court usher" is a label of *court clerk*,
    # *court bailiff* and the theatre's *usher*): one whose own name says the title's qualifier ("court") is
    # the title's, not one whose own name is the role noun alone
    qualifiers = words(phrase) - words(phrase.split()[-1])
    if any(words(e.label) & qualifiers for e, _ in named):
        named = [(e, s) for e, s in named if words(e.label) != words(phrase.split()[-1])]
    chosen = own or named
    return chosen[0] if chosen else None


def _says_no_more(entry: esco.EscoEntry, phrase: str, job_words: set[str] | None) -> bool:
    """Whether the words an occupation's own name adds to the title's phrase are the job's: a Process
    Operator offshore is no *milk heat treatment process operator*, whose name says "process operator" too.
    A bare title (no text to check) takes the name as it is."""
    extra = words(entry.label) - words(phrase)
    return job_words is None or said_by_job(extra, job_words)


def said_by_one_occupation(
    phrase: str, ranked: list[tuple[esco.EscoEntry, float]], share: float, job_words: set[str]
) -> tuple[esco.EscoEntry, float] | None:
    """The one occupation of all ESCO whose labels say the title's phrase as a role of its own: "highways
    operative" is a label of *road maintenance worker* alone, which is a Highways Operative's occupation though
    the ad never says "road" (a phrase that several occupations file, "site manager", is read by what the job
    says of each one's own name). Not one that names a setting the job never speaks of, nor one that leads
    when the title does not (or the other way round)."""
    said = re.compile(rf"(?<![a-z0-9])(?:([a-z]+) )?{re.escape(phrase)}s?(?![a-z0-9])")
    owners = [entry for entry in esco.occupations().entries if said.search(entry.labels.lower())]
    if len(owners) != 1:
        return None
    entry = owners[0]
    leading = set(config()["questions"]["leading_roles"])
    # ("executive" before a role noun leads it: an Executive Housekeeper heads housekeeping, and ESCO files the
    # phrase under *housekeeping supervisor* alone)
    leads = bool(words(phrase) & leading) or "executive" in phrase.split()[:-1]
    if (
        not says_as_its_own(said, entry, phrase, job_words)
        # (a setting the job never says, unless the label files the title's own place for it: "bar manager" of
        # *restaurant manager*, whom a Bar Manager's ad never calls a restaurant's)
        or (names_setting_unsaid_by(entry, job_words) and not files_own_place(entry, phrase))
        or (bool((words(entry.label) - words(phrase)) & leading) and not leads)
        or (phrase.split()[-1] in leading and not words(entry.label) & leading)
    ):
        return None
    best = ranked[0][1] if ranked else 0.0
    return next(((e, s) for e, s in ranked if e is entry and s >= share * best), None)
