"""The workbooks opened with openpyxl: sheets, headers, formats, formulas, safety."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_tagging_fixtures import make_costs, small_fixture, tags

from workbench.core.engagement import Engagement
from workbench.core.tagging.analysis import analyse
from workbench.core.tagging.policy import default_policy
from workbench.core.tagging.untaggable import load_untaggable_rules
from workbench.core.tagging.worklist import build_worklist
from workbench.report.allocation_excel import (
    MONEY_FORMAT,
    safe_text,
    sheet_title,
    write_chargeback_xlsx,
    write_showback_xlsx,
    write_worklist_xlsx,
)


def test_safe_text_blocks_formulas() -> None:
    assert safe_text('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_text("+1") == "'+1" and safe_text("@cmd") == "'@cmd"
    assert safe_text("team-a") == "team-a"
    assert safe_text("a\x00b") == "ab"


def test_sheet_title_is_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_title("a/b:c", taken) == "a_b_c"
    assert sheet_title("A/B:C", taken) == "A_B_C (2)"
    assert len(sheet_title("x" * 50, taken)) == 31


def test_chargeback_per_month_reconciles_with_live_formulas(tmp_path: Path) -> None:
    analysis = analyse(Engagement(), small_fixture())
    path = write_chargeback_xlsx(analysis.allocation, tmp_path / "cb.xlsx", lang="nl")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Aansluiting", "2024-01", "2024-02"]
    jan = workbook["2024-01"]
    assert [c.value for c in jan[1]] == ["Periode", "Kostenplaats", "Bedrag", "Valuta", "Grondslag"]
    assert jan.freeze_panes == "A2"
    assert jan.auto_filter.ref == f"A1:E{jan.max_row}"
    assert jan["C2"].number_format == MONEY_FORMAT
    assert jan["A2"].number_format == "yyyy-mm"
    assert jan["A2"].value == dt.datetime(2024, 1, 1)
    amounts = [jan.cell(row, 3).value for row in range(2, jan.max_row + 1)]
    assert sum(Decimal(str(a)) for a in amounts) == Decimal(240)
    bases = {jan.cell(row, 5).value for row in range(2, jan.max_row + 1)}
    assert bases == {"direct", "gedeelde:shared", "niet toegewezen"}
    recon = workbook["Aansluiting"]
    assert [c.value for c in recon[1]][:3] == ["Periode", "Valuta", "Toegewezen"]
    assert str(recon["C2"].value).startswith("=SUMIFS('2024-01'!$C:$C")
    assert '"<>niet toegewezen"' in str(recon["C2"].value)
    assert recon["F2"].value == "=C2+D2-E2"
    assert recon["E2"].value == 240 and recon["E3"].value == 200
    assert recon["E2"].number_format == MONEY_FORMAT


def test_chargeback_per_cost_centre_in_english(tmp_path: Path) -> None:
    costs = make_costs(
        [
            dict(cost=10, BillingCurrency="EUR", Tags=tags(owner="=cmd|' /C calc'!A0")),
            dict(cost=5, BillingCurrency="USD", Tags=tags(owner="team/b")),
            dict(cost=2, BillingCurrency="USD"),
        ]
    )
    analysis = analyse(Engagement(), costs)
    path = write_chargeback_xlsx(
        analysis.allocation, tmp_path / "cc.xlsx", lang="en", split_by="cost_centre"
    )
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Reconciliation"
    assert "team_b" in workbook.sheetnames and "(unallocated)" in workbook.sheetnames
    injected = next(n for n in workbook.sheetnames if "cmd" in n)
    cell = workbook[injected]["B2"]
    assert cell.data_type == "s" and str(cell.value).startswith("'=")
    recon = workbook["Reconciliation"]
    assert recon.max_row == 3  # EUR and USD apart, never added
    assert {recon["B2"].value, recon["B3"].value} == {"EUR", "USD"}
    assert recon["C2"].value.count("SUMIFS") == len(workbook.sheetnames) - 1


def test_showback_workbook(tmp_path: Path) -> None:
    analysis = analyse(Engagement(), small_fixture())
    workbook = load_workbook(write_showback_xlsx(analysis.showback, tmp_path / "sb.xlsx", "en"))
    assert workbook.sheetnames == ["Showback", "Trend", "Top services", "About"]
    sheet = workbook["Showback"]
    assert [c.value for c in sheet[1]][:6] == [
        "Period", "Team", "Currency", "Direct cost", "Shared cost", "Total",
    ]  # fmt: skip
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert sheet["F2"].number_format == MONEY_FORMAT
    assert sheet["H2"].number_format == "0.0%"
    trend = workbook["Trend"]
    assert [c.value for c in trend[1]] == ["Team", "Currency", "2024-01", "2024-02"]
    assert trend.cell(trend.max_row, 1).value == "(unallocated)"


def test_worklist_workbook(tmp_path: Path) -> None:
    items = build_worklist(small_fixture(), default_policy(), "BilledCost", load_untaggable_rules())
    workbook = load_workbook(write_worklist_xlsx(items, tmp_path / "wl.xlsx", "nl"))
    sheet = workbook["Herstellijst"]
    headers = [c.value for c in sheet[1]]
    assert headers[8] == "Kosten" and headers[13] == "Vermoedelijke eigenaar"
    assert sheet.max_row == 4
    assert sheet["G2"].value == "i-vm2" and sheet["I2"].value == 80
    assert sheet["I2"].number_format == MONEY_FORMAT
    assert sheet["N4"].value == "team-a" and sheet["O4"].value == "zelfde resourcegroep"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_empty_data_gives_valid_workbooks(tmp_path: Path, lang: str) -> None:
    analysis = analyse(Engagement())
    write_showback_xlsx(analysis.showback, tmp_path / "e.xlsx", lang)
    workbook = load_workbook(write_chargeback_xlsx(analysis.allocation, tmp_path / "c.xlsx", lang))
    assert len(workbook.sheetnames) == 1
