"""The Roadmap page: generate from the assessment gaps, edit in a table (add, remove,
reorder, owner, horizon, due date, status), a Gantt-style timeline, and Excel export.

Planning and merging of edits on regeneration live in :mod:`workbench.core.roadmap`.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.core.engagement import Engagement
from workbench.core.formatting import format_money_nano
from workbench.core.roadmap import ALL_HORIZONS, PERSONAS, STATUSES, roadmap_to_rows
from workbench.core.roadmap.rows import HORIZON_LABELS, PERSONA_LABELS, STATUS_LABELS
from workbench.gui.i18n import ui_language
from workbench.gui.pages.base import Page, page_layout
from workbench.gui.roadmap.controller import RoadmapController
from workbench.gui.roadmap.delegates import (
    KEY_ROLE,
    ChoiceDelegate,
    DateDelegate,
    ElidedTextDelegate,
    date_text,
)
from workbench.gui.roadmap.timeline import STATUS_COLOURS, TimelineRow, TimelineView

COLUMNS = ("position", "action", "capability", "scope", "owner", "horizon", "effort",
           "impact", "savings", "status", "due_date")  # fmt: skip
EDITABLE = {"owner", "horizon", "status", "due_date"}
#: Widest the descriptive columns get; the Action column takes the rest of the width.
CAPPED_WIDTHS = {"capability": 170, "scope": 140}


def _labels(table: dict[str, object], keys: tuple[str, ...]) -> list[tuple[str, str]]:
    lang = ui_language()
    return [(k, table[k].get(lang)) for k in keys]  # type: ignore[attr-defined]


def excel_export_available() -> bool:
    """The report engineer's roadmap workbook needs its roadmap reader to exist."""
    return importlib.util.find_spec("workbench.report.inputs_roadmap") is not None


