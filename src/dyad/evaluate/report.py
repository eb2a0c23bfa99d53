"""Counting helpers shared by the scorers, and the report an evaluation returns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

Metrics = dict[str, float | int]


@dataclass
class Counts:
    """True positives, false positives and false negatives, summed over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def add_multisets(self, gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> int:
        """Count a multiset comparison (each item matches at most once); return the errors it added."""
        gold_counts, predicted_counts = Counter(gold), Counter(predicted)
        tp = sum((gold_counts & predicted_counts).values())
        fp = sum(predicted_counts.values()) - tp
        fn = sum(gold_counts.values()) - tp
        self.add(tp, fp, fn)
        return fp + fn

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def metrics(self, prefix: str) -> Metrics:
        """`prefix.p`, `.r`, `.f1` and the raw counts."""
        return {
            f"{prefix}.p": round(self.precision, 4),
            f"{prefix}.r": round(self.recall, 4),
            f"{prefix}.f1": round(self.f1, 4),
            f"{prefix}.tp": self.tp,
            f"{prefix}.fp": self.fp,
            f"{prefix}.fn": self.fn,
        }


def ratio(numerator: float, denominator: float) -> float:
    """`numerator / denominator`, or 0.0 when there is nothing to divide."""
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True)
class ErrorItem:
    """One document (or item) the system got wrong, with the evidence a reader needs."""

    weight: float
    doc_id: str
    text: str
    detail: str


@dataclass(frozen=True)
class Scored:
    """What a scorer returns: flat metrics and every error, unsorted."""

    metrics: Metrics
    errors: list[ErrorItem] = field(default_factory=list)


@dataclass
class EvalReport:
    """The result of one evaluation: which gold file, the metrics, notes and the worst errors."""

    kind: str
    gold: str
    metrics: Metrics
    errors: list[ErrorItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    system: str = "dyad"
    seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able view of the report."""
        return {
            "kind": self.kind,
            "gold": self.gold,
            "system": self.system,
            "metrics": dict(self.metrics),
            "notes": list(self.notes),
            "seconds": self.seconds,
            "errors": [{"weight": e.weight, "id": e.doc_id, "text": e.text, "detail": e.detail} for e in self.errors],
        }

    def to_text(self) -> str:
        """A readable table of the metrics, then the notes and the worst errors with their text."""
        lines = [f"{self.system} on {self.gold} ({self.kind})"]
        if self.seconds is not None:
            lines[0] += f" in {self.seconds:.1f} s"
        lines += _metric_table(self.metrics)
        lines += [f"  note: {note}" for note in self.notes]
        if self.errors:
            lines.append(f"worst {len(self.errors)} errors:")
            for error in self.errors:
                lines.append(f"- [{error.doc_id}] {error.detail}")
                lines.append(f"    {_clip(error.text)}")
        return "\n".join(lines)


def worst(errors: Iterable[ErrorItem], n: int) -> list[ErrorItem]:
    """The `n` heaviest errors; ties keep their document order."""
    ranked = sorted(enumerate(errors), key=lambda pair: (-pair[1].weight, pair[0]))
    return [error for _, error in ranked[: max(n, 0)]]


_PRF = ("p", "r", "f1", "tp", "fp", "fn")


def _metric_table(metrics: Metrics) -> list[str]:
    """Rows of P/R/F1 groups (one row per prefix), then the other figures one per line."""
    groups: dict[str, dict[str, float | int]] = {}
    singles: dict[str, float | int] = {}
    for key, value in metrics.items():
        prefix, _, last = key.rpartition(".")
        if prefix and last in _PRF:
            groups.setdefault(prefix, {})[last] = value
        else:
            singles[key] = value
    width = max((len(key) for key in [*groups, *singles]), default=0)
    lines = []
    if groups:
        lines.append(f"  {'':<{width}}  " + " ".join(f"{name:>6}" for name in _PRF))
        for prefix, values in groups.items():
            cells = " ".join(f"{_show(values[name]) if name in values else '':>6}" for name in _PRF)
            lines.append(f"  {prefix:<{width}}  {cells}")
    lines += [f"  {key:<{width}}  {_show(value)}" for key, value in singles.items()]
    return lines


def _show(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _clip(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
