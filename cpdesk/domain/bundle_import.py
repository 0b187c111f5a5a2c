"""Taking in a meeting bundle or a member's return bundle: checked whole, then merged by id in one go.

A record new here is added; one here already is replaced only if the bundle's copy was changed later
(updated_at), so an older bundle never overwrites newer work and the same bundle twice changes nothing.
Records made afresh in each database (attendance, a paper's file, an indicator's value, areas and
indicators) are found again by what they are (meeting and person; indicator, area and period).

The lock: a meeting whose minutes are approved here keeps its record as it is (the database itself
refuses the change); what may still change there (an action's progress, a challenge's outcome) is
taken, the rest is reported as kept. A meeting that arrives approved, new or newer, comes in whole:
its record is written first and the approval last, as the clerk's copy is the authoritative one.
"""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

import peewee as pw

from cpdesk.domain.audit import record
from cpdesk.domain.backups import back_up_before_import
from cpdesk.domain.bundles import (
    MEETING,
    OWNER,
    RETURN,
    RETURN_TABLES,
    STRATEGY_REF,
    TABLE,
    TABLES,
    Table,
    plural,
    quoted_names,
    read_bundle_file,
)
from cpdesk.errors import InputError, LockedError
from cpdesk.store import strategy as s

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk
    from cpdesk.domain.strategy import StrategyContent

Row = dict[str, Any]
LOCKED = "cpdesk-locked"
_PARTS = ("priority_id", "commitment_id", "promise_id", "pledge_area_id", "success_measure_id")


@dataclass
class ImportReport:
    """What a bundle changed, counted by kind of record; said in words by describe()."""

    kind: str
    meeting: str
    new_meeting: bool = False
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    kept_newer: Counter[str] = field(default_factory=Counter)
    locked: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    strategies_added: list[str] = field(default_factory=list)
    bodies_added: int = 0
    teams_added: int = 0
    answers: str = ""  # a member's answers, in words: whose, and what they said

    @property
    def changed(self) -> bool:
        counted = sum(self.added.values()) + sum(self.updated.values()) + sum(self.removed.values())
        return bool(counted + self.bodies_added + self.teams_added) or bool(self.strategies_added)

    def describe(self) -> str:
        """What changed, in words: 'a new meeting, 12 actions updated, 3 papers added, 2 kept because
        yours are newer'."""
        said = self._changes()
        return f"{self.answers}; {said}" if self.answers else said

    def _changes(self) -> str:
        parts: list[str] = []
        if self.new_meeting:
            parts.append(f"a new meeting ({self.meeting})")
        for version in self.strategies_added:
            parts.append(f"the strategy version {version!r} added")
        for table in TABLES:
            added = self.added[table.name] - (1 if table.name == "meeting" and self.new_meeting else 0)
            if added:
                parts.append(f"{plural(added, table.noun)} added")
            if self.updated[table.name]:
                parts.append(f"{plural(self.updated[table.name], table.noun)} updated")
            if self.removed[table.name]:
                parts.append(f"{plural(self.removed[table.name], table.noun)} removed")
        if self.teams_added:
            parts.append(f"{plural(self.teams_added, ('team', 'teams'))} added")
        if self.bodies_added:
            parts.append(f"{plural(self.bodies_added, ('body', 'bodies'))} added")
        kept = sum(self.kept_newer.values())
        if kept:
            parts.append(f"{kept} kept because yours {'is' if kept == 1 else 'are'} newer")
        locked = sum(self.locked.values())
        if locked:
            parts.append(
                f"{locked} left as {'it was' if locked == 1 else 'they were'} because the minutes are "
                "approved and locked"
            )
        if not self.changed:
            said = "nothing changed: everything in the bundle is here already"
            return f"{said}; {', '.join(parts)}" if parts else said
        if len(parts) > 1:
            return f"{', '.join(parts[:-1])} and {parts[-1]}"
        return parts[0]


