"""Writing a meeting bundle (for the members) and a return bundle (a member's answers, for the clerk).

Only the tables named in cpdesk/domain/bundles.py are read, and the reading runs sealed off from
private notes (for_others): nothing a member wrote for themselves can reach a bundle.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from cpdesk.domain.bundles import (
    BUNDLE_KIND,
    FORMAT,
    MEETING,
    RETURN,
    RETURN_TABLES,
    STRATEGY_REF,
    TABLE,
    check_bundle_passphrase,
    envelope,
    plural,
    quoted_names,
)
from cpdesk.errors import NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store.base import utc_now
from cpdesk.store.sealed import for_others

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk

Row = dict[str, Any]
_PARTS = ("priority_id", "commitment_id", "promise_id", "pledge_area_id", "success_measure_id")


def _rows(table: str, where: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Row]:
    """A table's records as stored (ids as hex, times as UTC text), each a dict of the bundle's columns."""
    spec = TABLE[table]
    stored = [f.column_name for f in spec.model._meta.sorted_fields]
    if spec.links_strategy:
        stored = [c for c in stored if c not in _PARTS] + [c for c in _PARTS if c in spec.model._meta.columns]
    stored = [c for c in stored if c not in spec.dropped]
    db = spec.model._meta.database
    found: list[Row] = []
    for values in db.execute_sql(
        f'SELECT {quoted_names(stored)} FROM "{table}" WHERE {where} ORDER BY "id"', params
    ).fetchall():
        row = dict(zip(stored, values, strict=True))
        for name, value in row.items():
            if isinstance(value, bytes):
                row[name] = base64.b64encode(value).decode("ascii")
        found.append(row)
    return found


def _in(ids: set[str]) -> tuple[str, list[str]]:
    return (f'"id" IN ({", ".join("?" * len(ids))})', sorted(ids)) if ids else ("0", [])


def _by(column: str, ids: set[str]) -> tuple[str, list[str]]:
    return (f'"{column}" IN ({", ".join("?" * len(ids))})', sorted(ids)) if ids else ("0", [])


class _Strategies:
    """The strategy versions links name, and each link's part said by what it is, not by its id."""

    def __init__(self) -> None:
        self.versions: list[str] = []  # strategy ids, in the order the bundle lists them

    def index(self, strategy_id: str) -> int:
        if strategy_id not in self.versions:
            self.versions.append(strategy_id)
        return self.versions.index(strategy_id)

    def concerns(self, row: Row) -> dict[str, Any]:
        db = s.Strategy._meta.database
        if row["priority_id"]:
            sid, number = db.execute_sql(
                'SELECT "strategy_id", "number" FROM "priority" WHERE "id" = ?', (row["priority_id"],)
            ).fetchone()
            return {"strategy": self.index(sid), "priority": number}
        if row["promise_id"]:
            sid, number = db.execute_sql(
                'SELECT "strategy_id", "number" FROM "promise" WHERE "id" = ?', (row["promise_id"],)
            ).fetchone()
            return {"strategy": self.index(sid), "promise": number}
        if row.get("pledge_area_id"):
            sid, position = db.execute_sql(
                'SELECT "strategy_id", "position" FROM "pledge_area" WHERE "id" = ?', (row["pledge_area_id"],)
            ).fetchone()
            return {"strategy": self.index(sid), "pledge_area": position}
        for column, table, key in (
            ("commitment_id", "commitment", "commitment"),
            ("success_measure_id", "success_measure", "success_measure"),
        ):
            if row.get(column):
                sid, number, position = db.execute_sql(
                    f'SELECT p."strategy_id", p."number", x."position" FROM "{table}" AS x '
                    'JOIN "priority" AS p ON p."id" = x."priority_id" WHERE x."id" = ?',
                    (row[column],),
                ).fetchone()
                return {"strategy": self.index(sid), "priority": number, key: position}
        raise ValueError("a link to the strategy names no part of it")

    def replace_parts(self, rows: list[Row]) -> list[Row]:
        out = []
        for row in rows:
            concerns = self.concerns(row)
            out.append({**{k: v for k, v in row.items() if k not in _PARTS}, STRATEGY_REF: concerns})
        return out


