"""Allocation tab: the ordered rules (first match wins) with what each caught, shared-cost
pools, and the resulting buckets per recipient with unallocated always its own row.

Signals:
    config_edited(object): a new :class:`AllocationConfig` the page saves and recomputes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workbench.core import palette
from workbench.core.formatting import format_money_nano, format_percent
from workbench.core.tagging.allocation_lines import NO_RULE
from workbench.core.tagging.allocation_model import DIMENSIONS, UNALLOCATED, AllocationConfig
from workbench.core.tagging.policy import PolicyError
from workbench.gui.tagging import editing
from workbench.gui.tagging.allocation_lines_panel import AllocationLinesPanel, LineSelection
from workbench.gui.tagging.compute import TaggingView
from workbench.gui.tagging.rule_editor import PoolEditor, RuleEditor
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import (
    KpiTile,
    error_label,
    money_cell,
    muted_label,
    section_title,
    show_error,
)


class AllocationTab(QWidget):
    config_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: TaggingView | None = None
        self.config: AllocationConfig | None = None
        self.currency = ""
        self.lang = "en"
        # Overview on top (rules | recipients), the lines behind the selected rule or
        # recipient across the full width, the editors underneath.
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setHorizontalSpacing(12)
        outer.setVerticalSpacing(16)
        # The rules table has six columns (Dutch labels are long); recipients have room.
        outer.setColumnStretch(0, 13)
        outer.setColumnStretch(1, 10)
        left = QVBoxLayout()
        left.setSpacing(8)  # the grid's two spacings are not inherited
        top = QHBoxLayout()
        self.rules_title = section_title(self)
        top.addWidget(self.rules_title, 1)
        self.dimension = QComboBox(self)
        top.addWidget(self.dimension)
        left.addLayout(top)
        self.rules_help = muted_label(self)
        left.addWidget(self.rules_help)
        self.rules = DataTable(self)
        self.rules.setMinimumHeight(150)
        left.addWidget(self.rules, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        outer.addLayout(left, 0, 0)
        editor_column = QVBoxLayout()
        editor_column.setSpacing(8)  # the grid's two spacings are not inherited
        self.editor = RuleEditor(self)
        editor_column.addWidget(self.editor)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("PrimaryButton")
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button)
        apply_row.addStretch(1)
        editor_column.addLayout(apply_row)
        editor_column.addStretch(1)
        outer.addLayout(editor_column, 2, 0)
        right = QVBoxLayout()
        right.setSpacing(8)  # the grid's two spacings are not inherited
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.allocated_tile, self.unallocated_tile = KpiTile(self), KpiTile(self)
        tiles.addWidget(self.allocated_tile, 0, 0)
        tiles.addWidget(self.unallocated_tile, 0, 1)
        right.addLayout(tiles)
        self.check = muted_label(self)
        right.addWidget(self.check)
        self.buckets_title = section_title(self)
        right.addWidget(self.buckets_title)
        self.buckets = DataTable(self)
        self.buckets.setMinimumHeight(150)
        right.addWidget(self.buckets, 1)
        outer.addLayout(right, 0, 1)
        self.lines_panel = AllocationLinesPanel(self)
        outer.addWidget(self.lines_panel, 1, 0, 1, 2)
        pools = QVBoxLayout()
        pools.setSpacing(8)  # the grid's two spacings are not inherited
        self.pools_title = section_title(self)
        pools.addWidget(self.pools_title)
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
        outer.addLayout(pools, 2, 1)
        outer.setRowStretch(0, 2)
        outer.setRowStretch(1, 3)
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
        self.buckets_title.setText(self.tr("Allocated cost per recipient"))
        self.pools_title.setText(self.tr("Shared cost pools"))
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
        self._fill_buckets()
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

    def _fill_buckets(self) -> None:
        assert self.view is not None
        report = self.view.analysis.showback
        result = self.view.analysis.allocation
        lang, currency = self.lang, self.currency
        totals: dict[str, list[int]] = {}
        for line in report.lines:
            if line.currency == currency:
                entry = totals.setdefault(line.recipient, [0, 0])
                entry[0] += line.direct
                entry[1] += line.shared
        totals.setdefault(UNALLOCATED, [0, 0])  # always visible, even at zero
        grand = sum(v for (c, _m), v in result.totals.items() if c == currency)
        rows = []
        for recipient in [*report.recipients(currency), UNALLOCATED][: len(totals)]:
            direct, shared = totals[recipient]
            unallocated = recipient == UNALLOCATED
            name = self._unallocated_name() if unallocated else recipient
            share = (direct + shared) / grand if grand else None
            rows.append([
                Cell(name, name.casefold(), colour=palette.BAD if unallocated else ""),
                money_cell(direct, currency, lang), money_cell(shared, currency, lang),
                money_cell(direct + shared, currency, lang),
                Cell("–" if share is None else format_percent(share, lang), share or 0.0, True),
            ])  # fmt: skip
        headers = [
            self.tr("Recipient"),
            self.tr("Direct"),
            self.tr("Shared"),
            self.tr("Total"),
            self.tr("Share"),
        ]
        total_row = [
            text_cell(self.tr("Total")),
            Cell(""),
            Cell(""),
            money_cell(grand, currency, lang),
            Cell(""),
        ]
        self.buckets.set_data(headers, rows, total_row, sort_by=3)
        allocated = sum(v for (c, _m), v in result.allocated().items() if c == currency)
        left = sum(v for (c, _m), v in result.unallocated().items() if c == currency)
        formula = self.tr(
            "Allocated spend (direct + shared) ÷ total spend, on the chosen cost metric"
        )
        share_text = "–" if not grand else format_percent(allocated / grand, lang)
        self.allocated_tile.show_value(
            self.tr("Allocatable share"), share_text,
            format_money_nano(allocated, currency, lang, 0), formula,
        )  # fmt: skip
        self.unallocated_tile.show_value(
            self.tr("Unallocated"), format_money_nano(left, currency, lang, 0),
            self.tr("No rule or pool split gave this cost a recipient"),
            colour=palette.BAD if left else palette.GOOD,
        )  # fmt: skip
        try:
            result.check_invariant()
            self.check.setText(
                self.tr("✓ Allocated + unallocated = total spend, to the cent, for every month.")
            )
        except AssertionError as exc:
            self.check.setText(self.tr("✗ The allocation does not add up: {0}").format(exc))

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
        recipient = UNALLOCATED if name == self._unallocated_name() else name
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

    def _emit(self, config: AllocationConfig) -> None:
        show_error(self.error, "")
        self.config = config
        self.config_edited.emit(config)

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
        self._emit(config)

    def remove_rule(self) -> None:
        index = self.selected_index()
        if self.config is not None and index >= 0:
            self._emit(editing.without_rule(self.config, index))

    def move_rule(self, offset: int) -> None:
        index = self.selected_index()
        if self.config is None or index < 0:
            return
        self._emit(editing.moved_rule(self.config, index, offset))
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
        self._emit(config)

    def shutdown(self) -> None:
        """Stop the lines panel's worker (the page calls this when the window closes)."""
        self.lines_panel.shutdown()

    def _dimension_edited(self) -> None:
        if self.config is None:
            return
        config = editing.copy_config(self.config)
        config.dimension = str(self.dimension.currentData())
        self._emit(config)


def _clear_selection(table: DataTable) -> None:
    """Only one of the two tables drives the lines panel at a time."""
    table.blockSignals(True)
    table.clearSelection()
    table.blockSignals(False)
