"""`cpdesk search` and `cpdesk notes`: the one search, and a member's notes carried to another machine."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cpdesk.__main__ import main
from cpdesk.domain.desk import Desk


def test_search_prints_results_grouped_with_the_words_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cpdesk.db"
    with Desk.open(db) as desk:
        meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2026, 3, 10)).id
        desk.agenda.add_item(meeting, "Sufficiency of homes")
        desk.notes.set_current_user("Cllr Example", "member")
        desk.notes.add("meeting", meeting, "Ask about sufficiency in the north")
    assert main(["search", "sufficiency", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Strategy:"  # the bundled strategy speaks of sufficiency too
    at = out.index("Agendas and reports:")
    assert out[at + 1] == "  10 March 2026: item “Sufficiency of homes”"
    assert out[at + 2] == "    [Sufficiency] of homes"
    assert out.index("My notes:") > at
    assert main(["search", "xylophone", "--db", str(db)]) == 0
    assert capsys.readouterr().out == "nothing found\n"


def test_notes_export_then_import_on_another_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    here, there, carried = tmp_path / "here.db", tmp_path / "there.db", tmp_path / "notes.json"
    with Desk.open(here) as desk:
        desk.notes.set_current_user("Cllr Example", "member")
        meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2026, 3, 10)).id
        desk.notes.add("meeting", meeting, "Bring the papers")
    assert main(["notes", "export", str(carried), "--db", str(here)]) == 0
    assert "wrote 1 note to" in capsys.readouterr().out
    with Desk.open(there) as desk:
        desk.notes.set_current_user("Cllr Example", "member")
    assert main(["notes", "import", str(carried), "--db", str(there)]) == 0
    assert capsys.readouterr().out.startswith("took in 1 note from ")
    assert main(["notes", "import", str(tmp_path / "missing.json"), "--db", str(there)]) == 1
