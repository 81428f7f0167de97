"""The demo generator writes realistic, deterministic native exports (no importer involved)."""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import re
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from workbench.core.demo import (
    COMPANY,
    INJECTED_ANOMALIES,
    DemoFiles,
    write_demo_exports,
)
from workbench.core.demo.azure_resources import RESERVATIONS, RI_UPFRONT
from workbench.core.demo.catalogue import is_fully_tagged
from workbench.core.demo.timeline import DAYS

Row = dict[str, str]
_GLUED = r"(?<=[a-z])(?=(?:identity|bill|lineItem|product|pricing|reservation|savingsPlan)/)"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def _sample(relative: str) -> Path:
    path = SAMPLES / relative
    if not path.is_file():
        pytest.skip(f"real sample file {path} is absent (../shared/samples not checked out)")
    return path


def _read(path: Path, columns: list[str] | None = None) -> list[Row]:
    """Rows as dicts of strings (only ``columns`` when given); pyarrow keeps the suite fast."""
    names = columns or _header(path)
    table = pacsv.read_csv(
        path,
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()),
            strings_can_be_null=False,
            include_columns=names,
        ),
    )
    return table.to_pylist()  # type: ignore[no-any-return]


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoFiles:
    return write_demo_exports(tmp_path_factory.mktemp("demo"), seed=2026)


AWS_COLUMNS = [
    "bill/PayerAccountId", "bill/BillingPeriodStartDate", "lineItem/UsageAccountId",
    "lineItem/LineItemType", "lineItem/UsageStartDate", "lineItem/ProductCode",
    "lineItem/UsageType", "lineItem/ResourceId", "lineItem/UnblendedCost",
    "lineItem/CurrencyCode", "savingsPlan/SavingsPlanEffectiveCost",
    "savingsPlan/TotalCommitmentToDate", "savingsPlan/UsedCommitment",
]  # fmt: skip


@pytest.fixture(scope="module")
def aws_rows(demo: DemoFiles) -> list[Row]:
    header = _header(demo.aws_cur[0])
    tags = [c for c in header if c.startswith("resourceTags/")]
    return [row for path in demo.aws_cur for row in _read(path, AWS_COLUMNS + tags)]


AZURE_COLUMNS = ["Date", "Cost", "ChargeType", "MeterCategory", "ResourceName", "Tags"]
GCP_COLUMNS = [
    "service.description", "sku.description", "usage_start_time", "labels", "cost",
    "currency", "credits", "invoice.month",
]  # fmt: skip


@pytest.fixture(scope="module")
def azure_actual(demo: DemoFiles) -> list[Row]:
    return _read(demo.azure_actual, AZURE_COLUMNS)


@pytest.fixture(scope="module")
def azure_amortized(demo: DemoFiles) -> list[Row]:
    return _read(demo.azure_amortized, AZURE_COLUMNS)


@pytest.fixture(scope="module")
def gcp_rows(demo: DemoFiles) -> list[Row]:
    return _read(demo.gcp_billing, GCP_COLUMNS)


def _digest(files: DemoFiles) -> list[str]:
    paths = [*files.cost_exports, files.business_metrics]
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def test_same_seed_writes_identical_bytes(demo: DemoFiles, tmp_path: Path) -> None:
    again = write_demo_exports(tmp_path, seed=2026)
    assert [p.name for p in again.cost_exports] == [p.name for p in demo.cost_exports]
    assert _digest(again) == _digest(demo)


def test_twelve_monthly_cur_files_and_sizes(demo: DemoFiles, aws_rows: list[Row]) -> None:
    assert len(demo.aws_cur) == 12
    periods = sorted({r["bill/BillingPeriodStartDate"] for r in aws_rows})
    assert periods[0] == "2025-11-01T00:00:00Z" and periods[-1] == "2026-10-01T00:00:00Z"
    total_rows = sum(len(p.read_bytes().splitlines()) - 1 for p in demo.cost_exports)
    assert 60_000 <= total_rows <= 150_000


