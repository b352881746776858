"""Fewer regex scans of a text checked against a list of patterns: one union scan as a prefilter, or a
prefilter on the literal words every match must contain.

`union`: one regular expression that matches wherever any of several would: one scan of a text instead of one
per pattern, before the per-pattern loop that says which one matched. Most texts match none of a list of
patterns (e.g. the protected topics a question must not touch), so a prefilter that finds nothing ends the
check after one call. Measure before using it: a union loses each member's own literal-prefix scan, and for a
list of long word alternations (requests to clarify, unsafe practice) the plain loop was faster. It never
changes a result: the union finds a match in a text exactly when one of its members does (the members are
wrapped in non-capturing groups, share their flags, and may not use numbered backreferences or named groups,
which a union would renumber or duplicate).

`LiteralPrefilter`: most patterns cannot match without some literal text ("skip", "by eye", "from memory");
`necessary_literals` reads those from the parsed pattern, and one scan of the lowercased text for all of them
(a case-sensitive alternation of plain strings, far cheaper than the patterns themselves) says which patterns
could match at all. Only those are then searched, each exactly as before, so results never change: a pattern
left out has no match in the text. It is used only on text that `foldable` accepts (ASCII, and characters
without case such as "—" or "’"), where a case-blind match of a literal implies the lowercased text contains the
lowercased literal; any other text gets every pattern.

`CaseBlind`: a case-blind pattern costs about twice a case-sensitive one (every character is compared through
its case). On ASCII text, a case-blind pattern whose letters are all lowercase (and whose classes hold a
capital only with its small letter) takes exactly the same steps, character by character, as the same pattern
case-sensitive on the lowercased text: each comparison gives the same answer, and lowercasing ASCII keeps every
position. A non-ASCII character without case (a dash, "—") may be in it: the compiler matches such a
character as itself whatever the flags. A text may hold such characters too (`foldable`: a curly apostrophe,
the dash of the interviewer's own questions): each is compared as itself either way, and lowercasing leaves
it where it was. So it counts and finds there on the lowercased text; other text ("é", "İ", the Kelvin sign), or a pattern that cannot be shown to qualify (a capital letter, a backreference, a flag switched inside), is matched as it always was. Before the
scan, a pattern with a short list of necessary literals looks for them (`in` on the lowercased text): most
answers hold no "sorry", no "rate me", no "as an ai", and then there is nothing to scan.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P[<=]")


def union(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """The alternation of `patterns` (all compiled with the same flags)."""
    members = list(patterns)
    if not members:
        return re.compile(r"(?!)")  # matches nothing, as an empty list of patterns does
    flags = {pattern.flags for pattern in members}
    if len(flags) != 1:
        raise ValueError(f"patterns with different flags cannot be joined: {sorted(flags)}")
    for pattern in members:
        if _GROUP_REFERENCE.search(pattern.pattern):
            raise ValueError(f"a backreference or named group cannot be joined: {pattern.pattern[:60]!r}")
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in members), flags.pop())


def literal_alternation(strings: Sequence[str]) -> str:
    """A regex alternation of the plain non-empty `strings` that tries them in the given order, grouped by their
    first character: at a position only the group of its character is tried (a literal first character is
    rejected at once), and within it the same strings in the same order as one flat alternation, so it matches
    the same text at a fraction of the cost when there are many."""
    groups: dict[str, list[str]] = {}
    for string in strings:
        groups.setdefault(string[0], []).append(string[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")" for first, rests in groups.items()
    )


def literal_trie(strings: Iterable[str]) -> str:
    """A regex of the plain non-empty `strings` as a trie: at a position it matches the longest of them the text
    holds there, and on backtracking the shorter ones, longest first, exactly as `literal_alternation` of the
    strings sorted longest first does (all the strings that match at one position are prefixes of one another,
    so their lengths order them). Each character is compared once per position instead of once per string of
    its group: for hundreds of strings, half the cost of a grouped alternation."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}  # a string ends here ("" is no character)

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer string first

    return pattern(trie)


def _sre_modules() -> tuple[Any, Any] | None:
    """The standard library's regex parser and its opcodes (private modules: without them, no prefilter)."""
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:
        return None


_SRE = _sre_modules()


def _uncased_test() -> Any:
    """`_sre.unicode_iscased`: whether a character has another case (the regex compiler's own test; without
    it, every non-ASCII character counts as cased)."""
    try:
        return importlib.import_module("_sre").unicode_iscased
    except (ImportError, AttributeError):
        return lambda code: True


