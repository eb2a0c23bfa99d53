"""Tests of the toponym scorer and its distance."""

from __future__ import annotations

import pytest

from dyad.evaluate.places import PlaceDoc, Toponym, haversine_km, score_places

DOC = PlaceDoc(
    "p",
    "From Paris to London.",
    (Toponym(5, 10, "Paris", 48.8566, 2.3522), Toponym(14, 20, "London", 51.5074, -0.1278)),
)


def test_haversine_paris_london() -> None:
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)
    assert haversine_km(10.0, 10.0, 10.0, 10.0) == 0.0


def test_gold_against_itself_scores_one_everywhere() -> None:
    metrics = score_places([DOC], [list(DOC.toponyms)]).metrics
    for key in ("detection.p", "detection.r", "acc161.detected", "acc161.all"):
        assert metrics[key] == 1.0
    assert metrics["median_km"] == 0.0


def test_empty_prediction_has_zero_recall() -> None:
    metrics = score_places([DOC], [[]]).metrics
    assert metrics["detection.r"] == 0.0 and metrics["acc161.all"] == 0.0


def test_wrong_continent_and_unresolved_places_are_wrong() -> None:
    predicted = [Toponym(5, 10, "Paris", 33.6609, -95.5555), Toponym(14, 20, "London", None, None)]
    scored = score_places([DOC], [predicted])
    assert scored.metrics["detection.r"] == 1.0
    assert scored.metrics["acc161.detected"] == 0.0
    assert [e.detail.split()[0] for e in scored.errors] == ["'Paris'", "'London'"]


def test_near_enough_counts() -> None:
    predicted = [Toponym(5, 10, "Paris", 49.5, 2.35)]  # about 70 km north
    metrics = score_places([DOC], [predicted]).metrics
    assert metrics["acc161.detected"] == 1.0
    assert metrics["acc161.all"] == 0.5


def test_gold_without_coordinates_counts_for_detection_only() -> None:
    gold = (Toponym(3, 14, "Main Street", None, None), Toponym(18, 23, "Paris", 48.8566, 2.3522))
    doc = PlaceDoc("p", "On Main Street in Paris.", gold)
    predicted = [Toponym(3, 14, "Main Street", 40.0, -75.0), Toponym(18, 23, "Paris", 48.86, 2.35)]
    metrics = score_places([doc], [predicted]).metrics
    assert metrics["detection.r"] == 1.0
    assert metrics["gold_located"] == 1
    assert metrics["acc161.detected"] == 1.0 and metrics["acc161.all"] == 1.0
    assert score_places([doc], [predicted[:1]]).metrics["acc161.all"] == 0.0
