"""Faults in cpdesk itself kept in a rotating log in the user's data folder, with nothing personal in it.

A fault's message can quote what a user typed or what a young person said, so the log keeps only the
error's type, where in cpdesk's code it happened, and any record ids; never the message. No Qt.
"""

from __future__ import annotations

import io
import logging
import os
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from cpdesk.config import user_data_dir

LOG_NAME = "cpdesk.log"
LOGGER = "cpdesk"
MAX_BYTES = 512 * 1024
BACKUPS = 3
_UUID = re.compile(r"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b", re.IGNORECASE)


def log_path(data_dir: Path) -> Path:
    """Where faults are written."""
    return Path(data_dir) / "logs" / LOG_NAME


def describe_fault(error: BaseException) -> str:
    """A fault as the log keeps it: type, record ids from the message, and cpdesk's own frames."""
    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    ids: set[str] = set()
    cause: BaseException | None = error
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        ids.update(_UUID.findall(str(cause)))
        if cause is not error:
            lines.append(f"caused by {type(cause).__module__}.{type(cause).__qualname__}")
        for frame in traceback.extract_tb(cause.__traceback__):
            # The file and function, never the source line: a line can hold a user's words in a literal.
            lines.append(f"  at {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        cause = cause.__cause__ or cause.__context__
    if ids:
        lines.insert(1, "records: " + ", ".join(sorted(ids)))
    return "\n".join(lines)


def _short(filename: str) -> str:
    parts = Path(filename).parts
    if "cpdesk" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("cpdesk") :])
    return Path(filename).name


class _FaultFormatter(logging.Formatter):
    """The time, the logger's fixed text, and the fault described without its message."""

    def format(self, record: logging.LogRecord) -> str:
        when = self.formatTime(record, "%Y-%m-%dT%H:%M:%S")
        text = f"{when} {record.levelname} {record.msg}"
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + describe_fault(record.exc_info[1])
        return text


class _OwnerOnlyHandler(RotatingFileHandler):
    """A rotating log file that only its owner can read."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


def keep_faults(data_dir: Path | None = None) -> Path:
    """Send cpdesk's faults to the log in data_dir (the user's data folder unless given); return its path."""
    path = log_path(data_dir if data_dir is not None else user_data_dir())
    logger = logging.getLogger(LOGGER)
    for handler in logger.handlers[:]:
        if isinstance(handler, _OwnerOnlyHandler):
            if Path(handler.baseFilename) == path.resolve():
                return path
            logger.removeHandler(handler)  # the data folder moved (tests, or a portable copy)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = _OwnerOnlyHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(_FaultFormatter())
    handler.setLevel(logging.ERROR)
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR)
    return path


def record_fault(what: str, error: BaseException, data_dir: Path | None = None) -> Path:
    """Log a fault and return the log's path; what is cpdesk's own fixed words, never a user's."""
    path = keep_faults(data_dir)
    logging.getLogger(LOGGER).error(what, exc_info=(type(error), error, error.__traceback__))
    for handler in logging.getLogger(LOGGER).handlers:
        handler.flush()
    return path


def fault_text(error: BaseException, log: Path | None) -> str:
    """What a user is told of a fault: that it is cpdesk's, where it was recorded, and what to check."""
    where = f" The details (with nothing personal in them) are in {log}." if log else ""
    return (
        f"This is a fault in cpdesk ({type(error).__name__}), not a problem with what you did.{where} "
        "Check that your last change was saved before you go on."
    )
