"""The card every KPI sits in: a small label, a large value, then the card's own lines.

The Overview's KPI cards and the Tags & Allocation tiles share this frame, so both look
the same under the theme's ``Card``/``kpi`` style rules.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiFrame(QFrame):
    """Label and value; subclasses add lines below with :meth:`add_line`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setProperty("kpi", True)
        self._body = QVBoxLayout(self)
        self._body.setContentsMargins(18, 14, 18, 14)
        self._body.setSpacing(4)
        self.label = QLabel(self)
        self.label.setObjectName("KpiLabel")
        self.value = QLabel(self)
        self.value.setObjectName("KpiValue")
        self.value.setWordWrap(True)
        self._body.addWidget(self.label)
        self._body.addWidget(self.value)
        self._body.addStretch(1)  # extra height goes below the lines, not between them

    def add_line(self, object_name: str, text_format: Qt.TextFormat) -> QLabel:
        line = QLabel(self)
        line.setObjectName(object_name)
        line.setWordWrap(True)
        line.setTextFormat(text_format)
        self._body.insertWidget(self._body.count() - 1, line)
        return line