_IS_CASED = _uncased_test()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def foldable(text: str) -> bool:
    """Whether lowercasing `text` keeps every character where it was and a case-blind pattern that compares only
    lowercase ASCII and characters without case (`_lowercase_only`) matches it where the case-sensitive twin
    matches the lowercased text: ASCII text, or text whose other characters have no case ("—", "’", "“", "…":
    each matches only itself, case-blind or not, and lowercasing leaves it as it is). Answers typed on a phone
    have curly apostrophes, and the interviewer's own questions dashes."""
    if text.isascii():
        return True
    return not any(_IS_CASED(ord(char)) or char.lower() != char for char in _NON_ASCII.findall(text))


def necessary_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of `pattern` contains (in any case), chosen to be as
    rare as the pattern allows (the longest shortest string); None when the pattern guarantees none.

    Only what surely holds is read: a run of literal characters in a sequence, every alternative of a branch,
    the body of a group or of a repeat taken at least once. Anything else (classes, optional parts, lookarounds,
    anchors) guarantees nothing and ends a run."""
    every = necessary_literal_sets(pattern)
    return every[0] if every else None


def necessary_literal_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Every set of strings of which each match of `pattern` contains one, read from the parts of its top-level
    sequence as `necessary_literals` reads them (a match holds one of each: "skip" and one of "check", "test"),
    its choice first; none when the pattern guarantees none."""
    if _SRE is None:
        return ()
    parser, _ = _SRE
    try:
        options = _options(parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # an unknown shape from another Python's parser: no prefilter, never a wrong one
        return ()
    if not options:
        return ()
    chosen = _rarest(options)
    return (chosen, *dict.fromkeys(option for option in options if option != chosen))


def _rarest(options: Sequence[frozenset[str]]) -> frozenset[str]:
    return max(options, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _sequence(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    options = _options(items)
    return _rarest(options) if options else None


def _options(items: Sequence[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The sets of strings, one per necessary part of the sequence `items`, one of each set in every match."""
    assert _SRE is not None
    ops = _SRE[1]
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in [*items, (None, None)]:
        if op is ops.LITERAL and argument < 128:  # a non-ASCII literal may match an ASCII letter ('ſ': 's')
            run.append(chr(argument))
            continue
        if run:
            options.append(frozenset(["".join(run).lower()]))
            run = []
        needed = _node(op, argument) if op is not None else None
        if needed is not None:
            options.append(needed)
    return options


def _node(op: Any, argument: Any) -> frozenset[str] | None:
    assert _SRE is not None
    ops = _SRE[1]
    if op is ops.SUBPATTERN:
        return _sequence(argument[-1].data)
    if op is ops.BRANCH:
        alternatives: list[frozenset[str]] = []
        for alternative in argument[1]:
            needed = _sequence(alternative.data)
            if needed is None:
                return None
            alternatives.append(needed)
        return frozenset[str]().union(*alternatives)
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT) and argument[0] >= 1:
        return _sequence(argument[2].data)
    return None


class LiteralPrefilter:
    """Which of `patterns` could match a text, read from their necessary literals in one scan."""

    __slots__ = ("_also", "_always", "_always_at", "_any", "_needed", "_patterns_of", "patterns")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        every = tuple(necessary_literal_sets(pattern) for pattern in self.patterns)
        self._needed = tuple(sets[0] if sets else None for sets in every)
        # The other parts a match needs ("we skip the ... check": "skip" found, then "we" and "check" looked for
        # with `in`): the scan's literal alone let in about four times the patterns that can match, each then
        # searched in vain (2-3 us a pattern, some 10 a sentence for the unsafe-practice statements). A part
        # of one string is that string, the cheapest test.
        self._also = tuple(_parts(sets[1:]) for sets in every)
        literals = set[str]().union(*(needed for needed in self._needed if needed is not None))
        # The literals as a trie (`literal_trie`): a search skips, in C, every position whose character
        # starts none of them, and finds the longest literal at the first position that holds one
        # (most texts hold none); searching again from the next position finds the next (the literals that
        # are its prefixes are found there too).
        longest_first = sorted(literals, key=lambda literal: (-len(literal), literal))
        self._any = re.compile(literal_trie(longest_first)) if literals else None
        # The patterns a found literal lets in (by their place in `patterns`): those needing it or a literal
        # that is its prefix, so a text's candidates are read from the literals found, not from every pattern.
        users: dict[str, set[int]] = {literal: set() for literal in literals}
        for index, needed in enumerate(self._needed):
            for literal in needed or ():
                users[literal].add(index)
        self._patterns_of = {
            found: frozenset[int]().union(*(users[m] for m in literals if found.startswith(m)))
            for found in literals
        }
        self._always_at = frozenset(i for i, needed in enumerate(self._needed) if needed is None)
        self._always = tuple(self.patterns[i] for i in sorted(self._always_at))

    def candidates(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The patterns, in their order, that may match `text`; the others surely do not."""
        if not (text.isascii() or foldable(text)):
            return self.patterns
        lowered = text.lower()
        scan = self._any
        match = scan.search(lowered) if scan is not None else None
        if match is None:
            return self._always  # most texts: none of the literals, so only a pattern without one may match
        assert scan is not None
        found: set[str] = set()
        while match is not None:
            found.add(match.group())
            match = scan.search(lowered, match.start() + 1)
        patterns_of = self._patterns_of
        indices = self._always_at.union(*(patterns_of[literal] for literal in found))
        also = self._also
        return tuple(self.patterns[i] for i in sorted(indices) if _holds_each(also[i], lowered))


def _parts(parts: Sequence[frozenset[str]]) -> tuple[str | tuple[str, ...], ...]:
    """The parts to look for, the rarest first (the longest shortest string): most candidates lack one."""
    rarest_first = sorted(parts, key=lambda part: (-min(map(len, part)), len(part)))
    return tuple(next(iter(part)) if len(part) == 1 else tuple(sorted(part)) for part in rarest_first)


def _holds_each(parts: tuple[str | tuple[str, ...], ...], lowered: str) -> bool:
    """Whether `lowered` holds a string of each part (a part is one string, or a tuple of strings)."""
    holds = lowered.__contains__
    for part in parts:
        if isinstance(part, str):
            if part not in lowered:
                return False
        elif not any(map(holds, part)):
            return False
    return True


def case_blind(pattern: str, flags: int = re.IGNORECASE, *, by_branch: bool = False) -> CaseBlind:
    """`re.compile(pattern, flags)` (case-blind) as a `CaseBlind` (`by_branch`: see there)."""
    return CaseBlind(re.compile(pattern, flags | re.IGNORECASE), by_branch=by_branch)


# Above this many necessary literals, looking for each costs about as much as the scan it would save.
MAX_PREFILTER_LITERALS = 32


class CaseBlind:
    """A case-blind (`re.IGNORECASE`) pattern that counts and finds matches at the cost of a case-sensitive one
    where it can (ASCII text, a pattern that `_lowercase_only` accepts); the same results everywhere."""

    __slots__ = ("_branches", "_folded", "_needed", "pattern")

    def __init__(self, pattern: re.Pattern[str], *, by_branch: bool = False) -> None:
        self.pattern = pattern
        self._folded = _case_sensitive_twin(pattern)
        needed = necessary_literals(pattern)
        few = needed is not None and len(needed) <= MAX_PREFILTER_LITERALS
        # A pattern anchored at the start is tried at one position only: cheaper than looking for literals.
        anchored = pattern.pattern.startswith(("^", "\\A")) and not pattern.flags & re.MULTILINE
        self._needed = tuple(sorted(needed)) if needed is not None and few and not anchored else None
        # `by_branch`: a long alternation whose branches need too many literals in all, and whose scan is slow
        # (the disclaimers' start with "i" or "we", tried at nearly every position: 45 us a sentence):
        # `found` searches only the branches whose own literals are there (a text matches the alternation
        # exactly when it matches one of its branches). Measure before using it: for a quick pattern the
        # prefilter costs more than the scan it saves (2.6 -> 8.3 us for the procedure words).
        self._branches = None
        if by_branch and self._folded is not None and self._needed is None and not anchored:
            self._branches = _branch_prefilter(self._folded)

    def count(self, text: str) -> int:
        """`len(pattern.findall(text))`."""
        folded = self._folded
        if folded is None or not (text.isascii() or foldable(text)):  # (most text: no call)
            return len(self.pattern.findall(text))
        lowered = text.lower()
        if self._needed is not None and not any(literal in lowered for literal in self._needed):
            return 0  # every match holds one of the literals
        return len(folded.findall(lowered))

    def found(self, text: str) -> bool:
        """`pattern.search(text) is not None`."""
        folded = self._folded
        if folded is None or not (text.isascii() or foldable(text)):  # (most text: no call)
            return self.pattern.search(text) is not None
        lowered = text.lower()
        if self._branches is not None:
            return any(branch.search(lowered) for branch in self._branches.candidates(lowered))
        if self._needed is not None and not any(literal in lowered for literal in self._needed):
            return False
        return folded.search(lowered) is not None

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        """`pattern.sub(replacement, text)`: a text without a match (most, behind the prefilter) is returned as it
        is, unscanned by the case-blind pattern."""
        return self.pattern.sub(replacement, text) if self.found(text) else text

    def group_spans(self, text: str, group: int) -> list[tuple[int, int, int]]:
        """For each match of `pattern.finditer(text)`: where it starts, and where `group` starts and ends."""
        folded = self._folded
        if folded is None or not (text.isascii() or foldable(text)):  # (most text: no call)
            matches = self.pattern.finditer(text)
        else:
            lowered = text.lower()
            if self._needed is not None and not any(literal in lowered for literal in self._needed):
                return []
            matches = folded.finditer(lowered)  # the same spans: lowercasing ASCII moves nothing
        return [(match.start(), *match.span(group)) for match in matches]


def top_level_branches(source: str) -> list[str]:
    """The alternatives of a pattern's top-level `|` (the whole pattern when it has none): a `|` inside a
    group or a class, or escaped, separates nothing."""
    parts, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (source[i + 1 : i + 2] == "^")
            i += source[i : i + 1] == "]"  # a "]" first in a class is one of its characters
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


def _branch_prefilter(pattern: re.Pattern[str]) -> LiteralPrefilter | None:
    """A prefilter over the top-level branches of `pattern` (each compiled with its flags), when it has
    several, each a pattern of its own, and most of them need a literal; else None."""
    if pattern.flags & re.VERBOSE or _GROUP_REFERENCE.search(pattern.pattern):
        return None
    sources = top_level_branches(pattern.pattern)
    if len(sources) < 2 or any(
        source.startswith("(?") and not source.startswith(("(?:", "(?=", "(?!", "(?<")) for source in sources
    ):
        return None  # one branch, or inline flags (which apply to the whole pattern)
    try:
        branches = [re.compile(source, pattern.flags) for source in sources]
    except re.error:
        return None
    prefilter = LiteralPrefilter(branches)
    return prefilter if len(prefilter._always) < len(branches) / 2 else None


def _case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without `re.IGNORECASE`, when it matches lowercased ASCII text exactly where the pattern
    matches the text; None when that cannot be shown."""
    if _SRE is None or not pattern.flags & re.IGNORECASE or pattern.flags & re.LOCALE:
        return None
    try:
        if not _lowercase_only(_SRE[0].parse(pattern.pattern, pattern.flags).data):
            return None
    except Exception:  # an unknown shape from another Python's parser: matched as it always was
        return None
    twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return None if twin.flags & re.IGNORECASE else twin  # an inline (?i) would keep it case-blind


_CAPITALS = range(ord("A"), ord("Z") + 1)


def _lowercase_only(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether every character the parsed pattern compares is ASCII and never a capital (a class may hold a
    capital with its small letter, as in [A-Za-z]), and no construct compares text in another way."""
    assert _SRE is not None
    ops = _SRE[1]
    for op, argument in items:
        if op in (ops.LITERAL, ops.NOT_LITERAL):
            if argument in _CAPITALS or _cased_non_ascii(argument):
                return False
        elif op is ops.IN:
            if not _lowercase_class(argument):
                return False
        elif op is ops.BRANCH:
            if not all(_lowercase_only(alternative.data) for alternative in argument[1]):
                return False
        elif op is ops.SUBPATTERN:
            _, added, removed, body = argument
            if (added | removed) & (re.IGNORECASE | re.LOCALE) or not _lowercase_only(body.data):
                return False
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            if not _lowercase_only(argument[2].data):
                return False
        elif op in (ops.ASSERT, ops.ASSERT_NOT):
            if not _lowercase_only(argument[1].data):
                return False
        elif op is ops.ATOMIC_GROUP:
            if not _lowercase_only(argument.data):
                return False
        elif op not in (ops.AT, ops.ANY, ops.CATEGORY):
            return False  # backreferences, conditionals and anything unknown
    return True


def _lowercase_class(items: Sequence[tuple[Any, Any]]) -> bool:
    assert _SRE is not None
    ops = _SRE[1]
    members: set[int] = set()
    for op, argument in items:
        if op is ops.LITERAL:
            members.add(argument)
        elif op is ops.RANGE:
            members.update(range(argument[0], min(argument[1], 127) + 1))
            if argument[1] >= 128:
                return False
        elif op not in (ops.NEGATE, ops.CATEGORY):
            return False
    if any(_cased_non_ascii(member) for member in members):
        return False
    return all(capital + 32 in members for capital in _CAPITALS if capital in members)


def _cased_non_ascii(code: int) -> bool:
    """A non-ASCII character with another case ('é', 'ſ', the Kelvin sign): case-blind, it may match ASCII text
    or text that lowercasing changes; one without case ('—') is matched as itself either way."""
    return code >= 128 and bool(_IS_CASED(code))
