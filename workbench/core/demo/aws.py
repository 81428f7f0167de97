"""Zuiderzee Logistiek's AWS spend as legacy Cost and Usage Report CSVs, one per month.

Daily granularity, EUR billing. Besides plain ``Usage`` it writes what makes CUR hard to read:
a Compute Savings Plan (``SavingsPlanCoveredUsage`` / ``SavingsPlanNegation`` /
``SavingsPlanRecurringFee`` with some unused commitment after July 2026), an RDS reservation
(``DiscountedUsage`` / ``RIFee``), Business support (``Fee``, untaggable), a migration credit
(``Credit``) and Dutch VAT (``Tax``).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Final

import numpy as np

from workbench.core.demo.anomalies import DATA_TRANSFER_SPIKE
from workbench.core.demo.aws_products import CUR_BASE_COLUMNS, product_columns, product_sku
from workbench.core.demo.aws_resources import (
    ACCOUNTS,
    RI_COVERED,
    SP_COVERED,
    build_aws_resources,
)
from workbench.core.demo.catalogue import COMPANY, Resource, daily_units
from workbench.core.demo.timeline import (
    DAYS,
    day_index,
    dec,
    month_days,
    month_starts,
    next_month,
    stable_id,
    stable_uuid,
    write_csv,
)

PAYER: Final = COMPANY.aws_payer_account_id
SP_ARN: Final = f"arn:aws:savingsplans::{PAYER}:savingsplan/{stable_uuid('zl-compute-sp')}"
RI_ARN: Final = f"arn:aws:rds:eu-west-1:{ACCOUNTS['transport'][0]}:ri:zl-track-postgres-ri-2025"
#: Savings Plan rate as a share of the on-demand rate (1-year, no upfront, compute SP).
SP_RATE_FACTOR: Final = 0.72
RI_RATE_FACTOR: Final = 0.65
VAT_RATE: Final = Decimal("0.21")
MIGRATION_CREDIT: Final = Decimal("-1200")
CREDIT_MONTHS: Final = (date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1))
ENTITY: Final = "Amazon Web Services EMEA SARL"
_PLACES: Final = 10

_COST_CATEGORY: Final = {
    ACCOUNTS["webshop"][0]: ("Webshop", "Productie"),
    ACCOUNTS["transport"][0]: ("Transport en Planning", "Productie"),
    ACCOUNTS["platform"][0]: ("Platform", "Productie"),
    ACCOUNTS["nonprod"][0]: ("", "Niet-productie"),
    ACCOUNTS["sandbox"][0]: ("Sandbox", "Niet-productie"),
    PAYER: ("Platform", "Productie"),
}


@functools.cache
def _ts(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _tag_columns(resources: list[Resource]) -> list[str]:
    keys = {k for r in resources for k in r.tags}
    cols = [f"resourceTags/{k}" if k.startswith("aws:") else f"resourceTags/user:{k}" for k in keys]
    return sorted(cols)


class _MonthWriter:
    """Collects one billing month's rows and the per-product totals tax is computed on."""

    def __init__(self, month: date) -> None:
        self.month = month
        self.rows: list[dict[str, str]] = []
        self.tax_base: dict[tuple[str, str, str], float] = defaultdict(float)
        self.usage_total = 0.0
        invoice = int(stable_id("invoice", month.isoformat(), length=6), 16) % 900_000 + 100_000
        self.common = {
            "bill/InvoiceId": f"EUINNL{month:%y}-{invoice}",
            "bill/InvoicingEntity": ENTITY,
            "bill/BillingEntity": "AWS",
            "bill/BillType": "Anniversary",
            "bill/PayerAccountId": PAYER,
            "bill/BillingPeriodStartDate": _ts(month),
            "bill/BillingPeriodEndDate": _ts(next_month(month)),
            "lineItem/CurrencyCode": "EUR",
            "lineItem/LegalEntity": ENTITY,
        }

    def add(self, row: dict[str, str], start: date, end: date) -> None:
        row = self.common | row
        first, last = _ts(start), _ts(end)
        row["identity/TimeInterval"] = f"{first}/{last}"
        row["lineItem/UsageStartDate"] = first
        row["lineItem/UsageEndDate"] = last
        row.setdefault("lineItem/BlendedCost", row["lineItem/UnblendedCost"])
        row.setdefault("lineItem/BlendedRate", row.get("lineItem/UnblendedRate", ""))
        account = row["lineItem/UsageAccountId"]
        unit, env = _COST_CATEGORY[account]
        row["costCategory/BusinessUnit"] = unit
        row["costCategory/Omgeving"] = env
        if row["lineItem/LineItemType"] != "Tax":
            cost = float(row["lineItem/UnblendedCost"])
            code = row["lineItem/ProductCode"]
            self.tax_base[(account, code, row["product/ProductName"])] += cost
            if row["lineItem/LineItemType"] not in ("Credit", "Fee"):
                self.usage_total += cost
        self.rows.append(row)


