"""Private means private: whatever cpdesk writes for others is sealed off from notes by the database."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from cpdesk.__main__ import main
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.store import sealed as sealing
from cpdesk.store.reading import Annotation
from cpdesk.store.sealed import FOR_OTHERS, PrivateReadError, sealed

SECRET = "Secret worry about the fostering budget"
PACKAGE = Path(__file__).resolve().parents[2] / "cpdesk"

# Every function that writes for others; a new one must be added here and marked @for_others.
WRITES_FOR_OTHERS = {
    "cpdesk.domain.actions.ActionService.export_csv",
    "cpdesk.domain.indicators.IndicatorService.export_csv",
    "cpdesk.domain.coverage.CoverageService.csv_text",
    "cpdesk.domain.coverage.CoverageService.export_csv",
    "cpdesk.domain.strategy.StrategyService.export_file",
    "cpdesk.domain.challenges.ChallengeService.sheet",
    "cpdesk.domain.briefing.BriefingService._build_for_others",
    "cpdesk.domain.bundle_export._gather",
    "cpdesk.domain.bundle_export.gather_return",
    "cpdesk.domain.calendar_export.calendar_bytes",
}


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("private") / "example.db", date(2026, 11, 23))


@pytest.fixture
def noted(example: Path, tmp_path: Path) -> Path:
    path = tmp_path / "noted.db"
    path.write_bytes(example.read_bytes())
    with Desk.open(path) as desk:
        desk.notes.set_current_user("Cllr Example", "member")
        meeting = desk.meetings.find("last").id
        desk.notes.add("meeting", meeting, SECRET, is_question=True)
        for action in desk.actions.log()[:3]:
            desk.notes.add("action", action.id, f"{SECRET} on {action.reference}")
    return path


def test_every_writer_for_others_is_sealed() -> None:
    import cpdesk.domain.actions
    import cpdesk.domain.briefing
    import cpdesk.domain.bundle_export
    import cpdesk.domain.calendar_export
    import cpdesk.domain.challenges
    import cpdesk.domain.coverage
    import cpdesk.domain.indicators
    import cpdesk.domain.strategy  # noqa: F401  (importing marks their writers)

    assert WRITES_FOR_OTHERS <= FOR_OTHERS


def test_a_read_of_notes_inside_the_seal_fails_loudly(noted: Path) -> None:
    with Desk.open(noted) as desk, desk.bound():
        assert Annotation.select().count() == 4
        with pytest.raises(PrivateReadError), sealed(desk.db):
            Annotation.select().count()
        with pytest.raises(PrivateReadError), sealed(desk.db):
            Annotation.select().first()  # a read of the notes' columns, not only a count of them
        with pytest.raises(PrivateReadError), sealed(desk.db):
            desk.db.execute_sql("SELECT count(*) FROM search_text WHERE search_text MATCH 'fostering'")
        with sealed(desk.db), sealed(desk.db):  # one sealed block may call another
            pass
        assert Annotation.select().count() == 4  # the seal is lifted afterwards
        assert not sealing._DEPTH


@pytest.mark.parametrize(
    "command",
    [
        ["actions", "export", "{out}"],
        ["indicators", "export", "{out}"],
        ["coverage", "{out}"],
        ["strategy", "export", "{out}"],
        ["you-said-we-did", "--out", "{out}"],
        ["calendar", "export", "{out}"],
    ],
    ids=lambda c: c[0],
)
def test_nothing_written_for_others_holds_a_note(noted: Path, tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "written"
    assert main([*(part.format(out=out) for part in command), "--db", str(noted)]) == 0
    data = out.read_bytes()
    assert SECRET.encode() not in data
    if command[0] == "you-said-we-did":
        import pypdf

        text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
        assert "fostering budget" not in text


def test_the_writers_for_others_do_not_import_the_notes() -> None:
    writers = [PACKAGE / "packs", *(PACKAGE / "domain" / f"{n}.py" for n in ("coverage", "voice_sheet"))]
    files = [p for w in writers for p in ([w] if w.is_file() else sorted(w.rglob("*.py")))]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                assert name not in ("cpdesk.domain.notes", "cpdesk.store.reading"), f"{path} imports {name}"
