"""The month-level side of the demo CUR: the row collector, commitment fees, support, tax.

Split from :mod:`workbench.core.demo.aws` (which writes the resources' daily usage) so each
module stays readable. Amounts are EUR; VAT is the Dutch 21 % on every product line.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from workbench.core.demo.aws_resources import ACCOUNTS
from workbench.core.demo.catalogue import COMPANY
from workbench.core.demo.timeline import dec, month_days, next_month, stable_id, stable_uuid

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
PLACES: Final = 10

COST_CATEGORY: Final = {
    ACCOUNTS["webshop"][0]: ("Webshop", "Productie"),
    ACCOUNTS["transport"][0]: ("Transport en Planning", "Productie"),
    ACCOUNTS["platform"][0]: ("Platform", "Productie"),
    ACCOUNTS["nonprod"][0]: ("", "Niet-productie"),
    ACCOUNTS["sandbox"][0]: ("Sandbox", "Niet-productie"),
    PAYER: ("Platform", "Productie"),
}


@functools.cache
def ts(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


class MonthWriter:
    """Collects one billing month's rows and the per-product totals tax is computed on.

    Rows are lists in header order: the ~40 000 daily usage rows copy a per-resource
    template and overwrite a dozen fields, which is several times faster than dict merges.
    """

    def __init__(self, month: date, header: list[str]) -> None:
        self.month = month
        self.index = {name: i for i, name in enumerate(header)}
        self.width = len(header)
        self.rows: list[list[str]] = []
        self.tax_base: dict[tuple[str, str, str], float] = defaultdict(float)
        self.usage_total = 0.0
        invoice = int(stable_id("invoice", month.isoformat(), length=6), 16) % 900_000 + 100_000
        self.common = {
            "bill/InvoiceId": f"EUINNL{month:%y}-{invoice}",
            "bill/InvoicingEntity": ENTITY,
            "bill/BillingEntity": "AWS",
            "bill/BillType": "Anniversary",
            "bill/PayerAccountId": PAYER,
            "bill/BillingPeriodStartDate": ts(month),
            "bill/BillingPeriodEndDate": ts(next_month(month)),
            "lineItem/CurrencyCode": "EUR",
            "lineItem/LegalEntity": ENTITY,
        }

    def as_list(self, row: dict[str, str]) -> list[str]:
        out = [""] * self.width
        for key, value in row.items():
            out[self.index[key]] = value  # KeyError = a column missing from the header
        return out

    def _stamp(self, row: list[str], start: date, end: date) -> None:
        first, last = ts(start), ts(end)
        row[self.index["identity/TimeInterval"]] = f"{first}/{last}"
        row[self.index["lineItem/UsageStartDate"]] = first
        row[self.index["lineItem/UsageEndDate"]] = last

    def add(self, row: dict[str, str], start: date, end: date) -> None:
        row = self.common | row
        row.setdefault("lineItem/BlendedCost", row["lineItem/UnblendedCost"])
        row.setdefault("lineItem/BlendedRate", row.get("lineItem/UnblendedRate", ""))
        account = row["lineItem/UsageAccountId"]
        unit, env = COST_CATEGORY[account]
        row["costCategory/BusinessUnit"] = unit
        row["costCategory/Omgeving"] = env
        if row["lineItem/LineItemType"] != "Tax":
            cost = float(row["lineItem/UnblendedCost"])
            code = row["lineItem/ProductCode"]
            self.tax_base[(account, code, row["product/ProductName"])] += cost
            if row["lineItem/LineItemType"] not in ("Credit", "Fee"):
                self.usage_total += cost
        out = self.as_list(row)
        self._stamp(out, start, end)
        self.rows.append(out)

    def template(self, row: dict[str, str]) -> list[str]:
        """A usage row's fixed fields for this month (dynamic ones are set per day)."""
        unit, env = COST_CATEGORY[row["lineItem/UsageAccountId"]]
        full = self.common | row | {"costCategory/BusinessUnit": unit, "costCategory/Omgeving": env}
        return self.as_list(full)

    def add_usage(
        self,
        template: list[str],
        values: dict[str, str],
        day: date,
        tax_key: tuple[str, str, str],
        cost: float,
    ) -> None:
        row = template.copy()
        index = self.index
        for key, value in values.items():
            row[index[key]] = value
        self._stamp(row, day, day + timedelta(days=1))
        self.tax_base[tax_key] += cost
        self.usage_total += cost
        self.rows.append(row)


def monthly_rows(writer: MonthWriter, ri_hourly: Decimal) -> None:
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


def sp_fee_row(day: date, hourly: Decimal, used: float) -> dict[str, str]:
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
        "savingsPlan/UsedCommitment": dec(used, PLACES),
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
