"""Cost explorer: pivot totals, drill-down lineage, Excel/CSV/clipboard exports."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest
from openpyxl import load_workbook

from workbench.core import canonical
from workbench.core.analysis.cube import build_cube, get_cube
from workbench.core.analysis.explorer import (
    drill_down,
    pivot,
    pivot_clipboard_text,
    pivot_csv,
    safe_text,
)
from workbench.core.analysis.filters import Filters
from workbench.core.engagement import Engagement
from workbench.report.explorer_excel import write_explorer_xlsx

N = 10**9


def _costs() -> pa.Table:
    utc = dt.UTC
    days = [(1, 5), (1, 20), (2, 3), (2, 3), (3, 9), (3, 9), (1, 7)]
    return canonical.conform(
        pa.table(
            {
                "BilledCost": [n * N for n in (10, 5, 7, 3, 4, 1, 2)],
                "EffectiveCost": [n * N for n in (10, 5, 7, 3, 4, 1, 2)],
                "ChargePeriodStart": [dt.datetime(2026, m, d, tzinfo=utc) for m, d in days],
                "BillingCurrency": ["EUR"] * 6 + ["USD"],
                "ServiceName": ["EC2", "EC2", "S3", "=cmd|' /C calc'!A0", "S3", None, "EC2"],
                "BillingAccountId": ["111", "222", "111", "111", "222", "222", "333"],
                "ResourceId": ["i-1", "i-2", "b-1", "x-1", "b-1", None, "i-9"],
                "Tags": [
                    '{"owner":"a"}',
                    '{"owner":"b"}',
                    None,
                    '{"owner":"@evil"}',
                    None,
                    '{"env":"x"}',
                    None,
                ],
                "x_SourceFileId": ["f1", "f1", "f2", "f2", "f2", "f2", "f3"],
                "x_SourceRow": [1, 2, 1, 2, 3, 4, 1],
            }
        )
    )


@pytest.fixture
def engagement() -> Engagement:
    eng = Engagement()
    eng.set_costs(_costs())
    eng.set_section(
        "imports",
        [
            {"file_id": "f1", "file_name": "C:\\exports\\cur-jan.csv"},
            {"file_id": "f2", "file_name": "focus.parquet"},
        ],
    )
    return eng


def test_pivot_cells_and_totals_match_the_rows(engagement: Engagement) -> None:
    views = pivot(get_cube(engagement), Filters(), ["ServiceName", "BillingAccountId"])
    assert set(views) == {"EUR", "USD"}
    eur = views["EUR"]
    assert eur.months == ("2026-01", "2026-02", "2026-03")
    expected: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in _costs().to_pylist():
        if row["BillingCurrency"] == "EUR":
            key = (row["ServiceName"] or "(not set)", row["BillingAccountId"])
            expected[key][row["ChargePeriodStart"].month - 1] += row["BilledCost"]
    assert {r.keys: list(r.cells) for r in eur.rows} == dict(expected)
    assert eur.rows[0].keys == ("EC2", "111") and eur.rows[0].total == 10 * N  # sorted by total
    assert eur.column_totals == (15 * N, 10 * N, 5 * N)
    assert eur.grand_total == 30 * N
    assert views["USD"].grand_total == 2 * N


def test_pivot_sort_search_and_tag_dimension(engagement: Engagement) -> None:
    cube = get_cube(engagement)
    by_name = pivot(cube, Filters(), ["ServiceName"], sort="name", descending=False)["EUR"]
    assert [r.keys[0] for r in by_name.rows] == ["(not set)", "=cmd|' /C calc'!A0", "EC2", "S3"]
    searched = pivot(cube, Filters(), ["ServiceName"], search="s3")["EUR"]
    assert [r.keys for r in searched.rows] == [("S3",)] and searched.grand_total == 11 * N
    owners = pivot(cube, Filters(), ["tag:owner"])["EUR"]
    assert {r.keys[0]: r.total for r in owners.rows} == {
        "a": 10 * N,
        "b": 5 * N,
        "@evil": 3 * N,
        "(untagged)": 12 * N,
    }
    by_month = pivot(cube, Filters(), ["ServiceName"], sort="2026-03")["EUR"]
    assert by_month.rows[0].keys == ("S3",)


def test_drill_down_reaches_resources_and_source_lines(engagement: Engagement) -> None:
    result = drill_down(engagement, Filters(), {"ServiceName": "S3", "BillingAccountId": "111"})
    eur = result["EUR"]
    assert eur.resources == (("b-1", 7 * N),)
    assert [(ln.source_file, ln.source_row, ln.amount_nano) for ln in eur.lines] == [
        ("focus.parquet", 1, 7 * N)
    ]
    tagged = drill_down(engagement, Filters(), {"tag:owner": "(untagged)"})["EUR"]
    assert {ln.resource_id for ln in tagged.lines} == {"b-1", "(not set)"}
    first = drill_down(engagement, Filters(), {"ServiceName": "EC2"})["EUR"].lines
    assert first[0].source_file == "cur-jan.csv"  # path stripped to the file name
    unknown = drill_down(engagement, Filters(), {"ServiceName": "EC2"})["USD"].lines[0]
    assert unknown.source_file == "f3"  # no imports record: the file id is shown


def test_exports_are_formula_injection_safe(engagement: Engagement) -> None:
    view = pivot(get_cube(engagement), Filters(), ["ServiceName"])["EUR"]
    csv_text = pivot_csv(view, "nl")
    assert "'=cmd" in csv_text and "\n=cmd" not in csv_text
    assert csv_text.splitlines()[0].endswith("Totaal")
    clip = pivot_clipboard_text(view)
    assert clip.splitlines()[0].split("\t")[-1] == "Total"
    assert "'=cmd|' /C calc'!A0\t" in clip
    assert safe_text("@SUM(1)") == "'@SUM(1)" and safe_text("-5") == "'-5"
    assert safe_text("plain") == "plain"


def test_excel_export_formats_freeze_filter_and_live_totals(
    engagement: Engagement, tmp_path: Path
) -> None:
    views = pivot(get_cube(engagement), Filters(), ["ServiceName", "tag:owner"])
    path = write_explorer_xlsx(views, tmp_path / "view.xlsx", lang="nl", filters=Filters())
    book = load_workbook(path)
    assert book.sheetnames == ["Kostenverkenner EUR", "Kostenverkenner USD", "Toelichting"]
    sheet = book["Kostenverkenner EUR"]
    assert [c.value for c in sheet[1]] == [
        "ServiceName",
        "Tag: owner",
        "2026-01",
        "2026-02",
        "2026-03",
        "Totaal",
    ]
    assert sheet.freeze_panes == "C2"
    last_data = 1 + len(views["EUR"].rows)
    assert sheet.auto_filter.ref == f"A1:F{last_data}"
    assert sheet.cell(2, 6).value == "=SUM(C2:E2)"
    totals_row = last_data + 1
    assert sheet.cell(totals_row, 1).value == "Totaal"
    assert sheet.cell(totals_row, 3).value == f"=SUM(C2:C{last_data})"
    assert sheet.cell(totals_row, 6).value == f"=SUM(F2:F{last_data})"
    assert "€" in sheet.cell(2, 3).number_format
    assert "$" in book["Kostenverkenner USD"].cell(2, 3).number_format
    texts = [sheet.cell(r, 1).value for r in range(2, last_data + 1)]
    assert "'=cmd|' /C calc'!A0" in texts
    assert "'@evil" in [sheet.cell(r, 2).value for r in range(2, last_data + 1)]
    values = [sheet.cell(r, c).value for r in range(2, last_data + 1) for c in range(3, 6)]
    assert sum(Decimal(str(v)) for v in values if v is not None) == Decimal(30)


def test_pivot_on_a_cube_built_directly(engagement: Engagement) -> None:
    cube = build_cube(engagement.costs)
    view = pivot(cube, Filters(services=frozenset({"EC2"})), ["BillingAccountId"])["EUR"]
    assert [(r.keys, r.total) for r in view.rows] == [(("111",), 10 * N), (("222",), 5 * N)]
