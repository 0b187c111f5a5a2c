"""Published means fixed: a published pack is kept as given out; changes make supplements or versions."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date
from uuid import UUID, uuid4

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.pack_model import Bullets, Cover, Fields, Pack, Paper, Para, Section, Table
from cpdesk.errors import InputError, LockedError
from tests.helpers import Clock

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"  # every byte value: kept exactly


@dataclass
class Item:
    number: int
    title: str
    recommendations: str = "That the committee notes the report."
    papers: list[Paper] = field(default_factory=list)
    id: UUID = field(default_factory=uuid4)


@dataclass
class Meeting:
    """The facts a pack is built from; tests change them and build again, as the real builder would."""

    id: UUID
    items: list[Item]
    actions: list[str]
    venue: str = "New Shire Hall"
    edition: str = "committee"

    def item(self, number: int) -> Item:
        return next(i for i in self.items if i.number == number)

    def pack(self, made_on: date = date(2025, 6, 1)) -> Pack:
        cover = Cover(
            "Cambridgeshire County Council",
            "Corporate Parenting Sub-Committee",
            date(2025, 6, 10),
            "14:00",
            self.venue,
            ("Cllr A Example (Chair)", "Cllr B Example"),
            self.edition,
        )
        agenda = Section(
            "agenda",
            "Agenda",
            (),
            tuple(
                Section(
                    f"item:{i.id}",
                    f"Item {i.number}. {i.title}",
                    (Fields((("Type", "Report"), ("Papers", f"{len(i.papers)} attached"))),),
                )
                for i in self.items
            ),
            new_page=True,
        )
        actions = Section("actions", "Action log", (Bullets(tuple(self.actions)),), new_page=True)
        reports = Section(
            "reports",
            "Reports and papers",
            (Para("Each report's front sheet, then its papers."),),
            tuple(
                Section(
                    f"report:{i.id}",
                    f"Item {i.number}. {i.title}",
                    (Fields((("Recommendations", i.recommendations),)), *i.papers),
                )
                for i in self.items
            ),
            new_page=True,
        )
        return Pack(self.id, cover, (agenda, actions, reports), made_on)


def paper(title: str, pages: int, words: bytes = b"") -> Paper:
    return Paper.of(uuid4(), title, f"{title}.pdf", pages, b"%PDF-1.4 " + title.encode() + words)


@pytest.fixture
def meeting(desk: Desk) -> Meeting:
    sub = desk.people.body("sub_committee").id
    meeting_id = desk.meetings.create_meeting(sub, date(2025, 6, 10)).id
    return Meeting(
        meeting_id,
        [
            Item(1, "Apologies"),
            Item(2, "Minutes of the last meeting"),
            Item(3, "Placements"),
            Item(4, "Sufficiency strategy", papers=[paper("Sufficiency strategy", 8)]),
            Item(5, "Participation"),
        ],
        ["A25-001 Circulate the participation figures: in progress"],
    )


def publish(desk: Desk, pack: Pack, html: str = "<html lang='en-GB'></html>", pages: int = 30):  # type: ignore[no-untyped-def]
    return desk.pack_issues.publish(pack, PDF + str(pack.supplement).encode(), html, pages)


def edit_agenda(meeting: Meeting) -> None:
    """The clerk renames item 3, attaches the annual report to item 5 and changes item 4's recommendations."""
    meeting.item(3).title = "Placement sufficiency"
    meeting.item(5).papers.append(paper("Annual report", 12))
    meeting.item(4).recommendations = "That the committee approves the strategy."


def test_a_published_pack_is_kept_and_given_back_byte_for_byte(desk: Desk, meeting: Meeting) -> None:
    issue = publish(desk, meeting.pack(), html="<html lang='en-GB'><h1>Agenda</h1></html>", pages=31)
    assert (issue.label, issue.version, issue.supplement, issue.edition) == ("Version 1", 1, 0, "committee")
    assert issue.published_on == date(2025, 6, 1) and issue.page_count == 31
    assert desk.pack_issues.pdf(issue.id) == PDF + b"0"
    assert desk.pack_issues.html(issue.id) == "<html lang='en-GB'><h1>Agenda</h1></html>"
    assert desk.pack_issues.issues(meeting.id) == [issue]
    assert desk.pack_issues.issues(meeting.id, "chair") == []
    assert desk.pack_issues.latest_version(meeting.id, "committee") == issue
    assert desk.pack_issues.latest_version(meeting.id, "chair") is None


