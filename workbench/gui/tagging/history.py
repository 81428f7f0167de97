"""Undo and redo for the Tags & Allocation page: snapshots of the sections it edits.

Every edit of the tag policy or of the allocation rules, pools and dimension is one
:class:`SectionEdit`: the engagement sections it touches before and after, as the plain
JSON-able values the engagement stores (``None``: the section did not exist yet). Undo
writes "before" back and redo "after", through the same function the edit used, so the
page reloads, emits ``changed`` and recomputes exactly as after an edit. Snapshots rather
than inverse operations: whatever an edit did, undo restores the section as it was.

The undo and redo texts name the edit ("Undo: delete rule 'Webshop team'") and are
translated when shown, so a language switch also renames the history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

#: Section name -> its stored value, or None when the section is absent.
SectionState = dict[str, Any]
SectionWriter = Callable[[SectionState], None]

#: Enough for a long workshop; each step holds two small JSON-able snapshots.
UNDO_LIMIT = 200


@dataclass(frozen=True)
class EditName:
    """What an edit did, for the Undo/Redo texts: a kind (see EditHistory.describe) and the
    key, rule, pool or value it was done to (data, never translated)."""

    kind: str
    subject: str = ""


class SectionEdit(QUndoCommand):
    def __init__(
        self, name: EditName, before: SectionState, after: SectionState, write: SectionWriter
    ) -> None:
        super().__init__()
        self.name = name
        self.before = before
        self.after = after
        self._write = write

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class EditHistory(QObject):
    """The page's undo stack and its Undo/Redo actions.

    The actions carry the shortcuts (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y) and are enabled only
    while the page is active (shown), so on another page they neither act nor look usable.
    A line edit with focus keeps Ctrl+Z for its own text, as everywhere else.

    Signals:
        state_changed(): the stack or the active state changed (texts were updated).
    """

    state_changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self.active = True
        self.undo_action = QAction(parent)
        self.undo_action.setObjectName("UndoTagEdit")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = QAction(parent)
        self.redo_action.setObjectName("RedoTagEdit")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        parent.addAction(self.undo_action)  # the shortcuts work without a menu entry too
        parent.addAction(self.redo_action)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.stack.indexChanged.connect(self.update_actions)
        self.update_actions()

    def push(
        self, name: EditName, before: SectionState, after: SectionState, write: SectionWriter
    ) -> None:
        """Record an edit and apply it (QUndoStack.push runs the command's redo)."""
        self.stack.push(SectionEdit(name, before, after, write))

    def undo(self) -> None:
        if self.active and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if self.active and self.stack.canRedo():
            self.stack.redo()

    def clear(self) -> None:
        """Forget every step (another engagement was opened); nothing is written."""
        self.stack.clear()
        self.update_actions()

    def set_active(self, active: bool) -> None:
        self.active = active
        self.update_actions()

    def undo_name(self) -> EditName | None:
        return self._name_at(self.stack.index() - 1)

    def redo_name(self) -> EditName | None:
        return self._name_at(self.stack.index())

    def _name_at(self, index: int) -> EditName | None:
        command = self.stack.command(index) if 0 <= index < self.stack.count() else None
        return command.name if isinstance(command, SectionEdit) else None

    def update_actions(self) -> None:
        """Enabled state, texts and tooltips; also call after a language switch."""
        for action, name, named, plain, nothing in (
            (self.undo_action, self.undo_name(), self.tr("Undo: {0}"), self.tr("Undo"),
             self.tr("Nothing to undo")),
            (self.redo_action, self.redo_name(), self.tr("Redo: {0}"), self.tr("Redo"),
             self.tr("Nothing to redo")),
        ):  # fmt: skip
            text = named.format(self.describe(name)) if name else plain
            action.setEnabled(self.active and name is not None)
            action.setText(text)
            action.setIconText(plain)  # the page's buttons stay short
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if name else nothing)
        self.state_changed.emit()

    def describe(self, name: EditName) -> str:
        """The edit in words, lower case, to follow "Undo: "."""
        texts = {
            "add_key": self.tr("add tag key '{0}'"),
            "edit_key": self.tr("edit tag key '{0}'"),
            "remove_key": self.tr("remove tag key '{0}'"),
            "accept_alias": self.tr("accept alias '{0}'"),
            "reject_alias": self.tr("reject alias '{0}'"),
            "accept_value": self.tr("merge value '{0}'"),
            "reject_value": self.tr("keep value '{0}' apart"),
            "add_rule": self.tr("add rule '{0}'"),
            "edit_rule": self.tr("change rule '{0}'"),
            "delete_rule": self.tr("delete rule '{0}'"),
            "move_rule_up": self.tr("move rule '{0}' up"),
            "move_rule_down": self.tr("move rule '{0}' down"),
            "save_pool": self.tr("save pool '{0}'"),
            "dimension": self.tr("allocate to {0}"),
        }
        dimensions = {
            "team": self.tr("teams"),
            "product": self.tr("products"),
            "cost_centre": self.tr("cost centres"),
        }
        subject = (
            dimensions.get(name.subject, name.subject) if name.kind == "dimension" else name.subject
        )
        return texts.get(name.kind, "{0}").format(subject)
