"""Meeting bundles: a meeting to a member and their answers back, merged by id and by who changed last."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import jsonschema
import pytest

from cpdesk.domain.bundle_export import gather_meeting, gather_return
from cpdesk.domain.bundles import TABLE, TABLES
from cpdesk.domain.desk import Desk
from cpdesk.domain.jsonfile import load_schema
from cpdesk.errors import InputError
from cpdesk.store import meetings as m
from cpdesk.store.base import utc_now
from cpdesk.store.sealed import PrivateReadError
from tests.bundle_helpers import MEMBER, PASSPHRASE, decrypted, make_clerk_template, open_copy, write_payload
from tests.conftest import database_dump


@pytest.fixture(scope="module")
def clerk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clerk_template(tmp_path_factory.mktemp("bundles"))


@pytest.fixture
def clerk(clerk_template: Path, tmp_path: Path) -> Iterator[Desk]:
    desk = open_copy(clerk_template, tmp_path / "clerk.db")
    yield desk
    desk.close()


@pytest.fixture
def member(_strategy_template: Path, tmp_path: Path) -> Iterator[Desk]:
    """A member's database: the bundled strategy and nothing of the committee's yet."""
    desk = open_copy(_strategy_template, tmp_path / "member.db")
    yield desk
    desk.close()


def share(clerk: Desk, member: Desk, path: Path, meeting: str = "next") -> str:
    found = clerk.meetings.find(meeting)
    clerk.bundles.export(found.id, path, PASSPHRASE)
    return member.bundles.import_file(path, PASSPHRASE).describe()


def person(desk: Desk, name: str) -> m.Person:
    with desk.bound():
        return m.Person.get(m.Person.name == name)


def test_a_meeting_goes_to_a_member_and_their_answers_come_back(
    clerk: Desk, member: Desk, tmp_path: Path
) -> None:
    said = share(clerk, member, tmp_path / "meeting.cpdesk")
    meeting = clerk.meetings.find("next")
    assert said.startswith(f"a new meeting (Corporate Parenting Sub-Committee, {meeting.day.day} ")
    assert "actions added" in said and "agenda items added" in said

    # The member reads the same meeting, agenda, papers and action log as the clerk.
    assert [i.title for i in member.agenda.items(meeting.id)] == [
        i.title for i in clerk.agenda.items(meeting.id)
    ]
    with clerk.bound():
        paper = m.Paper.select().join(m.AgendaItem).where(m.AgendaItem.meeting == meeting.id).first()
    if paper is not None:
        assert member.agenda.paper_data(paper.id) == clerk.agenda.paper_data(paper.id)
    assert {a.reference for a in member.actions.log()} == {a.reference for a in clerk.actions.log()}

    # The member sends apologies and declares an interest; the clerk takes them in.
    me = person(member, MEMBER)
    member.notes.set_current_user(MEMBER, "member")
    member.meetings.set_attendance(meeting.id, me.id, "apologies")
    item = member.agenda.items(meeting.id)[-1]
    member.agenda.declare(item.id, me.id, "other_registrable", "Governor of a school named in the report")
    answers = tmp_path / "answers.cpdesk"
    assert "your attendance" in member.bundles.export_return(meeting.id, answers, PASSPHRASE)
    had = any(a.name == MEMBER for a in clerk.meetings.attendance(meeting.id))
    report = clerk.bundles.import_file(answers, PASSPHRASE)
    changed = "updated" if had else "added"
    assert report.describe() == (
        f"answers from {MEMBER}: apologies, 1 declaration of interest; "
        f"1 attendance record {changed} and 1 declaration added"
    )
    assert {(a.name, a.status) for a in clerk.meetings.attendance(meeting.id)} >= {(MEMBER, "apologies")}
    assert [(d.person, d.interest) for d in clerk.agenda.declarations(meeting.id)] == [
        (MEMBER, "Governor of a school named in the report")
    ]
    assert clerk.audit.recent(1)[0].what.startswith("Took in the answers answers.cpdesk")

    # The clerk's next bundle brings the answers back to the member unchanged, and then nothing changes.
    again = tmp_path / "again.cpdesk"
    clerk.bundles.export(meeting.id, again, PASSPHRASE)
    before = database_dump(member)
    assert member.bundles.import_file(again, PASSPHRASE).describe().startswith("nothing changed")
    assert database_dump(member) == before

    # The member changes their mind: the apologies are withdrawn, and the newer answer wins at the clerk.
    member.meetings.set_attendance(meeting.id, me.id, "present")
    member.bundles.export_return(meeting.id, answers, PASSPHRASE)
    assert clerk.bundles.import_file(answers, PASSPHRASE).describe() == (
        f"answers from {MEMBER}: present, 1 declaration of interest; 1 attendance record updated"
    )
    assert {(a.name, a.status) for a in clerk.meetings.attendance(meeting.id)} >= {(MEMBER, "present")}


def test_the_same_bundle_twice_changes_nothing_the_second_time(
    clerk: Desk, member: Desk, tmp_path: Path
) -> None:
    share(clerk, member, tmp_path / "b.cpdesk")
    before = database_dump(member)
    backups = len(member.backups.list())
    report = member.bundles.import_file(tmp_path / "b.cpdesk", PASSPHRASE)
    assert not report.changed
    assert report.describe() == "nothing changed: everything in the bundle is here already"
    assert database_dump(member) == before
    assert len(member.backups.list()) == backups  # nothing to take in, so nothing to back up


def test_a_newer_copy_here_is_kept_and_said_and_a_newer_one_there_replaces_an_older(
    clerk: Desk, member: Desk, tmp_path: Path
) -> None:
    share(clerk, member, tmp_path / "first.cpdesk")
    open_actions = [a for a in clerk.actions.log() if a.status in ("open", "in_progress")]
    mine, theirs = open_actions[0], open_actions[1]
    # The member notes progress on one action; later the clerk records progress on another.
    member.actions.add_update(mine.id, "Chased by the member", status="in_progress")
    clerk.actions.add_update(theirs.id, "Report received", status="completed")
    said = share(clerk, member, tmp_path / "second.cpdesk")
    assert "1 action updated" in said
    assert "1 kept because yours is newer" in said
    assert member.actions.row(theirs.id).status == "completed"
    assert member.actions.row(mine.id).status == "in_progress"
    assert "Chased by the member" in [u.text for u in member.actions.detail(mine.id).updates]


def test_an_older_bundle_never_overwrites_newer_work(clerk: Desk, member: Desk, tmp_path: Path) -> None:
    meeting = clerk.meetings.find("next")
    clerk.bundles.export(meeting.id, tmp_path / "old.cpdesk", PASSPHRASE)
    action = next(a for a in clerk.actions.log() if a.status == "open")
    clerk.actions.add_update(action.id, "Closed at the clerk's desk", status="completed")
    clerk.bundles.export(meeting.id, tmp_path / "new.cpdesk", PASSPHRASE)
    member.bundles.import_file(tmp_path / "new.cpdesk", PASSPHRASE)
    report = member.bundles.import_file(tmp_path / "old.cpdesk", PASSPHRASE)
    assert not report.changed
    assert sum(report.kept_newer.values()) >= 1
    assert member.actions.row(action.id).status == "completed"


def approved_meeting(clerk: Desk) -> m.Meeting:
    with clerk.bound():
        return (
            m.Meeting.select()
            .where(m.Meeting.status == "minutes_approved")
            .order_by(m.Meeting.date.desc())
            .first()
        )


def test_an_approved_meeting_comes_in_whole_and_locked(clerk: Desk, member: Desk, tmp_path: Path) -> None:
    # The next meeting's bundle names the approved one (its actions), without its full record ...
    share(clerk, member, tmp_path / "next.cpdesk")
    done = approved_meeting(clerk)
    with member.bound():
        assert m.Meeting.get_by_id(done.id).status != "minutes_approved"
    # ... which its own bundle brings in whole, approved last.
    said = share(clerk, member, tmp_path / "done.cpdesk", done.date)
    assert "minutes added" in said
    with member.bound():
        assert m.Meeting.get_by_id(done.id).status == "minutes_approved"
    assert [i.title for i in member.agenda.items(done.id)] == [i.title for i in clerk.agenda.items(done.id)]
    assert (
        member.bundles.import_file(tmp_path / "done.cpdesk", PASSPHRASE)
        .describe()
        .startswith("nothing changed")
    )


def later(stamp: str, seconds: int = 60) -> str:
    from datetime import datetime

    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ") + timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_a_locked_record_is_kept_not_failed_on_and_what_may_change_there_does(
    clerk: Desk, member: Desk, tmp_path: Path
) -> None:
    done = approved_meeting(clerk)
    share(clerk, member, tmp_path / "done.cpdesk", done.date)
    with clerk.bound():
        payload = gather_meeting(clerk, done.id)
    # An action still open, raised under an item of the approved meeting: the item is retitled (refused,
    # it is the record) and the action closed (taken: an action goes on being followed after approval).
    action = next(
        r
        for r in payload["records"]["action"]
        if r["meeting_id"] == done.id.hex
        and r["agenda_item_id"] is not None
        and r["status"] != "completed"
        and r["closed_on"] is None
    )
    item = next(r for r in payload["records"]["agenda_item"] if r["id"] == action["agenda_item_id"])
    item["title"], item["updated_at"] = "Retitled after approval", later(item["updated_at"])
    action["status"], action["closed_on"], action["updated_at"] = (
        "completed",
        "2026-02-20",
        later(utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    )
    action["description"] = "Rewritten after approval"
    said = member.bundles.import_file(
        write_payload(tmp_path / "doctored.cpdesk", payload), PASSPHRASE
    ).describe()
    assert "1 left as it was because the minutes are approved and locked" in said, said
    assert "1 action updated" in said
    titles = [i.title for i in member.agenda.items(done.id)]
    assert "Retitled after approval" not in titles
    row = member.actions.row(UUID(hex=action["id"]))
    assert row.status == "completed"  # an action raised there goes on being followed
    assert row.description != "Rewritten after approval"  # what was raised is part of the record


def test_a_strategy_version_the_member_lacks_comes_with_the_links_that_name_it(
    clerk: Desk, member: Desk, tmp_path: Path
) -> None:
    import dataclasses

    from cpdesk.store import strategy as s

    content = clerk.strategy.content()
    refreshed = dataclasses.replace(
        content, header=dataclasses.replace(content.header, version_label="Refresh")
    )
    version = clerk.strategy.add_version(refreshed, imported_from="refresh.json")
    with clerk.bound():
        priority = s.Priority.get((s.Priority.strategy == version.id) & (s.Priority.number == 3))
        promise = s.Promise.get((s.Promise.strategy == version.id) & (s.Promise.number == 2))
    action = clerk.actions.log()[0]
    clerk.actions.set_links(action.id, [("priority", priority.id), ("promise", promise.id)])
    member_current = member.strategy.current()
    said = share(clerk, member, tmp_path / "b.cpdesk")
    assert "the strategy version 'Refresh' added" in said
    assert member.strategy.current() == member_current  # the member's choice of current version stays
    with member.bound():
        held = s.Strategy.get(s.Strategy.version_label == "Refresh")
        links = list(m.ActionLink.select().where(m.ActionLink.action == action.id))
        named = {(ln.priority.strategy_id, ln.priority.number) for ln in links if ln.priority_id} | {
            (ln.promise.strategy_id, ln.promise.number) for ln in links if ln.promise_id
        }
    assert named == {(held.id, 3), (held.id, 2)}
    # The clerk changes what the action concerns: the member's links follow, the old one goes.
    clerk.actions.set_links(action.id, [("priority", priority.id)])
    said = share(clerk, member, tmp_path / "again.cpdesk")
    assert "1 action's link to the strategy removed" in said
    with member.bound():
        (left,) = m.ActionLink.select().where(m.ActionLink.action == action.id)
        assert (left.priority.strategy_id, left.priority.number) == (held.id, 3)


def test_private_notes_never_reach_a_bundle(clerk: Desk, member: Desk, tmp_path: Path) -> None:
    phrase = "Quietly wonder whether Ossington Fostering is coping"
    meeting = clerk.meetings.find("next")
    clerk.notes.set_current_user("Clerk Example", "clerk")
    clerk.notes.add("meeting", meeting.id, phrase)
    clerk.notes.add("action", clerk.actions.log()[0].id, phrase, is_question=True)
    clerk.notes.add("agenda_item", clerk.agenda.items(meeting.id)[0].id, phrase)
    clerk.bundles.export(meeting.id, tmp_path / "b.cpdesk", PASSPHRASE)
    member.bundles.import_file(tmp_path / "b.cpdesk", PASSPHRASE)
    member.notes.set_current_user(MEMBER, "member")
    member.notes.add("meeting", meeting.id, phrase)
    member.bundles.export_return(meeting.id, tmp_path / "r.cpdesk", PASSPHRASE)
    for bundle in ("b.cpdesk", "r.cpdesk"):
        plain = decrypted(tmp_path / bundle)
        for word in ("Ossington", "Quietly"):
            assert word.encode() not in plain
            assert word.encode("utf-16-le") not in plain
        assert b"annotation" not in plain and b"desk_user" not in plain


def test_the_bundle_code_has_no_way_to_notes(
    clerk: Desk, member: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cpdesk.domain.bundle_export as export

    for module in ("bundles", "bundle_export", "bundle_import"):
        source = (Path(export.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
        assert "Annotation" not in source and "store.reading" not in source and "domain.notes" not in source
    # And were a read of the notes to creep in, the database itself would refuse it while a bundle is made.
    real = export._rows

    def rows_and_a_peek(table: str, where: str, params: Any = ()) -> Any:
        clerk.db.execute_sql('SELECT "text" FROM "annotation"')
        return real(table, where, params)

    monkeypatch.setattr(export, "_rows", rows_and_a_peek)
    meeting = clerk.meetings.find("next")
    with pytest.raises(PrivateReadError):
        clerk.bundles.export(meeting.id, tmp_path / "b.cpdesk", PASSPHRASE)
    assert not (tmp_path / "b.cpdesk").exists()


def test_the_payload_is_what_the_published_schema_says(clerk: Desk, member: Desk, tmp_path: Path) -> None:
    schema = load_schema("bundle.schema.json")
    validator = jsonschema.Draft202012Validator(schema)
    meeting = clerk.meetings.find("next")
    with clerk.bound():
        payload = json.loads(json.dumps(gather_meeting(clerk, meeting.id)))
    validator.validate(payload)
    assert payload["records"]["meeting"] and payload["records"]["paper_content"]
    share(clerk, member, tmp_path / "b.cpdesk")
    with member.bound():
        answer = gather_return(meeting.id, person(member, MEMBER).id)
    validator.validate(json.loads(json.dumps(answer)))
    # The schema names every column a bundle carries, no more and no fewer.
    records = schema["properties"]["records"]["properties"]
    assert list(records) == [t.name for t in TABLES]
    for table in TABLES:
        assert records[table.name]["items"]["required"] == table.columns
    # A payload the schema refuses is refused on import too, naming the field.
    payload["records"]["action"][0]["status"] = 7
    with pytest.raises(InputError, match=r"records\.action\[0\]\.status"):
        member.bundles.import_file(write_payload(tmp_path / "bad.cpdesk", payload), PASSPHRASE)


def doctored_return(clerk: Desk, member: Desk, tmp_path: Path) -> tuple[dict[str, Any], Any]:
    share(clerk, member, tmp_path / "b.cpdesk")
    meeting = clerk.meetings.find("next")
    me = person(member, MEMBER)
    member.meetings.set_attendance(meeting.id, me.id, "apologies")
    with member.bound():
        return gather_return(meeting.id, me.id), meeting


@pytest.mark.parametrize(
    "doctoring", ["an action", "someone else's attendance", "another meeting's declaration"]
)
def test_a_return_bundle_carrying_more_than_the_members_answers_is_refused(
    clerk: Desk, member: Desk, tmp_path: Path, doctoring: str
) -> None:
    answer, meeting = doctored_return(clerk, member, tmp_path)
    if doctoring == "an action":
        with clerk.bound():
            action = gather_meeting(clerk, meeting.id)["records"]["action"][0]
        action["description"], action["updated_at"] = "Struck out", later(action["updated_at"])
        answer["records"]["action"] = [action]
    elif doctoring == "someone else's attendance":
        answer["records"]["attendance"][0]["person_id"] = person(member, "Cllr Dana Lewis (example)").id.hex
    else:
        other = approved_meeting(clerk)
        item = clerk.agenda.items(other.id)[0]
        answer["records"]["declaration"] = [
            {
                **{k: None for k in TABLE["declaration"].columns},
                "id": "0" * 31 + "1",
                "created_at": answer["written_at"],
                "updated_at": answer["written_at"],
                "agenda_item_id": item.id.hex,
                "person_id": answer["member_id"],
                "kind": "non_registrable",
                "interest": "Something",
            }
        ]
    before = database_dump(clerk)
    with pytest.raises(InputError) as refused:
        clerk.bundles.import_file(write_payload(tmp_path / "doctored.cpdesk", answer), PASSPHRASE)
    assert "\n" not in refused.value.describe()
    assert database_dump(clerk) == before


def test_answers_need_to_know_which_member_is_sending_them(clerk: Desk, member: Desk, tmp_path: Path) -> None:
    share(clerk, member, tmp_path / "b.cpdesk")
    member.notes.set_current_user("Someone Else", "member")
    with pytest.raises(InputError, match="is not a member"):
        member.bundles.export_return(clerk.meetings.find("next").id, tmp_path / "r.cpdesk", PASSPHRASE)
    assert not (tmp_path / "r.cpdesk").exists()
    member.bundles.export_return(clerk.meetings.find("next").id, tmp_path / "r.cpdesk", PASSPHRASE, MEMBER)
    assert (tmp_path / "r.cpdesk").exists()


def test_a_short_passphrase_is_refused_before_anything_is_written(clerk: Desk, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least 8 characters"):
        clerk.bundles.export(clerk.meetings.find("next").id, tmp_path / "b.cpdesk", "short")
    assert not (tmp_path / "b.cpdesk").exists()


@pytest.mark.parametrize("said", ["Chris Patel", "councillor chris patel", "Cllr. Chris  Patel"])
def test_a_member_who_says_their_name_without_the_lists_title_sends_their_own_answers(
    clerk: Desk, member: Desk, tmp_path: Path, said: str
) -> None:
    share(clerk, member, tmp_path / "b.cpdesk")
    member.notes.set_current_user(said, "member")
    assert member.bundles.me().name == MEMBER  # the list has "Cllr Chris Patel (example)"


def test_name_key_leaves_out_titles_and_a_note_in_brackets() -> None:
    from cpdesk.domain.people import name_key

    assert name_key("Cllr Chris Patel (example)") == name_key("chris patel") == "chris patel"
    assert name_key("County Councillor Anna Bailey-Jones") == "anna bailey jones"
    assert name_key("Chris Patelson") != name_key("Chris Patel")


def test_the_committee_systems_linked_documents_go_to_members_and_follow_changes(
    clerk: Desk, member: Desk, tmp_path: Path
) -> None:
    meeting = clerk.meetings.find("next")
    item = clerk.agenda.items(meeting.id)[-1]
    with clerk.bound():
        document = m.LinkedDocument.create(
            agenda_item=item.id,
            position=1,
            title="Fostering annual report (appendix)",
            url="https://democracy.example.gov.uk/documents/s1234/Appendix.pdf",
            restricted=True,
        )
    assert "1 linked document added" in share(clerk, member, tmp_path / "b.cpdesk")
    assert [(d.title, d.url, d.restricted) for d in member.agenda.linked_documents(item.id)] == [
        (
            "Fostering annual report (appendix)",
            "https://democracy.example.gov.uk/documents/s1234/Appendix.pdf",
            True,
        )
    ]
    with clerk.bound():
        document.title = "Fostering annual report (appendix, revised)"
        document.updated_at = utc_now()
        document.save()
    assert "1 linked document updated" in share(clerk, member, tmp_path / "again.cpdesk")
    assert [d.title for d in member.agenda.linked_documents(item.id)] == [
        "Fostering annual report (appendix, revised)"
    ]
