"""An indicator's history as a pyqtgraph chart, with its figures as a table, exportable as a PNG picture."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.indicators import ExceptionNote, Indicator, Value, format_value
from cpdesk.errors import OutputError
from cpdesk.packs.charts import (
    DRAW_ORDER,
    NEIGHBOUR_VIEWS,
    RANGE_FILL,
    STYLES,
    Series,
    axis_note,
    chart_summary,
    fitted_axis,
    legend_entries,
    neighbour_spread,
    period_labels,
    periods_of,
    points_of,
    runs,
    target_label,
    tick_label,
    value_axis,
)
from cpdesk.views.common.forms import message_box
from cpdesk.views.common.widgets import flow, labelled, narrow_choices

SYMBOLS = {"circle": "o", "square": "s", "triangle": "t1", "diamond": "d"}
NO_HIGHLIGHT = "No neighbour"
SHORT_UNITS = {"rate_per_10000": "Rate per 10,000"}  # for small charts, where the full words do not fit
KIND_WORDS = {"council": "council", "national": "", "regional": "region", "neighbour": "neighbour"}
Index = QModelIndex | QPersistentModelIndex


def pen_for(kind: str, scale: float = 1.0) -> QPen:
    """The pen of a kind of series, from the styles the PDF charts use (Qt dashes count in pen widths)."""
    style = STYLES[kind]
    pen: QPen = pg.mkPen(color=style.colour, width=style.width * scale)
    if style.dash:
        pen.setDashPattern([length / style.width for length in style.dash])
    round_ends = kind in ("neighbour", "council")
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if round_ends else Qt.PenCapStyle.FlatCap)
    return pen


def item_options(kind: str, scale: float) -> dict[str, Any]:
    """A PlotDataItem's line and marker in a kind's style."""
    style = STYLES[kind]
    return {
        "pen": pen_for(kind, scale),
        "symbol": SYMBOLS.get(style.marker),
        "symbolSize": style.marker_size * scale,
        "symbolBrush": pg.mkBrush(style.colour),
        "symbolPen": pg.mkPen("w", width=0.5 * scale),
    }


class KeySample(ItemSample):
    """A key's sample: a stretch of line long enough to show its dashes, the marker in the middle."""

    LENGTH = 44.0

    def __init__(self, item: pg.PlotDataItem) -> None:
        super().__init__(item)
        self.setFixedWidth(self.LENGTH)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.LENGTH, 20)

    def paint(self, painter: QPainter, *args: Any) -> None:
        opts = self.item.opts
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(opts["pen"]))
        painter.drawLine(QPointF(2, 10), QPointF(self.LENGTH - 2, 10))
        symbol = opts.get("symbol")
        if symbol is not None:
            scatter = self.item.scatter.opts
            painter.translate(self.LENGTH / 2, 10)
            drawSymbol(
                painter, symbol, scatter["size"], pg.mkPen(scatter["pen"]), pg.mkBrush(scatter["brush"])
            )

    def mouseClickEvent(self, event: Any) -> None:
        event.ignore()  # a series is never hidden by a stray click on the key


def legend(columns: int, font_points: float) -> pg.LegendItem:
    key = pg.LegendItem(
        colCount=columns,
        labelTextColor="#1a1a1a",
        labelTextSize=f"{font_points:g}pt",
        frame=False,
        horSpacing=14,
        sampleType=KeySample,
    )
    key.setBrush(pg.mkBrush(None))
    key.setPen(pg.mkPen(None))
    return key


def size_key(key: pg.LegendItem, font_points: float) -> None:
    """The key's words at a new text size, as wide as they now need."""
    key.opts["labelTextSize"] = f"{font_points:g}pt"
    for _sample, label in key.items:
        label.setText(label.text, size=f"{font_points:g}pt")
    key.updateSize()
    key.setMaximumWidth(key.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width())


