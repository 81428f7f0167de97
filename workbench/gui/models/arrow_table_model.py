"""A read-only table model over the first rows of an Arrow table (previews).

Only a bounded number of rows is converted to Python, once, so a preview of a million-row
table costs nothing. Money columns (int64 nano-units, see :mod:`workbench.core.canonical`)
are shown as decimals in the row's billing currency and locale, right-aligned.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workbench.core.formatting import format_date, format_money_nano, format_number
from workbench.gui.i18n import ui_language

MONEY_COLUMNS = frozenset({"BilledCost", "EffectiveCost", "ListCost", "ContractedCost"})
ModelIndex = QModelIndex | QPersistentModelIndex


class ArrowTableModel(QAbstractTableModel):
    def __init__(self, table: pa.Table | None = None, max_rows: int = 50) -> None:
        super().__init__()
        self._columns: list[str] = []
        self._rows: list[dict[str, Any]] = []
        self.max_rows = max_rows
        if table is not None:
            self.set_table(table)

    def set_table(self, table: pa.Table, columns: list[str] | None = None) -> None:
        self.beginResetModel()
        wanted = [c for c in (columns or table.column_names) if c in table.column_names]
        head = table.select(wanted).slice(0, self.max_rows)
        self._columns = wanted
        self._rows = head.to_pylist()
        self.endResetModel()

    def relabel(self) -> None:
        """Re-format after a language switch."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section]
        return str(section + 1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = self._rows[index.row()].get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in MONEY_COLUMNS or isinstance(value, int | float):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._display(column, value, self._rows[index.row()])

    def _display(self, column: str, value: Any, row: dict[str, Any]) -> str:
        if value is None:
            return ""
        lang = ui_language()
        if column in MONEY_COLUMNS and isinstance(value, int):
            currency = str(row.get("BillingCurrency") or "")
            return format_money_nano(value, currency, lang, decimals=4)
        if isinstance(value, dt.datetime):
            return format_date(value.date(), lang)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return format_number(value, lang, 0 if isinstance(value, int) else 4)
        return str(value)
