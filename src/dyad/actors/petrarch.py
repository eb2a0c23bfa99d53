"""A reader for PETRARCH/TABARI actor (`.actors`) and agent (`.agents`) dictionaries.

Actors: an entry is a name (words joined by "_" or spaces; a final "_" is dropped) followed by code
blocks, on its own line or on the indented lines after it; "+NAME" lines add synonyms to the entry
before them; "#" starts a comment, and `<!-- ... -->` blocks are skipped. A code block is `[CODE]`
(any date), `[CODE A-B]` (from A through B), `[CODE <D]` (before D) or `[CODE >D]` (from D on); dates
are YYMMDD (years 00-29 are 20xx) or YYYYMMDD; "---" means no country. An entry with a dated block is a
person whose blocks are terms of office (an undated block is what holds outside them); an entry with
undated blocks only is a body with a fixed code (the first block).

Agents: `NOUN {PLURALS} [~CODE]` or `[CODE~]`; `!NAME! = A, B` defines a substitution used inside
nouns ("CONGRESS!PERSON!"). An agent becomes a role with the code's sectors: a collective one ("c")
when `{}` says it has no plural (POLICE, TROOPS), else a person's role ("p"). dyad composes every
role after the country ("NGO~" and "~NGO" both give the sectors NGO).

Names are matched in title case ("VLADIMIR_PUTIN" -> "Vladimir Putin") and, for one-word names, also
in capitals ("IAEA"; words of up to three letters only in capitals, "WHO"). Stems (a name without the
final "_", which TABARI matches as a prefix) are matched as whole words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dyad.actors.entries import LexiconError, Organisation, Person, Role, Term, split_sectors
from dyad.actors.sources import numbered, read_text

log = logging.getLogger(__name__)
_BLOCK = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(
    r"^\s*(?P<code>[A-Za-z0-9+\-~]*)\s*"
    r"(?:(?P<side>[<>])\s*(?P<one>\d{6}|\d{8})|(?P<start>\d{6}|\d{8})\s*-\s*(?P<end>\d{6}|\d{8}))?\s*$"
)
_MACRO = re.compile(r"^(![A-Za-z_]+!)\s*=\s*(.+)$")
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "la", "le", "des", "del"})


@dataclass
class _Entry:
    name: str
    origin: str
    synonyms: list[str] = field(default_factory=list)
    blocks: list[tuple[str, date | None, date | None, str]] = field(default_factory=list)  # code, start, end, origin


@dataclass(frozen=True)
class PetrarchDictionary:
    """What one PETRARCH/TABARI file adds: people with terms, bodies with fixed codes, roles."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    roles: tuple[Role, ...] = ()


