"""The strategy's smaller rules: which version is current, what is exported, what a part is called, and
a refusal that quotes a file kept to one readable line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.strategy import read_strategy_file, write_json_atomically
from cpdesk.errors import InputError, NotFoundError
from tests.domain.test_strategy import SHORT, bundled


def test_a_database_with_no_strategy_has_no_current_version(db: Desk) -> None:
    assert db.strategy.versions() == []
    assert db.strategy.current() is None


def test_the_current_version_is_the_one_chosen_not_the_first_held(strategy_db: Desk) -> None:
    original = strategy_db.strategy.current()
    assert original is not None
    added = strategy_db.strategy.import_file(SHORT)
    assert strategy_db.strategy.current() == strategy_db.strategy.versions()[0] == added
    strategy_db.strategy.set_current(original.id)
    assert [v.is_current for v in strategy_db.strategy.versions()] == [False, True]


def test_exporting_a_named_version_writes_that_version(strategy_db: Desk, tmp_path: Path) -> None:
    original = strategy_db.strategy.current()
    assert original is not None
    strategy_db.strategy.import_file(SHORT)  # now the current one
    path = tmp_path / "exported.json"
    strategy_db.strategy.export_file(path, original.id)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["strategy"]["version_label"] == "2025-2030"
    assert len(exported["priorities"]) == 5


def test_a_narrative_is_found_by_its_key_and_a_missing_one_is_none(strategy_db: Desk) -> None:
    content = strategy_db.strategy.content()
    introduction = content.narrative("introduction")
    assert introduction is not None and introduction.key == "introduction"
    assert content.narrative("no_such_part") is None


def test_a_priority_the_strategy_does_not_have_is_not_found_by_its_number(strategy_db: Desk) -> None:
    content = strategy_db.strategy.content()
    assert content.priority(3).number == 3
    with pytest.raises(NotFoundError) as refused:
        content.priority(9)
    assert refused.value.message == "this strategy has no priority 9"


def test_json_is_written_strictly_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "strategy.json"
    with pytest.raises(ValueError):
        write_json_atomically(path, {"figure": float("nan")})  # not JSON: no other program could read it
    assert not path.exists()
    write_json_atomically(path, {"title": "Corporate Parenting Strategy – 2025"})
    assert path.read_text(encoding="utf-8") == '{\n  "title": "Corporate Parenting Strategy – 2025"\n}\n'


UNKNOWN = "pledge: unknown field ('{}' was unexpected)"  # 33 characters after "pledge: ", and the name


@pytest.mark.parametrize(
    ("name_length", "expected_length"),
    [(167, 200), (168, 183)],  # up to 200 characters whole; beyond, the first 180 and "..."
)
def test_a_refusal_that_quotes_the_file_is_kept_to_one_readable_line(
    tmp_path: Path, name_length: int, expected_length: int
) -> None:
    name = "x" * name_length
    data = bundled()
    data["pledge"][name] = "blue"
    path = tmp_path / "strategy.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_strategy_file(path)
    said = refused.value.message.removeprefix("pledge: ")
    whole = UNKNOWN.format(name).removeprefix("pledge: ")
    assert len(said) == expected_length
    assert said == (whole if len(whole) <= 200 else whole[:180] + "...")
