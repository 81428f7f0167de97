"""Editors of the roadmap table: a choice list (owner, status, horizon) and a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench.core.formatting import format_date
from workbench.gui.i18n import ui_language

KEY_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (key, label) choices; ``editable`` also accepts free text (owners)."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, str]]], *, editable: bool = False
    ) -> None:
        super().__init__()
        self.choices = choices
        self.editable = editable

    def createEditor(  # noqa: N802 - Qt API
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        for key, label in self.choices():
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        key = index.data(KEY_ROLE)
        found = editor.findData(key)
        if found >= 0:
            editor.setCurrentIndex(found)
        elif self.editable:
            editor.setEditText(str(key or ""))

    def setModelData(  # noqa: N802 - Qt API
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        found = editor.findText(text)
        key = editor.itemData(found) if found >= 0 else text
        if key:
            model.setData(index, key, KEY_ROLE)


class DateDelegate(QStyledItemDelegate):
    """A calendar date editor; the cell keeps the ISO date in KEY_ROLE."""

    def createEditor(  # noqa: N802 - Qt API
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        raw = index.data(KEY_ROLE)
        day = dt.date.fromisoformat(raw) if raw else dt.date.today()
        editor.setDate(QDate(day.year, day.month, day.day))

    def setModelData(  # noqa: N802 - Qt API
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        assert isinstance(editor, QDateEdit)
        date = editor.date()
        model.setData(index, dt.date(date.year(), date.month(), date.day()).isoformat(), KEY_ROLE)


class ElidedTextDelegate(QStyledItemDelegate):
    """One line, cut with "…" at the column edge (the item's tooltip has the full text),
    in a table that otherwise wraps: a long scope name must not make rows taller."""

    def initStyleOption(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


def date_text(iso: str | None) -> str:
    return "" if not iso else format_date(dt.date.fromisoformat(iso), ui_language())
