"""Young people's challenges: raised, taken to committee, answered, acted on, told, and only then closed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import peewee as pw
import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.voice_sheet import hard_to_read
from cpdesk.errors import InputError, LockedError, NotFoundError
from cpdesk.store import voice as v
from tests.conftest import database_dump
from tests.helpers import Clock


@dataclass
class Cycle:
    """Two young people's meetings, each a week before a Sub-Committee meeting with its agenda built."""

    desk: Desk
    yp_march: UUID
    yp_may: UUID
    committee_march: UUID
    committee_may: UUID
    feedback_march: UUID  # the young people's feedback item of the March Sub-Committee
    feedback_may: UUID
    officer: UUID


@pytest.fixture
def cycle(desk: Desk, clock: Clock) -> Cycle:
    clock.today = date(2026, 3, 1)
    yp = desk.people.body("young_people").id
    sub = desk.people.body("sub_committee").id
    yp_march = desk.meetings.create_meeting(yp, date(2026, 3, 3)).id
    yp_may = desk.meetings.create_meeting(yp, date(2026, 5, 5)).id
    committee_march = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    committee_may = desk.meetings.create_meeting(sub, date(2026, 5, 12)).id
    feedback = []
    for meeting in (committee_march, committee_may):
        items = desk.agenda.build_from_template(meeting)
        feedback.append(next(i.id for i in items if i.standing_kind == "young_people"))
    officer = desk.people.add_officer("Alex Officer", "Participation lead").id
    return Cycle(desk, yp_march, yp_may, committee_march, committee_may, feedback[0], feedback[1], officer)


def _raise(c: Cycle, words: str = "We want more say in how pocket money is decided.") -> UUID:
    return c.desk.challenges.raise_challenge(
        c.yp_march, words, raised_by_kind="group", raised_by="Children in Care Council", theme="Money"
    ).id


def test_the_whole_loop_from_raised_to_closed(cycle: Cycle, clock: Clock) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    raised = desk.challenges.challenge(cid)
    assert (raised.status_label, raised.raised_on, raised.raised_by_label) == (
        "Raised",
        date(2026, 3, 3),
        "Children in Care Council",
    )
    assert raised.reference == "YP26-001"
    assert desk.challenges.committee_item_for(cid) == cycle.feedback_march
    taken = desk.challenges.take_to(cid, cycle.feedback_march)
    assert taken.status_label == "Taken to committee"
    assert taken.taken_on == date(2026, 3, 10)
    assert taken.taken_item.endswith("Feedback from the Young People's Corporate Parenting Meeting")
    assert desk.challenges.challenges(agenda_item_id=cycle.feedback_march) == [taken]
    answered = desk.challenges.record_response(cid, "We will ask young people before setting the rates.")
    assert (answered.status_label, answered.response_on) == ("Response agreed", date(2026, 3, 10))
    action = desk.actions.raise_action(cycle.committee_march, "Consult the council on pocket money").id
    desk.challenges.link_action(cid, action)
    clock.today = date(2026, 4, 20)
    did = desk.challenges.add_step(cid, "Young people helped set the new rates.", on_date=date(2026, 4, 14))
    assert [(s.on_date, s.text) for s in did.steps] == [
        (date(2026, 4, 14), "Young people helped set the new rates.")
    ]
    assert [a.description for a in did.actions] == ["Consult the council on pocket money"]
    with pytest.raises(InputError, match="have not been told yet"):
        desk.challenges.close(cid, "done")
    desk.challenges.record_told(cid, date(2026, 4, 18), "Letter to the Children in Care Council")
    closed = desk.challenges.close(cid, "done")
    assert (closed.status_label, closed.closed_on, closed.days_to_told) == ("Done", date(2026, 4, 20), 46)
    assert closed.age_days == (date(2026, 4, 20) - date(2026, 3, 3)).days


def test_the_database_refuses_a_closed_challenge_nobody_was_told_of(cycle: Cycle) -> None:
    cid = _raise(cycle)
    with cycle.desk.bound(), pytest.raises(pw.IntegrityError):
        v.Challenge.update(status="done", closed_on="2026-04-01").where(v.Challenge.id == cid).execute()
    with cycle.desk.bound(), pytest.raises(pw.IntegrityError):
        v.Challenge.update(status="not_possible", closed_on="2026-04-01", told_on="2026-04-01").where(
            v.Challenge.id == cid
        ).execute()
    assert cycle.desk.challenges.challenge(cid).status == "raised"


