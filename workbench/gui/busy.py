"""A busy indication for an operation that runs on a worker while the window stays live.

The busy cursor appears at once; when the operation takes longer than
:data:`SHOW_AFTER_MS`, a window-modal dialog with a moving bar (and, for an open, a Cancel
button) says what is happening. The window keeps painting and can be moved meanwhile, and
the dialog keeps the user from starting a second operation; short saves never flash it.

Signals:
    cancel_requested(): the user pressed Cancel in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

# A save or open this quick only shows the busy cursor.
SHOW_AFTER_MS = 400


class BusyIndicator(QObject):
    cancel_requested = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.dialog: QProgressDialog | None = None
        self.text = ""
        self.cancellable = False
        self._active = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show_dialog)

    def is_active(self) -> bool:
        return self._active

    def start(self, text: str, *, cancellable: bool) -> None:
        self.stop()
        self.text, self.cancellable = text, cancellable
        self._active = True
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        self._timer.start()

    @Slot()
    def show_dialog(self) -> None:
        """Show the dialog now (the timer does this after SHOW_AFTER_MS)."""
        if not self._active or self.dialog is not None:
            return
        dialog = QProgressDialog(self.text, "", 0, 0, self.parent_widget)
        dialog.setObjectName("BusyDialog")
        dialog.setWindowTitle(QApplication.applicationDisplayName())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(360)
        if self.cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self._on_canceled)
        else:
            dialog.setCancelButton(None)  # a save always finishes: nothing to cancel
        self.dialog = dialog
        dialog.show()

    @Slot()
    def _on_canceled(self) -> None:
        if self._active:
            self.cancel_requested.emit()

    def stop(self) -> None:
        self._timer.stop()
        was_active, self._active = self._active, False
        if self.dialog is not None:
            self.dialog.blockSignals(True)  # closing emits canceled: not the user's wish
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if was_active:
            QApplication.restoreOverrideCursor()
