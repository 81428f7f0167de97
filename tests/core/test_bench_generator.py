"""The benchmark export generator: real column names, CUR size per row, exact totals."""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pytest

from bench.generate_exports import (
    EA_COLUMNS,
    expected_totals,
    write_azure_ea,
    write_cur_legacy,
    write_focus,
)
from bench.generate_exports.__main__ import main as cli_main

ROWS = 2_000
_GLUED = r"(?<=[a-z])(?=(?:identity|bill|lineItem|product|pricing|reservation|savingsPlan)/)"


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def _widths(path: Path) -> set[int]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {len(row) for row in csv.reader(fh)}


def _sample_header(samples_dir: Path, relative: str) -> set[str]:
    path = samples_dir / relative
    if not path.is_file():
        pytest.skip(f"real sample file {path} is absent")
    return set(_header(path))


def real_cur_columns(samples_dir: Path) -> set[str]:
    """Column names of the real legacy CUR samples (koku glues two names; split them)."""
    names: set[str] = set()
    for relative in (
        "focus-converters/aws-cur-legacy_sample-anonymous-aws-export-dataset.csv",
        "koku/test_cur.csv",
        "koku/aws_2023-06-01.csv",
    ):
        for name in _sample_header(samples_dir, relative):
            names |= set(re.split(_GLUED, name))
    return names


def test_cur_size_columns_and_names(tmp_path: Path, samples_dir: Path) -> None:
    summary = write_cur_legacy(tmp_path / "cur.csv", ROWS, seed=7)
    assert 120 <= summary.columns <= 140
    assert 1400 <= summary.path.stat().st_size / ROWS <= 1800
    assert summary.bytes == summary.path.stat().st_size
    assert _widths(summary.path) == {summary.columns}
    header = _header(summary.path)
    families = {name.split("/")[0] for name in header}
    assert {"identity", "bill", "lineItem", "product", "pricing", "reservation", "savingsPlan",
            "resourceTags", "costCategory"} <= families  # fmt: skip
    assert 12 <= sum(n.startswith("resourceTags/user:") for n in header) <= 16
    real = real_cur_columns(samples_dir)
    core = [n for n in header if not n.startswith(("resourceTags/", "costCategory/"))]
    assert [n for n in core if n not in real] == []  # every CUR column is a real CUR column


def test_cur_totals_match_the_written_text_and_are_deterministic(tmp_path: Path) -> None:
    first = write_cur_legacy(tmp_path / "a.csv", ROWS, seed=3, currencies=("USD", "EUR"))
    again = write_cur_legacy(tmp_path / "b.csv", ROWS, seed=3, currencies=("USD", "EUR"))
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (first.path, again.path)]
    assert digest[0] == digest[1]
    billed = first.totals["lineItem/UnblendedCost"]
    assert set(billed) == {"USD", "EUR"}
    assert expected_totals(first.path, "cur") == {"lineItem/UnblendedCost": billed}
    with first.path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    types = {r["lineItem/LineItemType"] for r in rows}
    assert {"Usage", "SavingsPlanCoveredUsage", "SavingsPlanNegation", "DiscountedUsage"} <= types
    assert all(len(r["bill/PayerAccountId"]) == 12 for r in rows)


def test_azure_ea_matches_the_real_header_and_totals(tmp_path: Path, samples_dir: Path) -> None:
    summary = write_azure_ea(tmp_path / "ea.csv", ROWS, seed=1)
    real = samples_dir / "finops-toolkit/EA_ActualCost_Small.csv"
    if real.is_file():
        assert _header(summary.path) == _header(real)
    assert list(EA_COLUMNS) == _header(summary.path)
    assert summary.path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _widths(summary.path) == {55}
    assert expected_totals(summary.path, "azure") == summary.totals
    with summary.path.open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["Date"][2] == "/" and not row["Tags"].startswith("{")


@pytest.mark.parametrize(("version", "columns"), [("1.0", 43), ("1.1", 50), ("1.2", 57)])
def test_focus_versions(tmp_path: Path, samples_dir: Path, version: str, columns: int) -> None:
    summary = write_focus(tmp_path / "focus.csv", 500, seed=2, version=version)
    assert summary.columns == columns and _widths(summary.path) == {columns}
    assert expected_totals(summary.path, "focus") == summary.totals
    billed, effective = summary.totals["BilledCost"], summary.totals["EffectiveCost"]
    assert billed != effective  # commitments and purchases make them differ
    if version == "1.0":
        real = _sample_header(samples_dir, "focus-sample-data/focus-1.0_focus_sample.csv")
        assert set(_header(summary.path)) == real - {"Id"}


def test_cli_writes_a_file_and_rejects_bad_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.csv"
    assert cli_main(["--format", "focus", "--rows", "50", "--out", str(out)]) == 0
    assert '"rows": 50' in capsys.readouterr().out and out.is_file()
    assert cli_main(["--format", "cur", "--rows", "0", "--out", str(out)]) == 2
    with pytest.raises(ValueError, match="FOCUS version"):
        write_focus(out, 10, version="2.0")
