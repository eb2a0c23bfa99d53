"""Direct quotations: quoted stretches that stand as sentences, with their tags and continuations.

A quoted stretch is direct when the rest of its sentence is empty or an attribution tag. Two quoted
stretches around one bare tag (`"...," he said, "..."`) are one quotation in two segments; a quoted
paragraph or sentence without a tag of its own that directly follows an attributed one continues its
speaker. Quoted stretches embedded in a sentence are left for the reported-speech pass (mixed quotes).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from dyad.quotes import attribution as attr
from dyad.quotes.attribution import Attribution
from dyad.quotes.draft import Draft
from dyad.quotes.marks import Quoted, paragraphs, that_before

_TERMINAL = frozenset(".!?…")
_MIN_ORPHAN_WORDS = 4
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_LINE_OPENERS = frozenset('"“„«―—–-')
_CLOSING_MARKS = "\"”»'’"


@dataclass(frozen=True)
class _Setting:
    """A quoted stretch in its sentence: the tags on either side and whether the rest is empty."""

    left: Attribution | None
    right: Attribution | None
    left_empty: bool
    right_empty: bool
    first_para: int
    last_para: int


def direct_quotes(doc: Doc, text: str, quoted: list[Quoted], verbs: dict[str, str]) -> list[Draft]:
    """The direct quotations among `quoted`, found in `text` (the Doc's text), in text order."""
    paras = paragraphs(text)
    para_starts = [s for s, _ in paras]
    settings = [_setting(doc, text, quoted, i, paras, para_starts, verbs) for i in range(len(quoted))]
    drafts: list[Draft] = []
    last: Draft | None = None  # the direct quotation found just before, if nothing else came between
    last_tag: Attribution | None = None
    for q, setting in zip(quoted, settings, strict=True):
        complete_left = setting.left is not None or setting.left_empty
        complete_right = setting.right is not None or setting.right_empty or text[q.end - 1] in _TERMINAL
        if not (complete_left and complete_right):
            last = None
            continue
        own = setting.right or setting.left
        span = (setting.first_para, setting.last_para)
        if last is not None and (own is None or _same_tag(own, last_tag)):
            if _joins(text, last, last_tag, q, setting):
                last.segments.extend(q.segments)
                last.paragraphs = (last.paragraphs[0], setting.last_para)
                continue
            if _continues(last, setting, last_tag) and _goes_on(text, q, setting, last):
                last.segments.extend(q.segments)
                continue
            if _continues(last, setting, last_tag):
                drafts.append(Draft(list(q.segments), "direct", last.speaker, None, span))
                last = drafts[-1]
                continue
        if own is not None and own is setting.left and q.closed and (that := that_before(text, q.outer[0])) is not None:
            # `said that "..."`: the quoted words are reported speech, a mixed quotation from `that` on
            draft = Draft([(that, q.outer[1])], "mixed", own.speaker, own.cue, span)
        elif own is not None:
            draft = Draft(list(q.segments), "direct", own.speaker, own.cue, span)
        elif len(text[q.start : q.end].split()) >= _MIN_ORPHAN_WORDS:
            draft = Draft(list(q.segments), "direct", None, None, span)
        else:
            last = None
            continue
        last_tag = own
        drafts.append(draft)
        last = draft
    return drafts


def _setting(
    doc: Doc,
    text: str,
    quoted: list[Quoted],
    index: int,
    paras: list[tuple[int, int]],
    starts: list[int],
    verbs: dict[str, str],
) -> _Setting:
    q = quoted[index]
    first_para = bisect.bisect_right(starts, q.outer[0]) - 1
    last_para = bisect.bisect_right(starts, max(q.outer[0], q.outer[1] - 1)) - 1
    left_limit = paras[first_para][0]
    if index > 0 and quoted[index - 1].outer[1] > left_limit:
        left_limit = quoted[index - 1].outer[1]
    right_limit = paras[last_para][1]
    if index + 1 < len(quoted) and quoted[index + 1].outer[0] < right_limit:
        right_limit = quoted[index + 1].outer[0]
    left_limit = max(left_limit, _line_start(text, left_limit, q.outer[0]))
    right_limit = min(right_limit, _line_end(text, q.outer[1], right_limit))
    before = attr.before_quote(attr.context(doc, left_limit, q.outer[0]))
    after = attr.after_quote(attr.context(doc, q.outer[1], right_limit))
    opens_sentence = text[q.start].isupper() and _is_clause(doc, q)
    left = attr.left_attribution(before, verbs, opens_sentence)
    if left is None and not attr.has_words(before):
        left = _introduced(doc, text, q.outer[0], verbs)
    right = attr.dash_tag(doc, text, q.outer[1], right_limit) or attr.right_attribution(after, verbs)
    at_edge = not attr.has_words(before) and _is_clause(doc, q)
    if left is None and right is None and at_edge and attr.has_words(before + after):
        tag = attr.parse_tag(doc, q.start, q.end, verbs)
        if tag is not None and tag.start >= q.end and _only_speaker_between(doc, q.outer[1], tag):
            right = tag
        elif tag is not None and tag.end <= q.outer[0]:
            left = tag
    return _Setting(
        left=left,
        right=right,
        left_empty=not attr.has_words(before),
        right_empty=not attr.has_words(after),
        first_para=first_para,
        last_para=last_para,
    )


def _only_speaker_between(doc: Doc, end: int, tag: Attribution) -> bool:
    """Whether only the speaker's phrase stands between a quotation and its cue (no clause of its own)."""
    speaker = tag.speaker
    phrase = {t.i for t in speaker.subtree} if speaker is not None else set()
    return all(t.is_punct or t.i in phrase for t in attr.context(doc, end, tag.cue[0]))


def _introduced(doc: Doc, text: str, mark: int, verbs: dict[str, str]) -> Attribution | None:
    """The tag ending the line before a quotation that opens its own line (`Cruz said in a statement:`)."""
    line_start = text.rfind("\n", 0, mark)
    if line_start < 0 or text[line_start:mark].strip():
        return None
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    start = text.rfind("\n", 0, end) + 1
    return attr.left_attribution(attr.before_quote(attr.context(doc, start, end)), verbs, True)


def _is_clause(doc: Doc, q: Quoted) -> bool:
    """Whether the quoted words make a clause of their own (they hold a finite verb)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and any(t.tag_ in _FINITE for t in span)


def _line_start(text: str, low: int, pos: int) -> int:
    """`pos` when the mark there opens its line (a list of quotations, one a line), else `low`."""
    line_start = text.rfind("\n", low, pos)
    return pos if line_start >= 0 and not text[line_start:pos].strip() else low


def _line_end(text: str, pos: int, high: int) -> int:
    """The first line break after `pos` that ends a finished line, else `high`.

    A line ending in a full stop, or followed by a line opening with a quotation mark or dash, is
    finished; any other line break may be hard wrapping inside a sentence.
    """
    start = pos
    while (found := text.find("\n", start, high)) >= 0:
        # A mark closing its line ends it when the quotation itself ends a sentence (`... today.”⏎`).
        line = text[pos:found].rstrip() or text[max(0, pos - 4) : pos].rstrip(_CLOSING_MARKS)
        following = text[found:high].lstrip()[:1]
        if (line and line[-1] in _TERMINAL) or (following and following in _LINE_OPENERS):
            return found
        start = found + 1
    return high


def _same_tag(a: Attribution | None, b: Attribution | None) -> bool:
    return a is not None and b is not None and a.cue == b.cue


def _joins(text: str, last: Draft, tag: Attribution | None, q: Quoted, setting: _Setting) -> bool:
    """Whether `q` is the second half of `last`, interrupted by its bare tag (`"...," he said, "..."`)."""
    if tag is None or setting.right is not None or setting.first_para != last.paragraphs[1]:
        return False
    if tag.start < last.end or text[tag.end : q.outer[0]].strip():
        return False
    if text[last.end - 1] in _TERMINAL:
        return False
    return text[tag.end - 1] == "," or tag.bare


def _continues(last: Draft, setting: _Setting, tag: Attribution | None) -> bool:
    """Whether a quotation without a tag continues `last`: same or next paragraph, opening its sentence."""
    if last.speaker is None or not (setting.left_empty or _same_tag(setting.left, tag)):
        return False
    return setting.first_para in (last.paragraphs[1], last.paragraphs[1] + 1)


def _goes_on(text: str, q: Quoted, setting: _Setting, last: Draft) -> bool:
    """Whether a continuation is more of `last` itself: a further stretch in the same paragraph.

    `"...," she told reporters. "..."` is one quotation in two segments. A mark glued to the end of the
    sentence before it (`today."We`) is taken for a paragraph break the text lost: a new quotation.
    """
    glued = q.outer[0] > 0 and text[q.outer[0] - 1] in _TERMINAL
    return setting.first_para == last.paragraphs[1] and not glued
