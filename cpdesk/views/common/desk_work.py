"""A page's work on its desk: every write through the runner's one worker, long reads off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import Shiboken

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner

T = TypeVar("T")


class Writes:
    """The one way a page changes data: each write is queued on the runner's single worker thread.

    The worker does the writes one at a time, with its own connection (Desk.run), so none is done on
    the GUI thread and none overlaps another. Back on the GUI thread the hub announces what changed
    and then `then(result)` runs; a refusal (or a fault) is shown in the page's messages instead. When
    the owner (the page or tab that asked) has been closed meanwhile, only the announcement is made.
    """

    def __init__(
        self, owner: QWidget, desk: Desk, runner: Runner, hub: ChangeHub, messages: Messages
    ) -> None:
        self._owner = owner
        self._desk, self._runner, self._hub, self._messages = desk, runner, hub, messages

    def write(
        self,
        title: str,
        work: Callable[[], Any],
        *kinds: str,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue a domain write; title is what the message says when it is refused."""
        desk, hub, messages, owner = self._desk, self._hub, self._messages, self._owner

        def done(result: Any) -> None:
            hub.announce(*kinds)
            if then is not None and Shiboken.isValid(owner):
                then(result)

        def refused(error: BaseException) -> None:
            if not Shiboken.isValid(owner):
                return  # the runner has kept a fault in the log; a refusal changed nothing
            if failed is not None:
                failed(error)
            messages.error(title, error)

        self._runner.submit(lambda: desk.run(work), done, refused)

    def later(
        self,
        title: str,
        work: Callable[[], Any],
        *kinds: str,
        then: Callable[[Any], None] | None = None,
    ) -> Callable[[], None]:
        """The write as something to do later: what a confirmation runs when the user says yes."""
        return lambda: self.write(title, work, *kinds, then=then)


class BusyNote(QLabel):
    """Says "Loading…" while any of the reads it watches is under way, so a slow read is not taken for
    an empty page; blank otherwise."""

    def __init__(self, text: str = "Loading…", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text, self._count = text, 0
        self.setAccessibleName("Loading")
        self.setEnabled(False)  # drawn greyed, a note rather than content

    @property
    def busy(self) -> bool:
        return self._count > 0

    def begin(self) -> None:
        self._count += 1
        self.setText(self._text)

    def end(self) -> None:
        self._count = max(self._count - 1, 0)
        if not self._count:
            self.clear()


class Loader:
    """Long reads on the runner's worker, queued after any write before them, delivered on the GUI thread.

    Only the latest read is delivered: when the user has moved on (another meeting chosen) before an
    earlier read came back, that one is dropped rather than shown over the newer choice; so is any
    read that comes back after its owner (the page or tab that asked) was closed.
    """

    def __init__(
        self,
        owner: QWidget,
        desk: Desk,
        runner: Runner,
        report: Callable[[str, BaseException], None],
        note: BusyNote | None = None,
    ) -> None:
        """report(title, error) says why a read failed (a page's Messages.error)."""
        self._owner, self._desk, self._runner, self._report, self._note = owner, desk, runner, report, note
        self._latest = 0
        self._pending = 0

    @property
    def loading(self) -> bool:
        """Whether a read is still to come back (for tests, and for what the page says meanwhile)."""
        return self._pending > 0

    def load(self, work: Callable[[], T], then: Callable[[T], None], title: str) -> None:
        """Read with work() off the GUI thread and give the result to then(); title names a failure."""
        self._latest += 1
        ticket, desk = self._latest, self._desk
        self._pending += 1
        if self._note is not None:
            self._note.begin()

        def settle() -> bool:
            if not Shiboken.isValid(self._owner):
                return False
            self._pending -= 1
            if self._note is not None:
                self._note.end()
            return ticket == self._latest

        def done(result: T) -> None:
            if settle():
                then(result)

        def failed(error: BaseException) -> None:
            if settle():
                self._report(title, error)

        self._runner.submit(lambda: desk.run(work), done, failed)
