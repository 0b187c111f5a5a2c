"""Opening a search result: the main window goes to the result's area and chooses its record there."""

from __future__ import annotations

from typing import Any, Protocol
from uuid import UUID

from PySide6.QtWidgets import QWidget

from cpdesk.domain.search import Opens


class Window(Protocol):
    """What of the main window opening a result uses (tests may pass a stand-in)."""

    nav: Any

    def page(self, row: int) -> QWidget: ...

    def go_to(self, row: int) -> None: ...


def area_row(window: Window, title: str) -> int:
    """The row of an area in the window's navigation list, by its title; -1 if it has no such area."""
    for row in range(window.nav.count()):
        if window.nav.item(row).text() == title:
            return int(row)
    return -1


def _show(window: Window, title: str) -> Any:
    row = area_row(window, title)
    if row < 0:
        return None
    window.go_to(row)
    return window.page(row)


def open_result(window: Window, opens: Opens) -> str:
    """Go to what a result opens; returns what was opened, in words (for the status bar)."""
    area, record = opens.area, opens.record_id
    if area == "paper":
        open_paper = getattr(window, "open_paper", None)
        if callable(open_paper):
            open_paper(record, opens.page)
            return "the paper"
        return _meeting(window, opens.meeting_id, opens.item_id)  # no paper viewer: its agenda item
    if area == "meeting":
        return _meeting(window, opens.meeting_id or _uuid(record), opens.item_id)
    if area == "action":
        page = _show(window, "Actions")
        page.show_action(_uuid(record))
        return "the action"
    if area == "challenge":
        page = _show(window, "Young people's voice")
        page.show_challenge(_uuid(record))
        return "the challenge"
    if area == "indicator":
        page = _show(window, "Indicators")
        page.open_indicator(_uuid(record))
        return "the indicator"
    if area == "strategy":
        page = _show(window, "Strategy")
        page.show_section(str(record))
        return "the strategy"
    if area == "note":
        row = area_row(window, "My preparation")
        if row >= 0:
            window.go_to(row)
            preparation: Any = window.page(row)
            if preparation.select(_uuid(record)):
                return "the note"
        if opens.meeting_id is not None:  # the record the note is on
            return _meeting(window, opens.meeting_id, opens.item_id)
    return ""


def _meeting(window: Window, meeting_id: UUID | None, item_id: UUID | None) -> str:
    page = _show(window, "Meetings")
    if meeting_id is None:
        return ""
    page.show_meeting(meeting_id, item_id)
    return "the meeting"


def _uuid(value: UUID | str) -> UUID:
    return value if isinstance(value, UUID) else UUID(value)
