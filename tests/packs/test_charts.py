"""Indicator charts for PDFs: one line a series, gaps for suppressed figures, the target where it belongs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import uuid4

import pypdfium2
import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, String
from reportlab.lib.colors import HexColor

from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import Area, Indicator, Value
from cpdesk.packs.charts import (
    STYLES,
    Frame,
    axis_note,
    chart_summary,
    fitted_axis,
    indicator_drawing,
    neighbour_spread,
    runs,
    value_axis,
)
from tests.conftest import SHARED, needs_shared

DFE = SHARED / "data" / "dfe"
LONG_TERM = (
    "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years: "
    "Living with the same carer for at least 2 years"
)
WIDTH, HEIGHT = 460.0, 260.0


def shapes(node: Drawing | Group) -> Iterator[object]:
    for child in node.contents:
        yield child
        if isinstance(child, Group):
            yield from shapes(child)


def lines_of(drawing: Drawing, kind: str) -> list[PolyLine]:
    """The polylines drawn in a kind's colour and width: that kind's series, piece by piece."""
    style = STYLES[kind]
    return [
        s
        for s in shapes(drawing)
        if isinstance(s, PolyLine)
        and s.strokeColor == HexColor(style.colour)
        and s.strokeWidth == style.width
    ]


def area(name: str, level: str = "local_authority") -> Area:
    return Area(uuid4(), f"E{abs(hash(name)) % 10**8:08d}", "", name, level)


def values(place: Area, figures: list[float | None]) -> list[Value]:
    return [
        Value(
            uuid4(),
            uuid4(),
            place,
            str(2021 + n),
            date(2021 + n, 3, 31),
            f,
            None,
            None,
            "" if f is not None else "c",
            "",
        )
        for n, f in enumerate(figures)
    ]


def percent(target: float | None = None) -> Indicator:
    return Indicator(uuid4(), "Care leavers in higher education", "", "percent", "higher", target, "", ())


def frame_of(drawing: Drawing, low: float, high: float, periods: int) -> Frame:
    """The plot area, read from the drawing's own axes (the two black lines that meet at its corner)."""
    axes = [s for s in shapes(drawing) if isinstance(s, Line) and s.strokeColor == HexColor("#1a1a1a")]
    x_axis = next(a for a in axes if a.y1 == a.y2 and a.x2 - a.x1 > WIDTH / 2)
    y_axis = next(a for a in axes if a.x1 == a.x2 and a.y2 - a.y1 > HEIGHT / 3)
    return Frame(x_axis.x1, x_axis.y1, x_axis.x2 - x_axis.x1, y_axis.y2 - y_axis.y1, low, high, periods)