def test_headers_match_the_real_formats(demo: DemoFiles) -> None:
    ea_header = _header(_sample("finops-toolkit/EA_ActualCost_Small.csv"))
    assert _header(demo.azure_actual) == ea_header
    assert _header(demo.azure_amortized) == _header(
        _sample("finops-toolkit/EA_AmortizedCost_Small.csv")
    )
    assert demo.azure_actual.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, as EA writes
    assert _header(demo.gcp_billing) == _header(_sample("koku/gcp_2022-08-01_5.csv"))
    cur = _header(demo.aws_cur[0])
    real_cur: set[str] = set()
    for relative in (
        "focus-converters/aws-cur-legacy_sample-anonymous-aws-export-dataset.csv",
        "koku/test_cur.csv",
        "koku/aws_2023-06-01.csv",  # glues two names: "pricing/OfferingClasspricing/Purchase..."
    ):
        for name in _header(_sample(relative)):
            real_cur |= set(re.split(_GLUED, name))
    key_columns = [
        "identity/LineItemId", "bill/PayerAccountId", "lineItem/UsageAccountId",
        "lineItem/LineItemType", "lineItem/UsageStartDate", "lineItem/ProductCode",
        "product/ProductName", "product/region", "lineItem/UnblendedCost",
        "lineItem/UsageAmount", "pricing/publicOnDemandCost", "pricing/term",
        "savingsPlan/SavingsPlanARN", "savingsPlan/SavingsPlanEffectiveCost",
        "savingsPlan/TotalCommitmentToDate", "savingsPlan/UsedCommitment",
        "reservation/EffectiveCost", "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod",
        "reservation/UnusedRecurringFee", "lineItem/CurrencyCode",
    ]  # fmt: skip
    assert [c for c in key_columns if c not in cur] == []
    assert [c for c in key_columns if c not in real_cur] == []
    base = [c for c in cur if not c.startswith(("resourceTags/", "costCategory/"))]
    assert [c for c in base if c not in real_cur] == []  # every column is a real CUR column
    assert any(c.startswith("resourceTags/user:") for c in cur)
    assert any(c.startswith("costCategory/") for c in cur)
    for path in demo.cost_exports:  # pyarrow rejects any row not as wide as its header
        assert len(_read(path, [_header(path)[0]])) > 1000


def test_aws_cur_values_look_like_cur(aws_rows: list[Row]) -> None:
    types = Counter(r["lineItem/LineItemType"] for r in aws_rows)
    for wanted in ("Usage", "DiscountedUsage", "SavingsPlanCoveredUsage", "SavingsPlanNegation",
                   "SavingsPlanRecurringFee", "RIFee", "Tax", "Credit", "Fee"):  # fmt: skip
        assert types[wanted] > 0, wanted
    assert {r["bill/PayerAccountId"] for r in aws_rows} == {COMPANY.aws_payer_account_id}
    assert all(len(r["lineItem/UsageAccountId"]) == 12 for r in aws_rows)
    assert {r["lineItem/CurrencyCode"] for r in aws_rows} == {"EUR"}
    assert aws_rows[0]["lineItem/UsageStartDate"].endswith("T00:00:00Z")
    support = [r for r in aws_rows if r["lineItem/LineItemType"] == "Fee"]
    assert {r["lineItem/ProductCode"] for r in support} == {"AWSSupportBusiness"}
    assert len(support) == 12
    assert all(r["lineItem/ResourceId"] == "" for r in support)
    assert all(v == "" for r in support for k, v in r.items() if k.startswith("resourceTags/"))
    usage_types = {r["lineItem/UsageType"] for r in aws_rows}
    assert "EU-PublicIPv4:IdleAddress" in usage_types
    assert "EU-EBS:VolumeUsage.gp2" in usage_types
    assert any(t.endswith("BoxUsage:m4.2xlarge") for t in usage_types)


