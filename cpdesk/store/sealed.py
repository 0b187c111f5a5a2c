"""Private notes sealed off: while cpdesk writes anything for others, the database refuses to read them.

A member's notes and questions are theirs. Exports, CSVs, shared files and the committee's packs run
inside `sealed(db)`, during which SQLite's authorizer denies every read of the notes' table and of the
search index (which holds the notes' words too). A code path that writes for others therefore cannot
read a note by accident: the read fails loudly, whatever query it comes from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

import peewee as pw

from cpdesk.store.base import database_proxy

PRIVATE_TABLES = ("annotation", "search_text", "search_entry")
F = TypeVar("F", bound=Callable[..., Any])
FOR_OTHERS: set[str] = set()  # the qualified names of every function that writes for others
_DEPTH: dict[int, int] = {}  # how deep in sealed blocks each connection is (one block may call another)


class PrivateReadError(RuntimeError):
    """A code path that writes for others tried to read private notes: a fault, never shown as data."""


def _private(table: str | None) -> bool:
    return bool(table) and any(table == t or table.startswith(f"{t}_") for t in PRIVATE_TABLES)  # type: ignore[union-attr]


def _authorizer(action: int, arg1: str | None, _arg2: str | None, _db: str | None, _by: str | None) -> int:
    if action == sqlite3.SQLITE_READ and _private(arg1):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@contextmanager
def sealed(db: pw.Database | None = None) -> Iterator[None]:
    """Within this block, on this thread's connection, private notes cannot be read."""
    database = db if db is not None else database_proxy.obj
    if database is None:
        raise RuntimeError("sealed() needs a database bound to this thread")
    connection = database.connection()
    depth = _DEPTH.get(id(connection), 0)
    if depth == 0:
        connection.set_authorizer(_authorizer)
    _DEPTH[id(connection)] = depth + 1
    try:
        yield
    except pw.DatabaseError as error:
        said = str(error)
        # A denied table says "not authorized", a denied column "access to annotation.text is
        # prohibited"; the search index, whose own tables are denied, says its constructor failed.
        column = said.split()[2].split(".")[0] if said.startswith("access to ") else None
        if (
            "not authorized" in said
            or _private(column)
            or ("vtable constructor failed" in said and _private(said.split()[-1]))
        ):
            raise PrivateReadError("something written for others tried to read private notes") from error
        raise
    finally:
        _DEPTH[id(connection)] = depth
        if depth == 0:
            del _DEPTH[id(connection)]
            connection.set_authorizer(None)


def for_others(function: F) -> F:
    """Mark a function that writes for others: it runs sealed off from private notes."""
    FOR_OTHERS.add(f"{function.__module__}.{function.__qualname__}")

    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        with sealed():
            return function(*args, **kwargs)

    return run  # type: ignore[return-value]
