"""The cost explorer tab: values equal the core pivot; sort, search, expand, exports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from overview_helpers import engagement, shown_page
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from workbench.core.analysis.cube import get_cube
from workbench.core.analysis.explorer import (
    Pivot,
    drill_down,
    pivot,
    pivot_clipboard_text,
    pivot_csv,
)
from workbench.core.money import nano_to_decimal
from workbench.gui.overview.explorer_view import ExplorerView
from workbench.gui.overview.models import KEYS_ROLE, KIND_ROLE, NANO_ROLE
from workbench.gui.pages.overview import OverviewPage

pytestmark = pytest.mark.gui


def open_explorer(qtbot: QtBot) -> tuple[OverviewPage, ExplorerView]:
    page = shown_page(qtbot, engagement())
    page.tabs.setCurrentIndex(1)
    explorer = page.explorer
    qtbot.waitUntil(lambda: explorer.result is not None, timeout=20_000)
    return page, explorer


def wait_pivot(explorer: ExplorerView, qtbot: QtBot, **expect: object) -> None:
    def ready() -> bool:
        result = explorer.result
        if result is None or explorer.pivot_worker.is_running():
            return False
        return all(getattr(explorer, k) == v for k, v in expect.items())

    qtbot.waitUntil(ready, timeout=20_000)


def core_pivot(page: OverviewPage, explorer: ExplorerView, **kwargs: object) -> Pivot:
    assert page.engagement is not None
    views = pivot(get_cube(page.engagement), page.current_filters(), explorer.rows_by(), **kwargs)  # type: ignore[arg-type]
    view = explorer.current_view()
    assert view is not None
    return views[view.currency]


def shown_rows(explorer: ExplorerView) -> list[tuple[tuple[str, ...], list[int]]]:
    model = explorer.model
    rows = []
    for r in range(model.rowCount()):
        first = model.item(r, 0)
        if first.data(KIND_ROLE) != "row":
            continue
        keys = tuple(first.data(KEYS_ROLE))
        cells = [model.item(r, c).data(NANO_ROLE) for c in range(len(keys), model.columnCount())]
        rows.append((keys, cells))
    return rows


def test_pivot_table_equals_the_core_pivot_with_totals(qtbot: QtBot) -> None:
    page, explorer = open_explorer(qtbot)
    core = core_pivot(page, explorer)
    assert shown_rows(explorer) == [(r.keys, [*r.cells, r.total]) for r in core.rows]
    model = explorer.model
    last = model.rowCount() - 1
    assert model.item(last, 0).data(KIND_ROLE) == "total"
    totals = [model.item(last, c).data(NANO_ROLE) for c in range(1, model.columnCount())]
    assert totals == [*core.column_totals, core.grand_total]
    assert len(explorer.result.views) == 2  # EUR and USD apart  # type: ignore[union-attr]


def test_group_by_two_dimensions(qtbot: QtBot) -> None:
    page, explorer = open_explorer(qtbot)
    explorer.then_by.setCurrentIndex(explorer.then_by.findData("RegionId"))
    explorer.recompute()
    qtbot.waitUntil(
        lambda: (
            explorer.result is not None and explorer.result.rows_by == ("ServiceName", "RegionId")
        ),
        timeout=20_000,
    )
    wait_pivot(explorer, qtbot)
    core = core_pivot(page, explorer)
    assert shown_rows(explorer) == [(r.keys, [*r.cells, r.total]) for r in core.rows]


def test_header_click_sorts(qtbot: QtBot) -> None:
    page, explorer = open_explorer(qtbot)
    view = explorer.current_view()
    assert view is not None
    total_section = len(view.rows_by) + len(view.months)
    explorer.tree.header().sectionClicked.emit(total_section)
    wait_pivot(explorer, qtbot, sort="total", descending=False)
    qtbot.waitUntil(lambda: not explorer.pivot_worker.is_running())
    core = core_pivot(page, explorer, sort="total", descending=False)
    assert [k for k, _ in shown_rows(explorer)] == [r.keys for r in core.rows]
    explorer.tree.header().sectionClicked.emit(0)
    wait_pivot(explorer, qtbot, sort="name", descending=False)
    names = [k[0] for k, _ in shown_rows(explorer)]
    assert names == sorted(names, key=str.casefold)


def test_search_filters_rows(qtbot: QtBot) -> None:
    page, explorer = open_explorer(qtbot)
    explorer.search.setText("svc-00")
    qtbot.waitUntil(
        lambda: (
            all("svc-00" in k[0] for k, _ in shown_rows(explorer)) and bool(shown_rows(explorer))
        ),
        timeout=20_000,
    )
    core = core_pivot(page, explorer, search="svc-00")
    assert [k for k, _ in shown_rows(explorer)] == [r.keys for r in core.rows]


def test_expanding_a_row_shows_resources_and_source_lines(qtbot: QtBot) -> None:
    page, explorer = open_explorer(qtbot)
    model = explorer.model
    first = model.item(0, 0)
    keys = tuple(first.data(KEYS_ROLE))
    explorer.tree.expand(first.index())
    qtbot.waitUntil(lambda: first.child(0).data(KIND_ROLE) == "resource", timeout=20_000)
    assert page.engagement is not None
    view = explorer.current_view()
    assert view is not None
    drill = drill_down(page.engagement, page.current_filters(), {"ServiceName": keys[0]})[
        view.currency
    ]
    width = model.columnCount()
    resources = [
        (first.child(r, 0).text(), first.child(r, width - 1).data(NANO_ROLE))
        for r in range(first.rowCount())
        if first.child(r, 0).data(KIND_ROLE) == "resource"
    ]
    assert resources == list(drill.resources)
    resource = first.child(0, 0)
    assert resource.rowCount() > 0
    line = resource.child(0, 0)
    assert line.data(KIND_ROLE) == "line"
    source_file, source_row = line.data(KEYS_ROLE)
    assert source_file == "synthetic" and source_row >= 1
    assert f"{source_file} : {source_row}" in line.text()


def test_exports_excel_csv_and_clipboard(qtbot: QtBot, tmp_path: Path) -> None:
    _page, explorer = open_explorer(qtbot)
    view = explorer.current_view()
    assert view is not None
    xlsx = explorer.export_excel(tmp_path / "explorer.xlsx")
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[:2] == ["Cost explorer EUR", "Cost explorer USD"]
    sheet = book["Cost explorer EUR"]
    assert sheet.cell(1, 1).value == "ServiceName"
    assert sheet.freeze_panes == "B2"
    first = view.rows[0]
    assert sheet.cell(2, 1).value == first.keys[0]
    assert sheet.cell(2, 2).value == pytest.approx(float(nano_to_decimal(first.cells[0])))
    assert str(sheet.cell(len(view.rows) + 2, 2).value).startswith("=SUM(")
    csv_path = explorer.export_csv(tmp_path / "explorer.csv")
    assert csv_path.read_text(encoding="utf-8") == pivot_csv(view, "en")
    explorer.copy_to_clipboard()
    text = QGuiApplication.clipboard().text()
    assert text == pivot_clipboard_text(view, "en")
    assert text.splitlines()[0].split("\t")[0] == "ServiceName"
