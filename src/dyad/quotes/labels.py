"""Speaker labels: a line that opens with a name and a colon (`PENCE: Well, look ...`, `Pence: No debate`).

Transcripts and headlines attribute a whole line this way; the content is the rest of the line.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dyad.quotes.draft import Draft

_MAX_LABEL_TOKENS = 4
_MIN_CONTENT_WORDS = 3
# Words that label a line without being anyone who speaks.
_NOT_SPEAKERS = frozenset(
    {"update", "note", "watch", "video", "photos", "photo", "breaking", "read", "related", "correction", "exclusive"}
)
_LINE = re.compile(r"[^\n]+")


def label_quotes(doc: Doc, text: str, taken: list[Draft]) -> list[Draft]:
    """Lines of `text` (the Doc's text) opening with `NAME:` whose content no other quotation covers."""
    covered = bytearray(len(text) + 1)
    for draft in taken:
        for start, end in draft.segments:
            covered[start:end] = b"\x01" * (end - start)
    found = []
    for line in _LINE.finditer(text):
        draft = _label(doc, text, line.start(), line.end())
        if draft is not None and not any(covered[draft.start : draft.end]):
            found.append(draft)
    return found


def _label(doc: Doc, text: str, start: int, end: int) -> Draft | None:
    colon = text.find(":", start, min(end, start + 60))
    if colon < 0:
        return None
    label = doc.char_span(start, colon, alignment_mode="contract")
    if label is None or not 0 < len(label) <= _MAX_LABEL_TOKENS:
        return None
    words = [t for t in label if not t.is_space and t.text not in ('"', "“")]
    if not words or any(t.pos_ != "PROPN" and not t.text.isupper() for t in words):
        return None
    if words[-1].lower_ in _NOT_SPEAKERS:
        return None
    content_start = colon + 1
    while content_start < end and text[content_start].isspace():
        content_start += 1
    content_end = end
    while content_end > content_start and text[content_end - 1].isspace():
        content_end -= 1
    if len(text[content_start:content_end].split()) < _MIN_CONTENT_WORDS:
        return None
    return Draft([(content_start, content_end)], "indirect", words[-1], (colon, colon + 1))
