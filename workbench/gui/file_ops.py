"""New / Open / Save / Save As / Recent files, with the unsaved-changes prompt.

The dialogs live here; the state lives in :class:`~workbench.gui.session.EngagementSession`,
which opens and saves on its file worker. So Open and Save only *start* the operation and
return at once; a :class:`~workbench.gui.busy.BusyIndicator` shows it is running, and what
has to happen afterwards (close the window, start a new engagement, open another file once
the changes are saved) is passed as a ``then`` callback that runs when the operation
succeeded. While an open or save runs, the file commands do nothing (no double start).

Signals:
    recent_changed(list): the recent-files list after an open or save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbench.core.engagement import EXTENSION
from workbench.gui.busy import BusyIndicator
from workbench.gui.errors import is_expected, show_expected_error
from workbench.gui.recent_files import RecentFiles
from workbench.gui.session import EngagementSession

Then = Callable[[], object]


class FileOperations(QObject):
    recent_changed = Signal(list)

    def __init__(
        self, session: EngagementSession, window: QWidget, recent: RecentFiles | None = None
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.recent = recent or RecentFiles()
        self.busy = BusyIndicator(window)
        self.busy.cancel_requested.connect(self._on_cancel_requested)
        self._then: list[Then] = []
        session.file_done.connect(self._on_file_done)
        session.file_failed.connect(self._on_file_failed)
        session.busy_changed.connect(self._on_busy_changed)

    def _file_filter(self) -> str:
        return self.tr("Engagement files (*%1)").replace("%1", EXTENSION)

    def is_busy(self) -> bool:
        """An open or save is running."""
        return self.session.is_busy()

    def when_done(self, then: Then) -> None:
        """Run ``then`` once the running open or save has succeeded (dropped if it fails)."""
        if then not in self._then:  # Close pressed twice: close once
            self._then.append(then)

    def confirm_discard_changes(self, then: Then | None = None) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes.

        True: go ahead now (nothing unsaved, or Discard). False: not now. That is Cancel,
        a save already running, or Save: then the save runs in the background and ``then``
        (if given) runs after it succeeded.
        """
        if self.is_busy():
            return False
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
            self.save(then=then)
            return False
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> bool:
        if not self.confirm_discard_changes(then=self.session.new):
            return False
        self.session.new()
        return True

    def open_with_dialog(self) -> bool:
        if not self.confirm_discard_changes(then=self._ask_open):
            return False
        return self._ask_open()

    def _ask_open(self) -> bool:
        start = str(self.session.path.parent) if self.session.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open engagement"), start, self._file_filter()
        )
        return bool(path) and self.open_path(path, confirmed=True)

    def open_path(self, path: str | Path, *, confirmed: bool = False) -> bool:
        """Start opening ``path``; True when the open started."""
        if not confirmed and not self.confirm_discard_changes(
            then=lambda: self.open_path(path, confirmed=True)
        ):
            return False
        if not self.session.start_open(path):
            return False
        self.busy.start(self.tr("Opening %1…").replace("%1", Path(path).name), cancellable=True)
        return True

    def save(self, *, then: Then | None = None) -> bool:
        """Start saving (Save As for a new engagement); True when the save started."""
        if self.is_busy():
            return False
        if self.session.path is None:
            return self.save_as(then=then)
        return self._save_to(self.session.path, then)

    def save_as(self, *, then: Then | None = None) -> bool:
        if self.is_busy():
            return False
        start = str(self.session.path or Path.home() / f"engagement{EXTENSION}")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save engagement as"), start, self._file_filter()
        )
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(Path(path), then)

    def _save_to(self, path: Path, then: Then | None) -> bool:
        if not self.session.start_save(path):
            return False
        if then is not None:
            self._then.append(then)
        self.busy.start(self.tr("Saving %1…").replace("%1", path.name), cancellable=False)
        return True

    # -- results --------------------------------------------------------------------------

    @Slot()
    def _on_cancel_requested(self) -> None:
        self._then = []
        self.session.cancel_open()

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.busy.stop()

    @Slot(str, object)
    def _on_file_done(self, _kind: str, path: object) -> None:
        assert isinstance(path, Path)
        self.recent_changed.emit(self.recent.add(path))
        pending, self._then = self._then, []
        for then in pending:
            then()

    @Slot(str, object)
    def _on_file_failed(self, _kind: str, exc: object) -> None:
        self._then = []  # never close or move on after a failed save or open
        if isinstance(exc, BaseException) and is_expected(exc):
            show_expected_error(self.window, exc)
        # The failed operation superseded (and removed) a running autosave: write it again.
        self.session.autosave_if_dirty()
