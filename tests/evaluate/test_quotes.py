"""Tests of the quotation scorer (GenderGapTracker's overlap metric and Citron's exact spans)."""

from __future__ import annotations

import json
from pathlib import Path

from dyad.evaluate.gold import load_quotes
from dyad.evaluate.markdown import _quotes_table
from dyad.evaluate.quotes import QuoteDoc, QuoteSpan, match_ggt, score_quotes
from dyad.evaluate.report import EvalReport

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


SPEECH_TEXT = 'Kim said "taxes must fall." Aides believe the plan works. Polls show "a tight race" ahead.'
SAID = QuoteSpan(((10, 26),), "direct", ((0, 3),), speech_verb=True)
BELIEVE = QuoteSpan(((42, 56),), "indirect", ((28, 33),), speech_verb=False)
SHOW = QuoteSpan(((69, 89),), "mixed", ((58, 63),), speech_verb=True)
SPEECH_DOC = QuoteDoc("s", SPEECH_TEXT, (SAID, BELIEVE, SHOW))


def test_speech_verb_subset_keeps_flagged_quotes_of_every_type() -> None:
    metrics = score_quotes([SPEECH_DOC], [list(SPEECH_DOC.quotes)]).metrics
    assert metrics["speech_verb.gg03.tp"] == 2
    assert metrics["speech_verb.gg03.f1"] == 1.0
    assert metrics["all.gg03.tp"] == 3


def test_speech_verb_subset_needs_the_flag_on_both_sides() -> None:
    unflagged = QuoteSpan(SAID.segments, "direct", SAID.speaker, speech_verb=False)
    flagged_extra = QuoteSpan(BELIEVE.segments, "indirect", BELIEVE.speaker, speech_verb=True)
    metrics = score_quotes([SPEECH_DOC], [[unflagged, flagged_extra, SHOW]]).metrics
    # the gold "said" quote is missed in the subset, the "believe" prediction is spurious there
    assert (metrics["speech_verb.gg03.tp"], metrics["speech_verb.gg03.fp"], metrics["speech_verb.gg03.fn"]) == (1, 1, 1)
    assert metrics["all.gg03.tp"] == 3


def test_load_quotes_reads_the_speech_verb_flag(tmp_path: Path) -> None:
    quotes = [
        {"quote_char_span": [10, 26], "type": "direct", "speaker_span": [0, 3], "cue_has_speech_verb": True},
        {"quote_char_span": [42, 56], "type": "indirect", "speaker_span": [28, 33], "cue_has_speech_verb": False},
        {"quote_char_span": [69, 89], "type": "mixed"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "s", "text": SPEECH_TEXT, "quotes": quotes}) + "\n", encoding="utf-8")
    flags = [q.speech_verb for q in load_quotes(path)[0].gold.quotes]
    assert flags == [True, False, False]


def test_quotes_table_has_a_speech_verb_row() -> None:
    report = EvalReport("quotes", "gold.jsonl", {"speech_verb.gg03.f1": 0.75, "quoted.gg03.f1": 0.5})
    rows = _quotes_table([report])
    speech = [row for row in rows if "| speech_verb |" in row]
    assert len(speech) == 1 and "0.750" in speech[0]
