"""The People page: members, officers, young people (first names only), teams, the bodies, and the bin."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.desk import Desk
from cpdesk.domain.people import BODY_KINDS, KINDS, MEMBER_ROLES, Person
from cpdesk.views.common.changes import PEOPLE, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.forms import FormDialog, choice_box, message_box, select_value
from cpdesk.views.common.tasks import Runner

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
YOUNG_PERSON_RULE = (
    "Young people are recorded by first name or initials only, for example Sam or J.S. "
    "Never write a young person's full name."
)


@dataclass(frozen=True)
class Record:
    """One line of a list: the words in each column, and what it stands for."""

    cells: tuple[str, ...]
    value: Any


class RecordsModel(QAbstractTableModel):
    """A plain list of records under fixed headings."""

    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._records: list[Record] = []

    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def value(self, row: int) -> Any:
        return self._records[row].value if 0 <= row < len(self._records) else None

    def row_of(self, value: Any) -> int:
        return next((n for n, r in enumerate(self._records) if r.value == value), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        text = record.cells[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[index.column()]}: {text or 'none'}"
        if role == ROW_ROLE:
            return record.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


@dataclass
class Tab:
    key: str
    title: str
    label: str  # the title with its & letter, as the tab shows it
    model: RecordsModel
    table: QTableView
    add_text: str  # the Add button's words on this tab; empty where nothing can be added


class PeoplePage(QWidget):
    """Who is who, so that meetings, attendance and actions can name people and teams."""

    def __init__(
        self, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._hub = hub
        self._runner = runner
        self._confirmer = confirmer
        self.message: QMessageBox | None = None
        self.dialog: FormDialog | None = None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Kinds of people")
        self._tabs: dict[str, Tab] = {}
        for key, title, headers, add_text in (
            ("member", "&Members", ("Name", "Role", "Email"), "&Add member…"),
            ("officer", "&Officers", ("Name", "Post", "Team", "Email"), "&Add officer…"),
            ("young_person", "&Young people", ("First name or initials",), "&Add young person…"),
            ("team", "&Teams", ("Team", "Officers in it"), "&Add team…"),
            ("body", "&Bodies", ("Body", "Kind", "Reports to"), ""),
            ("bin", "B&in", ("Name", "Who they were"), ""),
        ):
            self._add_tab(key, title, headers, add_text)

        self.add_button = QPushButton()
        self.edit_button = QPushButton("&Edit…")
        self.edit_button.setAccessibleName("Edit the chosen person")
        self.remove_button = QPushButton("&Remove to bin…")
        self.remove_button.setAccessibleName("Move the chosen person to the bin")
        self.remove_button.setToolTip(
            "They stay on past records and can be restored from the Bin tab (Delete)"
        )
        self.restore_button = QPushButton("Re&store")
        self.restore_button.setAccessibleName("Restore the chosen person from the bin")
        self.note = QLabel()
        self.note.setAccessibleName("What was done last")
        self.note.setWordWrap(True)
        self.rule = QLabel(YOUNG_PERSON_RULE)
        self.rule.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.rule)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.restore_button.clicked.connect(self.restore)
        self.tabs.currentChanged.connect(lambda _index: self._enable())
        hub.changed.connect(self._on_changed)
        self.refresh()

    def _add_tab(self, key: str, title: str, headers: tuple[str, ...], add_text: str) -> None:
        model = RecordsModel(headers, self)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(title.replace("&", ""))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + metrics.height() // 2)
        table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        table.activated.connect(lambda _index: self.edit() if key in KINDS else None)
        delete = QShortcut(QKeySequence.StandardKey.Delete, table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove)
        self.tabs.addTab(table, title)
        self._tabs[key] = Tab(key, title.replace("&", ""), title, model, table, add_text)

    # --- what is shown ---

    def table(self, key: str) -> QTableView:
        return self._tabs[key].table

    def model(self, key: str) -> RecordsModel:
        return self._tabs[key].model

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[key].table)

    @property
    def current_key(self) -> str:
        return list(self._tabs)[self.tabs.currentIndex()]

    def selected(self) -> Any:
        tab = self._tabs[self.current_key]
        rows = tab.table.selectionModel().selectedRows()
        return tab.model.value(rows[0].row()) if rows else None

    def select(self, key: str, value: Any) -> None:
        self.show_tab(key)
        self._tabs[key].table.selectRow(self._tabs[key].model.row_of(value))

    def refresh(self) -> None:
        kept = {key: self._selected_in(key) for key in self._tabs}
        desk = self._desk
        everyone = desk.people.people(include_binned=True)
        present = desk.people.people()
        present_ids = {p.id for p in present}
        teams = desk.people.teams()
        in_team = Counter(p.team_id for p in present if p.kind == "officer" and p.team_id)
        records: dict[str, list[Record]] = {
            "member": [
                Record((p.name, MEMBER_ROLES.get(p.role, "Member"), p.email), p)
                for p in present
                if p.kind == "member"
            ],
            "officer": [Record((p.name, p.post, p.team, p.email), p) for p in present if p.kind == "officer"],
            "young_person": [Record((p.name,), p) for p in present if p.kind == "young_person"],
            "team": [Record((t.name, str(in_team.get(t.id, 0))), t) for t in teams],
            "body": [
                Record((b.name, BODY_KINDS.get(b.kind, b.kind), b.parent), b) for b in desk.people.bodies()
            ],
            "bin": [Record((p.name, p.description), p) for p in everyone if p.id not in present_ids],
        }
        for key, tab in self._tabs.items():
            tab.model.set_records(records[key])
            tab.table.resizeColumnsToContents()
            index = self.tabs.indexOf(tab.table)
            self.tabs.setTabText(index, f"{tab.label} ({len(records[key])})")
            wanted = kept[key]
            if wanted is not None:
                row = next((n for n, r in enumerate(records[key]) if _same(r.value, wanted)), -1)
                if row >= 0:
                    tab.table.selectRow(row)
        self._enable()

    def _selected_in(self, key: str) -> Any:
        tab = self._tabs[key]
        rows = tab.table.selectionModel().selectedRows()
        return tab.model.value(rows[0].row()) if rows else None

    def _enable(self) -> None:
        key = self.current_key
        tab = self._tabs[key]
        chosen = self.selected()
        self.add_button.setVisible(bool(tab.add_text))
        self.add_button.setText(tab.add_text)
        self.add_button.setAccessibleName(tab.add_text.replace("&", "").rstrip("…"))
        person_tab = key in KINDS
        self.edit_button.setVisible(person_tab)
        self.remove_button.setVisible(person_tab)
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.restore_button.setVisible(key == "bin")
        self.restore_button.setEnabled(chosen is not None)
        self.rule.setVisible(key == "young_person")

    def _on_changed(self, kinds: Any) -> None:
        if PEOPLE in kinds:
            self.refresh()

    # --- changes ---

    def add(self) -> None:
        key = self.current_key
        if key == "team":
            self._team_dialog()
        elif key in KINDS:
            self._person_dialog(key, None)

    def edit(self) -> None:
        person = self.selected()
        if isinstance(person, Person):
            self._person_dialog(person.kind, person)

    def _person_dialog(self, kind: str, person: Person | None) -> None:
        desk = self._desk
        what = KINDS[kind].lower()
        title = f"Edit {person.name}" if person else f"Add a {what}"
        dialog = FormDialog(self, title, "Save" if person else f"Add {what}", desk, self._runner)
        if kind == "young_person":
            dialog.say(YOUNG_PERSON_RULE)
            name = dialog.add_row("&First name or initials:", QLineEdit(), "First name or initials")
        else:
            name = dialog.add_row("&Name:", QLineEdit(), "Name")
        role: QComboBox | None = None
        post = email = None
        team: QComboBox | None = None
        if kind == "member":
            role = dialog.add_row(
                "&Role:", choice_box("Role", [(v, k) for k, v in MEMBER_ROLES.items()]), "Role"
            )
            select_value(role, person.role if person else "member")
        if kind == "officer":
            post = dialog.add_row("&Post:", QLineEdit(), "Post")
            team = dialog.add_row(
                "&Team:",
                choice_box("Team", [("No team", None), *((t.name, t.id) for t in desk.people.teams())]),
                "Team",
            )
            if person:
                post.setText(person.post)
                select_value(team, person.team_id)
        if kind != "young_person":
            email = dialog.add_row("&Email:", QLineEdit(), "Email")
            if person:
                email.setText(person.email)
        if person:
            name.setText(person.name)

        def work() -> Callable[[], Person]:
            fields: dict[str, Any] = {"name": name.text()}
            if role is not None:
                fields["role"] = role.currentData()
            if post is not None:
                fields["post"] = post.text()
            if team is not None:
                fields["team_id"] = team.currentData()
            if email is not None:
                fields["email"] = email.text()
            if person is not None:
                return lambda: desk.people.update_person(person.id, **fields)
            if kind == "member":
                return lambda: desk.people.add_member(**fields)
            if kind == "officer":
                return lambda: desk.people.add_officer(**fields)
            return lambda: desk.people.add_young_person(fields["name"])

        def done(saved: Person) -> None:
            self._hub.announce(PEOPLE)
            self.select(kind, saved)
            self.note.setText(f"{'Saved' if person else 'Added'} {saved.name} ({saved.description}).")

        dialog.read_fields, dialog.done_with = work, done
        self.dialog = dialog
        dialog.open()

    def _team_dialog(self) -> None:
        desk = self._desk
        dialog = FormDialog(self, "Add a team", "Add team", desk, self._runner)
        dialog.say("A team or service that can own actions.")
        name = dialog.add_row("Team &name:", QLineEdit(), "Team name")

        def done(team: Any) -> None:
            self._hub.announce(PEOPLE)
            self.select("team", team)
            self.note.setText(f"Added the team {team.name}.")

        def work() -> Callable[[], Any]:
            words = name.text()
            return lambda: desk.people.add_team(words)

        dialog.read_fields = work
        dialog.done_with = done
        self.dialog = dialog
        dialog.open()

    def remove(self) -> None:
        person = self.selected()
        if not isinstance(person, Person) or self.current_key == "bin":
            return
        desk = self._desk

        def move() -> None:
            self._runner.submit(
                lambda: desk.run(lambda: desk.people.bin_person(person.id)),
                lambda _: self._changed(f"Moved {person.name} to the bin."),
                lambda error: self._show_error(f"{person.name} was not moved to the bin", error),
            )

        self._confirmer.ask(
            self,
            "Move to the bin?",
            f"Move {person.name} ({person.description}) to the bin? They stay on past meetings and "
            "actions, and can be restored from the Bin tab.",
            "Move to bin",
            move,
        )

    def restore(self) -> None:
        person = self.selected()
        if not isinstance(person, Person) or self.current_key != "bin":
            return
        desk = self._desk
        self._runner.submit(
            lambda: desk.run(lambda: desk.people.restore_person(person.id)),
            lambda _: self._changed(f"Restored {person.name}."),
            lambda error: self._show_error(f"{person.name} was not restored", error),
        )

    def _changed(self, note: str) -> None:
        self._hub.announce(PEOPLE)
        self.note.setText(note)

    def _show_error(self, title: str, error: BaseException) -> None:
        self.message = message_box(self, title, error)


def _same(a: Any, b: Any) -> bool:
    """The same record after a reload, by id (names and posts may have changed)."""
    return bool(getattr(a, "id", a) == getattr(b, "id", b))
