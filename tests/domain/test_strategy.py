"""The strategy on board: the bundled version, versions, export and import, and refused files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cpdesk.config import bundled_strategy_path
from cpdesk.domain.desk import Desk
from cpdesk.domain.strategy import content_from_json, content_to_json, read_strategy_file
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import database_dump

DATA = Path(__file__).resolve().parents[1] / "data"
SHORT = DATA / "strategy-2023-2028-short.json"


def bundled() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_strategy_path().read_text(encoding="utf-8"))
    return data


def test_a_new_database_holds_the_bundled_strategy_as_current(db_path: Path) -> None:
    assert not db_path.exists()
    with Desk.open(db_path) as desk:
        (version,) = desk.strategy.versions()
        assert version.is_current
        assert version.header.name == "Corporate Parenting Strategy 2025-2030"
        assert version.header.council == "Cambridgeshire County Council"


def test_the_stored_strategy_reads_back_whole(strategy_db: Desk) -> None:
    content = strategy_db.strategy.content()
    assert [len(p.commitments) for p in content.priorities] == [11, 8, 12, 14, 11]
    assert [len(p.success_measures) for p in content.priorities] == [7, 5, 3, 7, 7]
    assert [p.number for p in content.promises] == list(range(1, 11))
    assert len(content.principles) == 7 and len(content.ambitions) == 7
    assert len(content.annual_reports) == 14 and len(content.pledge.areas) == 4
    children = next(f for f in content.context_figures if f.value == 706)
    assert children.unit == "count" and children.display_value == "706"
    iha = next(f for f in content.context_figures if "Initial Health Assessment" in f.counts)
    assert iha.display_value == "28%"
    priority_one = content.priority(1)
    assert priority_one.title == "Voice of our children and young people"
    assert "Participation team" in priority_one.teams
    with pytest.raises(NotFoundError):
        content.priority(6)


def test_delivery_teams_are_shared_between_priorities(strategy_db: Desk) -> None:
    from cpdesk.store.strategy import DeliveryTeam, PriorityDeliveryTeam

    virtual_school = DeliveryTeam.get(DeliveryTeam.name == "Virtual School")
    priorities = {
        link.priority.number
        for link in PriorityDeliveryTeam.select().where(PriorityDeliveryTeam.team == virtual_school)
    }
    assert priorities == {1, 3, 4, 5}


def test_export_then_import_gives_the_same_content(strategy_db: Desk, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    strategy_db.strategy.export_file(out)
    assert json.loads(out.read_text(encoding="utf-8")) == bundled()
    assert out.read_text(encoding="utf-8") == bundled_strategy_path().read_text(encoding="utf-8")
    first = strategy_db.strategy.content()
    strategy_db.strategy.import_file(out)
    assert strategy_db.strategy.content() == first


def test_json_conversion_round_trips() -> None:
    content = content_from_json(bundled())
    assert content_from_json(content_to_json(content)) == content


def test_importing_adds_a_version_and_earlier_ones_stay_readable(strategy_db: Desk) -> None:
    original = strategy_db.strategy.current()
    assert original is not None
    added = strategy_db.strategy.import_file(SHORT)
    assert added.is_current and added.header.version_label == "2023-2028"
    versions = strategy_db.strategy.versions()
    assert [v.is_current for v in versions] == [True, False]
    assert len(strategy_db.strategy.content(original.id).priorities) == 5
    assert len(strategy_db.strategy.content().priorities) == 1
    strategy_db.strategy.set_current(original.id)
    assert strategy_db.strategy.current() == strategy_db.strategy.versions()[1]
    assert len(strategy_db.strategy.content().priorities) == 5


def test_a_version_can_be_added_without_becoming_current(strategy_db: Desk) -> None:
    added = strategy_db.strategy.import_file(SHORT, make_current=False)
    assert not added.is_current
    current = strategy_db.strategy.current()
    assert current is not None and current.header.version_label == "2025-2030"


def test_an_unknown_version_is_not_found(strategy_db: Desk) -> None:
    from uuid import uuid4

    with pytest.raises(NotFoundError):
        strategy_db.strategy.content(uuid4())


# --- refused files -------------------------------------------------------------------------------


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "strategy.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def _without_statement(d: dict[str, Any]) -> None:
    del d["priorities"][1]["statement"]


def _untitled(d: dict[str, Any]) -> None:
    d["priorities"][2]["title"] = "   "


def _wrong_type(d: dict[str, Any]) -> None:
    d["promises"][3]["number"] = "four"


def _twice(d: dict[str, Any]) -> None:
    d["priorities"][4]["number"] = 1


def _backwards(d: dict[str, Any]) -> None:
    d["strategy"]["period_end"] = 2020


def _unknown_field(d: dict[str, Any]) -> None:
    d["pledge"]["colour"] = "blue"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_without_statement, r"line \d+: priorities\[1\]: missing field 'statement'"),
        (_untitled, r"line \d+: priorities\[2\]\.title: must not be empty"),
        (_wrong_type, r"line \d+: promises\[3\]\.number: should be a whole number, not text"),
        (_twice, r"line \d+: priorities\[4\]\.number: 1 is used twice"),
        (_backwards, r"line \d+: strategy\.period_end: the period ends before it starts"),
        (_unknown_field, r"pledge: unknown field \('colour' was unexpected\)"),
    ],
    ids=[
        "missing field",
        "priority with no title",
        "wrong type",
        "duplicate number",
        "period backwards",
        "unknown field",
    ],
)
def test_a_strategy_file_that_breaks_the_rules_is_refused_and_changes_nothing(
    strategy_db: Desk, tmp_path: Path, change: Any, expected: str
) -> None:
    data = bundled()
    change(data)
    path = _write(tmp_path, data)
    before = database_dump(strategy_db)
    with pytest.raises(InputError, match=expected) as refused:
        strategy_db.strategy.import_file(path)
    assert str(path) in refused.value.describe()
    assert database_dump(strategy_db) == before


def test_the_line_named_is_the_line_of_the_bad_field(tmp_path: Path) -> None:
    data = bundled()
    data["priorities"][2]["title"] = ""
    path = _write(tmp_path, data)
    with pytest.raises(InputError) as refused:
        read_strategy_file(path)
    line = int(refused.value.where.rsplit("line ", 1)[1])  # type: ignore[union-attr]
    assert '"title": ""' in path.read_text().splitlines()[line - 1]


def _same_team_twice(d: dict[str, Any]) -> None:
    teams = d["priorities"][0]["delivered_by"]["teams"]
    teams.append(teams[0])


def _huge_number(d: dict[str, Any]) -> None:
    d["promises"][0]["number"] = 10**30


def _blank_line_in_a_paragraph(d: dict[str, Any]) -> None:
    d["narratives"][0]["paragraphs"][0] = "one\n\ntwo"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_same_team_twice, r"line \d+: priorities\[0\]\.delivered_by\.teams: lists the same entry twice"),
        (_huge_number, r"line \d+: promises\[0\]\.number: .* greater than the maximum of 1000"),
        (_blank_line_in_a_paragraph, r"line \d+: narratives\[0\]\.paragraphs\[0\]: must be one paragraph"),
    ],
    ids=["same team twice", "huge number", "blank line in a paragraph"],
)
def test_content_the_database_could_not_hold_is_refused_by_the_checks(
    strategy_db: Desk, tmp_path: Path, change: Any, expected: str
) -> None:
    data = bundled()
    change(data)
    before = database_dump(strategy_db)
    with pytest.raises(InputError, match=expected):
        strategy_db.strategy.import_file(_write(tmp_path, data))
    assert database_dump(strategy_db) == before


def test_a_failure_part_way_through_writing_rolls_everything_back(
    strategy_db: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    import peewee as pw

    from cpdesk.store import strategy as tables

    def fail(*args: Any, **kwargs: Any) -> None:
        raise pw.IntegrityError("the disk said no")

    monkeypatch.setattr(tables.ContextFigure, "create", fail)  # the last table written
    before = database_dump(strategy_db)
    # A database failure is a fault, not a refusal of the file: it is not dressed up as an InputError.
    with pytest.raises(pw.IntegrityError, match="the disk said no"):
        strategy_db.strategy.import_file(SHORT)
    assert database_dump(strategy_db) == before


def _text_with(token: str) -> bytes:
    return (
        bundled_strategy_path()
        .read_text(encoding="utf-8")
        .replace('"value": 706', f'"value": {token}', 1)
        .encode()
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"title: Corporate Parenting Strategy\n", r"not valid JSON"),
        (_text_with("NaN"), r"line \d+: NaN is not a number JSON allows"),
        (_text_with("1e999"), r"line \d+: 1e999 is too large a number"),
        (
            bundled_strategy_path()
            .read_text(encoding="utf-8")
            .replace("Voice of our", "Voice \\ud800 of our", 1)
            .encode(),
            r"line \d+: the file has an escaped character that is not valid Unicode",
        ),
        (b"[" * 100_000 + b"]" * 100_000, r"nested too deeply"),
        (b'{"format": "cpdesk-strategy", "priorities": [', r"line 1, column \d+: the file ends too soon"),
        ('{"caf\u00e9": 1}'.encode("latin-1"), r"line 1: the file is not UTF-8 text \(byte 0xe9"),
        (b"", r"the file is empty"),
        (b"[1, 2, 3]", r"the whole file: should be an object, not a list"),
        (b'{"format": "something-else"}', r"missing 15 fields: 'format_version', 'strategy'"),
    ],
    ids=[
        "not JSON",
        "NaN",
        "Infinity",
        "lone surrogate",
        "too deep",
        "cut short",
        "not UTF-8",
        "empty",
        "a list",
        "not a strategy",
    ],
)
def test_a_file_that_is_not_a_strategy_is_refused_and_changes_nothing(
    strategy_db: Desk, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "offered.json"
    path.write_bytes(content)
    before = database_dump(strategy_db)
    with pytest.raises(InputError, match=expected):
        strategy_db.strategy.import_file(path)
    assert database_dump(strategy_db) == before


def test_a_cut_short_copy_of_the_real_file_is_refused(strategy_db: Desk, tmp_path: Path) -> None:
    text = bundled_strategy_path().read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(text[: len(text) // 2])
    before = database_dump(strategy_db)
    with pytest.raises(InputError, match="cut short"):
        strategy_db.strategy.import_file(path)
    assert database_dump(strategy_db) == before


def test_a_very_large_file_is_refused_before_it_is_read(strategy_db: Desk, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.truncate(50_000_000)  # sparse: no real disk used
    before = database_dump(strategy_db)
    with pytest.raises(InputError, match=r"the file is 50\.0 MB; a strategy file is at most 5 MB"):
        strategy_db.strategy.import_file(path)
    assert database_dump(strategy_db) == before


def test_a_byte_order_mark_is_accepted(strategy_db: Desk, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + SHORT.read_bytes())
    assert strategy_db.strategy.import_file(path).header.version_label == "2023-2028"


def test_a_missing_file_is_said_plainly(strategy_db: Desk, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="there is no such file"):
        strategy_db.strategy.import_file(tmp_path / "nowhere.json")


def test_export_writes_strict_json_readable_by_others(strategy_db: Desk, tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "shared.json"
    strategy_db.strategy.export_file(out)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda token: pytest.fail(token))


@pytest.mark.parametrize("where", ["missing-folder/out.json", "."], ids=["no such folder", "a folder"])
def test_export_to_a_place_that_cannot_be_written_says_where(
    strategy_db: Desk, tmp_path: Path, where: str
) -> None:
    from cpdesk.errors import OutputError

    target = tmp_path / where
    with pytest.raises(OutputError) as refused:
        strategy_db.strategy.export_file(target)
    assert refused.value.where == str(target)
    assert not any(p.name.startswith(".") for p in tmp_path.rglob("*"))


def test_changing_the_current_version_moves_updated_at(strategy_db: Desk) -> None:
    from cpdesk.store.strategy import Strategy

    original = strategy_db.strategy.current()
    assert original is not None
    stamp = Strategy.get_by_id(original.id).updated_at
    strategy_db.strategy.import_file(SHORT)
    assert Strategy.get_by_id(original.id).updated_at > stamp


def test_export_replaces_a_file_whole_and_leaves_no_temporary_files(
    strategy_db: Desk, tmp_path: Path
) -> None:
    out = tmp_path / "strategy.json"
    out.write_text("old content")
    strategy_db.strategy.export_file(out)
    assert json.loads(out.read_text(encoding="utf-8"))["strategy"]["version_label"] == "2025-2030"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith("json") or p.name.startswith(".")] == [
        "strategy.json"
    ]