def test_nothing_changed_means_no_changes_and_no_supplement(desk: Desk, meeting: Meeting) -> None:
    assert desk.pack_issues.changes(meeting.pack()) == []  # nothing published: nothing to compare with
    publish(desk, meeting.pack())
    assert desk.pack_issues.changes(meeting.pack(made_on=date(2025, 6, 5))) == []
    with pytest.raises(
        InputError,
        match=r"nothing has changed since the committee edition \(version 1, published 1 June 2025\)",
    ):
        desk.pack_issues.supplement(meeting.pack())


def test_an_agenda_edit_is_told_in_words(desk: Desk, meeting: Meeting) -> None:
    publish(desk, meeting.pack())
    edit_agenda(meeting)
    meeting.items.append(Item(6, "Fostering recruitment"))
    assert desk.pack_issues.changes(meeting.pack()) == [
        "Item 3 was renamed from “Placements” to “Placement sufficiency”",
        "Item 6 “Fostering recruitment” was added",
        "The report for item 3 is now called “Placement sufficiency”",
        "The report for item 4 changed: its recommendations",
        "The report for item 6 was added",
        "Paper “Annual report” (12 pages) was attached to item 5",
    ]


def test_a_supplement_holds_only_what_changed_after_a_page_saying_what(desk: Desk, meeting: Meeting) -> None:
    publish(desk, meeting.pack())
    edit_agenda(meeting)
    fresh = meeting.pack()
    s1 = desk.pack_issues.supplement(fresh)
    assert (s1.version, s1.supplement, s1.show_cover, s1.contents) == (1, 1, True, True)
    assert s1.page_prefix == "S1-" and s1.edition_label == "Supplement 1 to the committee edition"
    assert [s.key for s in s1.sections] == ["changes", "agenda", "reports"]  # the action log did not change
    first = s1.sections[0]
    assert first.title == "What has changed since the pack was published"
    told = next(b for b in first.blocks if isinstance(b, Bullets))
    assert list(told.items) == desk.pack_issues.changes(fresh)
    published = next(b for b in first.blocks if isinstance(b, Table))
    assert published.rows == (("Version 1", "1 June 2025", "30"),)
    agenda, reports = s1.sections[1], s1.sections[2]
    assert [c.title for c in agenda.children] == ["Item 3. Placement sufficiency", "Item 5. Participation"]
    assert [c.title for c in reports.children] == [
        "Item 3. Placement sufficiency",
        "Item 4. Sufficiency strategy",
        "Item 5. Participation",
    ]
    # A changed report comes whole, with its papers; an unchanged one (items 1, 2) is not repeated.
    assert [p.title for p in s1.papers()] == ["Sufficiency strategy", "Annual report"]
    assert s1.papers()[0].data.startswith(b"%PDF")


