"""Importing from the committee system: added once and updated in place, locked meetings kept, and a
refusal (bad XML, an attack, a wrong date) changes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdesk.domain import moderngov_import as mgi
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import SHARED, database_dump, needs_shared
from tests.domain.test_import_properties import check_offer, mutated
from tests.domain.test_moderngov import BILLION_LAUGHS, OTHER_COUNCIL, XXE
from tests.helpers import Clock

REAL = SHARED / "data" / "moderngov"


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 3, 1))


def without_the_log(desk: Desk) -> list[str]:
    """The database as rows, less the audit log (every import, even one that changes nothing, is logged)."""
    return [line for line in database_dump(desk) if not line.startswith('INSERT INTO "audit" ')]


def meeting_xml(
    *,
    status: str = "Confirmed",
    day: str = "10/02/2026",
    time: str = "10.00 am",
    items: str = "",
    attendees: str = "",
    minutes_published: str = "False",
) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>700</meetingid>
  <meetingdate>{day}</meetingdate>
  <meetingstatus>{status}</meetingstatus>
  <meetingtime>{time}</meetingtime>
  <meetinglocation>Shire Hall</meetinglocation>
  <agendapublished>True</agendapublished>
  <minutepublished>{minutes_published}</minutepublished>
  <agendaitems>{items}</agendaitems>
  <attendees>{attendees}</attendees>
</meeting>""".encode()


def item_xml(item_id: int, title: str, text: str = "", minutes: str = "", documents: str = "") -> str:
    return (
        f"<agendaitem><agendaitemid>{item_id}</agendaitemid><agendaitemtitle>{title}</agendaitemtitle>"
        f"<agendatext>{text}</agendatext><minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>"
        f"<linkeddocuments>{documents}</linkeddocuments></agendaitem>"
    )


def document_xml(attachment_id: int, title: str, url: str = "", restricted: str = "False") -> str:
    url = url or f"https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID={attachment_id}"
    return (
        f"<linkeddoc><attachmentid>{attachment_id}</attachmentid><title>{title}</title>"
        f"<url>{url}</url><isrestricted>{restricted}</isrestricted></linkeddoc>"
    )


def offer(desk: Desk, tmp_path: Path, raw: bytes, name: str = "response.xml") -> mgi.ImportReport:
    path = tmp_path / name
    path.write_bytes(raw)
    return mgi.import_file(desk, path)


def items_of(desk: Desk, meeting_id: object) -> list[tuple[int, str, str]]:
    return [(i.number, i.title, i.description) for i in desk.agenda.items(meeting_id)]  # type: ignore[arg-type]


@needs_shared
def test_the_real_meetings_then_the_real_meeting_fill_in_one_record(desk: Desk) -> None:
    listed = mgi.import_file(desk, REAL / "meetings.xml")
    assert listed.describe() == (
        "Audit Committee: 2 meetings added (13 January 2026, cancelled; 10 February 2026) "
        "(meetings of the Corporate Parenting Sub-Committee in cpdesk)."
    )
    detailed = mgi.import_file(desk, REAL / "meeting_with_minutes.xml")
    january, february = desk.meetings.meetings()
    assert (january.day, january.time, january.status) == (date(2026, 1, 13), "10:00", "cancelled")
    assert (february.day, february.time, february.status) == (date(2026, 2, 10), "10:00", "held")
    assert january.body == february.body == "Corporate Parenting Sub-Committee"
    assert february.venue == "Council Antechamber, Level 2, Town Hall Extension"
    assert february.id == mgi.meeting_key("4967"), "the listed meeting and the detailed one are one record"
    assert items_of(desk, february.id) == [
        (1, "Minutes", "To approve as a correct record the minutes of the meeting held on 25 November 2025."),
        (2, "Work Programme", "The report of the Governance and Scrutiny Support Unit, attached."),
    ]
    minutes = desk.minutes.minutes(february.id)
    assert minutes[0].discussion == (
        "To approve the minutes of the meeting held on 25 November 2025 as a correct record."
    )
    assert minutes[1].discussion.startswith("The Committee considered a report")
    assert [p.name for p in desk.people.people("member")] == ["Councillor Basil Curley"]
    assert desk.meetings.attendance(february.id) == [], "'Expected' is not yet attendance"
    said = detailed.describe()
    assert said.startswith("1 meeting updated (10 February 2026: venue now Council Antechamber")
    assert "now held" in said and (
        "2 agenda items added; 2 linked documents added; minutes of 2 items; 1 person added" in said
    )
    assert "1 person expected (attendance not yet recorded)" in said
    first, second = (desk.agenda.linked_documents(i.id) for i in desk.agenda.items(february.id))
    assert [(d.title, d.url, d.restricted) for d in first] == [
        (
            "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
            "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860",
            False,
        )
    ]
    assert [d.title for d in second] == ["DRAFT WP FEBRUARY 2026"]
    assert {i.imported_from for i in desk.agenda.items(february.id)} == {"moderngov"}
    assert detailed.backup, "a backup is made before the import"
    (logged, *_) = desk.audit.recent(1)
    assert logged.what.startswith("Imported meeting_with_minutes.xml from the committee system (backed up")


