"""Overview: a click on a month sets the period; granularity and stack-by are remembered."""

from __future__ import annotations

import datetime as dt

import pytest
from overview_helpers import engagement, settle, shown_page
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from workbench.core.analysis.filters import SECTION, Filters
from workbench.core.analysis.overview import OverviewOptions
from workbench.gui.overview.charts import BarChart
from workbench.gui.overview.compute import VIEW_SECTION, load_view_options, period_filters

pytestmark = pytest.mark.gui


def _bar_point(chart: BarChart, series: int, category: int) -> QPoint:
    bottom, top = chart.stacks()
    mid = QPointF(float(category), float((bottom[series, category] + top[series, category]) / 2))
    point: QPoint = chart.view.mapFromScene(chart.plot.vb.mapViewToScene(mid))
    return point


def _axis_label_point(chart: BarChart, category: int) -> QPoint:
    """A point on the time axis, under the given category's bar."""
    x = chart.plot.vb.mapViewToScene(QPointF(float(category), 0.0)).x()
    axis = chart.category_axis.sceneBoundingRect()
    point: QPoint = chart.view.mapFromScene(QPointF(x, axis.center().y()))
    return point


def _choose(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))
    box.activated.emit(box.currentIndex())


def test_clicking_a_month_label_on_the_time_axis_sets_the_period(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    chart = page.dashboard.over_time
    assert chart.data is not None and len(chart.data.categories) >= 3
    start, end = chart.data.periods[1]
    changes: list[object] = []
    page.changed.connect(lambda: changes.append(1))
    with qtbot.waitSignal(chart.period_clicked, timeout=5_000) as clicked:
        QTest.mouseClick(
            chart.view.viewport(), Qt.MouseButton.LeftButton, pos=_axis_label_point(chart, 1)
        )
    assert clicked.args == [start, end]
    qtbot.waitUntil(lambda: page.current_filters().start == start, timeout=5_000)
    settle(page, qtbot)
    filters = page.current_filters()
    assert (filters.start, filters.end, filters.preset) == (start, end, None)
    assert filters.providers == frozenset()  # the axis is no group: no drill-down
    assert data.sections[SECTION]["start"] == start.isoformat()
    assert data.sections[SECTION]["end"] == end.isoformat()
    assert changes == [1]
    shown = page.dashboard.chart_datas()["over_time"]
    assert shown.periods == ((start, end),)  # one month left on the chart


def test_clicking_a_bar_sets_its_month_and_its_group_in_one_step(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    chart = page.dashboard.over_time
    assert chart.data is not None
    name = chart.data.series[0].name
    start, end = chart.data.periods[2]
    applied: list[Filters] = []
    original = page.apply_filters

    def spy(filters: Filters) -> None:
        applied.append(filters)
        original(filters)

    page.apply_filters = spy  # type: ignore[method-assign]
    QTest.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_point(chart, 0, 2))
    qtbot.wait(50)  # the deferred "period only" apply must find nothing left to do
    settle(page, qtbot)
    assert len(applied) == 1
    filters = page.current_filters()
    assert filters.providers == frozenset({name})
    assert (filters.start, filters.end) == (start, end)
    assert data.sections[SECTION]["providers"] == [name]
    assert data.sections[SECTION]["start"] == start.isoformat()


def test_a_clicked_month_replaces_the_preset() -> None:
    chosen = Filters(preset="last_month", services=frozenset({"svc-001"}))
    clicked = period_filters(chosen, dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    assert (clicked.preset, clicked.start, clicked.end) == (
        None,
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    )
    assert clicked.services == chosen.services


def test_granularity_and_stack_by_are_stored_and_restored(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    _choose(page.dashboard.granularity, "week")
    settle(page, qtbot, kpis=False)
    _choose(page.dashboard.stack_by, "ServiceName")
    settle(page, qtbot, kpis=False)
    assert data.sections[VIEW_SECTION] == {"granularity": "week", "stack_by": "ServiceName"}
    assert page.dashboard.result is not None
    assert page.dashboard.result.options.granularity == "week"

    reopened = shown_page(qtbot, data)
    assert reopened.dashboard.granularity.currentData() == "week"
    assert reopened.dashboard.stack_by.currentData() == "ServiceName"
    assert reopened.dashboard.result is not None
    assert reopened.dashboard.result.options.stack_by == "ServiceName"
    assert reopened.dashboard.result.overview.over_time  # computed with the restored options


def test_a_saved_tag_key_stack_survives_until_the_tag_list_arrives(qtbot: QtBot) -> None:
    data = engagement()
    page = shown_page(qtbot, data)
    assert page.dashboard.result is not None
    key = page.dashboard.result.filter_options.tag_keys[0]
    data.set_section(VIEW_SECTION, {"granularity": "month", "stack_by": f"tag:{key}"})
    reopened = shown_page(qtbot, data)
    assert reopened.dashboard.stack_by.currentData() == f"tag:{key}"
    assert reopened.dashboard.result is not None
    assert reopened.dashboard.result.options.stack_by == f"tag:{key}"


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        (None, OverviewOptions()),
        ("week", OverviewOptions()),
        ({"granularity": "year", "stack_by": 3}, OverviewOptions()),
        ({"granularity": "day", "stack_by": "tag:"}, OverviewOptions(granularity="day")),
        ({"stack_by": "tag:team"}, OverviewOptions(stack_by="tag:team")),
        ({"stack_by": "RegionId"}, OverviewOptions(stack_by="RegionId")),
    ],
)
def test_load_view_options_tolerates_bad_files(saved: object, expected: OverviewOptions) -> None:
    sections = {} if saved is None else {VIEW_SECTION: saved}
    assert load_view_options(sections) == expected
