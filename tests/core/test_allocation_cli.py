"""``finops-workbench export ENGAGEMENT --showback/--chargeback/--tag-worklist OUT.xlsx``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from test_tagging_fixtures import small_fixture

from workbench.cli import main
from workbench.core.engagement import Engagement, save


@pytest.fixture
def engagement_file(tmp_path: Path) -> Path:
    engagement = Engagement()
    engagement.set_costs(small_fixture())
    path = tmp_path / "small.fwb"
    save(engagement, path)
    return path


def test_export_showback_chargeback_and_worklist(
    engagement_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cb.xlsx"
    args = ["export", str(engagement_file), "--chargeback", str(out), "--lang", "en"]
    assert main([*args, "--chargeback-by", "cost-centre"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert load_workbook(out).sheetnames[0] == "Reconciliation"
    showback = tmp_path / "sb.xlsx"
    assert main(["export", str(engagement_file), "--showback", str(showback)]) == 0
    assert load_workbook(showback).sheetnames[0] == "Showback"
    worklist = tmp_path / "wl.xlsx"
    assert main(["export", str(engagement_file), "--tag-worklist", str(worklist)]) == 0
    assert load_workbook(worklist).worksheets[0].max_row == 4


def test_export_rejects_other_suffix(
    engagement_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(engagement_file), "--showback", str(tmp_path / "x.csv")]) == 2
    assert ".xlsx" in capsys.readouterr().err


def test_export_kinds_use_the_report_pages_workbook_path(
    engagement_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CLI and Report page share write_finance_workbook; the CLI passes its own filters."""
    from workbench.cli import export_tagging
    from workbench.report.finance_excel import write_finance_workbook

    calls: list[tuple[str, str, object]] = []

    def spy(engagement: Engagement, kind: str, out: Path, **options: Any) -> Path:
        calls.append((kind, options["lang"], options["filters"].start))
        return write_finance_workbook(engagement, kind, out, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(export_tagging, "write_finance_workbook", spy)
    out = tmp_path / "cb.xlsx"
    args = ["export", str(engagement_file), "--chargeback", str(out), "--lang", "nl"]
    assert main([*args, "--from", "2026-01"]) == 0
    worklist = ["export", str(engagement_file), "--tag-worklist", str(tmp_path / "w.xlsx")]
    assert main([*worklist, "--lang", "en"]) == 0
    assert [(kind, lang) for kind, lang, _ in calls] == [
        ("chargeback_month", "nl"),
        ("tag_worklist", "en"),
    ]
    assert str(calls[0][2]) == "2026-01-01" and calls[1][2] is None
    assert load_workbook(out).sheetnames