@needs_shared
def test_importing_the_real_files_twice_gives_the_same_database(desk: Desk) -> None:
    for name in ("meetings.xml", "meeting_with_minutes.xml"):
        mgi.import_file(desk, REAL / name)
    once = without_the_log(desk)
    again = [mgi.import_file(desk, REAL / name) for name in ("meetings.xml", "meeting_with_minutes.xml")]
    assert without_the_log(desk) == once
    assert [r.changed for r in again] == [False, False]
    assert again[0].describe().startswith("Audit Committee: 2 meetings unchanged")


def test_a_changed_response_updates_the_same_records(desk: Desk, tmp_path: Path) -> None:
    first = offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Welcome", "<p>Hello</p>")))
    assert first.added == ["10 February 2026"] and first.items_added == 1
    (meeting,) = desk.meetings.meetings()
    assert meeting.status == "agenda_published"
    changed = meeting_xml(
        status="Cancelled",
        time="2.00 pm",
        items=item_xml(1, "Welcome and apologies", "<p>Hello</p>") + item_xml(2, "Fostering report"),
    )
    second = offer(desk, tmp_path, changed)
    (after,) = desk.meetings.meetings()
    assert after.id == meeting.id and (after.status, after.time) == ("cancelled", "14:00")
    assert [(n, t) for n, t, _ in items_of(desk, after.id)] == [
        (1, "Welcome and apologies"),
        (2, "Fostering report"),
    ]
    assert second.describe().startswith(
        "1 meeting updated (10 February 2026: now at 14:00, now cancelled, its agenda, minutes or "
        "attendance); 1 agenda item added, 1 updated"
    )
    back = offer(desk, tmp_path, meeting_xml(items=item_xml(2, "Fostering report") + item_xml(1, "Welcome")))
    (reinstated,) = desk.meetings.meetings()
    assert reinstated.status == "agenda_published" and "no longer cancelled" in back.describe()
    assert [t for _, t, _ in items_of(desk, after.id)] == ["Fostering report", "Welcome"], "its order"


def test_cpdesk_s_own_items_stay_after_the_committee_system_s(desk: Desk, tmp_path: Path) -> None:
    offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Imported")))
    (meeting,) = desk.meetings.meetings()
    desk.agenda.add_item(meeting.id, "The clerk's own item")
    offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Imported") + item_xml(2, "Also imported")))
    assert [t for _, t, _ in items_of(desk, meeting.id)] == [
        "Imported",
        "Also imported",
        "The clerk's own item",
    ]


def test_a_meeting_whose_minutes_are_approved_in_cpdesk_is_kept(desk: Desk, tmp_path: Path) -> None:
    held = meeting_xml(
        day="01/02/2026", minutes_published="True", items=item_xml(1, "Report", minutes="<p>Noted.</p>")
    )
    offer(desk, tmp_path, held)
    (meeting,) = desk.meetings.meetings()
    assert meeting.status == "held"
    body = desk.people.body("sub_committee").id
    later = desk.meetings.create_meeting(body, date(2026, 2, 20), "10:00")
    desk.agenda.build_from_template(later.id)
    desk.minutes.approve(meeting.id, later.id)
    before = without_the_log(desk)
    changed = meeting_xml(
        day="02/02/2026", status="Cancelled", items=item_xml(1, "Changed") + item_xml(2, "New")
    )
    report = offer(desk, tmp_path, changed)
    assert report.kept == ["1 February 2026: its minutes are approved in cpdesk"]
    assert (
        "1 meeting kept as it was (1 February 2026: its minutes are approved in cpdesk)" in report.describe()
    )
    assert without_the_log(desk) == before


