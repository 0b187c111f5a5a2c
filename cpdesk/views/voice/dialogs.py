"""The forms for young people's challenges: free text is checked for words that may identify someone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from cpdesk.domain.challenges import GROUPS, RAISED_BY_KINDS, Challenge
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.privacy import Finding, describe, identifying_words, young_person_name_problem
from cpdesk.errors import InputError
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.forms import (
    FormDialog,
    LinksTree,
    choice_box,
    date_edit,
    day_of,
    people_choices,
    select_value,
)
from cpdesk.views.common.tasks import Runner

TextField = QLineEdit | QPlainTextEdit | QComboBox


def text_of(field: TextField) -> str:
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QComboBox):
        return field.currentText()
    return field.text()


def plain_text(name: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class VoiceForm(FormDialog):
    """A form whose free text is checked before saving: words that look like a full name, a date of birth,
    an address, a phone number or an email are named, and the user saves anyway or goes back to change them.

    A young person who raised a challenge is named by first name or initials only: a longer name is refused
    in the form itself, before anything is asked or saved.
    """

    inline_refusals = True

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        ok_text: str,
        desk: Desk,
        runner: Runner,
        confirmer: Confirmer,
    ) -> None:
        super().__init__(parent, title, ok_text, desk, runner)
        self.confirmer = confirmer
        self.checked: list[TextField] = []  # the free-text fields looked through before saving
        self.young_person: Callable[[], str | None] = lambda: None  # the young person's name, if one is given
        self.findings: list[Finding] = []  # what the last check found, for tests and for the user

    def check(self, field: Any) -> Any:
        """Look through this field's words before saving."""
        self.checked.append(field)
        return field

    def accept(self) -> None:
        if self.read_only_reason or self.saving:
            return
        name = self.young_person()
        problem = young_person_name_problem(name) if name else None
        if problem:
            self.show_problem(InputError(problem))
            self._keep_typing()
            return
        today = self._desk.today()
        found = [
            (field, finding)
            for field in self.checked
            if field.isEnabled()
            for finding in identifying_words(text_of(field), today=today)
        ]
        self.findings = [finding for _field, finding in found]
        if not found:
            self._accept()
            return
        self._point_at(*found[0])
        self.confirmer.ask(
            self,
            "Words that may identify a young person",
            f"{describe(self.findings)} Young people are named by first name or initials only, and nothing "
            "that could identify them is kept. Save anyway, or choose Cancel to go back and change it?",
            "Save anyway",
            self._accept,
        )

    @staticmethod
    def _point_at(field: TextField, finding: Finding) -> None:
        """Select the words found, so going back to change them starts there."""
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, cursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)
        elif isinstance(field, QLineEdit):
            field.setSelection(finding.start, finding.end - finding.start)
        field.setFocus(Qt.FocusReason.OtherFocusReason)


