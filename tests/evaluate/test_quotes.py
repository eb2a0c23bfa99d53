"""Tests of the quotation scorer (GenderGapTracker's overlap metric and Citron's exact spans)."""

from __future__ import annotations

from dyad.evaluate.quotes import QuoteDoc, QuoteSpan, match_ggt, score_quotes

TEXT = 'Putin said "we keep the treaty." Officials said talks would go on, according to Bush.'
DIRECT = QuoteSpan(((11, 32),), "direct", ((0, 5),))
INDIRECT = QuoteSpan(((48, 65),), "indirect", ((80, 84),))
DOC = QuoteDoc("d", TEXT, (DIRECT, INDIRECT))


def test_gold_against_itself_scores_one_everywhere() -> None:
    metrics = score_quotes([DOC], [list(DOC.quotes)]).metrics
    for subset in ("all", "direct", "indirect", "quoted"):
        for method in ("gg03", "gg08", "exact"):
            assert metrics[f"{subset}.{method}.f1"] == 1.0
            assert metrics[f"{subset}.{method}.speaker"] == 1.0


def test_empty_prediction_has_zero_recall() -> None:
    scored = score_quotes([DOC], [[]])
    assert scored.metrics["all.gg03.r"] == 0.0
    assert scored.metrics["all.gg03.fn"] == 2
    assert scored.errors[0].weight == 2


def test_partial_cover_matches_at_03_not_08_and_not_exact() -> None:
    half = QuoteSpan(((11, 22),), "direct", ((6, 10),))
    metrics = score_quotes([DOC], [[half]]).metrics
    assert metrics["direct.gg03.tp"] == 1
    assert metrics["direct.gg03.speaker"] == 0.0
    assert metrics["direct.gg08.tp"] == 0
    assert metrics["direct.exact.tp"] == 0
    assert metrics["indirect.gg03.fn"] == 1


def test_prediction_typed_differently_counts_in_its_own_subset() -> None:
    metrics = score_quotes([DOC], [[QuoteSpan(DIRECT.segments, "indirect", DIRECT.speaker)]]).metrics
    assert metrics["all.gg03.tp"] == 1
    assert metrics["direct.gg03.fn"] == 1
    assert metrics["indirect.gg03.fp"] == 1


def test_greedy_match_is_one_to_one_and_picks_the_largest_share() -> None:
    gold = [QuoteSpan(((0, 10),), "direct"), QuoteSpan(((0, 10),), "direct")]
    predicted = [QuoteSpan(((0, 4),), "direct"), QuoteSpan(((0, 9),), "direct")]
    assert match_ggt(gold, predicted, 0.3) == {0: 1, 1: 0}


def test_segments_are_compared_as_characters() -> None:
    split = QuoteSpan(((0, 5), (10, 15)), "mixed")
    assert match_ggt([split], [QuoteSpan(((0, 15),), "mixed")], 0.8) == {0: 0}
    assert match_ggt([QuoteSpan(((0, 15),), "mixed")], [split], 0.8) == {}


def test_exact_match_ignores_enclosing_quotation_marks() -> None:
    text = "He said \u201cWe stay.\u201d Then he left."
    gold = QuoteDoc("q", text, (QuoteSpan(((8, 18),), "direct", ((0, 2),)),))
    predicted = [QuoteSpan(((9, 17),), "direct", ((0, 2),))]
    metrics = score_quotes([gold], [predicted]).metrics
    assert metrics["direct.exact.f1"] == 1.0
    assert metrics["direct.exact.speaker"] == 1.0
    assert score_quotes([gold], [[QuoteSpan(((9, 16),), "direct")]]).metrics["direct.exact.tp"] == 0
