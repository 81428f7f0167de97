"""The Overview page: filter bar, then two tabs: the dashboard and the cost explorer.

Every recompute runs on a :class:`Worker` (charts and KPIs on separate workers, so the
charts appear as soon as they are ready), so the GUI never blocks. The filters live in
the engagement section ``"filters"``: a filter edit or a chart drill-down stores them,
emits ``changed`` and recomputes. A click on a month of the spend-over-time chart (a bar
or its axis label) sets the period to that month, together with the group drill-down.
The chart choices (granularity, stack-by) live in ``"overview_view"``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from workbench.core.analysis.filters import Filters, load_filters
from workbench.core.formatting import format_number
from workbench.gui.i18n import ui_language
from workbench.gui.overview.charts import BarChart
from workbench.gui.overview.compute import (
    KpiResult,
    OverviewResult,
    drill_filters,
    load_view_options,
    period_filters,
    recompute_kpis,
    recompute_overview,
    store_view_options,
)
from workbench.gui.overview.dashboard import OverviewDashboard
from workbench.gui.overview.explorer_view import ExplorerView
from workbench.gui.overview.filter_bar import FilterBar, store_filters
from workbench.gui.overview.style import overview_stylesheet
from workbench.gui.pages.base import Page, page_layout
from workbench.gui.workers import Worker


class OverviewPage(Page):
    page_id = "overview"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, head = page_layout(self)
        self.title_label, self.subtitle_label = head.title_label, head.subtitle_label
        self.filter_bar = FilterBar(self)
        layout.addWidget(self.filter_bar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("OverviewTabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = OverviewDashboard()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.dashboard)
        self.scroll_area = scroll
        self.explorer = ExplorerView(self)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.explorer, "")
        self.stack.addWidget(self.tabs)
        self.overview_worker = Worker(self)
        self.kpi_worker = Worker(self)
        self.overview_worker.done.connect(self._on_overview_done)
        self.kpi_worker.done.connect(self._on_kpis_done)
        self.filter_bar.filters_changed.connect(self.apply_filters)
        self.dashboard.options_changed.connect(self._on_view_options_changed)
        self.dashboard.drill_requested.connect(self.drill)
        self.dashboard.over_time.period_clicked.connect(self.drill_period)
        #: A month clicked on the time chart, waiting to be folded into the group
        #: drill-down of the same click (or applied alone on the next event loop turn).
        self._clicked_period: tuple[dt.date, dt.date] | None = None
        self.tabs.currentChanged.connect(self._on_tab_changed)
        for chart in self.dashboard.charts:
            chart.export_requested.append(self._export_chart)
        self.last_overview_ms: float | None = None
        self.last_kpi_ms: float | None = None
        self._computed_revision: int | None = None
        self.setStyleSheet(overview_stylesheet(self.palette()))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.setStyleSheet(overview_stylesheet(self.palette()))
            self.dashboard.redraw()
        super().changeEvent(event)

    def title(self) -> str:
        return self.tr("Overview")

    # -- engagement and filters -------------------------------------------------------

    def has_data(self) -> bool:
        return self.engagement is not None and self.engagement.costs.num_rows > 0

    def set_engagement(self, engagement: object) -> None:
        self._computed_revision = None
        super().set_engagement(engagement)  # type: ignore[arg-type]

    def refresh(self) -> None:
        if self.engagement is None:
            return
        self.stack.setCurrentIndex(1 if self.has_data() else 0)
        self._update_subtitle()
        if not self.has_data():
            return
        filters = load_filters(self.engagement.sections)
        self.filter_bar.set_filters(filters)
        self._restore_view_options()
        self.explorer.set_context(self.engagement, filters)
        if self._computed_revision != self.engagement.revision:
            self.recompute()

    def current_filters(self) -> Filters:
        return self.filter_bar.filters()

    @Slot(object)
    def apply_filters(self, filters: Filters) -> None:
        """Store ``filters`` in the engagement, then recompute everything shown."""
        if self.engagement is None:
            return
        self.filter_bar.set_filters(filters)
        if store_filters(self.engagement, filters):
            self.changed.emit()
        self.explorer.set_context(self.engagement, filters)
        self.recompute()

    @Slot(str, str)
    def drill(self, dimension: str, value: str) -> None:
        base = self.current_filters()
        clicked, self._clicked_period = self._clicked_period, None
        if clicked is not None:
            base = period_filters(base, *clicked)
        drilled = drill_filters(base, dimension, value)
        if drilled is not None:
            self.apply_filters(drilled)
        elif clicked is not None:  # "Other" is no filter, but its month still is
            self.apply_filters(base)

    @Slot(object, object)
    def drill_period(self, start: dt.date, end: dt.date) -> None:
        """A month was clicked on the time chart; a group drill-down may follow at once."""
        self._clicked_period = (start, end)
        QTimer.singleShot(0, self._apply_clicked_period)

    @Slot()
    def _apply_clicked_period(self) -> None:
        clicked, self._clicked_period = self._clicked_period, None
        if clicked is not None:
            self.apply_filters(period_filters(self.current_filters(), *clicked))

    # -- chart choices ----------------------------------------------------------------

    def _restore_view_options(self) -> None:
        """Select the engagement's saved granularity and stack-by in the chart header."""
        assert self.engagement is not None
        saved = load_view_options(self.engagement.sections)
        for box, value in (
            (self.dashboard.granularity, saved.granularity),
            (self.dashboard.stack_by, saved.stack_by),
        ):
            _select(box, value, self.dashboard.dimension_label(value))

    @Slot()
    def _on_view_options_changed(self) -> None:
        if self.engagement is not None:
            up_to_date = self._computed_revision == self.engagement.revision
            if store_view_options(self.engagement, self.dashboard.options()):
                if up_to_date:  # only the choice changed: no need to recompute the KPIs
                    self._computed_revision = self.engagement.revision
                self.changed.emit()
        self.recompute_charts()

    # -- recompute --------------------------------------------------------------------

    def recompute(self) -> None:
        self.recompute_charts()
        if self.engagement is not None:
            self.kpi_worker.start(recompute_kpis, self.engagement, self.current_filters())
            self._computed_revision = self.engagement.revision
        if self.tabs.currentIndex() == 1:
            self.explorer.recompute()

    @Slot()
    def recompute_charts(self) -> None:
        if self.engagement is None or not self.has_data():
            return
        options = self.dashboard.options()
        self.overview_worker.start(
            recompute_overview, self.engagement, self.current_filters(), options
        )

    @Slot(object)
    def _on_overview_done(self, result: object) -> None:
        assert isinstance(result, OverviewResult)
        self.last_overview_ms = result.elapsed_ms
        self.filter_bar.set_options(result.filter_options)
        self.dashboard.show_overview(result)
        self._update_subtitle()

    @Slot(object)
    def _on_kpis_done(self, result: object) -> None:
        assert isinstance(result, KpiResult)
        self.last_kpi_ms = result.elapsed_ms
        self.dashboard.show_kpis(result)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.explorer.recompute()

    def wait_for_workers(self, timeout_ms: int = 60_000) -> None:
        """Tests and screenshots: block until both workers are idle (signals delivered
        on the next event loop turn)."""
        self.overview_worker.wait(timeout_ms)
        self.kpi_worker.wait(timeout_ms)
        self.explorer.wait_for_workers(timeout_ms)

    # -- texts ------------------------------------------------------------------------

    def _update_subtitle(self) -> None:
        if self.engagement is None or not self.has_data():
            self.subtitle_label.setText(self.tr("Where the money goes, at a glance."))
            return
        rows = format_number(self.engagement.costs.num_rows, ui_language())
        text = self.tr("Where the money goes: %1 billing lines. Click a bar to drill down.")
        self.subtitle_label.setText(text.replace("%1", rows))

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self._update_subtitle()
        self.empty_label.setText(
            self.tr(
                "No cost data yet.\n\nGo to Import and drop a billing export (AWS CUR, "
                "Azure cost details, Google Cloud billing export or FOCUS), "
                "or open the demo engagement."
            )
        )
        self.tabs.setTabText(0, self.tr("Dashboard"))
        self.tabs.setTabText(1, self.tr("Cost explorer"))
        self.filter_bar.retranslate()
        self.dashboard.retranslate()
        self.explorer.retranslate()

    # -- export and shutdown ----------------------------------------------------------

    def _export_chart(self, chart: BarChart, kind: str) -> None:
        name = f"chart.{kind}"
        caption = self.tr("Export chart")
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, caption, name, pattern)
        if path:
            chart.export(path)

    def shutdown(self) -> None:
        self.overview_worker.shutdown()
        self.kpi_worker.shutdown()
        self.explorer.shutdown()


def _select(box: QComboBox, value: str, label: str) -> None:
    """Select ``value`` in ``box``; a tag key not listed yet (the list arrives with the
    first result) is added so the choice survives until then."""
    index = box.findData(value)
    if index < 0:
        box.addItem(label, value)
        index = box.count() - 1
    box.setCurrentIndex(index)
