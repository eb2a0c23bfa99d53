"""Charts of dyad-period series as plain SVG, for `dyad plot` and the dashboard (no plotting library needed).

The chart has two panels over the same periods: the events of each quad class as stacked bars, and the
Goldstein sum as bars above or below zero. Every piece of text in the SVG is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape

from dyad.errors import InputError
from dyad.series import SeriesPoint

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_COLOURS = ("#74c476", "#238b45", "#fd8d3c", "#d7301f")
GOLDSTEIN_COLOURS = ("#3182bd", "#de2d26")  # above, below zero
FONT = "font-family='sans-serif' font-size='11'"


@dataclass(frozen=True)
class Frame:
    """Where a panel sits in the SVG, in pixels."""

    left: float
    top: float
    width: float
    height: float


def series_svg(points: Sequence[SeriesPoint], title: str = "", width: int = 900, height: int = 420) -> str:
    """An SVG document charting quad-class counts (stacked) and the Goldstein sum per period."""
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' height='{height}' "
        f"role='img' aria-label='{escape(title or 'event series')}'>",
        f"<rect width='{width}' height='{height}' fill='white'/>",
    ]
    if title:
        heading = "font-family='sans-serif' font-size='14' font-weight='bold'"
        parts.append(f"<text x='10' y='18' {heading}>{escape(title)}</text>")
    if not points:
        parts.append(f"<text x='{width / 2}' y='{height / 2}' {FONT} text-anchor='middle'>no events</text></svg>")
        return "".join(parts)
    labels = [p.period for p in points]
    top = Frame(50, 40, width - 70, (height - 110) * 0.6)
    bottom = Frame(50, top.top + top.height + 30, width - 70, (height - 110) * 0.4)
    parts += _stacked_bars(top, labels, [p.quad_counts for p in points], "events")
    parts += _signed_bars(bottom, labels, [p.goldstein_sum for p in points], "Goldstein sum")
    parts += _x_labels(bottom, labels)
    parts += _legend(10, height - 14)
    parts.append("</svg>")
    return "".join(parts)


def quad_bars_svg(points: Sequence[SeriesPoint], width: int = 900, height: int = 240) -> str:
    """A smaller SVG of quad-class counts per period only (the overview's chart)."""
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' width='{width}' height='{height}' "
        "role='img' aria-label='events over time by quad class'>",
    ]
    if not points:
        parts.append(f"<text x='{width / 2}' y='{height / 2}' {FONT} text-anchor='middle'>no events</text></svg>")
        return "".join(parts)
    labels = [p.period for p in points]
    frame = Frame(50, 10, width - 70, height - 70)
    parts += _stacked_bars(frame, labels, [p.quad_counts for p in points], "events")
    parts += _x_labels(frame, labels)
    parts += _legend(10, height - 10)
    parts.append("</svg>")
    return "".join(parts)


def write_chart(points: Sequence[SeriesPoint], output: str | Path, title: str = "") -> Path:
    """Write the series chart to `output`: SVG for *.svg, PNG (the same drawing, rendered by resvg) for *.png."""
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise InputError(f"{path}: dyad plot writes SVG or PNG; name the output *.svg or *.png")
    svg = series_svg(points, title=title)
    try:
        if suffix == ".svg":
            path.write_text(svg, encoding="utf-8")
        else:
            path.write_bytes(svg_to_png(svg))
    except OSError as error:
        raise InputError(f"{path}: cannot write the chart ({error.strerror})") from error
    return path


def svg_to_png(svg: str) -> bytes:
    """`svg` rendered as a PNG image."""
    import resvg_py  # imported here: only PNG output needs it

    return bytes(resvg_py.svg_to_bytes(svg_string=svg))


def _slot(frame: Frame, count: int) -> float:
    return frame.width / max(count, 1)


def _stacked_bars(frame: Frame, labels: list[str], stacks: list[tuple[int, ...]], axis: str) -> list[str]:
    highest = max((sum(stack) for stack in stacks), default=0) or 1
    slot = _slot(frame, len(stacks))
    bar = max(slot * 0.8, 0.5)
    parts = _axis(frame, 0, highest, axis)
    for i, (label, stack) in enumerate(zip(labels, stacks, strict=True)):
        y = frame.top + frame.height
        for value, colour, name in zip(stack, QUAD_COLOURS, QUAD_NAMES, strict=True):
            if not value:
                continue
            h = value / highest * frame.height
            y -= h
            parts.append(
                f"<rect x='{frame.left + i * slot + (slot - bar) / 2:.2f}' y='{y:.2f}' width='{bar:.2f}' "
                f"height='{h:.2f}' fill='{colour}'><title>{escape(label)}: {value} {name}</title></rect>"
            )
    return parts


def _signed_bars(frame: Frame, labels: list[str], values: list[float], axis: str) -> list[str]:
    reach = max((abs(v) for v in values), default=0) or 1
    slot = _slot(frame, len(values))
    bar = max(slot * 0.8, 0.5)
    zero = frame.top + frame.height / 2
    parts = _axis(frame, -reach, reach, axis)
    parts.append(
        f"<line x1='{frame.left}' x2='{frame.left + frame.width}' y1='{zero:.2f}' y2='{zero:.2f}' stroke='#888'/>"
    )
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        if not value:
            continue
        h = abs(value) / reach * frame.height / 2
        y = zero - h if value > 0 else zero
        colour = GOLDSTEIN_COLOURS[value < 0]
        parts.append(
            f"<rect x='{frame.left + i * slot + (slot - bar) / 2:.2f}' y='{y:.2f}' width='{bar:.2f}' "
            f"height='{h:.2f}' fill='{colour}'><title>{escape(label)}: Goldstein {value:g}</title></rect>"
        )
    return parts


def _axis(frame: Frame, low: float, high: float, name: str) -> list[str]:
    bottom = frame.top + frame.height
    return [
        f"<line x1='{frame.left}' x2='{frame.left}' y1='{frame.top}' y2='{bottom}' stroke='#444'/>",
        f"<line x1='{frame.left}' x2='{frame.left + frame.width}' y1='{bottom}' y2='{bottom}' stroke='#ccc'/>",
        f"<text x='{frame.left - 4}' y='{frame.top + 4}' {FONT} text-anchor='end'>{high:g}</text>",
        f"<text x='{frame.left - 4}' y='{bottom}' {FONT} text-anchor='end'>{low:g}</text>",
        f"<text x='{frame.left + 4}' y='{frame.top - 4}' {FONT} fill='#444'>{escape(name)}</text>",
    ]


def _x_labels(frame: Frame, labels: list[str], most: int = 12) -> list[str]:
    step = max(1, -(-len(labels) // most))
    slot = _slot(frame, len(labels))
    y = frame.top + frame.height + 14
    return [
        f"<text x='{frame.left + i * slot + slot / 2:.2f}' y='{y:.2f}' {FONT} text-anchor='middle'>"
        f"{escape(label)}</text>"
        for i, label in enumerate(labels)
        if i % step == 0
    ]


def _legend(x: float, y: float) -> list[str]:
    parts = []
    for name, colour in zip(QUAD_NAMES, QUAD_COLOURS, strict=True):
        parts.append(f"<rect x='{x}' y='{y - 9}' width='10' height='10' fill='{colour}'/>")
        parts.append(f"<text x='{x + 14}' y='{y}' {FONT}>{name}</text>")
        x += 24 + 6.5 * len(name)
    return parts
