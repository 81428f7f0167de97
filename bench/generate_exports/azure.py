"""Azure EA cost export (actual cost, 2023+ schema): 55 columns, UTF-8 BOM, MM/DD/YYYY dates.

Tags are JSON members without the outer braces, as EA exports write them. ``Cost`` is the
billed amount in ``BillingCurrency``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import numpy as np
import pyarrow as pa

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

# The 2023+ EA cost-details header is the one the demo writes.
from workbench.core.demo.azure import EA_COLUMNS

# family, category, subcategory, meter, unit, consumed service, ARM type, PAYG price
_METERS: Final = (
    ("Compute", "Virtual Machines", "Dsv5 Series", "D4s v5", "1 Hour", "Microsoft.Compute",
     "Microsoft.Compute/virtualMachines", "0.21"),
    ("Compute", "Virtual Machines", "Esv5 Series", "E8s v5", "1 Hour", "Microsoft.Compute",
     "Microsoft.Compute/virtualMachines", "0.55"),
    ("Storage", "Storage", "Premium SSD Managed Disks", "P30 LRS Disk", "1/Month",
     "Microsoft.Compute", "Microsoft.Compute/disks", "122"),
    ("Storage", "Storage", "General Block Blob v2", "Hot LRS Data Stored", "1 GB/Month",
     "Microsoft.Storage", "Microsoft.Storage/storageAccounts", "0.0184"),
    ("Databases", "SQL Database", "General Purpose - Compute Gen5", "vCore", "1 Hour",
     "Microsoft.Sql", "Microsoft.Sql/servers", "0.21"),
    ("Compute", "Azure App Service", "Premium v3 Plan", "P1 v3 App", "1 Hour", "Microsoft.Web",
     "Microsoft.Web/serverFarms", "0.18"),
    ("Networking", "Bandwidth", "Rtn Preference: MGN", "Standard Data Transfer Out", "1 GB",
     "Microsoft.Network", "Microsoft.Network/virtualNetworks", "0.08"),
    ("Management and Governance", "Log Analytics", "Log Analytics",
     "Analytics Logs Data Ingestion", "1 GB", "Microsoft.OperationalInsights",
     "Microsoft.OperationalInsights/workspaces", "2.5"),
)  # fmt: skip


def _static(rng: np.random.Generator, n_res: int) -> dict[str, pa.Array]:
    meter = rng.integers(0, len(_METERS), n_res)
    subs = [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
        for h in (f"{int(a):016x}{int(b):016x}" for a, b in rng.integers(0, 2**63, (30, 2)))
    ]
    sub = rng.integers(0, len(subs), n_res)
    rgs = [f"rg-{w}-{e}" for w in ("sap", "webshop", "data", "hub", "intranet", "wms")
           for e in ("prd", "acc", "tst")]  # fmt: skip
    rg = rng.integers(0, len(rgs), n_res)
    names = [f"{_METERS[m][6].split('/')[1][:4].lower()}-{rgs[g][3:]}-{i:05d}"
             for i, (m, g) in enumerate(zip(meter, rg, strict=True))]  # fmt: skip
    ids = [f"/subscriptions/{subs[s]}/resourceGroups/{rgs[g]}/providers/{_METERS[m][6]}/{nm}"
           for s, g, m, nm in zip(sub, rg, meter, names, strict=True)]  # fmt: skip
    keys = (("env", "Environment"), ("owner", "Owner"), ("CostCenter", "cost-center"),
            ("application", "app"))  # fmt: skip
    values = ("prod", "Production", "acc", "j.devries", "4100", "webshop", "sap", "data-platform")
    tags = []
    for _ in range(n_res):
        chosen = {k[int(rng.integers(0, 2))]: values[int(rng.integers(0, len(values)))]
                  for k in keys if rng.random() < 0.7}  # fmt: skip
        tags.append(",".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in chosen.items()))
    field = {name: [m[i] for m in _METERS] for i, name in enumerate(
        ("ServiceFamily", "MeterCategory", "MeterSubCategory", "MeterName", "UnitOfMeasure",
         "ConsumedService", "arm", "PayGPrice"))}  # fmt: skip
    static = {
        name: by_index(field[name], meter)
        for name in ("ServiceFamily", "MeterCategory", "MeterSubCategory", "MeterName",
                     "UnitOfMeasure", "ConsumedService", "PayGPrice")
    }  # fmt: skip
    static |= {
        "SubscriptionId": by_index(subs, sub),
        "SubscriptionName": by_index([f"zl-sub-{i:02d}" for i in range(len(subs))], sub),
        "Product": by_index([f"{m[1]} {m[2]} - {m[3]} - EU West" for m in _METERS], meter),
        "PartNumber": by_index([f"AA{i}-{i * 7919:05d}" for i in range(len(_METERS))], meter),
        "MeterId": by_index([f"{i:08x}-0b21-4e70-ae49-8b6c38dbbc92" for i in range(99)], meter),
        "MeterRegion": by_index(["EU West"], np.zeros(n_res, dtype=np.int64)),
        "ResourceLocation": by_index(["westeurope", "northeurope"], meter % 2),
        "ResourceId": pool(ids),
        "ResourceName": pool(names),
        "Tags": pool(tags),
        "ResourceGroup": by_index(rgs, rg),
        "InvoiceSection": by_index(["IT Operations", "Finance"], sub % 2),
        "CostCenter": by_index(["ZL-IT-9000", "ZL-FIN-4600"], sub % 2),
    }
    for name, value in (
        ("AvailabilityZone", ""),
        ("ServiceInfo1", ""),
        ("ServiceInfo2", ""),
        ("AdditionalInfo", ""),
        ("InvoiceSectionId", ""),
        ("ReservationId", ""),
        ("ReservationName", ""),
        ("ProductOrderId", ""),
        ("ProductOrderName", ""),
        ("OfferId", "MS-AZR-0017P"),
        ("IsAzureCreditEligible", "True"),
        ("Term", ""),
        ("PublisherName", "Microsoft"),
        ("PlanName", ""),
        ("ChargeType", "Usage"),
        ("Frequency", "UsageBased"),
        ("PublisherType", "Azure"),
        ("PricingModel", "OnDemand"),
        ("CostAllocationRuleName", ""),
        ("benefitId", ""),
        ("benefitName", ""),
        ("BillingAccountId", "8611537"),
        ("BillingAccountName", "Zuiderzee Bench EA"),
        ("BillingPeriodStartDate", "03/01/2026"),
        ("BillingPeriodEndDate", "03/31/2026"),
        ("BillingProfileId", "8611537"),
        ("BillingProfileName", "Zuiderzee Bench EA"),
        ("AccountOwnerId", "cloud@example.com"),
        ("AccountName", "Cloud Team"),
    ):
        static[name] = by_index([value], np.zeros(n_res, dtype=np.int64))  # fmt: skip
    return static


def _builder(plan: StaticPlan, currencies: Sequence[str]) -> Builder:
    dates = pool([f"03/{d + 1:02d}/2026" for d in range(30)])
    currency_pool = pool(list(currencies))

    def build(ch: Chunk) -> tuple[list[Segment], dict[str, IntArray]]:
        quantity = (ch.rng.lognormal(1.0, 1.5, ch.n) * 1e6).astype(np.int64) + 1
        price = money_text(ch.cost * 10**6 // quantity, trim=True)
        per_row = {
            "Date": dates.take(pa.array(ch.day)),
            "Quantity": money_text(quantity, 6, trim=True),
            "EffectivePrice": price,
            "Cost": money_text(ch.cost, trim=True),
            "UnitPrice": price,
            "BillingCurrency": ch.take(currency_pool, ch.currency),
        }
        return plan.segments(ch, per_row), {"Cost": ch.cost}

    return build


def write_azure_ea(
    path: Path, rows: int, seed: int = 0, currencies: Sequence[str] = ("EUR",)
) -> ExportSummary:
    """Azure EA actual-cost export with ``rows`` daily usage lines of one month."""
    n_res = max(50, min(50_000, rows // 30))
    plan = StaticPlan(EA_COLUMNS, _static(np.random.default_rng([seed, 2]), n_res))
    return run_writer(path, "azure-ea-actual", rows, seed, EA_COLUMNS, _builder(plan, currencies),
                      n_res, currencies, bom=True)  # fmt: skip
