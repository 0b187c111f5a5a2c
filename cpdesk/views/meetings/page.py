"""The Meetings page: the clerk's list of meetings on the left, the chosen meeting's agenda, attendance,
minutes and action log in tabs on the right."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import STATUSES, Meeting
from cpdesk.views.common.changes import MEETINGS, PEOPLE, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import BusyNote, Writes
from cpdesk.views.common.forms import FormDialog, Messages
from cpdesk.views.common.history import HistoryPanel
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import (
    Heading,
    button,
    fit_columns,
    flow,
    narrow_choices,
    select_row,
    selected_row,
    table,
)
from cpdesk.views.meetings.agenda_tab import AgendaTab
from cpdesk.views.meetings.dialogs import MoveDialog, NewMeetingDialog, SeriesDialog
from cpdesk.views.meetings.locked import explain, locked_reason
from cpdesk.views.meetings.minutes_tab import MinutesTab
from cpdesk.views.meetings.models import ROW_ROLE, MeetingsFilter, MeetingsModel
from cpdesk.views.meetings.tabs import ActionLogTab, AttendanceTab
from cpdesk.views.notes.panel import NotesPanel

FITTED = (0, 1, 2, 3)  # the list's date, time, body and status: sized to their contents
RIGHT_LETTERS = 70  # the meeting's tabs need about so many letters' width beside the list
BANNER_STYLE = "QLabel { background: #fff4c2; color: #3d2e00; border: 1px solid #b38f00; padding: 6px; }"


class MeetingsPage(QWidget):
    """Schedule meetings, build their agendas, record who came and what was decided, follow the actions."""

    meeting_shown = Signal(object)  # the Meeting now shown, or None

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        confirmer: Confirmer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._hub, self._runner, self._confirmer = desk, hub, runner, confirmer
        self.messages = Messages(self)
        self._writes = Writes(self, desk, runner, hub, self.messages)
        self.dialog: FormDialog | None = None  # the dialog last opened, for tests
        self.meeting: Meeting | None = None
        self._sized = False  # the panes are sized once the page is first shown
        self._arranging = True  # the first arrangement sizes the panes whichever way they lie

        # --- the list of meetings ---
        self.body_box = QComboBox()
        self.body_box.setAccessibleName("Show the meetings of")
        self.body_box.addItem("All bodies", None)
        for body in desk.people.bodies():
            self.body_box.addItem(body.name, body.id)
        narrow_choices(self.body_box)  # a body's name can be long
        body_label = QLabel("&Body:")
        body_label.setBuddy(self.body_box)
        self.find_edit = QLineEdit()
        self.find_edit.setAccessibleName("Find meetings")
        self.find_edit.setPlaceholderText("date, venue or status")
        self.find_edit.setClearButtonEnabled(True)
        find_label = QLabel("Find &words:")  # not &Find: Alt+F opens the File menu
        find_label.setBuddy(self.find_edit)
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = table(
            self.proxy, "Meetings", "Every meeting by date; choose one to see it on the right", stretch=4
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # The venue gives way (elided, whole in its tip and in the details on the right); the rest fit,
        # measured once when the rows, the filter or the font change (see _fit_list), not at every layout.
        for column in FITTED:
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fitted: dict[int, int] = {}
        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many meetings are listed")

        self.new_button = button("&New meeting…", "Schedule one meeting (Ctrl+N)")
        self.series_button = button("New &year of meetings…", "Schedule a municipal year of meetings at once")
        self.move_button = button("&Move…", "Give the chosen meeting a new date, time or venue")
        self.cancel_button = button("Cance&l meeting", "Mark the chosen meeting cancelled")
        self.published_button = button("Agenda &published", "Mark the chosen meeting's agenda as published")
        self.held_button = button(
            "Mark &held", "Mark the chosen meeting as held, so its minutes can be approved"
        )

        filters = QGridLayout()
        filters.addWidget(body_label, 0, 0)
        filters.addWidget(self.body_box, 0, 1)
        filters.addWidget(find_label, 1, 0)
        filters.addWidget(self.find_edit, 1, 1)
        filters.setColumnStretch(1, 1)
        buttons = flow(
            self.new_button,
            self.series_button,
            self.move_button,
            self.cancel_button,
            self.published_button,
            self.held_button,
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addLayout(buttons)

        # --- the chosen meeting ---
        self.heading = Heading(scale=1.25)  # relative to the text size, so it follows it
        self.heading.setAccessibleName("Meeting shown")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName("Date, time, venue and status")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Locked")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        # After a change of status, a way back: the note says what was done, Undo puts it back.
        self.undo_note = QLabel()
        self.undo_note.setWordWrap(True)
        self.undo_note.setAccessibleName("Done")
        self.undo_button = button("&Undo", "Put the meeting's status back as it was")
        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_note, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo: tuple[UUID, str] | None = None  # the meeting and the status Undo goes back to

        # The chosen meeting's parts are read off the GUI thread; this says so while they are.
        self.loading = BusyNote("Reading the meeting…")
        self.agenda_tab = AgendaTab(desk, hub, runner, confirmer, self.messages, busy=self.loading)
        self.attendance_tab = AttendanceTab(desk, hub, runner, confirmer, self.messages, busy=self.loading)
        self.minutes_tab = MinutesTab(desk, hub, runner, confirmer, self.messages, busy=self.loading)
        self.log_tab = ActionLogTab(desk, hub, runner, self.messages, busy=self.loading)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Parts of the meeting")
        self.tabs.addTab(self.agenda_tab, "&Agenda")
        self.tabs.addTab(self.attendance_tab, "A&ttendance")
        self.tabs.addTab(self.minutes_tab, "M&inutes")
        self.tabs.addTab(self.log_tab, "Action lo&g")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.undo_bar)
        right_layout.addWidget(self.tabs, 1)
        self.notes_panel = NotesPanel(desk, hub, runner, confirmer, title="My notes on this meeting")
        right_layout.addWidget(self.notes_panel)
        self.history_panel = HistoryPanel(desk, hub, runner, title="Who changed this meeting")
        right_layout.addWidget(self.history_panel)
        right_layout.addWidget(self.loading)

        self._list_pane, self._meeting_pane = left, right
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)

        self.new_action = self._page_action("New meeting", "Ctrl+N", self.new_meeting)
        self.setTabOrder(self.body_box, self.find_edit)
        self.setTabOrder(self.find_edit, self.view)
        self.setTabOrder(self.view, self.new_button)
        previous: QWidget = self.new_button
        for b in (
            self.series_button,
            self.move_button,
            self.cancel_button,
            self.published_button,
            self.held_button,
        ):
            self.setTabOrder(previous, b)
            previous = b
        self.setTabOrder(previous, self.tabs)

        self.body_box.currentIndexChanged.connect(self._filter_changed)
        self.find_edit.textChanged.connect(self._filter_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.new_button.clicked.connect(self.new_meeting)
        self.series_button.clicked.connect(self.new_series)
        self.move_button.clicked.connect(self.move_meeting)
        self.cancel_button.clicked.connect(self.cancel_or_reinstate)
        self.published_button.clicked.connect(lambda: self.set_status("agenda_published"))
        self.held_button.clicked.connect(self._held_clicked)
        self.undo_button.clicked.connect(self.undo)
        hub.changed.connect(self._on_changed)

        self.refresh()  # shows the coming meeting: once, as each of its reads may be long

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_panes)  # once laid out, when the splitter knows its width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sized:
            self._size_panes()

    def _list_width(self) -> int:
        """As wide as the list's columns need, the venue giving way."""
        columns = sum(self._fitted.get(c, 0) for c in FITTED)  # measured already: not again
        return (
            columns
            + self.view.fontMetrics().averageCharWidth() * 12
            + self.view.verticalScrollBar().sizeHint().width()
        )

    def _size_panes(self) -> None:
        """The list beside the meeting when there is room for both, else above it (the page scrolls down).

        Beside it in a narrow page (a small laptop at large text) the meeting's tabs were squeezed until
        their buttons and columns went out of sight to the side.
        """
        splitter = self.splitter
        wanted = self._list_width()
        room = wanted + self.fontMetrics().averageCharWidth() * RIGHT_LETTERS + splitter.handleWidth()
        beside = self.width() >= room
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if splitter.orientation() == orientation and not self._arranging:
            return
        self._arranging = False
        splitter.setOrientation(orientation)
        # Above the meeting, the list keeps room for a few meetings (the page scrolls down to the rest).
        rows = self.view.verticalHeader().defaultSectionSize() * 5 + self.view.horizontalHeader().height()
        self.view.setMinimumHeight(0 if beside else rows)
        if beside:
            total = splitter.width()
            left = min(wanted, total * 42 // 100)
            splitter.setSizes([left, total - left])
        else:
            left = self._list_pane.minimumSizeHint().height()
            splitter.setSizes([left, max(splitter.height() - left, self._meeting_pane.sizeHint().height())])

    def _fit_list(self) -> None:
        self._fitted = fit_columns(self.view, FITTED)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger text: the columns grow with it
            self._fit_list()
            if self._sized:
                self._arranging = True  # the list's width changed: size the panes again
                self._size_panes()

    def _page_action(self, text: str, keys: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def message(self) -> QMessageBox | None:
        """The last message shown on this page."""
        return self.messages.box

    # --- the list ---

    def refresh(self) -> None:
        """Reload the meetings, keeping the one shown."""
        keep = self.meeting.id if self.meeting else None
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(self._desk.meetings.meetings())
        self.view.selectionModel().blockSignals(False)
        self._fit_list()
        self._count()
        if keep is None or not self.select_meeting(keep):
            self.select_meeting(self.upcoming())

    def upcoming(self) -> UUID | None:
        """The next meeting from today that is not cancelled (among those listed), else the latest listed."""
        listed: list[Meeting] = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        today = self._desk.today()
        coming = sorted(
            (m for m in listed if m.day >= today and m.status != "cancelled"), key=lambda m: m.day
        )
        if coming:
            return coming[0].id
        return max(listed, key=lambda m: m.day).id if listed else None

    def select_meeting(self, meeting_id: UUID | None) -> bool:
        """Show a meeting (choosing it in the list); False if it is not listed."""
        row = self.model.row_of(meeting_id) if meeting_id else -1
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
        if proxy_row < 0:
            if meeting_id is None or self.model.row_of(meeting_id) < 0:
                self._show(None)
            return False
        if selected_row(self.view) == proxy_row:
            self._show(self.model.row(row))  # the same row: its details may have changed
        else:
            select_row(self.view, proxy_row)
        return True

    def show_meeting(self, meeting_id: UUID, item_id: UUID | None = None) -> None:
        """Show a meeting (from a search), clearing filters that hide it; with item_id, that agenda item."""
        if not self.select_meeting(meeting_id):
            self.body_box.setCurrentIndex(0)
            self.find_edit.clear()
            self.select_meeting(meeting_id)
        if item_id is not None:
            self.tabs.setCurrentWidget(self.agenda_tab)
            self.agenda_tab.select_item(item_id)

    def _filter_changed(self) -> None:
        self.proxy.set_body(self.body_box.currentData())
        self.proxy.set_text(self.find_edit.text())
        self._fit_list()
        self._count()
        if self.meeting is None or not self.select_meeting(self.meeting.id):
            self.select_meeting(self.upcoming())

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            f"{shown} meeting{'s' if shown != 1 else ''}" + (f" of {total}" if shown != total else "")
        )

    def _chosen(self) -> None:
        index = self.view.currentIndex()
        rows = self.view.selectionModel().selectedRows()
        self._show(rows[0].data(ROW_ROLE) if rows else (index.data(ROW_ROLE) if index.isValid() else None))

    # --- the chosen meeting ---

    def _show(self, meeting: Meeting | None, kinds: frozenset[str] | None = None) -> None:
        """Show a meeting in the tabs; with kinds, only the tabs that show those kinds reload."""
        same = meeting is not None and self.meeting is not None and meeting.id == self.meeting.id
        if not same:
            self._forget_undo()
        self.meeting = meeting
        self._describe(meeting)
        self.notes_panel.show_record("meeting" if meeting else None, meeting.id if meeting else None)
        self.history_panel.show_record("meeting" if meeting else None, meeting.id if meeting else None)
        for tab in (self.agenda_tab, self.attendance_tab, self.minutes_tab, self.log_tab):
            if kinds is None or not same or tab.KINDS & kinds:
                tab.set_meeting(meeting)
        self.meeting_shown.emit(meeting)

    def _describe(self, m: Meeting | None) -> None:
        status = m.status if m else ""
        self.move_button.setEnabled(status in ("scheduled", "agenda_published"))
        self.cancel_button.setEnabled(status in ("scheduled", "agenda_published", "cancelled"))
        self.cancel_button.setText("Reinstate meeting" if status == "cancelled" else "Cance&l meeting")
        self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))
        self.published_button.setEnabled(status == "scheduled")
        self._describe_held(m)
        reason = locked_reason(m)
        for b in (self.move_button, self.cancel_button, self.published_button, self.held_button):
            if reason or b is not self.held_button:  # Mark held keeps the tip it was just given
                explain(b, b.isEnabled(), reason)
        self.tabs.setEnabled(m is not None)
        if m is None:
            self.heading.setText("No meeting chosen")
            self.details.setText("Schedule meetings with New meeting or New year of meetings.")
            self.banner.hide()
            return
        self.heading.setText(m.title)
        when = f"{m.day:%A} {long_date(m.day)}" + (f" at {m.time}" if m.time else ", time not set")
        venue = m.venue or "venue not set"
        self.details.setText(f"{when} · {venue} · {m.status_label}{' · Example' if m.is_example else ''}")
        if m.locked and m.minutes_approved_at:
            self.banner.setText(
                f"These minutes were approved at the meeting on {long_date(m.minutes_approved_at)}; "
                "they are locked. A correction can be recorded on the Minutes tab."
            )
            self.banner.show()
        elif m.status == "cancelled":
            self.banner.setText("This meeting is cancelled. Reinstate it to schedule it again.")
            self.banner.show()
        else:
            self.banner.hide()
        self.banner.setAccessibleDescription(self.banner.text())

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if MEETINGS in kinds or PEOPLE in kinds:
            keep = self.meeting.id if self.meeting else None
            self.view.selectionModel().blockSignals(True)
            self.model.set_rows(self._desk.meetings.meetings())
            row = self.model.row_of(keep)
            proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
            if proxy_row >= 0:
                select_row(self.view, proxy_row)
            self.view.selectionModel().blockSignals(False)
            self._fit_list()
            self._count()
            if proxy_row < 0:
                self.select_meeting(self.upcoming())
                return
            self._show(self.model.row(row), kinds)
        elif self.meeting is not None:
            self._show(self.meeting, kinds)

    # --- the clerk's scheduling ---

    def _default_body(self) -> UUID | None:
        chosen = self.body_box.currentData()
        if chosen is not None:
            return chosen  # type: ignore[no-any-return]
        return next((b.id for b in self._desk.people.bodies() if b.kind == "sub_committee"), None)

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(
            self._desk,
            self._runner,
            self._desk.people.bodies(),
            self._default_body(),
            self._desk.today(),
            self,
        )
        dialog.accepted.connect(lambda: self._created(dialog.created.id if dialog.created else None))
        self._open(dialog)

    def new_series(self) -> None:
        dialog = SeriesDialog(
            self._desk,
            self._runner,
            self._desk.people.bodies(),
            self._default_body(),
            self._desk.today(),
            self,
        )
        dialog.accepted.connect(lambda: self._created(dialog.created[0].id if dialog.created else None))
        self._open(dialog)

    def _created(self, meeting_id: UUID | None) -> None:
        self._hub.announce(MEETINGS)
        if meeting_id is not None and not self.select_meeting(meeting_id):
            self.body_box.setCurrentIndex(0)  # a filter hid it: show everything so the new meeting is seen
            self.find_edit.clear()
            self.select_meeting(meeting_id)

    def move_meeting(self) -> None:
        if self.meeting is not None:
            dialog = MoveDialog(self._desk, self._runner, self.meeting, self)
            dialog.accepted.connect(lambda: self._hub.announce(MEETINGS))
            self._open(dialog)

    def cancel_or_reinstate(self) -> None:
        m = self.meeting
        if m is None:
            return
        if m.status == "cancelled":
            self.set_status("scheduled")
            return
        self._confirmer.ask(
            self,
            "Cancel this meeting?",
            f"The meeting of {m.title} is marked cancelled. Its agenda is kept, and it can be reinstated.",
            "Cancel the meeting",
            self._writes.later(
                "The meeting was not cancelled", lambda: self._desk.meetings.cancel(m.id), MEETINGS
            ),
        )

    def _describe_held(self, m: Meeting | None) -> None:
        """Mark held once the day has come; a held meeting can be marked not held until it is approved."""
        if m is not None and m.status == "held":
            text, tip = "Mark &not held", "Marked held by mistake: put it back to agenda published"
            enabled = True
        else:
            text, tip = "Mark &held", "Mark the chosen meeting as held, so its minutes can be approved"
            enabled = m is not None and m.status in ("scheduled", "agenda_published")
            if enabled and m is not None and m.day > self._desk.today():
                enabled = False
                tip = f"This meeting is on {long_date(m.day)}: it can be marked held on or after the day"
        self.held_button.setText(text)
        self.held_button.setAccessibleName(text.replace("&", ""))
        self.held_button.setEnabled(enabled)
        self.held_button.setToolTip(tip)
        self.held_button.setAccessibleDescription(tip)

    def _held_clicked(self) -> None:
        held = self.meeting is not None and self.meeting.status == "held"
        self.set_status("agenda_published" if held else "held")

    def set_status(self, status: str) -> None:
        """Ask, then change the chosen meeting's status; Undo puts it back until the minutes are approved."""
        m = self.meeting
        if m is None:
            return
        was, label = m.status, STATUSES.get(status, status)
        if status == "held":
            title, text, yes = (
                "Mark this meeting held?",
                f"The meeting of {m.title} is marked held, so that its minutes can be approved at a later "
                "meeting. You can undo this until they are approved.",
                "Mark held",
            )
        elif was == "held":
            title, text, yes = (
                "Mark this meeting not held?",
                f"The meeting of {m.title} goes back to {label.lower()}, as if it had not been held yet.",
                "Mark not held",
            )
        elif was == "cancelled":
            title, text, yes = (
                "Reinstate this meeting?",
                f"The meeting of {m.title} is scheduled again, with its agenda as it was.",
                "Reinstate meeting",
            )
        else:
            title, text, yes = (
                f"Mark this meeting {label.lower()}?",
                f"The meeting of {m.title} is marked {label.lower()}.",
                f"Mark {label.lower()}",
            )

        def done(_changed: object) -> None:
            if was != "cancelled":
                self._offer_undo(m.id, was, f"Marked {label.lower()}: {m.title}.")

        self._confirmer.ask(
            self,
            title,
            text,
            yes,
            self._writes.later(
                "The meeting's status was not changed",
                lambda: self._desk.meetings.set_status(m.id, status),
                MEETINGS,
                then=done,
            ),
        )

    def _offer_undo(self, meeting_id: UUID, status: str, text: str) -> None:
        self._undo = (meeting_id, status)
        self.undo_note.setText(text)
        self.undo_bar.setAccessibleDescription(text)
        self.undo_bar.show()

    def _forget_undo(self) -> None:
        self._undo = None
        self.undo_bar.hide()

    def undo(self) -> None:
        """Put back the status the last change replaced (refused once the minutes are approved)."""
        if self._undo is None:
            return
        meeting_id, status = self._undo
        self._forget_undo()
        self._writes.write(
            "The change was not undone",
            lambda: self._desk.meetings.set_status(meeting_id, status),
            MEETINGS,
        )

    def _open(self, dialog: FormDialog) -> None:
        dialog.confirmer = self._confirmer  # "discard what you typed?" is asked as the page asks
        self.dialog = dialog
        dialog.open()
