"""A read-only table for the tabs: sortable header, right-aligned numbers, a totals row
pinned to the bottom whatever the sort, and copy to clipboard (Ctrl+C or the button).

Cells come as :class:`Cell` values (display text plus a sort key) so the tabs decide the
text (locale formatting) and this widget only shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

SortKey = float | str
#: The name column never shrinks below this (or its content, when narrower) to make room.
NAME_MIN_WIDTH = 140


@dataclass(frozen=True)
class Cell:
    text: str
    sort: SortKey | None = None  # None: sort by the text
    number: bool = False  # right-aligned
    colour: str = ""  # a small swatch-like text colour (team colours, warnings)
    tooltip: str = ""
    swatch: str = ""  # a small colour square before the text (team colours)


def text_cell(text: str, tooltip: str = "") -> Cell:
    return Cell(text, text.casefold(), tooltip=tooltip)


class _Item(QTableWidgetItem):
    """Sorts by its key; the totals row ("pinned") stays last in both directions."""

    def __init__(self, cell: Cell, pinned: bool) -> None:
        super().__init__(cell.text)
        self.key: SortKey = cell.sort if cell.sort is not None else cell.text.casefold()
        self.pinned = pinned

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if not isinstance(other, _Item):
            return super().__lt__(other)
        table = self.tableWidget()
        descending = (
            table is not None
            and table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )
        if self.pinned != other.pinned:
            # Pinned must end up last: "greater" ascending, "smaller" descending.
            return descending if self.pinned else not descending
        mine, theirs = self.key, other.key
        if isinstance(mine, str) != isinstance(theirs, str):
            return isinstance(mine, str) is False
        return mine < theirs  # type: ignore[operator]


class DataTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        shortcut = QShortcut(QKeySequence.StandardKey.Copy, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.copy_to_clipboard)
        self._numeric: list[bool] = []
        #: Column widths that show every cell in full; the stretch column gives or takes.
        self._natural_widths: list[int] = []
        self._stretch = 0
        #: Until the user clicks a header, tables keep their own order (or ``sort_by``).
        self._user_sorted = False
        header.sectionClicked.connect(self._on_header_clicked)

    def _on_header_clicked(self, _section: int) -> None:
        self._user_sorted = True

    def set_data(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        totals: Sequence[Cell] | None = None,
        *,
        stretch: int = 0,
        sortable: bool = True,
        sort_by: int | None = None,
    ) -> None:
        """Replace the content; keeps the user's sort column and order. ``sortable=False``
        keeps the given row order (rule precedence, rows with buttons)."""
        header = self.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self.setSortingEnabled(False)
        self.clearContents()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows) + (1 if totals is not None else 0))
        self._numeric = [any(r[i].number for r in rows[:5]) for i in range(len(headers))]
        for index, text in enumerate(headers):
            item = QTableWidgetItem(text)
            align = (
                Qt.AlignmentFlag.AlignRight if self._numeric[index] else Qt.AlignmentFlag.AlignLeft
            )
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            self.setHorizontalHeaderItem(index, item)
        bold = QFont(self.font())
        bold.setBold(True)
        for row_index, row in enumerate(rows):
            for col, cell in enumerate(row):
                self.setItem(row_index, col, self._item(cell, False))
        if totals is not None:
            for col, cell in enumerate(totals):
                item = self._item(cell, True)
                item.setFont(bold)
                self.setItem(len(rows), col, item)
        self._stretch = stretch
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        self._natural_widths = [header.sectionSize(i) for i in range(len(headers))]
        self._fit_columns()
        self.setSortingEnabled(sortable)
        header.setSortIndicatorShown(sortable)
        if sortable and self._user_sorted and 0 <= column < len(headers):
            self.sortByColumn(column, order)
        elif sortable and sort_by is not None:
            self.sortByColumn(sort_by, Qt.SortOrder.DescendingOrder)
        elif sortable:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def set_cell_widgets(self, column: int, widgets: Sequence[QWidget]) -> None:
        """Widgets (e.g. Accept/Reject buttons) down one column, which gets their full width."""
        for row, widget in enumerate(widgets):
            self.setCellWidget(row, column, widget)
        if widgets and column < len(self._natural_widths):
            width = max(widget.sizeHint().width() for widget in widgets)
            self._natural_widths[column] = width
            self.horizontalHeader().resizeSection(column, width)
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Numbers keep their full width; the name (stretch) column takes what is left,
        down to :data:`NAME_MIN_WIDTH` (elided, full text in the tooltip)."""
        widths = self._natural_widths
        if not 0 <= self._stretch < len(widths):
            return
        others = sum(w for i, w in enumerate(widths) if i != self._stretch)
        room = self.viewport().width() - others
        natural = widths[self._stretch]
        self.horizontalHeader().resizeSection(
            self._stretch, max(room, min(natural, NAME_MIN_WIDTH))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _item(self, cell: Cell, pinned: bool) -> _Item:
        item = _Item(cell, pinned)
        align = Qt.AlignmentFlag.AlignRight if cell.number else Qt.AlignmentFlag.AlignLeft
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if cell.colour:
            item.setForeground(QColor(cell.colour))
        if cell.tooltip:
            item.setToolTip(cell.tooltip)
        elif not cell.number and cell.text:
            item.setToolTip(cell.text)  # a narrow name column elides: the tooltip has it all
        if cell.swatch:
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(cell.swatch))
        return item

    def cell_texts(self) -> list[list[str]]:
        """Every row as shown (header first): the clipboard and the tests read this."""

        def text(item: QTableWidgetItem | None) -> str:
            return item.text() if item is not None else ""

        columns = range(self.columnCount())
        head = [text(self.horizontalHeaderItem(c)) for c in columns]
        body = [[text(self.item(r, c)) for c in columns] for r in range(self.rowCount())]
        return [head, *body]

    def copy_to_clipboard(self) -> None:
        """The selected rows (or the whole table) as tab-separated text."""
        rows = self.cell_texts()
        selected = sorted({index.row() for index in self.selectedIndexes()})
        if selected:
            rows = [rows[0], *(rows[r + 1] for r in selected)]
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows))
