"""Slow work off the GUI thread, one job at a time (writes are serialised), results back on the GUI thread."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cpdesk.errors import CpdeskError
from cpdesk.faults import record_fault


class Runner(Protocol):
    """What the views need of a runner: the real one, or the synchronous one in tests."""

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...

    def wait(self, msecs: int = -1) -> bool: ...


def _note(error: BaseException) -> None:
    """A user's error needs no trace; anything else is a fault, and is kept in the fault log."""
    if not isinstance(error, CpdeskError):
        record_fault("background work failed", error)


class _Relay(QObject):
    """Lives on the GUI thread, so signals emitted from the worker are delivered there: (job, value)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self, ticket: int, work: Callable[[], Any], relay: _Relay, after: Callable[[], None] | None
    ) -> None:
        super().__init__()
        self._ticket = ticket
        self._work = work
        self._relay = relay
        self._after = after

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, never lost in the worker
            self._tidy()
            _note(error)
            self._relay.failed.emit(self._ticket, error)
        else:
            self._tidy()
            self._relay.done.emit(self._ticket, result)

    def _tidy(self) -> None:
        """What the window asks to be done in the worker after each job (its connection closed)."""
        if self._after is None:
            return
        try:
            self._after()
        except Exception as error:  # the job's own result still comes back
            record_fault("tidying after background work failed", error)


class TaskRunner(QObject):
    """Runs work in a one-thread pool and calls back on the GUI thread with the result or the error."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # One relay for every job, made once: a relay made and deleted per job, with callbacks that held
        # it, was deleted under Qt's feet now and then (a crash in a later test, far from its cause).
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._tickets = itertools.count()
        # Run in the worker after every job, before its result goes back: the window closes the
        # database connection the job opened there (see Desk.release_thread).
        self.after_each: Callable[[], None] | None = None

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        ticket = next(self._tickets)
        self._waiting[ticket] = (on_done, on_error)
        self._pool.start(_Job(ticket, work, self._relay, self.after_each))

    def _done(self, ticket: int, result: Any) -> None:
        on_done, _on_error = self._waiting.pop(ticket)
        on_done(result)

    def _failed(self, ticket: int, error: BaseException) -> None:
        _on_done, on_error = self._waiting.pop(ticket)
        on_error(error)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is finished (for closing the window and for tests)."""
        return bool(self._pool.waitForDone(msecs))


class SynchronousRunner(QObject):
    """Does the work at once on the calling thread: for tests, where order must be certain."""

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        try:
            result = work()
        except Exception as error:
            _note(error)
            on_error(error)
        else:
            on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True
