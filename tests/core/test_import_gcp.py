"""Google Cloud billing: sample reconciles; credits become rows; totals equal the invoice."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from workbench.core.importing.adapters.gcp import ADAPTER, invoice_month_bounds
from workbench.core.importing.adapters.gcp_credits import parse_credit_cell
from workbench.core.importing.base import FileSample, NormaliseContext, TextDialect
from workbench.core.importing.pipeline import inspect_file
from workbench.core.money import sum_nano

NANO = Decimal("0.000000001")


def dec(text: str) -> Decimal:
    return Decimal(text.strip() or "0").quantize(NANO, rounding=ROUND_HALF_UP)


def test_tz_database_is_available_offline() -> None:
    pacific = ZoneInfo("America/Los_Angeles")
    assert datetime(2024, 1, 1, tzinfo=pacific).utcoffset() is not None


def test_koku_bigquery_sample_reconciles(samples_dir: Path) -> None:
    path = samples_dir / "koku/gcp_2022-08-01_5.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    (report,) = inspect_file(path)
    assert report.errors == [] and report.format_id == "gcp-billing"
    assert report.version == "bigquery-detailed" and report.rows_read == len(rows)
    expected = sum(dec(r["cost"]) for r in rows)
    totals = report.currencies["USD"]
    assert Decimal(str(totals.billed_cost)) == expected
    assert Decimal(str(totals.effective_cost)) == expected  # no credits in this sample
    assert report.period_start is not None


def test_invoice_month_is_pacific_time() -> None:
    start, end = invoice_month_bounds(pa.array(["202208", "202212", "bad", None]))
    assert start.to_pylist()[0] == datetime(2022, 8, 1, 7, tzinfo=UTC)  # PDT
    assert end.to_pylist()[1] == datetime(2023, 1, 1, 8, tzinfo=UTC)  # PST
    assert start.to_pylist()[2:] == [None, None]


HEADER = (
    "billing_account_id", "service.description", "sku.id", "sku.description",
    "usage_start_time", "usage_end_time", "project.id", "project.labels", "labels",
    "cost", "currency", "credits", "invoice.month", "cost_type",
)  # fmt: skip
CREDIT_REPR = (
    "[{'name': 'FreeTrial:abc', 'amount': -0.25, 'full_name': 'Free trial', 'id': 'c1', "
    "'type': 'FREE_TIER'}, {'name': 'CUD', 'amount': -1.0000000005, 'full_name': "
    "'Committed use discount', 'id': 'cud-1', 'type': 'COMMITTED_USAGE_DISCOUNT'}]"
)
CREDIT_JSON = (
    '[{"name": "Promo", "amount": -0.1, "full_name": "Promotion", "id": "p", "type": "PROMOTION"}]'
)


def bigquery_rows() -> list[list[str | None]]:
    base: list[str | None] = ["01-AB", "Compute Engine", "SKU1", "N1 core",
            "2024-03-01 00:00:00+00:00", "2024-03-01 01:00:00+00:00", "proj-a",
            "[{'key': 'team', 'value': 'core'}]"]  # fmt: skip
    return [
        base
        + ['[{"key": "env", "value": "prod"}]', "3.5", "EUR", CREDIT_REPR, "202403", "regular"],
        base + ["[]", "2", "EUR", CREDIT_JSON, "202403", "regular"],
        base + ["[]", "0.4", "EUR", "[]", "202403", "tax"],
    ]


def normalise(
    header: tuple[str, ...], rows: list[list[str | None]]
) -> tuple[pa.Table, NormaliseContext]:
    sample = FileSample(header, tuple(tuple(r) for r in rows), TextDialect())
    detection = ADAPTER.detect(sample)
    assert detection is not None
    wanted = ADAPTER.columns_to_read(header)
    batch = pa.table({c: pa.array([r[header.index(c)] for r in rows], pa.string()) for c in wanted})
    ctx = NormaliseContext("g", "g.csv", detection, TextDialect())
    return ADAPTER.normalise(batch, 1, ctx), ctx


def independent_credit_sum(cell: str) -> Decimal:
    """Credits read with a regex, not with the adapter's parser."""
    return sum(
        (dec(m) for m in re.findall(r"""['"]amount['"]:\s*(-?[0-9.eE+-]+)""", cell)), Decimal(0)
    )


