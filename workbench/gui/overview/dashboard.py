"""The Overview tab: KPI cards, spend over time, Pareto of services and accounts, movers.

It shows an :class:`OverviewResult` and a :class:`KpiResult` (computed on workers by the
page) and emits what the user asks for: another chart option, or a drill-down.

Signals:
    options_changed(): granularity, stack-by or currency changed (recompute needed).
    drill_requested(str, str): a bar or segment was clicked (dimension, group).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from workbench.core.analysis.dimensions import TAG_PREFIX
from workbench.core.analysis.kpi_registry import Kpi
from workbench.core.analysis.overview import OverviewOptions
from workbench.core.formatting import currency_symbol, format_month, format_period
from workbench.gui.i18n import ui_language
from workbench.gui.overview.chart_data import movers_chart, over_time_chart, pareto_chart
from workbench.gui.overview.charts import BarChart, ChartData
from workbench.gui.overview.compute import KpiResult, OverviewResult
from workbench.gui.overview.kpi_cards import CardData, Change, KpiCardGrid, card_from_kpi

STACK_COLUMNS = ("ProviderName", "ServiceName", "BillingAccountId", "RegionId")


class OverviewDashboard(QWidget):
    options_changed = Signal()
    drill_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: OverviewResult | None = None
        self.kpis: KpiResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(20)
        self.cards = KpiCardGrid(4, self)
        layout.addWidget(self.cards)
        self.currency_caption = QLabel(self)
        self.currency = QComboBox(self)
        self.granularity = QComboBox(self)
        self.stack_by = QComboBox(self)
        self.over_time = BarChart(self)
        self.over_time.view.setMinimumHeight(340)
        header = self.over_time.header
        self.granularity_caption, self.stack_caption = QLabel(self), QLabel(self)
        for index, widget in enumerate(
            (
                self.currency_caption,
                self.currency,
                self.granularity_caption,
                self.granularity,
                self.stack_caption,
                self.stack_by,
            )
        ):
            header.insertWidget(index, widget)
        header.insertSpacing(2, 12)
        header.insertSpacing(5, 12)
        layout.addWidget(self.over_time)
        self.top_services = BarChart(self)
        self.top_services.view.setMinimumHeight(320)
        layout.addWidget(self.top_services)
        self.top_accounts = BarChart(self)
        self.top_accounts.view.setMinimumHeight(280)
        layout.addWidget(self.top_accounts)
        self.movers = BarChart(self, horizontal=True)
        self.movers.view.setMinimumHeight(300)
        layout.addWidget(self.movers)
        self.charts = (self.over_time, self.top_services, self.top_accounts, self.movers)
        for chart in self.charts:
            chart.segment_clicked.connect(self.drill_requested)
        self.granularity.activated.connect(self._on_option)
        self.stack_by.activated.connect(self._on_option)
        self.currency.activated.connect(self._on_currency)
        self.retranslate()

    # -- options ----------------------------------------------------------------------

    def options(self) -> OverviewOptions:
        return OverviewOptions(
            granularity=str(self.granularity.currentData() or "month"),
            stack_by=str(self.stack_by.currentData() or "ProviderName"),
        )

    def selected_currency(self) -> str | None:
        data = self.currency.currentData()
        return str(data) if data else None

    def dimension_label(self, dimension: str) -> str:
        labels = {
            "ProviderName": self.tr("Provider"),
            "ServiceName": self.tr("Service"),
            "BillingAccountId": self.tr("Billing account"),
            "SubAccountId": self.tr("Sub-account"),
            "RegionId": self.tr("Region"),
        }
        if dimension.startswith(TAG_PREFIX):
            return self.tr("Tag: %1").replace("%1", dimension[len(TAG_PREFIX) :])
        return labels.get(dimension, dimension)

    def _fill_options(self) -> None:
        grain, stack = self.options().granularity, self.options().stack_by
        self.granularity.clear()
        for key, label in (
            ("day", self.tr("Day")),
            ("week", self.tr("Week")),
            ("month", self.tr("Month")),
        ):
            self.granularity.addItem(label, key)
        self.granularity.setCurrentIndex(max(self.granularity.findData(grain), 0))
        self.stack_by.clear()
        keys = self.result.filter_options.tag_keys if self.result else ()
        for dimension in (*STACK_COLUMNS, *(f"{TAG_PREFIX}{k}" for k in keys)):
            self.stack_by.addItem(self.dimension_label(dimension), dimension)
        self.stack_by.setCurrentIndex(max(self.stack_by.findData(stack), 0))

    @Slot()
    def _on_option(self) -> None:
        self.options_changed.emit()

    @Slot()
    def _on_currency(self) -> None:
        self.redraw()

    # -- showing results ----------------------------------------------------------------

    def show_overview(self, result: OverviewResult) -> None:
        self.result = result
        chosen = self.selected_currency()
        self.currency.clear()
        for currency in result.overview.currencies:
            self.currency.addItem(currency, currency)
        if chosen in result.overview.currencies:
            self.currency.setCurrentIndex(self.currency.findData(chosen))
        several = len(result.overview.currencies) > 1
        self.currency.setVisible(several)
        self.currency_caption.setVisible(several)
        self._fill_options()
        self.redraw()

    def show_kpis(self, result: KpiResult) -> None:
        self.kpis = result
        self.render_cards()

    def retranslate(self) -> None:
        self.currency_caption.setText(self.tr("Currency"))
        self.granularity_caption.setText(self.tr("Per"))
        self.stack_caption.setText(self.tr("Stacked by"))
        self._fill_options()
        self.redraw()

    def redraw(self) -> None:
        self.render_cards()
        self.render_charts()

    def _period_text(self) -> str:
        if self.result is None or self.result.overview.period is None:
            return ""
        period = self.result.overview.period
        last = period.end - dt.timedelta(days=1)
        return format_period(period.start, last, ui_language())

    def chart_datas(self) -> dict[str, ChartData]:
        """What each chart shows for the selected currency, keyed "over_time",
        "top_services", "top_accounts", "movers" (a chart without data is left out)."""
        if self.result is None:
            return {}
        overview, lang = self.result.overview, ui_language()
        currency = self.selected_currency() or next(iter(overview.currencies), None)
        if currency is None:
            return {}
        period = self._period_text()
        money = self.tr("Spend (%1)").replace("%1", currency_symbol(currency))
        other = self.tr("Other")
        empty = self.tr("No spend in this selection.")
        grain = {
            "day": self.tr("Spend per day"),
            "week": self.tr("Spend per week"),
            "month": self.tr("Spend per month"),
        }[self.result.options.granularity]
        stack = self.dimension_label(self.result.options.stack_by).lower()
        out: dict[str, ChartData] = {}
        over_time = overview.over_time.get(currency)
        if over_time is not None:
            title = self.tr("%1 by %2 · %3").replace("%1", grain).replace("%2", stack)
            title = title.replace("%3", period)
            out["over_time"] = over_time_chart(over_time, title, money, lang, other, empty)
        for key, source, what in (
            ("top_services", overview.top_services, self.tr("Top services")),
            ("top_accounts", overview.top_accounts, self.tr("Top billing accounts")),
        ):
            pareto = source.get(currency)
            if pareto is not None:
                out[key] = pareto_chart(
                    pareto,
                    f"{what} · {period}",
                    money,
                    self.tr("Cumulative share (%)"),
                    self.tr("Spend"),
                    other,
                    lang,
                    empty,
                    self.result.filter_options.names if key == "top_accounts" else None,
                )
        movers = overview.movers.get(currency)
        if movers is not None:
            out["movers"] = movers_chart(
                movers,
                self._movers_title(movers.month, movers.previous_month),
                self.tr("Change (%1)").replace("%1", currency_symbol(currency)),
                self.tr("Increase"),
                self.tr("Decrease"),
                self.tr("was {before}, now {now}"),
                lang,
                empty,
            )
        return out

    def _movers_title(self, month: dt.date, previous: dt.date) -> str:
        lang = ui_language()
        return (
            self.tr("Biggest movers by service · %1 vs %2")
            .replace("%1", format_month(month, lang))
            .replace("%2", format_month(previous, lang))
        )

    def render_charts(self) -> None:
        datas = self.chart_datas()
        for key, chart in self.chart_by_key().items():
            data = datas.get(key)
            chart.setVisible(data is not None)
            if data is not None:
                chart.set_data(data)

    def chart_by_key(self) -> dict[str, BarChart]:
        return {
            "over_time": self.over_time,
            "top_services": self.top_services,
            "top_accounts": self.top_accounts,
            "movers": self.movers,
        }

    # -- KPI cards ----------------------------------------------------------------------

    def card_datas(self) -> list[CardData]:
        lang = ui_language()
        kpis = dict(self.kpis.kpis) if self.kpis else {}
        missing = self.tr("No data yet: import a billing export.") if not kpis else ""
        not_built = self.tr("Not available: this analysis is not built yet.")

        def get(kpi_id: str) -> Kpi | None:
            return kpis.get(kpi_id)

        def ratio(kpi_id: str) -> float | None:
            kpi = get(kpi_id)
            return float(kpi.value) if kpi and isinstance(kpi.value, float | int) else None

        def reason(kpi_id: str) -> str:
            kpi = get(kpi_id)
            return kpi.reason.get(lang) if kpi and kpi.reason else ""

        changes = (
            Change(
                ratio("spend_change_previous_period"),
                self.tr("vs previous period"),
                reason("spend_change_previous_period")
                and self.tr("No previous period in the data"),
            ),
            Change(
                ratio("spend_change_previous_year"),
                self.tr("vs same period last year"),
                reason("spend_change_previous_year") and self.tr("No data for last year"),
            ),
        )
        return [
            card_from_kpi(get("total_spend"), "total_spend", self.tr("Total spend"), lang,
                          missing or not_built, changes=changes),
            card_from_kpi(get("daily_run_rate"), "daily_run_rate", self.tr("Daily run-rate"),
                          lang, missing or not_built),
            card_from_kpi(get("projected_month_end"), "projected_month_end",
                          self.tr("Projected month-end"), lang, missing or not_built),
            card_from_kpi(get("commitment_coverage"), "commitment_coverage",
                          self.tr("Commitment coverage"), lang, missing or not_built,
                          rise_is_good=True),
            card_from_kpi(get("tag_coverage.all_required"), "tag_coverage",
                          self.tr("Spend with complete tags"), lang, missing or not_built,
                          rise_is_good=True),
            card_from_kpi(get("allocatable_share"), "allocatable_share",
                          self.tr("Allocatable share"), lang, missing or not_built,
                          rise_is_good=True),
            card_from_kpi(get("anomalies_found"), "anomalies_found",
                          self.tr("Anomalies found"), lang, missing or not_built),
            card_from_kpi(get("savings_potential"), "savings_potential",
                          self.tr("Savings potential"), lang, missing or not_built),
        ]  # fmt: skip

    def render_cards(self) -> None:
        self.cards.show_cards(self.card_datas(), ui_language())
