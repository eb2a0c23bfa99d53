"""Tests of the generated accuracy page."""

from __future__ import annotations

from dyad.evaluate.markdown import render
from dyad.evaluate.report import EvalReport


def test_page_has_a_table_per_kind_with_the_anchors() -> None:
    reports = [
        EvalReport("times", "te3_timebank_aquaint.jsonl", {"value.f1": 0.5, "relaxed.f1": 0.8}),
        EvalReport("quotes", "polnear_dev.jsonl", {"quoted.gg03.f1": 0.6, "all.gg03.f1": 0.4}, notes=["a note"]),
    ]
    page = render(reports, "0.1.0", "2026-01-01 00:00 UTC", "make accuracy", 12.0, ["x.jsonl is absent"])
    assert "GENERATED" in page and "dyad 0.1.0" in page and "make accuracy" in page
    assert "## Times" in page and "## Quotes" in page and "## Events" not in page
    assert "| dyad | te3_timebank_aquaint.jsonl | – | – | – | – | – | 0.800 | – | – | 0.500 |" in page
    assert "HeidelTime†" in page and "0.776" in page
    assert "| dyad | polnear_dev.jsonl | quoted | – | – | 0.600 |" in page
    assert "textacy" in page and "polnear_dev.jsonl: a note" in page
    assert "skipped: x.jsonl is absent" in page