def test_a_published_supplement_then_another_edit_makes_s2(
    desk: Desk, meeting: Meeting, clock: Clock
) -> None:
    publish(desk, meeting.pack())
    edit_agenda(meeting)
    clock.advance(3)
    s1 = publish(desk, desk.pack_issues.supplement(meeting.pack()), pages=4)
    assert (s1.label, s1.version, s1.supplement, s1.published_on) == (
        "Supplement 1 (S1)",
        1,
        1,
        date(2025, 6, 4),
    )
    assert desk.pack_issues.changes(meeting.pack()) == []  # the pack and S1 together are what stands now
    assert desk.pack_issues.latest_version(meeting.id, "committee").version == 1  # type: ignore[union-attr]

    withdrawn = meeting.items.pop(3)  # its paper goes with it, and is not told apart
    meeting.actions.append("A25-002 Report back on placements: open")
    assert desk.pack_issues.changes(meeting.pack()) == [
        "Item 4 “Sufficiency strategy” was withdrawn",
        "The action log changed",
        "The report for item 4 was withdrawn",
    ]
    s2 = desk.pack_issues.supplement(meeting.pack())
    assert (s2.version, s2.supplement, s2.page_prefix) == (1, 2, "S2-")
    assert [s.key for s in s2.sections] == ["changes", "agenda", "actions", "reports"]
    assert [c.title for c in s2.sections[1].children] == ["Withdrawn: Item 4. Sufficiency strategy"]
    assert s2.sections[1].children[0].key == f"withdrawn:item:{withdrawn.id}"
    table = next(b for b in s2.sections[0].blocks if isinstance(b, Table))
    assert [row[:2] for row in table.rows] == [
        ("Version 1", "1 June 2025"),
        ("Supplement 1 (S1)", "4 June 2025"),
    ]
    issue = publish(desk, s2)
    assert issue.label == "Supplement 2 (S2)"
    assert desk.pack_issues.changes(meeting.pack()) == []  # the withdrawn item is not told again
    assert [i.label for i in desk.pack_issues.issues(meeting.id)] == [
        "Version 1",
        "Supplement 1 (S1)",
        "Supplement 2 (S2)",
    ]


def test_a_reissue_is_version_2_listing_everything_since_version_1(desk: Desk, meeting: Meeting) -> None:
    publish(desk, meeting.pack())
    edit_agenda(meeting)
    publish(desk, desk.pack_issues.supplement(meeting.pack()))
    meeting.venue = "Council Chamber, New Shire Hall"
    v2 = desk.pack_issues.reissue(meeting.pack())
    assert (v2.version, v2.supplement, v2.page_prefix) == (2, 0, "")
    assert v2.edition_label == "Committee edition, version 2"
    first = v2.sections[0]
    assert (first.key, first.title) == ("changes", "What has changed since version 1")
    told = next(b for b in first.blocks if isinstance(b, Bullets)).items
    assert "The venue changed from “New Shire Hall” to “Council Chamber, New Shire Hall”" in told
    assert "Item 3 was renamed from “Placements” to “Placement sufficiency”" in told  # told in S1 as well
    assert [s.key for s in v2.sections[1:]] == ["agenda", "actions", "reports"]  # the whole pack
    issue = publish(desk, v2)
    assert issue.label == "Version 2"
    assert desk.pack_issues.latest_version(meeting.id, "committee") == issue
    assert desk.pack_issues.changes(meeting.pack()) == []
    meeting.item(1).title = "Apologies for absence"
    s1 = desk.pack_issues.supplement(meeting.pack())
    assert (s1.version, s1.supplement) == (2, 1)
    assert publish(desk, s1).label == "Supplement 1 (S1) to version 2"


def test_a_members_edition_is_never_published(desk: Desk, meeting: Meeting) -> None:
    meeting.edition = "member"
    with pytest.raises(InputError, match=r"member's edition is their own copy.*never published"):
        publish(desk, meeting.pack())
    assert desk.pack_issues.issues(meeting.id) == []


def test_publishing_out_of_turn_is_refused(desk: Desk, meeting: Meeting) -> None:
    with pytest.raises(
        InputError, match="nothing of the committee edition has been published yet: publish version 1"
    ):
        publish(desk, replace(meeting.pack(), version=2))
    with pytest.raises(InputError, match="publish the pack before a supplement"):
        publish(desk, replace(meeting.pack(), supplement=1))
    with pytest.raises(InputError, match="publish the pack before a supplement"):
        desk.pack_issues.supplement(meeting.pack())
    with pytest.raises(InputError, match="publish version 1 first"):
        desk.pack_issues.reissue(meeting.pack())
    publish(desk, meeting.pack())
    with pytest.raises(InputError, match="version 1 of the committee edition was published on 1 June 2025"):
        publish(desk, meeting.pack())
    with pytest.raises(InputError, match="the next is version 2, not version 3"):
        publish(desk, replace(meeting.pack(), version=3))
    with pytest.raises(
        InputError, match="the next supplement to version 1 of the committee edition is S1, not S2"
    ):
        publish(desk, replace(meeting.pack(), supplement=2))
    with pytest.raises(InputError, match="supplement is to version 2, but the latest published is version 1"):
        publish(desk, replace(meeting.pack(), version=2, supplement=1))
    assert [i.label for i in desk.pack_issues.issues(meeting.id)] == ["Version 1"]
    # The chair's edition is published on its own turn.
    meeting.edition = "chair"
    assert publish(desk, meeting.pack()).label == "Version 1"


