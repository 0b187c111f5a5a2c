"""One search finds a word in every kind of record, kept up to date by the database, notes only mine."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.domain.search import fts_query
from tests.helpers import Clock, make_text_pdf


def _groups(desk: Desk, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for hit in desk.search.search(text):
        found.setdefault(hit.group, []).append(hit.title)
    return found


def test_a_word_is_found_in_each_kind_of_record(desk: Desk, clock: Clock, tmp_path: Path) -> None:
    clock.today = date(2026, 3, 20)
    desk.notes.set_current_user("Cllr Example", "member")
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    item = desk.agenda.add_item(meeting, "Zebrafish item", "decision", description="").id
    report_item = desk.agenda.add_item(meeting, "Report item").id
    desk.agenda.save_report(
        report_item, OfficerReport(title="Front sheet", executive_summary="zebrafish study")
    )
    pdf = make_text_pdf(tmp_path / "p.pdf", [["Nothing here"], ["The zebrafish paper page two"]])
    desk.agenda.attach_paper(report_item, pdf, "Evidence pack")
    desk.minutes.set_discussion(report_item, "Members discussed zebrafish.")
    desk.minutes.add_decision(report_item, "To agree the zebrafish plan.")
    action = desk.actions.raise_action(meeting, "Count the zebrafish").id
    desk.actions.add_update(action, "Zebrafish counted twice.", on_date=date(2026, 3, 12))
    yp = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
    desk.challenges.raise_challenge(yp, "We want zebrafish in the homes.")
    desk.indicators.create("Zebrafish per home", "count", description="How many")
    desk.notes.add("meeting", meeting, "Ask about zebrafish numbers", is_question=True)
    found = _groups(desk, "zebrafish")
    assert set(found) == {"agenda", "paper", "minutes", "action", "challenge", "indicator", "note"}
    assert any("page 2" in t for t in found["paper"])
    assert len(found["minutes"]) == 2 and len(found["action"]) == 2
    assert "strategy" in _groups(desk, "placements")
    (hit,) = [h for h in desk.search.search("zebrafish") if h.group == "paper"]
    assert hit.opens.area == "paper" and hit.opens.page == 2 and hit.opens.item_id == report_item
    assert "zebrafish" in hit.plain_snippet("[", "]").lower()
    assert "[zebrafish]" in hit.plain_snippet("[", "]").lower()
    assert "10 March 2026: item “Zebrafish item”" in found["agenda"]
    assert any(h.opens.item_id == item for h in desk.search.search("zebrafish") if h.kind == "agenda_item")


def test_the_index_follows_every_change_and_the_bin(desk: Desk, clock: Clock) -> None:
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    item = desk.agenda.add_item(meeting, "Quokka item").id
    assert _groups(desk, "quokka") == {"agenda": ["10 March 2026: item “Quokka item”"]}
    desk.agenda.update_item(item, title="Wombat item")
    assert _groups(desk, "quokka") == {}
    assert "agenda" in _groups(desk, "wombat")
    desk.agenda.bin_item(item)
    assert _groups(desk, "wombat") == {}
    desk.agenda.restore_item(item)
    assert "agenda" in _groups(desk, "wombat")


def test_notes_are_found_only_by_their_writer(desk: Desk) -> None:
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    desk.notes.set_current_user("Cllr One", "member")
    desk.notes.add("meeting", meeting, "Private platypus worry")
    assert "note" in _groups(desk, "platypus")
    desk.notes.set_current_user("Cllr Two", "member")
    assert _groups(desk, "platypus") == {}


def test_only_the_current_strategy_is_searched(desk: Desk) -> None:
    from cpdesk.domain.strategy import read_strategy_file

    older = read_strategy_file(Path(__file__).resolve().parents[1] / "data" / "strategy-2023-2028-short.json")
    desk.strategy.add_version(older, imported_from="older.json", make_current=False)

    def holds(text: str) -> bool:  # every word, the last as a prefix, as the search reads them
        words = re.findall(r"\w+", text.lower())
        return "keep" in words and "you" in words and any(w.startswith("safe") for w in words)

    current = [t.label for t in desk.agenda.link_targets() if t.kind == "promise" and holds(t.text)]
    older_ones = [p for p in older.promises if holds(p.text)]
    assert current and older_ones  # both versions promise it
    hits = [h.title for h in desk.search.search("keep you safe") if h.kind == "promise"]
    assert sorted(hits) == sorted(current)


@pytest.mark.parametrize("typed", ['"', "AND OR NOT", "a*b(c", "NEAR(", "-", "   ", "^x", "col:x"])
def test_anything_typed_is_words_not_syntax(desk: Desk, typed: str) -> None:
    desk.search.search(typed)  # never an FTS5 syntax error
    assert fts_query("  ") == ""
    assert fts_query('care "leavers') == '"care" "leavers"*'
