"""Blank out the parts of an article that are not its own content, keeping every offset.

Feed summaries that repeat the body's first sentence, pull-quote blocks that repeat a quote from the
body, link boilerplate ("READ MORE") and the agency credit of a dateline ("MOSCOW (Reuters) -": the
agency is not an actor of the story) are replaced by spaces (line breaks are kept), so the text
the parser sees has the same length as the input and every span points into the original.
"""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"^[ \t]*(?:READ MORE|Read more|Advertisement|ADVERTISEMENT|Related:?|Share this article|"
    r"Click here[^\n]{0,80}|Sign up[^\n]{0,80})[ \t]*$",
    re.MULTILINE,
)
_PULL_QUOTE = re.compile(r"^[ \t]*Quote[ \t]*\n(?:.*\n){1,6}?[ \t]*Unquote[ \t]*\n(?:[^\n]*(?:\n|$))?", re.MULTILINE)
# An all-capitals dateline at the start of a line, then the credit in brackets, then a dash or colon.
_DATELINE_CREDIT = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,[^\n(]{1,40})?[ \t]*(?P<credit>\([^)\n]{1,40}\))[ \t]*(?:--|-|—|–|:)",
    re.MULTILINE,
)
_ELLIPSIS = ("…", "...")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")


def mask_layout(text: str) -> str:
    """`text` with summaries, pull quotes and boilerplate blanked out; same length, same line breaks."""
    spans = [m.span() for m in _BOILERPLATE.finditer(text)]
    spans += [m.span() for m in _PULL_QUOTE.finditer(text)]
    spans += list(_summary_paragraphs(text))
    spans += [m.span("credit") for m in _DATELINE_CREDIT.finditer(text)]
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def dropped_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` that `mask_layout` blanks, merged and in order."""
    masked = mask_layout(text)
    spans: list[tuple[int, int]] = []
    start = None
    for i, (a, b) in enumerate(zip(text, masked, strict=True)):
        if a != b and start is None:
            start = i
        elif a == b and start is not None and not a.isspace():
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: text between blank lines, without surrounding white space."""
    spans = []
    start = 0
    for separator in [*_BLANK_LINES.finditer(text), None]:
        end = separator.start() if separator else len(text)
        piece = text[start:end]
        if piece.strip():
            left = len(piece) - len(piece.lstrip())
            spans.append((start + left, start + len(piece.rstrip())))
        if separator:
            start = separator.end()
    return spans


def _summary_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that end in an ellipsis and are a cut-off copy of the start of a later paragraph."""
    found = []
    paragraphs = _paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        body = text[start:end].rstrip()
        stem = next((body[: -len(e)].rstrip() for e in _ELLIPSIS if body.endswith(e)), None)
        if not stem or len(stem) < 40:
            continue
        if any(text[s:e].startswith(stem) for s, e in paragraphs[index + 1 :]):
            found.append((start, end))
    return found
