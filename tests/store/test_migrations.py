"""The migration ladder: the schema it builds, old databases brought up to date, and refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import DatabaseError, DatabaseTooNewError
from cpdesk.store import SCHEMA_VERSION, open_database
from cpdesk.store.audit import AUDIT_MODELS
from cpdesk.store.meetings import MEETING_MODELS
from cpdesk.store.migrate import LADDER, Step, migrate, schema_sql, schema_version
from cpdesk.store.packs import PACK_MODELS
from cpdesk.store.reading import READING_MODELS
from cpdesk.store.strategy import STRATEGY_MODELS
from cpdesk.store.voice import VOICE_MODELS

REPO = Path(__file__).resolve().parents[2]
RELEASED = Path(__file__).parent / "released"


def test_schema_sql_is_what_the_ladder_builds(db: Desk) -> None:
    published = (REPO / "schema" / "cpdesk.sql").read_text(encoding="utf-8")
    assert schema_sql(db.db) == published, (
        "schema/cpdesk.sql is stale: regenerate with `python -m cpdesk.store`"
    )


ALL_MODELS = STRATEGY_MODELS + MEETING_MODELS + VOICE_MODELS + READING_MODELS + PACK_MODELS + AUDIT_MODELS


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda model: model._meta.table_name)
def test_every_model_matches_its_table(db: Desk, model: type[pw.Model]) -> None:
    table = model._meta.table_name
    columns = {row[1] for row in db.db.execute_sql(f'PRAGMA table_info("{table}")')}
    assert columns == {field.column_name for field in model._meta.sorted_fields}


def test_a_new_database_is_at_the_newest_version_with_wal_and_foreign_keys(db: Desk) -> None:
    assert schema_version(db.db) == SCHEMA_VERSION == len(LADDER)
    assert db.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("dump", sorted(RELEASED.glob("v*.sql")), ids=lambda p: p.stem)
def test_every_released_schema_migrates_and_keeps_its_data(dump: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(dump.read_text(encoding="utf-8"))
        released_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    assert released_version >= 1 and sum(counts.values()) > 0
    with Desk.open(path) as desk:
        assert schema_version(desk.db) == SCHEMA_VERSION
        for table, count in counts.items():
            now = desk.db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert now >= count, f"{table} lost rows in the migration"
        assert desk.strategy.content().priorities, "the migrated strategy must still be readable"
    if released_version < SCHEMA_VERSION:
        (backup,) = tmp_path.glob(f"backups/old.db.*.before-upgrade-to-{SCHEMA_VERSION}.bak")
        kept = sqlite3.connect(backup)
        assert kept.execute("PRAGMA user_version").fetchone()[0] == released_version
        kept.close()


def test_released_dumps_cover_every_schema_up_to_this_one() -> None:
    released = {int(p.stem[1:]) for p in RELEASED.glob("v*.sql")}
    assert released == set(range(1, SCHEMA_VERSION + 1)), (
        "add tests/store/released/vN.sql for each new schema"
    )


def _extra_step(sql: str) -> tuple[Step, ...]:
    return (*LADDER, Step(len(LADDER) + 1, "test_step", sql))


def test_an_upgrade_copies_the_file_aside_first(strategy_db: Desk) -> None:
    backup = migrate(strategy_db.db, strategy_db.path, _extra_step('CREATE TABLE "extra" ("x" TEXT);'))
    assert backup is not None and backup.exists()
    assert schema_version(strategy_db.db) == SCHEMA_VERSION + 1
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert copy.execute("SELECT count(*) FROM priority").fetchone()[0] == 5
    copy.close()


def test_a_failing_step_leaves_the_database_as_it_was(strategy_db: Desk) -> None:
    bad = _extra_step('CREATE TABLE "extra" ("x" TEXT);\nINSERT INTO "no_such_table" VALUES (1);')
    with pytest.raises(pw.OperationalError):
        migrate(strategy_db.db, strategy_db.path, bad)
    assert schema_version(strategy_db.db) == SCHEMA_VERSION
    tables = {r[0] for r in strategy_db.db.execute_sql("SELECT name FROM sqlite_master")}
    assert "extra" not in tables


def test_a_database_newer_than_the_code_is_refused(db_path: Path) -> None:
    Desk.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer cpdesk"):
        open_database(db_path)
    assert db_path.read_bytes() == before, "a refused file must not be touched"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(DatabaseError, match="cannot open this file"):
        open_database(path)
    assert path.read_text().startswith("these are my notes")


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a cpdesk one"):
        open_database(path)
    assert path.read_bytes() == before, "a refused file must not be touched"


def test_statements_split_where_sqlite_says_they_end() -> None:
    step = Step(9, "x", "-- a comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i ON a (x);\n")
    assert step.statements() == ["CREATE TABLE a (x TEXT DEFAULT ';');", "CREATE INDEX i ON a (x);"]
    with pytest.raises(ValueError, match="ends inside a statement"):
        Step(9, "x", "CREATE TABLE a (x TEXT").statements()