@dataclass
class ChartSeries:
    """One line of the chart: whose it is and the figure for each period (None is a gap)."""

    kind: str
    name: str
    item: pg.PlotDataItem
    points: list[float | None]

    @property
    def point_count(self) -> int:
        return sum(p is not None for p in self.points)


class IndicatorPlot(pg.GraphicsLayoutWidget):
    """The chart itself: the council's line strongest, comparators lighter, the target as a line."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self._text_points: float | None = None  # None: the widget's own font, as the app sets it
        self.setBackground("w")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader can land here and hear the summary
        self.setAccessibleName("Chart")
        self.plot_item: pg.PlotItem = self.addPlot(row=0, col=0)
        self.plot_item.setMenuEnabled(False)
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.hideButtons()
        self.plot_item.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen("#1a1a1a"))
            axis.setTextPen(pg.mkPen("#1a1a1a"))
            axis.setStyle(tickFont=self.font())
            axis.enableAutoSIPrefix(False)  # periods and figures are labelled in words: no "(x0.001)"
        self.scale = max(1.0, self.logicalDpiY() / 72)  # the styles are in points; the screen counts pixels
        self.key: pg.LegendItem | None = None
        if not compact:
            self.key = legend(2, self._points())  # two columns: a neighbour picked out has a long name
            self.addItem(self.key, row=1, col=0)
            self.ci.layout.setAlignment(self.key, Qt.AlignmentFlag.AlignLeft)
        self.series: list[ChartSeries] = []
        self.target_line: pg.InfiniteLine | None = None
        self.periods: list[str] = []
        self._samples: list[pg.PlotDataItem] = []
        self.bands: list[pg.FillBetweenItem] = []  # the neighbours' range, one band per unbroken stretch
        self.highlight_label: pg.TextItem | None = None
        self.axis_note = ""  # "The axis starts at 60%, not zero.", or nothing when it starts at zero
        # What a member chose to see: kept across indicators, so the next one compares the same way.
        self.neighbour_view = "each"
        self.highlighted: str | None = None
        self.from_zero = False
        self._shown: tuple[Indicator, Sequence[Series]] | None = None
        self.setMinimumHeight(self.fontMetrics().height() * (12 if compact else 14))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _points(self) -> float:
        if self._text_points is not None:
            return self._text_points
        size = self.font().pointSizeF()
        return size if size > 0 else 9.0

    def set_text_size(self, points: float) -> None:
        """Draw the axes' figures, their labels and the key at this size (in points), and redraw."""
        self._text_points = points
        font = QFont(self.font())
        font.setPointSizeF(points)
        for name in ("left", "bottom"):
            self.plot_item.getAxis(name).setStyle(tickFont=font)
        if self.key is not None:
            self.key.setLabelTextSize(f"{points:g}pt")
        self.setMinimumHeight(QFontMetrics(font).height() * (12 if self.compact else 14))
        self._redraw()

    def set_neighbour_view(self, view: str) -> None:
        """Each neighbour as its own line, or their average, or their range as a band."""
        if view not in NEIGHBOUR_VIEWS:
            raise ValueError(f"no such view of the neighbours: {view!r}")
        self.neighbour_view = view
        self._redraw()

    def set_highlight(self, name: str | None) -> None:
        """Pick out one neighbour by name (None for none): its own line, labelled, over the others."""
        self.highlighted = name or None
        self._redraw()

    def set_from_zero(self, from_zero: bool) -> None:
        """Start the value axis at zero, or fit it to the figures (the chart then says where it starts)."""
        self.from_zero = from_zero
        self._redraw()

    def _redraw(self) -> None:
        if self._shown is not None:
            self.show_indicator(*self._shown)

    def clear_chart(self) -> None:
        self.plot_item.clear()
        if self.key is not None:
            self.key.clear()
        self.series = []
        self.target_line = None
        self.periods = []
        self._samples = []
        self.bands = []
        self.highlight_label = None
        self.axis_note = ""
        self._shown = None

    def _line(self, kind: str, name: str, points: list[float | None], z: float) -> pg.PlotDataItem:
        item = self.plot_item.plot(
            np.arange(len(points), dtype=float),
            np.array([math.nan if p is None else p for p in points], dtype=float),
            connect="finite",  # a suppressed figure is a gap in the line, never a zero
            name=name,
            **item_options(kind, self.scale),
        )
        item.setZValue(z)
        self.series.append(ChartSeries(kind, name, item, points))
        return item

    def _band(self, lows: list[float | None], highs: list[float | None]) -> None:
        """The neighbours' range as a light band: one piece for each stretch where some have a figure."""
        fill = QColor(RANGE_FILL)
        fill.setAlpha(150)
        for stretch in runs(lows):
            xs = np.array([i for i, _ in stretch], dtype=float)
            bottom = pg.PlotCurveItem(xs, np.array([v for _, v in stretch], dtype=float), pen=None)
            top = pg.PlotCurveItem(xs, np.array([highs[i] for i, _ in stretch], dtype=float), pen=None)
            band = pg.FillBetweenItem(bottom, top, brush=pg.mkBrush(fill), pen=pg.mkPen(None))
            band.setZValue(-2)
            self.plot_item.addItem(band)
            self.bands.append(band)

    def show_indicator(self, indicator: Indicator, series: Sequence[Series]) -> None:
        """Draw the indicator's history; a series with no figure at all is left out (it is in the table)."""
        self.clear_chart()
        self._shown = (indicator, series)
        self.periods = periods_of(series)
        plot = self.plot_item
        figures: list[float] = []
        drawn: dict[str, pg.PlotDataItem] = {}
        neighbour_names = {area.name for kind, area, _ in series if kind == "neighbour"}
        highlighted = self.highlighted if self.highlighted in neighbour_names else None
        for kind in DRAW_ORDER:
            for series_kind, area, values in series:
                if series_kind != kind:
                    continue
                points = points_of(values, self.periods)
                if not runs(points):
                    continue
                figures += [p for p in points if p is not None]
                if kind == "neighbour" and (self.neighbour_view != "each" or area.name == highlighted):
                    continue  # drawn below: as their average or their range, or picked out
                drawn.setdefault(kind, self._line(kind, area.name, points, DRAW_ORDER.index(kind)))
        means, lows, highs = neighbour_spread(series, self.periods)
        if self.neighbour_view == "average" and runs(means):
            drawn["neighbour_average"] = self._line("neighbour_average", "Neighbours' average", means, 0.5)
        elif self.neighbour_view == "range" and runs(lows):
            self._band(lows, highs)
            sample = pg.PlotDataItem(pen=pg.mkPen(QColor(RANGE_FILL), width=9 * self.scale))
            self._samples.append(sample)
            drawn["neighbour_range"] = sample
        if highlighted is not None:
            _kind, area, values = next(s for s in series if s[0] == "neighbour" and s[1].name == highlighted)
            points = points_of(values, self.periods)
            if runs(points):
                drawn["highlight"] = self._line("highlight", area.name, points, 2.5)
                last, figure = runs(points)[-1][-1]
                colour = STYLES["highlight"].colour
                self.highlight_label = pg.TextItem(area.name, color=colour, anchor=(1, 1.1))
                self.highlight_label.setPos(last, figure)
                self.highlight_label.setZValue(10)
                plot.addItem(self.highlight_label)
        if indicator.target is not None:
            figures.append(indicator.target)
            self.target_line = pg.InfiniteLine(
                pos=indicator.target,
                angle=0,
                pen=pen_for("target", self.scale),
                label=target_label(indicator),
                labelOpts={
                    "position": 0.98,
                    "color": STYLES["target"].colour,
                    "anchors": [(1, 1), (1, 1)],
                },
            )
            self.target_line.setZValue(-1)
            plot.addItem(self.target_line)
        if self.key is not None:
            neighbours = len(neighbour_names)
            for kind, words in legend_entries(indicator, series):
                if kind == "target":
                    sample = pg.PlotDataItem(**item_options("target", self.scale))
                    self._samples.append(sample)
                    self.key.addItem(sample, words)
                elif kind == "neighbour":
                    for shown_kind, text in (
                        ("neighbour", words),
                        ("neighbour_average", f"Average of the {neighbours} statistical neighbours"),
                        ("neighbour_range", f"Range of the {neighbours} statistical neighbours"),
                        ("highlight", f"{highlighted} (statistical neighbour)"),
                    ):
                        if shown_kind in drawn:
                            self.key.addItem(drawn[shown_kind], text)
                elif kind in drawn:
                    self.key.addItem(drawn[kind], words)
            # As wide as its entries, at the left: a stretched key spreads its columns apart.
            self.key.setMaximumWidth(self.key.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width())
        fit = not self.from_zero and not self.compact  # the dashboard's small charts keep zero
        axis = fitted_axis if fit else value_axis
        low, high, ticks = axis(indicator.unit, figures)
        self.axis_note = axis_note(indicator.unit, low)
        plot.getAxis("left").setTicks([[(t, tick_label(indicator.unit, t)) for t in ticks]])
        most = 5 if self.compact else 10
        plot.getAxis("bottom").setTicks([period_labels(self.periods, most)])
        plot.setLabel(
            "left",
            SHORT_UNITS.get(indicator.unit, indicator.unit_label) if self.compact else indicator.unit_label,
        )
        plot.setLabel("bottom", "Period")
        plot.disableAutoRange()
        plot.setXRange(-0.5, max(len(self.periods), 1) - 0.5, padding=0.02)
        plot.setYRange(low, high, padding=0.03)
        self.setAccessibleName(f"Chart of {indicator.name}")
        summary = " ".join(filter(None, [chart_summary(indicator, series), self.axis_note]))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)

    def image(self, width: int = 1200) -> Any:
        """The chart and its key as a picture, drawn afresh at the given width."""
        exporter = ImageExporter(self.scene())
        exporter.parameters()["width"] = width
        return exporter.export(toBytes=True)

    def export_png(self, path: Path, width: int = 1200) -> None:
        if not self.image(width).save(str(path), "PNG"):
            raise OutputError("the picture could not be written there", where=str(path))


