"""What the last PDF run produced: pages, size, sections in and out (and why), Open."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from workbench.core.formatting import format_number
from workbench.gui.i18n import ui_language
from workbench.gui.report.options import section_name
from workbench.report.builder import ReportSummary
from workbench.report.sections import SECTION_IDS


def file_size_text(size_bytes: int, lang: str) -> str:
    if size_bytes >= 1_000_000:
        return f"{format_number(size_bytes / 1_000_000, lang, 1)} MB"
    return f"{format_number(max(1, round(size_bytes / 1000)), lang)} kB"


class ReportResultPanel(QFrame):
    """Shown after a PDF was written; ``retranslate()`` re-renders it from the summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.summary: ReportSummary | None = None
        self.not_chosen: tuple[str, ...] = ()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.heading = QLabel(self)
        self.heading.setObjectName("SectionTitle")
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.file_label, 1, 0, 1, 2)
        self.captions: list[QLabel] = []
        self.values: list[QLabel] = []
        for row in range(3):
            caption, value = QLabel(self), QLabel(self)
            caption.setObjectName("Muted")
            value.setWordWrap(True)
            grid.addWidget(caption, row + 2, 0)
            grid.addWidget(value, row + 2, 1)
            self.captions.append(caption)
            self.values.append(value)
        self.included_label, self.omitted_label = self.values[1], self.values[2]
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.setContentsMargins(0, 6, 0, 0)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.show_in_folder)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 5, 0, 1, 2)
        self.hide()

    def show_summary(self, summary: ReportSummary, not_chosen: Sequence[str]) -> None:
        self.summary = summary
        self.not_chosen = tuple(not_chosen)
        self.retranslate()
        self.show()

    def open_file(self) -> None:
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.path)))

    def show_in_folder(self) -> None:
        # Selecting the file in the file manager needs per-platform tricks; the folder is
        # what every platform opens reliably.
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.summary.path).parent)))

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.folder_button.setText(self.tr("Show in folder"))
        summary = self.summary
        if summary is None:
            return
        lang = ui_language()
        self.heading.setText(self.tr("Report created"))
        self.file_label.setText(Path(summary.path).name)
        self.file_label.setToolTip(str(summary.path))
        self.captions[0].setText(self.tr("Pages and size"))
        self.values[0].setText(
            self.tr("%1 pages · %2")
            .replace("%1", format_number(summary.pages, lang))
            .replace("%2", file_size_text(summary.size_bytes, lang))
        )
        self.captions[1].setText(self.tr("Included"))
        self.included_label.setText(", ".join(section_name(s, lang) for s in summary.sections))
        self.captions[2].setText(self.tr("Left out"))
        reasons = [
            self.tr("%1 (no data yet)").replace("%1", section_name(s, lang))
            for s in summary.omitted
        ] + [
            self.tr("%1 (not chosen)").replace("%1", section_name(s, lang))
            for s in SECTION_IDS
            if s in self.not_chosen
        ]
        self.omitted_label.setText(", ".join(reasons) if reasons else self.tr("Nothing"))