def _resource_row(res: Resource, tags: dict[str, str]) -> dict[str, str]:
    row = product_columns(res)
    row["lineItem/UsageAccountId"] = res.account
    row["lineItem/ResourceId"] = res.key.split(":", 1)[1].rsplit(":", 1)[0]
    for key, value in tags.items():
        row[f"resourceTags/{key}" if key.startswith("aws:") else f"resourceTags/user:{key}"] = value
    return row


def _negated(text: str) -> str:
    return text if text == "0" else "-" + text


def _usage_rows(
    writer: _MonthWriter, res: Resource, base: dict[str, str], day: date, units: float
) -> float:
    """Write the day's rows for one resource; returns the Savings Plan effective cost."""
    end = day + timedelta(days=1)
    price_text = dec(res.unit_price, _PLACES)
    qty_text = dec(units, 8)
    price, qty = float(price_text), float(qty_text)
    od_text = dec(qty * price, _PLACES)
    row = base | {
        "lineItem/UsageAmount": qty_text,
        "lineItem/UnblendedRate": price_text,
        "lineItem/UnblendedCost": od_text,
        "pricing/publicOnDemandCost": od_text,
    }
    if "lineItem/NormalizationFactor" in row:
        row["lineItem/NormalizedUsageAmount"] = dec(
            qty * float(row["lineItem/NormalizationFactor"]), 6
        )
    if res.commitment == SP_COVERED:
        sp_rate = price * SP_RATE_FACTOR
        sp_cost = round(qty * sp_rate, _PLACES)
        covered = row | {
            "lineItem/LineItemType": "SavingsPlanCoveredUsage",
            "savingsPlan/SavingsPlanARN": SP_ARN,
            "savingsPlan/SavingsPlanRate": dec(sp_rate, _PLACES),
            "savingsPlan/SavingsPlanEffectiveCost": dec(sp_cost, _PLACES),
        }
        writer.add(covered, day, end)
        negation = {k: v for k, v in row.items() if not k.startswith("resourceTags/")} | {
            "lineItem/LineItemType": "SavingsPlanNegation",
            "lineItem/UsageAmount": "0",
            "lineItem/UnblendedRate": _negated(price_text),
            "lineItem/UnblendedCost": _negated(od_text),
            "lineItem/LineItemDescription": (
                f"SavingsPlanNegation used by AccountId : {res.account} and UsageSku : "
                f"{row['product/sku']}"
            ),
            "pricing/publicOnDemandCost": "0",
            "savingsPlan/SavingsPlanARN": SP_ARN,
        }
        writer.add(negation, day, end)
        return sp_cost
    if res.commitment == RI_COVERED:
        ri_cost = dec(qty * price * RI_RATE_FACTOR, _PLACES)
        discounted = row | {
            "lineItem/LineItemType": "DiscountedUsage",
            "lineItem/UnblendedRate": "0",
            "lineItem/UnblendedCost": "0",
            "pricing/term": "Reserved",
            "pricing/LeaseContractLength": "1yr",
            "pricing/OfferingClass": "standard",
            "pricing/PurchaseOption": "No Upfront",
            "reservation/ReservationARN": RI_ARN,
            "reservation/EffectiveCost": ri_cost,
            "reservation/RecurringFeeForUsage": ri_cost,
            "reservation/AmortizedUpfrontCostForUsage": "0",
        }
        writer.add(discounted, day, end)
        return 0.0
    writer.add(row | {"lineItem/LineItemType": "Usage"}, day, end)
    return 0.0


