"""The "Excel for finance" buttons: one workbook each, with a one-line explanation.

The page owns the file dialog and the worker; this widget only offers the choices and
enables each button when the engagement has what that workbook needs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from workbench.report.finance_excel import FINANCE_WORKBOOKS, FinanceWorkbook

_FILE_TITLES: dict[FinanceWorkbook, tuple[str, str]] = {
    "roadmap": ("Roadmap", "Roadmap"),
    "showback": ("Showback", "Showback"),
    "chargeback_month": ("Chargeback per month", "Chargeback per maand"),
    "chargeback_cost_centre": ("Chargeback per cost centre", "Chargeback per kostenplaats"),
    "tag_worklist": ("Tag worklist", "Tag-werklijst"),
}


def workbook_file_title(kind: FinanceWorkbook, lang: str) -> str:
    """The workbook's part of the suggested file name, in ``lang``."""
    english, dutch = _FILE_TITLES[kind]
    return dutch if lang == "nl" else english


class FinanceExports(QWidget):
    """Signals:
    requested(str): the user wants the workbook of this kind (see FINANCE_WORKBOOKS).
    """

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        self.buttons: dict[FinanceWorkbook, QPushButton] = {}
        self.notes: dict[FinanceWorkbook, QLabel] = {}
        for row, kind in enumerate(FINANCE_WORKBOOKS):
            button = QPushButton(self)
            button.setObjectName(f"export_{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: self.requested.emit(k))
            note = QLabel(self)
            note.setObjectName("Muted")
            note.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
            self.buttons[kind] = button
            self.notes[kind] = note
        grid.setColumnStretch(1, 1)
        self._available: dict[FinanceWorkbook, bool] = dict.fromkeys(FINANCE_WORKBOOKS, True)
        self.retranslate()

    def set_available(self, has_costs: bool, has_roadmap: bool) -> None:
        for kind in FINANCE_WORKBOOKS:
            self._available[kind] = has_roadmap if kind == "roadmap" else has_costs
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        for kind, button in self.buttons.items():
            button.setEnabled(self._available[kind] and not busy)

    def retranslate(self) -> None:
        labels: dict[FinanceWorkbook, tuple[str, str]] = {
            "roadmap": (
                self.tr("Roadmap…"),
                self.tr("Actions with owner, horizon, due date and status."),
            ),
            "showback": (
                self.tr("Showback…"),
                self.tr("Cost per team, product and cost centre per month, shared costs split."),
            ),
            "chargeback_month": (
                self.tr("Chargeback per month…"),
                self.tr("Ledger lines with one sheet per month, plus a reconciliation."),
            ),
            "chargeback_cost_centre": (
                self.tr("Chargeback per cost centre…"),
                self.tr("Ledger lines with one sheet per cost centre, plus a reconciliation."),
            ),
            "tag_worklist": (
                self.tr("Tag worklist…"),
                self.tr("Untagged and non-compliant resources to fix, largest spend first."),
            ),
        }
        missing: dict[FinanceWorkbook, str] = {
            "roadmap": self.tr("Generate the roadmap on the Roadmap page first."),
        }
        for kind in FINANCE_WORKBOOKS:
            title, note = labels[kind]
            self.buttons[kind].setText(title)
            if not self._available[kind]:
                note = missing.get(kind, self.tr("Import billing data first."))
            self.notes[kind].setText(note)
