"""One application-wide signal saying which kinds of record a domain operation changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

STRATEGY = "strategy"
PEOPLE = "people"
MEETINGS = "meetings"
AGENDA = "agenda"
MINUTES = "minutes"
ACTIONS = "actions"
WORK_PROGRAMME = "work_programme"
INDICATORS = "indicators"
CHALLENGES = "challenges"
NOTES = "notes"


class ChangeHub(QObject):
    """Pages connect to `changed` and refresh only when a kind they show is in the set."""

    changed = Signal(frozenset)

    def announce(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))
