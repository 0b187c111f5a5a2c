"""Two desks open at once on two files: each reads and writes only its own, on any thread."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.store import meetings as m

TODAY = date(2026, 12, 2)


def names_in(path: Path) -> set[str]:
    """The people in a file, read by SQLite itself, not through cpdesk."""
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM person")}


def count_in(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def two_files(_strategy_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    shutil.copyfile(_strategy_template, first)
    shutil.copyfile(_strategy_template, second)
    return first, second


def test_two_open_desks_each_write_and_read_only_their_own_file(two_files: tuple[Path, Path]) -> None:
    first_path, second_path = two_files
    with Desk.open(first_path, today=lambda: TODAY) as first:
        first.people.add_member("Cllr Ash")
        with Desk.open(second_path, today=lambda: TODAY) as second:
            # The second desk was opened last; the first must not start writing to its file.
            first.people.add_member("Cllr Birch")
            second.people.add_member("Cllr Cedar")
            first_meeting = first.meetings.create_meeting(first.people.body("sub_committee").id, TODAY)
            second.people.add_member("Cllr Damson")
            action = first.actions.raise_action(first_meeting.id, "Visit a children's home")
            first.actions.add_update(action.id, "Visit booked", status="in_progress")

            assert {p.name for p in first.people.people()} >= {"Cllr Ash", "Cllr Birch"}
            assert not {"Cllr Cedar", "Cllr Damson"} & {p.name for p in first.people.people()}
            assert {"Cllr Cedar", "Cllr Damson"} <= {p.name for p in second.people.people()}
            assert not {"Cllr Ash", "Cllr Birch"} & {p.name for p in second.people.people()}
            assert [a.id for a in first.actions.log()] == [action.id]
            assert second.actions.log() == [] and second.meetings.meetings() == []
        # With the second closed, the first still works, and models used directly reach its file.
        first.people.add_member("Cllr Elder")
        assert m.Person.get_or_none(m.Person.name == "Cllr Elder") is not None
        assert first.actions.detail(action.id).row.status == "in_progress"

    first_names, second_names = names_in(first_path), names_in(second_path)
    assert {"Cllr Ash", "Cllr Birch", "Cllr Elder"} <= first_names
    assert not {"Cllr Cedar", "Cllr Damson"} & first_names
    assert {"Cllr Cedar", "Cllr Damson"} <= second_names
    assert not {"Cllr Ash", "Cllr Birch", "Cllr Elder"} & second_names
    assert (count_in(first_path, "action"), count_in(second_path, "action")) == (1, 0)
    assert (count_in(first_path, "meeting"), count_in(second_path, "meeting")) == (1, 0)


def test_two_desks_used_from_two_threads_at_once_keep_to_their_own_files(
    two_files: tuple[Path, Path],
) -> None:
    first_path, second_path = two_files
    count = 40
    start = threading.Barrier(3)
    failures: list[BaseException] = []
    with (
        Desk.open(first_path, today=lambda: TODAY) as first,
        Desk.open(second_path, today=lambda: TODAY) as second,
    ):

        def work(desk: Desk, name: str) -> None:
            try:
                start.wait()
                for n in range(count):
                    # A worker's way in (its own connection), and the desk's services called bare.
                    desk.run(lambda n=n: desk.people.add_member(f"{name} {n}"))
                    listed = {p.name for p in desk.people.people()}
                    assert f"{name} {n}" in listed
                    other = "Second" if name == "First" else "First"
                    assert not any(listed_name.startswith(other) for listed_name in listed)
            except BaseException as error:  # reported to the test below
                failures.append(error)
            finally:
                desk.close()  # this thread's connection

        threads = [
            threading.Thread(target=work, args=(first, "First")),
            threading.Thread(target=work, args=(second, "Second")),
        ]
        for thread in threads:
            thread.start()
        # Meanwhile the main thread writes to both, alternately.
        start.wait()
        for n in range(count):
            (first if n % 2 else second).people.add_member(f"Main {n}")
        for thread in threads:
            thread.join(timeout=60)
        assert not failures, failures

    first_names, second_names = names_in(first_path), names_in(second_path)
    assert {f"First {n}" for n in range(count)} <= first_names
    assert {f"Second {n}" for n in range(count)} <= second_names
    assert not any(name.startswith("Second") for name in first_names)
    assert not any(name.startswith("First") for name in second_names)
    assert {f"Main {n}" for n in range(1, count, 2)} <= first_names
    assert {f"Main {n}" for n in range(0, count, 2)} <= second_names
    assert not {f"Main {n}" for n in range(0, count, 2)} & first_names


def test_models_used_outside_a_desk_reach_the_desk_opened_last_and_then_the_one_left_open(
    two_files: tuple[Path, Path],
) -> None:
    first_path, second_path = two_files
    with Desk.open(first_path, today=lambda: TODAY) as first:
        with Desk.open(second_path, today=lambda: TODAY):
            m.Person.create(name="Direct to second", kind="member")
            with first.bound():
                m.Person.create(name="Direct to first", kind="member")
        m.Person.create(name="Direct after closing", kind="member")
    assert {"Direct to first", "Direct after closing"} <= names_in(first_path)
    assert "Direct to second" in names_in(second_path)
    assert not {"Direct to first", "Direct after closing"} & names_in(second_path)
