"""A private folder for copies cpdesk hands to other programs (a paper opened in the PDF viewer).

Each running cpdesk has its own folder inside the user's data folder, readable by the owner only. It
is removed when the window closes; folders left by a cpdesk that crashed are removed at the next start.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

SCRATCH = "open-copies"
STALE_AFTER_SECONDS = 24 * 3600  # where a process cannot be asked whether it still runs


def _alive(pid: int) -> bool | None:
    """Whether a process runs; None where this platform cannot say."""
    if sys.platform == "win32":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ScratchFolder:
    """This process's folder of open copies under data_dir; nothing is made until a copy is wanted."""

    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir) / SCRATCH
        self.path = self.root / str(os.getpid())

    def folder_for(self, name: str) -> Path:
        """A private sub-folder for one copy, made owner-only."""
        for folder in (self.root.parent, self.root, self.path, self.path / name):
            folder.mkdir(mode=0o700, exist_ok=True)
            if os.name == "posix":
                os.chmod(folder, 0o700)
        return self.path / name

    def remove(self) -> None:
        """Remove this process's copies (a viewer may still hold one open on Windows: it goes next time)."""
        shutil.rmtree(self.path, ignore_errors=True)

    def remove_stale(self) -> list[Path]:
        """Remove the folders of cpdesk processes that are no longer running; return what was removed."""
        removed: list[Path] = []
        if not self.root.is_dir():
            return removed
        for entry in self.root.iterdir():
            if entry == self.path:
                continue
            if entry.name.isdigit():
                alive = _alive(int(entry.name))
                if alive is None:
                    alive = time.time() - entry.stat().st_mtime < STALE_AFTER_SECONDS
                if alive:
                    continue
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
            removed.append(entry)
        return removed
