"""The cost explorer tab: a pivot by one or two dimensions with months as columns.

Sorting (click a header), search and grouping re-run :func:`pivot` on a worker; expanding a
row runs :func:`drill_down` on another worker and fills in its resources and source lines.
Exports write the view as shown: Excel (every currency a sheet), CSV and clipboard text
(the selected currency).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.analysis.dimensions import TAG_PREFIX
from workbench.core.analysis.explorer import Pivot, pivot_clipboard_text, pivot_csv
from workbench.core.analysis.filters import Filters
from workbench.core.engagement import Engagement
from workbench.core.formatting import format_number
from workbench.gui.i18n import ui_language
from workbench.gui.overview.compute import (
    DrillResult,
    PivotResult,
    recompute_drill,
    recompute_pivot,
)
from workbench.gui.overview.models import PivotTreeModel
from workbench.gui.workers import Worker
from workbench.report.explorer_excel import write_explorer_xlsx

GROUP_COLUMNS = (
    "ServiceName",
    "ProviderName",
    "BillingAccountId",
    "SubAccountId",
    "RegionId",
    "ServiceCategory",
    "ChargeCategory",
    "PricingCategory",
)
NONE = ""


class ExplorerView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engagement: Engagement | None = None
        self.filters = Filters()
        self.result: PivotResult | None = None
        self.sort, self.descending = "total", True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.group_caption, self.then_caption = QLabel(self), QLabel(self)
        self.search_caption, self.currency_caption = QLabel(self), QLabel(self)
        self.group_by, self.then_by, self.currency = (
            QComboBox(self),
            QComboBox(self),
            QComboBox(self),
        )
        for box in (self.group_by, self.then_by, self.currency):
            # Not sized to the longest Dutch tag label: the toolbar must fit 1440 px.
            box.setMinimumContentsLength(8 if box is not self.currency else 4)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.copy_button, self.csv_button = QPushButton(self), QPushButton(self)
        self.excel_button = QPushButton(self)
        self.excel_button.setObjectName("PrimaryButton")
        for widget in (
            self.group_caption, self.group_by, self.then_caption, self.then_by,
            self.search_caption, self.search, self.currency_caption, self.currency,
        ):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in (self.copy_button, self.csv_button, self.excel_button):
            controls.addWidget(button)
        layout.addLayout(controls)
        self.model = PivotTreeModel()
        self.tree = QTreeView(self)
        self.tree.setObjectName("PivotTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionsClickable(True)
        self.tree.header().setSortIndicatorShown(True)
        self.tree.header().setStretchLastSection(False)
        layout.addWidget(self.tree, 1)
        self.status = QLabel(self)
        self.status.setObjectName("Muted")
        layout.addWidget(self.status)
        self.pivot_worker, self.drill_worker = Worker(self), Worker(self)
        self.pivot_worker.done.connect(self._on_pivot_done)
        self.drill_worker.done.connect(self._on_drill_done)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.recompute)
        self.search.textChanged.connect(self._search_timer.start)
        self.group_by.activated.connect(self.recompute)
        self.then_by.activated.connect(self.recompute)
        self.currency.activated.connect(self._show_current)
        self.tree.expanded.connect(self._on_expanded)
        self.tree.header().sectionClicked.connect(self._on_header_clicked)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.excel_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        self.retranslate()

    # -- context and options ----------------------------------------------------------

    def set_context(self, engagement: Engagement, filters: Filters) -> None:
        self.engagement, self.filters = engagement, filters

    def rows_by(self) -> tuple[str, ...]:
        first = str(self.group_by.currentData() or "ServiceName")
        second = str(self.then_by.currentData() or NONE)
        return (first, second) if second and second != first else (first,)

    def dimension_label(self, dimension: str) -> str:
        labels = {
            "ServiceName": self.tr("Service"),
            "ProviderName": self.tr("Provider"),
            "BillingAccountId": self.tr("Billing account"),
            "SubAccountId": self.tr("Sub-account"),
            "RegionId": self.tr("Region"),
            "ServiceCategory": self.tr("Service category"),
            "ChargeCategory": self.tr("Charge category"),
            "PricingCategory": self.tr("Pricing category"),
        }
        if dimension.startswith(TAG_PREFIX):
            return self.tr("Tag: %1").replace("%1", dimension[len(TAG_PREFIX) :])
        return labels.get(dimension, dimension)

    def _fill_groupings(self) -> None:
        keys = self.result.tag_keys if self.result else ()
        dims = [*GROUP_COLUMNS, *(f"{TAG_PREFIX}{k}" for k in keys)]
        for box, extra in ((self.group_by, False), (self.then_by, True)):
            current = box.currentData()
            box.clear()
            if extra:
                box.addItem(self.tr("(nothing)"), NONE)
            for dim in dims:
                box.addItem(self.dimension_label(dim), dim)
            box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)

    # -- recompute --------------------------------------------------------------------

    @Slot()
    def recompute(self) -> None:
        if self.engagement is None or self.engagement.costs.num_rows == 0:
            return
        self.status.setText(self.tr("Computing…"))
        self.pivot_worker.start(
            recompute_pivot, self.engagement, self.filters, self.rows_by(),
            self.sort, self.descending, self.search.text(),
        )  # fmt: skip

    @Slot(object)
    def _on_pivot_done(self, result: object) -> None:
        assert isinstance(result, PivotResult)
        first = self.result is None
        self.result = result
        if first:
            self._fill_groupings()
        chosen = self.currency.currentData()
        self.currency.clear()
        for currency in result.views:
            self.currency.addItem(currency, currency)
        if chosen in result.views:
            self.currency.setCurrentIndex(self.currency.findData(chosen))
        several = len(result.views) > 1
        self.currency.setVisible(several)
        self.currency_caption.setVisible(several)
        self._show_current()

    def current_view(self) -> Pivot | None:
        if self.result is None:
            return None
        currency = self.currency.currentData()
        return self.result.views.get(str(currency)) or next(iter(self.result.views.values()), None)

    @Slot()
    def _show_current(self) -> None:
        view = self.current_view()
        lang = ui_language()
        if view is None:
            self.model.clear()
            self.status.setText(self.tr("No spend in this selection."))
            return
        headers = [self.dimension_label(d) for d in view.rows_by]
        self.model.set_pivot(view, lang, headers, self.tr("Total"), self.tr("Loading…"))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 300)
        section = self._sort_section(view)
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(section, order)
        rows = format_number(len(view.rows), lang)
        elapsed = format_number(self.result.elapsed_ms if self.result else 0, lang)
        self.status.setText(
            self.tr(
                "%1 rows · months as columns · expand a row for resources and source lines"
                " · computed in %2 ms"
            )
            .replace("%1", rows)
            .replace("%2", elapsed)
        )

    def _sort_section(self, view: Pivot) -> int:
        keys = len(view.rows_by)
        if self.sort == "name":
            return 0
        if self.sort in view.months:
            return keys + view.months.index(self.sort)
        return keys + len(view.months)

    @Slot(int)
    def _on_header_clicked(self, section: int) -> None:
        view = self.current_view()
        if view is None:
            return
        keys = len(view.rows_by)
        if section < keys:
            sort = "name"
        elif section < keys + len(view.months):
            sort = view.months[section - keys]
        else:
            sort = "total"
        self.descending = not self.descending if sort == self.sort else sort != "name"
        self.sort = sort
        self.recompute()

    @Slot(QModelIndex)
    def _on_expanded(self, index: QModelIndex) -> None:
        keys = self.model.row_keys(index)
        view = self.current_view()
        if keys is None or view is None or self.engagement is None:
            return
        if not self.model.needs_drill(index):
            return
        wanted = dict(zip(view.rows_by, keys, strict=True))
        self.drill_worker.start(
            recompute_drill, self.engagement, self.filters, wanted, view.currency
        )

    @Slot(object)
    def _on_drill_done(self, result: object) -> None:
        assert isinstance(result, DrillResult)
        self.model.set_drill(
            result.row_keys, result.drill, self.tr("No source lines."),
            self.tr("Showing the %1 largest source lines."),
        )  # fmt: skip

    def wait_for_workers(self, timeout_ms: int = 60_000) -> None:
        self.pivot_worker.wait(timeout_ms)
        self.drill_worker.wait(timeout_ms)

    # -- exports ----------------------------------------------------------------------

    def clipboard_text(self) -> str:
        view = self.current_view()
        return pivot_clipboard_text(view, ui_language()) if view else ""

    @Slot()
    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
        self.status.setText(self.tr("Copied: paste it into a spreadsheet."))

    def export_csv(self, path: str | Path) -> Path:
        view = self.current_view()
        target = Path(path)
        target.write_text(pivot_csv(view, ui_language()) if view else "", encoding="utf-8")
        return target

    def export_excel(self, path: str | Path) -> Path:
        views = dict(self.result.views) if self.result else {}
        return write_explorer_xlsx(views, path, lang=ui_language(), filters=self.filters)

    def _ask_and_export(self, kind: str) -> None:
        pattern = (
            self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV file (*.csv)")
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"explorer.{kind}", pattern)
        if path:
            (self.export_excel if kind == "xlsx" else self.export_csv)(path)
            self.status.setText(self.tr("Saved %1").replace("%1", Path(path).name))

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.group_caption.setText(self.tr("Group by"))
        self.then_caption.setText(self.tr("then by"))
        self.search_caption.setText(self.tr("Search"))
        self.currency_caption.setText(self.tr("Currency"))
        self.search.setPlaceholderText(self.tr("Name contains…"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy as tab-separated text for a spreadsheet"))
        self.csv_button.setText(self.tr("Export CSV"))
        self.excel_button.setText(self.tr("Export to Excel"))
        self._fill_groupings()
        if self.result is not None:
            self._show_current()

    def shutdown(self) -> None:
        self.pivot_worker.shutdown()
        self.drill_worker.shutdown()