def _monthly_rows(writer: _MonthWriter, ri_hourly: Decimal) -> None:
    month, end = writer.month, next_month(writer.month)
    hours = Decimal(24 * month_days(month))
    writer.add(
        {
            "lineItem/UsageAccountId": ACCOUNTS["transport"][0],
            "lineItem/LineItemType": "RIFee",
            "lineItem/ProductCode": "AmazonRDS",
            "lineItem/UsageType": "EU-HeavyUsage:db.r6g.4xlarge",
            "lineItem/Operation": "CreateDBInstance:0014",
            "lineItem/UsageAmount": str(hours),
            "lineItem/UnblendedRate": str(ri_hourly),
            "lineItem/UnblendedCost": str(ri_hourly * hours),
            "lineItem/LineItemDescription": (
                f"EUR {ri_hourly} hourly fee per PostgreSQL, db.r6g.4xlarge instance"
            ),
            "product/ProductName": "Amazon Relational Database Service",
            "product/region": "eu-west-1",
            "pricing/term": "Reserved",
            "reservation/ReservationARN": RI_ARN,
            "reservation/NumberOfReservations": "1",
            "reservation/TotalReservedUnits": str(hours),
            "reservation/UnitsPerReservation": str(hours),
            "reservation/UnusedQuantity": "0",
            "reservation/UnusedRecurringFee": "0",
            "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod": "0",
            "reservation/AmortizedUpfrontFeeForBillingPeriod": "0",
            "reservation/UpfrontValue": "0",
            "reservation/StartTime": "2025-09-01T00:00:00Z",
            "reservation/EndTime": "2026-09-01T00:00:00Z",
        },
        month,
        end,
    )
    if month in CREDIT_MONTHS:
        writer.add(
            {
                "lineItem/UsageAccountId": ACCOUNTS["transport"][0],
                "lineItem/LineItemType": "Credit",
                "lineItem/ProductCode": "AmazonEC2",
                "lineItem/UnblendedCost": str(MIGRATION_CREDIT),
                "lineItem/LineItemDescription": "AWS Migration Acceleration Program Credit",
                "product/ProductName": "Amazon Elastic Compute Cloud",
            },
            month,
            end,
        )
    # Business support: 10 % of the first 10k, 7 % up to 80k, 5 % above; no resource, no tags.
    usage = Decimal(dec(writer.usage_total, 2))
    fee = min(usage, Decimal(10_000)) * Decimal("0.10")
    fee += max(Decimal(0), min(usage, Decimal(80_000)) - 10_000) * Decimal("0.07")
    fee += max(Decimal(0), usage - 80_000) * Decimal("0.05")
    writer.add(
        {
            "lineItem/UsageAccountId": PAYER,
            "lineItem/LineItemType": "Fee",
            "lineItem/ProductCode": "AWSSupportBusiness",
            "lineItem/UsageType": "Dollar",
            "lineItem/UsageAmount": "1",
            "lineItem/UnblendedCost": str(fee.quantize(Decimal("0.01"))),
            "lineItem/LineItemDescription": "AWS Support (Business)",
            "product/ProductName": "AWS Support (Business)",
        },
        month,
        end,
    )
    for (account, code, name), base in sorted(writer.tax_base.items()):
        tax = (Decimal(dec(base, 4)) * VAT_RATE).quantize(Decimal("0.01"))
        writer.add(
            {
                "lineItem/UsageAccountId": account,
                "lineItem/LineItemType": "Tax",
                "lineItem/ProductCode": code,
                "lineItem/UsageAmount": "1",
                "lineItem/UnblendedCost": str(tax),
                "lineItem/LineItemDescription": f"Tax for product code {code}",
                "lineItem/TaxType": "VAT",
                "product/ProductName": name,
            },
            month,
            end,
        )


