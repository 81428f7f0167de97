"""``finops-workbench export ENGAGEMENT --showback/--chargeback/--tag-worklist OUT.xlsx``."""

from __future__ import annotations

from pathlib import Path

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
