"""Tests of the generated accuracy page."""

from __future__ import annotations

from dyad.evaluate.markdown import render
from dyad.evaluate.report import EvalReport


def test_page_has_a_table_per_kind_with_the_anchors() -> None:
    reports = [
        EvalReport("times", "te3_timebank_aquaint.jsonl", {"value.f1": 0.5, "relaxed.f1": 0.8}),
        EvalReport("quotes", "polnear_dev.jsonl", {"quoted.gg03.f1": 0.6, "all.gg03.f1": 0.4}, notes=["a note"]),
    ]
    page = render(reports, "0.1.0", "2026-01-01 00:00 UTC", "`make accuracy`", 12.0, ["x.jsonl is absent"])
    assert "GENERATED" in page and "dyad 0.1.0" in page and "make accuracy" in page
    assert "## Times" in page and "## Quotes" in page and "## Events" not in page
    assert "| dyad | te3_timebank_aquaint.jsonl | – | – | – | – | – | 0.800 | – | – | 0.500 |" in page
    assert "HeidelTime†" in page and "0.776" in page
    assert "| dyad | polnear_dev.jsonl | quoted | – | – | 0.600 |" in page
    assert "textacy" in page and "polnear_dev.jsonl: a note" in page
    assert "skipped: x.jsonl is absent" in page
    assert "## The accuracy gate" in page and "accuracy_floors.json" in page


def test_published_figures_follow_their_file_and_subsets_share_it() -> None:
    reports = [
        EvalReport("events", "petrarch2_gsr.jsonl", {"root.f1": 0.5}),
        EvalReport("events", "petrarch2_gsr.jsonl [48]", {"root.f1": 0.6}),
        EvalReport("events", "petrarch2_gsr.jsonl [48]", {"root.f1": 0.894}, system="PETRARCH2"),
        EvalReport("events", "cameo_manual_dev.jsonl", {"root.f1": 0.4}),
    ]
    events = render(reports, "0.1.0", "now", "make accuracy", 1.0).split("## The accuracy gate")[0]
    rows = [line for line in events.splitlines() if line.startswith("|")]
    systems = [row.split("|")[1].strip() for row in rows[2:]]
    assert systems == ["dyad", "dyad", "PETRARCH2", "PETRARCH2 (published)†", "dyad"]
