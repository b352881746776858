"""Memory for one turn of the interviewer's pure text analysis, and nothing longer.

One turn reads the same texts many times: the answer's signals, sentences and stems are wanted by repair, the
assessment, the rubric judgement and the choice of follow-up, and the plan's texts (the question, its rubric's
anchors and look-for points) by several of them. Inside `one_turn()`, a function marked `@per_turn` computes
each distinct input once; outside it, it computes every time, as before. The memory ends with the turn, so no
candidate's words outlive it (erasure has no cache to find them in) and nothing grows with the sessions.

Only pure functions may be marked, and their results are shared within the turn: callers must treat them as
read-only (a set of stems is combined into new sets, never changed in place). `@per_turn` keys on the arguments'
values (strings and other hashable values, positional and keyword); `@per_turn_by_identity` on the argument
objects themselves, for parts of the state that are never changed in place (the plan, the resume probes kept in
the scratch).

A few results are wanted again at every later turn of the same interview: each turn groups all the answers so
far (`scorecard.answer_groups`) and reads the earlier ones for repeats, so an interview of n answers would
clean and split its first answer n times. With a `SessionMemory` passed to `one_turn()`, a function marked
`@per_session` keeps its results for the session's later turns. The memory belongs to the session object
(it holds that session's answers, no other's), is bounded, and leaves with the session (an erasure evicts it).
`@per_session_by_identity` keeps one result per function there, for the very argument objects it was given.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar, overload

P = ParamSpec("P")
R = TypeVar("R")

_memo: ContextVar[dict[tuple[object, ...], object] | None] = ContextVar("interviewer_turn_memo", default=None)
_session: ContextVar[SessionMemory | None] = ContextVar("interviewer_session_memo", default=None)
# Entries a session keeps at most: a long interview's answers, each cleaned and split, and their sentences' checks
# for unsafe practice, fit with room to spare.
SESSION_ENTRIES = 256


class SessionMemory:
    """`@per_session` results of one interview, kept from one turn to the next; the oldest leave first."""

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        self._entries: dict[tuple[object, ...], object] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[object, ...]) -> object:
        return self._entries[key]

    def clear(self) -> None:
        self._entries.clear()

    def peek(self, key: tuple[object, ...]) -> object:
        """The entry under `key`; None when there is none."""
        return self._entries.get(key)

    def pop(self, key: tuple[object, ...]) -> object:
        """The entry under `key`, taken out; None when there is none."""
        return self._entries.pop(key, None)

    def put(self, key: tuple[object, ...], value: object) -> None:
        entries = self._entries
        entries[key] = value
        # An interview's end runs in a scoring thread while an erasure may `clear` the memory on the loop's.
        while len(entries) > SESSION_ENTRIES and (oldest := next(iter(entries), None)) is not None:
            entries.pop(oldest, None)


@contextmanager
def one_turn(session: SessionMemory | None = None) -> Iterator[None]:
    """Memoise `@per_turn` functions until the block ends (a nested block joins the outer one), and
    `@per_session` ones in `session` when given."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    held = _session.set(session)
    try:
        yield
    finally:
        _session.reset(held)
        _memo.reset(token)


TurnMemory = dict[tuple[object, ...], object]


def this_turn() -> TurnMemory | None:
    """The `@per_turn` memory of the turn running now (None outside `one_turn`), to keep for `resumed`."""
    return _memo.get()


@contextmanager
def resumed(turn: TurnMemory) -> Iterator[None]:
    """Run the block in an earlier turn's `@per_turn` memory (`this_turn`): what that turn computed is served
    again. For work on the same texts that a turn leaves for later (an answer's grade, after its reply:
    `grading.py`); whoever keeps it keeps the candidate's words, so only a `SessionMemory` may."""
    token = _memo.set(turn)
    try:
        yield
    finally:
        _memo.reset(token)