def test_credits_become_rows_and_totals_equal_invoice() -> None:
    rows = bigquery_rows()
    table, ctx = normalise(HEADER, rows)
    assert ctx.rejected == []
    cost = sum(dec(r[9] or "0") for r in rows)
    credits = sum(independent_credit_sum(r[11] or "") for r in rows)
    invoice = cost + credits
    assert Decimal(sum_nano(table.column("BilledCost"))) * NANO == invoice
    assert Decimal(sum_nano(table.column("EffectiveCost"))) * NANO == invoice
    credit_rows = table.filter(pc.equal(table.column("ChargeCategory").cast(pa.string()), "Credit"))
    assert credit_rows.num_rows == 3
    assert credit_rows.column("x_SourceRow").to_pylist() == [1, 1, 2]  # parent row lineage
    assert credit_rows.column("EffectiveCost").to_pylist() == [0, 0, 0]
    assert set(credit_rows.column("SubAccountId").to_pylist()) == {"proj-a"}
    assert credit_rows.column("CommitmentDiscountId").to_pylist() == [None, "cud-1", None]
    assert credit_rows.column("CommitmentDiscountCategory").to_pylist()[1] == "Usage"
    usage = table.slice(0, 3).to_pylist()
    assert usage[0]["BilledCost"] == 3_500_000_000
    assert usage[0]["EffectiveCost"] == 3_500_000_000 - 250_000_000 - 1_000_000_001
    assert json.loads(usage[0]["Tags"]) == {"env": "prod"}
    assert json.loads(usage[0]["x_ProjectLabels"]) == {"team": "core"}
    assert usage[2]["ChargeCategory"] == "Tax"
    assert usage[0]["BillingPeriodStart"] == datetime(2024, 3, 1, 8, tzinfo=UTC)


def test_unreadable_credits_reject_the_row() -> None:
    rows = bigquery_rows()
    rows[1][11] = "[{'amount': __import__('os')}]"
    table, ctx = normalise(HEADER, rows)
    assert [(r.row, r.column) for r in ctx.rejected] == [(2, "credits")]
    assert 2 not in table.column("x_SourceRow").to_pylist()


@pytest.mark.parametrize(
    ("cell", "amounts"),
    [
        ("[]", []),
        ("", []),
        (CREDIT_JSON, [-100_000_000]),
        ("[{'amount': 0.0, 'type': 'X'}]", []),
        ("[{'amount': -1e-05}]", [-10_000]),
    ],
)
def test_parse_credit_cell(cell: str, amounts: list[int]) -> None:
    assert [c.amount for c in parse_credit_cell(cell)] == amounts


LEGACY = (
    "Account ID,Line Item,Start Time,End Time,Project,Measurement1,"
    "Measurement1 Total Consumption,Measurement1 Units,Credit1,Credit1 Amount,Credit1 Currency,"
    "Cost,Currency,Project Number,Project ID,Project Name,Project Labels,Description\n"
    "0123-4567,com.google.cloud/services/compute-engine/VmimageN1Standard_1,"
    "2017-08-01T00:00:00-07:00,2017-08-02T00:00:00-07:00,,com.google.cloud/services/"
    "compute-engine/VmimageN1Standard_1,86400,seconds,FreeTrial,-1.2,USD,1.2,USD,12,proj-1,"
    "Project One,,N1 standard\n"
    "0123-4567,com.google.cloud/services/cloud-storage/StorageMultiRegional,"
    "2017-08-01T00:00:00-07:00,2017-08-02T00:00:00-07:00,,x,5,gibibyte,,,,0.13,USD,12,proj-1,"
    "Project One,,Storage\n"
)


def test_legacy_csv_file_export(tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_text(LEGACY, encoding="utf-8")
    (report,) = inspect_file(path)
    assert report.errors == [] and report.version == "legacy-csv"
    rows = list(csv.DictReader(io.StringIO(LEGACY)))
    cost = sum(dec(r["Cost"]) for r in rows)
    credits = sum(dec(r["Credit1 Amount"]) for r in rows)
    totals = report.currencies["USD"]
    assert Decimal(str(totals.billed_cost)) == cost + credits == Decimal("0.13")
    assert Decimal(str(totals.effective_cost)) == cost + credits
    assert report.rows_read == 2
    header = tuple(LEGACY.splitlines()[0].split(","))
    table, _ = normalise(header, [list(r.values()) for r in rows])
    assert table.column("ServiceName").to_pylist()[:2] == ["compute-engine", "cloud-storage"]
    # -07:00 offset converted to UTC
    assert table.column("ChargePeriodStart").to_pylist()[0] == datetime(2017, 8, 1, 7, tzinfo=UTC)
