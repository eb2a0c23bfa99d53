"""Tests of the report and the counting helpers."""

from __future__ import annotations

import json

from dyad.evaluate.report import Counts, ErrorItem, EvalReport, worst


def test_counts_precision_recall_f1() -> None:
    counts = Counts()
    counts.add(3, 1, 2)
    assert (counts.precision, counts.recall) == (0.75, 0.6)
    assert round(counts.f1, 4) == 0.6667
    assert Counts().f1 == 0.0
    assert counts.metrics("x") == {"x.p": 0.75, "x.r": 0.6, "x.f1": 0.6667, "x.tp": 3, "x.fp": 1, "x.fn": 2}


def test_worst_keeps_the_heaviest_in_document_order() -> None:
    errors = [
        ErrorItem(1, "a", "", ""),
        ErrorItem(3, "b", "", ""),
        ErrorItem(1, "c", "", ""),
        ErrorItem(3, "d", "", ""),
    ]
    assert [e.doc_id for e in worst(errors, 3)] == ["b", "d", "a"]
    assert worst(errors, 0) == []


def test_report_text_and_dict() -> None:
    report = EvalReport(
        kind="times",
        gold="te3.jsonl",
        metrics={"relaxed.p": 0.5, "relaxed.r": 1.0, "relaxed.f1": 0.6667, "relaxed.tp": 1, "articles": 2},
        errors=[ErrorItem(1.0, "doc1", "On [Friday] prices fell.", "value '1998-01-02' for 'Friday'")],
        notes=["a note"],
        seconds=1.25,
    )
    text = report.to_text()
    assert "te3.jsonl" in text and "relaxed" in text and "0.667" in text
    assert "[doc1]" in text and "On [Friday] prices fell." in text and "note: a note" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["metrics"]["relaxed.f1"] == 0.6667 and data["errors"][0]["id"] == "doc1"