def test_savings_plan_rows_reconcile_and_show_unused_commitment(aws_rows: list[Row]) -> None:
    used: dict[str, Decimal] = defaultdict(Decimal)
    for r in aws_rows:
        if r["lineItem/LineItemType"] == "SavingsPlanCoveredUsage":
            used[r["lineItem/UsageStartDate"]] += Decimal(r["savingsPlan/SavingsPlanEffectiveCost"])
    fees = [r for r in aws_rows if r["lineItem/LineItemType"] == "SavingsPlanRecurringFee"]
    assert len(fees) == len(DAYS)
    unused = []
    for fee in fees:
        assert abs(
            Decimal(fee["savingsPlan/UsedCommitment"]) - used[fee["lineItem/UsageStartDate"]]
        ) < Decimal("0.0001")
        unused.append(
            Decimal(fee["savingsPlan/TotalCommitmentToDate"])
            - Decimal(fee["savingsPlan/UsedCommitment"])
        )
    assert min(unused) >= 0
    assert unused[-1] > 5 * unused[0]  # part of the covered fleet was retired in July


def _us_date(text: str) -> date:
    return datetime.strptime(text, "%m/%d/%Y").date()


def _daily(rows: list[Row], day_of, cost_of, keep) -> dict[date, Decimal]:  # type: ignore[no-untyped-def]
    out: dict[date, Decimal] = defaultdict(Decimal)
    for r in rows:
        if keep(r):
            out[day_of(r)] += cost_of(r)
    return out


def test_injected_anomalies_stand_out(
    aws_rows: list[Row], azure_amortized: list[Row], gcp_rows: list[Row]
) -> None:
    by_provider = {
        "AWS": _daily(aws_rows, lambda r: date.fromisoformat(r["lineItem/UsageStartDate"][:10]),
                      lambda r: Decimal(r["lineItem/UnblendedCost"]),
                      lambda r: r["lineItem/ProductCode"] == "AWSDataTransfer"
                      and r["lineItem/LineItemType"] == "Usage"),
        "Microsoft": _daily(azure_amortized, lambda r: _us_date(r["Date"]),
                            lambda r: Decimal(r["Cost"]),
                            lambda r: r["MeterCategory"] == "Virtual Machines"),
        "Google Cloud": _daily(gcp_rows, lambda r: date.fromisoformat(r["usage_start_time"][:10]),
                               lambda r: Decimal(r["cost"]),
                               lambda r: r["service.description"] == "Cloud Logging"),
    }  # fmt: skip
    assert len(INJECTED_ANOMALIES) == 3
    for anomaly in INJECTED_ANOMALIES:
        series = by_provider[anomaly.provider]
        before = [series[d] for d in DAYS if 0 < (anomaly.first_day - d).days <= 28]
        baseline = Decimal(statistics.median(before))
        for d in anomaly.dates():
            assert series[d] - baseline > anomaly.extra_cost_per_day * Decimal("0.8"), (
                anomaly.key,
                d,
            )
        after = anomaly.last_day.toordinal() + 3
        assert series[date.fromordinal(after)] - baseline < anomaly.extra_cost_per_day / 4
    gpu = [r for r in azure_amortized if r["ResourceName"] == "vm-gpu-poc-01"]
    assert sum(Decimal(r["Cost"]) for r in gpu) == INJECTED_ANOMALIES[1].extra_cost_total


def test_tagging_is_partial_and_inconsistent(
    aws_rows: list[Row], azure_actual: list[Row], gcp_rows: list[Row]
) -> None:
    keys: set[str] = set()
    values: set[str] = set()
    tagged = total = Decimal(0)
    for r in aws_rows:
        if r["lineItem/LineItemType"] != "Usage":
            continue
        tags = {
            k.split(":", 1)[1]: v for k, v in r.items() if k.startswith("resourceTags/user:") and v
        }
        keys |= set(tags)
        values |= set(tags.values())
        cost = Decimal(r["lineItem/UnblendedCost"])
        total += cost
        tagged += cost if is_fully_tagged(tags) else 0
    for text in {r["Tags"] for r in azure_actual}:  # EA: JSON members without the braces
        keys |= set(json.loads("{" + text + "}"))
    for text in {r["labels"] for r in gcp_rows}:
        keys |= {t["key"] for t in ast.literal_eval(text)}
    assert {"env", "Environment", "ENV", "owner", "Owner", "eigenaar"} <= keys
    assert {"cost-center", "CostCenter", "application", "app"} <= keys
    assert {"Prod", "production", "PRD"} & values
    assert Decimal("0.45") < tagged / total < Decimal("0.75")
    assert not azure_actual[1]["Tags"].startswith("{")


