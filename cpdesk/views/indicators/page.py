"""The Indicators page: the figures the committee monitors, each beside its comparators; a dashboard."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import (
    POLARITIES,
    UNITS,
    ExceptionNote,
    Indicator,
    Summary,
    format_value,
)
from cpdesk.domain.statistics import ImportRecord, ImportResult
from cpdesk.views.common.changes import ACTIONS, INDICATORS, STRATEGY, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.forms import FormDialog, message_box
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import Heading, fit_rows, flow, narrow_choices
from cpdesk.views.indicators.chart import IndicatorChart, IndicatorPlot, value_words
from cpdesk.views.indicators.dashboard import Dashboard
from cpdesk.views.indicators.dialogs import (
    EditIndicatorDialog,
    ExceptionDialog,
    ImportStatisticsDialog,
)
from cpdesk.views.indicators.models import (
    CHANGE,
    LATEST,
    NAME,
    NOT_LINKED,
    PERIOD,
    RAG,
    SUMMARY_ROLE,
    TARGET,
    UNIT,
    IndicatorFilter,
    IndicatorsModel,
    target_words,
)
from cpdesk.views.notes.panel import NotesPanel

VISUAL_ORDER = (NAME, LATEST, RAG, PERIOD, CHANGE, TARGET, UNIT)


class IndicatorsPage(QWidget):
    """Indicators with their latest figure and RAG; the chosen one's detail and chart; a dashboard."""

    def __init__(
        self, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._hub = hub
        self._runner = runner
        self._confirmer = confirmer
        self.file_dialog: QFileDialog | None = None
        self.dialog: FormDialog | None = None  # the dialog open now, for tests to drive
        self.message: QMessageBox | None = None
        self._dashboard_stale = True

        self.new_button = QPushButton("&New indicator…")
        self.new_button.setAccessibleName("New indicator")
        self.new_button.setToolTip("Add an indicator of the council's own (Ctrl+N)")
        self.import_button = QPushButton("I&mport statistics…")
        self.import_button.setAccessibleName("Import statistics")
        self.import_button.setToolTip("Import a DfE statistics file, or a CSV of the council's own figures")
        self.export_button = QPushButton("E&xport values…")
        self.export_button.setAccessibleName("Export values")
        self.export_button.setToolTip("Write every figure held to a CSV file")
        self.undo_button = QPushButton("&Undo an import")
        self.undo_button.setAccessibleName("Undo an import")
        self.undo_button.setToolTip("Take back the last statistics import as one step")
        self.undo_menu = QMenu(self.undo_button)
        self.undo_button.setMenu(self.undo_menu)
        self.restore_button = QPushButton("Restore from &bin")
        self.restore_button.setAccessibleName("Restore from bin")
        self.restore_button.setToolTip("Bring back an indicator that was removed")
        self.restore_menu = QMenu(self.restore_button)
        self.restore_button.setMenu(self.restore_menu)
        self.status = QLabel()
        self.status.setAccessibleName("Status")
        self.status.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Indicators views")
        self.tabs.addTab(self._build_list(), "&Indicators")
        self.dashboard = Dashboard(desk)
        self.tabs.addTab(self.dashboard, "&Dashboard")

        top = flow(
            self.new_button, self.import_button, self.export_button, self.undo_button, self.restore_button
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.new_button.clicked.connect(self.new_indicator)
        self.import_button.clicked.connect(self.choose_file_to_import)
        self.export_button.clicked.connect(self.choose_export_path)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.priority_box.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.edit_button.clicked.connect(self.edit_indicator)
        self.exception_button.clicked.connect(self.record_exception)
        self.remove_button.clicked.connect(self.remove_indicator)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_indicator)
        self.chart.exported.connect(lambda path: self._say(f"Saved the chart to {path}"))
        self.dashboard.show_details.connect(self.open_indicator)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_dashboard_if_shown())
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_indicator)
        hub.changed.connect(self._on_changed)
        self.refresh()

    # --- building ---

    def _build_list(self) -> QWidget:
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName("Filter indicators")
        self.filter_edit.setPlaceholderText("Words in the name or description")
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel("Fi&lter:")
        filter_label.setBuddy(self.filter_edit)
        self.priority_box = QComboBox()
        self.priority_box.setAccessibleName("Show indicators linked to")
        priority_label = QLabel("&Priority:")
        priority_label.setBuddy(self.priority_box)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many indicators are shown")

        self.model = IndicatorsModel(self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Indicators")
        self.table.setAccessibleDescription(
            "Each indicator's latest figure, its change, target and RAG status"
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        # The figure and its RAG beside the name, so a narrow window or large text keeps them in view.
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.table.viewport().installEventFilter(self)  # a wider or narrower table: the name follows

        self.title = Heading(scale=1.2)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.edit_button = QPushButton("&Edit indicator…")
        self.edit_button.setAccessibleName("Edit indicator")
        self.remove_button = QPushButton("Re&move indicator")
        self.remove_button.setAccessibleName("Remove indicator")
        self.remove_button.setToolTip("Move the indicator to the bin, with its figures (Delete)")
        self.exception_button = QPushButton("&Record exception…")
        self.exception_button.setAccessibleName("Record exception")
        self.exception_button.setToolTip("Say why the latest figure is Red and what is being done")
        self.exception_label = QLabel()
        self.exception_label.setWordWrap(True)
        self.exception_label.setTextFormat(Qt.TextFormat.RichText)
        self.exception_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        for label in (self.details, self.exception_label):
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the words, for a screen reader
        self.chart = IndicatorChart()

        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(priority_label)
        filters.addWidget(self.priority_box, 1)
        filters.addWidget(self.count_label)
        narrow_choices(self.priority_box)  # a priority's name can be long
        buttons = flow(self.edit_button, self.remove_button, self.exception_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.details)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.exception_label)
        self.notes_panel = NotesPanel(
            self._desk, self._hub, self._runner, self._confirmer, title="My notes on this indicator"
        )
        detail_layout.addWidget(self.notes_panel)
        detail_layout.addStretch(1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(detail)
        self.detail_scroll.setAccessibleName("The chosen indicator")
        # The facts beside the chart, not above it: the chart gets the pane's full height, unscrolled.
        self.detail_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.detail_splitter.addWidget(self.detail_scroll)
        self.detail_splitter.addWidget(self.chart)
        self.detail_splitter.setStretchFactor(0, 2)
        self.detail_splitter.setStretchFactor(1, 3)
        self.detail_splitter.setChildrenCollapsible(False)
        self.detail_splitter.installEventFilter(self)  # narrower than both need: the facts go under the chart
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([180, 720])
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        for first, second in (
            (self.filter_edit, self.priority_box),
            (self.priority_box, self.table),
            (self.table, self.details),
            (self.details, self.edit_button),
            (self.edit_button, self.remove_button),
            (self.remove_button, self.exception_button),
            (self.exception_button, self.exception_label),
            (self.exception_label, self.chart.neighbours_box),
            (self.chart.neighbours_box, self.chart.highlight_box),
            (self.chart.highlight_box, self.chart.zero_box),
            (self.chart.zero_box, self.chart.plot),
            (self.chart.plot, self.chart.export_button),
            (self.chart.export_button, self.chart.table),
        ):
            QWidget.setTabOrder(first, second)
        return page

    # --- what is shown ---

    def selected(self) -> Summary | None:
        index = self.table.currentIndex()
        return index.data(SUMMARY_ROLE) if index.isValid() else None

    def select(self, indicator_id: UUID | None) -> bool:
        row = self.model.row_of(indicator_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Reload from the database, keeping the indicator chosen and the filters."""
        shown = self.selected()
        indicators = self._desk.indicators
        self.model.set_summaries(indicators.summaries())
        self._fill_priorities()
        self._count()
        if not (shown and self.select(shown.indicator.id)) and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, NAME))
        self.fit_columns()
        self.show_detail()
        self._fill_menus()
        self._dashboard_stale = True
        self._refresh_dashboard_if_shown()

    def fit_columns(self) -> None:
        """Columns as wide as what they hold at the current text size; long changes cut short."""
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        char = self.table.fontMetrics().averageCharWidth()
        header.resizeSection(CHANGE, min(header.sectionSize(CHANGE), char * 40))
        fit_rows(self.table)
        self.fit_name()

    def fit_name(self) -> None:
        """The name takes the room left beside the columns up to RAG, within reason, cut short if need be."""
        header = self.table.horizontalHeader()
        last = header.visualIndex(RAG)
        taken = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != NAME and header.visualIndex(column) <= last and not header.isSectionHidden(column)
        )
        char = self.table.fontMetrics().averageCharWidth()
        whole = self.table.sizeHintForColumn(NAME) if self.proxy.rowCount() else char * 20
        room = self.table.viewport().width() - taken
        header.resizeSection(NAME, max(char * 20, min(room, whole, char * 60)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_name()
        elif watched is self.detail_splitter and event.type() == QEvent.Type.Resize:
            self.arrange_detail()
        return super().eventFilter(watched, event)

    def arrange_detail(self) -> None:
        """The chosen indicator's facts beside its chart when there is room for both, else under it.

        Beside a chart in a narrow pane, the title would be squeezed to a few letters a line; under it,
        the facts have the pane's width and the page scrolls down to them.
        """
        letter = self.fontMetrics().averageCharWidth()
        room = letter * 40 + max(self.chart.minimumSizeHint().width(), letter * 64)
        splitter = self.detail_splitter
        beside = splitter.width() >= room + splitter.handleWidth()
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if splitter.orientation() == wanted:
            return
        splitter.setOrientation(wanted)
        if beside:
            splitter.insertWidget(0, self.detail_scroll)
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 3)
            splitter.setSizes([splitter.width() * 2 // 5, splitter.width() * 3 // 5])
        else:
            splitter.insertWidget(0, self.chart)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
            facts = self.detail_scroll.widget()
            detail = facts.sizeHint().height() if facts is not None else 0
            splitter.setSizes([self.chart.sizeHint().height(), detail])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: widths and charts follow it
            self.fit_columns()
            points = self.font().pointSizeF()
            for plot in self.findChildren(IndicatorPlot):  # the chosen indicator's and the dashboard's
                plot.set_text_size(points)
            self.arrange_detail()

    def _fill_menus(self) -> None:
        indicators = self._desk.indicators
        self.restore_menu.clear()
        for binned in indicators.binned():
            action = self.restore_menu.addAction(f"Restore “{binned.name}”")
            action.triggered.connect(lambda _=False, i=binned: self.restore_indicator(i))
        self.restore_button.setEnabled(not self.restore_menu.isEmpty())
        self.undo_menu.clear()
        records = indicators.imports()
        for record in records:
            action = self.undo_menu.addAction(import_words(record))
            action.setEnabled(record.can_undo)
            action.triggered.connect(lambda _=False, r=record: self.undo_import(r))
        self.undo_button.setEnabled(any(r.can_undo for r in records))

    def _fill_priorities(self) -> None:
        chosen = self.priority_box.currentData()
        self.priority_box.blockSignals(True)
        self.priority_box.clear()
        self.priority_box.addItem("All priorities", None)
        for number, title in self._priorities():
            self.priority_box.addItem(f"Priority {number}: {title}", number)
        self.priority_box.addItem("Linked to no priority", NOT_LINKED)
        self.priority_box.setCurrentIndex(max(0, self.priority_box.findData(chosen)))
        self.priority_box.blockSignals(False)

    def _priorities(self) -> list[tuple[int, str]]:
        if self._desk.strategy.current() is None:
            return []
        return [(p.number, p.title) for p in self._desk.strategy.content().priorities]

    def _filter_changed(self, *_args: Any) -> None:
        self.proxy.set_words(self.filter_edit.text())
        self.proxy.set_priority(self.priority_box.currentData())
        self._count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, NAME))
        self.show_detail()

    def _count(self) -> None:
        shown, held = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} of {held} indicators")

    def show_detail(self) -> None:
        summary = self.selected()
        self.notes_panel.show_record(
            "indicator" if summary else None, summary.indicator.id if summary else None
        )
        self.edit_button.setEnabled(summary is not None)
        self.remove_button.setEnabled(summary is not None)
        if summary is None:
            self.title.setText("No indicator chosen")
            self.details.setText("Choose an indicator in the list to see its history and comparators.")
            self.details.setAccessibleName(self.details.text())
            self.exception_button.hide()
            self.exception_label.hide()
            self.chart.show_indicator(None, [], {})
            return
        indicator = summary.indicator
        indicators = self._desk.indicators
        series = indicators.series(indicator.id)
        exceptions = {v.id: note for v in series[0][2] if (note := indicators.exception(v.id)) is not None}
        self.title.setText(indicator.name)
        self.title.setAccessibleName(indicator.name)
        facts = self._facts(summary)
        rows = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in facts
        )
        description = f"<p>{html.escape(indicator.description)}</p>" if indicator.description else ""
        self.details.setText(f"{description}<table cellpadding='3'>{rows}</table>")
        plain = ". ".join([indicator.description, *(f"{k}: {v}" for k, v in facts)]).strip(". ")
        self.details.setAccessibleName(plain)
        red = summary.rag == "Red" and summary.latest is not None
        self.exception_button.setVisible(red)
        self._show_exceptions(summary, series[0][2], exceptions)
        self.chart.show_indicator(indicator, series, exceptions)

    def _facts(self, summary: Summary) -> list[tuple[str, str]]:
        indicator = summary.indicator
        latest = summary.latest
        figure = "None yet" if latest is None else f"{value_words(indicator, latest)} in {latest.period}"
        targets = {t.target_id: t for p in self._desk.indicators.link_targets() for t in (p, *p.children)}
        linked = [targets[i].label for _, i in self._desk.indicators.links(indicator.id) if i in targets]
        return [
            ("Latest figure", figure),
            ("RAG", summary.rag),
            ("Target", target_words(summary)),
            ("Which way is better", POLARITIES[indicator.polarity]),
            ("Unit", UNITS[indicator.unit]),
            ("Source", indicator.source or "Not recorded"),
            ("Evidences", "; ".join(linked) if linked else "Not linked to the strategy yet"),
        ]

    def _show_exceptions(
        self, summary: Summary, values: list[Any], exceptions: dict[UUID, ExceptionNote]
    ) -> None:
        if not exceptions:
            self.exception_label.hide()
            return
        actions = {row.id: row for row in self._desk.actions.log()}
        parts = []
        for value in reversed(values):
            note = exceptions.get(value.id)
            if note is None:
                continue
            figure = format_value(summary.indicator.unit, value.value, value.suppressed)
            linked = [actions[a] for a in note.action_ids if a in actions]
            remedial = "; ".join(f"{a.reference}: {a.description} ({a.status_label})" for a in linked)
            parts.append(
                f"<p><b>Exception for the {html.escape(value.period)} figure ({html.escape(figure)})</b>, "
                f"recorded {long_date(note.recorded_on)}.<br>"
                f"<b>Why:</b> {html.escape(note.why)}<br>"
                f"<b>What is being done:</b> {html.escape(note.response)}<br>"
                f"<b>Remedial actions:</b> {html.escape(remedial) if remedial else 'none linked'}</p>"
            )
        self.exception_label.setText("".join(parts))
        self.exception_label.setAccessibleName(
            " ".join(part.replace("<br>", " ") for part in parts).replace("<p>", "").replace("</p>", "")
        )
        self.exception_label.show()

    def _refresh_dashboard_if_shown(self) -> None:
        if not self._dashboard_stale or self.tabs.currentWidget() is not self.dashboard:
            return
        self._dashboard_stale = False
        summaries = [self.model.summary(row) for row in range(self.model.rowCount())]
        council = self._desk.indicators.council().name
        self.dashboard.set_data(self._priorities(), [s for s in summaries if s is not None], council)

    def show_dashboard(self, priority: int | None = None) -> None:
        self.tabs.setCurrentWidget(self.dashboard)
        if priority is not None:
            self.dashboard.show_priority(priority)

    def open_indicator(self, indicator_id: UUID) -> None:
        """From the dashboard to the indicator's detail, clearing filters that would hide it."""
        self.tabs.setCurrentIndex(0)
        if not self.select(indicator_id):
            self.filter_edit.clear()
            self.priority_box.setCurrentIndex(0)
            self.select(indicator_id)
        self.table.setFocus()

    def _on_changed(self, kinds: Any) -> None:
        if {INDICATORS, STRATEGY, ACTIONS} & set(kinds):
            self.refresh()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    def _refused(self, title: str, error: BaseException) -> None:
        self._say(title)
        self.message = message_box(self, title, error)

    # --- editing ---

    def new_indicator(self) -> None:
        dialog = EditIndicatorDialog(
            self, self._desk, self._runner, self._confirmer, None, self._desk.indicators.link_targets(), [], 0
        )

        def added(indicator: Indicator) -> None:
            self.filter_edit.clear()
            self.priority_box.setCurrentIndex(0)
            self._changed(f"Added {indicator.name}")
            self.select(indicator.id)

        dialog.done_with = added
        self.dialog = dialog
        dialog.open()

    def edit_indicator(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        indicators = self._desk.indicators
        indicator = summary.indicator
        dialog = EditIndicatorDialog(
            self,
            self._desk,
            self._runner,
            self._confirmer,
            indicator,
            indicators.link_targets(),
            indicators.links(indicator.id),
            len(indicators.values(indicator.id)),
        )
        dialog.done_with = lambda saved: self._changed(f"Saved {saved.name}")
        self.dialog = dialog
        dialog.open()

    def record_exception(self) -> None:
        summary = self.selected()
        if summary is None or summary.latest is None or summary.rag != "Red":
            return
        value = summary.latest
        dialog = ExceptionDialog(
            self,
            self._desk,
            self._runner,
            summary.indicator,
            value,
            self._desk.indicators.exception(value.id),
            self._desk.actions.log(),
        )
        dialog.done_with = lambda _note: self._changed(
            f"Recorded the exception for the {value.period} figure"
        )
        self.dialog = dialog
        dialog.open()

    def remove_indicator(self) -> None:
        """Move the chosen indicator to the bin (its figures are kept; Restore from bin brings it back)."""
        summary = self.selected()
        if summary is None:
            return
        indicator = summary.indicator
        self._confirmer.ask(
            self,
            "Remove the indicator?",
            f"“{indicator.name}” goes to the bin with its figures. "
            "You can bring it back with Restore from bin.",
            "&Remove",
            lambda: self._write(
                "The indicator was not removed",
                lambda: self._desk.indicators.bin(indicator.id),
                f"Moved “{indicator.name}” to the bin",
            ),
        )

    def restore_indicator(self, indicator: Indicator) -> None:
        def restored(_result: Any) -> None:
            self._changed(f"Restored “{indicator.name}”")
            self.filter_edit.clear()
            self.priority_box.setCurrentIndex(0)
            self.select(indicator.id)

        desk = self._desk
        self._runner.submit(
            lambda: desk.run(lambda: desk.indicators.restore(indicator.id)),
            restored,
            lambda error: self._refused("The indicator was not restored", error),
        )

    def undo_import(self, record: ImportRecord) -> None:
        """Take back an import as one step, once the user has said so."""
        self._confirmer.ask(
            self,
            "Undo the import?",
            f"The import of {record.file_name} for {record.authority} will be taken back: the "
            f"{record.values_written} figures it wrote go, any it replaced come back, and the "
            f"{record.indicators_added} indicators it added are removed.",
            "&Undo the import",
            lambda: self._write(
                "The import was not undone",
                lambda: self._desk.indicators.undo_import(record.id),
                f"Undid the import of {record.file_name}",
            ),
        )

    def _write(self, title: str, work: Any, words: str) -> None:
        desk = self._desk
        self._runner.submit(
            lambda: desk.run(work),
            lambda _result: self._changed(words),
            lambda error: self._refused(title, error),
        )

    def _changed(self, words: str) -> None:
        self._say(words)
        self._hub.announce(INDICATORS)

    # --- files ---

    def choose_file_to_import(self) -> None:
        dialog = QFileDialog(
            self, "Import statistics", str(Path.home()), "CSV files (*.csv *.CSV);;All files (*)"
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_file(self, path: Path) -> None:
        """The council's own figures import at once; a statistics file asks which authority first."""
        desk = self._desk
        indicators = desk.indicators
        self._say(f"Reading {path.name}…")
        if indicators.is_council_figures(path):
            self._runner.submit(
                lambda: desk.run(lambda: indicators.import_council_figures(path)),
                lambda count: self._changed(
                    f"Imported {count} of the council's own figures from {path.name}"
                ),
                lambda error: self._refused("The figures were not imported", error),
            )
            return

        def read() -> tuple[Any, ...]:
            return indicators.plan_statistics(path), indicators.indicators()

        self._runner.submit(
            lambda: desk.run(read),
            lambda found: self._choose_authority(path, *found),
            lambda error: self._refused("The statistics were not imported", error),
        )

    def _choose_authority(self, path: Path, *found: Any) -> None:
        dialog = ImportStatisticsDialog(self, self._desk, self._runner, path, *found)
        dialog.done_with = lambda result: self._imported(path, result)
        dialog.rejected.connect(lambda: self._say(f"{path.name} was not imported"))
        self.dialog = dialog
        dialog.open()

    def _imported(self, path: Path, result: ImportResult) -> None:
        words = (
            f"Imported {result.values} figures from {path.name} ({result.suppressed} suppressed) for "
            f"{len(result.areas)} areas: {result.indicators_added} new indicators, "
            f"{result.indicators_updated} updated. Undo an import takes it back."
        )
        if result.missing_neighbours:
            words += f" Not in the file: {', '.join(result.missing_neighbours)}."
        self._changed(words)

    def choose_export_path(self) -> None:
        suggested = Path.home() / "indicator-values.csv"
        dialog = QFileDialog(self, "Export values", str(suggested), "CSV files (*.csv)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_values(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def export_values(self, path: Path) -> None:
        desk = self._desk
        self._runner.submit(
            lambda: desk.run(lambda: desk.indicators.export_csv(path)),
            lambda count: self._say(f"Wrote {count} figures to {path}"),
            lambda error: self._refused("The values were not exported", error),
        )


def import_words(record: ImportRecord) -> str:
    """An import as the Undo menu lists it."""
    when = record.imported_at.astimezone().strftime("%d %b %Y %H:%M")
    what = f"{record.file_name} for {record.authority}, {when}: {record.values_written} figures"
    if record.undone_at is not None:
        return f"{what} (undone)"
    return f"Undo the import of {what}" if record.can_undo else f"{what} (undo the later imports first)"
