"""A plain SVG map of event places: an equirectangular plot of latitude and longitude.

No basemap is fetched: a graticule and the countries' reference points (faint ISO codes, from the
places data) give the bearings; each place is a circle sized by its number of events and coloured by
their mean Goldstein score.
"""

from __future__ import annotations

import csv
import functools
import math
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

FONT = "font-family='sans-serif'"


@functools.cache
def country_points() -> tuple[tuple[str, float, float], ...]:
    """(ISO code, lat, lon) of each country's reference point; empty when the data file is unreadable."""
    try:
        text = resources.files("dyad").joinpath("data/places/country_centres.tsv").read_text(encoding="utf-8")
    except OSError:
        return ()
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    points = []
    for row in csv.DictReader(lines, delimiter="\t"):
        try:
            points.append((row["iso3"], float(row["lat"]), float(row["lon"])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(points)


def _xy(lat: float, lon: float, width: float, height: float) -> tuple[float, float]:
    return (lon + 180) / 360 * width, (90 - lat) / 180 * height


def _colour(goldstein: float | None) -> str:
    if goldstein is None:
        return "#888888"
    return "#3182bd" if goldstein >= 0 else "#de2d26"


def map_svg(places: list[dict[str, Any]], width: int = 960, height: int = 480) -> Markup:
    """The SVG map of `places` (dicts with name, country, lat, lon, events, goldstein_mean)."""
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='100%' "
        "role='img' aria-label='map of event places' class='map'>",
        f"<rect width='{width}' height='{height}' fill='#f4f8fb' stroke='#ccc'/>",
    ]
    for lon in range(-150, 180, 30):
        x, _ = _xy(0, lon, width, height)
        parts.append(f"<line x1='{x:.1f}' x2='{x:.1f}' y1='0' y2='{height}' stroke='#dde6ee'/>")
    for lat in range(-60, 90, 30):
        _, y = _xy(lat, 0, width, height)
        parts.append(f"<line x1='0' x2='{width}' y1='{y:.1f}' y2='{y:.1f}' stroke='#dde6ee'/>")
    for code, lat, lon in country_points():
        x, y = _xy(lat, lon, width, height)
        parts.append(f"<text x='{x:.1f}' y='{y:.1f}' {FONT} font-size='7' fill='#b8c4cf'>{escape(code)}</text>")
    for place in places:
        lat, lon = place.get("lat"), place.get("lon")
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        x, y = _xy(lat, lon, width, height)
        radius = 3 + 2.5 * math.sqrt(place.get("events") or 1)
        title = f"{place.get('name')} ({place.get('country') or '?'}): {place.get('events')} event(s)"
        if place.get("goldstein_mean") is not None:
            title += f", mean Goldstein {place['goldstein_mean']}"
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{radius:.1f}' fill='{_colour(place.get('goldstein_mean'))}' "
            f"fill-opacity='0.6' stroke='#333' stroke-width='0.5'><title>{escape(title)}</title></circle>"
        )
        parts.append(
            f"<text x='{x + radius + 2:.1f}' y='{y + 3:.1f}' {FONT} font-size='10'>{escape(place.get('name'))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
