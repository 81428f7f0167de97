"""Tag policy tab: required keys with aliases, allowed values and value map, and the
alias and value-merge proposals found in the data, each with Accept / Reject.

Signals:
    policy_edited(object, object): a new :class:`TagPolicy` the page saves into the
        engagement, and the :class:`EditName` the Undo/Redo texts show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.formatting import format_money_nano
from workbench.core.tagging.policy import PolicyError, TagKeyPolicy, TagPolicy
from workbench.gui.tagging import editing
from workbench.gui.tagging.compute import TaggingView
from workbench.gui.tagging.history import EditName
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import error_label, muted_label, section_title, show_error


def spend_text(spend: dict[str, int], lang: str) -> Cell:
    """Spend per currency, side by side (never added across currencies)."""
    parts = [format_money_nano(v, c, lang, 0) for c, v in sorted(spend.items())]
    biggest = max((abs(v) for v in spend.values()), default=0)
    return Cell("  ".join(parts), float(biggest), number=True)


class PolicyTab(QWidget):
    policy_edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: TagPolicy | None = None
        self.view: TaggingView | None = None
        self.lang = "en"
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(24)
        left = QVBoxLayout()
        self.keys_title = section_title(self)
        left.addWidget(self.keys_title)
        self.key_list = QListWidget(self)
        self.key_list.setMaximumHeight(150)
        left.addWidget(self.key_list)
        buttons = QHBoxLayout()
        self.add_key_button = QPushButton(self)
        self.remove_key_button = QPushButton(self)
        buttons.addWidget(self.add_key_button)
        buttons.addWidget(self.remove_key_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        form = QFormLayout()
        form.setSpacing(8)
        self.aliases_edit = QLineEdit(self)
        self.allowed_edit = QLineEdit(self)
        self.value_map_edit = QLineEdit(self)
        self.form_labels = [muted_label(self) for _ in range(3)]
        for label, edit in zip(
            self.form_labels,
            (self.aliases_edit, self.allowed_edit, self.value_map_edit),
            strict=True,
        ):
            form.addRow(label, edit)
        left.addLayout(form)
        self.key_error = error_label(self)
        left.addWidget(self.key_error)
        save_row = QHBoxLayout()
        self.save_key_button = QPushButton(self)
        self.save_key_button.setObjectName("PrimaryButton")
        save_row.addWidget(self.save_key_button)
        save_row.addStretch(1)
        left.addLayout(save_row)
        self.help = muted_label(self)
        left.addWidget(self.help)
        left.addStretch(1)
        outer.addLayout(left, 4)
        right = QVBoxLayout()
        self.alias_title = section_title(self)
        self.alias_empty = muted_label(self)
        self.alias_table = DataTable(self)
        self.value_title = section_title(self)
        self.value_empty = muted_label(self)
        self.value_table = DataTable(self)
        for widget in (self.alias_title, self.alias_empty, self.alias_table):
            right.addWidget(widget)
        for widget in (self.value_title, self.value_empty, self.value_table):
            right.addWidget(widget)
        outer.addLayout(right, 6)
        self.key_list.currentRowChanged.connect(self._show_key)
        self.save_key_button.clicked.connect(self._save_key)
        self.add_key_button.clicked.connect(self._add_key)
        self.remove_key_button.clicked.connect(self._remove_key)
        self.retranslate()

    def retranslate(self) -> None:
        self.keys_title.setText(self.tr("Required tag keys"))
        self.add_key_button.setText(self.tr("Add key…"))
        self.remove_key_button.setText(self.tr("Remove key"))
        texts = (self.tr("Aliases"), self.tr("Allowed values"), self.tr("Value map"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.aliases_edit.setPlaceholderText(self.tr("env, Environment, environment-name"))
        self.allowed_edit.setPlaceholderText(self.tr("Empty: every value is allowed"))
        self.value_map_edit.setPlaceholderText(self.tr("Prod = prod, PRD = prod"))
        self.save_key_button.setText(self.tr("Save key"))
        self.help.setText(
            self.tr(
                "Keys are compared without case, spaces, '_' or '.', so 'Cost Center' and "
                "'cost_center' already match 'cost-center'. Separate items with commas."
            )
        )
        self.alias_title.setText(self.tr("Alias proposals found in the data"))
        self.alias_empty.setText(
            self.tr("No new aliases found: every tag key in the data is known.")
        )
        self.value_title.setText(self.tr("Value merge proposals"))
        self.value_empty.setText(self.tr("No values found that look like the same team or value."))
        if self.view is not None:
            self.show_view(self.view, self.lang)

    def show_view(self, view: TaggingView, lang: str) -> None:
        self.view, self.lang = view, lang
        self.policy = view.analysis.policy
        row = max(self.key_list.currentRow(), 0)
        self.key_list.blockSignals(True)
        self.key_list.clear()
        for key in self.policy.keys:
            self.key_list.addItem(f"{key.label(lang)}  ({key.key})")
        self.key_list.blockSignals(False)
        self.key_list.setCurrentRow(min(row, self.key_list.count() - 1))
        self._show_key(self.key_list.currentRow())
        self._fill_aliases()
        self._fill_values()

    def _fill_aliases(self) -> None:
        assert self.view is not None and self.policy is not None
        proposals = self.view.alias_proposals
        headers = [
            self.tr("Key in the data"), self.tr("Means"), self.tr("Why"),
            self.tr("Spend"), self.tr("Rows"), "",
        ]  # fmt: skip
        rows = [
            [
                text_cell(p.raw_key),
                text_cell(self.policy.key(p.policy_key).label(self.lang)),
                text_cell(p.reason_text(self.lang)),
                spend_text(p.spend, self.lang),
                Cell(f"{p.rows:,}", float(p.rows), number=True),
                Cell(""),
            ]
            for p in proposals
        ]
        self._fill_proposals(self.alias_table, self.alias_empty, headers, rows, [
            (self._decide_alias(p.raw_key, p.policy_key, True),
             self._decide_alias(p.raw_key, p.policy_key, False)) for p in proposals
        ], stretch=2)  # fmt: skip

    def _fill_values(self) -> None:
        assert self.view is not None and self.policy is not None
        proposals = self.view.value_proposals
        headers = [self.tr("Key"), self.tr("Value"), self.tr("Merge into"), self.tr("Spend"), ""]
        rows = [
            [
                text_cell(self.policy.key(p.policy_key).label(self.lang)),
                text_cell(p.raw_value),
                text_cell(p.value),
                spend_text(p.spend, self.lang),
                Cell(""),
            ]
            for p in proposals
        ]
        self._fill_proposals(self.value_table, self.value_empty, headers, rows, [
            (self._decide_value(p.policy_key, p.raw_value, p.value, True),
             self._decide_value(p.policy_key, p.raw_value, p.value, False)) for p in proposals
        ], stretch=1)  # fmt: skip

    def _fill_proposals(
        self,
        table: DataTable,
        empty: QWidget,
        headers: list[str],
        rows: list[list[Cell]],
        actions: list[tuple[Callable[[], None], Callable[[], None]]],
        stretch: int,
    ) -> None:
        # The buttons are cell widgets: keep the rows in place (already by spend).
        # The longest text column (the reason, or the raw value) gives way first and elides.
        table.set_data(headers, rows, stretch=stretch, sortable=False)
        buttons = [self._decision_buttons(accept, reject) for accept, reject in actions]
        table.set_cell_widgets(len(headers) - 1, buttons)
        table.setVisible(bool(rows))
        empty.setVisible(not rows)

    def _decision_buttons(self, accept: Callable[[], None], reject: Callable[[], None]) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 0)
        yes, no = QPushButton(self.tr("Accept"), box), QPushButton(self.tr("Reject"), box)
        yes.setObjectName("AcceptProposal")
        no.setObjectName("RejectProposal")
        yes.clicked.connect(accept)
        no.clicked.connect(reject)
        layout.addWidget(yes)
        layout.addWidget(no)
        return box

    def _decide_alias(self, raw: str, key: str, accept: bool) -> Callable[[], None]:
        def decide() -> None:
            if self.policy is None:
                return
            policy = editing.copy_policy(self.policy)
            if accept:
                policy.accept_alias(raw, key)
            else:
                policy.reject_alias(raw, key)
            kind = "accept_alias" if accept else "reject_alias"
            self.policy_edited.emit(policy, EditName(kind, raw))

        return decide

    def _decide_value(self, key: str, raw: str, value: str, accept: bool) -> Callable[[], None]:
        def decide() -> None:
            if self.policy is None:
                return
            policy = editing.copy_policy(self.policy)
            if accept:
                policy.accept_value(key, raw, value)
            else:
                policy.reject_value(key, raw, value)
            kind = "accept_value" if accept else "reject_value"
            self.policy_edited.emit(policy, EditName(kind, raw))

        return decide

    # -- key editor -----------------------------------------------------------------------

    def _current_key(self) -> TagKeyPolicy | None:
        row = self.key_list.currentRow()
        if self.policy is None or not 0 <= row < len(self.policy.keys):
            return None
        return self.policy.keys[row]

    def _show_key(self, _row: int) -> None:
        key = self._current_key()
        show_error(self.key_error, "")
        self.aliases_edit.setText(", ".join(key.aliases) if key else "")
        self.allowed_edit.setText(", ".join(key.allowed_values) if key else "")
        self.value_map_edit.setText(editing.format_mapping(key.value_map) if key else "")

    def _save_key(self) -> None:
        key = self._current_key()
        if key is None or self.policy is None:
            return
        try:
            edited = editing.edited_key(
                key, self.aliases_edit.text(), self.allowed_edit.text(), self.value_map_edit.text()
            )
        except PolicyError as exc:
            show_error(self.key_error, str(exc))
            return
        self.policy_edited.emit(
            editing.with_key(self.policy, edited), EditName("edit_key", key.key)
        )

    def _add_key(self) -> None:
        if self.policy is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add key"), self.tr("Tag key name:"))
        if not ok or not name.strip():
            return
        try:
            key = TagKeyPolicy(key=name.strip())
        except PolicyError as exc:
            show_error(self.key_error, str(exc))
            return
        self.policy_edited.emit(editing.with_key(self.policy, key), EditName("add_key", key.key))

    def _remove_key(self) -> None:
        key = self._current_key()
        if key is not None and self.policy is not None and len(self.policy.keys) > 1:
            policy = editing.without_key(self.policy, key.key)
            self.policy_edited.emit(policy, EditName("remove_key", key.key))
