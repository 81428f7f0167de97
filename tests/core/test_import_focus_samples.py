"""Every FOCUS sample (and every deliberately invalid FOCUS fixture) in ../shared/samples.

Expected row counts and totals are computed here independently from the raw columns with
the csv module and Decimal, never through the importer's code paths.

Decisions documented by these tests:
- focus_invalid_unknown_column.csv imports: an extra non-``x_`` column is a warning (the
  official FOCUS 1.0 sample has one too, ``Id``); the data itself is valid FOCUS.
- focus_invalid_json.csv is rejected for its malformed row: the ``{bad_json`` cell holds a
  comma, so row 1 has 59 fields for a 58-column header (the bad JSON lands in x_CostCenter).
  Invalid JSON in the Tags column itself is tested with a generated file.
- focus-validator's multiple_failure_examples.csv and sample.parquet carry only a few
  0.5-era columns and no costs: rejected for the missing required columns.
- The FOCUS 1.2 commitment examples have no BillingCurrency: they import in "XXX"
  (ISO 4217 "no currency") with a warning; their ChargePeriodEnd ``T30:00:00Z`` typo is
  read as the next day, with a warning.
"""

from __future__ import annotations

import csv
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from workbench.core.importing.pipeline import inspect_file
from workbench.core.importing.report import FileReport

NULLS = {"", "NULL", "null"}
NANO = Decimal("0.000000001")


