"""A synthetic canonical cost table with realistic shape, for benchmarks and tests.

Vectorised with numpy: rows are drawn from a fixed set of *resource profiles* (provider,
account, sub-account, service, region, tag set, currency), the way real billing lines
repeat the same resources day after day. Not demo data for the GUI (that is
``workbench.core.demo``): names are plain ("svc-017"), amounts random but seeded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from workbench.core.canonical import NANO, conform

_PROVIDERS = ("AWS", "Microsoft", "Google Cloud")


@dataclass(frozen=True)
class SyntheticShape:
    rows: int = 100_000
    days: int = 365
    start: dt.date = dt.date(2025, 1, 1)
    providers: int = 3
    accounts: int = 40
    services: int = 150
    regions: int = 30
    tag_sets: int = 2_000
    profiles: int = 3_000
    #: Accounts of the last provider bill in USD; the rest in EUR (multi-currency data).
    usd_last_provider: bool = True
    seed: int = 7


def _dictionary(codes: np.ndarray, values: list[str]) -> pa.DictionaryArray:
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32)), pa.array(values))


def synthetic_costs(shape: SyntheticShape = SyntheticShape()) -> pa.Table:
    """A conformed canonical table of ``shape.rows`` rows."""
    rng = np.random.default_rng(shape.seed)
    n, p = shape.rows, shape.profiles
    account_provider = np.arange(shape.accounts) % shape.providers
    service_provider = np.arange(shape.services) % shape.providers
    # Profiles: an account, a service of the same provider, a region, a tag set.
    prof_account = rng.integers(0, shape.accounts, p)
    prof_provider = account_provider[prof_account]
    per_provider = [np.flatnonzero(service_provider == k) for k in range(shape.providers)]
    prof_service = np.array(
        [per_provider[k][rng.integers(0, len(per_provider[k]))] for k in prof_provider]
    )
    prof_region = rng.integers(0, shape.regions, p)
    prof_tags = rng.integers(-shape.tag_sets // 4, shape.tag_sets, p)  # <0: untagged
    prof_sub = prof_account * 3 + rng.integers(0, 3, p)
    prof_weight = rng.pareto(1.2, p) + 0.05
    prof_compute = prof_service % 5 == 0
    row_prof = rng.choice(p, n, p=prof_weight / prof_weight.sum())
    day = rng.integers(0, shape.days, n)
    # Pricing: compute is partly committed or spot; the rest is on demand.
    draw = rng.random(n)
    compute = prof_compute[row_prof]
    pricing = np.where(compute & (draw < 0.3), 2, np.where(compute & (draw > 0.9), 1, 0))
    status = np.where(pricing == 2, np.where(draw < 0.27, 0, 1), -1)  # 0 Used, 1 Unused
    charge = np.where(rng.random(n) < 0.01, 1, 0)  # 1 Tax
    list_nano = (rng.lognormal(1.0, 1.5, n) * NANO).astype(np.int64)
    factor = np.where(pricing == 2, 0.6, np.where(pricing == 1, 0.35, 1.0))
    effective = (list_nano * factor).astype(np.int64)
    billed = np.where(pricing == 2, 0, effective)
    provider = prof_provider[row_prof]
    usd = shape.usd_last_provider & (provider == shape.providers - 1)
    epoch = dt.datetime.combine(shape.start, dt.time(), dt.UTC)
    start_ms = int(epoch.timestamp() * 1000) + day.astype(np.int64) * 86_400_000
    tag_texts = [
        f'{{"app":"app-{i % 97:02d}","env":"{("prod", "dev", "test")[i % 3]}",'
        f'"owner":"team-{i % 23:02d}","set":"{i}"}}'
        for i in range(shape.tag_sets)
    ]
    tag_codes = prof_tags[row_prof]
    tags = pa.DictionaryArray.from_arrays(
        pa.array(np.maximum(tag_codes, 0).astype(np.int32), mask=tag_codes < 0),
        pa.array(tag_texts),
    )
    accounts = prof_account[row_prof]
    columns: dict[str, pa.Array] = {
        "BilledCost": pa.array(billed),
        "EffectiveCost": pa.array(effective),
        "ListCost": pa.array(list_nano),
        "ChargePeriodStart": pa.array(start_ms, pa.timestamp("ms", tz="UTC")),
        "BillingCurrency": _dictionary(usd.astype(np.int8), ["EUR", "USD"]),
        "ProviderName": _dictionary(provider, list(_PROVIDERS[: shape.providers])),
        "BillingAccountId": _dictionary(
            accounts, [f"{100000000000 + i * 7919:012d}" for i in range(shape.accounts)]
        ),
        "SubAccountId": _dictionary(
            prof_sub[row_prof], [f"sub-{i:03d}" for i in range(shape.accounts * 3)]
        ),
        "ServiceName": _dictionary(
            prof_service[row_prof], [f"svc-{i:03d}" for i in range(shape.services)]
        ),
        "ServiceCategory": _dictionary(compute.astype(np.int8), ["Other", "Compute"]),
        "RegionId": _dictionary(prof_region[row_prof], [f"region-{i:02d}" for i in range(30)]),
        "ResourceId": _dictionary(
            row_prof * 4 + rng.integers(0, 4, n), [f"res-{i:06d}" for i in range(p * 4)]
        ),
        "ChargeCategory": _dictionary(charge, ["Usage", "Tax"]),
        "PricingCategory": _dictionary(pricing, ["Standard", "Dynamic", "Committed"]),
        "CommitmentDiscountStatus": pa.DictionaryArray.from_arrays(
            pa.array(np.maximum(status, 0).astype(np.int32), mask=status < 0),
            pa.array(["Used", "Unused"]),
        ),
        "Tags": tags,
        "x_SourceFileId": _dictionary(np.zeros(n, dtype=np.int8), ["synthetic"]),
        "x_SourceRow": pa.array(np.arange(1, n + 1, dtype=np.int64)),
    }
    return conform(pa.table(columns))
