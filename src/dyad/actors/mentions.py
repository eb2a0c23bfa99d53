"""Find actor mentions in a parsed article and code them for the article's date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from dyad.actors import coref
from dyad.actors.compose import Composer
from dyad.actors.draft import Draft
from dyad.actors.lexicon import load_lexicon
from dyad.actors.matcher import find_hits
from dyad.actors.phrases import Sentences, items_of, phrases
from dyad.model import Mention


def find_mentions(doc: Doc, published: date | None) -> list[Mention]:
    """Every actor mention in `doc`, in text order, coded for the date `published`.

    Names (people, countries, capitals as metonyms, organisations) are entities; pronouns, titles and
    role descriptions resolved through the article carry the actor and name they stand for but are not
    entities. A name nothing is known about (no dictionary entry, title, apposition or organisation) is
    no actor: it is used to resolve pronouns, then left out.
    """
    text = doc.text  # built once: Doc.text joins every token
    return [d.mention(doc, text) for d in read_drafts(doc, published)]


def read_drafts(doc: Doc, published: date | None) -> list[Draft]:
    """The coded mentions of `doc` while still drafts (with the reasons for their codes), in text order."""
    lexicon = load_lexicon()
    sentences = Sentences(doc)
    composer = Composer(doc, lexicon, published, sentences)
    found = phrases(doc, items_of(doc, find_hits(doc)), sentences)
    drafts = [draft for phrase in found for draft in composer.read(phrase)]
    composer.complete(drafts)
    coref.link_surnames(doc, drafts)
    coref.resolve_descriptions(doc, drafts)
    coref.resolve_groups(doc, drafts, sentences)
    drafts += coref.resolve_pronouns(doc, drafts, sentences)
    coref.settle(drafts)
    coref.place_possessed(doc, drafts)
    coref.place_its(doc, drafts)
    drafts.sort(key=lambda d: d.start)
    return [d for d in drafts if d.has_code]
