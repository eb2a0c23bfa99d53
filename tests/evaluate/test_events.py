"""Tests of the event scorer on hand-made gold and predictions whose scores are known."""

from __future__ import annotations

import pytest

from dyad.evaluate.events import (
    CodedEvent,
    EventSentence,
    classify_errors,
    follows_crosswalk,
    normalize_actor,
    normalize_plover,
    score_events,
)
from dyad.evaluate.markdown import render
from dyad.evaluate.report import EvalReport

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
    ("raw", "expected"),
    [
        ("---GOV", "GOV"),
        ("usa", "USA"),
        (None, ""),
        ("------", ""),
        ("IGOUNO", "IGOUNO"),
        ("PSE***", "PSE"),
        ("***", ""),
    ],
)
def test_normalize_actor(raw: str | None, expected: str) -> None:
    assert normalize_actor(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("DEMAND", "REQUEST"), ("disapprove", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"), ("AID", "AID")],
)
def test_plover_names_are_mapped(raw: str, expected: str) -> None:
    assert normalize_plover(raw) == expected


def _kinds(gold: EventSentence, predicted: list[CodedEvent]) -> dict[str, int]:
    return {kind: n for kind, n in classify_errors(gold, predicted).items() if n}


def _sentence(*events: CodedEvent, actors: bool = True) -> EventSentence:
    return EventSentence("x", "x", events, has_actors=actors)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("RUS", "USA", "111")], {}),
        (_sentence(CodedEvent("RUS", "USA", "111")), [], {"missed": 1}),
        (_sentence(), [CodedEvent("RUS", "USA", "111")], {"spurious": 1}),
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("RUS", "USA", "112")], {"sub_code": 1}),
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("RUS", "USA", "042")], {"wrong_root": 1}),
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("", "USA", "111")], {"source_missing": 1}),
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("CHN", "USA", "111")], {"source_wrong": 1}),
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("RUS", "", "111")], {"target_missing": 1}),
        (_sentence(CodedEvent("RUS", "", "111")), [CodedEvent("RUS", "USA", "111")], {"target_wrong": 1}),
        # right root, wrong sub-code and wrong target at once
        (
            _sentence(CodedEvent("RUS", "USA", "111")),
            [CodedEvent("RUS", "CHN", "112")],
            {"sub_code": 1, "target_wrong": 1},
        ),
        # nothing shared at all: a miss and a spurious event, not a wrong root
        (_sentence(CodedEvent("RUS", "USA", "111")), [CodedEvent("CHN", "JPN", "042")], {"missed": 1, "spurious": 1}),
        (
            _sentence(CodedEvent("RUS", "USA", "190")),
            [CodedEvent("RUS", "USA", "190", negated=True)],
            {"negated": 1},
        ),
        (_sentence(), [CodedEvent("RUS", "USA", "190", hypothetical=True)], {"hypothetical": 1}),
        # both directions of a meeting where the gold has one: the second is spurious
        (
            _sentence(CodedEvent("USA", "RUS", "040")),
            [CodedEvent("USA", "RUS", "040"), CodedEvent("RUS", "USA", "040")],
            {"spurious": 1},
        ),
    ],
)
def test_classify_errors_with_actors(gold: EventSentence, predicted: list[CodedEvent], expected: dict) -> None:
    assert _kinds(gold, predicted) == expected


def test_classify_errors_without_gold_actors_judges_codes_only() -> None:
    gold = _sentence(CodedEvent("", "", "027"), actors=False)
    predicted = [CodedEvent("RUS", "IRN", "026"), CodedEvent("RUS", "FRA", "026"), CodedEvent("RUS", "", "036")]
    assert _kinds(gold, predicted) == {"sub_code": 1, "spurious": 2}
    assert _kinds(gold, [CodedEvent("RUS", "", "190")]) == {"wrong_root": 1}


def test_error_kinds_become_metrics_and_negated_predictions_are_not_scored() -> None:
    gold = [EventSentence("a", "x", (CodedEvent("RUS", "USA", "190"),))]
    scored = score_events(gold, [[CodedEvent("RUS", "USA", "190", negated=True)]])
    assert scored.metrics["root.fp"] == 0 and scored.metrics["root.fn"] == 1
    assert scored.metrics["errors.negated"] == 1
    assert scored.metrics["errors.spurious"] == 0
    assert "negated 1" in scored.errors[0].detail


