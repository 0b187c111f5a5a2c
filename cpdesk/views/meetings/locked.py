"""What the Meetings page says of a meeting whose minutes are approved: in the database's own words."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from cpdesk.domain.meetings import Meeting
from cpdesk.errors import LOCKED_MESSAGES, LOCKED_RECORD

USUAL_TIP = "usual_tip"  # the property a control keeps its own tip in while the reason stands in for it


def locked_reason(meeting: Meeting | None) -> str:
    """Why the meeting's record cannot be changed, as a sentence; "" where it can."""
    if meeting is None or not meeting.locked:
        return ""
    words = LOCKED_MESSAGES[LOCKED_RECORD]
    return words[:1].upper() + words[1:] + "."


def explain(control: QAbstractButton | QAction, enabled: bool, reason: str = "") -> None:
    """Enable a control or not; one turned off for a reason says so in its tip and to a screen reader."""
    usual = control.property(USUAL_TIP)
    if usual is None:
        usual = control.toolTip()
        control.setProperty(USUAL_TIP, usual)
    control.setEnabled(enabled)
    tip = reason if reason and not enabled else str(usual)
    control.setToolTip(tip)
    if isinstance(control, QAbstractButton):
        control.setAccessibleDescription(tip)
