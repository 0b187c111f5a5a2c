"""An indicator's history as a vector chart for PDFs, drawn in the same styles as the app's charts.

The styles (line width, dash pattern, marker) are set here, once, for each kind of series, and the
Indicators page draws with them too, so a chart reads the same on screen and on paper, in colour or
in greyscale: the council's line is the strongest; England, the region and the statistical
neighbours differ by dash and marker shape, not by colour alone. A suppressed value is a gap in its
line, never a zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

# chart_summary moved down to the domain (the briefing pack says charts too); it is still found here.
from cpdesk.domain.chart_words import Series as Series
from cpdesk.domain.chart_words import chart_summary as chart_summary
from cpdesk.domain.indicators import UNITS, Area, Indicator, Value
from cpdesk.packs.document import REGULAR, register_fonts

FONT = REGULAR  # the kit's embedded font: a PDF with a chart in it refers to no other font
GRID = "#d9d9d9"
INK = "#1a1a1a"


@dataclass(frozen=True)
class SeriesStyle:
    """How one kind of series is drawn: on screen in pixels, on paper in points."""

    colour: str
    width: float
    dash: tuple[float, ...]  # on, off, on, off ... lengths; () is a solid line
    marker: str  # circle, square, triangle, diamond, or "" for none
    marker_size: float  # across the marker


STYLES: dict[str, SeriesStyle] = {
    "council": SeriesStyle("#08306b", 2.75, (), "circle", 7.5),
    "national": SeriesStyle("#b35806", 1.75, (7.0, 3.0), "square", 6.5),
    "regional": SeriesStyle("#1b7837", 1.75, (7.0, 2.5, 1.5, 2.5), "triangle", 7.5),
    "neighbour": SeriesStyle("#969696", 1.0, (1.5, 2.5), "diamond", 5.0),
    "target": SeriesStyle("#b2182b", 1.5, (10.0, 3.0, 2.0, 3.0, 2.0, 3.0), "", 0.0),
    # One neighbour a member picked out, and the neighbours taken together: darker than a single grey
    # neighbour, and told apart from the council, England and the region by dash and marker as well.
    "highlight": SeriesStyle("#6a3d9a", 2.0, (5.0, 2.0), "diamond", 7.0),
    "neighbour_average": SeriesStyle("#525252", 1.75, (1.5, 2.5), "diamond", 5.5),
}
RANGE_FILL = "#bdbdbd"  # the band from the lowest neighbour to the highest, drawn under every line
NEIGHBOUR_VIEWS = {
    "each": "Each neighbour",
    "average": "Their average",
    "range": "Their range (lowest to highest)",
}
PERCENT_IN_FULL_ABOVE = 40.0
DRAW_ORDER = ("neighbour", "regional", "national", "council")  # the council's line on top
ZERO_WHEN_WITHIN = 0.25  # a fitted axis starts at zero anyway when zero is this close, in spans of the data


# --- what charts on screen and on paper share ---


def periods_of(series: Sequence[Series]) -> list[str]:
    """Every period any series has a figure for, in time order: the chart's x axis."""
    ends: dict[str, tuple[date, str]] = {}
    for _kind, _area, values in series:
        for value in values:
            ends[value.period] = (value.period_end, value.period)
    return [period for period, _ in sorted(ends.items(), key=lambda item: item[1])]


def points_of(values: Sequence[Value], periods: Sequence[str]) -> list[float | None]:
    """A series' figure for each period; None where it is suppressed or not published."""
    by_period = {v.period: v.value for v in values}
    return [by_period.get(period) for period in periods]