def value_words(indicator: Indicator, value: Value) -> str:
    """A figure as the table shows it: 71% (142 of 201); a suppressed one as its code in words."""
    text = format_value(indicator.unit, value.value, value.suppressed)
    if value.value is not None and value.numerator is not None and value.denominator is not None:
        text += f" ({format_value('count', value.numerator)} of {format_value('count', value.denominator)})"
    return text


class ValuesModel(QAbstractTableModel):
    """The chart's figures as a table: one row per area (the council first), one column per period."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._indicator: Indicator | None = None
        self._rows: list[tuple[str, str, dict[str, Value]]] = []  # kind, heading, values by period
        self._periods: list[str] = []
        self._exceptions: dict[UUID, ExceptionNote] = {}

    def set_series(
        self, indicator: Indicator | None, series: Sequence[Series], exceptions: dict[UUID, ExceptionNote]
    ) -> None:
        self.beginResetModel()
        self._indicator = indicator
        self._periods = periods_of(series)
        self._exceptions = dict(exceptions)
        self._rows = []
        neighbour = 0
        for kind, area, values in series:
            if kind == "neighbour":
                neighbour += 1
                heading = f"{area.name} (statistical neighbour {neighbour})"
            else:
                heading = f"{area.name} ({KIND_WORDS[kind]})" if KIND_WORDS[kind] else area.name
            self._rows.append((kind, heading, {v.period: v for v in values}))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._periods)

    def value(self, row: int, column: int) -> Value | None:
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._periods)):
            return None
        return self._rows[row][2].get(self._periods[column])

    def row_of(self, area_name: str) -> int:
        return next((r for r, row in enumerate(self._rows) if row[1].split(" (")[0] == area_name), -1)

    def column_of(self, period: str) -> int:
        return self._periods.index(period) if period in self._periods else -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._indicator is None:
            return None
        value = self.value(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if value is None:
                return "none published" if role == Qt.ItemDataRole.AccessibleTextRole else "–"
            text = value_words(self._indicator, value)
            if value.id in self._exceptions:
                text += ", exception recorded"
            return text
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            heading = self._rows[index.row()][1]
            tip = f"{heading}, {value.period}: {value_words(self._indicator, value)}"
            if value.note:
                tip += f". {value.note}"
            note = self._exceptions.get(value.id)
            if note is not None:
                tip += f"\nException: {note.why}\nWhat is being done: {note.response}"
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._periods):
            return self._periods[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section][1]
        return None


def file_name_for(indicator: Indicator) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", "-", indicator.name).strip("-").lower()
    return (words[:60].rstrip("-") or "indicator") + ".png"


class IndicatorChart(QWidget):
    """The chart, a button to save it as a picture, and its figures as a table for every reader."""

    exported = Signal(str)  # the path written, for the page's status line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None
        self.plot = IndicatorPlot()
        self.export_button = QPushButton("Export &chart as PNG…")
        self.export_button.setAccessibleName("Export chart as PNG")
        self.export_button.setToolTip("Save this chart as a picture")
        self.export_button.clicked.connect(self.choose_export_path)
        self.export_button.setEnabled(False)
        self.values = ValuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.values)
        self.table.setAccessibleName("Figures by area and period")
        self.table.setAccessibleDescription("The chart's figures: one row for each area, one column a period")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table_label = QLabel("Fi&gures by area and period:")
        table_label.setBuddy(self.table)
        self.file_dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None

        # How the neighbours are compared: ten grey lines say little, so a member can ask for their
        # average or their range instead, and pick one neighbour out by name.
        self.neighbours_box = QComboBox()
        self.neighbours_box.setAccessibleName("Show the statistical neighbours as")
        for view, words in NEIGHBOUR_VIEWS.items():
            self.neighbours_box.addItem(words, view)
        neighbours_label = QLabel("&Neighbours:")
        neighbours_label.setBuddy(self.neighbours_box)
        self.highlight_box = QComboBox()
        self.highlight_box.setAccessibleName("Pick out one statistical neighbour")
        self.highlight_box.setToolTip("Draw one neighbour's line in its own style, with its name")
        self.highlight_box.addItem(NO_HIGHLIGHT, None)
        highlight_label = QLabel("Pick o&ut:")
        highlight_label.setBuddy(self.highlight_box)
        self.zero_box = QCheckBox("Start the axis at &zero")
        self.zero_box.setAccessibleName("Start the axis at zero")
        self.zero_box.setToolTip("Unticked, the axis fits the figures, so small differences show")
        self.axis_label = QLabel()
        self.axis_label.setAccessibleName("Where the axis starts")
        self.neighbours_box.currentIndexChanged.connect(
            lambda _i: self._redrawn(self.plot.set_neighbour_view, self.neighbours_box.currentData())
        )
        self.highlight_box.currentIndexChanged.connect(
            lambda _i: self._redrawn(self.plot.set_highlight, self.highlight_box.currentData())
        )
        self.zero_box.toggled.connect(lambda on: self._redrawn(self.plot.set_from_zero, on))

        narrow_choices(self.highlight_box)  # a neighbour's name can be long
        controls = flow(
            labelled(neighbours_label, self.neighbours_box),
            labelled(highlight_label, self.highlight_box),
            self.zero_box,
        )
        self.axis_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.axis_label, 1)
        buttons.addWidget(self.export_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(controls)
        upper_layout.addWidget(self.plot, 1)
        upper_layout.addLayout(buttons)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(table_label)
        lower_layout.addWidget(self.table, 1)
        # The chart takes the room; the figures below it can be dragged taller, and scroll on their own.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.setMinimumHeight(self.fontMetrics().height() * 4)

    def show_indicator(
        self, indicator: Indicator | None, series: Sequence[Series], exceptions: dict[UUID, ExceptionNote]
    ) -> None:
        self.indicator = indicator
        if indicator is None:
            self.plot.clear_chart()
            self.values.set_series(None, [], {})
            self.export_button.setEnabled(False)
            self._offer_neighbours([])
            self._say_axis()
            return
        self._offer_neighbours(series)
        self.plot.show_indicator(indicator, series)
        self.values.set_series(indicator, series, exceptions)
        self.export_button.setEnabled(bool(self.plot.series))
        self._say_axis()

    def _offer_neighbours(self, series: Sequence[Series]) -> None:
        """The neighbours this indicator has, to pick one out; the one picked stays if it is among them."""
        names = sorted(area.name for kind, area, _ in series if kind == "neighbour")
        chosen = self.highlight_box.currentData()
        self.highlight_box.blockSignals(True)
        self.highlight_box.clear()
        self.highlight_box.addItem(NO_HIGHLIGHT, None)
        for name in names:
            self.highlight_box.addItem(name, name)
        self.highlight_box.setCurrentIndex(max(0, self.highlight_box.findData(chosen)))
        self.highlight_box.blockSignals(False)
        self.plot.highlighted = self.highlight_box.currentData()
        for control in (self.neighbours_box, self.highlight_box):
            control.setEnabled(bool(names))

    def _redrawn(self, change: Callable[[Any], None], choice: Any) -> None:
        change(choice)
        self._say_axis()

    def _say_axis(self) -> None:
        """Say, beside the chart and to a screen reader in the figures' description, where the axis starts."""
        note = self.plot.axis_note
        self.axis_label.setText(f"<b>{note}</b>" if note else "")
        self.axis_label.setAccessibleDescription(note)
        about = "The chart's figures: one row for each area, one column a period."
        self.table.setAccessibleDescription(f"{about} {note}".strip())

    def set_text_size(self, points: float) -> None:
        """Text in the chart at this size (in points); the controls and the table follow the app's font."""
        self.plot.set_text_size(points)

    def choose_export_path(self) -> None:
        if self.indicator is None:
            return
        suggested = Path.home() / file_name_for(self.indicator)
        dialog = QFileDialog(self, "Export chart as PNG", str(suggested), "PNG pictures (*.png)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("png")
        dialog.fileSelected.connect(lambda path: self.export_png(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def export_png(self, path: Path) -> None:
        try:
            self.plot.export_png(path)
        except (OutputError, OSError) as error:
            self.message = message_box(self, "The chart was not exported", error)
            return
        self.exported.emit(str(path))


class ChartKey(pg.GraphicsLayoutWidget):
    """The key for a set of small charts that have none of their own: one sample of each kind of line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scale = max(1.0, self.logicalDpiY() / 72)
        size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 9.0
        self.key = legend(5, size)
        self.addItem(self.key, row=0, col=0)
        self.ci.layout.setAlignment(self.key, Qt.AlignmentFlag.AlignLeft)
        self._samples = {kind: pg.PlotDataItem(**item_options(kind, scale)) for kind in STYLES}
        self.setFixedHeight(self.fontMetrics().height() * 3)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app's text size changed
            size_key(self.key, self.font().pointSizeF() if self.font().pointSizeF() > 0 else 9.0)
            self.setFixedHeight(self.fontMetrics().height() * 3)

    def set_council(self, council: str) -> None:
        self.key.clear()
        words = {
            "council": council,
            "national": "England",
            "regional": "The region",
            "neighbour": "Statistical neighbours",
            "target": "Target",
        }
        for kind, text in words.items():
            self.key.addItem(self._samples[kind], text)
        self.key.setMaximumWidth(self.key.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width())
        self.setAccessibleName("Key to the charts")
        self.setAccessibleDescription(
            f"{council}: a solid line with circles. England: dashed with squares. The region: dash and dot "
            "with triangles. Statistical neighbours: thin dotted lines with diamonds. Target: a long dash "
            "and two dots."
        )
