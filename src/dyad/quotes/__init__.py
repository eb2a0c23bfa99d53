"""Quotations and their speakers: direct quotes from quotation marks, mixed and indirect from the parse.

marks.py        the stretches inside quotation marks (straight, curly, '', multi-paragraph)
direct.py       which of them are direct quotes; their tags, interruptions and continuations
attribution.py  tags beside quotation marks: the cue and the speaker's head word
reported.py     indirect and mixed quotes from the cues' complements in the parse
labels.py       `NAME: text` lines (transcripts, headlines)
speakers.py     speaker phrases and the actors the mentions resolve them to
lexicon.py      the cue verbs (data/quotes/cue_verbs.tsv) and the verbs of saying among them (saying_verbs.txt)
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.model import Mention, Quote, Span
from dyad.quotes.direct import direct_quotes
from dyad.quotes.draft import Draft
from dyad.quotes.labels import label_quotes
from dyad.quotes.lexicon import cue_verbs
from dyad.quotes.marks import find_quoted
from dyad.quotes.reported import reported_quotes
from dyad.quotes.speakers import SpeakerResolver

__all__ = ["find_quotes"]


def find_quotes(doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Every quotation in `doc`, in text order, with its speaker resolved through `mentions`."""
    text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
    verbs = cue_verbs()
    quoted = find_quoted(text)
    direct = direct_quotes(doc, text, quoted, verbs)
    reported = reported_quotes(doc, text, verbs, quoted, direct)
    labelled = label_quotes(doc, text, [*direct, *reported])
    resolver = SpeakerResolver(text, mentions)
    drafts = sorted([*direct, *reported, *labelled], key=lambda d: (d.start, d.end))
    return [_quote(text, draft, resolver) for draft in drafts]


def _quote(text: str, draft: Draft, resolver: SpeakerResolver) -> Quote:
    cue = Span(text[draft.cue[0] : draft.cue[1]], *draft.cue) if draft.cue else None
    return Quote(
        text=" ".join(text[s:e] for s, e in draft.segments),
        start=draft.start,
        end=draft.end,
        segments=tuple(draft.segments),
        type=draft.type,
        speaker=resolver.speaker(draft.speaker) if draft.speaker is not None else None,
        cue=cue,
    )