def test_a_meeting_in_the_bin_stays_there(desk: Desk, tmp_path: Path) -> None:
    offer(desk, tmp_path, meeting_xml())
    (meeting,) = desk.meetings.meetings()
    desk.meetings.bin(meeting.id)
    report = offer(desk, tmp_path, meeting_xml(status="Cancelled"))
    assert report.kept == ["10 February 2026: it is in the bin"]
    assert (
        desk.meetings.meetings() == [] and desk.meetings.meetings(binned=True)[0].status == "agenda_published"
    )


def test_a_held_meeting_is_not_cancelled_or_moved_by_the_committee_system(desk: Desk, tmp_path: Path) -> None:
    offer(desk, tmp_path, meeting_xml(minutes_published="True"))
    report = offer(desk, tmp_path, meeting_xml(status="Cancelled", day="11/02/2026"))
    (meeting,) = desk.meetings.meetings()
    assert (meeting.status, meeting.day) == ("held", date(2026, 2, 10))
    said = report.describe()
    assert "so its date is kept" in said
    assert "has the meeting of 10 February 2026 as cancelled; it was held, or approved minutes" in said


def test_attendance_and_people_found_again_by_name(desk: Desk, tmp_path: Path) -> None:
    known = desk.people.add_member("Ann Jones", "chair")
    people = "".join(
        f'<attendee memberid="{n}" name="{name}" roledescription="{role}" attendance="{said}"/>'
        for n, name, role, said in (
            (7, "Cllr Ann Jones", "Chair", "Present"),
            (8, "Councillor Bo Lee", "Vice-Chair", "Apologies"),
            (9, "Jo Smith", "Democratic Services Officer", "In attendance"),
            (10, "Cllr Al Kay", "Committee Member", "Expected"),
        )
    )
    report = offer(desk, tmp_path, meeting_xml(attendees=people))
    (meeting,) = desk.meetings.meetings()
    recorded = {(a.name, a.status) for a in desk.meetings.attendance(meeting.id)}
    assert recorded == {("Ann Jones", "present"), ("Councillor Bo Lee", "apologies"), ("Jo Smith", "present")}
    assert (report.people_added, report.attendance, report.expected) == (3, 3, 1)
    roles = {p.name: (p.kind, p.role, p.post) for p in desk.people.people()}
    assert roles["Ann Jones"] == ("member", "chair", "") and roles["Councillor Bo Lee"][1] == "vice_chair"
    assert roles["Jo Smith"] == ("officer", "", "Democratic Services Officer")
    assert known.id in {p.id for p in desk.people.people()}
    again = offer(desk, tmp_path, meeting_xml(attendees=people.replace('"Apologies"', '"Present"')))
    assert (again.people_added, again.attendance) == (0, 1)
    assert len(desk.people.people()) == 4


def test_the_body_named_as_the_committee_or_chosen(desk: Desk, tmp_path: Path) -> None:
    listing = b"""<getmeetings><committee><committeeid>5</committeeid>
      <committeetitle>Young People's Corporate Parenting Meeting</committeetitle><committeemeetings>
      <meeting><meetingid>1</meetingid><meetingdate>03/03/2026</meetingdate></meeting>
      </committeemeetings></committee></getmeetings>"""
    offer(desk, tmp_path, listing)
    assert [mt.body_kind for mt in desk.meetings.meetings()] == ["young_people"]
    path = tmp_path / "other.xml"
    path.write_bytes(OTHER_COUNCIL)
    mgi.import_file(desk, path, body="corporate parenting steering group")
    assert {mt.body_kind for mt in desk.meetings.meetings()} == {"young_people", "steering_group"}
    before = database_dump(desk)
    with pytest.raises(NotFoundError, match="there is no body called 'Scrutiny'"):
        mgi.import_file(desk, path, body="Scrutiny")
    assert database_dump(desk) == before and len(desk.backups.list()) == 2


def test_a_meeting_already_in_cpdesk_on_the_day_is_pointed_out(desk: Desk, tmp_path: Path) -> None:
    body = desk.people.body("sub_committee").id
    desk.meetings.create_meeting(body, date(2026, 2, 10))
    report = offer(desk, tmp_path, meeting_xml())
    assert "cpdesk already had a meeting of the Corporate Parenting Sub-Committee on 10 February 2026" in (
        report.describe()
    )


