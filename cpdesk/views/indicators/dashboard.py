"""The indicators dashboard: for one priority, a small chart of each indicator linked to it, with its RAG."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import Summary, format_value
from cpdesk.views.common.widgets import Heading
from cpdesk.views.indicators.chart import ChartKey, IndicatorPlot

COLUMNS = 2


def latest_words(summary: Summary) -> str:
    """The line under a small chart: the latest figure, its period and the RAG status in words."""
    latest = summary.latest
    if latest is None:
        figure = "No figure yet"
    else:
        value = format_value(summary.indicator.unit, latest.value, latest.suppressed)
        figure = f"Latest: {value} in {latest.period}"
    return f"{figure}. Status: {summary.rag}."


class DashboardTile(QFrame):
    """One indicator on the dashboard: its name, its chart, its latest figure and RAG, a way to its detail."""

    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        name = summary.indicator.name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self.title = Heading(name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.plot = IndicatorPlot(compact=True)
        self.rag_label = QLabel(latest_words(summary))
        self.rag_label.setWordWrap(True)
        self.details_button = QPushButton("Show details")
        self.details_button.setAccessibleName(f"Show details of {name}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        row = QHBoxLayout()
        row.addWidget(self.rag_label, 1)
        row.addWidget(self.details_button)
        layout.addLayout(row)


class Dashboard(QWidget):
    """Choose a priority; see the indicators that evidence it, each as a small chart with its RAG in words."""

    show_details = Signal(object)  # the indicator's id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._summaries: list[Summary] = []
        self.tiles: list[DashboardTile] = []
        self.priority_box = QComboBox()
        self.priority_box.setAccessibleName("Priority shown on the dashboard")
        priority_label = QLabel("Sho&w priority:")
        priority_label.setBuddy(self.priority_box)
        self.key = ChartKey()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.charts_area = QScrollArea()
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setWidget(self.grid_host)
        self.charts_area.setAccessibleName("Charts of the indicators linked to this priority")

        top = QHBoxLayout()
        top.addWidget(priority_label)
        top.addWidget(self.priority_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.charts_area, 1)
        self.priority_box.currentIndexChanged.connect(lambda _row: self.rebuild())

    def set_data(self, priorities: list[tuple[int, str]], summaries: list[Summary], council: str) -> None:
        """The current strategy's priorities (number, title) and every indicator's summary."""
        shown = self.priority_box.currentData()
        self._summaries = summaries
        self.key.set_council(council)
        self.priority_box.blockSignals(True)
        self.priority_box.clear()
        for number, title in priorities:
            self.priority_box.addItem(f"Priority {number}: {title}", number)
        self.priority_box.setCurrentIndex(max(0, self.priority_box.findData(shown)))
        self.priority_box.blockSignals(False)
        self.rebuild()

    def show_priority(self, number: int) -> None:
        self.priority_box.setCurrentIndex(max(0, self.priority_box.findData(number)))

    def rebuild(self) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        number = self.priority_box.currentData()
        if number is None:
            self._say("The current strategy has no priorities to show.")
            return
        linked = [s for s in self._summaries if number in s.indicator.priorities]
        if not linked:
            self._say(
                f"No indicators are linked to priority {number} yet. To link one, choose it on the "
                "Indicators tab, press Edit indicator…, tick this priority or one of its success "
                "measures, and save."
            )
            return
        self.empty_label.hide()
        self.key.show()
        self.charts_area.show()
        for position, summary in enumerate(linked):
            tile = DashboardTile(summary)
            tile.plot.show_indicator(summary.indicator, self._desk.indicators.series(summary.indicator.id))
            indicator_id: UUID = summary.indicator.id
            tile.details_button.clicked.connect(lambda _=False, i=indicator_id: self.show_details.emit(i))
            self.grid.addWidget(tile, position // COLUMNS, position % COLUMNS)
            self.tiles.append(tile)

    def _say(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(text)
        self.empty_label.show()
        self.key.hide()
        self.charts_area.hide()