def runs(points: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The unbroken stretches of a series: a suppressed or missing value ends one and starts the next."""
    found: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for index, point in enumerate(points):
        if point is None or not math.isfinite(point):
            if current:
                found.append(current)
            current = []
        else:
            current.append((index, point))
    if current:
        found.append(current)
    return found


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / count if span > 0 else 1.0
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def value_axis(unit: str, figures: Sequence[float]) -> tuple[float, float, list[float]]:
    """The y axis from zero to a round number above the largest figure; 0 to 100% unless all are small.

    A percentage is drawn against the whole 0 to 100 scale, so small differences are not magnified,
    except when every figure is below PERCENT_IN_FULL_ABOVE, where the whole scale would flatten them.
    """
    low = min([0.0, *figures])
    high = max([0.0, *figures])
    if unit == "percent" and low >= 0 and PERCENT_IN_FULL_ABOVE < high <= 100:
        return 0.0, 100.0, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    step = _nice_step(high - low)
    bottom = math.floor(low / step) * step
    top = max(math.ceil(high * 1.04 / step) * step, bottom + step)
    ticks = [bottom + n * step for n in range(round((top - bottom) / step) + 1)]
    return bottom, top, ticks


def fitted_axis(unit: str, figures: Sequence[float]) -> tuple[float, float, list[float]]:
    """The y axis from a round number below the smallest figure to one above the largest.

    A gap of five points between the council and its neighbours is plain to see, where an axis from
    zero would flatten it; the chart then says where its axis starts (see axis_note). Zero is kept when
    it is near anyway, and a percentage never runs past 100.
    """
    if not figures:
        return value_axis(unit, figures)
    low, high = min(figures), max(figures)
    span = high - low
    if span <= 0:
        span = abs(high) * 0.1 or 1.0
    step = _nice_step(span * 1.2, 4)
    bottom = math.floor((low - span * 0.08) / step) * step
    top = math.ceil((high + span * 0.08) / step) * step
    if low >= 0 and bottom < max(step, (top - bottom) * ZERO_WHEN_WITHIN):
        bottom = 0.0
    if unit == "percent" and high <= 100 < top:
        top = 100.0
    if top <= bottom:
        top = bottom + step
    count = math.ceil((top - bottom) / step - 1e-9)
    ticks = [round(bottom + n * step, 10) for n in range(count + 1) if bottom + n * step <= top + 1e-9]
    return bottom, top, ticks


def axis_note(unit: str, low: float) -> str:
    """Words that warn a reader that the value axis does not start at zero; empty when it does."""
    return f"The axis starts at {tick_label(unit, low)}, not zero." if low > 0 else ""


def neighbour_spread(
    series: Sequence[Series], periods: Sequence[str]
) -> tuple[list[float | None], list[float | None], list[float | None]]:
    """The statistical neighbours' average, lowest and highest figure in each period.

    Each is taken over the neighbours with a published figure for that period; None where none has one.
    """
    columns: list[list[float]] = [[] for _ in periods]
    for kind, _area, values in series:
        if kind != "neighbour":
            continue
        for column, point in zip(columns, points_of(values, periods), strict=True):
            if point is not None and math.isfinite(point):
                column.append(point)
    means = [sum(c) / len(c) if c else None for c in columns]
    lows = [min(c) if c else None for c in columns]
    highs = [max(c) if c else None for c in columns]
    return means, lows, highs


def tick_label(unit: str, figure: float) -> str:
    number = f"{figure:,.1f}".rstrip("0").rstrip(".") if figure % 1 else f"{figure:,.0f}"
    return f"{number}%" if unit == "percent" else number


def period_labels(periods: Sequence[str], most: int = 8) -> list[tuple[int, str]]:
    """Which periods are labelled on the x axis: all of them, or every so many when there are many."""
    every = max(1, math.ceil(len(periods) / most))
    return [(index, period) for index, period in enumerate(periods) if index % every == 0]


def series_label(kind: str, area: Area, neighbours: int) -> str:
    if kind == "neighbour":
        return f"Statistical neighbours ({neighbours})" if neighbours != 1 else "Statistical neighbour"
    return area.name


def target_label(indicator: Indicator) -> str:
    return f"Target {tick_label(indicator.unit, indicator.target)}" if indicator.target is not None else ""


def legend_entries(indicator: Indicator, series: Sequence[Series]) -> list[tuple[str, str]]:
    """(kind, words) for each entry of the key: the council, England, the region, neighbours, target."""
    drawn = [(kind, area) for kind, area, values in series if runs(points_of(values, periods_of(series)))]
    neighbours = sum(kind == "neighbour" for kind, _, _ in series)
    entries: list[tuple[str, str]] = []
    for kind, area in drawn:
        if kind == "neighbour" and any(k == "neighbour" for k, _ in entries):
            continue
        entries.append((kind, series_label(kind, area, neighbours)))
    if indicator.target is not None:
        entries.append(("target", target_label(indicator)))
    return entries


# --- the vector drawing ---


class _LetteredDrawing(Drawing):  # type: ignore[misc]  # reportlab is untyped
    """A Drawing that, placed in a PDF story, starts in the kit's font rather than reportlab's Helvetica.

    reportlab's renderer sets its default font before anything is drawn, which puts Helvetica in the
    PDF's fonts even when no text uses it; this renderer starts in FONT instead.
    """

    def draw(self, showBoundary: object = None) -> None:
        from reportlab.graphics import renderPDF
        from reportlab.graphics.renderbase import renderScaledDrawing

        class Renderer(renderPDF._PDFRenderer):  # type: ignore[misc]
            def initState(self, x: float, y: float) -> None:
                self._tracker._combined[-1]["fontName"] = FONT
                super().initState(x, y)

        Renderer().draw(renderScaledDrawing(self), self.canv, 0, 0)


@dataclass(frozen=True)
class Frame:
    """Where the plot sits in the drawing and how figures map onto it."""

    left: float
    bottom: float
    width: float
    height: float
    low: float
    high: float
    count: int  # how many periods

    def x_of(self, index: float) -> float:
        return self.left + (index + 0.5) * self.width / max(self.count, 1)

    def y_of(self, figure: float) -> float:
        return self.bottom + (figure - self.low) / (self.high - self.low) * self.height


def marker(kind: str, x: float, y: float) -> Rect | Circle | Polygon | None:
    """A series' marker at (x, y), filled in its colour with a thin white rim so overlapping ones show."""
    style = STYLES[kind]
    r = style.marker_size / 2
    fill = HexColor(style.colour)
    shape: Rect | Circle | Polygon
    if style.marker == "circle":
        shape = Circle(x, y, r)
    elif style.marker == "square":
        shape = Rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8)
    elif style.marker == "triangle":
        shape = Polygon([x, y + r * 1.1, x - r, y - r * 0.7, x + r, y - r * 0.7])
    elif style.marker == "diamond":
        shape = Polygon([x, y + r * 1.2, x + r, y, x, y - r * 1.2, x - r, y])
    else:
        return None
    shape.fillColor = fill
    shape.strokeColor = white
    shape.strokeWidth = 0.4
    return shape


