"""A layout that wraps its widgets onto as many rows as the width needs.

Qt's own box and grid layouts ask for the sum of their items' widths, so a row of KPI cards
or filter fields forces the page wider than a 1440 px projector. :class:`FlowLayout` asks
only for its widest item and wraps the rest (the classic Qt "flow layout" example).

Two modes:

- ``min_column_width=0`` (plain flow): items keep their preferred width and wrap like words.
- ``min_column_width>0`` (grid flow): items sit on a grid of equal columns, as many as fit
  (at most ``max_columns``), stretched to the column width; every item in a row gets the
  row's height. Rows are balanced: 12 items that fit 7 across show as 6 + 6, not 7 + 5.

Hidden widgets take no place. The layout reports height-for-width, so a parent box layout
or a resizable scroll area gives it the height its rows need.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 12,
        row_spacing: int | None = None,
        min_column_width: int = 0,
        max_columns: int = 0,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = spacing if row_spacing is None else row_spacing
        self.min_column_width = min_column_width
        self.max_columns = max_columns
        self._height_cache: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout interface ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        cached = self._height_cache.get(width)
        if cached is None:
            cached = self._arrange(QRect(0, 0, width, 0), apply=False)
            self._height_cache[width] = cached
        return cached

    def invalidate(self) -> None:
        self._height_cache.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one row (at most ``max_columns`` across): what it would like."""
        items = self._visible()
        if not items:
            return self.minimumSize()
        if self._grid:
            across = min(len(items), self.max_columns or len(items))
            width = across * self.minimumSize().width() + (across - 1) * self._spacing
        else:
            width = sum(i.sizeHint().width() for i in items) + (len(items) - 1) * self._spacing
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest single item (or column): all a wrapping layout really needs."""
        width, height = self.min_column_width, 0
        for item in self._visible():
            size = item.minimumSize()
            width, height = max(width, size.width()), max(height, size.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    # -- geometry -------------------------------------------------------------------------

    @property
    def _grid(self) -> bool:
        return self.min_column_width > 0

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def columns_for(self, width: int) -> int:
        """How many grid columns ``width`` (inside the margins) holds, rows balanced."""
        count = len(self._visible())
        if count == 0:
            return 1
        # No column narrower than its widest item: a big KPI number is never clipped.
        column = max([self.min_column_width, *(i.minimumSize().width() for i in self._visible())])
        fit = max(1, (width + self._spacing) // (column + self._spacing))
        if self.max_columns:
            fit = min(fit, self.max_columns)
        fit = min(fit, count)
        rows = math.ceil(count / fit)
        return math.ceil(count / rows)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (when ``apply``); returns the height used."""
        inner = rect.marginsRemoved(self.contentsMargins())
        items = self._visible()
        if self._grid:
            height = self._arrange_grid(inner, items, apply)
        else:
            height = self._arrange_flow(inner, items, apply)
        margins: QMargins = self.contentsMargins()
        return height + margins.top() + margins.bottom()

    def _arrange_grid(self, inner: QRect, items: list[QLayoutItem], apply: bool) -> int:
        columns = self.columns_for(inner.width())
        column_width = max(1, (inner.width() - (columns - 1) * self._spacing) // columns)
        y = inner.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            row_height = max(self._item_height(item, column_width) for item in row)
            if apply:
                for index, item in enumerate(row):
                    x = inner.x() + index * (column_width + self._spacing)
                    item.setGeometry(QRect(x, y, column_width, row_height))
            y += row_height + self._row_spacing
        return max(0, y - self._row_spacing - inner.y()) if items else 0

    def _arrange_flow(self, inner: QRect, items: list[QLayoutItem], apply: bool) -> int:
        x, y, row_height = inner.x(), inner.y(), 0
        for item in items:
            width = min(item.sizeHint().width(), inner.width())
            width = max(width, item.minimumSize().width())
            if x > inner.x() and x + width > inner.right() + 1:
                x, y = inner.x(), y + row_height + self._row_spacing
                row_height = 0
            height = self._item_height(item, width)
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._spacing
            row_height = max(row_height, height)
        return y + row_height - inner.y() if items else 0

    @staticmethod
    def _item_height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return max(item.sizeHint().height(), item.minimumSize().height())