class ChallengeForm(VoiceForm):
    """Record a challenge raised at a young people's meeting, or change what was recorded of one."""

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        confirmer: Confirmer,
        challenge: Challenge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = f"Edit challenge {challenge.reference}" if challenge else "Record a challenge"
        super().__init__(parent, title, "&Save" if challenge else "&Record", desk, runner, confirmer)
        self.challenge = challenge
        meetings = desk.challenges.young_people_meetings()
        self.meeting_box = choice_box(
            "Young people's meeting", [(long_date(day), meeting_id) for meeting_id, day in meetings]
        )
        held = [meeting_id for meeting_id, day in meetings if day <= desk.today()]
        if challenge is None and held:
            select_value(self.meeting_box, held[0])  # the latest meeting held, not one still to come
        if challenge is not None:
            select_value(self.meeting_box, challenge.raised_at_id)
            self.meeting_box.setEnabled(False)  # a challenge stays with the meeting that raised it
        self.kind_box = choice_box("Raised by", [(label, key) for key, label in RAISED_BY_KINDS.items()])
        self.who_box = QComboBox()
        self.who_box.setEditable(True)
        self.who_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.words_edit = plain_text("What young people said", 5)
        self.words_edit.setPlaceholderText("In their own words")
        self.theme_box = QComboBox()
        self.theme_box.setEditable(True)
        self.theme_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme_box.addItem("")
        self.theme_box.addItems(desk.challenges.themes())
        self.officer_box = choice_box(
            "Officer responsible", people_choices(desk.people.people("officer"), "No officer named")
        )
        self.links = LinksTree("Concerns")
        self.links.set_targets(desk.agenda.link_targets(), challenge.links if challenge else ())
        self.links.setMinimumHeight(self.links.fontMetrics().lineSpacing() * 7)

        self.add_row("Young people's &meeting:", self.meeting_box)
        self.add_row("Raised &by:", self.kind_box)
        self.add_row("&Group or first name:", self.who_box, "Group name, first name or initials")
        self.add_row("What they &said:", self.words_edit, "What young people said")
        self.add_row("&Theme:", self.theme_box, "Theme")
        self.add_row("&Officer responsible:", self.officer_box)
        self.add_row("&Concerns:", self.links, "Concerns")
        self.check(self.words_edit)
        self.check(self.who_box)
        self.young_person = lambda: (
            self.who_box.currentText() if self.kind_box.currentData() == "young_person" else None
        )
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)

        if challenge is None:
            select_value(self.kind_box, "group")
        else:
            select_value(self.kind_box, challenge.raised_by_kind)
            self.words_edit.setPlainText(challenge.you_said)
            self.theme_box.setCurrentText(challenge.theme)
            select_value(self.officer_box, challenge.officer_id)
        self._kind_chosen()
        if challenge is not None:
            self.who_box.setCurrentText(challenge.raised_by)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 36)
        self.words_edit.setFocus()

    def _kind_chosen(self) -> None:
        kind = self.kind_box.currentData()
        typed = self.who_box.currentText()
        self.who_box.clear()
        if kind == "group":
            self.who_box.addItems(GROUPS)  # suggestions: any group can be typed
            self.who_box.setCurrentText(typed if typed else GROUPS[0])
            self._hint("The group's name")
        elif kind == "young_person":
            self.who_box.setCurrentText("" if typed in GROUPS else typed)
            self._hint("First name or initials only, such as Sam or S.J.")
        else:
            self.who_box.setCurrentText("")
        self.who_box.setEnabled(kind != "anonymous")

    def _hint(self, text: str) -> None:
        line = self.who_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(text)

    def work(self) -> Callable[[], Any]:
        meeting_id = self.meeting_box.currentData()
        if meeting_id is None:
            raise InputError("choose the young people's meeting where it was raised (add the meeting first)")
        service = self._desk.challenges
        kind, who = self.kind_box.currentData(), self.who_box.currentText()
        words, theme = self.words_edit.toPlainText(), self.theme_box.currentText()
        officer, links = self.officer_box.currentData(), self.links.chosen()
        if self.challenge is None:
            return lambda: service.raise_challenge(
                meeting_id,
                words,
                raised_by_kind=kind,
                raised_by=who,
                theme=theme,
                officer_id=officer,
                links=links,
            )
        cid = self.challenge.id
        return lambda: service.edit(
            cid,
            you_said=words,
            raised_by_kind=kind,
            raised_by=who,
            theme=theme,
            officer_id=officer,
            links=links,
        )


