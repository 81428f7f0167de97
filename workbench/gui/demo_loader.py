"""Builds the demo engagement in a worker, with a progress dialog, then opens it."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from workbench.core.engagement import Engagement
from workbench.gui.errors import is_expected, show_expected_error
from workbench.gui.i18n import ui_language
from workbench.gui.session import EngagementSession
from workbench.gui.workers import Worker


class DemoNotAvailable(Exception):
    """The demo generator is not part of this build yet."""


def build_demo(lang: str, progress: Any, is_cancelled: Any) -> Engagement:
    """Runs on the worker thread: the core's demo (cached when up to date)."""
    try:
        module = importlib.import_module("workbench.core.demo_engagement")
    except ModuleNotFoundError as exc:
        raise DemoNotAvailable from exc
    engagement = module.load_or_build_demo(progress, is_cancelled, lang=lang)
    assert isinstance(engagement, Engagement)
    return engagement


class DemoLoader(QObject):
    """Signals:
    loaded(): the demo engagement is open in the session.
    """

    loaded = Signal()

    def __init__(self, session: EngagementSession, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.worker = Worker(self)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.done.connect(self._on_worker_done)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.finished.connect(self._close_dialog)
        self.dialog: QProgressDialog | None = None
        self.loaded.connect(self._on_loaded)
        self._loaded_count = 0

    def start(self) -> None:
        self.dialog = QProgressDialog(
            self.tr("Building the demo engagement…"), self.tr("Cancel"), 0, 1000, self.parent_widget
        )
        self.dialog.setWindowTitle(self.tr("Demo engagement"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.worker.cancel)
        self.dialog.setValue(0)
        self.worker.start(build_demo, ui_language())

    def run_blocking(self, timeout_ms: int = 600_000) -> bool:
        """Build synchronously (screenshots, ``--demo`` start-up tests); True when loaded."""
        before = self._loaded_count
        self.start()
        self.worker.wait(timeout_ms)
        QEventLoop().processEvents()  # delivers the queued done signal
        return self._loaded_count > before

    @Slot()
    def _on_loaded(self) -> None:
        self._loaded_count += 1

    @Slot(float, str)
    def _on_worker_progress(self, fraction: float, message: str) -> None:
        if self.dialog is not None:
            self.dialog.setValue(int(fraction * 1000))
            if message:
                self.dialog.setLabelText(message)

    @Slot(object)
    def _on_worker_done(self, engagement: object) -> None:
        assert isinstance(engagement, Engagement)
        # The demo is never silently dirty-free: it has no file yet, so Save asks where.
        self.session.replace(engagement, None)
        self.loaded.emit()

    @Slot(object)
    def _on_worker_failed(self, exc: object) -> None:
        if isinstance(exc, DemoNotAvailable):
            box = QMessageBox(self.parent_widget)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Demo engagement"))
            box.setText(self.tr("The demo engagement is not built yet in this version."))
            box.open()
        elif isinstance(exc, BaseException) and is_expected(exc):
            show_expected_error(self.parent_widget, exc)

    @Slot()
    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def shutdown(self) -> None:
        self.worker.shutdown()
