"""The Qt binding itself: a release that mishandles references crashes the app after a few hundred clicks."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True and None are immortal from Python 3.12")
def test_emitting_signals_keeps_references_to_true_and_none() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(1)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5, "this PySide6 release loses references to True (see pyproject.toml)"
    assert after[1] >= before[1] - 5, "this PySide6 release loses references to None (see pyproject.toml)"