def check_payload(raw: bytes, where: str) -> tuple[dict[str, Any], list[StrategyContent]]:
    """The payload, checked against schema/bundle.schema.json and its strategies against theirs."""
    import jsonschema

    from cpdesk.domain.jsonfile import check_json_bytes, load_schema
    from cpdesk.domain.strategy import content_from_json

    data, _text = check_json_bytes(raw, where, "bundle.schema.json")
    validator = jsonschema.Draft202012Validator(load_schema("strategy.schema.json"))
    contents = []
    for index, strategy in enumerate(data["strategies"]):
        error = jsonschema.exceptions.best_match(validator.iter_errors(strategy))
        if error is not None:
            place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            raise InputError(f"strategies[{index}]{place}: {error.message[:200]}", where=where)
        contents.append(content_from_json(strategy))
    if data["kind"] == MEETING and not any(r["id"] == data["meeting_id"] for r in data["records"]["meeting"]):
        raise InputError("the bundle does not hold the meeting it is for", where=where)
    return data, contents


def _stored(table: Table) -> list[str]:
    """The table's columns as this database stores them (a link's strategy parts each in its own)."""
    return [f.column_name for f in table.model._meta.sorted_fields if f.column_name not in table.dropped]


def _fetch(table: Table, where: str, params: list[Any]) -> Row | None:
    columns = _stored(table)
    row = table.model._meta.database.execute_sql(
        f'SELECT {quoted_names(columns)} FROM "{table.name}" WHERE {where}', params
    ).fetchone()
    return dict(zip(columns, row, strict=True)) if row is not None else None


def _exists(table: str, record_id: str) -> bool:
    db = TABLE[table].model._meta.database if table in TABLE else s.Strategy._meta.database
    return db.execute_sql(f'SELECT 1 FROM "{table}" WHERE "id" = ?', (record_id,)).fetchone() is not None