class RoadmapPage(Page):
    page_id = "roadmap"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = RoadmapController()
        self._filling = False
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("PrimaryButton")
        self.generate_button.clicked.connect(self.generate)
        head.add_action(self.generate_button)

        tools = QHBoxLayout()
        self.table_button = QPushButton(self)
        self.timeline_button = QPushButton(self)
        for button in (self.table_button, self.timeline_button):
            button.setCheckable(True)
        self.table_button.setChecked(True)
        self.table_button.clicked.connect(lambda: self.show_timeline(False))
        self.timeline_button.clicked.connect(lambda: self.show_timeline(True))
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._ask_add)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton("↑", self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("↓", self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(44)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._export_excel)
        self.export_button.setVisible(excel_export_available())
        for widget in (self.table_button, self.timeline_button):
            tools.addWidget(widget)
        tools.addSpacing(24)
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("Muted")
        tools.addWidget(self.status_label)
        tools.addWidget(self.export_button)
        layout.addLayout(tools)

        self.stack = QStackedWidget(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # Rows grow to show a wrapped action in full (no "…" after two lines).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(30)  # one-line rows keep the calm default height
        self.table.itemChanged.connect(self._on_item_changed)
        self.delegates = {
            "owner": ChoiceDelegate(lambda: _labels(PERSONA_LABELS, PERSONAS), editable=True),  # type: ignore[arg-type]
            "horizon": ChoiceDelegate(lambda: _labels(HORIZON_LABELS, ALL_HORIZONS)),  # type: ignore[arg-type]
            "status": ChoiceDelegate(lambda: _labels(STATUS_LABELS, STATUSES)),  # type: ignore[arg-type]
            "due_date": DateDelegate(),
        }
        for name, delegate in self.delegates.items():
            self.table.setItemDelegateForColumn(COLUMNS.index(name), delegate)
        self.scope_delegate = ElidedTextDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("scope"), self.scope_delegate)
        self.timeline = TimelineView(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.timeline)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Roadmap")

    # -- protocol -------------------------------------------------------------------------
    def set_engagement(self, engagement: Engagement) -> None:
        self.engagement = engagement
        self.ctl.bind(engagement)
        self.refresh()

    def refresh(self) -> None:
        if self.engagement is None:
            return
        if self.ctl.is_stale():
            self.ctl.reload()
        self._fill()

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.subtitle_label.setText(
            self.tr(
                "Concrete next steps from the assessment gaps, in order, with an owner and a "
                "date. Your edits are kept when you generate again."
            )
        )
        self.table_button.setText(self.tr("Table"))
        self.timeline_button.setText(self.tr("Timeline"))
        self.add_button.setText(self.tr("Add action…"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Action"),
                self.tr("Capability"),
                self.tr("Scope"),
                self.tr("Owner"),
                self.tr("When"),
                self.tr("Effort"),
                self.tr("Impact"),
                self.tr("Savings per year"),
                self.tr("Status"),
                self.tr("Due date"),
            ]
        )
        self._fill()

    # -- actions --------------------------------------------------------------------------
    def generate(self) -> None:
        if self.engagement is None:
            return
        if not self.ctl.can_generate() and self.ctl.roadmap is None:
            self.status_label.setText(
                self.tr("No gaps yet: set targets above the current levels in the Assessment.")
            )
            return
        self.ctl.generate()
        self.changed.emit()
        self._fill()

    def show_timeline(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.table_button.setChecked(not on)
        self.timeline_button.setChecked(on)

    def selected_key(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(KEY_ROLE))

    def add_action(self, title: str) -> str | None:
        if not title.strip() or self.engagement is None:
            return None
        row = self.table.currentRow()
        key = self.ctl.add(title.strip(), row + 1 if row >= 0 else None)
        self._edited()
        return key

    def _ask_add(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Add action"), self.tr("Action:"))
        if ok:
            self.add_action(title)

    def remove_selected(self) -> None:
        key = self.selected_key()
        if key is not None and self.ctl.roadmap is not None:
            self.ctl.roadmap.remove(key)
            self._edited()

    def move_selected(self, delta: int) -> None:
        key = self.selected_key()
        if key is None or self.ctl.roadmap is None:
            return
        row = self.table.currentRow()
        self.ctl.roadmap.move(key, row + delta)
        self._edited()
        self.table.selectRow(max(0, min(row + delta, self.table.rowCount() - 1)))

    def _edited(self) -> None:
        self.ctl.save()
        self.changed.emit()
        self._fill()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.ctl.roadmap is None:
            return
        column = COLUMNS[item.column()]
        key_item = self.table.item(item.row(), 0)
        if column not in EDITABLE or key_item is None:
            return
        key, value = str(key_item.data(KEY_ROLE)), str(item.data(KEY_ROLE))
        try:
            setter = {
                "owner": self.ctl.roadmap.set_owner,
                "horizon": self.ctl.roadmap.set_horizon,
                "status": self.ctl.roadmap.set_status,
                "due_date": self.ctl.roadmap.set_due_date,
            }[column]
            setter(key, value)
        except ValueError as exc:
            self.status_label.setText(str(exc))
        self._edited()

    def _export_excel(self) -> None:
        if self.engagement is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export roadmap"), "roadmap.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        from workbench.report.roadmap_excel import RoadmapUnavailable, export_roadmap_xlsx

        try:
            export_roadmap_xlsx(self.engagement, path, lang=ui_language())
        except (RoadmapUnavailable, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export roadmap"), str(exc))
            return
        self.status_label.setText(self.tr("Saved %1").replace("%1", path))

    # -- fill -----------------------------------------------------------------------------
    def _fill(self) -> None:
        roadmap = self.ctl.roadmap
        lang = ui_language()
        has_items = roadmap is not None and bool(roadmap.items)
        for button in (self.remove_button, self.up_button, self.down_button, self.export_button):
            button.setEnabled(has_items)
        self.add_button.setEnabled(self.engagement is not None)
        self.generate_button.setText(
            self.tr("Generate again") if roadmap is not None else self.tr("Generate roadmap")
        )
        self._filling = True
        try:
            self.table.setRowCount(0)
            if roadmap is None:
                self.status_label.setText(
                    self.ctl.load_error
                    or self.tr("No roadmap yet: generate it from the assessment gaps.")
                )
                self.timeline.show_rows([], self.tr("month"), [])
                return
            rows = roadmap_to_rows(roadmap, lang, self.ctl.model, self.ctl.scope_names())
            self.table.setRowCount(len(rows))
            for r, (row, item) in enumerate(zip(rows, roadmap.items, strict=True)):
                savings = ", ".join(
                    format_money_nano(nano, cur, lang, 0)
                    for cur, nano in sorted(row["savings_by_currency"].items())
                )
                texts = {**row, "savings": savings, "due_date": date_text(item.due_date)}
                keys = {"position": item.key, "owner": item.owner, "horizon": item.horizon,
                        "status": item.status, "due_date": item.due_date}  # fmt: skip
                for c, column in enumerate(COLUMNS):
                    text = str(texts.get(column) or "")
                    cell = QTableWidgetItem(text)
                    cell.setData(KEY_ROLE, keys.get(column))
                    if column == "action" and item.description is not None:
                        cell.setToolTip(f"{text}\n\n{item.description.get(lang)}")
                    elif column in ("action", *CAPPED_WIDTHS):
                        cell.setToolTip(text)
                    self.table.setItem(r, c, cell)
            self.status_label.setText(
                self.tr("%1 actions").replace("%1", str(len(rows)))
                + (
                    "  ·  " + self.tr("%1 dependency warnings").replace("%1", str(n))
                    if (n := len(roadmap.problems()))
                    else ""
                )  # fmt: skip
            )
            # Savings come from accepted optimisation findings; without any the column
            # would only take width from the actions.
            self.table.setColumnHidden(
                COLUMNS.index("savings"), not any(r["savings_by_currency"] for r in rows)
            )
            self._size_columns()
            self.timeline.show_rows(
                [
                    TimelineRow(str(r["action"]), i.horizon, i.status, str(r["capability"]))
                    for r, i in zip(rows, roadmap.items, strict=True)
                ],
                self.tr("month"),
                [(label, STATUS_COLOURS[key]) for key, label in _labels(STATUS_LABELS, STATUSES)],  # type: ignore[arg-type]
            )
        finally:
            self._filling = False

    def _size_columns(self) -> None:
        """Short columns fit their content, capability and scope are capped (scope elides),
        and the Action column stretches over the rest, wrapping its text."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for name, cap in CAPPED_WIDTHS.items():
            column = COLUMNS.index(name)
            header.resizeSection(column, min(header.sectionSize(column), cap))
        header.setSectionResizeMode(COLUMNS.index("action"), QHeaderView.ResizeMode.Stretch)
