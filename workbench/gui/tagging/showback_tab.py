"""showback tab (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from workbench.gui.tagging.compute import TaggingView


class ShowbackTab(QWidget):
    config_edited = Signal(object)

    def retranslate(self) -> None:
        pass

    def show_view(self, view: TaggingView, currency: str, lang: str) -> None:
        pass