class _Merge:
    """One bundle's merge: the plan (every record's fate, every reference checked), then the writes."""

    def __init__(self, desk: Desk, data: dict[str, Any], contents: list[StrategyContent], where: str) -> None:
        self.desk = desk
        self.data = data
        self.contents = contents
        self.where = where
        self.maps: dict[str, dict[str, str]] = {t: {} for t in (*TABLE, "body", "team")}
        self.new_bodies: list[dict[str, Any]] = []
        self.new_teams: list[dict[str, Any]] = []
        self.plan: list[tuple[Table, str, Row, Row | None]] = []  # (table, "insert"|"update", row, local)
        self.report = ImportReport(data["kind"], "")
        self.skipped: set[str] = set()
        self.approvals: list[tuple[str, str, str | None, str]] = []
        self.part_ids: dict[tuple[Any, ...], str] = {}
        self.missing: set[int] = set()  # the bundle's strategy versions not held here
        self.removals: list[tuple[Table, str]] = []  # links here that a newer set in the bundle leaves out

    # --- the plan: nothing is written ---

    def make_plan(self) -> None:
        self._shared_names()
        self._held_strategies()
        for table in TABLES:
            for index, row in enumerate(self.data["records"].get(table.name, [])):
                self._plan_row(table, index, row)
        self._check_references()
        self._stale_links()
        meeting = self.data["meeting_id"]
        local = self.maps["meeting"].get(meeting, meeting)
        rows = [r for r in self.data["records"].get("meeting", []) if r["id"] == meeting]
        found = rows[0] if rows else _fetch(TABLE["meeting"], '"id" = ?', [local])
        if found is None:
            raise InputError("the meeting these answers are for is not in this database", where=self.where)
        body = next((b["name"] for b in self.data["bodies"] if b["id"] == found["body_id"]), None)
        if body is None:
            body = s.Strategy._meta.database.execute_sql(
                'SELECT "name" FROM "body" WHERE "id" = ?', (found["body_id"],)
            ).fetchone()[0]
        from cpdesk.domain.dates import long_date

        self.report.meeting = f"{body}, {long_date(date.fromisoformat(found['date']))}"
        self.report.new_meeting = any(
            t.name == "meeting" and op == "insert" and row["id"] == meeting for t, op, row, _ in self.plan
        )

    def _shared_names(self) -> None:
        db = s.Strategy._meta.database
        for kind, listed, new in (("body", "bodies", self.new_bodies), ("team", "teams", self.new_teams)):
            for given in self.data[listed]:
                found = db.execute_sql(
                    f'SELECT "id" FROM "{kind}" WHERE "name" = ?', (given["name"],)
                ).fetchone()
                if found is not None:
                    self.maps[kind][given["id"]] = found[0]
                elif _exists(kind, given["id"]):
                    raise InputError(
                        f"the {kind} {given['name']!r} has the id of another {kind} here", where=self.where
                    )
                else:
                    new.append(given)
        known = {b["name"] for b in self.data["bodies"]}
        for given in self.new_bodies:
            if given["parent"] is not None and given["parent"] not in known:
                raise InputError(
                    f"the body {given['name']!r} names a parent not in the bundle", where=self.where
                )

    def _mapped(self, table: Table, row: Row) -> Row:
        out = dict(row)
        for column, target in table.refs.items():
            if out.get(column) is not None:
                out[column] = self.maps[target].get(out[column], out[column])
        return out

    def _plan_row(self, table: Table, index: int, given: Row) -> None:
        row = self._mapped(table, given)
        local = _fetch(table, '"id" = ?', [row["id"]])
        if local is None and table.natural and all(row.get(c) is not None for c in table.natural):
            local = _fetch(
                table, " AND ".join(f'"{c}" = ?' for c in table.natural), [row[c] for c in table.natural]
            )
            if local is not None:
                self.maps[table.name][given["id"]] = local["id"]
                row["id"] = local["id"]
        if local is None and table.links_strategy and row[STRATEGY_REF]["strategy"] not in self.missing:
            # A link each database makes for itself (an indicator's) is found by what it joins.
            parent = next(iter(table.refs))
            parts = {c: v for c, v in self._part(table, row).items() if v is not None}
            local = _fetch(
                table,
                " AND ".join(f'"{c}" = ?' for c in (parent, *parts)),
                [row[parent], *parts.values()],
            )
            if local is not None:
                self.maps[table.name][given["id"]] = local["id"]
                row["id"] = local["id"]
        approving = False
        if table.name == "meeting":
            row, approving = self._meeting_status(row, local)
        if local is None:
            self.plan.append((table, "insert", row, None))
        elif row["updated_at"] > local["updated_at"] or approving:
            self.plan.append((table, "update", row, local))
        elif row["updated_at"] < local["updated_at"] and self._differs(table, row, local):
            self.report.kept_newer[table.name] += 1

    def _meeting_status(self, row: Row, local: Row | None) -> tuple[Row, bool]:
        """A meeting's status as it may be written, and whether it is to be approved here though unchanged.

        Only the bundle's own meeting comes whole, so only it may arrive approved (or become so here: it
        came first as another meeting's reference). The other meetings a bundle names (where an action
        was raised) come without their full record, so they are never approved by it: the lock would
        shut out their record when their own bundle brings it.
        """
        approved = "minutes_approved"
        if row["id"] != self.data["meeting_id"]:
            if local is not None:
                return {
                    **row,
                    "status": local["status"],
                    "minutes_approved_at_id": local["minutes_approved_at_id"],
                }, False
            if row["status"] == approved:
                return {**row, "status": "held", "minutes_approved_at_id": None}, False
            return row, False
        approving = (
            local is not None
            and local["status"] != approved
            and row["status"] == approved
            and row["updated_at"] >= local["updated_at"]
        )
        return row, approving

    @staticmethod
    def _differs(table: Table, row: Row, local: Row) -> bool:
        for column in table.columns:
            if column in ("id", "created_at", "updated_at", STRATEGY_REF):
                continue
            mine = local[column]
            if isinstance(mine, bytes):
                mine = base64.b64encode(mine).decode("ascii")
            if row[column] != mine:
                return True
        return False

    def _stale_links(self) -> None:
        """A record's links to the strategy are chosen as a set (cpdesk replaces them whole): where the
        bundle's set for a record is newer than the one here, the links here it does not hold go."""
        for table in TABLES:
            if not table.links_strategy:
                continue
            parent, target = next(iter(table.refs.items()))
            incoming: dict[str, list[Row]] = {}
            for given in self.data["records"].get(table.name, []):
                incoming.setdefault(self.maps[target].get(given[parent], given[parent]), []).append(given)
            db = table.model._meta.database
            for owner, rows in incoming.items():
                held = db.execute_sql(
                    f'SELECT "id", "updated_at" FROM "{table.name}" WHERE "{parent}" = ?', (owner,)
                ).fetchall()
                if not held or max(r["updated_at"] for r in rows) <= max(u for _, u in held):
                    continue
                kept = {self.maps[table.name].get(r["id"], r["id"]) for r in rows}
                self.removals += [(table, link) for link, _ in held if link not in kept]

    def _check_references(self) -> None:
        coming = {t.name: {r["id"] for t2, _, r, _ in self.plan if t2 is t} for t in TABLES}
        coming["body"] = {b["id"] for b in self.new_bodies}
        coming["team"] = {t["id"] for t in self.new_teams}
        for table, _op, row, _local in self.plan:
            for column, target in table.refs.items():
                value = row.get(column)
                if value is None or value in coming[target] or _exists(target, value):
                    continue
                raise InputError(
                    f"records.{table.name}: the {table.noun[0]} {row['id']} names a "
                    f"{target.replace('_', ' ')} ({column}) that is neither in the bundle nor here",
                    where=self.where,
                )

    # --- the writes, in the transaction the caller holds ---

    def write(self, source: str) -> None:
        self._strategies(source)
        db = s.Strategy._meta.database
        for body in self.new_bodies:
            parent = next((b for b in self.data["bodies"] if b["name"] == body["parent"]), None)
            parent_id = self.maps["body"].get(parent["id"], parent["id"]) if parent else None
            db.execute_sql(
                'INSERT INTO "body" ("id", "created_at", "updated_at", "name", "kind", "parent_id") '
                "VALUES (?, ?, ?, ?, ?, NULL)",
                (body["id"], self.data["written_at"], self.data["written_at"], body["name"], body["kind"]),
            )
            self.report.bodies_added += 1
            if parent_id is not None:
                db.execute_sql('UPDATE "body" SET "parent_id" = ? WHERE "id" = ?', (parent_id, body["id"]))
        for team in self.new_teams:
            db.execute_sql(
                'INSERT INTO "team" ("id", "created_at", "updated_at", "name", "is_example", "deleted_at") '
                "VALUES (?, ?, ?, ?, 0, NULL)",
                (team["id"], self.data["written_at"], self.data["written_at"], team["name"]),
            )
            self.report.teams_added += 1
        for table, link in self.removals:
            try:
                with db.atomic():
                    db.execute_sql(f'DELETE FROM "{table.name}" WHERE "id" = ?', (link,))
                self.report.removed[table.name] += 1
            except LockedError:
                self.report.locked[table.name] += 1
        for table, op, row, local in self.plan:
            self._write_row(table, op, row, local)
        for meeting_id, status, approved_at, updated_at in self.approvals:
            if meeting_id in self.skipped:
                continue
            db.execute_sql(
                'UPDATE "meeting" SET "status" = ?, "minutes_approved_at_id" = ?, "updated_at" = ? '
                'WHERE "id" = ?',
                (status, approved_at, updated_at, meeting_id),
            )

    def _held_strategies(self) -> None:
        """Learn the parts of the strategy versions held here; the others are added when writing."""
        for index, content in enumerate(self.contents):
            found = _held_strategy(content)
            if found is None:
                self.missing.add(index)
            else:
                self._learn_parts(index, found.id.hex)

    def _strategies(self, source: str) -> None:
        for index in sorted(self.missing):
            content = self.contents[index]
            version = self.desk.strategy.add_version(content, imported_from=source, make_current=False)
            self.report.strategies_added.append(content.header.version_label or content.header.title)
            self._learn_parts(index, version.id.hex)

    def _learn_parts(self, index: int, strategy_id: str) -> None:
        db = s.Strategy._meta.database
        for part_id, number in db.execute_sql(
            'SELECT "id", "number" FROM "priority" WHERE "strategy_id" = ?', (strategy_id,)
        ):
            self.part_ids[(index, "priority", number)] = part_id
        for part_id, number in db.execute_sql(
            'SELECT "id", "number" FROM "promise" WHERE "strategy_id" = ?', (strategy_id,)
        ):
            self.part_ids[(index, "promise", number)] = part_id
        for part_id, position in db.execute_sql(
            'SELECT "id", "position" FROM "pledge_area" WHERE "strategy_id" = ?', (strategy_id,)
        ):
            self.part_ids[(index, "pledge_area", position)] = part_id
        for table in ("commitment", "success_measure"):
            for part_id, number, position in db.execute_sql(
                f'SELECT x."id", p."number", x."position" FROM "{table}" AS x JOIN "priority" AS p '
                'ON p."id" = x."priority_id" WHERE p."strategy_id" = ?',
                (strategy_id,),
            ):
                self.part_ids[(index, table, number, position)] = part_id

    def _part(self, table: Table, row: Row) -> dict[str, str | None]:
        concerns = row[STRATEGY_REF]
        index = concerns["strategy"]
        key: tuple[Any, ...]
        if "commitment" in concerns:
            column, key = "commitment_id", (index, "commitment", concerns["priority"], concerns["commitment"])
        elif "success_measure" in concerns:
            column = "success_measure_id"
            key = (index, "success_measure", concerns["priority"], concerns["success_measure"])
        elif "priority" in concerns:
            column, key = "priority_id", (index, "priority", concerns["priority"])
        elif "promise" in concerns:
            column, key = "promise_id", (index, "promise", concerns["promise"])
        else:
            column, key = "pledge_area_id", (index, "pledge_area", concerns["pledge_area"])
        part = self.part_ids.get(key) if index < len(self.contents) else None
        stored = set(_stored(table))
        if part is None or column not in stored:
            raise InputError(
                f"records.{table.name}: the link {row['id']} names a part of the strategy "
                f"({', '.join(f'{k} {v}' for k, v in concerns.items())}) that the strategy does not have",
                where=self.where,
            )
        return {c: (part if c == column else None) for c in _PARTS if c in stored}

    def _values(self, table: Table, row: Row) -> Row:
        values = {k: v for k, v in row.items() if k != STRATEGY_REF}
        if table.links_strategy:
            values.update(self._part(table, row))
        if table.name == "paper_content":
            values["data"] = base64.b64decode(values["data"], validate=True)
        local_status = values.pop("_local_status", None)
        if (
            table.name == "meeting"
            and local_status != "minutes_approved"
            and (row["status"] == "minutes_approved" or row["minutes_approved_at_id"])
        ):
            # Approved last, once its record is in: the lock would refuse the record after the approval.
            self.approvals.append(
                (row["id"], row["status"], row["minutes_approved_at_id"], row["updated_at"])
            )
            values["status"] = local_status or "held"
            values["minutes_approved_at_id"] = None
        for column in table.dropped:
            values[column] = None
        return values

    def _write_row(self, table: Table, op: str, row: Row, local: Row | None) -> None:
        owner = OWNER.get(table.name)
        parents = [row.get(c) for c in table.refs]
        # A new record under one left as it was cannot come in; one already here is updated as far as the
        # lock allows (an action raised under a locked item still has its status, owner and due date).
        if op == "insert" and (
            any(p in self.skipped for p in parents if p is not None)
            or (owner and row.get(owner[0]) in self.skipped)
        ):
            self.skipped.add(row["id"])
            self.report.locked[table.name] += 1
            return
        if table.name == "meeting" and local is not None:
            row = {**row, "_local_status": local["status"]}
        values = self._values(table, row)
        db = table.model._meta.database
        try:
            with db.atomic():
                if op == "insert":
                    names = list(values)
                    db.execute_sql(
                        f'INSERT INTO "{table.name}" ({quoted_names(names)}) '
                        f"VALUES ({', '.join('?' * len(names))})",
                        [values[c] for c in names],
                    )
                else:
                    self._update(table, values, [c for c in values if c not in ("id", "created_at")])
            (self.report.added if op == "insert" else self.report.updated)[table.name] += 1
            return
        except LockedError:
            pass  # the database's own lock (cpdesk/store/database.py says it so)
        except pw.IntegrityError as error:
            if LOCKED not in str(error):
                raise InputError(
                    f"records.{table.name}: the {table.noun[0]} {row['id']} cannot be taken in here "
                    f"({error})",
                    where=self.where,
                ) from error
        if op == "update" and table.follow:
            try:
                with db.atomic():
                    self._update(table, values, [*table.follow, "updated_at"])
                self.report.updated[table.name] += 1
                return
            except LockedError:
                pass
        self.skipped.add(row["id"])
        self.report.locked[table.name] += 1
        self.approvals = [a for a in self.approvals if a[0] != row["id"]]

    @staticmethod
    def _update(table: Table, values: Row, columns: list[str]) -> None:
        table.model._meta.database.execute_sql(
            f'UPDATE "{table.name}" SET {quoted_names(columns, " = ?")} WHERE "id" = ?',
            [*(values[c] for c in columns), values["id"]],
        )


