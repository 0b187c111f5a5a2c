"""The dialog for one agenda item: what it is, who presents it, what it concerns, and its officer report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.agenda import ITEM_TYPES, AgendaItem, OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.views.common.forms import LinksTree, choice_box, labelled, people_choices
from cpdesk.views.common.tasks import Runner
from cpdesk.views.meetings.dialogs import MeetingForm

# The front sheet's text fields as the council's reports label them, with a mnemonic each.
REPORT_LINES = (
    ("title", "Report &title:", "Report title"),
    ("report_from", "&From:", "Report from"),
    ("forward_plan_ref", "For&ward Plan ref:", "Forward Plan reference"),
)
REPORT_TEXTS = (
    ("executive_summary", "&Executive summary:", "Executive summary"),
    ("recommendations", "Recomme&ndations:", "Recommendations"),
    ("voting_arrangements", "&Voting arrangements:", "Voting arrangements"),
)
CONTACT = (
    ("contact_name", "Officer contact n&ame:", "Officer contact name"),
    ("contact_post", "Contact p&ost:", "Officer contact post"),
    ("contact_email", "Contact &email:", "Officer contact email"),
)
IMPLICATIONS = (
    ("finance", "&Finance:", "Finance implications"),
    ("legal", "Le&gal:", "Legal implications"),
    ("risk", "Ris&k:", "Risk implications"),
    ("equality", "Equality and &diversity:", "Equality and diversity implications"),
    ("climate", "&Climate:", "Climate implications"),
)


def _text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else in a form
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class AgendaItemDialog(MeetingForm):
    """Add or edit an item; saving writes the item, its links and its report through the domain."""

    def __init__(
        self, desk: Desk, runner: Runner, meeting: Meeting, item: AgendaItem | None, parent: QWidget
    ) -> None:
        title = "Add an agenda item" if item is None else f"Item {item.number}: {item.title}"
        super().__init__(parent, title, "&Add item" if item is None else "&Save item", desk, runner)
        self._meeting = meeting
        self._item_id: UUID | None = item.id if item else None
        self.saved_item: AgendaItem | None = None
        report = desk.agenda.report(item.id) if item else None
        self._had_report = report is not None
        # A front sheet removed earlier is filled in, unticked: ticking the box and saving brings it back.
        removed = desk.agenda.removed_report(item.id) if item and report is None else None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Parts of the item")
        self.form.addRow(self.tabs)

        # The item itself.
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(item.title if item else "")
        self.type_box = choice_box(
            "Type", [(v, k) for k, v in ITEM_TYPES.items()], item.item_type if item else "decision"
        )
        people = desk.people.people("officer") + desk.people.people("member")
        self.presenter_box = choice_box(
            "Presenter", people_choices(people, "No presenter"), item.presenter_id if item else None
        )
        self.description_edit = _text_box(item.description if item else "", 5)
        labelled(form, "&Title:", self.title_edit)
        labelled(form, "T&ype:", self.type_box)
        labelled(form, "&Presenter:", self.presenter_box)
        labelled(form, "&Description:", self.description_edit)
        self.tabs.addTab(page, "&Item")

        # What it concerns in the strategy.
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            "Tick the priorities, commitments and Promises of the current strategy this item concerns."
        )
        note.setWordWrap(True)
        self.links = LinksTree("Concerns")
        self.links.set_targets(desk.agenda.link_targets(), item.links if item else ())
        note.setBuddy(self.links)
        layout.addWidget(note)
        layout.addWidget(self.links, 1)
        self.tabs.addTab(page, "&Concerns")

        # The officer report's front sheet.
        self.report_group = QGroupBox("This item has an officer re&port")
        self.report_group.setCheckable(True)
        self.report_group.setChecked(report is not None)
        self.report_group.setAccessibleName("This item has an officer report")
        form = QFormLayout(self.report_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.report_fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, text, name in REPORT_LINES:
            self.report_fields[key] = QLineEdit()
            labelled(form, text, self.report_fields[key], name)
        self.key_decision = QCheckBox("&Key decision")
        self.key_decision.setAccessibleName("Key decision")
        form.addRow("", self.key_decision)
        for key, text, name in REPORT_TEXTS:
            self.report_fields[key] = _text_box()
            labelled(form, text, self.report_fields[key], name)
        for key, text, name in CONTACT:
            self.report_fields[key] = QLineEdit()
            labelled(form, text, self.report_fields[key], name)
        self.removal_note = QLabel(
            "Saving will move this item's officer report to the bin. To bring it back, edit the item, "
            "tick the box above and save."
        )
        self.removal_note.setWordWrap(True)
        self.removal_note.hide()
        page = QWidget()
        layout = QVBoxLayout(page)
        self.restore_note = QLabel(
            "This item had an officer report, which was removed. It is filled in below: tick the box "
            "above and save to bring it back."
        )
        self.restore_note.setWordWrap(True)
        self.restore_note.setVisible(removed is not None)
        layout.addWidget(self.restore_note)
        layout.addWidget(self.report_group)
        layout.addWidget(self.removal_note)
        self.tabs.addTab(_scrolled(page), "Officer &report")

        self.implications = QWidget()
        form = QFormLayout(self.implications)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text, name in IMPLICATIONS:
            self.report_fields[key] = _text_box()
            labelled(form, text, self.report_fields[key], name)
        self.tabs.addTab(_scrolled(self.implications), "I&mplications")

        shown = report or removed
        for key, box in self.report_fields.items():
            value = getattr(shown, key) if shown else ""
            if isinstance(box, QLineEdit):
                box.setText(value)
            else:
                box.setPlainText(value)
        self.key_decision.setChecked(bool(shown and shown.key_decision))
        self.report_group.toggled.connect(self._report_toggled)
        self._report_toggled(self.report_group.isChecked())
        self.resize(720, 560)
        self.title_edit.setFocus()

    def _report_toggled(self, on: bool) -> None:
        self.implications.setEnabled(on)
        self.removal_note.setVisible(self._had_report and not on)
        title = self.report_fields["title"]
        if on and isinstance(title, QLineEdit) and not title.text().strip():
            title.setText(self.title_edit.text().strip())

    def report(self) -> OfficerReport | None:
        """The front sheet as typed, or None where the item has no report."""
        if not self.report_group.isChecked():
            return None
        values: dict[str, object] = {}
        for f in fields(OfficerReport):
            box = self.report_fields.get(f.name)
            if isinstance(box, QLineEdit):
                values[f.name] = box.text()
            elif isinstance(box, QPlainTextEdit):
                values[f.name] = box.toPlainText()
        values["key_decision"] = self.key_decision.isChecked()
        if not str(values["title"]).strip():
            values["title"] = self.title_edit.text()  # a report is titled as its item unless told otherwise
        return OfficerReport(**values)  # type: ignore[arg-type]

    def work(self) -> Callable[[], Any]:
        agenda, meeting_id = self._desk.agenda, self._meeting.id
        title, item_type = self.title_edit.text(), self.type_box.currentData()
        presenter, description = self.presenter_box.currentData(), self.description_edit.toPlainText()
        links, report = self.links.chosen(), self.report()

        def save() -> AgendaItem:
            # Plain attributes only (never widgets): this runs on the worker thread.
            if self._item_id is None:
                added = agenda.add_item(
                    meeting_id, title, item_type, presenter_id=presenter, description=description
                )
                self._item_id = added.id  # a retry after a refusal below edits this item, never adds another
            else:
                agenda.update_item(
                    self._item_id,
                    title=title,
                    item_type=item_type,
                    presenter_id=presenter,
                    description=description,
                )
            agenda.set_links(self._item_id, links)
            if report is not None:
                agenda.save_report(self._item_id, report)
                self._had_report = True
            elif self._had_report:
                agenda.remove_report(self._item_id)
                self._had_report = False
            return agenda.item(self._item_id)

        return save

    def saved(self, result: Any) -> None:
        self.saved_item = result