def _without_comments(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines with `<!-- -->` blocks and "#" comments removed."""
    inside = False
    for number, line in numbered(text):
        kept = ""
        while line:
            if inside:
                end = line.find("-->")
                inside, line = (end < 0), ("" if end < 0 else line[end + 3 :])
            else:
                begin = line.find("<!--")
                kept, line = (kept + line, "") if begin < 0 else (kept + line[:begin], line[begin + 4 :])
                inside = begin >= 0
        kept = kept.split("#", 1)[0]
        if kept.strip():
            yield number, kept


def _date(text: str, where: str) -> date:
    try:
        if len(text) == 6:
            year = int(text[:2])
            return date(2000 + year if year < 30 else 1900 + year, int(text[2:4]), int(text[4:6]))
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise LexiconError(f"{where}: {text!r} is not a date (YYMMDD or YYYYMMDD)") from None


def _block(text: str, where: str) -> tuple[str, date | None, date | None]:
    """(code, start, end exclusive) of one code block's text."""
    match = _CODE.match(text)
    if not match:
        expected = "[CODE], [CODE A-B], [CODE <D] or [CODE >D]"
        raise LexiconError(f"{where}: cannot read the code block [{text.strip()}] (expected {expected})")
    code = match["code"].upper().replace("~", "")
    code = "" if set(code) <= {"-", "+"} else code.lstrip("-")
    if len(code) % 3:
        raise LexiconError(f"{where}: the code {match['code']!r} is not made of three-character parts")
    if match["side"] == "<":
        return code, None, _date(match["one"], where)
    if match["side"] == ">":
        return code, _date(match["one"], where), None
    if match["start"]:
        start, end = _date(match["start"], where), _date(match["end"], where)
        if end < start:
            raise LexiconError(f"{where}: the code block [{text.strip()}] ends before it starts")
        return code, start, end + timedelta(days=1)
    return code, None, None


def display_name(raw: str) -> str:
    """A dictionary name as news writes it: "BANK_OF_KOREA" -> "Bank of Korea"."""
    words = raw.replace("_", " ").split()
    out = []
    for number, word in enumerate(words):
        lower = word.lower()
        if number and lower in _SMALL:
            out.append(lower)
        elif any(c.isdigit() for c in word):
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def _forms(raw: str) -> tuple[str, ...]:
    name = display_name(raw)
    if not name:
        return ()
    if " " in name or name.upper() == name:
        return (name,)
    # a short single word is an acronym ("WHO", "IMF"): in title case it would match ordinary words ("Who")
    return (name.upper(),) if len(name) <= 3 else (name, name.upper())


def _lenient(error: LexiconError, strict: bool) -> None:
    """Raise in strict mode; else warn and go on (published dictionaries have the odd typo, like "[~ENV}")."""
    if strict:
        raise error
    log.warning("%s (line skipped)", error)


def _entries(text: str, source: str, strict: bool) -> list[_Entry]:
    entries: list[_Entry] = []
    for number, line in _without_comments(text):
        try:
            _entry_line(entries, line, f"{source}:{number}")
        except LexiconError as error:
            _lenient(error, strict)
    return entries


def _entry_line(entries: list[_Entry], line: str, where: str) -> None:
    """Read one line of an `.actors` file into `entries`."""
    stripped = line.strip()
    head = _BLOCK.split(stripped, maxsplit=1)[0].strip() if "[" in stripped else stripped
    if "[" in stripped and "]" not in stripped:
        raise LexiconError(f"{where}: a code block opens with '[' but does not close")
    if stripped.startswith("+"):
        if not entries:
            raise LexiconError(f"{where}: a '+' synonym line comes before any entry")
        entries[-1].synonyms.append(head[1:].strip())
    elif line[:1].isspace() or stripped.startswith("["):
        if not entries:
            raise LexiconError(f"{where}: a code block comes before any entry")
        if head:
            raise LexiconError(f"{where}: unexpected text {head!r} before a code block")
    else:
        entries.append(_Entry(head, where))
    blocks = [(*_block(block, where), where) for block in _BLOCK.findall(stripped)]
    entries[-1].blocks.extend(blocks)


def _split(code: str, countries: Collection[str]) -> tuple[str | None, tuple[str, ...]]:
    """ "RUSGOV" -> ("RUS", ("GOV",)); "IGOUNO" -> (None, ("IGO", "UNO"))."""
    return (code[:3], split_sectors(code[3:])) if code[:3] in countries else (None, split_sectors(code))


def read_actors(text: str, source: str, countries: Collection[str], strict: bool = False) -> PetrarchDictionary:
    """People and bodies of an `.actors` file's text; `countries` are the ISO codes that start a code.

    With `strict`, a line dyad cannot read raises a LexiconError; else it is skipped with a warning.
    """
    people: list[Person] = []
    bodies: list[Organisation] = []
    for entry in _entries(text, source, strict):
        names = tuple(dict.fromkeys(f for raw in (entry.name, *entry.synonyms) for f in _forms(raw)))
        if not entry.blocks or not names:
            _lenient(LexiconError(f"{entry.origin}: the entry {entry.name!r} has no code block or no name"), strict)
            continue
        if any(start or end for _, start, end, _ in entry.blocks):
            terms = tuple(
                Term(*_split(code, countries), start=start, end=end, role="", origin=where)
                for code, start, end, where in entry.blocks
            )
            people.append(Person(name=names[0], aliases=names[1:], terms=terms))
        else:
            code, _, _, where = entry.blocks[0]
            country, sectors = _split(code, countries)
            bodies.append(Organisation(code, country, sectors[0] if sectors else None, "ORG", names, origin=where))
    return PetrarchDictionary(people=tuple(people), organisations=tuple(bodies))


def read_agents(text: str, source: str, strict: bool = False) -> PetrarchDictionary:
    """Roles of an `.agents` file's text (`strict` as for `read_actors`)."""
    macros: dict[str, list[str]] = {}
    roles: list[Role] = []
    for number, line in _without_comments(text):
        try:
            roles += _agent_line(macros, line.strip(), f"{source}:{number}")
        except LexiconError as error:
            _lenient(error, strict)
    return PetrarchDictionary(roles=tuple(roles))


def _agent_line(macros: dict[str, list[str]], stripped: str, where: str) -> list[Role]:
    """The roles of one line of an `.agents` file; a macro definition is added to `macros`."""
    roles: list[Role] = []
    if match := _MACRO.match(stripped):
        macros[match[1].upper()] = [part.strip() for part in match[2].split(",") if part.strip()]
        return roles
    blocks = _BLOCK.findall(stripped)
    if len(blocks) != 1:
        raise LexiconError(f"{where}: expected one code block such as [~GOV], found {len(blocks)}")
    head = stripped.split("[", 1)[0]
    plurals = re.search(r"\{([^}]*)\}", head)
    noun = re.sub(r"\{[^}]*\}", "", head).strip().lstrip("+").strip()
    code, start, end = _block(blocks[0], where)
    if not noun or start or end:
        raise LexiconError(f"{where}: an agent needs a noun and an undated code block")
    kind = "c" if plurals is not None and not plurals[1].strip() else "p"
    extra = [p.strip() for p in plurals[1].split(",")] if plurals else []
    for form in (noun, *extra):
        for term in _expand(form, macros, where):
            roles.append(Role(term=term, sectors=split_sectors(code), kind=kind, origin=where))
    return roles


def _expand(noun: str, macros: dict[str, list[str]], where: str) -> list[str]:
    match = re.search(r"![A-Za-z_]+!", noun)
    if not match:
        words = noun.replace("_", " ").split()
        return [" ".join(words).lower()] if words else []
    key = match[0].upper()
    if key not in macros:
        raise LexiconError(f"{where}: {match[0]} is used before it is defined")
    return [t for value in macros[key] for t in _expand(noun.replace(match[0], value, 1), macros, where)]


def read_file(path: Path, countries: Collection[str], strict: bool = False) -> PetrarchDictionary:
    """An `.actors` or `.agents` file (the name's ending tells which)."""
    text = read_text(path)
    if ".agents" in [s.lower() for s in path.suffixes]:
        return read_agents(text, str(path), strict)
    return read_actors(text, str(path), countries, strict)
