"""Zuiderzee Logistiek's AWS spend as legacy Cost and Usage Report CSVs, one per month.

Daily granularity, EUR billing. Besides plain ``Usage`` it writes what makes CUR hard to read:
a Compute Savings Plan (``SavingsPlanCoveredUsage`` / ``SavingsPlanNegation`` /
``SavingsPlanRecurringFee`` with some unused commitment after July 2026), an RDS reservation
(``DiscountedUsage`` / ``RIFee``), Business support (``Fee``, untaggable), a migration credit
(``Credit``) and Dutch VAT (``Tax``).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np

from workbench.core.demo.anomalies import DATA_TRANSFER_SPIKE
from workbench.core.demo.aws_billing import (
    PLACES,
    RI_ARN,
    RI_RATE_FACTOR,
    SP_ARN,
    SP_RATE_FACTOR,
    MonthWriter,
    monthly_rows,
    sp_fee_row,
)
from workbench.core.demo.aws_products import CUR_BASE_COLUMNS, product_columns, product_sku
from workbench.core.demo.aws_resources import (
    RI_COVERED,
    SP_COVERED,
    build_aws_resources,
)
from workbench.core.demo.catalogue import Resource, daily_units
from workbench.core.demo.timeline import (
    DAYS,
    day_index,
    dec,
    month_starts,
    next_month,
    write_csv,
)


def _tag_columns(resources: list[Resource]) -> list[str]:
    keys = {k for r in resources for k in r.tags}
    cols = [f"resourceTags/{k}" if k.startswith("aws:") else f"resourceTags/user:{k}" for k in keys]
    return sorted(cols)


def _resource_row(res: Resource, tags: dict[str, str]) -> dict[str, str]:
    row = product_columns(res)
    row["lineItem/UsageAccountId"] = res.account
    row["lineItem/ResourceId"] = res.key.split(":", 1)[1].rsplit(":", 1)[0]
    for key, value in tags.items():
        row[f"resourceTags/{key}" if key.startswith("aws:") else f"resourceTags/user:{key}"] = value
    return row


def _negated(text: str) -> str:
    return text if text == "0" else "-" + text


def _variants(res: Resource, base: dict[str, str]) -> dict[str, dict[str, str]]:
    """The fixed fields of each kind of line a resource's usage produces."""
    if res.commitment == SP_COVERED:
        untagged = {k: v for k, v in base.items() if not k.startswith("resourceTags/")}
        return {
            "covered": base | {
                "lineItem/LineItemType": "SavingsPlanCoveredUsage",
                "savingsPlan/SavingsPlanARN": SP_ARN,
            },
            "negation": untagged | {
                "lineItem/LineItemType": "SavingsPlanNegation",
                "lineItem/UsageAmount": "0",
                "lineItem/LineItemDescription": (
                    f"SavingsPlanNegation used by AccountId : {res.account} and UsageSku : "
                    f"{base['product/sku']}"
                ),
                "pricing/publicOnDemandCost": "0",
                "savingsPlan/SavingsPlanARN": SP_ARN,
            },
        }  # fmt: skip
    if res.commitment == RI_COVERED:
        return {
            "ri": base | {
                "lineItem/LineItemType": "DiscountedUsage",
                "lineItem/UnblendedRate": "0",
                "lineItem/UnblendedCost": "0",
                "lineItem/BlendedRate": "0",
                "lineItem/BlendedCost": "0",
                "pricing/term": "Reserved",
                "pricing/LeaseContractLength": "1yr",
                "pricing/OfferingClass": "standard",
                "pricing/PurchaseOption": "No Upfront",
                "reservation/ReservationARN": RI_ARN,
                "reservation/AmortizedUpfrontCostForUsage": "0",
            },
        }  # fmt: skip
    return {"usage": base | {"lineItem/LineItemType": "Usage"}}


