"""Scanning quotation marks: plain strings, no language model."""

from __future__ import annotations

import pytest

from dyad.quotes.marks import find_quoted, is_title, paragraphs, that_before


def contents(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.segments] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', [["we will win"]]),
        ("He said “we will win” today.", [["we will win"]]),
        ("„Wir gewinnen“ is German; «nous gagnons» is French.", [["Wir gewinnen"], ["nous gagnons"]]),
        ("''This isn't reform,'' he said.", [["This isn't reform,"]]),
        ('"One," he said, "two."', [["One,"], ["two."]]),
        ('ministers today."We confirmed it."', [["We confirmed it."]]),
    ],
)
def test_balanced_marks(text: str, expected: list[list[str]]) -> None:
    assert contents(text) == expected


def test_multi_paragraph_quote_opens_each_paragraph_and_closes_once() -> None:
    text = '"First paragraph goes on.\n\n"Second paragraph too.\n\n"Last one," she said.\n\nNext story.'
    quoted = find_quoted(text)
    assert len(quoted) == 1
    assert [text[s:e] for s, e in quoted[0].segments] == [
        "First paragraph goes on.",
        "Second paragraph too.",
        "Last one,",
    ]
    assert quoted[0].closed


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = 'He said "we will never give up.\n\nThe talks ended "late" on Sunday.'
    assert contents(text) == [["we will never give up."], ["late"]]
    assert not find_quoted(text)[0].closed


@pytest.mark.parametrize("text", ['"', "”", 'a " b " c "', "He is 5'10\" tall.", "“”", "''", '\n\n"\n\n'])
def test_unbalanced_or_empty_marks_never_raise(text: str) -> None:
    for q in find_quoted(text):
        assert all(0 <= s < e <= len(text) for s, e in q.segments)


def test_closing_curly_mark_used_as_opener() -> None:
    text = "”Fear. I am afraid.” ― Edwin\n“Next one.”"
    assert contents(text) == [["Fear. I am afraid."], ["Next one."]]


def test_paragraphs_fall_back_to_lines() -> None:
    assert paragraphs("a\nb\n\nc") == [(0, 3), (5, 6)]
    assert paragraphs("a\nb") == [(0, 1), (2, 3)]


def test_marks_inside_markup_tags_are_no_quotations() -> None:
    text = 'He wrote <tweet id="7479" author="@kim">We "will" win</tweet> and said "we win" again.'
    assert contents(text) == [["will"], ["we win"]]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('He told MSNBC\'s "Morning Joe" that taxes rise.', True),
        ('He spoke on CNN\'s "State of the Union."', True),
        ("He read “The Art of the Deal” twice.", True),
        ('He called the plan "a dangerous mistake" today.', False),
        ('She said "Stay Home. We Go." loudly.', False),
        ('She said "Sad!" and left.', False),
    ],
)
def test_names_and_titles_in_marks(text: str, title: bool) -> None:
    (quoted,) = find_quoted(text)
    assert is_title(text, quoted) is title


@pytest.mark.parametrize(
    ("text", "expected"),
    [('He said that "we go."', 8), ('He said that, "we go."', 8), ('He said "we go."', None), ('What hat "x"', None)],
)
def test_that_before_a_mark(text: str, expected: int | None) -> None:
    assert that_before(text, text.index('"')) == expected
