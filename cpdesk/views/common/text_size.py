"""One text size for the whole app: steps larger or smaller than the system font, on every window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView

from cpdesk.views.common.widgets import fit_rows

LOWEST, HIGHEST = -4, 24  # steps of one point from the system size
KEY = "window/text_size"
OLD_KEY = "strategy/zoom"  # where earlier versions kept the Strategy reader's size: users keep theirs
# The system font's size, kept on the application the first time it is read: a second window (or one
# opened again) starts from the system size, not from the size the first one chose.
_SYSTEM_SIZE = "cpdesk_system_point_size"


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a text size needs the QApplication"
    return app


def system_point_size() -> float:
    app = _application()
    kept = app.property(_SYSTEM_SIZE)
    if isinstance(kept, float) and kept > 0:
        return kept
    size = QApplication.font().pointSizeF()
    size = size if size > 0 else 9.0
    app.setProperty(_SYSTEM_SIZE, size)
    return size


def forget_system_size() -> None:
    """Read the system size afresh next time (for tests that change what the system size is)."""
    _application().setProperty(_SYSTEM_SIZE, None)


class TextSize(QObject):
    """The application font, so every page, table, dialog and message follows one choice, later ones too."""

    changed = Signal(float)  # the new size in points

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._system = system_point_size()
        self._steps = 0

    @property
    def steps(self) -> int:
        return self._steps

    @property
    def point_size(self) -> float:
        return max(6.0, self._system + self._steps)

    def set_steps(self, steps: int) -> None:
        self._steps = max(LOWEST, min(int(steps), HIGHEST))
        font = QFont(QApplication.font())
        if font.pointSizeF() != self.point_size:
            font.setPointSizeF(self.point_size)
            QApplication.setFont(font)  # the font of every widget, and of every one made later
            # Qt posts the change to each widget: deliver it now, so sizes measured next see the new font.
            QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
            for widget in QApplication.allWidgets():
                if isinstance(widget, QTableView):  # rows stay as tall as the font they were made with
                    fit_rows(widget)
        self.changed.emit(self.point_size)

    def larger(self) -> None:
        self.set_steps(self._steps + 1)

    def smaller(self) -> None:
        self.set_steps(self._steps - 1)

    def normal(self) -> None:
        self.set_steps(0)

    def restore(self, settings: QSettings) -> None:
        saved = settings.value(KEY, settings.value(OLD_KEY, 0))
        try:
            steps = int(str(saved))
        except ValueError:  # a hand-edited settings file: the normal size rather than no window
            steps = 0
        self.set_steps(steps)

    def save(self, settings: QSettings) -> None:
        settings.setValue(KEY, self._steps)
