"""A desk whose clock the test controls, on a copy of the strategy database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from tests.helpers import Clock

START = date(2025, 6, 1)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_strategy_template, db_path)
    opened = Desk.open(db_path, today=clock)
    yield opened
    opened.close()