def _check_return(data: dict[str, Any], where: str) -> None:
    """A member's answers may change their own attendance and declarations for that meeting, nothing else."""
    from cpdesk.store import meetings as m

    meeting, member = data["meeting_id"], data.get("member_id")
    if member is None:
        raise InputError("a return bundle names the member whose answers it holds", where=where)
    if not m.Person.select().where((m.Person.id == UUID(hex=member)) & (m.Person.kind == "member")).exists():
        raise InputError("the member these answers are from is not a member in this database", where=where)
    if any(data["strategies"]) or data["bodies"] or data["teams"]:
        raise InputError("a member's answers may not carry the strategy, bodies or teams", where=where)
    others = sorted(name for name, rows in data["records"].items() if rows and name not in RETURN_TABLES)
    if others:
        raise InputError(
            f"a member's answers may change only their attendance and declarations, and this one carries "
            f"{', '.join(others)}; nothing was changed",
            where=where,
        )
    items = {
        r[0]
        for r in m.AgendaItem._meta.database.execute_sql(
            'SELECT "id" FROM "agenda_item" WHERE "meeting_id" = ?', (meeting,)
        )
    }
    for row in data["records"].get("attendance", []):
        if row["meeting_id"] != meeting or row["person_id"] != member:
            raise InputError(
                "a member's answers may give only their own attendance at the meeting they are for; "
                f"attendance {row['id']} is someone else's or another meeting's; nothing was changed",
                where=where,
            )
    for row in data["records"].get("declaration", []):
        if row["person_id"] != member or row["agenda_item_id"] not in items:
            raise InputError(
                "a member's answers may give only their own declarations on the meeting's agenda; "
                f"declaration {row['id']} is someone else's or on another meeting; nothing was changed",
                where=where,
            )


