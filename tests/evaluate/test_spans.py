"""Tests of the span helpers."""

from __future__ import annotations

from dyad.evaluate.spans import char_set, greedy_overlap_match, overlap, trim_segments


def test_overlap_and_char_set() -> None:
    assert overlap((0, 5), (3, 9)) == 2
    assert overlap((0, 5), (5, 9)) == 0
    assert char_set([(0, 2), (4, 5)]) == {0, 1, 4}


def test_greedy_overlap_match_takes_the_largest_unused_overlap() -> None:
    assert greedy_overlap_match([(0, 10), (20, 30)], [(25, 40), (2, 4), (0, 8)]) == {0: 2, 1: 0}
    assert greedy_overlap_match([(0, 10), (0, 10)], [(0, 10)]) == {0: 0}
    assert greedy_overlap_match([(0, 10)], []) == {}


def test_trim_segments_drops_marks_and_space() -> None:
    text = ' "Yes," \u201c \u201d'
    assert trim_segments(text, ((0, 7),)) == ((2, 6),)
    assert trim_segments(text, ((8, 11),)) == ()