def test_accuracy_page_shows_errors_by_kind() -> None:
    report = EvalReport("events", "gold.jsonl", {"root.f1": 0.5, "errors.missed": 3, "errors.spurious": 2})
    page = render([report], "0", "now", "make accuracy", 1.0)
    assert "Errors by kind" in page
    assert "| system | gold | missed | spurious |" in page
    assert "| dyad | gold.jsonl | 3 | 2 |" in page


def test_distinct_types_count_an_event_of_several_dyads_once() -> None:
    gold = [EventSentence("a", "x", (CodedEvent("", "", "026"),), has_actors=False, plover=("REQUEST",))]
    predicted = [[CodedEvent("RUS", "IRN", "026", "REQUEST"), CodedEvent("RUS", "FRA", "026", "REQUEST")]]
    metrics = score_events(gold, predicted).metrics
    assert (metrics["root.tp"], metrics["root.fp"]) == (1, 1)
    assert (metrics["root_types.tp"], metrics["root_types.fp"]) == (1, 0)
    assert (metrics["plover.fp"], metrics["plover_types.fp"]) == (1, 0)


def test_actor_codes_of_found_events_are_judged_per_gold_actor() -> None:
    gold = [
        EventSentence("a", "x", (CodedEvent("RUSGOV", "USAMIL", "190"), CodedEvent("FRA", "", "042"))),
        EventSentence("b", "y", (CodedEvent("CHNGOV", "TWN", "111"),)),
    ]
    predicted = [
        # the 190 pairs by code (country right, role wrong, missing target); the 042 by root
        [CodedEvent("RUSMIL", "", "190"), CodedEvent("FRA", "DEU", "043")],
        [],  # a missed event judges no actors
    ]
    metrics = score_events(gold, predicted).metrics
    assert metrics["actors.n"] == 3
    assert metrics["actors.country"] == round(2 / 3, 4)
    assert metrics["actors.code"] == round(1 / 3, 4)


def test_actor_pairing_prefers_the_event_with_the_same_actors() -> None:
    gold = [EventSentence("a", "x", (CodedEvent("USA", "IRN", "111"),))]
    predicted = [[CodedEvent("IRN", "USA", "111"), CodedEvent("USA", "IRN", "111")]]
    metrics = score_events(gold, predicted).metrics
    assert (metrics["actors.n"], metrics["actors.code"]) == (2, 1.0)


def test_accuracy_page_shows_actor_codes_of_event_runs_under_actors() -> None:
    events = EvalReport("events", "plover.jsonl", {"actors.n": 10, "actors.country": 0.9, "actors.code": 0.7})
    actors = EvalReport("actors", "phrases.jsonl", {"country.accuracy": 0.95})
    page = render([events, actors], "0", "now", "make accuracy", 1.0)
    actors_section = page.split("## Actors")[1]
    assert "| dyad | plover.jsonl | 10 | 0.900 | 0.700 |" in actors_section


def test_plover_on_crosswalk_gold_leaves_out_gold_typed_against_the_crosswalk() -> None:
    # 0813 (ease curfew) is RETREAT in the 2021 crosswalk; older PLOVER gold types it CONCEDE
    older = EventSentence("a", "x", (CodedEvent("SRB", "MNE", "0813"),), plover=("CONCEDE",))
    current = EventSentence("b", "y", (CodedEvent("USA", "IRQ", "173"),), plover=("COERCE",))
    predicted = [[CodedEvent("SRB", "MNE", "0813", "RETREAT")], [CodedEvent("USA", "IRQ", "173", "ASSAULT")]]
    assert not follows_crosswalk(older) and follows_crosswalk(current)
    metrics = score_events([older, current], predicted).metrics
    assert (metrics["plover.tp"], metrics["plover.fp"], metrics["plover.fn"]) == (0, 2, 2)
    assert (metrics["plover_crosswalk.tp"], metrics["plover_crosswalk.fp"], metrics["plover_crosswalk.fn"]) == (0, 1, 1)
