"""The left sidebar: the workflow steps in order, one row per page.

Signals:
    page_selected(int): the row the user picked.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class Sidebar(QWidget):
    page_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        self.heading = QLabel(self)
        self.heading.setObjectName("SidebarHeading")
        layout.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setObjectName("SidebarList")
        self.list.setIconSize(QSize(18, 18))
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def set_titles(self, titles: list[str]) -> None:
        """Fill or re-label the rows, keeping the selection."""
        current = self.list.currentRow()
        self.list.blockSignals(True)
        while self.list.count() < len(titles):
            self.list.addItem(QListWidgetItem())
        for row, title in enumerate(titles):
            item = self.list.item(row)
            item.setText(f"{row + 1}  {title}")
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(row + 1)))
        self.list.setCurrentRow(max(current, 0))
        self.list.blockSignals(False)

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("WORKFLOW"))

    @Slot(int)
    def _on_list_row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_selected.emit(row)