def _stroke(shape: Line | PolyLine, kind: str) -> None:
    style = STYLES[kind]
    shape.strokeColor = HexColor(style.colour)
    shape.strokeWidth = style.width
    shape.strokeDashArray = list(style.dash) if style.dash else None
    shape.strokeLineCap = 1 if kind in ("neighbour", "council") else 0  # round dots; butt dashes


def _sample(kind: str, x: float, y: float, length: float) -> Group:
    """A legend's sample of a series: a short stretch of its line with its marker in the middle."""
    group = Group()
    line = Line(x, y, x + length, y)
    _stroke(line, kind)
    group.add(line)
    dot = marker(kind, x + length / 2, y)
    if dot is not None:
        group.add(dot)
    return group


def _text(x: float, y: float, text: str, size: float, anchor: str = "start", colour: str = INK) -> String:
    return String(x, y, text, fontName=FONT, fontSize=size, fillColor=HexColor(colour), textAnchor=anchor)


def _legend_rows(entries: Sequence[tuple[str, str]], room: float, size: float) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for entry in entries:
        wide = _entry_width(entry[1], size)
        if rows[-1] and used + wide > room:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += wide
    return [row for row in rows if row]


def _entry_width(text: str, size: float) -> float:
    return size * 3 + 4 + float(stringWidth(text, FONT, size)) + size * 1.5