def test_not_possible_needs_the_reason_in_plain_words(cycle: Cycle, clock: Clock) -> None:
    desk, cid = cycle.desk, _raise(cycle, "We want wifi in every children's home by next month.")
    clock.today = date(2026, 3, 20)
    desk.challenges.record_told(cid, date(2026, 3, 20), "Letter to the Children in Care Council")
    with pytest.raises(InputError, match="Promise 3"):
        desk.challenges.close(cid, "not_possible", reason="  ")
    closed = desk.challenges.close(cid, "not_possible", reason="The homes' leases do not allow it this year.")
    assert (closed.status_label, closed.reason) == (
        "Not possible",
        "The homes' leases do not allow it this year.",
    )
    with pytest.raises(InputError, match="reopen it first"):
        desk.challenges.record_told(cid, None)
    reopened = desk.challenges.reopen(cid)
    assert (reopened.status, reopened.reason, reopened.closed_on) == ("raised", "", None)


def test_done_needs_something_done(cycle: Cycle, clock: Clock) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    clock.today = date(2026, 3, 20)
    desk.challenges.record_told(cid, date(2026, 3, 20), "At their meeting")
    with pytest.raises(InputError, match="We did"):
        desk.challenges.close(cid, "done")


def test_telling_is_dated_between_raising_and_today_and_says_how(cycle: Cycle, clock: Clock) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    clock.today = date(2026, 3, 20)
    with pytest.raises(InputError, match="say how"):
        desk.challenges.record_told(cid, date(2026, 3, 20), " ")
    with pytest.raises(InputError, match="before they raised"):
        desk.challenges.record_told(cid, date(2026, 3, 2), "Letter")
    with pytest.raises(InputError, match="still to come"):
        desk.challenges.record_told(cid, date(2026, 3, 21), "Letter")
    told = desk.challenges.record_told(cid, date(2026, 3, 3), "Letter")
    assert (told.told_on, told.told_how, told.days_to_told) == (date(2026, 3, 3), "Letter", 0)


def test_where_a_challenge_can_be_raised_and_taken(cycle: Cycle) -> None:
    desk = cycle.desk
    with pytest.raises(InputError, match="young people's meeting"):
        desk.challenges.raise_challenge(cycle.committee_march, "Words")
    with pytest.raises(InputError, match="own words"):
        desk.challenges.raise_challenge(cycle.yp_march, "   ")
    cid = _raise(cycle)
    yp_item = desk.agenda.add_item(cycle.yp_may, "Anything else").id
    with pytest.raises(InputError, match="Sub-Committee meeting"):
        desk.challenges.take_to(cid, yp_item)
    later = desk.challenges.raise_challenge(cycle.yp_may, "Later words", theme="Health").id
    with pytest.raises(InputError, match="before the young people's meeting"):
        desk.challenges.take_to(later, cycle.feedback_march)
    with pytest.raises(InputError, match="take the challenge to a Sub-Committee meeting first"):
        desk.challenges.record_response(later, "We will")
    desk.meetings.cancel(cycle.committee_may)
    with pytest.raises(InputError, match="cancelled"):
        desk.challenges.take_to(later, cycle.feedback_may)
    assert desk.challenges.committee_item_for(later) is None
    with pytest.raises(NotFoundError):
        desk.challenges.take_to(cid, UUID(int=1))


def test_a_response_stays_with_the_meeting_that_agreed_it(cycle: Cycle) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    desk.challenges.take_to(cid, cycle.feedback_march)
    with pytest.raises(InputError, match="before the meeting"):
        desk.challenges.record_response(cid, "We will", on_date=date(2026, 3, 9))
    desk.challenges.record_response(cid, "We will look at it.")
    with pytest.raises(InputError, match="responded"):
        desk.challenges.take_to(cid, cycle.feedback_may)
    with pytest.raises(InputError, match="responded"):
        desk.challenges.take_to(cid, None)
    cleared = desk.challenges.record_response(cid, "")
    assert (cleared.status, cleared.response_on) == ("taken", None)
    untaken = desk.challenges.take_to(cid, None)
    assert (untaken.status, untaken.taken_item) == ("raised", "")


@pytest.mark.parametrize(
    ("kind", "who", "problem"),
    [
        ("young_person", "Sam Jones", "first name or initials"),
        ("young_person", "", "first name or initials"),
        ("group", " ", "name the group"),
        ("someone", "Sam", "group, a young person, or anonymously"),
    ],
)
def test_who_raised_it_is_named_as_little_as_possible(
    cycle: Cycle, kind: str, who: str, problem: str
) -> None:
    before = database_dump(cycle.desk)
    with pytest.raises(InputError, match=problem):
        cycle.desk.challenges.raise_challenge(cycle.yp_march, "Words", raised_by_kind=kind, raised_by=who)
    assert database_dump(cycle.desk) == before


