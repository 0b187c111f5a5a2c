"""Reading the committee system's responses: the real ones, other councils' variations, and bad input."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.domain import moderngov as mg
from cpdesk.errors import InputError
from tests.conftest import SHARED, needs_shared

REAL = SHARED / "data" / "moderngov"


@needs_shared
def test_the_real_meeting_with_its_items_minutes_documents_and_attendee() -> None:
    response = mg.read_response_file(REAL / "meeting_with_minutes.xml")
    assert response.kind == mg.MEETING
    (meeting,) = response.meetings
    assert (meeting.meeting_id, meeting.day, meeting.time) == ("4967", date(2026, 2, 10), "10:00")
    assert meeting.location == "Council Antechamber, Level 2, Town Hall Extension"
    assert meeting.status == "Confirmed" and not meeting.cancelled
    assert meeting.agenda_published and meeting.minutes_published and meeting.detailed
    assert [(i.item_id, i.title, i.number) for i in meeting.items] == [
        ("18831", "Minutes", "1."),
        ("18833", "Work Programme", "9."),
    ]
    first, second = meeting.items
    # The HTML escaped inside the XML is plain text now: no tags, no entities, no Word markup.
    assert first.text == "To approve as a correct record the minutes of the meeting held on 25 November 2025."
    assert (
        first.minutes == "To approve the minutes of the meeting held on 25 November 2025 as a correct record."
    )
    assert second.minutes.startswith("The Committee considered a report of the Governance and Scrutiny")
    assert "<" not in second.minutes and "&" not in second.minutes
    (document,) = first.documents
    assert document.title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"
    assert document.url == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert second.documents[0].title == "DRAFT WP FEBRUARY 2026" and response.documents == 2
    (attendee,) = meeting.attendees
    assert attendee == mg.Attendee("192", "Councillor Basil Curley", "Committee Member", "Expected")


@needs_shared
def test_the_real_list_of_meetings_with_one_cancelled() -> None:
    response = mg.read_response_file(REAL / "meetings.xml")
    assert response.kind == mg.MEETINGS
    assert [(m.meeting_id, m.day, m.time, m.cancelled) for m in response.meetings] == [
        ("4966", date(2026, 1, 13), "10:00", True),
        ("4967", date(2026, 2, 10), "10:00", False),
    ]
    assert {(m.committee_id, m.committee_title) for m in response.meetings} == {("144", "Audit Committee")}
    assert all(m.location is None and not m.items and not m.detailed for m in response.meetings)


@needs_shared
def test_the_real_list_of_committees() -> None:
    response = mg.read_response_file(REAL / "committees.xml")
    assert response.kind == mg.COMMITTEES and not response.meetings
    assert [(c.committee_id, c.title, c.expired) for c in response.committees] == [
        ("312", "Appointment Sub Committee for Director of Adult Social Services", True),
        ("163", "Art Galleries Committee", False),
        ("144", "Audit Committee", False),
    ]


# --- other councils ---

OTHER_COUNCIL = b"""<?xml version="1.0" encoding="utf-8"?>
<meeting xmlns="http://moderngov.co.uk/namespaces">
  <meetingid>120</meetingid>
  <committeeid>57</committeeid>
  <committeetitle>Corporate  Parenting Sub-Committee</committeetitle>
  <meetingdate>3/7/2025</meetingdate>
  <meetingstatus>Confirmed</meetingstatus>
  <meetingtime>2.00 pm</meetingtime>
  <meetinglocation>
  </meetinglocation>
  <meetingroom>Room 4, Shire Hall</meetingroom>
  <agendaitems>
    <agendaitem>
      <agendaitemid>900</agendaitemid>
      <agendaitemtitle>Care leavers&#8217; offer</agendaitemtitle>
      <agendatext><![CDATA[<p>Report of the <b>Service Director</b>&nbsp;on the offer:</p>
<ul><li>housing</li><li>education &amp; training</li></ul><script>x()</script>]]></agendatext>
      <isdecision>True</isdecision>
      <linkeddocuments>
        <linkeddoc><attachmentid>1</attachmentid><title>Report</title><url>https://example.gov.uk/a1</url></linkeddoc>
        <linkeddoc><attachmentid>2</attachmentid><title>Appendix A</title><url>https://example.gov.uk/a2</url></linkeddoc>
        <linkeddoc><attachmentid>3</attachmentid><title> </title></linkeddoc>
      </linkeddocuments>
    </agendaitem>
    <agendaitem>
      <agendaitemid>901</agendaitemid>
      <agendaitemtitle>Date of next meeting</agendaitemtitle>
      <agendatext>
      </agendatext>
    </agendaitem>
  </agendaitems>
  <attendees>
    <attendee memberid="7" name="Cllr Ann Jones" roledescription="Chair" attendance="Present"/>
    <attendee memberid="8" name="Cllr Bo Lee" roledescription="Vice-Chair" attendance="Apologies"/>
  </attendees>
