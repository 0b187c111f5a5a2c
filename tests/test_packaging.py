"""An installed cpdesk has every part of cpdesk: pyproject.toml lists its packages by hand, so a new
folder of code must be added there, and this test says so before a user's install is missing it."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _listed() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_folder_of_code_is_a_package() -> None:
    missing = [
        str(folder.relative_to(ROOT))
        for folder in sorted({path.parent for path in (ROOT / "cpdesk").rglob("*.py")})
        if "__pycache__" not in folder.parts and not (folder / "__init__.py").exists()
    ]
    assert missing == []


def test_pyproject_lists_every_package() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "cpdesk").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    mapped = {"cpdesk.resources", "cpdesk.schema"}  # package-dir maps these from resources/ and schema/
    assert _listed() == found | mapped
