"""New / Open / Save / Save As / Recent files, with the unsaved-changes prompt.

The dialogs live here; the state lives in :class:`~workbench.gui.session.EngagementSession`.

Signals:
    recent_changed(list): the recent-files list after an open or save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from workbench.core.engagement import EXTENSION, EngagementFileError
from workbench.gui.errors import show_expected_error
from workbench.gui.recent_files import RecentFiles
from workbench.gui.session import EngagementSession


class FileOperations(QObject):
    recent_changed = Signal(list)

    def __init__(
        self, session: EngagementSession, window: QWidget, recent: RecentFiles | None = None
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.recent = recent or RecentFiles()

    def _file_filter(self) -> str:
        return self.tr("Engagement files (*%1)").replace("%1", EXTENSION)

    def confirm_discard_changes(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True = go ahead."""
        if not self.session.is_dirty():
            return True
        name = self.session.display_name() or self.tr("the new engagement")
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 first?").replace("%1", name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> bool:
        if not self.confirm_discard_changes():
            return False
        self.session.new()
        return True

    def open_with_dialog(self) -> bool:
        if not self.confirm_discard_changes():
            return False
        start = str(self.session.path.parent) if self.session.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open engagement"), start, self._file_filter()
        )
        return bool(path) and self.open_path(path, confirmed=True)

    def open_path(self, path: str | Path, *, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard_changes():
            return False
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self.session.open(path)
        except (EngagementFileError, OSError) as exc:
            show_expected_error(self.window, exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.recent_changed.emit(self.recent.add(path))
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        start = str(self.session.path or Path.home() / f"engagement{EXTENSION}")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save engagement as"), start, self._file_filter()
        )
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save_to(path)
        except OSError as exc:
            show_expected_error(self.window, exc)
            return False
        self.recent_changed.emit(self.recent.add(path))
        return True