def indicator_drawing(
    indicator: Indicator, series: Sequence[Series], width: float, height: float, *, font_size: float = 8.0
) -> Drawing:
    """The indicator's history: the council, England, the region, the neighbours, the target, a key."""
    register_fonts()  # measured and drawn in the kit's font
    drawing = _LetteredDrawing(width, height)
    size = font_size
    periods = periods_of(series)
    by_kind = [(kind, area, points_of(values, periods)) for kind, area, values in series]
    figures = [p for _, _, points in by_kind for p in points if p is not None]
    if indicator.target is not None:
        figures.append(indicator.target)
    low, high, ticks = value_axis(indicator.unit, figures)

    entries = legend_entries(indicator, series)
    left = (
        max((stringWidth(tick_label(indicator.unit, t), FONT, size) for t in ticks), default=0) + size * 2.6
    )
    right = size * 1.5
    legend = _legend_rows(entries, width - left - right, size)
    line_gap = size * 1.6
    bottom = size * 1.4 + size * 1.8 + line_gap * len(legend) + size * 0.8  # tick labels, axis label, key
    top = size * 1.2
    frame = Frame(left, bottom, width - left - right, height - bottom - top, low, high, len(periods))

    for tick in ticks:  # the grid, the y ticks and their labels
        y = frame.y_of(tick)
        grid = Line(frame.left, y, frame.left + frame.width, y, strokeColor=HexColor(GRID), strokeWidth=0.5)
        drawing.add(grid)
        drawing.add(
            _text(frame.left - size * 0.5, y - size * 0.35, tick_label(indicator.unit, tick), size, "end")
        )
    axis = HexColor(INK)
    drawing.add(Line(frame.left, frame.bottom, frame.left + frame.width, frame.bottom, strokeColor=axis))
    drawing.add(Line(frame.left, frame.bottom, frame.left, frame.bottom + frame.height, strokeColor=axis))
    for index, period in period_labels(periods, max(2, int(frame.width // (size * 6)))):
        x = frame.x_of(index)
        drawing.add(Line(x, frame.bottom, x, frame.bottom - size * 0.4, strokeColor=axis, strokeWidth=0.75))
        drawing.add(_text(x, frame.bottom - size * 1.4, period, size, "middle"))
    drawing.add(_text(frame.left + frame.width / 2, frame.bottom - size * 2.9, "Period", size, "middle"))
    y_label = Group(
        _text(0, 0, UNITS[indicator.unit], size, "middle"),
        transform=(0, 1, -1, 0, size * 1.1, frame.bottom + frame.height / 2),
    )
    drawing.add(y_label)

    if not periods:
        drawing.add(
            _text(
                frame.left + frame.width / 2,
                frame.bottom + frame.height / 2,
                "No figures yet",
                size,
                "middle",
            )
        )
    if indicator.target is not None and low <= indicator.target <= high:
        y = frame.y_of(indicator.target)
        target = Line(frame.left, y, frame.left + frame.width, y)
        _stroke(target, "target")
        drawing.add(target)
        label = target_label(indicator)
        drawing.add(
            _text(
                frame.left + frame.width - 2,
                y + size * 0.4,
                label,
                size * 0.9,
                "end",
                STYLES["target"].colour,
            )
        )
    for kind in DRAW_ORDER:
        for series_kind, _area, points in by_kind:
            if series_kind != kind:
                continue
            group = Group()
            for stretch in runs(points):
                coordinates = [c for i, v in stretch for c in (frame.x_of(i), frame.y_of(v))]
                if len(stretch) > 1:
                    line = PolyLine(coordinates)
                    _stroke(line, kind)
                    group.add(line)
                for i, v in stretch:
                    dot = marker(kind, frame.x_of(i), frame.y_of(v))
                    if dot is not None:
                        group.add(dot)
            drawing.add(group)

    y = frame.bottom - size * 2.9 - line_gap
    for row in legend:
        x = frame.left
        for kind, text in row:
            drawing.add(_sample(kind, x, y + size * 0.35, size * 3))
            drawing.add(_text(x + size * 3 + 4, y, text, size))
            x += _entry_width(text, size)
        y -= line_gap
    return drawing
