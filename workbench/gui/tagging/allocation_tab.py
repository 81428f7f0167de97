"""Allocation tab: the ordered rules (first match wins) with what each caught and, beside
them, the form that edits the selected rule; underneath, in sub-tabs, the buckets per
recipient (unallocated always its own row), the lines behind a rule, the shared-cost pools.

Signals:
    config_edited(object, object): a new :class:`AllocationConfig` the page saves and
        recomputes, and the :class:`EditName` the Undo/Redo texts show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.tagging.allocation_lines import NO_RULE
from workbench.core.tagging.allocation_model import DIMENSIONS, UNALLOCATED, AllocationConfig
from workbench.core.tagging.policy import PolicyError
from workbench.gui.tagging import editing
from workbench.gui.tagging.allocation_lines_panel import AllocationLinesPanel, LineSelection
from workbench.gui.tagging.allocation_recipients import RecipientsPanel
from workbench.gui.tagging.compute import TaggingView
from workbench.gui.tagging.history import EditName
from workbench.gui.tagging.rule_editor import PoolEditor, RuleEditor
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import (
    error_label,
    money_cell,
    muted_label,
    section_title,
    show_error,
)


class AllocationTab(QWidget):
    config_edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: TaggingView | None = None
        self.config: AllocationConfig | None = None
        self.currency = ""
        self.lang = "en"
        # The rules and the form that edits the selected one side by side, so both are in
        # view without scrolling (1280x800 and up); what the rules do underneath, in
        # sub-tabs: the cost per recipient, the lines behind a rule, the shared-cost pools.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)
        self.top = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        self.top.setChildrenCollapsible(False)
        rules_pane = QWidget(self.top)
        left = QVBoxLayout(rules_pane)
        left.setContentsMargins(0, 0, 0, 8)
        left.setSpacing(8)
        top = QHBoxLayout()
        self.rules_title = section_title(self)
        top.addWidget(self.rules_title, 1)
        self.dimension = QComboBox(self)
        top.addWidget(self.dimension)
        left.addLayout(top)
        self.rules_help = muted_label(self)
        left.addWidget(self.rules_help)
        self.rules = DataTable(self)
        self.rules.setMinimumHeight(120)
        left.addWidget(self.rules, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        editor_pane = QWidget(self.top)
        editor_column = QVBoxLayout(editor_pane)
        editor_column.setContentsMargins(12, 0, 0, 8)
        editor_column.setSpacing(8)
        self.editor_title = section_title(self)
        editor_column.addWidget(self.editor_title)
        self.editor = RuleEditor(self)
        editor_column.addWidget(self.editor)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("PrimaryButton")
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button)
        apply_row.addStretch(1)
        editor_column.addLayout(apply_row)
        editor_column.addStretch(1)
        self.top.addWidget(rules_pane)
        self.top.addWidget(editor_pane)
        # The rules table has six columns (long Dutch labels) and its money column must
        # stay in view; the form is narrow. Relative sizes: applied once laid out.
        self.top.setStretchFactor(0, 1)
        self.top.setStretchFactor(1, 0)
        self.top.setSizes([60, 40])
        self.details = QTabWidget(self.splitter)
        self.details.setObjectName("AllocationDetails")
        self.recipients = RecipientsPanel(self)
        self.buckets = self.recipients.table
        self.check = self.recipients.check
        self.lines_panel = AllocationLinesPanel(self)
        pools_page = QWidget(self)
        pools_row = QHBoxLayout(pools_page)
        pools_row.setContentsMargins(0, 12, 0, 0)
        pools = QVBoxLayout()
        pools.setSpacing(8)
        self.pools_help = muted_label(self)
        pools.addWidget(self.pools_help)
        self.pool_editor = PoolEditor(self)
        pools.addWidget(self.pool_editor)
        self.save_pool_button = QPushButton(self)
        pool_row = QHBoxLayout()
        pool_row.addWidget(self.save_pool_button)
        pool_row.addStretch(1)
        pools.addLayout(pool_row)
        self.error = error_label(self)
        pools.addWidget(self.error)
        pools.addStretch(1)
        pools_row.addLayout(pools, 3)
        pools_row.addStretch(2)  # a form, not a table: no wider than it needs
        for page in (self.recipients, self.lines_panel, pools_page):
            self.details.addTab(page, "")
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.buckets.itemSelectionChanged.connect(self._recipient_selected)
        self.rules.itemSelectionChanged.connect(self._load_selected)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        self.apply_button.clicked.connect(self.apply_rule)
        self.save_pool_button.clicked.connect(self.save_pool)
        self.dimension.activated.connect(self._dimension_edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.rules_title.setText(self.tr("Allocation rules"))
        self.rules_help.setText(
            self.tr(
                "Rules run top to bottom; the first rule that matches a cost line allocates it."
            )
        )
        self.add_button.setText(self.tr("Add rule"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.apply_button.setText(self.tr("Apply rule"))
        self.editor_title.setText(self.tr("Edit or add a rule"))
        self.pools_help.setText(
            self.tr(
                "A pool shares the cost that rules send to it among its recipients: evenly, "
                "in proportion to their direct spend, or by fixed percentages."
            )
        )
        for index, name in enumerate(
            (self.tr("Cost per recipient"), self.tr("Cost lines"), self.tr("Shared cost pools"))
        ):
            self.details.setTabText(index, name)
        self.save_pool_button.setText(self.tr("Save pool"))
        current = self.dimension.currentData()
        self.dimension.clear()
        labels = {"team": self.tr("Allocate to teams"), "product": self.tr("Allocate to products"),
                  "cost_centre": self.tr("Allocate to cost centres")}  # fmt: skip
        for name in DIMENSIONS:
            self.dimension.addItem(labels[name], name)
        self.dimension.setCurrentIndex(max(self.dimension.findData(current), 0))
        self.editor.retranslate()
        self.pool_editor.retranslate()
        self.lines_panel.retranslate()
        if self.view is not None:
            self.show_view(self.view, self.currency, self.lang)

    def show_view(self, view: TaggingView, currency: str, lang: str) -> None:
        self.view, self.currency, self.lang = view, currency, lang
        self.config = view.analysis.config
        self.dimension.setCurrentIndex(max(self.dimension.findData(self.config.dimension), 0))
        self.editor.set_context(view.analysis.policy.key_names, [p.id for p in self.config.pools])
        self.pool_editor.set_pools(self.config.pools)
        self._fill_rules()
        self.recipients.show_view(view, currency, lang)
        self._show_lines()

    def _fill_rules(self) -> None:
        assert self.view is not None and self.config is not None
        spend = self.view.analysis.allocation.rule_spend()
        kinds = self.editor.kind_labels()
        selected = self.selected_index()
        headers = [
            "#",
            self.tr("Rule"),
            self.tr("Type"),
            self.tr("Reads"),
            self.tr("Goes to"),
            self.tr("Cost caught"),
        ]
        rows = []
        for index, rule in enumerate(self.config.rules):
            goes = (self.tr("pool {0}").format(rule.pool) if rule.pool else rule.target) or self.tr(
                "tag value"
            )
            amount = spend.get(rule.id, {}).get(self.currency, 0)
            rows.append([
                Cell(str(index + 1), float(index), number=True), text_cell(rule.id),
                text_cell(kinds.get(rule.kind, rule.kind)), text_cell(editing.rule_summary(rule)),
                text_cell(goes), money_cell(amount, self.currency, self.lang),
            ])  # fmt: skip
        left = spend.get(UNALLOCATED, {}).get(self.currency, 0)
        totals = [
            Cell(""), text_cell(self.tr("No rule matched")), Cell(""), Cell(""),
            text_cell(self._unallocated_name()), money_cell(left, self.currency, self.lang),
        ]  # fmt: skip
        # The order is the precedence: never re-sorted.
        self.rules.set_data(headers, rows, totals, stretch=3, sortable=False)
        if 0 <= selected < len(self.config.rules):
            self.rules.selectRow(selected)

    def _unallocated_name(self) -> str:
        return self.tr("(unallocated)")

    # -- edits ----------------------------------------------------------------------------

    def selected_index(self) -> int:
        rows = sorted({i.row() for i in self.rules.selectedIndexes()})
        count = len(self.config.rules) if self.config else 0
        return rows[0] if rows and rows[0] < count else -1

    def _load_selected(self) -> None:
        index = self.selected_index()
        if self.config is not None and index >= 0:
            self.editor.load(self.config.rules[index])
        if self.rules.selectedIndexes():
            _clear_selection(self.buckets)
        self._show_lines()

    def _recipient_selected(self) -> None:
        if self.buckets.selectedIndexes():
            _clear_selection(self.rules)
        self._show_lines()

    def line_selection(self) -> LineSelection | None:
        """The rule (or "no rule") or the recipient whose lines the panel lists."""
        if self.config is None:
            return None
        rows = sorted({i.row() for i in self.rules.selectedIndexes()})
        if rows:
            if rows[0] == len(self.config.rules):
                return LineSelection(NO_RULE, None, self.currency, self.tr("No rule matched"))
            rule_id = self.config.rules[rows[0]].id if rows[0] < len(self.config.rules) else ""
            return LineSelection(rule_id, None, self.currency, rule_id) if rule_id else None
        rows = sorted({i.row() for i in self.buckets.selectedIndexes()})
        item = self.buckets.item(rows[0], 0) if rows else None
        if item is None or getattr(item, "pinned", False):
            return None  # nothing, or the totals row
        name = item.text()
        recipient = UNALLOCATED if name == self.recipients.unallocated_name() else name
        return LineSelection(None, recipient, self.currency, name)

    def _show_lines(self) -> None:
        selection = self.line_selection()
        view = self.view
        if selection is None or view is None or view.costs is None:
            self.lines_panel.clear()
            return
        self.lines_panel.show_selection(
            view.costs, view.analysis.allocation, selection, view.file_names, self.lang
        )

    def _emit(self, config: AllocationConfig, name: EditName) -> None:
        show_error(self.error, "")
        self.config = config
        self.config_edited.emit(config, name)

    def add_rule(self) -> None:
        """Append the rule the form describes (a new id)."""
        if self.config is None:
            return
        kind = str(self.editor.kind.currentData())
        self._apply(None, editing.new_rule_id(self.config, kind))

    def apply_rule(self) -> None:
        """Replace the selected rule with the form's content (or add it when none is selected)."""
        if self.config is None:
            return
        index = self.selected_index()
        if index < 0:
            self.add_rule()
            return
        self._apply(index, self.config.rules[index].id)

    def _apply(self, index: int | None, rule_id: str) -> None:
        assert self.config is not None
        try:
            rule = self.editor.build(rule_id)
            config = editing.with_rule(self.config, rule, index)
        except PolicyError as exc:
            show_error(self.editor.error, str(exc))
            return
        self._emit(config, EditName("add_rule" if index is None else "edit_rule", rule_id))

    def remove_rule(self) -> None:
        index = self.selected_index()
        if self.config is not None and index >= 0:
            name = EditName("delete_rule", self.config.rules[index].id)
            self._emit(editing.without_rule(self.config, index), name)

    def move_rule(self, offset: int) -> None:
        index = self.selected_index()
        if self.config is None or index < 0:
            return
        name = EditName(
            "move_rule_up" if offset < 0 else "move_rule_down", self.config.rules[index].id
        )
        self._emit(editing.moved_rule(self.config, index, offset), name)
        target = max(0, min(len(self.config.rules) - 1, index + offset))
        self.rules.selectRow(target)

    def save_pool(self) -> None:
        if self.config is None:
            return
        try:
            config = editing.with_pool(self.config, self.pool_editor.build())
        except PolicyError as exc:
            show_error(self.pool_editor.error, str(exc))
            return
        self._emit(config, EditName("save_pool", self.pool_editor.pool_id.currentText().strip()))

    def shutdown(self) -> None:
        """Stop the lines panel's worker (the page calls this when the window closes)."""
        self.lines_panel.shutdown()

    def _dimension_edited(self) -> None:
        if self.config is None:
            return
        config = editing.copy_config(self.config)
        config.dimension = str(self.dimension.currentData())
        self._emit(config, EditName("dimension", config.dimension))


def _clear_selection(table: DataTable) -> None:
    """Only one of the two tables drives the lines panel at a time."""
    table.blockSignals(True)
    table.clearSelection()
    table.blockSignals(False)
