"""The one error bridge: every exception the user should hear about ends up here.

``install()`` sets ``sys.excepthook`` and ``threading.excepthook``. An exception raised in
a slot, in a plain thread or in a :class:`~workbench.gui.workers.Worker` task is brought to
the GUI thread (a queued signal), and then:

- an *expected* error (a bad file, a rejected import) shows its message, no traceback;
- anything else first autosaves the engagement to the recovery file, then shows a dialog
  with a short message and a copyable report (the traceback in a details box).
"""

from __future__ import annotations

import contextlib
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.core.engagement import EngagementFileError
from workbench.core.importing.base import ImportCancelled, ImportRejected
from workbench.core.importing.pipeline import OverlapDetected

#: Errors with a message written for the user; they never show a traceback.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (
    ImportRejected,
    ImportCancelled,
    OverlapDetected,  # a question for the user, answered by the Import page
    EngagementFileError,
    FileNotFoundError,
    PermissionError,
    IsADirectoryError,
)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
AutosaveCallback = Callable[[], Path | None]


def is_expected(exc: BaseException) -> bool:
    return isinstance(exc, EXPECTED_ERRORS)


def show_expected_error(parent: QWidget | None, exc: BaseException) -> None:
    """A plain message for an error the user can act on (no traceback)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorBridge", "Could not complete"))
    # Core errors carry the stable English text; Dutch users read the localised one.
    from workbench.core.importing.messages_nl import localise_message
    from workbench.gui.i18n import ui_language

    box.setText(localise_message(str(exc), ui_language()) or type(exc).__name__)
    box.open()


def format_report(exc_info: ExcInfo, recovery_path: Path | None) -> str:
    exc_type, exc, tb = exc_info
    lines = [
        f"FinOps Maturity Workbench {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Recovery file: {recovery_path if recovery_path else 'none written'}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """Short message, the report in a details box, and a "Copy report" button."""

    def __init__(self, report: str, recovery_path: Path | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(560)
        self.report = report
        layout = QVBoxLayout(self)
        message = self.tr("Something went wrong inside the workbench.")
        if recovery_path is not None:
            message += " " + self.tr(
                "Your engagement was saved to a recovery file first; "
                "it will be offered the next time you start."
            )
        else:
            message += " " + self.tr("There were no unsaved changes to protect.")
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class ErrorBridge(QObject):
    """Receives every unexpected exception and shows it on the GUI thread.

    Signals:
        exception_from_thread(object): internal; carries ``exc_info`` to the GUI thread.
        reported(str): the report text, after the dialog is shown (tests, logging).
    """

    exception_from_thread = Signal(object)
    reported = Signal(str)

    def __init__(
        self,
        autosave: AutosaveCallback,
        parent_widget: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        super().__init__()
        self._autosave = autosave
        self._parent_widget = parent_widget
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._handling = False
        self.last_dialog: ErrorDialog | None = None
        self.exception_from_thread.connect(self._on_exception_from_thread)

    def install(self) -> None:
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if sys.excepthook == self._sys_hook:
            sys.excepthook = self._previous_sys_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    def _on_gui_thread(self) -> bool:
        app = QCoreApplication.instance()
        return app is not None and QThread.currentThread() == app.thread()

    def _sys_hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if self._on_gui_thread():
            self.handle((exc_type, exc, tb))
        else:
            self.exception_from_thread.emit((exc_type, exc, tb))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.exception_from_thread.emit((args.exc_type, args.exc_value, args.exc_traceback))

    @Slot(object)
    def _on_exception_from_thread(self, exc_info: ExcInfo) -> None:
        self.handle(exc_info)

    def handle(self, exc_info: ExcInfo) -> None:
        """Autosave, then show the error (GUI thread only)."""
        exc_type, exc, tb = exc_info
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if self._handling:  # an error while showing an error: do not loop
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handling = True
        try:
            if is_expected(exc):
                show_expected_error(self._parent_widget(), exc)
                return
            recovery_path: Path | None = None
            with contextlib.suppress(Exception):
                recovery_path = self._autosave()
            report = format_report(exc_info, recovery_path)
            sys.stderr.write(report + "\n")
            self.last_dialog = ErrorDialog(report, recovery_path, self._parent_widget())
            self.last_dialog.open()
            self.reported.emit(report)
        finally:
            self._handling = False
