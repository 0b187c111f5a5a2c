"""An indicator's history as a pyqtgraph chart, with its figures as a table, exportable as a PNG picture."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
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
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.indicators import ExceptionNote, Indicator, Value, format_value
from cpdesk.errors import OutputError
from cpdesk.packs.charts import (
    DRAW_ORDER,
    STYLES,
    Series,
    chart_summary,
    legend_entries,
    period_labels,
    periods_of,
    points_of,
    runs,
    target_label,
    tick_label,
    value_axis,
)
from cpdesk.views.common.forms import message_box

SYMBOLS = {"circle": "o", "square": "s", "triangle": "t1", "diamond": "d"}
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
        self.scale = max(1.0, self.logicalDpiY() / 72)  # the styles are in points; the screen counts pixels
        self.key: pg.LegendItem | None = None
        if not compact:
            self.key = legend(3, self._points())
            self.addItem(self.key, row=1, col=0)
            self.ci.layout.setAlignment(self.key, Qt.AlignmentFlag.AlignLeft)
        self.series: list[ChartSeries] = []
        self.target_line: pg.InfiniteLine | None = None
        self.periods: list[str] = []
        self._samples: list[pg.PlotDataItem] = []
        self.setMinimumHeight(self.fontMetrics().height() * (12 if compact else 22))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _points(self) -> float:
        size = self.font().pointSizeF()
        return size if size > 0 else 9.0

    def clear_chart(self) -> None:
        self.plot_item.clear()
        if self.key is not None:
            self.key.clear()
        self.series = []
        self.target_line = None
        self.periods = []
        self._samples = []

    def show_indicator(self, indicator: Indicator, series: Sequence[Series]) -> None:
        """Draw the indicator's history; a series with no figure at all is left out (it is in the table)."""
        self.clear_chart()
        self.periods = periods_of(series)
        plot = self.plot_item
        figures: list[float] = []
        drawn: dict[str, pg.PlotDataItem] = {}
        for kind in DRAW_ORDER:
            for series_kind, area, values in series:
                if series_kind != kind:
                    continue
                points = points_of(values, self.periods)
                if not runs(points):
                    continue
                figures += [p for p in points if p is not None]
                item = plot.plot(
                    np.arange(len(points), dtype=float),
                    np.array([math.nan if p is None else p for p in points], dtype=float),
                    connect="finite",  # a suppressed figure is a gap in the line, never a zero
                    name=area.name,
                    **item_options(kind, self.scale),
                )
                item.setZValue(DRAW_ORDER.index(kind))
                self.series.append(ChartSeries(kind, area.name, item, points))
                drawn.setdefault(kind, item)
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
            for kind, words in legend_entries(indicator, series):
                if kind == "target":
                    sample = pg.PlotDataItem(**item_options("target", self.scale))
                    self._samples.append(sample)
                    self.key.addItem(sample, words)
                elif kind in drawn:
                    self.key.addItem(drawn[kind], words)
            # As wide as its entries, at the left: a stretched key spreads its columns apart.
            self.key.setMaximumWidth(self.key.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width())
        low, high, ticks = value_axis(indicator.unit, figures)
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
        self.setAccessibleDescription(chart_summary(indicator, series))
        self.setToolTip(chart_summary(indicator, series))

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

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 3)
        layout.addLayout(buttons)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 2)
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)

    def show_indicator(
        self, indicator: Indicator | None, series: Sequence[Series], exceptions: dict[UUID, ExceptionNote]
    ) -> None:
        self.indicator = indicator
        if indicator is None:
            self.plot.clear_chart()
            self.values.set_series(None, [], {})
            self.export_button.setEnabled(False)
            return
        self.plot.show_indicator(indicator, series)
        self.values.set_series(indicator, series, exceptions)
        self.export_button.setEnabled(bool(self.plot.series))

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