def _dec(text: str) -> Decimal:
    """A cell as the canonical table stores it: rounded half-up to 9 decimals (nano-units).
    (The FOCUS sample has up to 11 decimals; per-cell rounding moves its 1,000-row total by
    less than 1e-7, far below a cent.)"""
    text = text.strip()
    if text in NULLS:
        return Decimal(0)
    return Decimal(re.sub(r"[$,\s]", "", text)).quantize(NANO, rounding=ROUND_HALF_UP)


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _expected(path: Path) -> tuple[int, dict[str, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    sums: dict[str, dict[str, Decimal]] = {}
    for row in rows:
        currency = (row.get("BillingCurrency") or row.get("BilledCurrency") or "XXX").strip()
        bucket = sums.setdefault(
            currency, {"billed_cost": Decimal(0), "effective_cost": Decimal(0)}
        )
        bucket["billed_cost"] += _dec(row["BilledCost"])
        bucket["effective_cost"] += _dec(row.get("EffectiveCost") or row.get("AmortizedCost") or "")
    return len(rows), {c: {k: _plain(v) for k, v in s.items()} for c, s in sums.items()}


def _one(path: Path) -> FileReport:
    reports = inspect_file(path)
    assert len(reports) == 1
    return reports[0]


VALID = [
    "focus-sample-data/focus-1.0_focus_sample.csv",
    "focus-mapper/focus_invalid_unknown_column.csv",
    "focus-validator/all_pass_0.5.csv",
    *[
        f"focus-spec-examples-1.2/{name}"
        for name in (
            "commitment_discount_scenarios_commitment_discount_purchase_scenario_1.csv",
            "commitment_discount_scenarios_commitment_discount_purchase_scenario_2.csv",
            "commitment_discount_scenarios_commitment_discount_purchase_scenario_3.csv",
            "commitment_discount_scenarios_commitment_discount_usage_scenario_1.csv",
            "commitment_discount_scenarios_commitment_discount_usage_scenario_2.csv",
            "saas_examples_simple_agreements_simple_saas_agreements_a1.csv",
            "saas_examples_simple_agreements_simple_saas_agreements_a2.csv",
            "saas_examples_simple_agreements_simple_saas_agreements_a3.csv",
            "saas_examples_simple_agreements_simple_saas_agreements_b.csv",
            "saas_examples_simple_agreements_simple_saas_agreements_c.csv",
            "saas_examples_spend_agreements_saas_spend_agreements_a1.csv",
            "saas_examples_spend_agreements_saas_spend_agreements_a2.csv",
            "saas_examples_spend_agreements_saas_spend_agreements_b1.csv",
            "saas_examples_spend_agreements_saas_spend_agreements_b2.csv",
            "saas_examples_virtual_currency_pricing_model_a1.csv",
            "saas_examples_virtual_currency_pricing_model_a2.csv",
            "saas_examples_virtual_currency_pricing_model_b1.csv",
            "saas_examples_virtual_currency_pricing_model_b2.csv",
            "saas_examples_virtual_currency_pricing_model_b3.csv",
            "saas_examples_virtual_currency_pricing_model_c.csv",
        )
    ],
]


@pytest.mark.parametrize("relative", VALID)
def test_valid_focus_files_reconcile(samples_dir: Path, relative: str) -> None:
    path = samples_dir / relative
    report = _one(path)
    assert report.errors == []
    assert report.format_id == "focus"
    rows, totals = _expected(path)
    assert report.rows_read == rows
    assert report.rejected_count == 0
    got = {
        c: {"billed_cost": t.billed_cost, "effective_cost": t.effective_cost}
        for c, t in report.currencies.items()
    }
    assert got == totals


def test_focus_sample_details(samples_dir: Path) -> None:
    report = _one(samples_dir / "focus-sample-data/focus-1.0_focus_sample.csv")
    assert report.version == "1.0"
    assert report.period_start == "2024-09-01T00:00:00Z"
    assert any("Id" in w for w in report.warnings)  # non-x_ extra column: a warning
    assert any("ChargeFrequency" in w and "wrong case" in w for w in report.warnings)
    assert report.facts["case_fixed_ChargeFrequency"] == "7"  # the Oracle rows' "Usage-based"
    assert " org" in report.tag_keys and "org" in report.tag_keys  # raw keys kept


def test_versions(samples_dir: Path) -> None:
    assert _one(samples_dir / "focus-validator/all_pass_0.5.csv").version == "0.5"
    assert _one(samples_dir / "focus-mapper/focus_invalid_unknown_column.csv").version == "1.2"


def test_commitment_examples_give_the_spec_totals(samples_dir: Path) -> None:
    """Spec appendix: purchases bill the fee with EffectiveCost 0; commitment usage (used or
    unused) has BilledCost 0 and EffectiveCost = the amortised amount."""
    folder = samples_dir / "focus-spec-examples-1.2"
    billed = effective = Decimal(0)
    for path in sorted(folder.glob("commitment_discount_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                billed += Decimal(row["BilledCost"])
                effective += Decimal(row["EffectiveCost"])
        report = _one(path)
        assert report.errors == []
    got_billed = sum(
        Decimal(_one(p).currencies["XXX"].billed_cost)
        for p in folder.glob("commitment_discount_*.csv")
    )
    got_effective = sum(
        Decimal(_one(p).currencies["XXX"].effective_cost)
        for p in folder.glob("commitment_discount_*.csv")
    )
    assert (got_billed, got_effective) == (billed, effective) == (Decimal("13144.5"), Decimal("2"))


@pytest.mark.parametrize(
    ("relative", "needles"),
    [
        (
            "focus-mapper/focus_invalid_allowed_values.csv",
            ("row 1", "column ChargeCategory", "Bogus"),
        ),
        (
            "focus-mapper/focus_invalid_datetime.csv",
            ("row 1", "column BillingPeriodStart", "not-a-date"),
        ),
        ("focus-mapper/focus_invalid_decimal.csv", ("row 1", "column BilledCost", "'abc'")),
        ("focus-mapper/focus_invalid_json.csv", ("row 1", "59 fields", "header has 58")),
        (
            "focus-mapper/focus_invalid_required_missing.csv",
            ("missing required FOCUS", "BilledCost"),
        ),
        (
            "focus-validator/multiple_failure_examples.csv",
            ("missing required FOCUS", "ChargePeriodStart"),
        ),
        ("focus-validator/sample.parquet", ("missing required FOCUS", "EffectiveCost")),
    ],
)
def test_invalid_focus_fixtures_are_rejected_with_the_reason(
    samples_dir: Path, relative: str, needles: tuple[str, ...]
) -> None:
    report = _one(samples_dir / relative)
    assert report.status == "rejected"
    assert len(report.errors) == 1
    for needle in needles:
        assert needle in report.errors[0]
    assert report.currencies == {}
