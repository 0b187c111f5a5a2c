"""Faults are kept in a log in the user's data folder, with nothing personal in it."""

from __future__ import annotations

import logging
from pathlib import Path
from uuid import uuid4

import pytest

from cpdesk.faults import LOGGER, describe_fault, fault_text, keep_faults, record_fault

SAID = "Sam said the placement move was frightening"


def fail_with_personal_words(record: object) -> None:
    raise KeyError(f"{SAID} ({record})")


@pytest.fixture(autouse=True)
def _no_log_handlers_left() -> object:
    logger = logging.getLogger(LOGGER)
    before = list(logger.handlers)
    yield
    for handler in logger.handlers[:]:
        if handler not in before:
            handler.close()
            logger.removeHandler(handler)


def test_a_fault_is_logged_with_its_type_frames_and_ids_but_never_its_words(tmp_path: Path) -> None:
    path = keep_faults(tmp_path / "data")
    record = uuid4()
    try:
        try:
            fail_with_personal_words(record)
        except KeyError as inner:
            raise RuntimeError(f"while saving {SAID}") from inner
    except RuntimeError as error:
        assert record_fault("saving a challenge failed", error, tmp_path / "data") == path
    logging.getLogger(LOGGER).handlers[-1].flush()
    text = path.read_text(encoding="utf-8")
    assert "saving a challenge failed" in text
    assert "builtins.RuntimeError" in text and "caused by builtins.KeyError" in text
    assert "test_faults.py" in text and "fail_with_personal_words" in text
    assert str(record) in text
    assert "Sam" not in text and "frightening" not in text
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_setting_up_twice_adds_one_handler(tmp_path: Path) -> None:
    logger = logging.getLogger(LOGGER)
    count = len(logger.handlers)
    keep_faults(tmp_path)
    keep_faults(tmp_path)
    assert len(logger.handlers) == count + 1


def test_the_user_is_told_it_is_a_fault_and_where_the_log_is(tmp_path: Path) -> None:
    text = fault_text(ValueError("x"), tmp_path / "cpdesk.log")
    assert "fault in cpdesk (ValueError)" in text and str(tmp_path / "cpdesk.log") in text
    assert "nothing was changed" not in text.lower()


def test_a_fault_without_a_traceback_is_described() -> None:
    assert describe_fault(OSError("disk")) == "builtins.OSError"
