"""Tests of the event scorer on hand-made gold and predictions whose scores are known."""

from __future__ import annotations

import pytest

from dyad.evaluate.events import CodedEvent, EventSentence, normalize_actor, normalize_plover, score_events

GOLD = [
    EventSentence("s1", "Russia condemned the strike.", (CodedEvent("RUS", "USA", "111"),), plover=("ACCUSE",)),
    EventSentence(
        "s2",
        "Brazil and the US agreed.",
        (CodedEvent("BRA", "USA", "031"), CodedEvent("USA", "BRA", "031")),
        plover=("AGREE",),
    ),
    EventSentence("s3", "Nothing happened.", ()),
]


def test_gold_against_itself_scores_one_everywhere() -> None:
    predictions = [
        [CodedEvent("RUS", "USA", "111", "ACCUSE")],
        [CodedEvent("BRA", "USA", "031", "AGREE"), CodedEvent("USA", "BRA", "031")],
        [],
    ]
    metrics = score_events(GOLD, predictions).metrics
    for key in ("root", "code", "triple", "triple_full", "triple_root", "dyad"):
        assert metrics[f"{key}.f1"] == 1.0
    assert metrics["plover.f1"] == 1.0
    assert metrics["sentence_exact"] == 1.0


def test_empty_prediction_has_zero_recall() -> None:
    scored = score_events(GOLD, [[], [], []])
    assert scored.metrics["root.r"] == 0.0
    assert scored.metrics["triple.r"] == 0.0
    assert scored.metrics["root.fn"] == 3
    assert [e.doc_id for e in scored.errors] == ["s1", "s2"]


def test_counts_are_multisets_per_sentence() -> None:
    gold = [EventSentence("a", "x", (CodedEvent("USA", "CHN", "042"),))]
    predicted = [[CodedEvent("USA", "CHN", "042"), CodedEvent("USA", "CHN", "042"), CodedEvent("USA", "CHN", "043")]]
    metrics = score_events(gold, predicted).metrics
    assert (metrics["code.tp"], metrics["code.fp"], metrics["code.fn"]) == (1, 2, 0)
    assert (metrics["root.tp"], metrics["root.fp"]) == (1, 2)
    # one event per source-target pair: the first one in text order is kept
    assert (metrics["triple_root.tp"], metrics["triple_root.fp"]) == (1, 0)
    assert metrics["sentence_exact"] == 0.0


def test_actor_codes_compared_on_six_characters_and_whole_codes() -> None:
    gold = [EventSentence("a", "x", (CodedEvent("USAGOV", "---REB", "190"),))]
    predicted = [[CodedEvent("USAGOVMIL", "REB", "190")]]
    metrics = score_events(gold, predicted).metrics
    assert metrics["triple.f1"] == 1.0
    assert metrics["triple_full.f1"] == 0.0


def test_codes_only_gold_scores_no_triples() -> None:
    gold = [EventSentence("a", "x", (CodedEvent("", "", "010"),), has_actors=False)]
    metrics = score_events(gold, [[CodedEvent("USA", "", "010")]]).metrics
    assert metrics["code.f1"] == 1.0
    assert "triple.f1" not in metrics and "plover.f1" not in metrics


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        score_events(GOLD, [[]])


@pytest.mark.parametrize(
    ("raw", "expected"), [("---GOV", "GOV"), ("usa", "USA"), (None, ""), ("------", ""), ("IGOUNO", "IGOUNO")]
)
def test_normalize_actor(raw: str | None, expected: str) -> None:
    assert normalize_actor(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("DEMAND", "REQUEST"), ("disapprove", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"), ("AID", "AID")],
)
def test_plover_names_are_mapped(raw: str, expected: str) -> None:
    assert normalize_plover(raw) == expected
