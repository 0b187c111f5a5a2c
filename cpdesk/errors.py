"""The errors cpdesk reports to its users, kept apart from programming errors (bugs)."""

from __future__ import annotations


class CpdeskError(Exception):
    """Something the user can act on: the message says what is wrong and where."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line for a status bar, a dialog or stderr."""
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(CpdeskError):
    """A file offered for import is not acceptable; nothing was changed."""


class OutputError(CpdeskError):
    """A file cpdesk was asked to write could not be written; nothing else was changed."""


class DatabaseError(CpdeskError):
    """The database file cannot be opened or used as it is."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer cpdesk than this one."""


class DatabaseDamagedError(DatabaseError):
    """SQLite found the database file damaged; cpdesk will not use it."""


class DatabaseReadOnlyError(DatabaseError):
    """The database can be read but not changed (the file, its folder or the disk is read-only)."""


class DatabaseBusyError(DatabaseError):
    """Another program kept the database busy for longer than cpdesk waits its turn."""


class PassphraseNeededError(DatabaseError):
    """The database is encrypted and no passphrase was given; the file was not touched."""

    def __init__(
        self, message: str = "this database is encrypted: give its passphrase", *, where: str | None = None
    ) -> None:
        super().__init__(message, where=where)


class WrongPassphraseError(DatabaseError):
    """The passphrase given does not open the encrypted database; the file was not touched."""

    def __init__(
        self,
        message: str = "the passphrase is not right for this database; nothing was changed",
        *,
        where: str | None = None,
    ) -> None:
        super().__init__(message, where=where)


class DiskFullError(DatabaseError):
    """The disk holding the database has no room for the change."""


class NotFoundError(CpdeskError):
    """A record the user asked for does not exist."""


class LockedError(CpdeskError):
    """The minutes of the meeting are approved: the record can only be corrected by an amendment."""


# What the database says when a change would touch a locked record (schema migration 0005 raises
# them), and what cpdesk tells the user; the domain says the same when it refuses first.
LOCKED_RECORD = "the minutes of this meeting are approved and locked"
APPROVING_MEETING = "this meeting approved the minutes of an earlier meeting"
LOCKED_MESSAGES = {
    LOCKED_RECORD: f"{LOCKED_RECORD}; record a correction as an amendment instead",
    APPROVING_MEETING: f"{APPROVING_MEETING}, so it cannot be moved, cancelled or binned",
}
