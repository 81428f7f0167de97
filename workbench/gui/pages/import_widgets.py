"""Building blocks of the Import page: the drop zone and the progress panel."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.formatting import format_number
from workbench.gui.i18n import ui_language

_ROWS_IN_MESSAGE = re.compile(r"([\d,]+) rows")


class DropZone(QFrame):
    """Signals:
    files_dropped(list): local paths dropped on the zone.
    choose_clicked(): the "Choose files" button.
    demo_clicked(): the "Open the demo engagement" button.
    """

    files_dropped = Signal(list)
    choose_clicked = Signal()
    demo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropZone")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.message.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("PrimaryButton")
        self.choose_button.clicked.connect(self.choose_clicked)
        self.demo_button = QPushButton(self)
        self.demo_button.clicked.connect(self.demo_clicked)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(self.tr("Drop a billing export here, or open the demo engagement"))
        self.hint.setText(
            self.tr(
                "AWS, Azure, Google Cloud, OCI and FOCUS exports are recognised from their "
                "content (CSV, CSV.gz, ZIP, Excel, Parquet). Several files at once are fine."
            )
        )
        self.choose_button.setText(self.tr("Choose files…"))
        self.demo_button.setText(self.tr("Open the demo engagement"))

    def set_active(self, active: bool) -> None:
        self.setProperty("active", "true" if active else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            self.set_active(True)
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self.set_active(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.set_active(False)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class ImportProgressPanel(QWidget):
    """Progress bar with rows/s and MB/s, and a Cancel button.

    Signals:
        cancel_clicked(): the user wants to stop.
    """

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.label = QLabel(self)
        self.label.setMinimumWidth(360)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self._started = 0.0
        self._total_bytes = 0
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def begin(self, total_bytes: int, text: str) -> None:
        self._started = time.monotonic()
        self._total_bytes = total_bytes
        self.bar.setValue(0)
        self.label.setText(text)
        self.cancel_button.setEnabled(True)
        self.show()

    @Slot(float, str)
    def update_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        elapsed = max(time.monotonic() - self._started, 1e-3)
        lang = ui_language()
        parts = []
        match = _ROWS_IN_MESSAGE.search(message)
        if match:
            rows = int(match.group(1).replace(",", ""))
            parts.append(self.tr("%1 rows/s").replace("%1", format_number(rows / elapsed, lang)))
        mb = self._total_bytes * fraction / 1e6
        parts.append(self.tr("%1 MB/s").replace("%1", format_number(mb / elapsed, lang, 1)))
        self.label.setText(" · ".join(parts))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