def _answers_in_words(data: dict[str, Any]) -> str:
    """Whose answers these are and what they say: "answers from Cllr A: apologies, 1 declaration"."""
    from cpdesk.domain.meetings import ATTENDANCE
    from cpdesk.store import meetings as m

    person = m.Person.get_by_id(UUID(hex=data["member_id"]))
    said = [ATTENDANCE.get(r["status"], r["status"]).lower() for r in data["records"].get("attendance", [])]
    declarations = len(data["records"].get("declaration", []))
    said.append(
        plural(declarations, ("declaration of interest", "declarations of interest"))
        if declarations
        else "no declarations of interest"
    )
    return f"answers from {person.name}: {', '.join(said)}"


def import_bundle(desk: Desk, path: Path, passphrase: str | None) -> ImportReport:
    """Take a bundle in: every check first, then a backup, then one transaction; what changed."""
    where = str(path)
    raw = read_bundle_file(path, passphrase)
    data, contents = check_payload(raw, where)
    with desk.bound():
        if data["kind"] == RETURN:
            _check_return(data, where)
        merge = _Merge(desk, data, contents, where)
        if data["kind"] == RETURN:
            merge.report.answers = _answers_in_words(data)
        merge.make_plan()
        if not (merge.plan or merge.removals or merge.new_bodies or merge.new_teams or merge.missing):
            return merge.report
        back_up_before_import(desk.db)
        what = "answers" if data["kind"] == RETURN else "meeting bundle"
        with desk.db.atomic():
            merge.write(f"the {what} {path.name}")
            desk.agenda.ensure_paper_texts()  # papers' words, for search and for anchoring notes
            record(
                "bundle",
                UUID(hex=data["meeting_id"]),
                f"Took in the {what} {path.name} ({data['written_by']}): {merge.report.describe()}",
            )
    return merge.report


def _held_strategy(content: StrategyContent) -> s.Strategy | None:
    """The version held here that is the same as this one (same title, council, label and years)."""
    h = content.header
    return s.Strategy.get_or_none(
        (s.Strategy.title == h.title)
        & (s.Strategy.council == h.council)
        & (s.Strategy.version_label == h.version_label)
        & (s.Strategy.period_start == h.period_start)
        & (s.Strategy.period_end == h.period_end)
    )
