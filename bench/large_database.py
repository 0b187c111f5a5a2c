"""Make a large cpdesk database for measuring: 20 years, 120 meetings, 10,000 actions with updates, papers.

Run: python bench/large_database.py PATH [--actions N] [--years Y]. The file must not exist. Everything in it
is invented and marked as an example. Rows are written in bulk through the store, in one transaction.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from cpdesk.domain.actions import DONE, STATUSES
from cpdesk.domain.agenda import CLOSING_ITEMS, OPENING_ITEMS
from cpdesk.domain.dates import municipal_year_start
from cpdesk.domain.desk import Desk
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store.base import utc_now

YEARS = 20
MEETINGS_PER_YEAR = 6


def build(path: Path, actions: int, today: date, years: int = YEARS) -> dict[str, int]:
    rng = random.Random(42)
    desk = Desk.open(path, today=lambda: today)
    now = utc_now()

    def row(**fields: object) -> dict[str, object]:
        return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, **fields}

    with desk.db.atomic():
        body = desk.people.body("sub_committee").id
        teams = [t.id for t in desk.people.teams()]
        officers = [
            row(
                name=f"Officer {n} (example)",
                kind="officer",
                post="Service manager",
                team=teams[n % len(teams)],
                is_example=True,
            )
            for n in range(40)
        ]
        m.Person.insert_many(officers).execute()
        current = s.Strategy.get(s.Strategy.is_current == True)  # noqa: E712
        priorities = [p.id for p in s.Priority.select().where(s.Priority.strategy == current)]

        first = today - timedelta(days=365 * years)
        meetings, items, papers = [], [], []
        for n in range(years * MEETINGS_PER_YEAR):
            day = first + timedelta(weeks=8 * n + 1)
            status = (
                "minutes_approved"
                if day < today - timedelta(weeks=8)
                else ("held" if day < today else "scheduled")
            )
            meeting = row(
                body=body,
                date=day.isoformat(),
                time="10:00",
                venue="Example Room",
                status=status,
                is_example=True,
            )
            meetings.append(meeting)
            titles = (
                [t for _, t in OPENING_ITEMS]
                + [f"Report {k} (example)" for k in range(1, 4)]
                + [t for _, t in CLOSING_ITEMS]
            )
            for position, title in enumerate(titles):
                item = row(
                    meeting=meeting["id"],
                    position=position,
                    title=title,
                    item_type="standing" if position < 4 or position > 6 else "information",
                )
                items.append(item)
                if 4 <= position <= 6:
                    data = f"paper {n}-{position}".encode()
                    papers.append(
                        row(
                            agenda_item=item["id"],
                            position=0,
                            title=f"{title} paper",
                            file_name=f"paper-{n}-{position}.pdf",
                            page_count=rng.randint(2, 60),
                            size_bytes=rng.randint(50_000, 4_000_000),
                            sha256=hashlib.sha256(data).hexdigest(),
                        )
                    )
        # The database locks an approved meeting's record: its parts go in while it is "held", and the
        # approval comes last (below).
        as_held = [{**mt, "status": "held"} if mt["status"] == "minutes_approved" else mt for mt in meetings]
        for model, rows in ((m.Meeting, as_held), (m.AgendaItem, items), (m.Paper, papers)):
            for start in range(0, len(rows), 500):
                model.insert_many(rows[start : start + 500]).execute()

        held = [mt for mt in meetings if mt["status"] != "scheduled"]
        counters: dict[str, int] = {}
        action_rows, updates, links = [], [], []
        for n in range(actions):
            meeting = held[n * len(held) // actions]
            raised = date.fromisoformat(str(meeting["date"]))
            prefix = f"A{municipal_year_start(raised) % 100:02d}-"
            counters[prefix] = counters.get(prefix, 0) + 1
            status = (
                rng.choice(list(STATUSES))
                if raised < today - timedelta(days=400)
                else rng.choice(["open", "in_progress", "open", "completed"])
            )
            due = raised + timedelta(days=rng.randint(14, 180))
            last = min(today, raised + timedelta(days=rng.randint(0, 200)))
            action = row(
                kind="action" if n % 10 else "question",
                reference=f"{prefix}{counters[prefix]:04d}",
                meeting=meeting["id"],
                description=f"Example action {n}: report back on item {n % 7}",
                owner=officers[n % len(officers)]["id"],
                owner_team=teams[n % len(teams)],
                due_date=due.isoformat(),
                status=status,
                answer="",
                closed_on=last.isoformat() if status in DONE else None,
                last_update_on=last.isoformat(),
                is_example=True,
            )
            action_rows.append(action)
            for k in range(rng.randint(1, 3)):
                updates.append(
                    row(
                        action=action["id"],
                        on_date=min(last, raised + timedelta(days=20 * k)).isoformat(),
                        text=f"Update {k + 1}",
                        status=status,
                        author="Clerk",
                    )
                )
            links.append(row(action=action["id"], priority=priorities[n % len(priorities)]))
        for model, rows in ((m.Action, action_rows), (m.ActionUpdate, updates), (m.ActionLink, links)):
            for start in range(0, len(rows), 500):
                model.insert_many(rows[start : start + 500]).execute()
        approved = [mt["id"] for mt in meetings if mt["status"] == "minutes_approved"]
        m.Meeting.update(status="minutes_approved").where(m.Meeting.id.in_(approved)).execute()
    desk.close()
    return {
        "meetings": len(meetings),
        "agenda items": len(items),
        "papers": len(papers),
        "actions": len(action_rows),
        "updates": len(updates),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=YEARS, help="of history, six meetings a year")
    args = parser.parse_args()
    if args.path.exists():
        sys.exit(f"{args.path} exists; give a new file")
    start = time.perf_counter()
    counts = build(args.path, args.actions, date.today(), args.years)
    print(
        f"made {args.path} in {time.perf_counter() - start:.1f} s: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
    )


if __name__ == "__main__":
    main()
