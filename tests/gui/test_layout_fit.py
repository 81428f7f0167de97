"""Every page fits a 1440x900 projector in Dutch and English: no horizontal scrollbar.

The whole workbench is built, the demo engagement is opened the way the app opens it
(``session.replace``), and every page (and every tab on it) is shown at 1440x900. A page
whose minimum width exceeds the content area would scroll sideways and cut off the
right-hand KPI cards and filters, as the Overview and Tags pages once did.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from workbench.core.engagement import Engagement
from workbench.gui.app import Workbench
from workbench.gui.overview.filter_bar import FilterBar
from workbench.gui.overview.kpi_cards import CardData, KpiCardGrid
from workbench.gui.pages import Page
from workbench.gui.pages.overview import OverviewPage
from workbench.gui.pages.roadmap import COLUMNS, RoadmapPage
from workbench.gui.pages.tags_allocation import TagsAllocationPage
from workbench.gui.workers import Worker

PROJECTOR = (1440, 900)
#: The filter bar may never ask for more than this (the content area is ~1220 px).
FILTER_BAR_MAX_WIDTH = 1180


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Until every worker under ``widget`` is idle and its result laid out."""
    qtbot.waitUntil(
        lambda: not any(w.is_running() for w in widget.findChildren(Worker)), timeout=60_000
    )
    for _ in range(3):
        QEventLoop().processEvents()


def holder_of(workbench: Workbench, page: Page) -> QScrollArea:
    holder = workbench.window.stack.widget(workbench.window.pages.index(page))
    assert isinstance(holder, QScrollArea)
    return holder


def sideways_scrollers(page: QWidget) -> list[str]:
    """Scroll areas on the page (not tables) showing a horizontal scrollbar."""
    return [
        area.objectName() or type(area.widget()).__name__
        for area in page.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def assert_page_fits(qtbot: QtBot, workbench: Workbench, page: Page, where: str) -> None:
    settle(qtbot, workbench.window)
    holder = holder_of(workbench, page)
    available = holder.viewport().width()
    needed = page.minimumSizeHint().width()
    assert needed <= available, f"{where}: needs {needed} px, content area is {available} px"
    assert not holder.horizontalScrollBar().isVisible(), f"{where}: horizontal scrollbar"
    assert not sideways_scrollers(page), f"{where}: {sideways_scrollers(page)} scroll sideways"


def open_demo(workbench: Workbench, qtbot: QtBot, engagement: Engagement) -> None:
    window = workbench.window
    window.resize(*PROJECTOR)
    window.show()
    qtbot.waitExposed(window)
    workbench.session.replace(engagement, None)  # what the demo loader does when done


def test_every_page_and_tab_fits_1440x900_in_both_languages(
    workbench: Workbench, qtbot: QtBot, demo_engagement: Engagement
) -> None:
    open_demo(workbench, qtbot, demo_engagement)
    window = workbench.window
    for lang in ("en", "nl"):
        workbench.languages.set_language(lang)
        for index, page in enumerate(window.pages):
            window.select_page(index)
            assert_page_fits(qtbot, workbench, page, f"{lang}/{page.page_id}")
            for tabs in page.findChildren(QTabWidget):
                if not tabs.isVisible():
                    continue
                current = tabs.currentIndex()
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    where = f"{lang}/{page.page_id}/{tabs.tabText(tab)}"
                    assert_page_fits(qtbot, workbench, page, where)
                tabs.setCurrentIndex(current)


def test_filter_bar_wraps_and_kpi_cards_sit_four_across(
    workbench: Workbench, qtbot: QtBot, demo_engagement: Engagement
) -> None:
    open_demo(workbench, qtbot, demo_engagement)
    window = workbench.window
    overview = next(p for p in window.pages if isinstance(p, OverviewPage))
    window.select_page(window.pages.index(overview))
    settle(qtbot, window)
    for bar in window.findChildren(FilterBar):
        assert bar.minimumSizeHint().width() <= FILTER_BAR_MAX_WIDTH
    assert overview.filter_bar.metric_box.isVisible()
    metric = overview.filter_bar.metric_box
    right_edge = metric.mapTo(overview, metric.rect().topRight()).x()
    assert right_edge <= holder_of(workbench, overview).viewport().width()
    cards = [c for c in overview.dashboard.cards.cards if c.isVisible()]
    assert len(cards) == 8
    assert len({c.y() for c in cards[:4]}) == 1, "the first four cards share a row"
    assert cards[4].y() > cards[0].y()
    for card in cards:
        value = card.value
        assert value.width() >= value.fontMetrics().horizontalAdvance(value.text()) or (
            value.wordWrap()
        ), f"{card.label.text()}: the number is cut off"


def test_card_grid_takes_fewer_columns_when_narrower(qtbot: QtBot) -> None:
    grid = KpiCardGrid(4)
    qtbot.addWidget(grid)
    grid.show_cards([CardData(f"c{i}", f"Card {i}", "€1,112,755") for i in range(8)], "en")
    grid.show()
    rows_at = {}
    for width in (1156, 900, 560):
        grid.resize(width, grid.heightForWidth(width))
        QEventLoop().processEvents()
        assert grid.minimumSizeHint().width() <= 560
        rows_at[width] = len({card.y() for card in grid.cards})
        for card in grid.cards:
            assert card.width() >= card.value.sizeHint().width(), "the number is cut off"
    assert rows_at == {1156: 2, 900: 3, 560: 4}


def test_tables_give_names_and_actions_the_width(
    workbench: Workbench, qtbot: QtBot, demo_engagement: Engagement
) -> None:
    open_demo(workbench, qtbot, demo_engagement)
    window = workbench.window
    tags = next(p for p in window.pages if isinstance(p, TagsAllocationPage))
    window.select_page(window.pages.index(tags))
    settle(qtbot, window)
    table = tags.coverage_tab.table
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        assert item is not None
        shown = table.columnWidth(0) >= metrics.horizontalAdvance(item.text()) + 8
        assert shown, f"{item.text()!r} is elided"
        assert item.toolTip() == item.text() or row == table.rowCount() - 1

    roadmap = next(p for p in window.pages if isinstance(p, RoadmapPage))
    window.select_page(window.pages.index(roadmap))
    roadmap.generate()
    settle(qtbot, window)
    grid = roadmap.table
    action, scope = COLUMNS.index("action"), COLUMNS.index("scope")
    assert grid.rowCount() > 0
    assert grid.columnWidth(action) >= 2 * grid.columnWidth(scope)
    assert grid.columnWidth(action) >= 350
    for row in range(grid.rowCount()):
        cell = grid.item(row, action)
        assert cell is not None
        assert cell.text() in cell.toolTip(), "the tooltip holds the full action"
        # The row is tall enough for the whole wrapped action: no "…" after two lines.
        needed = grid.sizeHintForRow(row)
        assert grid.rowHeight(row) >= needed
