"""A database kept in a cloud-synced folder or on a network share is named as such across the window's top."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from cpdesk.domain.desk import Desk
from cpdesk.views.main_window import MainWindow


def _banners(window: MainWindow) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if "Where this database is kept" in label.text()]


def test_a_database_in_a_synced_folder_has_a_banner_saying_why_and_what_to_do(
    strategy_db: Desk, tmp_path: Path, make_window: Callable[[Desk], MainWindow]
) -> None:
    # A real folder named as Dropbox names its own: nothing about the machine is pretended.
    synced = tmp_path / "Dropbox (<Smith & Co>)"
    path = synced / "Committee" / "cpdesk.db"
    path.parent.mkdir(parents=True)
    shutil.copyfile(strategy_db.path, path)
    with Desk.open(path) as desk:
        window = make_window(desk)
        banners = _banners(window)
        assert len(banners) == 1 and banners[0].isVisible()
        banner = banners[0]
        assert banner.accessibleName() == "This database is in a risky place"
        shown = QTextDocument()
        shown.setHtml(banner.text())  # what the user reads: the folder's name as it is, not taken for markup
        assert f"a folder that Dropbox syncs ({synced})" in shown.toPlainText()
        assert "Keep the database in a folder on this computer that is not synced" in shown.toPlainText()
        window.grab().save(str(tmp_path / "banner.png"))
        window.close()


def test_a_database_on_this_computers_own_disk_has_no_such_banner(main_window: MainWindow) -> None:
    assert _banners(main_window) == []
