"""Character-span arithmetic used by the quote, time and place scorers."""

from __future__ import annotations

from collections.abc import Iterable

Segments = tuple[tuple[int, int], ...]


def char_set(segments: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The character positions covered by `segments` (end exclusive)."""
    return frozenset(i for start, end in segments for i in range(start, end))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy_overlap_match(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """Match each gold span, in order, to the unused prediction overlapping it most; gold index -> prediction index."""
    used: set[int] = set()
    matches: dict[int, int] = {}
    for g, gold_span in enumerate(gold):
        best, best_overlap = -1, 0
        for p, predicted_span in enumerate(predicted):
            if p in used:
                continue
            shared = overlap(gold_span, predicted_span)
            if shared > best_overlap:
                best, best_overlap = p, shared
        if best >= 0:
            used.add(best)
            matches[g] = best
    return matches


# Quotation marks are part of the gold content span in some corpora and left out by others.
_TRIM = " \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"


def trim_segments(text: str, segments: Segments) -> Segments:
    """Segments without white space and quotation marks at their ends (empty segments dropped)."""
    trimmed = []
    for start, end in segments:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return tuple(trimmed)
