"""OCI cost and usage reports: the real samples, tags per column, empty currency cells."""

from __future__ import annotations

import csv
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pyarrow as pa

from workbench.core.importing.adapters.oci import ADAPTER
from workbench.core.importing.base import FileSample, NormaliseContext, TextDialect
from workbench.core.importing.pipeline import inspect_file
from workbench.core.money import sum_nano

NANO = Decimal("0.000000001")


def dec(text: str) -> Decimal:
    return Decimal(text.strip() or "0").quantize(NANO, rounding=ROUND_HALF_UP)


def raw(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_cost_report_sample_reconciles(samples_dir: Path) -> None:
    path = samples_dir / "focus-converters/oci_reports_cost-csv_0000000030000269.csv"
    rows = raw(path)
    (report,) = inspect_file(path)
    assert (
        report.errors == [] and report.format_id == "oci-cost" and report.version == "cost-report"
    )
    assert report.rows_read == len(rows) == 506 and report.rejected_count == 0
    expected: dict[str, Decimal] = {}
    for r in rows:
        expected[r["cost/currencyCode"]] = expected.get(r["cost/currencyCode"], Decimal(0)) + dec(
            r["cost/myCost"]
        )
    assert set(report.currencies) == set(expected)
    for cur, total in expected.items():
        assert Decimal(str(report.currencies[cur].billed_cost)) == total
        assert Decimal(str(report.currencies[cur].effective_cost)) == total
    assert "DevRel\\redbull-analytics-hol-4cb4.release" in report.tag_keys
    assert "Oracle-Tags.CreatedBy" in report.tag_keys


def test_usage_report_imports_with_zero_cost_and_warning(samples_dir: Path) -> None:
    path = samples_dir / "koku/oci_reports_usage-csv_0001000000829494.csv"
    (report,) = inspect_file(path)
    assert report.errors == [] and report.version == "usage-report"
    assert report.rows_read == len(raw(path)) == 6
    assert all(Decimal(str(t.billed_cost)) == 0 for t in report.currencies.values())
    assert any("no costs" in w for w in report.warnings)
    assert "free-form-tag" in report.tag_keys or "orcl-cloud.free-tier-retained" in report.tag_keys


HEADER = (
    "lineItem/referenceNo", "lineItem/tenantId", "lineItem/intervalUsageStart",
    "lineItem/intervalUsageEnd", "product/service", "cost/myCost", "cost/currencyCode",
    "usage/billedQuantity", "lineItem/isCorrection", "tags/Ns.team",
)  # fmt: skip


def normalise(rows: list[list[str | None]]) -> tuple[pa.Table, NormaliseContext]:
    sample = FileSample(HEADER, tuple(tuple(r) for r in rows), TextDialect())
    detection = ADAPTER.detect(sample)
    assert detection is not None
    batch = pa.table({c: pa.array([r[HEADER.index(c)] for r in rows], pa.string()) for c in HEADER})
    ctx = NormaliseContext("o", "o.csv", detection, TextDialect())
    return ADAPTER.normalise(batch, 1, ctx), ctx


def row(cost: str, currency: str | None, correction: str = "false") -> list[str | None]:
    return ["r", "ocid1.tenancy", "2023-11-13T10:00Z", "2023-11-13T11:00:00Z", "COMPUTE", cost,
            currency, "1", correction, "a"]  # fmt: skip


def test_empty_currency_takes_the_files_single_currency() -> None:
    table, ctx = normalise([row("1.5", "USD"), row("0.5", None, "true")])
    assert table.column("BillingCurrency").to_pylist() == ["USD", "USD"]
    assert any("only currency USD" in w for w in ctx.warnings)
    assert table.column("ChargeClass").to_pylist() == [None, "Correction"]
    assert json.loads(table.column("Tags")[0].as_py()) == {"Ns.team": "a"}
    assert sum_nano(table.column("BilledCost")) == 2 * 10**9
    assert table.column("ChargePeriodStart").to_pylist()[0].minute == 0


def test_empty_currency_with_several_currencies_is_rejected() -> None:
    table, ctx = normalise([row("1", "USD"), row("2", "EUR"), row("3", None)])
    assert table.num_rows == 2
    assert [(r.row, r.column) for r in ctx.rejected] == [(3, "cost/currencyCode")]
    assert "several" in ctx.rejected[0].reason
