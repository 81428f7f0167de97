"""The demo report end to end: sections, numbers equal to ``kpis``, outline, metadata."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbench.cli import main as cli_main
from workbench.core.formatting import format_money, format_percent

SECTION_TITLES = {
    "nl": [
        "Managementsamenvatting",
        "Volwassenheid",
        "Uitgavenoverzicht",
        "Tagging en toewijzing",
        "Unit economics",
        "Roadmap",
        "Bijlage",
    ],
    "en": [
        "Executive summary",
        "Maturity",
        "Spend overview",
        "Tagging and allocation",
        "Unit economics",
        "Roadmap",
        "Appendix",
    ],
}


def _kpis(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    assert cli_main(["kpis", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    return {k["id"]: k for k in document["kpis"]}


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))  # type: ignore[attr-defined]

    walk(reader.outline)  # type: ignore[arg-type]
    return titles


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_report_sections_numbers_outline_metadata(
    lang: str, demo_engagement_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kpis = _kpis(demo_engagement_file, capsys)
    out = tmp_path / f"demo-{lang}.pdf"
    assert cli_main(["report", str(demo_engagement_file), "-o", str(out), "--lang", lang]) == 0
    capsys.readouterr()
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    flat = " ".join(text.split())
    for title in SECTION_TITLES[lang]:
        assert title in flat, title
    # Numbers equal the kpis command's output, in the report's locale.
    total = kpis["total_spend"]
    assert format_money(Decimal(str(total["value"])), str(total["currency"]), lang, 0) in flat
    for kpi_id in ("tag_coverage.owner", "tag_coverage.all_required", "allocatable_share"):
        value = kpis[kpi_id]["value"]
        assert isinstance(value, float)
        assert format_percent(value, lang) in flat, kpi_id
    outline = _outline_titles(reader)
    for title in SECTION_TITLES[lang]:
        assert title in outline
    meta = reader.metadata
    assert meta is not None and meta.author == "Demo consultant"
    assert meta.title and meta.subject and "Zuiderzee" in meta.subject
    # Roadmap, unit economics and tagging come from the demo's own data.
    assert ("Kosten per transactie" if lang == "nl" else "Cost per transaction") in flat
    assert ("Showback per team" in flat) and ("Tijdlijn" if lang == "nl" else "Timeline") in flat
    assert out.stat().st_size < 3 * 1024 * 1024


def test_demo_roadmap_exports_to_excel(demo_engagement_file: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from workbench.core.engagement import load
    from workbench.report.roadmap_excel import export_roadmap_xlsx

    path = export_roadmap_xlsx(load(demo_engagement_file), tmp_path / "r.xlsx", lang="en")
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.max_row > 5
    assert sheet.cell(2, 8).is_date  # due date is a real date
    headers = [cell.value for cell in sheet[1]]
    scopes = {row[headers.index("Scope")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    # Scope names as the workshop typed them, never internal ids or blanks.
    # The getting-started steps have no single scope: they apply to the whole organisation.
    assert scopes == {"Zuiderzee Logistiek (hele organisatie)", "Whole organisation"}