def session_memory() -> SessionMemory | None:
    """The `SessionMemory` of the turn running now, if any: where a turn leaves what the session's next step reuses
    (an answer's verdict, for its grade after the reply: `grading.py`)."""
    return _session.get()


# Keyword arguments are remembered too (a call with one was computed every time: `probing.skill_probe` found the
# same clause four times a turn), after this marker: no argument can be this object, so `f(x, ("prefer", y))`
# and `f(x, prefer=y)` never share a key. (Inlined below: the wrappers run ~60 times a turn.)
_KEYWORDS = object()


def per_turn(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _memo.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (fn, *args, _KEYWORDS, *kwargs.items()) if kwargs else (fn, *args)
        try:
            return memo[key]  # type: ignore[return-value]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument: nothing to remember it by
            return fn(*args, **kwargs)
        result = fn(*args, **kwargs)
        memo[key] = result
        return result

    return remembered


def per_turn_by_identity(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _memo.get()
        if memo is None or kwargs:
            return fn(*args, **kwargs)
        key = (fn, *map(id, args))
        held = memo.get(key)
        # The memo holds the arguments, so no other object can take their ids before the turn ends; the key
        # has one id per argument, so the held arguments are as many as these.
        if held is not None and all(map(operator.is_, held[0], args)):  # type: ignore[index]
            return held[1]  # type: ignore[index]
        result = fn(*args, **kwargs)
        memo[key] = (args, result)
        return result

    return remembered


def per_session_by_identity(fn: Callable[P, R]) -> Callable[P, R]:
    """`@per_turn_by_identity`, and the last result kept in the turn's `SessionMemory` (if any) with its argument
    objects: a later turn of the session that passes the very same objects (an interviewer worker keeps the
    session's state between turns, and an answer never replaces the plan nor the resume probes) is served from
    it. One entry per function and session, replaced when the objects differ (a state parsed again each turn)."""
    per_turn_fn = per_turn_by_identity(fn)
    # No `@per_session` key can be this one: none starts with this function.
    key: tuple[object, ...] = (per_session_by_identity, fn)

    @functools.wraps(fn)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memory = _session.get()
        if memory is None or kwargs:
            return per_turn_fn(*args, **kwargs)
        try:
            held: tuple[tuple[object, ...], R] = memory.get(key)  # type: ignore[assignment]
        except KeyError:
            pass
        else:
            if len(held[0]) == len(args) and all(map(operator.is_, held[0], args)):
                return held[1]
        result = per_turn_fn(*args, **kwargs)
        memory.put(key, (args, result))
        return result

    return remembered


def per_session(fn: Callable[P, R]) -> Callable[P, R]:
    """`@per_turn`, and kept in the turn's `SessionMemory` (if any) for the session's later turns."""
    per_turn_fn = per_turn(fn)

    @functools.wraps(fn)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memory = _session.get()
        if memory is None:
            return per_turn_fn(*args, **kwargs)
        key = (fn, *args, _KEYWORDS, *kwargs.items()) if kwargs else (fn, *args)
        try:
            return memory.get(key)  # type: ignore[return-value]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument: nothing to remember it by
            return per_turn_fn(*args, **kwargs)
        result = per_turn_fn(*args, **kwargs)
        memory.put(key, result)
        return result

    return remembered


class read_once(Generic[R]):
    """A property read once per instance, then kept on it (an answer's signals: `signals.AnswerSignals`):
    `functools.cached_property` without its lock: Python 3.11 takes one lock per property, for all its
    instances, at every first read, so the event loop's turn could wait for a scoring thread at nice 10 reading
    another text. A signal is a pure function of its text: two threads reading it at once keep equal values."""

    def __init__(self, read: Callable[[Any], R]) -> None:
        self.read = read
        self.name = read.__name__
        self.__doc__ = read.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> read_once[R]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> R: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> R | read_once[R]:
        if instance is None:
            return self
        value = self.read(instance)
        instance.__dict__[self.name] = value  # found on the instance from now on: no data descriptor
        return value
