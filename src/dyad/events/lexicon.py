"""The trigger lexicon: verb, noun and adjective patterns that signal a CAMEO event, loaded from data files.

A pattern row in `triggers.tsv` reads

    rule  code  pos  lemma  requires  targets  flags

`pos` is V (verb), N (noun) or A (adjective). `requires` lists conditions on the trigger's dependents,
`;`-separated, each `slot=lemma|lemma` (`obj=*`: any object at all) with slot one of prt (particle), prep (a
preposition on the trigger or its object), obj (direct object, or the passive subject), pobj (the object of
one of the trigger's prepositions), comp (a controlled or complement verb), mod (a compound or adjective
modifier), head (the governing word), subj (the subject of a clause the trigger governs: "allowed inspectors
to visit"), agent (the trigger's own subject), clause (the verb of an adverbial clause on the trigger: "were
killed when their helicopter crashed"). `targets` lists where the target comes from, in order of
preference: obj, dative, subj, or a preposition (with, on, to, against, at, for, from, in, of, over,
between). `flags`: `sym` for events both sides do together (meet, agree), `frame=KIND` for words that take
another event as their content (agree to, refuse to, urge to, demand, threaten to), `content` for frame
words that are no event without one ("plan to"), `reverse` where the grammatical subject is the target
("received aid from X"), `mirror=CODE` for acts both sides do in different ways (protesters clashing with
police riot, 145; the police, coded the other way, repress, 175), and `ignore` for uses of a trigger word
that are no event ("released a statement").

Users add or override patterns with their own files in the same columns, named in the environment
variable DYAD_EVENT_TRIGGERS; their rows are tried before dyad's own.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dyad.events.codebook import is_code

SLOTS = frozenset({"prt", "prep", "obj", "pobj", "comp", "mod", "head", "subj", "agent", "clause"})
TRIGGERS_ENV = "DYAD_EVENT_TRIGGERS"
DEFAULT_TARGETS = ("obj", "dative", "with", "against", "to", "on", "at")


@dataclass(frozen=True)
class Requirement:
    """One condition on a trigger's dependents: a slot and the lemmas that satisfy it."""

    slot: str
    lemmas: frozenset[str]