</meeting>
"""


def test_another_councils_meeting_with_cdata_html_lists_and_a_room_for_its_place() -> None:
    (meeting,) = mg.read_response(OTHER_COUNCIL, "other.xml").meetings
    assert (meeting.day, meeting.time) == (date(2025, 7, 3), "14:00")
    assert (meeting.committee_id, meeting.committee_title) == ("57", "Corporate Parenting Sub-Committee")
    assert meeting.location == "Room 4, Shire Hall", "an empty location falls back on the room"
    care, nxt = meeting.items
    assert care.title == "Care leavers’ offer" and care.is_decision
    assert care.text == "Report of the Service Director on the offer:\n• housing\n• education & training"
    assert [d.title for d in care.documents] == ["Report", "Appendix A", "Untitled document"]
    assert care.documents[2].url == ""
    assert nxt.text == "" and nxt.minutes == "" and nxt.documents == ()
    assert [(a.name, a.role, a.attendance) for a in meeting.attendees] == [
        ("Cllr Ann Jones", "Chair", "Present"),
        ("Cllr Bo Lee", "Vice-Chair", "Apologies"),
    ]


def test_a_meeting_with_nothing_optional() -> None:
    raw = b"<meeting><meetingid>5</meetingid><meetingdate>01/12/2025</meetingdate></meeting>"
    (meeting,) = mg.read_response(raw, "bare.xml").meetings
    assert (meeting.time, meeting.location, meeting.status, meeting.items, meeting.attendees) == (
        "",
        None,
        "",
        (),
        (),
    )
    assert meeting.agenda_published is None and not meeting.cancelled


def test_a_list_of_meetings_from_several_committees_wrapped_for_soap() -> None:
    raw = b"""<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
    <getmeetings><meetingscount>  3 </meetingscount>
      <committee><committeeid>1</committeeid><committeetitle>A</committeetitle><committeemeetings>
        <meeting><meetingid>10</meetingid><meetingdate>02/03/2026</meetingdate><meetingtime>10:00</meetingtime>
          <meetingstatus>Canceled</meetingstatus></meeting>
        <meeting><meetingid>11</meetingid><meetingdate>2026-04-06T00:00:00</meetingdate></meeting>
      </committeemeetings></committee>
      <committee><committeeid>2</committeeid><committeetitle>B</committeetitle><committeemeetings>
        <meeting><meetingid>11</meetingid><meetingdate>06/04/2026</meetingdate></meeting>
        <meeting><meetingid>12</meetingid><meetingdate>07/04/2026 00:00:00</meetingdate>
          <meetingtime>6.30pm</meetingtime><meetingstatus>Postponed</meetingstatus></meeting>
      </committeemeetings></committee>
    </getmeetings></soap:Body></soap:Envelope>"""
    meetings = mg.read_response(raw, "soap.xml").meetings
    assert [(m.meeting_id, m.committee_title, m.day, m.time, m.cancelled) for m in meetings] == [
        ("10", "A", date(2026, 3, 2), "10:00", True),
        ("11", "A", date(2026, 4, 6), "", False),  # a joint meeting listed under both, read once
        ("12", "B", date(2026, 4, 7), "18:30", True),
    ]


def test_an_empty_list_of_meetings() -> None:
    raw = b"<getmeetings><meetingscount> 0</meetingscount><committeescount> 0</committeescount></getmeetings>"
    assert mg.read_response(raw, "none.xml").meetings == ()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("10.00 am", "10:00"),
        ("2.00 pm", "14:00"),
        ("2pm", "14:00"),
        ("10:00", "10:00"),
        ("18.30", "18:30"),
        ("12.00 pm", "12:00"),
        ("12.30 am", "00:30"),
        ("10 a.m.", "10:00"),
        ("10.00 AM", "10:00"),
        ("Noon", "12:00"),
        ("", ""),
        ("  ", ""),
        ("TBC", ""),
    ],
)
def test_times_as_councils_write_them(written: str, read: str) -> None:
    assert mg.parse_time(written) == read


@pytest.mark.parametrize("written", ["10", "14.00 pm", "25:00", "9.75 am", "0.30 am", "ten o'clock"])
def test_what_is_not_a_time(written: str) -> None:
    with pytest.raises(ValueError, match="is not a time of day"):
        mg.parse_time(written)


@pytest.mark.parametrize(
    ("written", "read"),
    [("10/02/2026", date(2026, 2, 10)), ("1/2/2026", date(2026, 2, 1)), ("2026-02-10", date(2026, 2, 10))],
)
def test_dates_as_councils_write_them(written: str, read: date) -> None:
    assert mg.parse_day(written) == read


def test_html_to_text_keeps_paragraphs_and_drops_markup() -> None:
    html = (
        '<div class="WordSection1"><p class="MsoNormal"><span style="">One\n two</span></p>'
        "<p>&pound;5&nbsp;million &lt;approx&gt;</p><br/><table><tr><td>a</td><td>b</td></tr></table>"
        "<style>p {x}</style><!--[if gte mso 9]>junk<![endif]--></div>"
    )
    assert mg.html_to_text(html) == "One two\n£5 million <approx>\na b"
    assert mg.html_to_text("plain  words\n\n  more") == "plain words\nmore"


# --- refused ---

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE meeting [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<meeting><meetingid>1</meetingid><meetingdate>01/01/2026</meetingdate><meetinglocation>&lol4;</meetinglocation>
</meeting>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE meeting [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<meeting><meetingid>1</meetingid><meetingdate>01/01/2026</meetingdate><meetinglocation>&secret;</meetinglocation>
</meeting>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE meeting SYSTEM "http://example.org/evil.dtd">
<meeting><meetingid>1</meetingid><meetingdate>01/01/2026</meetingdate></meeting>"""