def test_a_list_of_committees_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    before = database_dump(desk)
    raw = b"<committees><committee><committeeid>1</committeeid><committeetitle>Audit</committeetitle>"
    report = offer(desk, tmp_path, raw + b"</committee></committees>")
    assert report.describe().startswith(
        "response.xml lists 1 committee (with their ids in the committee system): Audit (1). "
        "Nothing was imported"
    )
    assert database_dump(desk) == before and desk.backups.list() == []


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (BILLION_LAUGHS, "refused: it declares a DOCTYPE"),
        (XXE, "refused: it declares a DOCTYPE"),
        (b"not xml at all", "not well-formed XML"),
        (b"<calendar/>", "it starts with <calendar>"),
        (meeting_xml(day="2026/02/10"), "meeting 700: <meetingdate>: '2026/02/10' is not a date"),
        (b"<getmeetings><meetingscount> 0</meetingscount></getmeetings>", "the response lists no meetings"),
    ],
)
def test_a_refusal_changes_nothing_and_makes_no_backup(
    desk: Desk, tmp_path: Path, raw: bytes, said: str
) -> None:
    offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Kept")))
    before = database_dump(desk)
    backups = desk.backups.list()
    with pytest.raises(InputError, match=said) as refused:
        offer(desk, tmp_path, raw, "bad.xml")
    assert refused.value.describe().startswith(str(tmp_path / "bad.xml"))
    assert database_dump(desk) == before and desk.backups.list() == backups


# --- any bytes ---


@pytest.fixture
def own_desk(_strategy_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    path = tmp_path_factory.mktemp("offered") / "cpdesk.db"
    shutil.copyfile(_strategy_template, path)
    desk = Desk.open(path, today=lambda: date(2026, 3, 1))
    yield desk
    desk.close()


SEEDS = [
    meeting_xml(
        items=item_xml(1, "A", "<p>x</p>", "<p>y</p>"), attendees='<attendee memberid="1" name="X"/>'
    ),
    OTHER_COUNCIL,
    b"<getmeetings><committee><committeeid>1</committeeid><committeetitle>T</committeetitle><committeemeetings>"
    b"<meeting><meetingid>5</meetingid><meetingdate>01/01/2026</meetingdate></meeting>"
    b"</committeemeetings></committee></getmeetings>",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), st.sampled_from(SEEDS).flatmap(mutated)))
def test_any_bytes_import_cleanly_or_are_refused_changing_nothing(
    own_desk: Desk, tmp_path: Path, data: bytes
) -> None:
    check_offer(own_desk, tmp_path / "offered.xml", data, lambda p: mgi.import_file(own_desk, p))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.text(max_size=14),
    time=st.text(max_size=10),
    title=st.text(max_size=30),
    text=st.text(max_size=60),
)
def test_any_text_in_the_fields_imports_cleanly_or_is_refused(
    own_desk: Desk, tmp_path: Path, day: str, time: str, title: str, text: str
) -> None:
    raw = meeting_xml(day=day, time=time, items=item_xml(3, title, text)).replace(b"\x00", b"")
    check_offer(own_desk, tmp_path / "fields.xml", raw, lambda p: mgi.import_file(own_desk, p))


def test_a_meeting_that_approved_minutes_keeps_its_date_and_status(desk: Desk, tmp_path: Path) -> None:
    offer(desk, tmp_path, meeting_xml(minutes_published="True"))
    (approving,) = desk.meetings.meetings()
    body = desk.people.body("sub_committee").id
    earlier = desk.meetings.create_meeting(body, date(2026, 1, 6), "10:00")
    desk.meetings.set_status(earlier.id, "held")
    desk.agenda.build_from_template(approving.id)
    desk.minutes.approve(earlier.id, approving.id)
    report = offer(desk, tmp_path, meeting_xml(status="Cancelled", day="12/02/2026", time="11.00 am"))
    after = desk.meetings.meeting(approving.id)
    assert (after.day, after.status, after.time) == (date(2026, 2, 10), "held", "11:00")
    said = report.describe()
    assert "1 meeting updated (10 February 2026: now at 11:00)" in said
    assert "on 12 February 2026; it was held (or approved minutes), so its date is kept" in said
    assert "so its status is kept" in said


