"""Scoring temporal expressions the TempEval-3 way.

- `strict`: a prediction matches a gold TIMEX3 with exactly the same span;
- `relaxed`: spans overlap (each gold expression, in text order, takes the unused prediction that
  overlaps it most);
- `type` and `value`: over relaxed matches, the attribute must also agree. `*.accuracy` is over the
  matches, `*.f1` counts a match with a wrong attribute as both a miss and a false alarm (TempEval-3's
  attribute F1: relaxed F1 times attribute accuracy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyad.evaluate.report import Counts, ErrorItem, Metrics, Scored, ratio
from dyad.evaluate.spans import greedy_overlap_match


@dataclass(frozen=True)
class Timex:
    """A temporal expression as scored."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(frozen=True)
class TimexDoc:
    """A gold article with its creation date and TIMEX3 expressions."""

    id: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]


def _same_value(a: str, b: str) -> bool:
    return a.strip().upper() == b.strip().upper()


def score_times(docs: Sequence[TimexDoc], predictions: Sequence[Sequence[Timex]]) -> Scored:
    """Score predicted expressions against gold articles (the two sequences are parallel)."""
    if len(docs) != len(predictions):
        raise ValueError("one prediction list is needed per gold article")
    strict, relaxed = Counts(), Counts()
    same_type = same_value = 0
    errors: list[ErrorItem] = []
    for doc, predicted in zip(docs, predictions, strict=True):
        gold = list(doc.timexes)
        exact_spans = {(t.start, t.end) for t in predicted}
        strict_tp = len({(t.start, t.end) for t in gold} & exact_spans)
        strict.add(strict_tp, len(predicted) - strict_tp, len(gold) - strict_tp)
        matches = greedy_overlap_match([(t.start, t.end) for t in gold], [(t.start, t.end) for t in predicted])
        relaxed.add(len(matches), len(predicted) - len(matches), len(gold) - len(matches))
        for g, p in matches.items():
            same_type += gold[g].type == predicted[p].type
            if _same_value(gold[g].value, predicted[p].value):
                same_value += 1
            else:
                detail = f"value {predicted[p].value!r} for {gold[g].text!r}, gold {gold[g].value!r} (dct {doc.dct})"
                errors.append(ErrorItem(1.0, doc.id, _context(doc.text, gold[g]), detail))
        for g, timex in enumerate(gold):
            if g not in matches:
                errors.append(
                    ErrorItem(0.5, doc.id, _context(doc.text, timex), f"missed {timex.text!r} = {timex.value}")
                )
    metrics: Metrics = {
        "articles": len(docs),
        "gold_timexes": sum(len(d.timexes) for d in docs),
        "predicted_timexes": sum(len(p) for p in predictions),
    }
    metrics.update(strict.metrics("strict"))
    metrics.update(relaxed.metrics("relaxed"))
    for name, right in (("type", same_type), ("value", same_value)):
        metrics[f"{name}.accuracy"] = round(ratio(right, relaxed.tp), 4)
        attribute = Counts(right, relaxed.fp + relaxed.tp - right, relaxed.fn + relaxed.tp - right)
        metrics[f"{name}.f1"] = round(attribute.f1, 4)
    return Scored(metrics, errors)


def _context(text: str, timex: Timex, width: int = 80) -> str:
    start, end = max(0, timex.start - width), min(len(text), timex.end + width)
    return text[start : timex.start] + "[" + text[timex.start : timex.end] + "]" + text[timex.end : end]
