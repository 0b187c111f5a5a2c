"""Layered fixtures: a migrated database, then one with the bundled strategy; tests/views adds the window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpdesk.domain.desk import Desk
from cpdesk.store import open_database

# Hypothesis keeps no example database: tests write nothing outside tmp_path.
settings.register_profile("cpdesk", database=None)
settings.load_profile("cpdesk")

REPO = Path(__file__).resolve().parents[1]
# mutmut runs the tests from its copy of the project in mutants/, inside the checkout.
CHECKOUT = REPO.parent if REPO.name == "mutants" else REPO
SHARED = Path(os.environ.get("CPDESK_SHARED") or CHECKOUT.parent / "shared")
# CI always has shared/ beside the checkout: there a test that needs it fails instead of skipping.
CI = os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}
needs_shared = pytest.mark.skipif(
    not CI and not (SHARED / "data").is_dir(), reason=f"the shared files are not at {SHARED}"
)


@pytest.fixture(autouse=True, scope="session")
def _private_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Qt keeps file dialogs' history in the user's config folder: tests keep theirs under tmp_path."""
    home = tmp_path_factory.mktemp("home")
    saved = {name: os.environ.get(name) for name in ("HOME", "XDG_CONFIG_HOME")}
    os.environ["HOME"], os.environ["XDG_CONFIG_HOME"] = str(home), str(home / ".config")
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder."""
    monkeypatch.setenv("CPDESK_DATA_DIR", str(tmp_path / "user-data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cpdesk.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Desk]:
    """A fresh, migrated database with nothing in it."""
    desk = Desk(open_database(db_path), db_path)
    yield desk
    desk.close()


@pytest.fixture(scope="session")
def _strategy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled strategy loaded once per session; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Desk.open(path).close()
    return path


@pytest.fixture
def strategy_db(_strategy_template: Path, db_path: Path) -> Iterator[Desk]:
    """A database holding the bundled Cambridgeshire strategy."""
    shutil.copyfile(_strategy_template, db_path)
    desk = Desk.open(db_path)
    yield desk
    desk.close()


def database_dump(desk: Desk) -> list[str]:
    """Every row of every table, to compare a database before and after a refused change.

    The search index is compared by what it holds (each record's words), not by the FTS5 module's
    own tables and row numbers, which are laid out afresh whenever a record is indexed again.
    """
    connection = desk.db.connection()
    rows = [
        line
        for line in connection.iterdump()
        if not line.startswith(('INSERT INTO "search_text_', 'INSERT INTO "search_entry"'))
    ]
    indexed = connection.execute(
        "SELECT e.kind, e.record_id, t.title, t.body FROM search_entry AS e "
        "JOIN search_text AS t ON t.rowid = e.rowid ORDER BY e.kind, e.record_id"
    ).fetchall()
    return rows + [f"indexed {row!r}" for row in indexed]
