"""Measuring dyad against gold data: events, actors, quotes, times and places.

    >>> from dyad.evaluate import evaluate
    >>> report = evaluate("times", Path("../shared/data/time/te3_timebank_aquaint.jsonl"), limit=10)
    >>> print(report.to_text())

The scorers (one module per kind) are pure functions over small dataclasses; `run` codes the gold
texts with the pipeline and hands the results to them.
"""

from dyad.evaluate.report import ErrorItem, EvalReport
from dyad.evaluate.run import KINDS, baseline_ids, evaluate, score_petrarch2

__all__ = ["KINDS", "ErrorItem", "EvalReport", "baseline_ids", "evaluate", "score_petrarch2"]