def test_the_database_refuses_to_change_or_remove_a_publication(desk: Desk, meeting: Meeting) -> None:
    issue = publish(desk, meeting.pack())
    with pytest.raises(LockedError, match="a published pack is kept exactly as it was published"):
        desk.db.execute_sql("UPDATE pack_issue SET page_count = 99, pdf = x'00'")
    with pytest.raises(LockedError, match="a published pack is kept exactly as it was published"):
        desk.db.execute_sql("DELETE FROM pack_issue")
    desk.meetings.bin(meeting.id)  # binning the meeting keeps what was published
    assert desk.pack_issues.issues(meeting.id) == [issue]
    assert desk.pack_issues.pdf(issue.id) == PDF + b"0"


def test_a_snapshot_is_plain_data_with_papers_by_their_hash(desk: Desk, meeting: Meeting) -> None:
    pack = meeting.pack()
    data = desk.pack_issues.snapshot(pack)
    assert data == desk.pack_issues.snapshot(meeting.pack())
    text = json.dumps(data)
    strategy = meeting.item(4).papers[0]
    assert hashlib.sha256(strategy.data).hexdigest() in text
    assert strategy.data.decode() not in text  # the paper's bytes are not kept twice
    reports = data["sections"][2]
    assert reports["children"][3]["blocks"][1] == {
        "kind": "paper",
        "paper_id": str(strategy.paper_id),
        "title": "Sufficiency strategy",
        "file_name": "Sufficiency strategy.pdf",
        "page_count": 8,
        "sha256": strategy.sha256,
    }
    assert [s["title"] for s in data["sections"]] == ["Agenda", "Action log", "Reports and papers"]


def test_a_replaced_paper_and_a_changed_cover_are_told(desk: Desk, meeting: Meeting) -> None:
    publish(desk, meeting.pack())
    old = meeting.item(4).papers[0]
    meeting.item(4).papers[0] = Paper.of(old.paper_id, old.title, old.file_name, 9, old.data + b" revised")
    meeting.venue = "Room 2"
    assert desk.pack_issues.changes(meeting.pack()) == [
        "The venue changed from “New Shire Hall” to “Room 2”",
        "Paper “Sufficiency strategy” on item 4 was replaced by a revised version (9 pages)",
    ]
    s1 = desk.pack_issues.supplement(meeting.pack())
    assert [p.page_count for p in s1.papers()] == [9]
    assert s1.cover.venue == "Room 2" and s1.show_cover


def test_a_paper_taken_off_an_item_is_told(desk: Desk, meeting: Meeting) -> None:
    publish(desk, meeting.pack())
    meeting.item(4).papers.clear()
    assert desk.pack_issues.changes(meeting.pack()) == ["Paper “Sufficiency strategy” was taken off item 4"]
    s1 = desk.pack_issues.supplement(meeting.pack())
    assert [s.key for s in s1.sections] == ["changes", "agenda", "reports"]
    assert [c.title for c in s1.sections[1].children] == ["Item 4. Sufficiency strategy"]
    assert [c.title for c in s1.sections[2].children] == ["Item 4. Sufficiency strategy"]
    assert s1.papers() == []


def test_a_sections_own_words_are_told_when_no_item_explains_them(desk: Desk, meeting: Meeting) -> None:
    publish(desk, meeting.pack())
    fresh = meeting.pack()
    agenda, actions, reports = fresh.sections
    fresh = replace(fresh, sections=(agenda, actions, replace(reports, blocks=(Para("Read these first."),))))
    assert desk.pack_issues.changes(fresh) == ["The reports and papers changed"]
    s1 = desk.pack_issues.supplement(fresh)
    assert [(s.key, len(s.children)) for s in s1.sections] == [("changes", 0), ("reports", 0)]
