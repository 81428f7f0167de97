"""FOCUS 1.0 / 1.1 / 1.2 CSV, every string quoted and nulls empty, as provider exports write.

Charge categories mix usage, committed usage, commitment purchases, tax and credits, so
BilledCost and EffectiveCost differ the way the spec describes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from bench.generate_exports._core import (
    Builder,
    Chunk,
    ExportSummary,
    IntArray,
    Segment,
    StaticPlan,
    by_index,
    money_text,
    pool,
    run_writer,
)

_V10: Final = (
    "AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
    "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeClass",
    "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
    "CommitmentDiscountCategory", "CommitmentDiscountId", "CommitmentDiscountName",
    "CommitmentDiscountStatus", "CommitmentDiscountType", "ConsumedQuantity", "ConsumedUnit",
    "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "InvoiceIssuerName", "ListCost",
    "ListUnitPrice", "PricingCategory", "PricingQuantity", "PricingUnit", "ProviderName",
    "PublisherName", "RegionId", "RegionName", "ResourceId", "ResourceName", "ResourceType",
    "ServiceCategory", "ServiceName", "SkuId", "SkuPriceId", "SubAccountId", "SubAccountName",
    "Tags",
)  # fmt: skip
_V11: Final = (
    "CapacityReservationId", "CapacityReservationStatus", "CommitmentDiscountQuantity",
    "CommitmentDiscountUnit", "ServiceSubcategory", "SkuMeter", "SkuPriceDetails",
)  # fmt: skip
_V12: Final = (
    "BillingAccountType", "InvoiceId", "PricingCurrency", "PricingCurrencyContractedUnitPrice",
    "PricingCurrencyEffectiveCost", "PricingCurrencyListUnitPrice", "SubAccountType",
)  # fmt: skip
FOCUS_COLUMNS: Final = {
    "1.0": tuple(sorted(_V10)),
    "1.1": tuple(sorted(_V10 + _V11)),
    "1.2": tuple(sorted(_V10 + _V11 + _V12)),
}
MONEY_COLUMNS: Final = ("BilledCost", "EffectiveCost", "ListCost", "ContractedCost")

# service, category, subcategory, resource type, unit, sku meter
_SERVICES: Final = (
    ("Amazon Elastic Compute Cloud", "Compute", "Virtual Machines", "Instance", "Hours",
     "Compute Usage"),
    ("Amazon Simple Storage Service", "Storage", "Object Storage", "Bucket", "GB-Month",
     "Storage Usage"),
    ("Amazon Relational Database Service", "Databases", "Relational Databases", "DB Instance",
     "Hours", "Database Usage"),
    ("AWS Lambda", "Compute", "Serverless Compute", "Function", "GB-Seconds", "Invocations"),
    ("Amazon CloudFront", "Networking", "Content Delivery", "Distribution", "GB",
     "Data Transfer"),
    ("Amazon DynamoDB", "Databases", "NoSQL Databases", "Table", "Requests", "Write Requests"),
)  # fmt: skip
# kind: category, frequency, pricing category, commitment status
_KINDS: Final = (
    ("Usage", "Usage-Based", "Standard", ""),
    ("Usage", "Usage-Based", "Committed", "Used"),
    ("Purchase", "Recurring", "", ""),
    ("Tax", "Recurring", "", ""),
    ("Credit", "One-Time", "", ""),
)
_KIND_P: Final = (0.88, 0.06, 0.01, 0.03, 0.02)
_COMMITMENT: Final = "arn:aws:savingsplans::004218769530:savingsplan/3e9f1c2a-5b7d-4e8f-9a0b"


def _static(rng: np.random.Generator, n_res: int) -> dict[str, pa.Array]:
    svc = rng.integers(0, len(_SERVICES), n_res)
    accounts = [f"{int(x):012d}" for x in rng.integers(10**9, 10**12, 30)]
    acct = rng.integers(0, len(accounts), n_res)
    zeros = np.zeros(n_res, dtype=np.int64)
    ids = [f"arn:aws:{_SERVICES[s][3].lower().replace(' ', '')}:eu-west-1:{accounts[a]}:"
           f"zl-{i:06d}" for i, (s, a) in enumerate(zip(svc, acct, strict=True))]  # fmt: skip
    tag_values = ("prod", "Production", "dev", "webshop", "data-platform", "j.devries")
    tags = [json.dumps({k: tag_values[int(rng.integers(0, 6))] for k in
                        ("env", "owner", "application", "cost-center") if rng.random() < 0.7})
            for _ in range(n_res)]  # fmt: skip

    def q(values: Sequence[str], index: npt.NDArray[np.int64]) -> pa.Array:
        return by_index(values, index, quote_all=True)

    static = {
        "AvailabilityZone": q(["eu-west-1a", "eu-west-1b", ""], svc % 3),
        "ChargeDescription": q([f"{s[0]} {s[5]}" for s in _SERVICES], svc),
        "ConsumedUnit": q([s[4] for s in _SERVICES], svc),
        "PricingUnit": q([s[4] for s in _SERVICES], svc),
        "RegionId": q(["eu-west-1"], zeros),
        "RegionName": q(["Europe (Ireland)"], zeros),
        "ResourceId": pool(ids, quote_all=True),
        "ResourceName": pool([i.rsplit(":", 1)[1] for i in ids], quote_all=True),
        "ResourceType": q([s[3] for s in _SERVICES], svc),
        "ServiceCategory": q([s[1] for s in _SERVICES], svc),
        "ServiceName": q([s[0] for s in _SERVICES], svc),
        "ServiceSubcategory": q([s[2] for s in _SERVICES], svc),
        "SkuId": q([f"SKU{i:05d}" for i in range(len(_SERVICES))], svc),
        "SkuMeter": q([s[5] for s in _SERVICES], svc),
        "SkuPriceDetails": q(['{"x_Tier": "1"}'] * len(_SERVICES), svc),
        "SkuPriceId": q([f"SKU{i:05d}.JRTCKXETXF" for i in range(len(_SERVICES))], svc),
        "SubAccountId": q(accounts, acct),
        "SubAccountName": q([f"zl-account-{i:02d}" for i in range(len(accounts))], acct),
        "SubAccountType": q(["AWS Account"], zeros),
        "Tags": pool(tags, quote_all=True),
    }
    for name, value in (("BillingAccountId", "004218769530"),
                        ("BillingAccountName", "Zuiderzee Bench"),
                        ("BillingAccountType", "Billing Account"),
                        ("BillingPeriodEnd", "2026-04-01T00:00:00Z"),
                        ("BillingPeriodStart", "2026-03-01T00:00:00Z"),
                        ("CapacityReservationId", ""), ("CapacityReservationStatus", ""),
                        ("ChargeClass", ""), ("InvoiceId", "EUINIE26-1874523"),
                        ("InvoiceIssuerName", "AWS"), ("ProviderName", "AWS"),
                        ("PublisherName", "AWS")):  # fmt: skip
        static[name] = q([value], zeros)
    return static


def _builder(plan: StaticPlan, currencies: Sequence[str]) -> Builder:
    days = [f"2026-03-{d + 1:02d}T00:00:00Z" for d in range(31)]
    starts, ends = pool(days[:30], quote_all=True), pool(days[1:], quote_all=True)
    currency_pool = pool(list(currencies), quote_all=True)
    kind_cols = {
        name: pool([k[i] for k in _KINDS], quote_all=True)
        for i, name in enumerate(
            ("ChargeCategory", "ChargeFrequency", "PricingCategory", "CommitmentDiscountStatus")
        )
    }
    commitment_text = {"CommitmentDiscountCategory": "Spend", "CommitmentDiscountId": _COMMITMENT,
                       "CommitmentDiscountName": "Compute SP 2026",
                       "CommitmentDiscountType": "Savings Plan",
                       "CommitmentDiscountUnit": "EUR"}  # fmt: skip

    def build(ch: Chunk) -> tuple[list[Segment], dict[str, IntArray]]:
        kind = ch.rng.choice(len(_KINDS), ch.n, p=_KIND_P)
        index = pa.array(kind)
        cost = ch.cost
        billed = np.select([kind == 1, kind == 2, kind == 4], [0, cost * 20, -cost], cost)
        effective = np.select([kind == 1, kind == 2, kind == 4], [cost * 7 // 10, 0, -cost], cost)
        usage_row = kind <= 1
        listed = np.where(usage_row, cost * 115 // 100, 0)
        contracted = np.where(usage_row, cost, billed)
        quantity = np.where(usage_row, (ch.rng.lognormal(1, 1.5, ch.n) * 1e6).astype(np.int64), 0)
        unit_price = money_text(cost * 10**6 // np.maximum(quantity, 1), trim=True)
        currency = ch.take(currency_pool, ch.currency)
        qty_text = money_text(quantity, 6, trim=True)
        per_row = {name: col.take(index) for name, col in kind_cols.items()}
        per_row |= {
            name: pool([""] + [text] + [""] * 3, quote_all=True).take(index)
            for name, text in commitment_text.items()
        }
        per_row |= {
            "BilledCost": money_text(billed, trim=True),
            "EffectiveCost": money_text(effective, trim=True),
            "ListCost": money_text(listed, trim=True),
            "ContractedCost": money_text(contracted, trim=True),
            "ContractedUnitPrice": unit_price,
            "ListUnitPrice": unit_price,
            "BillingCurrency": currency,
            "PricingCurrency": currency,
            "PricingCurrencyContractedUnitPrice": unit_price,
            "PricingCurrencyEffectiveCost": money_text(effective, trim=True),
            "PricingCurrencyListUnitPrice": unit_price,
            "ChargePeriodStart": starts.take(pa.array(ch.day)),
            "ChargePeriodEnd": ends.take(pa.array(ch.day)),
            "ConsumedQuantity": qty_text,
            "PricingQuantity": qty_text,
            "CommitmentDiscountQuantity": pc.if_else(pa.array(kind == 1), qty_text, ""),
        }
        money = {"BilledCost": billed, "EffectiveCost": effective, "ListCost": listed,
                 "ContractedCost": contracted}  # fmt: skip
        return plan.segments(ch, per_row), money

    return build


def write_focus(
    path: Path,
    rows: int,
    seed: int = 0,
    version: str = "1.2",
    currencies: Sequence[str] = ("USD",),
) -> ExportSummary:
    """A FOCUS ``version`` CSV with ``rows`` daily charge rows of one billing month."""
    if version not in FOCUS_COLUMNS:
        raise ValueError(f"FOCUS version must be one of {sorted(FOCUS_COLUMNS)}, not {version!r}")
    names = FOCUS_COLUMNS[version]
    n_res = max(50, min(50_000, rows // 30))
    static = _static(np.random.default_rng([seed, 3]), n_res)
    plan = StaticPlan(names, {k: v for k, v in static.items() if k in names})
    return run_writer(path, f"focus-{version}", rows, seed, names, _builder(plan, currencies),
                      n_res, currencies, quote_header=True)  # fmt: skip
