"""Number words and the packaged lexicon."""

from __future__ import annotations

import pytest

from dyad.timex.lexicon import lexicon, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three", 3),
        ("twenty four", 24),
        ("twenty-four", 24),
        ("a", 1),
        ("a couple of", 2),
        ("12", 12),
        ("2 1/2", 2.5),
        ("a hundred", 100),
        ("several", None),
        ("a few", None),
        ("purple", None),
    ],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


def test_lexicon_tables_are_consistent() -> None:
    lex = lexicon()
    assert set(lex.months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(1, 8))
    assert all(v in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") for v in lex.references.values())
