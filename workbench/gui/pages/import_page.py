"""The Import page (being built)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.gui.pages.base import Page, page_heading


class ImportPage(Page):
    page_id = "import"
    open_demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title_label, self.subtitle_label = page_heading(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Import")

    def retranslate(self) -> None:
        self.title_label.setText(self.title())

    def import_paths(self, paths: list[Path]) -> None:
        pass
