"""Small building blocks of the tabs: KPI tiles, section titles, formatted cells."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from workbench.core import palette
from workbench.core.formatting import format_money_nano, format_percent
from workbench.core.money import to_float
from workbench.gui.kpi_frame import KpiFrame
from workbench.gui.tagging.tables import Cell


def money_cell(nano: int, currency: str, lang: str) -> Cell:
    return Cell(format_money_nano(nano, currency, lang), float(to_float(nano)), number=True)


def percent_cell(ratio: float | None, lang: str, *, good_at: float | None = None) -> Cell:
    """A share; with ``good_at`` it is coloured green at/above, orange below."""
    if ratio is None:
        return Cell("–", -1.0, number=True)
    colour = ""
    if good_at is not None:
        colour = palette.GOOD if ratio >= good_at else palette.WARNING
    return Cell(format_percent(ratio, lang), ratio, number=True, colour=colour)


def section_title(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("SectionTitle")
    return label


def muted_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget) -> QLabel:
    """An inline message in the warning colour; hidden while empty."""
    label = QLabel(parent)
    label.setObjectName("InlineError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {palette.BAD};")
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class KpiTile(KpiFrame):
    """A large number, a small label, a note line; the tooltip gives the formula."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.note = self.add_line("Muted", Qt.TextFormat.PlainText)

    def show_value(
        self, label: str, value: str, note: str = "", tooltip: str = "", colour: str = ""
    ) -> None:
        self.label.setText(label)
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setToolTip(tooltip)


class FillingTabWidget(QTabWidget):
    """Tabs that ask for no more height than their minimum.

    The page sits in a scroll area that makes it as tall as its layout's preferred height,
    and a tab widget prefers the height of its tallest tab. Asking for the minimum instead
    lets the layout's stretch give the tabs the rest of the window: the page scrolls only
    when the window is smaller than the tabs need, not because one tab would like more.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())
