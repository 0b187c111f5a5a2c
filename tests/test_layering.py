"""The layering rules of DESIGN.md, checked: no Qt below the views, and the views never reach the database."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cpdesk"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")
DATABASE_MODULES = ("peewee", "playhouse", "sqlite3", "cpdesk.store")


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # a relative import: resolve it against the file's package
                base = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                found.add(".".join((*base, node.module or "")).rstrip("."))
            elif node.module:
                found.add(node.module)
    return found


def _is(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


def test_no_module_outside_the_views_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("views/") or relative == "app.py":
            continue
        offenders += [f"{relative}: {m}" for m in imported_modules(path) if _is(m, QT_MODULES)]
    assert offenders == []


def test_the_views_never_reach_the_database() -> None:
    offenders = []
    for path in [*(PACKAGE / "views").rglob("*.py"), *PACKAGE.glob("app.py")]:
        offenders += [f"{path.name}: {m}" for m in imported_modules(path) if _is(m, DATABASE_MODULES)]
    assert offenders == []


def test_loading_store_domain_packs_and_the_cli_loads_no_qt() -> None:
    code = (
        "import sys, cpdesk.store, cpdesk.domain, cpdesk.domain.desk, cpdesk.domain.strategy, cpdesk.packs, "
        "cpdesk.__main__\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_layering_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = PACKAGE / "domain" / "strategy.py"
    assert "cpdesk.store" in imported_modules(sample)
    fake = tmp_path / "x.py"
    fake.write_text("from PySide6 import QtCore\nimport pyqtgraph as pg\n")
    assert {"PySide6", "pyqtgraph"} <= imported_modules(fake)
