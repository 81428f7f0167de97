"""Small hand-built canonical tables shared by the tagging and allocation tests."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pyarrow as pa

from workbench.core import canonical

NANO = canonical.NANO


def ts(year: int, month: int, day: int = 1) -> dt.datetime:
    return dt.datetime(year, month, day, tzinfo=dt.UTC)


def tags(**pairs: str) -> str:
    return json.dumps(pairs, separators=(",", ":"), sort_keys=True)


def make_costs(rows: list[dict[str, Any]]) -> pa.Table:
    """Rows with at least ``cost`` (units) and ``month`` ((y, m)); other keys are columns."""
    columns: dict[str, list[Any]] = {
        "BilledCost": [],
        "EffectiveCost": [],
        "ChargePeriodStart": [],
        "x_SourceRow": [],
    }
    extra = sorted({k for r in rows for k in r} - {"cost", "month", "nano"})
    for name in extra:
        columns[name] = []
    for i, row in enumerate(rows, start=1):
        amount = row["nano"] if "nano" in row else int(round(row["cost"] * NANO))
        columns["BilledCost"].append(amount)
        columns["EffectiveCost"].append(amount)
        columns["ChargePeriodStart"].append(ts(*row.get("month", (2024, 1))))
        columns["x_SourceRow"].append(i)
        for name in extra:
            columns[name].append(row.get(name))
    arrays: dict[str, Any] = {
        name: pa.array(values, type=canonical.TIMESTAMP_TYPE)
        if name == "ChargePeriodStart"
        else pa.array(values, type=pa.int64())
        if name in ("BilledCost", "EffectiveCost", "x_SourceRow")
        else pa.array(values, type=pa.string())
        for name, values in columns.items()
    }
    return canonical.conform(pa.table(arrays))


def small_fixture() -> pa.Table:
    """Hand-checked numbers (EUR, two months):

    Jan: web 100 (all 4 keys, env "PRD"), db 50 (owner+cc, env "weird" invalid, no app),
         tax 30 (untaggable), support 20 (untaggable), untagged vm 40 in rg-shop.
    Feb: web 120 (same tags as Jan), vm2 80 (only "Eigenaar" tag, in rg-shop).
    """
    full = tags(Owner="team-a", CostCenter="CC1", app="shop", ENV="PRD")
    return make_costs(
        [
            dict(
                cost=100,
                ResourceId="i-web",
                ServiceName="EC2",
                Tags=full,
                SubAccountId="111",
                ProviderName="AWS",
                x_ResourceGroupName="rg-shop",
            ),
            dict(
                cost=50,
                ResourceId="db-1",
                ServiceName="RDS",
                Tags=tags(owner="team-b", **{"cost-center": "CC2"}, env="weird"),
                SubAccountId="222",
                ProviderName="AWS",
            ),
            dict(
                cost=30,
                ServiceName="Tax",
                ChargeCategory="Tax",
                SubAccountId="111",
                ProviderName="AWS",
            ),
            dict(
                cost=20,
                ServiceName="AWS Support (Business)",
                SubAccountId="111",
                ProviderName="AWS",
            ),
            dict(
                cost=40,
                ResourceId="i-vm",
                ServiceName="EC2",
                SubAccountId="111",
                ProviderName="AWS",
                x_ResourceGroupName="rg-shop",
            ),
            dict(
                cost=120,
                month=(2024, 2),
                ResourceId="i-web",
                ServiceName="EC2",
                Tags=full,
                SubAccountId="111",
                ProviderName="AWS",
                x_ResourceGroupName="rg-shop",
            ),
            dict(
                cost=80,
                month=(2024, 2),
                ResourceId="i-vm2",
                ServiceName="EC2",
                Tags=tags(Eigenaar="team-c"),
                SubAccountId="111",
                ProviderName="AWS",
                x_ResourceGroupName="rg-shop",
            ),
        ]
    )
