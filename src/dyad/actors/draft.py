"""A mention while it is being read: the stages of the actors package fill it in, then it becomes a Mention."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from dyad.actors.lexicon import Person, Term
from dyad.model import Actor, Mention

# The sectors of the state: a person holding one of them belongs to a country even when the text
# names the country only elsewhere in the sentence.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass
class Draft:
    """Tokens [start, end) naming an actor, and what is known about that actor so far."""

    start: int
    end: int
    label: str
    kind: str
    is_entity: bool = True
    country: str | None = None
    sectors: tuple[str, ...] = ()
    code: str | None = None  # a fixed code (organisations) that country + sectors must not rebuild
    name: str | None = None
    is_person: bool = False
    roles: set[str] = field(default_factory=set)  # role terms this person is described by ("president")
    known: bool = False  # a dictionary person: country and sectors come from their offices
    follows: Draft | None = None  # a title or pronoun codes as the person it belongs to
    gender: str | None = None  # "f" or "m" when a name, honorific or role tells
    why: list[str] = field(default_factory=list)  # the entries and rules that gave the code, for `dyad actor`

    @property
    def has_code(self) -> bool:
        """Whether anything at all is known of the actor."""
        return bool(self.code or self.country or self.sectors)

    def adopt(self, other: Draft) -> None:
        """Take over the actor of `other` (the same person or body under another mention)."""
        self.country, self.sectors, self.code = other.country, other.sectors, other.code
        self.name = other.name
        self.roles = set(other.roles)
        self.known = other.known
        self.gender = other.gender or self.gender
        self.why.append(f"takes the actor of {other.name or 'the mention'} it refers to")

    def actor(self) -> Actor:
        """The CAMEO-style actor: a fixed code, or country + sectors ('' when nothing is known)."""
        if self.code:
            country = self.country
            sector = self.sectors[0] if self.sectors else None
            return Actor(code=self.code, country=country, sector=sector, name=self.name)
        code = (self.country or "") + "".join(self.sectors)
        return Actor(code=code, country=self.country, sector=self.sectors[0] if self.sectors else None, name=self.name)

    def mention(self, doc: Doc, text: str) -> Mention:
        """The finished Mention, with character offsets into the text (`text` is `doc.text`, built once)."""
        last = doc[self.end - 1]
        start, end = doc[self.start].idx, last.idx + len(last.text)
        return Mention(
            text=text[start:end],
            start=start,
            end=end,
            actor=self.actor(),
            label=self.label,
            kind=self.kind,
            is_entity=self.is_entity,
        )


def person_code(person: Person, when: date | None) -> tuple[str | None, tuple[str, ...], str | None]:
    """(country, sectors, role) of a known person on `when` (None: as things stand now).

    In office: the office's code. After the last office ended: the country with ELI (former elite), or
    REL for a religious office. Before any office: the country alone.
    """
    moment = when or date.max
    current = [t for t in person.terms if t.covers(moment)]
    if current:
        # a dated office says more about that day than an undated description
        term = max(current, key=lambda t: (t.start is not None, t.start or date.min))
        return term.country, term.sectors, term.role
    ended = [t for t in person.terms if t.end is not None and t.end <= moment]
    if ended:
        last = max(ended, key=lambda t: t.end or date.min)
        national = [t for t in ended if t.country]
        country = last.country or (max(national, key=lambda t: t.end or date.min).country if national else None)
        # clergy stay clergy after leaving a post (a retired pope); ELI is for former holders of power
        return country, ("REL",) if last.sectors[:1] == ("REL",) else ("ELI",), None
    first = min(person.terms, key=lambda t: t.start or date.min)
    return first.country, (), None


def in_office(person: Person, when: date | None) -> bool:
    """Whether the person held a dated office on `when`."""
    moment = when or date.max
    return any(t.covers(moment) and t.start is not None for t in person.terms)


def last_end(person: Person) -> date:
    """When the person's last office ended (date.max while one is open)."""
    return max((t.end or date.max for t in person.terms), default=date.min)


def describe_term(person: Person, when: date | None) -> str:
    """Which term of office (or none) decides the person's code on `when`, in words."""
    moment = when or date.max
    day = when.isoformat() if when else "today (no date given)"
    current = [t for t in person.terms if t.covers(moment)]
    if current:
        term = max(current, key=lambda t: (t.start is not None, t.start or date.min))
        return f"term {_term_text(term)} covers {day}"
    ended = [t for t in person.terms if t.end is not None and t.end <= moment]
    if ended:
        last = max(ended, key=lambda t: t.end or date.min)
        after = "still clergy (REL)" if last.sectors[:1] == ("REL",) else "former elite (ELI)"
        return f"last term {_term_text(last)} ended before {day}: {after}"
    first = min(person.terms, key=lambda t: t.start or date.min)
    return f"first term {_term_text(first)} had not begun on {day}: the country only"


def _term_text(term: Term) -> str:
    code = (term.country or "") + "".join(term.sectors) or "no code"
    span = f"{term.start or '...'} to {term.end or '...'}" if term.start or term.end else "at any date"
    role = f" as {term.role}" if term.role else ""
    return f"{code}{role}, {span} [{term.origin}]"