def test_a_young_person_by_first_name_or_initials_and_anonymous_keeps_no_name(cycle: Cycle) -> None:
    desk = cycle.desk
    sam = desk.challenges.raise_challenge(
        cycle.yp_march, "Words", raised_by_kind="young_person", raised_by="Sam"
    )
    jr = desk.challenges.raise_challenge(
        cycle.yp_march, "Words", raised_by_kind="young_person", raised_by="J.R."
    )
    anon = desk.challenges.raise_challenge(
        cycle.yp_march, "Words", raised_by_kind="anonymous", raised_by="Sam"
    )
    assert [c.raised_by_label for c in (sam, jr, anon)] == ["Sam", "J.R.", "Anonymous"]
    assert anon.raised_by == ""
    with pytest.raises(InputError, match="first name or initials"):
        desk.challenges.edit(sam.id, raised_by="Sam Jones")
    assert desk.challenges.challenge(sam.id).raised_by == "Sam"


def test_the_officer_responsible_is_an_officer(cycle: Cycle) -> None:
    member = cycle.desk.people.add_member("Cllr Example").id
    with pytest.raises(InputError, match="officers"):
        cycle.desk.challenges.raise_challenge(cycle.yp_march, "Words", officer_id=member)
    cid = cycle.desk.challenges.raise_challenge(cycle.yp_march, "Words", officer_id=cycle.officer).id
    assert cycle.desk.challenges.challenge(cid).officer == "Alex Officer"


def test_the_ledger_filters(cycle: Cycle) -> None:
    desk = cycle.desk
    targets = desk.agenda.link_targets()
    p1 = next(t for t in targets if t.kind == "priority")
    c1 = p1.children[0]
    promise = next(t for t in targets if t.kind == "promise")
    pledge = next(t for t in targets if t.kind == "pledge_area")
    a = desk.challenges.raise_challenge(
        cycle.yp_march, "About school", theme="Education", links=[("commitment", c1.target_id)]
    ).id
    b = desk.challenges.raise_challenge(
        cycle.yp_march, "About a Promise", theme="Money", links=[("promise", promise.target_id)]
    ).id
    c = desk.challenges.raise_challenge(
        cycle.yp_may, "About housing", theme="Housing", links=[("pledge_area", pledge.target_id)]
    ).id
    desk.challenges.take_to(b, cycle.feedback_may)

    def ids(**kw: object) -> list[UUID]:
        return [ch.id for ch in desk.challenges.challenges(**kw)]  # type: ignore[arg-type]

    assert ids() == [a, b, c]
    assert ids(meeting_id=cycle.yp_march) == [a, b]
    assert ids(meeting_id=cycle.committee_may) == [b]
    assert ids(status="taken") == [b]
    assert ids(theme="Housing") == [c]
    assert ids(link=("priority", p1.target_id)) == [a]  # through its commitment
    assert ids(link=("promise", promise.target_id)) == [b]
    assert ids(link=("pledge_area", pledge.target_id)) == [c]
    assert desk.challenges.themes() == ["Education", "Housing", "Money"]
    assert [lk.label for lk in desk.challenges.challenge(c).links] == [pledge.label]


def test_a_response_is_overdue_once_the_next_committee_has_passed(cycle: Cycle, clock: Clock) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    clock.today = date(2026, 3, 10)
    assert desk.challenges.challenge(cid).overdue == ""  # the committee meets today
    clock.today = date(2026, 3, 11)
    assert desk.challenges.challenge(cid).overdue == (
        "Overdue: no response by the Sub-Committee of 10 March 2026"
    )
    assert desk.challenges.challenge(cid).overdue_since == date(2026, 3, 10)
    desk.challenges.take_to(cid, cycle.feedback_march)
    desk.challenges.record_response(cid, "We will look at it.")
    assert desk.challenges.challenge(cid).overdue == ""


def test_a_cancelled_committee_does_not_make_a_response_overdue(cycle: Cycle, clock: Clock) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    desk.meetings.cancel(cycle.committee_march)
    clock.today = date(2026, 3, 11)
    assert desk.challenges.challenge(cid).overdue == ""
    clock.today = date(2026, 5, 13)
    assert "12 May 2026" in desk.challenges.challenge(cid).overdue


def test_binning_and_restoring(cycle: Cycle) -> None:
    desk, cid = cycle.desk, _raise(cycle)
    desk.challenges.bin(cid)
    assert desk.challenges.challenges() == []
    assert [c.id for c in desk.challenges.challenges(binned=True)] == [cid]
    desk.challenges.restore(cid)
    assert [c.id for c in desk.challenges.challenges()] == [cid]


def test_a_binned_meeting_takes_its_challenges_off_the_ledger(cycle: Cycle) -> None:
    desk = cycle.desk
    _raise(cycle)
    desk.meetings.bin(cycle.yp_march)
    assert desk.challenges.challenges() == []