def _referenced(records: dict[str, list[Row]], target: str) -> set[str]:
    """The ids of `target` records that the records gathered so far refer to."""
    found: set[str] = set()
    for name, rows in records.items():
        for column, table in TABLE[name].refs.items():
            if table == target:
                found.update(r[column] for r in rows if r.get(column))
    return found


def gather_meeting(desk: Desk, meeting_id: UUID) -> dict[str, Any]:
    """The payload of a meeting bundle (see schema/bundle.schema.json), read sealed off from notes."""
    return _gather(desk, meeting_id)


@for_others
def _gather(desk: Desk, meeting_id: UUID) -> dict[str, Any]:
    from cpdesk.domain.audit import who
    from cpdesk.domain.strategy import content_to_json

    meeting = meeting_id.hex
    if not m.Meeting.select().where(m.Meeting.id == meeting_id).exists():
        raise NotFoundError("that meeting is not in this database")
    records: dict[str, list[Row]] = {}
    records["attendance"] = _rows("attendance", '"meeting_id" = ?', [meeting])
    records["agenda_item"] = _rows("agenda_item", '"meeting_id" = ?', [meeting])
    items = {r["id"] for r in records["agenda_item"]}
    for table in (
        "agenda_item_link",
        "officer_report",
        "paper",
        "linked_document",
        "declaration",
        "minute",
        "decision",
    ):
        records[table] = _rows(table, *_by("agenda_item_id", items))
    records["paper_content"] = _rows("paper_content", *_by("paper_id", {r["id"] for r in records["paper"]}))
    records["amendment"] = _rows("amendment", '"meeting_id" = ?', [meeting])
    # The action log and the young people's challenges, whole: a member sees every action's story.
    records["action"] = _rows("action", "1")
    actions = {r["id"] for r in records["action"]}
    records["action_link"] = _rows("action_link", *_by("action_id", actions))
    records["action_update"] = _rows("action_update", *_by("action_id", actions))
    records["challenge"] = _rows("challenge", "1")
    challenges = {r["id"] for r in records["challenge"]}
    for table in ("challenge_step", "challenge_link", "challenge_action"):
        records[table] = _rows(table, *_by("challenge_id", challenges))
    records["indicator"] = _rows("indicator", '"deleted_at" IS NULL')
    indicators = {r["id"] for r in records["indicator"]}
    records["indicator_link"] = _rows("indicator_link", *_by("indicator_id", indicators))
    records["indicator_value"] = _rows("indicator_value", *_by("indicator_id", indicators))
    records["area"] = _rows("area", *_in(_referenced(records, "area")))

    # Agenda items and meetings that the actions and challenges name, as far as they are needed.
    other_items = _referenced(records, "agenda_item") - items
    if other_items:
        records["agenda_item"] += _rows("agenda_item", *_in(other_items))
    wanted = {meeting} | _referenced(records, "meeting")
    held: dict[str, Row] = {}
    while wanted - set(held):
        for row in _rows("meeting", *_in(wanted - set(held))):
            held[row["id"]] = row
            if row["minutes_approved_at_id"]:
                wanted.add(row["minutes_approved_at_id"])
    records["meeting"] = sorted(held.values(), key=lambda r: (r["date"], r["id"]))

    members = {row["id"] for row in _rows("person", "\"kind\" = 'member'")}
    people = members | _referenced(records, "person")
    records["person"] = _rows("person", *_in(people))

    strategies = _Strategies()
    current = s.Strategy.get_or_none(s.Strategy.is_current == True)  # noqa: E712
    if current is not None:
        strategies.index(current.id.hex)
    for table in ("agenda_item_link", "action_link", "challenge_link", "indicator_link"):
        records[table] = strategies.replace_parts(records[table])

    teams = _referenced(records, "team")
    bodies = {r["body_id"] for r in records["meeting"]}
    body_rows = {
        r[0]: r
        for r in m.Body._meta.database.execute_sql('SELECT "id", "name", "kind", "parent_id" FROM "body"')
    }
    while any(body_rows[b][3] and body_rows[b][3] not in bodies for b in bodies):
        bodies |= {body_rows[b][3] for b in bodies if body_rows[b][3]}
    return {
        "format": FORMAT,
        "kind": MEETING,
        "written_at": _now(),
        "written_by": who(),
        "meeting_id": meeting,
        "strategies": [content_to_json(desk.strategy.content(UUID(hex=sid))) for sid in strategies.versions],
        "bodies": [
            {
                "id": b,
                "name": body_rows[b][1],
                "kind": body_rows[b][2],
                "parent": body_rows[body_rows[b][3]][1] if body_rows[b][3] else None,
            }
            for b in sorted(bodies)
        ],
        "teams": [
            {"id": t, "name": name}
            for t, name in m.Team._meta.database.execute_sql(
                f'SELECT "id", "name" FROM "team" WHERE {_in(teams)[0]}', _in(teams)[1]
            ).fetchall()
        ],
        "records": {t.name: records.get(t.name, []) for t in TABLE.values()},
    }