@pytest.mark.parametrize("raw", [BILLION_LAUGHS, XXE, EXTERNAL_DTD], ids=["billion-laughs", "xxe", "dtd"])
def test_entities_and_doctypes_are_refused(raw: bytes) -> None:
    with pytest.raises(InputError, match="refused: it declares a DOCTYPE") as refused:
        mg.read_response(raw, "attack.xml")
    assert refused.value.where == "attack.xml"


def test_an_undeclared_entity_is_not_well_formed() -> None:
    raw = b"<meeting><meetingid>1</meetingid><meetingdate>&x;</meetingdate></meeting>"
    with pytest.raises(InputError, match=r"not well-formed XML \(undefined entity, line 1"):
        mg.read_response(raw, "f.xml")


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"meetingid,date\n1,2026-01-01\n", r"^f\.xml: this is not well-formed XML \(syntax error, line 1"),
        (b"<meeting><meetingid>1</meetingid>", r"not well-formed XML \(no element found"),
        (b"<html><body>Sign in</body></html>", r"it starts with <html>, not <meeting>"),
        (
            b"<meeting><meetingdate>01/01/2026</meetingdate></meeting>",
            r"f\.xml: a <meeting> has no <meetingid>",
        ),
        (
            b"<meeting><meetingid>42</meetingid><meetingdate>31/02/2026</meetingdate></meeting>",
            r"^f\.xml: meeting 42: <meetingdate>: '31/02/2026' is not a date written as dd/mm/yyyy$",
        ),
        (
            b"<meeting><meetingid>42</meetingid><meetingdate>Tuesday</meetingdate></meeting>",
            r"meeting 42: <meetingdate>: 'Tuesday' is not a date",
        ),
        (b"<meeting><meetingid>42</meetingid></meeting>", r"meeting 42: the meeting has no <meetingdate>"),
        (
            b"<meeting><meetingid>42</meetingid><meetingdate>01/01/2026</meetingdate>"
            b"<meetingtime>half ten</meetingtime></meeting>",
            r"meeting 42: <meetingtime>: 'half ten' is not a time of day",
        ),
        (
            b"<meeting><meetingid>42</meetingid><meetingdate>01/01/2026</meetingdate><agendaitems>"
            b"<agendaitem><agendaitemtitle>x</agendaitemtitle></agendaitem></agendaitems></meeting>",
            r"meeting 42: agenda item 1 of meeting 42 has no <agendaitemid>",
        ),
        (
            b"<getmeetings><meetingscount>two</meetingscount></getmeetings>",
            r"<meetingscount> 'two' is not a number",
        ),
        ("<meeting>\u00e9</meeting>".encode("latin-1"), r"not well-formed XML \(not well-formed"),
    ],
)
def test_bad_input_is_refused_with_what_and_where(raw: bytes, said: str) -> None:
    with pytest.raises(InputError, match=said) as refused:
        mg.read_response(raw, "f.xml")
    assert "\n" not in refused.value.describe()