def _approve_march(c: Cycle, clock: Clock) -> None:
    clock.today = date(2026, 5, 12)
    c.desk.meetings.set_status(c.committee_march, "held")
    c.desk.minutes.approve(c.committee_march, c.committee_may)


def test_the_record_of_an_approved_meeting_keeps_its_challenges(cycle: Cycle, clock: Clock) -> None:
    desk = cycle.desk
    answered = _raise(cycle)
    desk.challenges.take_to(answered, cycle.feedback_march)
    desk.challenges.record_response(answered, "We will look at it.")
    waiting = desk.challenges.raise_challenge(cycle.yp_march, "Not yet taken").id
    _approve_march(cycle, clock)
    before = database_dump(desk)
    for write in (
        lambda: desk.challenges.record_response(answered, "We will do something else."),
        lambda: desk.challenges.take_to(answered, cycle.feedback_may),
        lambda: desk.challenges.take_to(waiting, cycle.feedback_march),
    ):
        with pytest.raises((LockedError, InputError)):
            write()
    with desk.bound(), pytest.raises(LockedError):
        # the database itself refuses, whatever the write path
        desk.db.execute_sql("UPDATE challenge SET response = 'changed' WHERE id = ?", (answered.hex,))
    assert database_dump(desk) == before
    # what happened afterwards goes on being recorded
    after = desk.challenges.add_step(answered, "Rates were set with young people.", on_date=date(2026, 5, 12))
    assert after.steps
    desk.challenges.record_told(answered, date(2026, 5, 12), "At their meeting")
    assert desk.challenges.close(answered, "done").status == "done"


def test_nothing_is_raised_at_an_approved_young_peoples_meeting(cycle: Cycle, clock: Clock) -> None:
    desk = cycle.desk
    yp = desk.people.body("young_people").id
    later = desk.meetings.create_meeting(yp, date(2026, 4, 7)).id
    desk.agenda.build_from_template(later)
    clock.today = date(2026, 4, 7)
    desk.meetings.set_status(cycle.yp_march, "held")
    desk.minutes.approve(cycle.yp_march, later)
    with pytest.raises(LockedError):
        desk.challenges.raise_challenge(cycle.yp_march, "Words")


def test_the_sheet_says_only_what_young_people_should_read(cycle: Cycle, clock: Clock) -> None:
    desk = cycle.desk
    done = _raise(cycle)
    desk.challenges.edit(done, officer_id=cycle.officer)
    desk.challenges.take_to(done, cycle.feedback_march)
    desk.challenges.record_response(done, "We will ask you before setting the rates.")
    clock.today = date(2026, 4, 20)
    desk.challenges.add_step(done, "You helped set the new rates.")
    desk.challenges.record_told(done, date(2026, 4, 20), "At your meeting")
    desk.challenges.close(done, "done")
    not_yet = desk.challenges.raise_challenge(cycle.yp_may, "Not answered yet").id
    sheet = desk.challenges.sheet("Cambridgeshire County Council")
    assert [(b.you_said, b.outcome, b.we_did, b.done_on) for b in sheet.blocks] == [
        (
            "We want more say in how pocket money is decided.",
            "done",
            "You helped set the new rates.",
            date(2026, 4, 20),
        )
    ]
    assert not_yet not in [b for b in sheet.blocks]
    assert desk.challenges.sheet("Council", since=date(2026, 4, 1)).blocks == ()


def test_a_failed_write_changes_nothing(cycle: Cycle) -> None:
    cid = _raise(cycle)
    before = database_dump(cycle.desk)
    with pytest.raises(InputError):
        cycle.desk.challenges.raise_challenge(cycle.yp_march, "Words", links=[("annual_report", cid)])
    assert database_dump(cycle.desk) == before


def test_the_close_rule_is_in_the_schema_itself(cycle: Cycle) -> None:
    _raise(cycle)
    with sqlite3.connect(cycle.desk.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE challenge SET status = 'done', closed_on = '2026-04-01'")
    conn.close()


def test_the_reading_check_is_of_what_the_committee_wrote_not_young_peoples_words(
    cycle: Cycle,
) -> None:
    desk = cycle.desk
    hard = (
        "The organisational infrastructure considerations necessitate comprehensive evaluation of "
        "telecommunications procurement methodologies."
    )
    theirs = desk.challenges.raise_challenge(cycle.yp_march, hard).id
    desk.challenges.take_to(theirs, cycle.feedback_march)
    desk.challenges.record_response(theirs, "We will ask you first.")
    assert hard_to_read(desk.challenges.sheet("Council")) == []
    desk.challenges.record_response(theirs, hard)
    named = hard_to_read(desk.challenges.sheet("Council"))
    assert [h.sentence for h in named] == [hard] and named[0].age > 11