@for_others
def gather_return(meeting_id: UUID, person_id: UUID) -> dict[str, Any]:
    """The payload of a return bundle: a member's own attendance and declarations for one meeting."""
    from cpdesk.domain.audit import who

    meeting, person = meeting_id.hex, person_id.hex
    if not m.Meeting.select().where(m.Meeting.id == meeting_id).exists():
        raise NotFoundError("that meeting is not in this database")
    items = {
        r[0]
        for r in m.AgendaItem._meta.database.execute_sql(
            'SELECT "id" FROM "agenda_item" WHERE "meeting_id" = ?', (meeting,)
        )
    }
    where, params = _by("agenda_item_id", items)
    records = {
        "attendance": _rows("attendance", '"meeting_id" = ? AND "person_id" = ?', [meeting, person]),
        "declaration": _rows("declaration", f'{where} AND "person_id" = ?', [*params, person]),
    }
    return {
        "format": FORMAT,
        "kind": RETURN,
        "written_at": _now(),
        "written_by": who(),
        "meeting_id": meeting,
        "member_id": person,
        "strategies": [],
        "bodies": [],
        "teams": [],
        "records": {name: records[name] for name in RETURN_TABLES},
    }


def _now() -> str:
    return utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def payload_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _write(path: Path, payload: dict[str, Any], passphrase: str) -> None:
    from cpdesk.store.encrypted_file import write_encrypted

    write_encrypted(path, BUNDLE_KIND, envelope(payload_bytes(payload)), passphrase)


def write_meeting_bundle(desk: Desk, meeting_id: UUID, path: Path, passphrase: str) -> str:
    """Write a meeting bundle at path; what it holds, in words."""
    check_bundle_passphrase(passphrase)
    payload = gather_meeting(desk, meeting_id)
    _write(path, payload, passphrase)
    records = payload["records"]
    return (
        f"wrote the meeting with {plural(len(records['agenda_item']), TABLE['agenda_item'].noun)}, "
        f"{plural(len(records['paper']), TABLE['paper'].noun)}, "
        f"{plural(len(records['action']), TABLE['action'].noun)} and "
        f"{plural(len(records['indicator']), TABLE['indicator'].noun)} to {path}"
    )


def write_return_bundle(desk: Desk, meeting_id: UUID, person_id: UUID, path: Path, passphrase: str) -> str:
    """Write a member's answers for a meeting at path; what it holds, in words."""
    check_bundle_passphrase(passphrase)
    payload = gather_return(meeting_id, person_id)
    _write(path, payload, passphrase)
    records = payload["records"]
    said = "with your attendance" if records["attendance"] else "with no attendance recorded"
    return (
        f"wrote your answers {said} and {plural(len(records['declaration']), TABLE['declaration'].noun)} "
        f"to {path}"
    )
