"""Shared set-up of the Overview and Explorer GUI tests: synthetic data, a shown page."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pyarrow as pa
from pytestqt.qtbot import QtBot

from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.engagement import Engagement
from workbench.gui.pages.overview import OverviewPage

SHAPE = SyntheticShape(
    rows=20_000, days=150, start=dt.date(2025, 9, 1), services=24, accounts=9, profiles=400
)


@cache
def costs() -> pa.Table:
    return synthetic_costs(SHAPE)


def engagement() -> Engagement:
    built = Engagement()
    built.set_costs(costs())
    return built


def settle(page: OverviewPage, qtbot: QtBot, *, kpis: bool = True) -> None:
    """Wait until the page's workers delivered their results."""
    page.wait_for_workers()

    def ready() -> bool:
        result = page.dashboard.result
        done = result is not None and result.filters == page.current_filters()
        if kpis:
            k = page.dashboard.kpis
            done = done and k is not None and k.filters == page.current_filters()
        return done and not page.overview_worker.is_running()

    qtbot.waitUntil(ready, timeout=20_000)


def shown_page(qtbot: QtBot, data: Engagement) -> OverviewPage:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.set_engagement(data)
    settle(page, qtbot)
    return page
