"""Find dictionary words in a Doc: names of countries, capitals, organisations and people, and roles.

Names are matched with their capitalisation (so "Chad" is not "chad"), roles in any case. The phrase
matchers are built on first use for each vocabulary, never at import time.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyad.actors.lexicon import Lexicon, load_lexicon

# Kinds of hit; when two hits cover the same tokens the one listed first wins ("US" is a country
# name before it is an adjective).
KINDS = ("person", "org", "country", "capital", "demonym", "people", "role", "city")
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
# Roles whose plural mostly means something else ("both parties" to a deal or a lawsuit).
NO_PLURAL = frozenset({"party"})


@dataclass(frozen=True)
class Hit:
    """Tokens [start, end) of the doc that name a dictionary entry of `kind` with `key`."""

    start: int
    end: int
    kind: str
    key: str


def _plural(term: str) -> str:
    """A regular English plural of a role's last word ("spokesman" -> "spokesmen")."""
    head, _, last = term.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last = last + "es"
    elif last[-1:].isalpha():
        last = last + "s"
    return f"{head} {last}" if head else last


def _name_entries(lexicon: Lexicon) -> Iterator[tuple[str, str, str]]:
    for person in lexicon.people.values():
        for name in (person.name, *person.aliases):
            yield "person", person.name, name
    for index, organisation in enumerate(lexicon.organisations):
        for name in organisation.names:
            yield "org", str(index), name
    for country in lexicon.countries.values():
        for field, kind in (("names", "country"), ("capitals", "capital"), ("adjectives", "demonym")):
            for name in getattr(country, field):
                yield kind, country.iso3, name
        for name in country.people:
            yield "people", country.iso3, name
    for name, iso3 in lexicon.cities.items():
        yield "city", iso3, name


def _role_entries(lexicon: Lexicon) -> Iterator[tuple[str, str, str]]:
    for role in lexicon.roles.values():
        yield "role", role.term, role.term
        if role.kind in ("p", "g", "c") and role.term[-1:].isalpha() and role.term not in NO_PLURAL:
            yield "role", role.term, _plural(role.term)


class Matchers:
    """Phrase matchers for one vocabulary: names by exact spelling, roles in lower case."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon) -> None:
        tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        self.names = self._build(vocab, "ORTH", _name_entries(lexicon), tokenizer)
        self.roles = self._build(vocab, "LOWER", _role_entries(lexicon), tokenizer)

    @staticmethod
    def _build(vocab: Vocab, attr: str, entries: Iterable[tuple[str, str, str]], tokenizer: Tokenizer) -> PhraseMatcher:
        matcher = PhraseMatcher(vocab, attr=attr)
        grouped: dict[str, dict[str, Doc]] = {}
        for kind, key, text in entries:
            if attr == "ORTH":
                forms = {text, text.upper()} if not text.isupper() and " " in text else {text}
            else:
                # the tokenizer keeps "Gen." and "Sen." whole but splits "gen." and "sen.": match both ways
                forms = {text.lower(), " ".join(word[:1].upper() + word[1:] for word in text.lower().split(" "))}
            for form in forms:
                grouped.setdefault(f"{kind}|{key}", {})[form] = tokenizer(form)
        for label, docs in grouped.items():
            matcher.add(label, list(docs.values()))
        return matcher

    def hits(self, doc: Doc) -> list[Hit]:
        """Every dictionary hit in `doc`, longest first where they overlap, in text order."""
        found: list[Hit] = []
        for matcher in (self.names, self.roles):
            for match_id, start, end in matcher(doc):
                kind, _, key = doc.vocab.strings[match_id].partition("|")
                found.append(Hit(start, end, kind, key))
        found.sort(key=lambda h: (-(h.end - h.start), _RANK[h.kind], h.start, h.key))
        taken: set[int] = set()
        chosen: list[Hit] = []
        for hit in found:
            if taken.isdisjoint(range(hit.start, hit.end)):
                chosen.append(hit)
                taken.update(range(hit.start, hit.end))
        return sorted(chosen, key=lambda h: h.start)


@functools.lru_cache(maxsize=8)
def _matchers(vocab: Vocab, lexicon_id: int) -> Matchers:
    return Matchers(vocab, load_lexicon())


def find_hits(doc: Doc) -> list[Hit]:
    """Dictionary hits in `doc`, non-overlapping, in text order."""
    return _matchers(doc.vocab, id(load_lexicon())).hits(doc)
