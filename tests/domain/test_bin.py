"""The bin: everything removable goes there and comes back; what is older than the period goes for good."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.bin import binned_on
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, LockedError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store.audit import AuditEntry
from cpdesk.store.base import utc_now
from tests.helpers import Clock, make_pdf


@dataclass
class Things:
    """One record of every kind a user can remove, none of it in a meeting whose minutes are approved."""

    desk: Desk
    ids: dict[str, UUID]
    item: UUID


@pytest.fixture
def things(desk: Desk, tmp_path: Path) -> Things:
    desk.notes.set_current_user("Sam Clerk", "clerk")
    sub = desk.people.body("sub_committee").id
    yp = desk.people.body("young_people").id
    meeting = desk.meetings.create_meeting(sub, date(2025, 6, 10)).id
    spare = desk.meetings.create_meeting(sub, date(2025, 9, 9)).id
    young = desk.meetings.create_meeting(yp, date(2025, 6, 3)).id
    item = desk.agenda.add_item(meeting, "Sufficiency", "decision").id
    other_item = desk.agenda.add_item(meeting, "Placements").id
    desk.agenda.save_report(item, OfficerReport(title="Sufficiency report", executive_summary="Two homes."))
    paper = desk.agenda.attach_paper(item, make_pdf(tmp_path / "paper.pdf", 1), "Appendix A").id
    member = desk.people.add_member("Cllr Example").id
    declaration = desk.agenda.declare(item, member, "non_registrable", "Friend of a foster carer").id
    decision = desk.minutes.add_decision(item, "To agree the plan.")
    action = desk.actions.raise_action(meeting, "Report on sufficiency", item_id=item).id
    challenge = desk.challenges.raise_challenge(young, "We want a say in pocket money.", theme="Money").id
    indicator = desk.indicators.create("Placement moves", "count").id
    person = desk.people.add_officer("Alex Officer", "Participation lead").id
    note = desk.notes.add("agenda_item", item, "Ask about the cost of the two homes").id
    ids = {
        "meeting": spare,
        "agenda_item": other_item,
        "report": desk.agenda.report_id(item),
        "paper": paper,
        "declaration": declaration,
        "decision": decision,
        "action": action,
        "challenge": challenge,
        "indicator": indicator,
        "person": person,
        "note": note,
    }
    assert all(ids.values())
    return Things(desk, ids, item)  # type: ignore[arg-type]


def _bin(t: Things, kind: str) -> None:
    d, rid = t.desk, t.ids[kind]
    binners: dict[str, Callable[[], object]] = {
        "meeting": lambda: d.meetings.bin(rid),
        "agenda_item": lambda: d.agenda.bin_item(rid),
        "report": lambda: d.agenda.remove_report(t.item),
        "paper": lambda: d.agenda.bin_paper(rid),
        "declaration": lambda: d.agenda.withdraw_declaration(rid),
        "decision": lambda: d.minutes.remove_decision(rid),
        "action": lambda: d.actions.bin(rid),
        "challenge": lambda: d.challenges.bin(rid),
        "indicator": lambda: d.indicators.bin(rid),
        "person": lambda: d.people.bin_person(rid),
        "note": lambda: d.notes.bin(rid),
    }
    binners[kind]()


def _shown(t: Things, kind: str) -> bool:
    """Whether the record is back where the user sees it."""
    d, rid = t.desk, t.ids[kind]
    meeting = d.meetings.meeting(t.desk.agenda.item(t.item).meeting_id).id
    shown: dict[str, Callable[[], bool]] = {
        "meeting": lambda: rid in {x.id for x in d.meetings.meetings()},
        "agenda_item": lambda: rid in {x.id for x in d.agenda.items(meeting)},
        "report": lambda: d.agenda.report(t.item) is not None,
        "paper": lambda: rid in {p.id for p in d.agenda.papers(t.item)},
        "declaration": lambda: rid in {x.id for x in d.agenda.declarations(meeting)},
        "decision": lambda: rid in {x.id for i in d.minutes.minutes(meeting) for x in i.decisions},
        "action": lambda: rid in {a.id for a in d.actions.log()},
        "challenge": lambda: rid in {c.id for c in d.challenges.challenges()},
        "indicator": lambda: rid in {i.id for i in d.indicators.indicators()},
        "person": lambda: rid in {p.id for p in d.people.people()},
        "note": lambda: rid in {n.id for n in d.notes.on("agenda_item", t.item)},
    }
    return shown[kind]()


KINDS = (
    "meeting",
    "agenda_item",
    "report",
    "paper",
    "declaration",
    "decision",
    "action",
    "challenge",
    "indicator",
    "person",
    "note",
)


@pytest.mark.parametrize("kind", KINDS)
def test_everything_removable_goes_to_the_bin_and_comes_back(things: Things, kind: str) -> None:
    desk, rid = things.desk, things.ids[kind]
    assert _shown(things, kind)
    _bin(things, kind)
    assert not _shown(things, kind)
    [entry] = [e for e in desk.bin.entries() if e.record_id == rid]
    assert (entry.kind, entry.days_left, entry.kept, entry.can_restore) == (kind, 90, "", True)
    assert entry.title
    desk.bin.restore(kind, rid)
    assert _shown(things, kind)
    assert rid not in {e.record_id for e in desk.bin.entries()}
    assert [(e.who, e.what) for e in desk.audit.history(kind, rid)] == [
        ("Sam Clerk", "Restored from the bin"),
        ("Sam Clerk", "Moved to the bin"),
    ]


def test_the_bin_says_what_each_thing_is_and_where_it_was(things: Things) -> None:
    for kind in KINDS:
        _bin(things, kind)
    entries = {e.kind: e for e in things.desk.bin.entries()}
    assert set(entries) == set(KINDS)
    assert entries["meeting"].title == "Corporate Parenting Sub-Committee, 9 September 2025"
    assert entries["agenda_item"].title == "Placements"
    assert entries["agenda_item"].where == "Corporate Parenting Sub-Committee, 10 June 2025"
    assert entries["action"].title.endswith("Report on sufficiency")
    assert entries["person"].title == "Alex Officer"
    assert entries["decision"].kind_label == "Decision"
    # a note in the bin is named by what it is on, never by what it says
    assert entries["note"].title == "Note on an agenda item"
    assert "cost" not in entries["note"].title


def test_a_note_in_the_bin_is_its_writers_alone(things: Things) -> None:
    desk, note = things.desk, things.ids["note"]
    desk.notes.bin(note)
    desk.notes.set_current_user("Cllr Other", "member")
    assert note not in {e.record_id for e in desk.bin.entries()}
    with pytest.raises(NotFoundError, match="not in the bin"):
        desk.bin.restore("note", note)


def _binned_days_ago(desk: Desk, kind_model: type[m.Action], record_id: UUID, moment: datetime) -> None:
    with desk.bound():
        kind_model.update(deleted_at=moment).where(kind_model.id == record_id).execute()


def test_exactly_the_period_stays_and_a_day_more_goes(things: Things) -> None:
    desk, action = things.desk, things.ids["action"]
    desk.actions.bin(action)
    day = binned_on(desk.bin.entry("action", action).binned_at)
    kept = desk.bin.empty_old(day + timedelta(days=90))
    assert kept.emptied == () and desk.bin.entry("action", action, day + timedelta(days=90)).days_left == 0
    result = desk.bin.empty_old(day + timedelta(days=91))
    assert [(e.kind, e.record_id) for e in result.emptied] == [("action", action)]
    with desk.bound():
        assert not m.Action.select().where(m.Action.id == action).exists()
    assert [(e.who, e.what) for e in desk.audit.history("action", action)] == [
        ("cpdesk", "Emptied from the bin after 90 days"),
        ("Sam Clerk", "Moved to the bin"),
    ]
    with pytest.raises(NotFoundError):
        desk.bin.restore("action", action)


def test_the_period_is_the_users_choice_kept_in_the_database(things: Things) -> None:
    desk, action = things.desk, things.ids["action"]
    assert desk.bin.retention_days() == 90
    assert desk.bin.set_retention_days(30) == 30
    desk.actions.bin(action)
    day = binned_on(desk.bin.entry("action", action).binned_at)
    assert desk.bin.entry("action", action, day + timedelta(days=10)).days_left == 20
    assert desk.bin.empty_old(day + timedelta(days=30)).emptied == ()
    assert len(desk.bin.empty_old(day + timedelta(days=31)).emptied) == 1
    assert desk.audit.recent(3)[-1].what == "The bin keeps things for 30 days (it kept them for 90)"
    desk.close()
    with Desk.open(desk.path) as again:
        assert again.bin.retention_days() == 30


@pytest.mark.parametrize("days", [7, 3650])
def test_the_period_may_be_from_a_week_to_ten_years(things: Things, days: int) -> None:
    assert things.desk.bin.set_retention_days(days) == days
    assert things.desk.bin.retention_days() == days


@pytest.mark.parametrize("days", [6, 3651, 0, -90, "90", 90.0, True, None])
def test_any_other_period_is_refused_and_changes_nothing(things: Things, days: object) -> None:
    things.desk.bin.set_retention_days(120)
    with pytest.raises(InputError, match="between 7 and 3,650 days"):
        things.desk.bin.set_retention_days(days)  # type: ignore[arg-type]
    assert things.desk.bin.retention_days() == 120


def test_nothing_is_emptied_before_its_time_whatever_else_is_in_the_bin(things: Things) -> None:
    desk = things.desk
    for kind in KINDS:
        _bin(things, kind)
    young = utc_now()
    old = young - timedelta(days=200)
    _binned_days_ago(desk, m.Action, things.ids["action"], old)
    result = desk.bin.empty_old(young.astimezone().date())
    assert [e.kind for e in result.emptied] == ["action"]
    assert len(desk.bin.entries()) == len(KINDS) - 1


def test_everything_old_goes_children_before_what_they_belong_to(things: Things) -> None:
    desk = things.desk
    for kind in KINDS:
        _bin(things, kind)
    later = binned_on(utc_now()) + timedelta(days=91)
    result = desk.bin.empty_old(later)
    assert result.kept == ()
    assert {e.kind for e in result.emptied} == set(KINDS)
    assert desk.bin.entries(later) == []
    emptied = [e for e in desk.audit.recent(100) if e.what.startswith("Emptied")]
    assert {e.kind for e in emptied} == set(KINDS) and {e.who for e in emptied} == {"cpdesk"}


def test_a_meeting_whose_actions_are_kept_stays_in_the_bin_until_they_go(
    things: Things, clock: Clock
) -> None:
    desk = things.desk
    meeting = desk.agenda.item(things.item).meeting_id
    desk.meetings.bin(meeting)
    later = binned_on(utc_now()) + timedelta(days=91)
    result = desk.bin.empty_old(later)
    assert [(e.record_id, why) for e, why in result.kept] == [
        (meeting, "actions, challenges or published packs of this meeting are still kept")
    ]
    assert meeting in {e.record_id for e in desk.bin.entries(later)}
    desk.actions.bin(things.ids["action"])
    assert [e.kind for e in desk.bin.empty_old(later + timedelta(days=91)).emptied] == ["action", "meeting"]


def test_a_person_named_in_a_meetings_attendance_stays_in_the_bin(things: Things) -> None:
    desk, person = things.desk, things.ids["person"]
    desk.meetings.set_attendance(desk.agenda.item(things.item).meeting_id, person, "present")
    desk.people.bin_person(person)
    result = desk.bin.empty_old(binned_on(utc_now()) + timedelta(days=91))
    assert [(e.kind, why) for e, why in result.kept] == [
        ("person", "they are named in a meeting's attendance or declarations of interest")
    ]
    desk.bin.restore("person", person)
    assert person in {p.id for p in desk.people.people()}


def test_what_belongs_to_approved_minutes_is_never_emptied_nor_restored(things: Things, clock: Clock) -> None:
    desk = things.desk
    meeting = desk.agenda.item(things.item).meeting_id
    for kind in ("agenda_item", "paper", "declaration", "decision", "action"):
        _bin(things, kind)
    sub = desk.people.body("sub_committee").id
    second = desk.meetings.create_meeting(sub, date(2025, 8, 5)).id
    desk.agenda.build_from_template(second)
    clock.today = date(2025, 8, 5)
    desk.meetings.set_status(meeting, "held")
    desk.minutes.approve(meeting, second)
    locked = {e.record_id: e for e in desk.bin.entries() if e.kept}
    assert set(locked) == {
        things.ids[k] for k in ("agenda_item", "paper", "declaration", "decision", "action")
    }
    assert all(e.days_left is None and not e.can_restore for e in locked.values())
    assert "10 June 2025, whose minutes are approved" in next(iter(locked.values())).kept
    result = desk.bin.empty_old(date(2040, 1, 1))
    assert result.emptied == ()
    assert {e.record_id for e, _ in result.kept} == set(locked)
    with desk.bound():
        assert m.Action.select().where(m.Action.id == things.ids["action"]).exists()
        assert m.Paper.select().where(m.Paper.id == things.ids["paper"]).exists()
    with pytest.raises(LockedError, match="cannot be restored or emptied"):
        desk.bin.restore("action", things.ids["action"])


def test_a_paper_whose_item_is_in_the_bin_waits_for_the_item(things: Things) -> None:
    desk = things.desk
    desk.agenda.bin_paper(things.ids["paper"])
    desk.agenda.bin_item(things.item)
    with pytest.raises(
        InputError, match="its agenda item 'Sufficiency' is in the bin too: restore that first"
    ):
        desk.bin.restore("paper", things.ids["paper"])
    desk.bin.restore("agenda_item", things.item)
    desk.bin.restore("paper", things.ids["paper"])
    assert _shown(things, "paper")


def test_a_change_rolled_back_leaves_no_line_in_the_log(
    things: Things, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, action = things.desk, things.ids["action"]
    with desk.bound():
        before = AuditEntry.select().count()
    with desk.bound(), desk.db.atomic() as transaction:
        desk.actions.bin(action)
        transaction.rollback()
    assert _shown(things, "action")
    with desk.bound():
        assert AuditEntry.select().count() == before

    def no_log(*_args: object) -> str:
        raise RuntimeError("the log cannot be written")

    monkeypatch.setattr("cpdesk.domain.audit.who", no_log)
    with pytest.raises(RuntimeError):
        desk.actions.bin(action)
    assert _shown(things, "action"), "a change whose line cannot be written is not made"


def test_a_read_only_database_is_not_emptied(things: Things) -> None:
    desk, action = things.desk, things.ids["action"]
    desk.actions.bin(action)
    desk.close()
    with Desk.open(desk.path, read_only=True) as reader:
        assert reader.bin.empty_old(date(2040, 1, 1)).emptied == ()
        assert [e.record_id for e in reader.bin.entries()] == [action]