def test_azure_actual_and_amortized_differ_by_reservation_amortisation(
    azure_actual: list[Row], azure_amortized: list[Row]
) -> None:
    actual_types = Counter(r["ChargeType"] for r in azure_actual)
    amortized_types = Counter(r["ChargeType"] for r in azure_amortized)
    assert actual_types["Purchase"] == 13 and "UnusedReservation" not in actual_types
    assert amortized_types["UnusedReservation"] > 0 and "Purchase" not in amortized_types
    assert all(len(r["Date"]) == 10 and r["Date"][2] == "/" for r in azure_actual[:100])
    actual = sum(Decimal(r["Cost"]) for r in azure_actual)
    amortized = sum(Decimal(r["Cost"]) for r in azure_amortized)
    upfront = RESERVATIONS[RI_UPFRONT]
    rate = Decimal(str(upfront.hourly_rate)) * upfront.quantity * 24
    days_in_period = (date(2026, 11, 1) - upfront.purchase_date).days
    expected = rate * 365 - rate * days_in_period  # the not-yet-amortised part of the upfront
    assert abs((actual - amortized) - expected) < Decimal("0.05")


def test_gcp_credits_and_labels_are_python_repr_lists(gcp_rows: list[Row]) -> None:
    credit_types: Counter[str] = Counter()
    for r in gcp_rows:
        for credit in ast.literal_eval(r["credits"]) if r["credits"] != "[]" else []:
            assert credit["amount"] < 0
            credit_types[credit["type"]] += 1
    assert credit_types["COMMITTED_USAGE_DISCOUNT"] > 0
    assert credit_types["SUSTAINED_USAGE_DISCOUNT"] > 0
    assert {r["currency"] for r in gcp_rows} == {"EUR"}
    assert gcp_rows[0]["usage_start_time"].endswith("+00:00")
    assert any(r["sku.description"].startswith("Commitment v1") for r in gcp_rows)


def test_spend_level_trend_and_weekly_rhythm(
    demo: DemoFiles, aws_rows: list[Row], azure_actual: list[Row], gcp_rows: list[Row]
) -> None:
    monthly: dict[str, Decimal] = defaultdict(Decimal)
    for r in aws_rows:
        monthly[r["bill/BillingPeriodStartDate"][:7]] += Decimal(r["lineItem/UnblendedCost"])
    for r in azure_actual:
        monthly[f"{r['Date'][6:]}-{r['Date'][:2]}"] += Decimal(r["Cost"])
    for r in gcp_rows:
        monthly[f"{r['invoice.month'][:4]}-{r['invoice.month'][4:]}"] += Decimal(r["cost"])
    assert len(monthly) == 12
    assert all(Decimal(80_000) <= v <= Decimal(125_000) for v in monthly.values()), monthly
    months = sorted(monthly)
    assert monthly[months[-1]] / monthly[months[0]] > Decimal("1.15")
    metrics = _read(demo.business_metrics)
    assert len(metrics) == len(DAYS) and list(metrics[0]) == [
        "date",
        "active_users",
        "transactions",
    ]
    users = [int(r["active_users"]) for r in metrics]
    assert statistics.mean(users[-28:]) > 1.3 * statistics.mean(users[:28])
    weekend = [u for u, d in zip(users, DAYS, strict=False) if d.weekday() >= 5]
    weekday = [u for u, d in zip(users, DAYS, strict=False) if d.weekday() < 5]
    assert statistics.mean(weekend) < 0.85 * statistics.mean(weekday)