def test_linked_documents_are_kept_in_order_and_follow_a_newer_response(desk: Desk, tmp_path: Path) -> None:
    documents = (
        document_xml(11, "Report")
        + document_xml(12, "Appendix A: exempt", restricted="True")
        + document_xml(13, "Appendix B")
    )
    first = offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Fostering", documents=documents)))
    (meeting,) = desk.meetings.meetings()
    (item,) = desk.agenda.items(meeting.id)
    assert "1 agenda item added; 3 linked documents added" in first.describe()
    assert [d.label for d in desk.agenda.linked_documents(item.id)] == [
        "Report",
        "Appendix A: exempt (restricted)",
        "Appendix B",
    ]
    newer = document_xml(13, "Appendix B (revised)") + document_xml(11, "Report")
    second = offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Fostering", documents=newer)))
    assert [(d.title, d.url) for d in desk.agenda.linked_documents(item.id)] == [
        ("Appendix B (revised)", "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=13"),
        ("Report", "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=11"),
    ]
    assert "0 linked documents added, 2 updated, 1 no longer linked removed" in second.describe()
    assert "1 meeting updated (10 February 2026: its agenda, minutes or attendance)" in second.describe()
    again = offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Fostering", documents=newer)))
    assert not again.changed and again.unchanged == 1


def test_a_linked_document_with_no_web_address_is_said_and_not_kept(desk: Desk, tmp_path: Path) -> None:
    documents = document_xml(21, "Local copy", url="mgConvert2PDF.aspx?ID=21") + document_xml(
        22, "Spoofed", url="javascript:alert(1)"
    )
    report = offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Item", documents=documents)))
    (meeting,) = desk.meetings.meetings()
    (item,) = desk.agenda.items(meeting.id)
    assert desk.agenda.linked_documents(item.id) == []
    assert "2 linked documents not kept (no web address to open it at)" in report.describe()


def test_an_item_the_committee_system_drops_goes_to_the_bin_but_the_clerk_s_stay(
    desk: Desk, tmp_path: Path
) -> None:
    offer(
        desk,
        tmp_path,
        meeting_xml(
            items=item_xml(1, "Welcome") + item_xml(2, "Withdrawn report", documents=document_xml(5, "R"))
        ),
    )
    (meeting,) = desk.meetings.meetings()
    own = desk.agenda.add_item(meeting.id, "The clerk's own item")
    assert own.imported_from is None
    report = offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Welcome")))
    assert [(n, t) for n, t, _ in items_of(desk, meeting.id)] == [(1, "Welcome"), (2, "The clerk's own item")]
    said = report.describe()
    assert (
        "1 agenda item no longer on the committee system's agenda moved to the bin (“Withdrawn report”)"
        in said
    )
    (binned,) = [e for e in desk.bin.entries() if e.kind == "agenda_item"]
    assert binned.title == "Withdrawn report" and binned.can_restore
    assert next(e.what for e in desk.audit.history("agenda_item", binned.record_id)) == (
        "Moved to the bin: no longer on the committee system's agenda"
    )
    desk.bin.restore("agenda_item", binned.record_id)
    assert [d.title for d in desk.agenda.linked_documents(binned.record_id)] == ["R"], "kept with its item"


def test_a_response_with_no_items_bins_nothing(desk: Desk, tmp_path: Path) -> None:
    offer(desk, tmp_path, meeting_xml(items=item_xml(1, "Welcome")))
    (meeting,) = desk.meetings.meetings()
    report = offer(desk, tmp_path, meeting_xml())
    assert [t for _, t, _ in items_of(desk, meeting.id)] == ["Welcome"] and not report.items_binned


def test_nothing_is_binned_or_linked_on_a_meeting_whose_minutes_are_approved(
    desk: Desk, tmp_path: Path
) -> None:
    offer(desk, tmp_path, meeting_xml(minutes_published="True", items=item_xml(1, "Report")))
    (meeting,) = desk.meetings.meetings()
    body = desk.people.body("sub_committee").id
    later = desk.meetings.create_meeting(body, date(2026, 2, 20), "10:00")
    desk.agenda.build_from_template(later.id)
    desk.minutes.approve(meeting.id, later.id)
    before = without_the_log(desk)
    report = offer(desk, tmp_path, meeting_xml(items=item_xml(2, "Other", documents=document_xml(9, "New"))))
    assert without_the_log(desk) == before and not report.items_binned