def _sp_fee_row(day: date, hourly: Decimal, used: float) -> dict[str, str]:
    fee = hourly * 24
    return {
        "lineItem/UsageAccountId": PAYER,
        "lineItem/LineItemType": "SavingsPlanRecurringFee",
        "lineItem/ProductCode": "ComputeSavingsPlans",
        "lineItem/UsageType": "ComputeSP:1yrNoUpfront",
        "lineItem/ResourceId": SP_ARN,
        "lineItem/UsageAmount": "24",
        "lineItem/UnblendedRate": str(hourly),
        "lineItem/UnblendedCost": str(fee),
        "lineItem/LineItemDescription": "1 year No Upfront Compute Savings Plan",
        "product/ProductName": "Savings Plans for AWS Compute usage",
        "savingsPlan/SavingsPlanARN": SP_ARN,
        "savingsPlan/TotalCommitmentToDate": str(fee),
        "savingsPlan/UsedCommitment": dec(used, _PLACES),
        "savingsPlan/RecurringCommitmentForBillingPeriod": str(
            fee * month_days(day.replace(day=1))
        ),
        "savingsPlan/AmortizedUpfrontCommitmentForBillingPeriod": "0",
        "savingsPlan/StartTime": "2025-06-01T00:00:00Z",
        "savingsPlan/EndTime": "2026-06-01T00:00:00Z"
        if day < date(2026, 6, 1)
        else "2027-06-01T00:00:00Z",
        "savingsPlan/OfferingType": "ComputeSavingsPlans",
        "savingsPlan/PaymentOption": "No Upfront",
        "savingsPlan/PurchaseTerm": "1yr",
    }


def write_aws_cur(out_dir: Path, rng: np.random.Generator) -> list[Path]:
    """Write one CUR CSV per billing month into ``out_dir``; returns the paths in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    resources = build_aws_resources(rng)
    units = [daily_units(r.usage, rng) for r in resources]
    bases = [_resource_row(r, r.tags) for r in resources]
    # The spike adds volume on the instance's data-transfer line (same row, bigger amount).
    for r, u, b in zip(resources, units, bases, strict=True):
        if r.kind == "transfer" and b["lineItem/ResourceId"] == DATA_TRANSFER_SPIKE.resource_id:
            for d in DATA_TRANSFER_SPIKE.dates():
                u[day_index(d)] += float(DATA_TRANSFER_SPIKE.extra_cost_per_day) / r.unit_price
    # Size the Savings Plan on the covered fleet of the first day, plus 2 % headroom.
    first_sp = sum(
        float(u[0]) * r.unit_price * SP_RATE_FACTOR
        for r, u in zip(resources, units, strict=True)
        if r.commitment == SP_COVERED
    )
    sp_hourly = Decimal(dec(first_sp / 24 * 1.02, 2))
    ri_hourly = Decimal(dec(2.08 * RI_RATE_FACTOR, 6))
    header = [*CUR_BASE_COLUMNS, *_tag_columns(resources), "costCategory/BusinessUnit",
              "costCategory/Omgeving"]  # fmt: skip
    paths: list[Path] = []
    for month in month_starts():
        writer = _MonthWriter(month)
        for day in DAYS[day_index(month) : day_index(next_month(month))]:
            i = day_index(day)
            used = 0.0
            for res, u, base in zip(resources, units, bases, strict=True):
                if u[i] > 0:
                    used += _usage_rows(writer, res, base, day, float(u[i]))
            writer.add(_sp_fee_row(day, sp_hourly, used), day, day + timedelta(days=1))
        _monthly_rows(writer, ri_hourly)
        path = out_dir / f"zuiderzee-cur-daily-{month:%Y%m}01-{next_month(month):%Y%m}01.csv"
        # Line item ids look random in CUR; draw them from a per-month seeded stream.
        ids = np.random.default_rng(month.toordinal()).bytes(20 * len(writer.rows)).hex()
        for n, row in enumerate(writer.rows):
            row["identity/LineItemId"] = ids[40 * n : 40 * n + 40]
        empty = dict.fromkeys(header, "")
        # Merging into an ordered template is the fast way to lay out 100+ columns; a key
        # outside the header would add a field, so the tests check every row's width.
        write_csv(path, header, (list((empty | row).values()) for row in writer.rows))
        paths.append(path)
    return paths


__all__ = ["write_aws_cur", "SP_ARN", "RI_ARN", "product_sku"]
