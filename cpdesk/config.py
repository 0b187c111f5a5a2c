"""Where cpdesk's files live: the user's database, and the data and schemas shipped with the app. No Qt."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cpdesk"
APP_AUTHOR = "cpdesk"
BUNDLED_STRATEGY = "cambridgeshire-2025-2030.json"

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """A folder shipped with cpdesk: inside the installed package, or beside it in a source checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cpdesk's {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    """Data and assets shipped with the app (strategies, icons)."""
    return _shipped("resources")


def schema_dir() -> Path:
    """The published JSON Schemas."""
    return _shipped("schema")


def bundled_strategy_path() -> Path:
    """The strategy a new database starts with."""
    return resources_dir() / "strategies" / BUNDLED_STRATEGY


def user_data_dir() -> Path:
    """The user's own data folder (CPDESK_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("CPDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    """The database cpdesk opens when no --db is given."""
    return user_data_dir() / "cpdesk.db"


def example_database_path() -> Path:
    """The example database `cpdesk --example` opens: a file of its own, never the user's database."""
    return user_data_dir() / "example.db"