def _usage_rows(
    writer: MonthWriter,
    res: Resource,
    templates: dict[str, list[str]],
    tax_key: tuple[str, str, str],
    normalization: float | None,
    day: date,
    units: float,
) -> float:
    """Write the day's rows for one resource; returns the Savings Plan effective cost."""
    price_text = dec(res.unit_price, PLACES)
    qty_text = dec(units, 8)
    price, qty = float(price_text), float(qty_text)
    od_text = dec(qty * price, PLACES)
    values = {
        "lineItem/UsageAmount": qty_text,
        "lineItem/UnblendedRate": price_text,
        "lineItem/UnblendedCost": od_text,
        "lineItem/BlendedRate": price_text,
        "lineItem/BlendedCost": od_text,
        "pricing/publicOnDemandCost": od_text,
    }
    if normalization is not None:
        values["lineItem/NormalizedUsageAmount"] = dec(qty * normalization, 6)
    od = float(od_text)
    if res.commitment == SP_COVERED:
        sp_rate = price * SP_RATE_FACTOR
        sp_cost = round(qty * sp_rate, PLACES)
        covered = values | {
            "savingsPlan/SavingsPlanRate": dec(sp_rate, PLACES),
            "savingsPlan/SavingsPlanEffectiveCost": dec(sp_cost, PLACES),
        }
        writer.add_usage(templates["covered"], covered, day, tax_key, od)
        negation = {
            "lineItem/UnblendedRate": _negated(price_text),
            "lineItem/UnblendedCost": _negated(od_text),
            "lineItem/BlendedRate": _negated(price_text),
            "lineItem/BlendedCost": _negated(od_text),
        }
        if normalization is not None:
            negation["lineItem/NormalizedUsageAmount"] = values["lineItem/NormalizedUsageAmount"]
        writer.add_usage(templates["negation"], negation, day, tax_key, -od)
        return sp_cost
    if res.commitment == RI_COVERED:
        ri_cost = dec(qty * price * RI_RATE_FACTOR, PLACES)
        discounted = {
            "lineItem/UsageAmount": qty_text,
            "pricing/publicOnDemandCost": od_text,
            "reservation/EffectiveCost": ri_cost,
            "reservation/RecurringFeeForUsage": ri_cost,
        }
        if normalization is not None:
            discounted["lineItem/NormalizedUsageAmount"] = values["lineItem/NormalizedUsageAmount"]
        writer.add_usage(templates["ri"], discounted, day, tax_key, 0.0)
        return 0.0
    writer.add_usage(templates["usage"], values, day, tax_key, od)
    return 0.0


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
    variants = [_variants(r, b) for r, b in zip(resources, bases, strict=True)]
    tax_keys = [
        (r.account, b["lineItem/ProductCode"], b["product/ProductName"])
        for r, b in zip(resources, bases, strict=True)
    ]
    factors = [
        float(b["lineItem/NormalizationFactor"]) if "lineItem/NormalizationFactor" in b else None
        for b in bases
    ]
    streams = list(zip(resources, units, variants, tax_keys, factors, strict=True))
    paths: list[Path] = []
    for month in month_starts():
        writer = MonthWriter(month, header)
        templates = [{k: writer.template(v) for k, v in var.items()} for var in variants]
        for day in DAYS[day_index(month) : day_index(next_month(month))]:
            i = day_index(day)
            used = 0.0
            for (res, u, _, tax_key, factor), tpl in zip(streams, templates, strict=True):
                if u[i] > 0:
                    used += _usage_rows(writer, res, tpl, tax_key, factor, day, float(u[i]))
            writer.add(sp_fee_row(day, sp_hourly, used), day, day + timedelta(days=1))
        monthly_rows(writer, ri_hourly)
        path = out_dir / f"zuiderzee-cur-daily-{month:%Y%m}01-{next_month(month):%Y%m}01.csv"
        # Line item ids look random in CUR; draw them from a per-month seeded stream.
        ids = np.random.default_rng(month.toordinal()).bytes(20 * len(writer.rows)).hex()
        id_column = writer.index["identity/LineItemId"]
        for n, row in enumerate(writer.rows):
            row[id_column] = ids[40 * n : 40 * n + 40]
        write_csv(path, header, writer.rows)
        paths.append(path)
    return paths


__all__ = ["write_aws_cur", "SP_ARN", "RI_ARN", "product_sku"]
