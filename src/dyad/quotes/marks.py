"""Find the stretches of text inside double quotation marks, paragraph by paragraph, in one pass.

Straight marks get their role (opening or closing) from the characters around them and, when those
do not tell, from whether a quotation is open. A quotation left open at the end of a paragraph goes on
into the next paragraph when that one opens with a mark (newspaper style); otherwise it ends there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_STRAIGHT = '"'
_MARKS = _OPENERS | _CLOSERS | {_STRAIGHT}
_BEFORE_OPENER = frozenset("([{—–-/\u00a0")
_AFTER_CLOSER = frozenset(".,;:!?)]}—–-…'’")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# Short words a title leaves in lower case ("State of the Union", "Contract with America").
_TITLE_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
)
_TITLE_WORDS = (2, 8)
# Markup left in a text (`<tweet id="7479" author="@x">`): its attribute values are no quotations.
_MARKUP = re.compile(r"<[A-Za-z/][^<>\n]{0,300}>")


@dataclass(frozen=True)
class Quoted:
    """Text inside quotation marks: its content pieces and the marks' outer bounds.

    `segments` are the content pieces (one per paragraph), stripped of the marks and of surrounding
    white space; `outer` runs from the first opening mark to the end of the last closing mark (or the
    end of the content when no mark closes it).
    """

    segments: tuple[tuple[int, int], ...]
    outer: tuple[int, int]
    closed: bool

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines, or single lines when the text has no blank line."""
    breaks = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    if not breaks:
        breaks = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    spans = []
    start = 0
    for gap_start, gap_end in [*breaks, (len(text), len(text))]:
        if text[start:gap_start].strip():
            spans.append((start, gap_start))
        start = gap_end
    return spans


def find_quoted(text: str) -> list[Quoted]:
    """Every quotation-mark span in `text`, in order; unbalanced marks never raise.

    Marks inside markup tags are passed over; offsets stay those of `text`.
    """
    text = _MARKUP.sub(lambda tag: " " * len(tag.group(0)), text)
    found: list[Quoted] = []
    pieces: list[tuple[int, int]] = []  # earlier paragraphs of a quotation that runs on
    first_open = content_start = -1
    paras = paragraphs(text)
    for index, (p_start, p_end) in enumerate(paras):
        inside = bool(pieces)
        pos = p_start
        if inside:
            pos = _first_visible(text, p_start)
            pos += _width(text, pos)
            content_start = pos
        while pos < p_end:
            width = _width(text, pos)
            if not width:
                pos += 1
                continue
            if _role(text, pos, width, inside) == "open":
                pieces = []  # an opening mark inside an open quotation: the earlier one was stray
                first_open, content_start, inside = pos, pos + width, True
            elif inside:
                _emit(found, text, [*pieces, (content_start, pos)], (first_open, pos + width), closed=True)
                pieces, inside = [], False
            pos += width
        if not inside:
            continue
        pieces.append((content_start, p_end))
        if index + 1 < len(paras) and _opens_with_mark(text, paras[index + 1][0]):
            continue
        _emit(found, text, pieces, (first_open, p_end), closed=False)
        pieces = []
    return found


def _width(text: str, pos: int) -> int:
    """The length of the quotation mark at `pos` (two for '' and ``), or 0 when there is none."""
    char = text[pos]
    if char in _MARKS:
        return 1
    if char in "'`" and text[pos + 1 : pos + 2] == char:
        return 2
    return 0


def _role(text: str, pos: int, width: int, inside: bool) -> str:
    """ "open" or "close": curly marks say so themselves unless the spacing plainly contradicts them."""
    char = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if char in _OPENERS or char == "`":
        wrong = inside and not before.isspace() and (after.isspace() or after in _AFTER_CLOSER)
        return "close" if wrong else "open"
    if char in _CLOSERS:
        wrong = not inside and before.isspace() and after.isalnum()
        return "open" if wrong else "close"
    opens = (before.isspace() or before in _BEFORE_OPENER) and not after.isspace()
    closes = (after.isspace() or after in _AFTER_CLOSER) and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if inside else "open"


def _first_visible(text: str, start: int) -> int:
    pos = start
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _opens_with_mark(text: str, start: int) -> bool:
    pos = _first_visible(text, start)
    width = _width(text, pos) if pos < len(text) else 0
    return bool(width) and _role(text, pos, width, False) == "open"


def _emit(
    found: list[Quoted], text: str, segments: list[tuple[int, int]], outer: tuple[int, int], closed: bool
) -> None:
    """Add a Quoted with white space trimmed from each segment, unless nothing is inside the marks."""
    trimmed = []
    for start, end in segments:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    if trimmed:
        found.append(Quoted(segments=tuple(trimmed), outer=outer, closed=closed))


def is_title(text: str, quoted: Quoted) -> bool:
    """Whether the marks hold a name or title ("Morning Joe", "State of the Union.") rather than words said.

    A title is a few capitalised words (small words aside) in one piece, with no sentence of its own.
    """
    if len(quoted.segments) != 1:
        return False
    words = text[quoted.start : quoted.end].rstrip(".,").split()
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]:
        return False
    for index, word in enumerate(words):
        letters = word.strip("\"'’“”‘().,:-")
        if not letters or letters[0].isdigit():
            continue
        if not letters[0].isupper() and (index == 0 or letters.lower() not in _TITLE_SMALL):
            return False
        if index + 1 < len(words) and _ends_sentence(word):
            return False
    return True


def _ends_sentence(word: str) -> bool:
    """Whether a word inside a stretch closes a sentence ("Go." but not "Mr." or "U.S.")."""
    if word[-1] in "!?;":
        return True
    return word[-1] == "." and "." not in word[:-1] and len(word) > 4


def that_before(text: str, mark: int) -> int | None:
    """Where a `that` ends just before the quotation mark at `mark` starts (`said that "`), else None."""
    end = mark
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    start = end - len("that")
    if start < 0 or text[start:end].lower() != "that" or (start > 0 and text[start - 1].isalnum()):
        return None
    return start
