"""Qt item models over the core's explorer results (adapters only, no arithmetic).

:class:`PivotTreeModel` shows one :class:`Pivot`: key columns, one column per month and a
total column, then a totals row. Each pivot row can expand (lazily, filled by the page from
:func:`drill_down`) into its resources and, below each resource, its source lines with
the file name and row number. Every money cell keeps the exact nano amount in
:data:`NANO_ROLE` (tests compare those with the core).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from workbench.core.analysis.explorer import DrillDown, Pivot
from workbench.core.formatting import format_date, format_money_nano, format_month

NANO_ROLE = Qt.ItemDataRole.UserRole + 1
#: On a pivot row's first cell: the tuple of its keys. On the totals row: None.
KEYS_ROLE = Qt.ItemDataRole.UserRole + 2
#: On a row's first cell: "row", "total", "placeholder", "resource" or "line".
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

ModelIndex = QModelIndex


def _text(value: str, kind: str = "") -> QStandardItem:
    item = QStandardItem(value)
    item.setEditable(False)
    if kind:
        item.setData(kind, KIND_ROLE)
    return item


def _money(nano: int | None, currency: str, lang: str) -> QStandardItem:
    item = QStandardItem("" if nano is None else format_money_nano(nano, currency, lang))
    item.setEditable(False)
    item.setData(nano, NANO_ROLE)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PivotTreeModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.pivot: Pivot | None = None
        self.lang = "en"

    @property
    def key_columns(self) -> int:
        return len(self.pivot.rows_by) if self.pivot else 1

    def set_pivot(
        self, view: Pivot, lang: str, headers: Sequence[str], total: str, loading: str
    ) -> None:
        """Fill from ``view``; ``headers`` are the key columns' titles (translated)."""
        self.clear()
        self.pivot, self.lang = view, lang
        months = [format_month(dt.date(int(m[:4]), int(m[5:7]), 1), lang) for m in view.months]
        self.setHorizontalHeaderLabels([*headers, *months, total])
        cur = view.currency
        for row in view.rows:
            first = _text(row.keys[0], "row")
            first.setData(row.keys, KEYS_ROLE)
            first.appendRow([_text(loading, "placeholder")])
            items = [first, *[_text(k) for k in row.keys[1:]]]
            items += [_money(v, cur, lang) for v in row.cells] + [_money(row.total, cur, lang)]
            self.appendRow(items)
        totals = [_text(total, "total")] + [_text("") for _ in row_pad(view)]
        totals += [_money(v, cur, lang) for v in view.column_totals]
        totals.append(_money(view.grand_total, cur, lang))
        bold = QFont()
        bold.setBold(True)
        for item in totals:
            item.setFont(bold)
        self.appendRow(totals)

    def row_keys(self, index: ModelIndex) -> tuple[str, ...] | None:
        first = self.itemFromIndex(index.siblingAtColumn(0))
        if first is None or first.data(KIND_ROLE) != "row":
            return None
        keys = first.data(KEYS_ROLE)
        return tuple(keys) if keys else None

    def needs_drill(self, index: ModelIndex) -> bool:
        first = self.itemFromIndex(index.siblingAtColumn(0))
        return (
            first is not None
            and first.data(KIND_ROLE) == "row"
            and first.rowCount() == 1
            and first.child(0).data(KIND_ROLE) == "placeholder"
        )

    def find_row(self, keys: tuple[str, ...]) -> QStandardItem | None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if (
                item is not None
                and item.data(KIND_ROLE) == "row"
                and tuple(item.data(KEYS_ROLE)) == keys
            ):
                return item
        return None

    def set_drill(
        self, keys: tuple[str, ...], drill: DrillDown | None, empty: str, more: str
    ) -> None:
        """Replace a row's placeholder by its resources and their source lines."""
        parent = self.find_row(keys)
        if parent is None or self.pivot is None:
            return
        parent.removeRows(0, parent.rowCount())
        width = self.columnCount()
        cur, lang = self.pivot.currency, self.lang
        if drill is None or not drill.resources:
            parent.appendRow([_text(empty, "placeholder")])
            return
        by_resource: dict[str, list[QStandardItem]] = {}
        for resource, amount in drill.resources:
            item = _text(resource, "resource")
            row = [item] + [_text("") for _ in range(width - 2)] + [_money(amount, cur, lang)]
            parent.appendRow(row)
            by_resource[resource] = [item]
        for line in drill.lines:
            holder = by_resource.get(line.resource_id)
            if holder is None:
                continue
            label = f"{line.source_file} : {line.source_row} · {format_date(line.day, lang)}"
            if line.description:
                label += f" · {line.description}"
            item = _text(label, "line")
            item.setToolTip(label)
            item.setData((line.source_file, line.source_row), KEYS_ROLE)
            row = [item] + [_text("") for _ in range(width - 2)]
            holder[0].appendRow([*row, _money(line.amount_nano, cur, lang)])
        if drill.line_count > len(drill.lines):
            parent.appendRow([_text(more.replace("%1", str(len(drill.lines))), "placeholder")])


def row_pad(view: Pivot) -> range:
    return range(len(view.rows_by) - 1)