def test_a_series_with_a_suppressed_middle_value_is_drawn_as_two_pieces() -> None:
    council, england = area("Cambridgeshire"), area("England", "national")
    series = [
        ("council", council, values(council, [3, 5, None, 5, 6])),
        ("national", england, values(england, [6] * 5)),
    ]
    drawing = indicator_drawing(percent(), series, WIDTH, HEIGHT)
    pieces = lines_of(drawing, "council")
    assert [len(p.points) // 2 for p in pieces] == [2, 2]
    assert len(lines_of(drawing, "national")) == 1 and len(lines_of(drawing, "national")[0].points) == 10
    assert runs([3, 5, None, 5, 6]) == [[(0, 3), (1, 5)], [(3, 5), (4, 6)]]


def test_a_suppressed_figure_is_never_drawn_at_zero() -> None:
    council = area("Cambridgeshire")
    drawing = indicator_drawing(
        percent(), [("council", council, values(council, [30, None, 40]))], WIDTH, HEIGHT
    )
    low, high, _ = value_axis("percent", [30, 40])
    frame = frame_of(drawing, low, high, 3)
    zero = frame.y_of(0)
    points = [p for line in lines_of(drawing, "council") for p in line.points[1::2]]
    assert points == [] and lines_of(drawing, "council") == []  # two lone points: markers only, no line
    circles = [s for s in shapes(drawing) if type(s).__name__ == "Circle"]
    assert len(circles) == 2 + 1  # two figures, and the key's sample
    assert all(abs(c.cy - zero) > 1 for c in circles if c.cx > frame.left)


def test_the_target_line_is_drawn_at_the_targets_height() -> None:
    council = area("Cambridgeshire")
    drawing = indicator_drawing(
        percent(target=75), [("council", council, values(council, [71, 74]))], WIDTH, HEIGHT
    )
    frame = frame_of(drawing, 0, 100, 2)
    style = STYLES["target"]
    targets = [
        s
        for s in shapes(drawing)
        if isinstance(s, Line) and s.strokeDashArray == list(style.dash) and s.x2 - s.x1 > WIDTH / 2
    ]
    assert len(targets) == 1
    assert targets[0].y1 == targets[0].y2 == pytest.approx(frame.bottom + 0.75 * frame.height)
    council_line = lines_of(drawing, "council")[0]
    assert council_line.points[1] == pytest.approx(frame.bottom + 0.71 * frame.height)
    labels = {s.text for s in shapes(drawing) if isinstance(s, String)}
    assert {"Target 75%", "Percentage", "Period", "0%", "100%", "2021", "2022", "Cambridgeshire"} <= labels


def test_each_kind_has_its_own_dash_and_marker_so_greyscale_still_tells_them_apart() -> None:
    kinds = ("council", "national", "regional", "neighbour", "target")
    assert len({STYLES[k].dash for k in kinds}) == len(kinds)
    assert len({STYLES[k].marker for k in kinds}) == len(kinds)
    assert STYLES["council"].width == max(STYLES[k].width for k in kinds)


def test_small_percentages_get_a_scale_that_shows_them_and_others_start_at_zero() -> None:
    assert value_axis("percent", [55, 80])[:2] == (0, 100)
    assert value_axis("percent", [3, 13])[:2] == (0, 15)
    low, high, ticks = value_axis("rate_per_10000", [49, 71])
    assert (low, ticks[0], ticks[-1]) == (0, 0, high) and high >= 71


@needs_shared
def test_the_stability_chart_has_a_line_for_each_area_and_renders_to_pdf(
    strategy_db: Desk, tmp_path: Path
) -> None:
    strategy_db.indicators.import_statistics(DFE / "la_cla_placement_stability.csv")
    found = next(i for i in strategy_db.indicators.indicators() if i.name == LONG_TERM)
    found = strategy_db.indicators.update(found.id, polarity="higher", target=75)
    series = strategy_db.indicators.series(found.id)
    drawing = indicator_drawing(found, series, WIDTH, HEIGHT)
    counts = {kind: len(lines_of(drawing, kind)) for kind in ("council", "national", "regional", "neighbour")}
    assert counts == {"council": 1, "national": 1, "regional": 1, "neighbour": 10}
    assert all(len(p.points) == 10 for p in shapes(drawing) if isinstance(p, PolyLine))
    labels = {s.text for s in shapes(drawing) if isinstance(s, String)}
    assert {
        "Cambridgeshire",
        "England",
        "East of England",
        "Statistical neighbours (10)",
        "Target 75%",
    } <= labels
    assert chart_summary(found, series).startswith("Cambridgeshire: 71% in 2025 (74% in 2024). England: 69%")

    pdf = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(pdf), "Long-term placement stability")
    assert pdf.read_bytes().startswith(b"%PDF-")
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1).to_pil().convert("L")
    # The chart is drawn: a good share of the page is ink, not an empty white sheet.
    dark = image.point(lambda pixel: 255 if pixel < 128 else 0).histogram()[255]
    assert dark > 0.005 * image.width * image.height
    image.save(tmp_path / "chart.png")


def test_a_fitted_axis_shows_a_small_gap_and_says_where_it_starts() -> None:
    low, high, ticks = fitted_axis("percent", [64.0, 69.0, 71.0, 74.0])
    assert (low, high) == (60.0, 75.0) and ticks[0] == 60.0 and ticks[-1] == 75.0
    assert axis_note("percent", low) == "The axis starts at 60%, not zero."
    assert fitted_axis("percent", [92.0, 99.5])[1] == 100.0, "a percentage stops at 100"
    assert fitted_axis("count", [3.0, 40.0])[0] == 0.0, "zero kept when it is near anyway"
    assert axis_note("count", 0.0) == ""


def test_the_neighbours_spread_skips_suppressed_figures() -> None:
    series = [
        ("council", area("Here"), values(area("Here"), [50.0, 60.0])),
        ("neighbour", area("A"), values(area("A"), [40.0, None])),
        ("neighbour", area("B"), values(area("B"), [60.0, 70.0])),
    ]
    means, lows, highs = neighbour_spread(series, ["2021", "2022"])
    assert (means, lows, highs) == ([50.0, 70.0], [40.0, 70.0], [60.0, 70.0])


def test_a_chart_is_lettered_in_the_kits_embedded_font_not_helvetica() -> None:
    council = area("Cambridgeshire")
    series = [("council", council, values(council, [3, 5, 6]))]
    drawing = indicator_drawing(percent(target=8), series, WIDTH, HEIGHT)
    fonts = {s.fontName for s in shapes(drawing) if isinstance(s, String)}
    assert fonts == {"AtkinsonHyperlegibleNext"}


def test_a_chart_in_a_kit_pdf_brings_in_no_helvetica() -> None:
    from cpdesk.packs.document import DocumentInfo, render

    council = area("Cambridgeshire")
    series = [("council", council, values(council, [3, 5, 6]))]
    data, _pages = render(
        lambda styles: [indicator_drawing(percent(), series, WIDTH, HEIGHT)],
        DocumentInfo("A chart", "A council"),
    )
    assert b"Helvetica" not in data
    assert b"AtkinsonHyperlegibleNext" in data