@dataclass(frozen=True)
class Pattern:
    """One trigger pattern and the event it codes."""

    rule: str
    code: str
    pos: str
    lemma: str
    requires: tuple[Requirement, ...]
    targets: tuple[str, ...]
    symmetric: bool = False
    frame: str | None = None
    needs_content: bool = False
    reverse: bool = False
    ignore: bool = False
    mirror: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Patterns indexed by (pos, lemma), the most specific first; the frame tables (frames.tsv); the verbs
    that carry nominal events (support_verbs.tsv); topic keywords by scope (topics.tsv)."""

    patterns: dict[tuple[str, str], tuple[Pattern, ...]]
    frames: dict[str, dict[str, str]]
    support_verbs: frozenset[str]
    topics: dict[str, tuple[tuple[frozenset[str], str], ...]]

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        return self.patterns.get((pos, lemma), ())

    def reframe(self, frame: str, code: str) -> str | None:
        """The code an event of `code` takes inside a `frame` ("refuse to meet" -> 125), by longest prefix."""
        table = self.frames.get(frame, {})
        for size in range(len(code), 1, -1):
            found = table.get(code[:size])
            if found:
                return found
        return None


def _lines(text: str) -> Iterable[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, [cell.strip() for cell in line.split("\t")]


def _rows(name: str) -> Iterable[tuple[int, list[str]]]:
    yield from _lines(resources.files("dyad.data.events").joinpath(name).read_text(encoding="utf-8"))


def parse_requires(cell: str) -> tuple[Requirement, ...]:
    """Read a `requires` cell such as `obj=sanction|embargo;prep=on`."""
    if cell in ("", "-"):
        return ()
    found = []
    for part in cell.split(";"):
        slot, _, lemmas = part.partition("=")
        if slot not in SLOTS or not lemmas:
            raise ValueError(f"bad requirement {part!r}")
        found.append(Requirement(slot, frozenset(lemma.lower() for lemma in lemmas.split("|"))))
    return tuple(found)


def parse_pattern(cells: list[str]) -> Pattern:
    """Build a Pattern from the cells of one lexicon row (without the line number)."""
    rule, code, pos, lemma, requires, targets, flags = (cells + ["-"] * 7)[:7]
    if not is_code(code):
        raise ValueError(f"{code!r} is not a CAMEO code")
    if pos not in ("V", "N", "A"):
        raise ValueError(f"bad part of speech {pos!r}")
    flag_set = set() if flags in ("", "-") else {f.strip() for f in flags.split(",")}
    frame = next((f.split("=", 1)[1] for f in flag_set if f.startswith("frame=")), None)
    mirror = next((f.split("=", 1)[1] for f in flag_set if f.startswith("mirror=")), None)
    if mirror is not None and not is_code(mirror):
        raise ValueError(f"mirror {mirror!r} is not a CAMEO code")
    return Pattern(
        rule=rule,
        code=code,
        pos=pos,
        lemma=lemma.lower(),
        requires=parse_requires(requires),
        targets=DEFAULT_TARGETS if targets in ("", "-") else tuple(targets.split(",")),
        symmetric="sym" in flag_set,
        frame=frame,
        needs_content="content" in flag_set,
        reverse="reverse" in flag_set,
        ignore="ignore" in flag_set,
        mirror=mirror,
    )


def _patterns(rows: Iterable[tuple[int, list[str]]], origin: str) -> Iterable[Pattern]:
    for number, cells in rows:
        try:
            yield parse_pattern(cells)
        except ValueError as error:
            raise ValueError(f"{origin} line {number}: {error}") from error


def extra_trigger_files() -> tuple[Path, ...]:
    """The user's own trigger files, named in DYAD_EVENT_TRIGGERS (separated like PATH)."""
    value = os.environ.get(TRIGGERS_ENV, "")
    return tuple(Path(part) for part in value.split(os.pathsep) if part)


def lexicon() -> Lexicon:
    """dyad's lexicon with the user's own trigger files added, read once per process."""
    return load_lexicon(extra_trigger_files())


@functools.cache
def load_lexicon(extra: tuple[Path, ...] = ()) -> Lexicon:
    """dyad's lexicon; rows in `extra` files (same columns as triggers.tsv) come before dyad's own."""
    index: dict[tuple[str, str], list[Pattern]] = {}
    sources = [_patterns(_lines(path.read_text(encoding="utf-8")), str(path)) for path in extra]
    for pattern in itertools.chain(*sources, _patterns(_rows("triggers.tsv"), "triggers.tsv")):
        index.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
    # the most specific first; among equals the user's rows, then file order (sorted() is stable)
    ordered = {key: tuple(sorted(found, key=lambda p: -len(p.requires))) for key, found in index.items()}
    frames: dict[str, dict[str, str]] = {}
    for number, cells in _rows("frames.tsv"):
        frame, prefix, result = cells[:3]
        if not is_code(result):
            raise ValueError(f"frames.tsv line {number}: {result!r} is not a CAMEO code")
        frames.setdefault(frame, {})[prefix] = result
    support = frozenset(cells[0].lower() for _, cells in _rows("support_verbs.tsv"))
    topics: dict[str, list[tuple[frozenset[str], str]]] = {}
    for number, cells in _rows("topics.tsv"):
        scope, words, code = cells[:3]
        if not is_code(code):
            raise ValueError(f"topics.tsv line {number}: {code!r} is not a CAMEO code")
        topics.setdefault(scope, []).append((frozenset(words.lower().split("|")), code))
    return Lexicon(ordered, frames, support, {scope: tuple(found) for scope, found in topics.items()})
