"""Legacy AWS Cost and Usage Report (CSV): 131 columns, ~1.6 KB a row, minimal quoting.

Column families and value shapes follow real legacy CUR files (identity/, bill/, lineItem/,
product/, pricing/, reservation/, savingsPlan/, resourceTags/, costCategory/). Line item
types mix plain usage with Savings Plan, reservation, tax and credit lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from bench.generate_exports._core import (
    B32,
    Builder,
    Chunk,
    ExportSummary,
    IntArray,
    Segment,
    joined,
    money_text,
    pool,
    random_ids,
    run_writer,
)

_PRODUCTS: Final = (
    # code, name, usage type, operation, unit, family, instance type, description
    ("AmazonEC2", "Amazon Elastic Compute Cloud", "EU-BoxUsage:m5.xlarge", "RunInstances", "Hrs",
     "Compute Instance", "m5.xlarge", "$0.214 per On Demand Linux m5.xlarge Instance Hour"),
    ("AmazonEC2", "Amazon Elastic Compute Cloud", "EU-BoxUsage:c5.2xlarge", "RunInstances",
     "Hrs", "Compute Instance", "c5.2xlarge",
     "$0.384 per On Demand Linux c5.2xlarge Instance Hour"),
    ("AmazonEC2", "Amazon Elastic Compute Cloud", "EU-EBS:VolumeUsage.gp3", "CreateVolume-Gp3",
     "GB-Mo", "Storage", "",
     "$0.088 per GB-month of General Purpose (gp3) provisioned storage - EU (Ireland)"),
    ("AmazonS3", "Amazon Simple Storage Service", "EU-TimedStorage-ByteHrs", "StandardStorage",
     "GB-Mo", "Storage", "", "$0.023 per GB - first 50 TB / month of storage used"),
    ("AmazonRDS", "Amazon Relational Database Service", "EU-InstanceUsage:db.r6g.xlarge",
     "CreateDBInstance:0014", "Hrs", "Database Instance", "db.r6g.xlarge",
     "$0.52 per RDS db.r6g.xlarge Single-AZ instance hour (or partial hour) running PostgreSQL"),
    ("AWSDataTransfer", "AWS Data Transfer", "EU-DataTransfer-Out-Bytes", "", "GB",
     "Data Transfer", "",
     "$0.09 per GB - first 10 TB / month data transfer out beyond the global free tier"),
    ("AWSLambda", "AWS Lambda", "EU-Lambda-GB-Second", "Invoke", "Lambda-GB-Second",
     "Serverless", "", "AWS Lambda - Total Compute - EU (Ireland)"),
    ("AmazonCloudWatch", "AmazonCloudWatch", "EU-DataProcessing-Bytes", "PutLogEvents", "GB",
     "Data Payload", "", "$0.57 per GB custom log data ingested - EU (Ireland)"),
)  # fmt: skip
_PRODUCT_ATTRS: Final = (
    "availability", "availabilityZone", "capacitystatus", "classicnetworkingsupport",
    "clockSpeed", "currentGeneration", "databaseEngine", "dedicatedEbsThroughput",
    "deploymentOption", "durability", "ecu", "enhancedNetworkingSupported", "fromLocation",
    "fromLocationType", "group", "groupDescription", "instanceFamily", "instanceTypeFamily",
    "intelAvx2Available", "intelAvxAvailable", "intelTurboAvailable", "licenseModel",
    "marketoption", "maxIopsvolume", "maxThroughputvolume", "maxVolumeSize", "memory",
    "networkPerformance", "normalizationSizeFactor", "operatingSystem", "physicalProcessor",
    "preInstalledSw", "processorArchitecture", "processorFeatures", "storage", "storageClass",
    "storageMedia", "tenancy", "toLocation", "toLocationType", "transferType", "vcpu",
    "volumeApiName", "volumeType",
)  # fmt: skip
_ATTR_VALUES: Final = (
    "99.99%", "eu-west-1a", "Used", "false", "3.1 GHz", "Yes", "PostgreSQL", "Up to 4750 Mbps",
    "Single-AZ", "99.999999999%", "16", "Yes", "EU (Ireland)", "AWS Region", "EBS:Volume",
    "Amazon Elastic Block Store volumes", "General purpose", "m5", "Yes", "Yes", "Yes",
    "No License required", "OnDemand", "16000", "1000 MiB/s", "16 TiB", "16 GiB",
    "Up to 10 Gigabit", "8", "Linux", "Intel Xeon Platinum 8175", "NA", "64-bit",
    "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo", "EBS only", "General Purpose",
    "SSD-backed", "Shared", "External", "Other", "AWS Outbound", "4", "gp3", "General Purpose",
)  # fmt: skip
_TAG_KEYS: Final = (
    "user:Application", "user:Environment", "user:Owner", "user:CostCenter", "user:Team",
    "user:Project", "user:BusinessUnit", "user:Name", "user:env", "user:owner", "user:app",
    "user:kubernetes.io/cluster", "user:eks:nodegroup-name",
)  # fmt: skip
_LINE_TYPES: Final = ("Usage", "SavingsPlanCoveredUsage", "SavingsPlanNegation",
                      "DiscountedUsage", "Tax", "Credit")  # fmt: skip
_LINE_TYPE_P: Final = (0.86, 0.05, 0.05, 0.025, 0.01, 0.005)

CUR_COLUMNS: Final = (
    ["identity/LineItemId", "identity/TimeInterval"]
    + [f"bill/{c}" for c in ("InvoiceId", "InvoicingEntity", "BillingEntity", "BillType",
                             "PayerAccountId", "BillingPeriodStartDate", "BillingPeriodEndDate")]
    + [f"lineItem/{c}" for c in (
        "UsageAccountId", "LineItemType", "UsageStartDate", "UsageEndDate", "ProductCode",
        "UsageType", "Operation", "AvailabilityZone", "ResourceId", "UsageAmount",
        "NormalizationFactor", "NormalizedUsageAmount", "CurrencyCode", "UnblendedRate",
        "UnblendedCost", "BlendedRate", "BlendedCost", "LineItemDescription", "TaxType",
        "LegalEntity")]
    + ["product/ProductName", "product/description", "product/instanceType", "product/location",
       "product/locationType", "product/operation", "product/productFamily", "product/region",
       "product/regionCode", "product/servicecode", "product/servicename", "product/sku",
       "product/usagetype"]
    + [f"product/{a}" for a in _PRODUCT_ATTRS[:37]]
    + [f"pricing/{c}" for c in ("LeaseContractLength", "OfferingClass", "PurchaseOption",
                                "RateCode", "RateId", "currency", "publicOnDemandCost",
                                "publicOnDemandRate", "term", "unit")]
    + [f"reservation/{c}" for c in (
        "AmortizedUpfrontCostForUsage", "AmortizedUpfrontFeeForBillingPeriod", "EffectiveCost",
        "EndTime", "ModificationStatus", "NormalizedUnitsPerReservation", "NumberOfReservations",
        "RecurringFeeForUsage", "ReservationARN", "StartTime", "SubscriptionId",
        "TotalReservedNormalizedUnits", "TotalReservedUnits", "UnitsPerReservation",
        "UnusedAmortizedUpfrontFeeForBillingPeriod", "UnusedNormalizedUnitQuantity",
        "UnusedQuantity", "UnusedRecurringFee", "UpfrontValue")]
    + [f"savingsPlan/{c}" for c in (
        "TotalCommitmentToDate", "SavingsPlanARN", "SavingsPlanRate", "UsedCommitment",
        "SavingsPlanEffectiveCost", "AmortizedUpfrontCommitmentForBillingPeriod",
        "RecurringCommitmentForBillingPeriod")]
    + ["resourceTags/aws:createdBy", *[f"resourceTags/{k}" for k in _TAG_KEYS]]
    + ["costCategory/BusinessUnit", "costCategory/Environment"]
)  # fmt: skip


def _cur_pools(rng: np.random.Generator, n_res: int) -> dict[str, pa.Array]:
    """Per-resource text, pre-joined into the runs of adjacent columns it fills."""
    accounts = [f"{int(x):012d}" for x in rng.integers(10**9, 10**12, 40)]
    prod = rng.integers(0, len(_PRODUCTS), n_res)
    acct = rng.integers(0, len(accounts), n_res)
    by_res = pa.array(prod)

    def per_product(values: Sequence[str]) -> pa.Array:
        return pool(values).take(by_res)

    def const(value: str) -> pa.Array:
        return per_product([value] * len(_PRODUCTS))

    skus = [B32[rng.integers(0, 26, 12)].tobytes().decode().upper() for _ in _PRODUCTS]
    col = {
        name: per_product([p[j] for p in _PRODUCTS])
        for j, name in enumerate(
            ("code", "name", "usage_type", "operation", "unit", "family", "itype", "desc")
        )
    }
    ec2 = [p[0] in ("AmazonEC2", "AmazonRDS") for p in _PRODUCTS]
    attrs = [per_product([_ATTR_VALUES[j] if ec2[k] or rng.random() < 0.7 else ""
                          for k in range(len(_PRODUCTS))]) for j in range(37)]  # fmt: skip
    account = pool(accounts).take(pa.array(acct))
    ids = [f"{i:017x}" for i in rng.integers(0, 2**62, n_res)]
    service = {
        "AmazonS3": "s3",
        "AmazonRDS": "rds",
        "AWSLambda": "lambda",
        "AmazonCloudWatch": "logs",
        "AWSDataTransfer": "ec2",
        "AmazonEC2": "ec2",
    }
    arns = [f"i-{h}" if p < 2 else f"arn:aws:{service[_PRODUCTS[p][0]]}:eu-west-1:"
            f"{accounts[a]}:{'volume/vol' if p == 2 else 'resource/zl-workload'}-{h}"
            for a, p, h in zip(acct, prod, ids, strict=True)]  # fmt: skip
    vocab = [
        "webshop-frontend",
        "checkout-service",
        "production",
        "prod",
        "Production",
        "acceptance",
        "development",
        "team-platform-engineering",
        "j.devries@example.com",
        "CC-4100-webshop",
        "4200",
        "data-platform-ingestion",
        "routeplanner-optimizer",
        "eks-prod-nodegroup-general-purpose",
        "owned",
        "terraform-managed-stack-prd",
    ]
    tags = [pool([f"IAMUser:AIDA{h[:16].upper()}:deploy-bot" if h[0] < "8" else "" for h in ids])]
    for _ in _TAG_KEYS:
        picks, present = rng.integers(0, len(vocab), n_res), rng.random(n_res) < 0.95
        tags.append(pool([vocab[v] if ok else "" for v, ok in zip(picks, present, strict=True)]))
    units = ["Webshop", "Transport", "Platform", "Data Platform", "Finance IT", ""]
    tags.append(pool([units[a % len(units)] for a in acct]))
    tags.append(pool(["Production" if a % 3 else "Non-production" for a in acct]))
    return {
        "account": account,
        "product_run": joined([col["code"], col["usage_type"], col["operation"], attrs[1]])[0],
        "resource": pool(arns),
        "desc": col["desc"],
        "product_block": joined([
            col["name"], col["desc"], col["itype"], const("EU (Ireland)"), const("AWS Region"),
            col["operation"], col["family"], const("eu-west-1"), const("eu-west-1"), col["code"],
            col["name"], per_product(skus), col["usage_type"], *attrs,
        ])[0],
        "rate_code": per_product([f"{s}.JRTCKXETXF.6YS6EN2CT7" for s in skus]),
        "unit": col["unit"],
        "tag_block": joined(tags)[0],
    }  # fmt: skip


def _cur_builder(pools: dict[str, pa.Array], currencies: Sequence[str]) -> Builder:
    day_text = [f"2026-03-{d + 1:02d}T00:00:00.000Z" for d in range(31)]
    days = pool([f"{a}/{b}" for a, b in zip(day_text, day_text[1:], strict=False)])
    starts = pa.array([f"{a},{b}" for a, b in zip(day_text, day_text[1:], strict=False)])
    types, currency_pool = pool(list(_LINE_TYPES)), pool(list(currencies))
    bill = (
        "EUINIE26-1874523",
        "Amazon Web Services EMEA SARL",
        "AWS",
        "Anniversary",
        "004218769530",
        "2026-03-01T00:00:00.000Z",
        "2026-04-01T00:00:00.000Z",
    )
    ri_arn = "arn:aws:rds:eu-west-1:004218769530:ri:zl-postgres-ri-2026"
    sp_arn = "arn:aws:savingsplans::004218769530:savingsplan/3e9f1c2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b"

    def build(ch: Chunk) -> tuple[list[Segment], dict[str, IntArray]]:
        n, rng, take = ch.n, ch.rng, ch.take
        kind = rng.choice(len(_LINE_TYPES), n, p=_LINE_TYPE_P)
        sp, neg, ri, tax, credit = (kind == k for k in range(1, 6))
        cost = ch.cost
        unblended = np.where(neg | credit, -cost, np.where(ri, 0, cost))
        sp_eff = np.where(sp, cost * 72 // 100, 0)
        ri_eff = np.where(ri, cost * 60 // 100, 0)
        effective = np.where(sp, sp_eff, np.where(ri, ri_eff, np.where(neg, 0, unblended)))
        usage = (rng.lognormal(1.0, 1.5, n) * 1e6).astype(np.int64)
        rate = np.maximum(cost // np.maximum(usage // 10**6, 1), 1)
        day, unbl, rate_text = pa.array(ch.day), money_text(unblended), money_text(rate)
        currency = take(currency_pool, ch.currency)
        ri_block = [ch.const("0", "0"), (money_text(ri_eff), 1),
                    ch.const("2027-01-01T00:00:00.000Z", "", "8", "1"), (money_text(ri_eff), 1),
                    ch.const(ri_arn, "2026-01-01T00:00:00.000Z", "7112938411", "5952", "744",
                             "744", "0", "0", "0", "0", "0")]  # fmt: skip
        sp_block = [(money_text(sp_eff), 1), ch.const(sp_arn),
                    (money_text(rate * 72 // 100), 1), (money_text(sp_eff), 1),
                    (money_text(sp_eff), 1), ch.const("0", "0")]  # fmt: skip
        segments: list[Segment] = [
            (random_ids(rng, n, 52), 1), (days.take(day), 1), ch.const(*bill),
            (take(pools["account"]), 1), (types.take(pa.array(kind)), 1),
            (starts.take(day), 2), (take(pools["product_run"]), 4),
            ch.only(~(tax | credit), (take(pools["resource"]), 1)),
            (money_text(usage, 6), 1), ch.const("8"), (money_text(usage * 8, 6), 1),
            (currency, 1), (rate_text, 1), (unbl, 1), (rate_text, 1), (unbl, 1),
            (take(pools["desc"]), 1), ch.only(tax, ch.const("VAT")),
            ch.const("Amazon Web Services EMEA SARL"), (take(pools["product_block"]), 50),
            ch.only(ri, ch.const("1yr", "standard", "No Upfront")),
            (take(pools["rate_code"]), 1), (pa.array(ch.resource * 7 + 10**6).cast(pa.string()), 1),
            (currency, 1), (money_text(cost), 1), (rate_text, 1),
            (pc.if_else(pa.array(ri), ch.const("Reserved")[0], ch.const("OnDemand")[0]), 1),
            (take(pools["unit"]), 1),
            ch.only(ri, (joined([a for a, _ in ri_block])[0], 19)),
            (pc.if_else(pa.array(sp), joined([a for a, _ in sp_block])[0],
                        pc.if_else(pa.array(neg), ch.const("", sp_arn, "", "", "", "", "")[0],
                                   ch.const(*[""] * 7)[0])), 7),
            (take(pools["tag_block"]), 16),
        ]  # fmt: skip
        return segments, {"lineItem/UnblendedCost": unblended, "EffectiveCost (derived)": effective}

    return build


def write_cur_legacy(
    path: Path, rows: int, seed: int = 0, currencies: Sequence[str] = ("USD",)
) -> ExportSummary:
    """Legacy AWS CUR CSV: 131 columns, ~1.6 KB per row, one billing month, daily lines."""
    n_res = max(100, min(50_000, rows // 20))
    pools = _cur_pools(np.random.default_rng([seed, 1]), n_res)
    return run_writer(path, "aws-cur-legacy", rows, seed, CUR_COLUMNS,
                _cur_builder(pools, currencies), n_res, currencies)  # fmt: skip