class TakeToForm(VoiceForm):
    """Choose the Sub-Committee meeting and agenda item a challenge is taken to."""

    def __init__(
        self, desk: Desk, runner: Runner, confirmer: Confirmer, challenge: Challenge, parent: QWidget | None
    ) -> None:
        super().__init__(
            parent, f"Take {challenge.reference} to committee", "&Take to committee", desk, runner, confirmer
        )
        self.challenge = challenge
        self.say(f"{challenge.reference}, raised {long_date(challenge.raised_on)}: {challenge.you_said}")
        sub = desk.people.body("sub_committee").id
        meetings = [
            m
            for m in desk.meetings.meetings(sub)
            if m.status not in ("cancelled", "minutes_approved") and m.day >= challenge.raised_on
        ]
        meetings += [
            m
            for m in desk.meetings.meetings(sub)
            if m.id == challenge.taken_to_meeting_id and m not in meetings
        ]
        self.meeting_box = choice_box(
            "Sub-Committee meeting",
            [("Not taken to a meeting", None), *((long_date(m.day), m.id) for m in meetings)],
        )
        self.item_box = choice_box("Agenda item")
        self.add_row("Sub-Committee &meeting:", self.meeting_box)
        self.add_row("Agenda &item:", self.item_box)
        chosen = challenge.agenda_item_id or desk.challenges.committee_item_for(challenge.id)
        self._chosen_item = chosen
        if chosen is not None:
            for m in meetings:
                if any(item.id == chosen for item in desk.agenda.items(m.id)):
                    select_value(self.meeting_box, m.id)
                    break
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        self._meeting_chosen()

    def _meeting_chosen(self) -> None:
        self.item_box.clear()
        meeting_id = self.meeting_box.currentData()
        self.item_box.setEnabled(meeting_id is not None)
        if meeting_id is None:
            return
        for item in self._desk.agenda.items(meeting_id):
            self.item_box.addItem(f"{item.number}. {item.title}", item.id)
            self.item_box.setItemData(self.item_box.count() - 1, item.title, Qt.ItemDataRole.ToolTipRole)
        if not select_value(self.item_box, self._chosen_item):
            young = [i.id for i in self._desk.agenda.items(meeting_id) if i.standing_kind == "young_people"]
            if young:
                select_value(self.item_box, young[0])

    def work(self) -> Callable[[], Any]:
        item_id: UUID | None = self.item_box.currentData() if self.meeting_box.currentData() else None
        if self.meeting_box.currentData() is not None and item_id is None:
            raise InputError("choose the agenda item it is taken to (the meeting has no agenda yet)")
        service, cid = self._desk.challenges, self.challenge.id
        return lambda: service.take_to(cid, item_id)


def text_form(
    desk: Desk,
    runner: Runner,
    confirmer: Confirmer,
    parent: QWidget | None,
    challenge: Challenge,
    *,
    title: str,
    ok_text: str,
    label: str,
    name: str,
    text: str = "",
    dated: str,
    day: date | None = None,
) -> tuple[VoiceForm, QPlainTextEdit, QDateEdit]:
    """A form of one piece of free text and a date (dated names it) about a challenge."""
    form = VoiceForm(parent, title, ok_text, desk, runner, confirmer)
    form.say(f"{challenge.reference}: {challenge.you_said}")
    edit = form.add_row(label, plain_text(name), name)
    edit.setPlainText(text)
    form.check(edit)
    when = form.add_row("&Date:", date_edit(dated, day or desk.today()), dated)
    return form, edit, when


def response_form(
    desk: Desk, runner: Runner, confirmer: Confirmer, parent: QWidget | None, challenge: Challenge
) -> VoiceForm:
    """The committee's response ("We will") to a challenge, as agreed at the meeting it was taken to."""
    form, edit, day = text_form(
        desk,
        runner,
        confirmer,
        parent,
        challenge,
        title=f"The committee's response to {challenge.reference}",
        ok_text="&Record response",
        label="&We will:",
        name="Response (We will)",
        text=challenge.response,
        dated="Date agreed",
        day=challenge.response_on or challenge.taken_on,
    )
    service, cid = desk.challenges, challenge.id

    def work() -> Any:
        words, on = edit.toPlainText(), day_of(day)
        return lambda: service.record_response(cid, words, on_date=on)

    form.read_fields = work
    return form
