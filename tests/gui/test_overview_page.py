"""The Overview dashboard shows exactly what the core computes; drill-down and filters."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from overview_helpers import engagement, settle, shown_page
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from workbench.core.analysis.cube import get_cube
from workbench.core.analysis.filters import SECTION, Filters
from workbench.core.analysis.kpi_registry import compute_kpis
from workbench.core.analysis.kpis_output import build_kpi_inputs
from workbench.core.analysis.overview import compute_overview
from workbench.core.engagement import Engagement
from workbench.core.formatting import format_money, format_money_nano, format_percent
from workbench.gui.overview.charts import BarChart
from workbench.gui.pages.overview import OverviewPage

pytestmark = pytest.mark.gui


def core_overview(page: OverviewPage):  # type: ignore[no-untyped-def]
    assert page.engagement is not None
    cube = get_cube(page.engagement)
    return compute_overview(cube, page.current_filters(), page.dashboard.options())


def test_every_chart_shows_the_core_aggregates(qtbot: QtBot) -> None:
    page = shown_page(qtbot, engagement())
    core = core_overview(page)
    datas = page.dashboard.chart_datas()
    currency = page.dashboard.selected_currency()
    assert currency == core.currencies[0]
    assert set(core.currencies) == {"EUR", "USD"}  # several currencies: never summed
    over_time = core.over_time[currency]
    shown = datas["over_time"]
    assert [s.nano for s in shown.series] == [s.nano for s in over_time.series]
    assert len(shown.categories) == len(over_time.buckets)
    for key, pareto in (
        ("top_services", core.top_services[currency]),
        ("top_accounts", core.top_accounts[currency]),
    ):
        bars = datas[key].series[0].nano
        assert list(bars[: len(pareto.items)]) == [i.nano for i in pareto.items]
        assert sum(bars) == pareto.total_nano
        assert datas[key].cumulative[: len(pareto.items)] == tuple(
            i.cumulative_share for i in pareto.items
        )
    movers = core.movers[currency]
    shown_movers = datas["movers"]
    expected = [m.delta_nano for m in (*movers.increases, *movers.decreases)]
    assert [a + b for a, b in zip(*(s.nano for s in shown_movers.series), strict=True)] == expected


def test_other_currency_is_shown_apart(qtbot: QtBot) -> None:
    page = shown_page(qtbot, engagement())
    box = page.dashboard.currency
    assert box.isVisible() and box.count() == 2
    box.setCurrentIndex(box.findData("USD"))
    box.activated.emit(box.currentIndex())
    core = core_overview(page)
    shown = page.dashboard.chart_datas()["over_time"]
    assert shown.currency == "USD"
    assert [s.nano for s in shown.series] == [s.nano for s in core.over_time["USD"].series]


def test_kpi_cards_match_the_registry(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    kpis = compute_kpis(build_kpi_inputs(data, page.current_filters()))
    total = kpis["total_spend"]
    card = page.dashboard.cards.card("total_spend")
    assert card is not None and total.currency is not None
    expected = format_money(Decimal(str(total.value)), total.currency, "en", 0)
    assert card.value.text() == expected
    assert total.formula.en in card.toolTip()
    coverage = page.dashboard.cards.card("commitment_coverage")
    assert coverage is not None
    value = kpis["commitment_coverage"].value
    assert isinstance(value, float)
    assert coverage.value.text() == format_percent(value, "en")


def test_cards_without_an_analysis_say_so(qtbot: QtBot) -> None:
    page = shown_page(qtbot, engagement())
    card = page.dashboard.cards.card("anomalies_found")
    assert card is not None and card.data is not None
    assert card.data.value is None
    assert card.value.text() == "analysis not built yet"
    assert not any(ch.isdigit() for ch in card.value.text())


def _bar_point(chart: BarChart, series: int, category: int) -> QPoint:
    bottom, top = chart.stacks()
    mid = QPointF(float(category), float((bottom[series, category] + top[series, category]) / 2))
    scene = chart.plot.vb.mapViewToScene(mid)
    return chart.view.mapFromScene(scene)


def test_clicking_a_segment_drills_down_and_stores_the_filter(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    chart = page.dashboard.over_time
    assert chart.data is not None
    name = chart.data.series[0].name
    with qtbot.waitSignal(chart.segment_clicked, timeout=5_000) as clicked:
        qtbot.mouseClick(
            chart.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_point(chart, 0, 0)
        )
    assert clicked.args == ["ProviderName", name]
    settle(page, qtbot)
    assert data.sections[SECTION]["providers"] == [name]
    assert page.current_filters().providers == frozenset({name})
    shown = page.dashboard.chart_datas()["over_time"]
    assert [s.name for s in shown.series] == [name]
    assert [s.nano for s in shown.series] == [
        s.nano for s in core_overview(page).over_time[shown.currency].series
    ]
    assert page.filter_bar.dimension_boxes["providers"].currentData() == name


def test_pareto_click_filters_on_the_service(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    chart = page.dashboard.top_services
    assert chart.data is not None
    service = chart.data.categories[1]
    chart.click(0, 1)
    settle(page, qtbot)
    assert data.sections[SECTION]["services"] == [service]
    top = page.dashboard.chart_datas()["top_services"]
    assert top.categories == (service,)


def test_filter_bar_change_updates_the_kpis_and_persists(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    box = page.filter_bar.metric_box
    box.setCurrentIndex(box.findData("effective"))
    box.activated.emit(box.currentIndex())
    settle(page, qtbot)
    assert data.sections[SECTION]["metric"] == "effective"
    kpis = compute_kpis(build_kpi_inputs(data, Filters(metric="effective")))
    total = kpis["total_spend"]
    card = page.dashboard.cards.card("total_spend")
    assert card is not None and total.currency
    assert card.value.text() == format_money(Decimal(str(total.value)), total.currency, "en", 0)
    preset = page.filter_bar.period
    preset.setCurrentIndex(preset.findData("last_month"))
    preset.activated.emit(preset.currentIndex())
    settle(page, qtbot)
    assert data.sections[SECTION]["preset"] == "last_month"
    assert page.dashboard.result is not None
    period = page.dashboard.result.overview.period
    assert period is not None and period.days in (28, 29, 30, 31)


def test_saved_filters_are_shown_when_the_engagement_opens(qtbot: QtBot) -> None:
    data = engagement()
    data.set_section(
        SECTION, Filters(preset="last_3_months", services=frozenset({"svc-001"})).to_dict()
    )
    page = shown_page(qtbot, data)
    assert page.current_filters().services == frozenset({"svc-001"})
    assert page.filter_bar.dimension_boxes["services"].currentData() == "svc-001"
    assert page.filter_bar.period.currentData() == "last_3_months"
    page.filter_bar.clear()
    settle(page, qtbot)
    assert data.sections[SECTION]["services"] == []


def test_hover_shows_the_exact_amount(qtbot: QtBot) -> None:
    page = shown_page(qtbot, engagement())
    chart = page.dashboard.over_time
    assert chart.data is not None
    point = _bar_point(chart, 0, 1)
    view = chart.plot.vb.mapSceneToView(chart.view.mapToScene(point))
    assert chart.hit(view.x(), view.y()) == (0, 1)
    text = chart.hover_text(0, 1)
    exact = format_money_nano(chart.data.series[0].nano[1], chart.data.currency, "en")
    assert exact in text


def test_legend_toggles_a_series_and_the_stack_closes(qtbot: QtBot) -> None:
    page = shown_page(qtbot, engagement())
    chart = page.dashboard.over_time
    sample = chart.legend.items[0][0]
    sample.item.setVisible(False)
    chart._on_legend_clicked(sample.item)
    bottom, _top = chart.stacks()
    assert chart.visible_series()[0] == 1
    assert float(bottom[1].min()) == 0.0


def test_charts_export_png_and_svg(qtbot: QtBot, tmp_path: Path) -> None:
    page = shown_page(qtbot, engagement())
    png = page.dashboard.top_services.export(tmp_path / "top.png")
    svg = page.dashboard.top_services.export(tmp_path / "top.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in svg.read_text(encoding="utf-8")[:2000]


def test_empty_engagement_says_what_to_import(qtbot: QtBot) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_engagement(Engagement())
    assert page.stack.currentIndex() == 0
    assert "billing export" in page.empty_label.text()
