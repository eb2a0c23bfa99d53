"""Scoring toponym resolution: detection by span overlap and accuracy within 161 km (100 miles).

Each gold toponym, in text order, takes the unused predicted place that overlaps it most. Then:

- `detection.r` is the share of gold toponyms detected, `detection.p` the share of predicted places
  that are gold toponyms;
- `acc161.detected` is the share of detected toponyms resolved within 161 km of the gold coordinates
  (comparable to resolution-only figures reported with gold spans), `acc161.all` the share of all
  gold toponyms (a missed toponym counts as wrong).

Gold toponyms without coordinates (LGL leaves streets and other unresolvable names without them)
count for detection but not for accuracy, which needs a point to measure from.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from dyad.evaluate.report import Counts, ErrorItem, Metrics, Scored, ratio
from dyad.evaluate.spans import greedy_overlap_match

EARTH_RADIUS_KM = 6371.0088
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class Toponym:
    """A place name in the text with its coordinates (None when unresolved)."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceDoc:
    """A gold article and its toponyms."""

    id: str
    text: str
    toponyms: tuple[Toponym, ...]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_km(gold: Toponym, predicted: Toponym) -> float | None:
    """How far the predicted coordinates are from the gold ones; None when either is unknown."""
    if gold.lat is None or gold.lon is None or predicted.lat is None or predicted.lon is None:
        return None
    return haversine_km(gold.lat, gold.lon, predicted.lat, predicted.lon)


def score_places(docs: Sequence[PlaceDoc], predictions: Sequence[Sequence[Toponym]]) -> Scored:
    """Score predicted places against gold articles (the two sequences are parallel)."""
    if len(docs) != len(predictions):
        raise ValueError("one prediction list is needed per gold article")
    detection = Counts()
    within = located = located_detected = 0
    distances: list[float] = []
    errors: list[ErrorItem] = []
    for doc, predicted in zip(docs, predictions, strict=True):
        gold = list(doc.toponyms)
        matches = greedy_overlap_match([(t.start, t.end) for t in gold], [(t.start, t.end) for t in predicted])
        detection.add(len(matches), len(predicted) - len(matches), len(gold) - len(matches))
        located += sum(_located(t) for t in gold)
        for g, p in matches.items():
            if not _located(gold[g]):
                continue
            located_detected += 1
            km = distance_km(gold[g], predicted[p])
            if km is not None:
                distances.append(km)
            if km is not None and km <= ACCURACY_KM:
                within += 1
            else:
                far = "unresolved" if km is None else f"{km:,.0f} km off"
                detail = f"{gold[g].text!r} {far} (dyad {predicted[p].lat}, {predicted[p].lon})"
                weight = 20000.0 if km is None else km
                errors.append(ErrorItem(weight, doc.id, _context(doc.text, gold[g]), detail))
    gold_total = detection.tp + detection.fn
    metrics: Metrics = {"articles": len(docs), "gold_toponyms": gold_total}
    metrics["predicted_places"] = detection.tp + detection.fp
    metrics.update(detection.metrics("detection"))
    metrics["gold_located"] = located
    metrics["acc161.detected"] = round(ratio(within, located_detected), 4)
    metrics["acc161.all"] = round(ratio(within, located), 4)
    metrics["median_km"] = round(median(distances), 1) if distances else 0.0
    return Scored(metrics, errors)


def _located(toponym: Toponym) -> bool:
    return toponym.lat is not None and toponym.lon is not None


def _context(text: str, toponym: Toponym, width: int = 80) -> str:
    start, end = max(0, toponym.start - width), min(len(text), toponym.end + width)
    return text[start : toponym.start] + "[" + text[toponym.start : toponym.end] + "]" + text[toponym.end : end]
