"""The Minutes tab: each item's discussion and decisions, saved with Ctrl+S; locked once approved."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.challenges import Challenge
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.minutes import Decision, ItemMinutes
from cpdesk.views.common.changes import AGENDA, CHALLENGES, MEETINGS, MINUTES, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import BusyNote, Loader, Writes
from cpdesk.views.common.forms import FormDialog, Messages, choice_box, labelled
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import Heading, button, flow, select_row, selected_row, table
from cpdesk.views.meetings.dialogs import ApproveDialog, MeetingForm
from cpdesk.views.meetings.locked import explain, locked_reason
from cpdesk.views.meetings.models import DecisionsModel, MinutesItemsModel
from cpdesk.views.voice.dialogs import response_form

KEEP_AFTER_MS = 800  # how long after the typing stops the words are kept as a draft


def _field_name(field: str) -> str:
    return "Discussion" if field == "discussion" else field.capitalize()


class DecisionDialog(MeetingForm):
    """What was decided under an item, with the vote where there was one."""

    def __init__(
        self, desk: Desk, runner: Runner, item: ItemMinutes, decision: Decision | None, parent: QWidget
    ) -> None:
        title = f"Decision under item {item.number}" if decision is None else f"Decision {decision.number}"
        super().__init__(parent, title, "&Save decision", desk, runner)
        self._item, self._decision = item, decision
        self.text_edit = QPlainTextEdit(decision.text if decision else "")
        self.text_edit.setTabChangesFocus(True)
        self.add_row("&Decision:", self.text_edit, "What was decided")
        self.vote_group = QGroupBox("There was a &vote")
        self.vote_group.setCheckable(True)
        self.vote_group.setAccessibleName("There was a vote")
        had_vote = bool(decision and decision.vote)
        self.vote_group.setChecked(had_vote)
        votes = QFormLayout(self.vote_group)
        self.for_box, self.against_box, self.abstain_box = QSpinBox(), QSpinBox(), QSpinBox()
        values = (decision.votes_for, decision.votes_against, decision.abstentions) if decision else (0, 0, 0)
        for box, text, value in zip(
            (self.for_box, self.against_box, self.abstain_box),
            ("&For:", "&Against:", "A&bstentions:"),
            values,
            strict=True,
        ):
            box.setRange(0, 999)
            box.setValue(value or 0)
            labelled(
                votes,
                text,
                box,
                text.replace("&", "").rstrip(":") + (" votes" if "stent" not in text else ""),
            )
        self.form.addRow(self.vote_group)
        self.resize(520, 360)

    def work(self) -> Callable[[], Any]:
        votes: tuple[int | None, int | None, int | None] = (None, None, None)
        if self.vote_group.isChecked():
            votes = (self.for_box.value(), self.against_box.value(), self.abstain_box.value())
        minutes, text = self._desk.minutes, self.text_edit.toPlainText()
        if self._decision is None:
            item_id = self._item.agenda_item_id
            return lambda: minutes.add_decision(item_id, text, *votes)
        decision_id = self._decision.id
        return lambda: minutes.update_decision(decision_id, text, *votes)


class CorrectionDialog(MeetingForm):
    """A correction to approved minutes: the original stays; the corrected text and reason sit beside it."""

    def __init__(self, desk: Desk, runner: Runner, item: ItemMinutes, parent: QWidget) -> None:
        super().__init__(
            parent, f"Record a correction to item {item.number}", "&Record correction", desk, runner
        )
        self._item = item
        choices = [("Discussion", "discussion")] + [
            (f"Decision {d.number}", f"decision {d.number}") for d in item.decisions
        ]
        self.field_box = choice_box("Part corrected", choices)
        self.original = QPlainTextEdit()
        self.original.setReadOnly(True)
        self.original.setTabChangesFocus(True)
        self.corrected_edit = QPlainTextEdit()
        self.corrected_edit.setTabChangesFocus(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("for example: the vote was recorded wrongly")
        self.add_row("&Part corrected:", self.field_box)
        self.add_row("Original (kept):", self.original, "Original text, kept")
        self.add_row("&Corrected text:", self.corrected_edit)
        self.add_row("&Reason:", self.reason_edit, "Reason for the correction")
        self.field_box.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()
        self.resize(600, 440)

    def _field_chosen(self) -> None:
        field = self.field_box.currentData()
        if field == "discussion":
            text = self._item.discussion
        else:
            text = self._item.decisions[int(field.split()[1]) - 1].text
        self.original.setPlainText(text)
        self.corrected_edit.setPlainText(text)

    def work(self) -> Callable[[], Any]:
        minutes, item_id, field = self._desk.minutes, self._item.agenda_item_id, self.field_box.currentData()
        corrected, reason = self.corrected_edit.toPlainText(), self.reason_edit.text()
        return lambda: minutes.amend(item_id, field, corrected, reason)


class MinutesTab(QWidget):
    """Minute each agenda item; words typed and not yet saved are kept per item and marked until saved."""

    KINDS = frozenset({MINUTES, AGENDA, MEETINGS, CHALLENGES})

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        confirmer: Confirmer,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        busy: BusyNote | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._hub, self._runner = desk, hub, runner
        self._confirmer, self._messages = confirmer, messages
        self._writes = Writes(self, desk, runner, hub, messages)
        self._loader = Loader(self, desk, runner, messages.error, busy)
        self.meeting: Meeting | None = None
        self.dialog: FormDialog | None = None
        self._drafts: dict[UUID, str] = {}  # discussion typed but not saved, by agenda item
        self._kept: dict[UUID, str] = {}  # the drafts as last kept in the database
        self._saved: dict[UUID, str] = {}  # each item's discussion as saved in the minutes
        self._challenges: dict[UUID, list[Challenge]] = {}  # young people's challenges taken, by item
        # What is typed is kept as a draft in the database a moment after the typing stops.
        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.setInterval(KEEP_AFTER_MS)
        self.keep_timer.timeout.connect(self.keep_drafts)
        self._loading = False

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName("State of the minutes")
        self.items = MinutesItemsModel(self)
        self.items_view = QListView()
        self.items_view.setModel(self.items)
        self.items_view.setAccessibleName("Agenda items to minute")
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setWordWrap(True)
        items_label = QLabel("Agenda i&tems:")
        items_label.setBuddy(self.items_view)

        self.heading = Heading()
        self.discussion = QPlainTextEdit()
        self.discussion.setAccessibleName("Discussion")
        self.discussion.setTabChangesFocus(True)
        discussion_label = QLabel("&Discussion:")
        discussion_label.setBuddy(self.discussion)
        self.corrections = QTextBrowser()
        self.corrections.setAccessibleName("Corrections recorded")
        self.corrections.hide()
        self.save_button = button("&Save minutes of this item", "Save the discussion of this item (Ctrl+S)")
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.setAccessibleName("Saved or not")
        self.discard_button = button(
            "Discard dra&ft", "Throw away the words typed and not saved: the minutes stay as last saved"
        )
        self.discard_button.hide()
        self.decisions = DecisionsModel(self)
        self.decisions_view = table(self.decisions, "Decisions", stretch=(1, 3), wrap=True)
        decisions_label = QLabel("D&ecisions:")
        decisions_label.setBuddy(self.decisions_view)
        self.add_decision_button = button(
            "Add dec&ision…", "Record what was decided, with the vote if there was one"
        )
        self.edit_decision_button = button("Edit decisi&on…", "Change the selected decision")
        self.remove_decision_button = button("Remo&ve decision", "Move the selected decision to the bin")
        self.restore_decision_button = button(
            "Restore deci&sion", "Bring back a decision removed from this item"
        )
        self.restore_decision_menu = QMenu(self.restore_decision_button)
        self.restore_decision_button.setMenu(self.restore_decision_menu)
        self.approve_button = button(
            "&Approve minutes of this meeting at…",
            "Approve these minutes at a later meeting of the same body",
        )
        self.correction_button = button(
            "Record a &correction…",
            "Correct approved minutes: the original is kept and the correction shown beside it",
        )
        # The young people's challenges taken under this item, so the chair records the response here.
        self.challenges_box = QGroupBox("Young people's challenges taken here")
        self.challenges_list = QListWidget()
        self.challenges_list.setAccessibleName("Young people's challenges taken under this item")
        self.challenges_list.setWordWrap(True)
        self.response_button = button(
            "Record the &response…", "Record the committee's response (We will) to the chosen challenge"
        )
        challenges_layout = QVBoxLayout(self.challenges_box)
        challenges_layout.addWidget(self.challenges_list)
        challenges_layout.addLayout(flow(self.response_button))
        self.challenges_box.hide()
        self.save_action = QAction("Save minutes of this item", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_discussion)
        self.addAction(self.save_action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(items_label)
        left_layout.addWidget(self.items_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(discussion_label)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.addWidget(self.discussion)
        beside.addWidget(self.corrections)
        beside.setChildrenCollapsible(False)
        right_layout.addWidget(beside, 2)
        # The note on a line of its own and the buttons wrapping: beside each other they needed more
        # width than a small laptop at large text has, and Discard draft went out of sight.
        right_layout.addWidget(self.saved_note)
        right_layout.addLayout(flow(self.save_button, self.discard_button))
        right_layout.addWidget(self.challenges_box, 1)
        right_layout.addWidget(decisions_label)
        right_layout.addWidget(self.decisions_view, 1)
        right_layout.addLayout(
            flow(
                self.add_decision_button,
                self.edit_decision_button,
                self.remove_decision_button,
                self.restore_decision_button,
            )
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        bottom = flow(self.approve_button, self.correction_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.items_view.selectionModel().currentChanged.connect(lambda *_: self._show_item())
        self.discussion.textChanged.connect(self._typed)
        self.save_button.clicked.connect(self.save_discussion)
        self.discard_button.clicked.connect(self.discard_draft)
        self.add_decision_button.clicked.connect(lambda: self._open_decision(None))
        self.edit_decision_button.clicked.connect(lambda: self._open_decision(self.selected_decision))
        self.decisions_view.activated.connect(lambda _: self._open_decision(self.selected_decision))
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.approve_button.clicked.connect(self.approve)
        self.correction_button.clicked.connect(self.record_correction)
        self.response_button.clicked.connect(self.record_response)
        self.challenges_list.itemActivated.connect(lambda _item: self.record_response())
        self.challenges_list.currentRowChanged.connect(lambda _row: self._explain_response())

    # --- what is shown ---

    @property
    def current_item(self) -> ItemMinutes | None:
        return self.items.item(self.items_view.currentIndex().row())

    @property
    def selected_decision(self) -> Decision | None:
        return self.decisions.row(selected_row(self.decisions_view))

    def set_meeting(self, meeting: Meeting | None) -> None:
        if meeting is None or self.meeting is None or meeting.id != self.meeting.id:
            self.items_view.setCurrentIndex(self.items.index(-1, 0))
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        """Read the meeting's minutes off the GUI thread, then show them keeping the item being written."""
        current = self.current_item
        keep = current.agenda_item_id if current else None
        meeting, minutes, challenges = self.meeting, self._desk.minutes, self._desk.challenges

        def read() -> tuple[list[ItemMinutes], list[Challenge]]:
            if meeting is None:
                return [], []
            return minutes.minutes(meeting.id), challenges.challenges(meeting_id=meeting.id)

        self._loader.load(read, lambda found: self._show(keep, *found), "The minutes could not be read")

    def _show(self, keep: UUID | None, minutes: list[ItemMinutes], challenges: list[Challenge]) -> None:
        self._challenges = {}
        for challenge in challenges:
            if challenge.agenda_item_id is not None:
                self._challenges.setdefault(challenge.agenda_item_id, []).append(challenge)
        for item in minutes:
            self._saved[item.agenda_item_id] = item.discussion
            if item.draft is not None:
                # A draft kept in the database (typed before the window last closed) is shown as one.
                if self._kept.get(item.agenda_item_id) == self._drafts.get(item.agenda_item_id):
                    self._drafts[item.agenda_item_id] = item.draft
                self._kept[item.agenda_item_id] = item.draft
            elif item.agenda_item_id in self._kept and item.agenda_item_id not in self._drafts:
                self._kept.pop(item.agenda_item_id)
        self.items.set_items(minutes, set(self._drafts))
        row = self.items.row_of(keep)
        self.items_view.setCurrentIndex(self.items.index(max(row, 0), 0))
        self._show_item()
        locked = bool(self.meeting and self.meeting.locked)
        if self.meeting is None:
            self.state.setText("Choose a meeting to see its minutes.")
        elif locked and self.meeting.minutes_approved_at:
            self.state.setText(
                f"Approved at the meeting on {long_date(self.meeting.minutes_approved_at)}. "
                f"{locked_reason(self.meeting)} A correction is recorded beside the original."
            )
        else:
            self.state.setText(
                "Draft minutes: write each item's discussion and decisions, and save with Ctrl+S. They are "
                "locked once a later meeting approves them."
            )
        self.state.setAccessibleDescription(self.state.text())
        explain(self.approve_button, self.meeting is not None and not locked, locked_reason(self.meeting))
        self.correction_button.setEnabled(locked and bool(minutes))

    def _show_item(self) -> None:
        item = self.current_item
        locked = bool(self.meeting and self.meeting.locked)
        self._loading = True
        if item is None:
            self.heading.setText("This meeting's agenda has no items to minute yet." if self.meeting else "")
            self.discussion.setPlainText("")
            self.decisions.set_decisions([], [])
        else:
            self.heading.setText(f"Item {item.number}: {item.title}")
            self.discussion.setPlainText(self._drafts.get(item.agenda_item_id, item.discussion))
            self.decisions.set_decisions(item.decisions, item.amendments)
            select_row(self.decisions_view, 0)
        self._loading = False
        reason = locked_reason(self.meeting)
        self.discussion.setReadOnly(locked)
        self.discussion.setAccessibleDescription(f"Read only: {reason}" if reason else "")
        self._show_corrections(item)
        self._show_challenges(item)
        for b in (
            self.add_decision_button,
            self.edit_decision_button,
            self.remove_decision_button,
            self.save_button,
        ):
            explain(b, item is not None and not locked, reason)
        has_decision = item is not None and not locked and self.decisions.rowCount() > 0
        explain(self.edit_decision_button, has_decision, reason)
        explain(self.remove_decision_button, has_decision, reason)
        self.restore_decision_menu.clear()
        for removed in self._desk.minutes.removed_decisions(item.agenda_item_id) if item is not None else []:
            action = self.restore_decision_menu.addAction(f"Restore “{removed.text}”")
            action.triggered.connect(lambda _=False, d=removed.id: self.restore_decision(d))
        explain(
            self.restore_decision_button,
            item is not None and not locked and not self.restore_decision_menu.isEmpty(),
            reason,
        )
        self._note_saved()

    def _show_challenges(self, item: ItemMinutes | None) -> None:
        taken = self._challenges.get(item.agenda_item_id, []) if item is not None else []
        chosen = self.challenges_list.currentRow()
        self.challenges_list.clear()
        for challenge in taken:
            response = f"We will: {challenge.response}" if challenge.response else "No response recorded yet."
            entry = QListWidgetItem(
                f"{challenge.reference} ({challenge.status_label}): “{challenge.you_said}”\n{response}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, challenge.id)
            self.challenges_list.addItem(entry)
        self.challenges_box.setVisible(bool(taken))
        self.challenges_list.setCurrentRow(min(max(chosen, 0), len(taken) - 1))
        self._explain_response()

    @property
    def current_challenge(self) -> Challenge | None:
        item = self.current_item
        row = self.challenges_list.currentRow()
        taken = self._challenges.get(item.agenda_item_id, []) if item is not None else []
        return taken[row] if 0 <= row < len(taken) else None

    def _explain_response(self) -> None:
        challenge = self.current_challenge
        usable = challenge is not None and not challenge.closed
        reason = locked_reason(self.meeting) or (
            "This challenge is closed: reopen it on the Young people's voice page to change its response"
            if challenge is not None and challenge.closed
            else ""
        )
        explain(self.response_button, usable and not locked_reason(self.meeting), reason)

    def record_response(self) -> None:
        challenge = self.current_challenge
        if challenge is None or locked_reason(self.meeting) or challenge.closed:
            return
        form = response_form(self._desk, self._runner, self._confirmer, self, challenge)
        form.done_with = lambda _result: self._hub.announce(CHALLENGES)
        self.dialog = form
        form.open()

    def _show_corrections(self, item: ItemMinutes | None) -> None:
        if item is None or not item.amendments:
            self.corrections.hide()
            return
        parts = ["<h3>Corrections recorded</h3>"]
        for a in reversed(item.amendments):
            parts.append(
                f"<p><b>{escape(_field_name(a.field))}</b>, corrected on {long_date(a.made_on)}</p>"
                f"<p><i>Original:</i> {escape(a.original) or '(empty)'}</p>"
                f"<p><i>Correction:</i> {escape(a.corrected)}</p>"
                f"<p><i>Reason:</i> {escape(a.reason)}</p><hr>"
            )
        self.corrections.setHtml("".join(parts))
        self.corrections.show()

    def _typed(self) -> None:
        item = self.current_item
        if self._loading or item is None:
            return
        text = self.discussion.toPlainText()
        if text.strip() == item.discussion.strip():
            self._drafts.pop(item.agenda_item_id, None)
        else:
            self._drafts[item.agenda_item_id] = text
        self.items.set_unsaved(set(self._drafts))
        self._note_saved()
        self.keep_timer.start()

    def _note_saved(self) -> None:
        item = self.current_item
        drafted = item is not None and item.agenda_item_id in self._drafts
        if item is None:
            self.saved_note.clear()
        elif drafted:
            self.saved_note.setText(
                "Draft, not yet saved: what you type is kept as you type it. Ctrl+S saves it into the "
                "minutes; Discard draft puts back the words last saved."
            )
        else:
            self.saved_note.setText("Saved." if item.discussion else "")
        self.saved_note.setAccessibleDescription(self.saved_note.text())
        self.discard_button.setVisible(drafted)
        self.discard_button.setEnabled(drafted and not (self.meeting and self.meeting.locked))

    @property
    def unsaved(self) -> bool:
        """Whether words typed here are not yet kept in the database (as minutes or as a draft)."""
        return any(self._drafts.get(i) != self._kept.get(i) for i in set(self._drafts) | set(self._kept))

    def keep_drafts(self) -> None:
        """Keep in the database, as drafts, the words typed since they were last kept (through the worker)."""
        self.keep_timer.stop()
        for item_id in set(self._drafts) | set(self._kept):
            text = self._drafts.get(item_id)
            if text == self._kept.get(item_id):
                continue
            if text is None:  # typed back to the saved words: the draft goes
                self._kept.pop(item_id, None)
                text = self._saved.get(item_id, "")
            else:
                self._kept[item_id] = text
            self._writes.write(
                "What you typed could not be kept as a draft",
                partial(self._desk.minutes.save_draft, item_id, text),
            )

    def discard_draft(self) -> None:
        """Throw away the current item's draft, after asking: its minutes stay as last saved."""
        item = self.current_item
        if item is None or item.agenda_item_id not in self._drafts:
            return
        item_id = item.agenda_item_id

        def discarded(_result: object) -> None:
            self._drafts.pop(item_id, None)
            self._kept.pop(item_id, None)
            self.refresh()

        self._confirmer.ask(
            self,
            "Discard this draft?",
            f"The words typed for item {item.number} and not saved are thrown away; its minutes stay as "
            "they were last saved.",
            "Discard draft",
            self._writes.later(
                "The draft was not discarded",
                lambda: self._desk.minutes.discard_draft(item_id),
                MINUTES,
                then=discarded,
            ),
        )

    # --- writing ---

    def save_discussion(self) -> None:
        """Save the current item's discussion; approved minutes refuse, and the message says why."""
        item = self.current_item
        if item is None:
            return
        text = self.discussion.toPlainText()

        def saved(_result: object) -> None:
            # What was typed while the save was under way stays a draft, to be saved in its turn.
            self._saved[item.agenda_item_id] = text.strip()
            self._kept.pop(item.agenda_item_id, None)  # saving the minutes removed the kept draft
            if self._drafts.get(item.agenda_item_id, text) == text:
                self._drafts.pop(item.agenda_item_id, None)
            else:
                self.keep_timer.start()
            self.items.set_unsaved(set(self._drafts))
            self._note_saved()

        self._writes.write(
            "The minutes were not saved",
            lambda: self._desk.minutes.set_discussion(item.agenda_item_id, text),
            MINUTES,
            then=saved,
        )

    def _open_decision(self, decision: Decision | None) -> None:
        item = self.current_item
        if item is None:
            return
        dialog = DecisionDialog(self._desk, self._runner, item, decision, self)
        reason = locked_reason(self.meeting)
        if reason:
            if decision is None:
                return
            dialog.show_only(reason)  # Enter on a decision of approved minutes: the decision, to read
        self._open(dialog, MINUTES)

    def remove_decision(self) -> None:
        decision = self.selected_decision
        if decision is None:
            return
        self._confirmer.ask(
            self,
            "Remove this decision?",
            f"Decision {decision.number}, “{decision.text}”, goes to the bin. "
            "You can bring it back with Restore decision.",
            "Remove decision",
            self._writes.later(
                "The decision was not removed",
                lambda: self._desk.minutes.remove_decision(decision.id),
                MINUTES,
            ),
        )

    def restore_decision(self, decision_id: UUID) -> None:
        self._writes.write(
            "The decision was not restored",
            lambda: self._desk.minutes.restore_decision(decision_id),
            MINUTES,
        )

    def approve(self) -> None:
        if self.meeting is not None:
            self._open(ApproveDialog(self._desk, self._runner, self.meeting, self), MEETINGS, MINUTES)

    def record_correction(self) -> None:
        item = self.current_item
        if item is not None:
            self._open(CorrectionDialog(self._desk, self._runner, item, self), MINUTES)

    def _open(self, dialog: FormDialog, *kinds: str) -> None:
        dialog.accepted.connect(lambda: self._hub.announce(*kinds))
        dialog.confirmer = self._confirmer
        self.dialog = dialog
        dialog.open()
