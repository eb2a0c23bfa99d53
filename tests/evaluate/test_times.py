"""Tests of the TempEval-3 style time scorer."""

from __future__ import annotations

from dyad.evaluate.times import Timex, TimexDoc, score_times

DOC = TimexDoc(
    "t",
    "On Friday, two weeks ago, prices fell.",
    "1998-01-08",
    (Timex(3, 9, "DATE", "1998-01-09", "Friday"), Timex(11, 24, "DATE", "1997-12-25", "two weeks ago")),
)


def test_gold_against_itself_scores_one_everywhere() -> None:
    metrics = score_times([DOC], [list(DOC.timexes)]).metrics
    for key in ("strict.f1", "relaxed.f1", "type.f1", "value.f1", "type.accuracy", "value.accuracy"):
        assert metrics[key] == 1.0


def test_empty_prediction_has_zero_recall() -> None:
    scored = score_times([DOC], [[]])
    assert scored.metrics["relaxed.r"] == 0.0 and scored.metrics["strict.r"] == 0.0
    assert len(scored.errors) == 2


def test_overlap_is_relaxed_not_strict_and_wrong_value_costs_value_f1() -> None:
    predicted = [Timex(3, 9, "DATE", "1998-01-02", "Friday"), Timex(15, 24, "DURATION", "P2W", "weeks ago")]
    metrics = score_times([DOC], [predicted]).metrics
    assert (metrics["strict.tp"], metrics["strict.fp"], metrics["strict.fn"]) == (1, 1, 1)
    assert metrics["relaxed.f1"] == 1.0
    assert metrics["type.accuracy"] == 0.5
    assert metrics["value.accuracy"] == 0.0
    assert metrics["value.f1"] == 0.0


def test_value_comparison_ignores_case() -> None:
    gold = TimexDoc("t", "now", None, (Timex(0, 3, "DATE", "PRESENT_REF", "now"),))
    metrics = score_times([gold], [[Timex(0, 3, "DATE", "present_ref", "now")]]).metrics
    assert metrics["value.f1"] == 1.0
