"""Oracle Cloud Infrastructure cost reports (and usage reports) from the usage-report bucket.

Cost report (``reports/cost-csv``): BilledCost = EffectiveCost = ``cost/myCost`` (what the
tenancy pays, after its contract price; ``cost/myCostOverage`` is only the overage part).
``cost/currencyCode`` can be empty on some rows: those take the file's currency when the
file has exactly one, with a warning; otherwise the rows are rejected (no guessing).

Usage report (``reports/usage-csv``, no ``cost/`` columns): it carries quantities, resources
and tags but no money. A consultant dropping it wants to see what it is rather than an
error, so it imports with BilledCost = EffectiveCost = 0, no currency, and a warning that
says so and points to the cost report of the same period (which has the same line items
with their cost: import one or the other, or the quantities count twice).

Tags: every ``tags/<namespace>.<key>`` (defined) and ``tags/<key>`` (free-form) column; the
raw key is the part after ``tags/`` (backslashes in namespaces kept as written).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import STRING_TYPE, TIMESTAMP_TYPE
from workbench.core.importing.adapters.provider_common import (
    Columns,
    RowIssues,
    billing_period,
    coalesce_text,
    constant,
    ensure_date_order,
    fill_currency,
    finish,
    map_values,
    money,
    plain,
    quantity,
    role_text,
    row_numbers,
    timestamps,
)
from workbench.core.importing.base import Detection, FileSample, NormaliseContext
from workbench.core.importing.tagcolumns import tags_and_keys_from_columns

FORMAT_ID: Final = "oci-cost"
_TAG_PREFIX: Final = "tags/"

FIELDS: Final = {
    "tenant": ("lineItem/tenantId",),
    "subscription": ("cost/subscriptionId",),
    "start": ("lineItem/intervalUsageStart",),
    "end": ("lineItem/intervalUsageEnd",),
    "service": ("product/service",),
    "compartment": ("product/compartmentName",),
    "region": ("product/region",),
    "zone": ("product/availabilityDomain",),
    "resource": ("product/resourceId",),
    "description": ("product/Description", "product/resource"),
    "sku": ("cost/productSku",),
    "cost": ("cost/myCost",),
    "currency": ("cost/currencyCode",),
    "billed_qty": ("usage/billedQuantity",),
    "consumed_qty": ("usage/consumedQuantity",),
    "unit": ("cost/skuUnitDescription", "usage/consumedQuantityUnits"),
    "correction": ("lineItem/isCorrection",),
}
#: product/service -> FOCUS ServiceCategory (services seen in OCI reports).
SERVICE_CATEGORY: Final[dict[str, str | None]] = {
    "COMPUTE": "Compute",
    "BLOCK_STORAGE": "Storage",
    "OBJECTSTORE": "Storage",
    "FILE_STORAGE": "Storage",
    "NETWORK": "Networking",
    "LOAD_BALANCER": "Networking",
    "DATABASE": "Databases",
    "MYSQL": "Databases",
    "NOSQL": "Databases",
    "TELEMETRY": "Management and Governance",
    "LOGGING": "Management and Governance",
    "API_GATEWAY": "Integration",
    "ORACLE_STREAMING_SERVICE": "Analytics",
    "DATA_SCIENCE": "AI and Machine Learning",
    "FUNCTIONS": "Compute",
    "OKE": "Compute",
}


def tag_columns(header: Sequence[str]) -> list[tuple[str, str]]:
    return [(h, h[len(_TAG_PREFIX) :]) for h in header if h.lower().startswith(_TAG_PREFIX)]


class OciAdapter:
    format_id = FORMAT_ID

    def detect(self, sample: FileSample) -> Detection | None:
        cols = Columns(sample.header)
        core = ("lineItem/intervalUsageStart", "lineItem/tenantId", "product/service")
        found = cols.count(core)
        if found < 2:
            return None
        if cols.has("cost/myCost"):
            label = "OCI cost report"
            return Detection(FORMAT_ID, label, "cost-report", 0.88 + 0.03 * found, "Oracle")
        if cols.has("usage/billedQuantity", "usage/consumedQuantity"):
            label = "OCI usage report (no costs)"
            notes = ("usage reports carry no costs: imported with cost 0",)
            return Detection(FORMAT_ID, label, "usage-report", 0.8 + 0.03 * found, "Oracle", notes)
        return None

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        cols = Columns(header)
        wanted = [cols.find(*names) for names in FIELDS.values()]
        wanted += [c for c, _ in tag_columns(header)]
        return list(dict.fromkeys(w for w in wanted if w))

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        cols = Columns(batch.column_names)
        n = batch.num_rows
        issues = RowIssues(n, first_row)

        text = role_text(batch, cols, FIELDS)

        ensure_date_order(ctx, batch, [c for c in (cols.find(*FIELDS["start"]),) if c])
        out: dict[str, pa.Array] = {}
        cost = money(batch, cols.find(*FIELDS["cost"]), ctx, issues)
        if cost is None:
            ctx.warn(
                "OCI usage report: it has no costs, rows are imported with cost 0 (quantities, "
                "resources and tags only); import the cost report of the same period for money"
            )
            cost = pa.array(np.zeros(n, dtype=np.int64))
            out["BillingCurrency"] = pa.nulls(n, STRING_TYPE)
        else:
            out["BillingCurrency"] = fill_currency(
                text("currency"), ctx, issues, "cost/currencyCode"
            )
        out["BilledCost"] = cost
        out["EffectiveCost"] = cost
        start = timestamps(batch, cols.find(*FIELDS["start"]), ctx, issues)
        if start is None:
            issues.add(pa.array([True] * n), "lineItem/intervalUsageStart", "no usage start")
            start = pa.nulls(n, TIMESTAMP_TYPE)
        out["ChargePeriodStart"] = start
        out["ChargePeriodEnd"] = timestamps(batch, cols.find(*FIELDS["end"]), ctx, None)
        out["BillingPeriodStart"], out["BillingPeriodEnd"] = billing_period(None, None, start)
        tenant = text("tenant")
        out["BillingAccountId"] = coalesce_text(text("subscription"), tenant)
        out["SubAccountId"] = tenant
        out["ProviderName"] = constant("Oracle", n)
        out["PublisherName"] = constant("Oracle", n)
        out["InvoiceIssuerName"] = constant("Oracle", n)
        service = text("service")
        out["ServiceName"] = service
        if service is not None:
            out["ServiceCategory"] = map_values(service, SERVICE_CATEGORY, "Other")
        out["RegionId"] = text("region")
        out["AvailabilityZone"] = text("zone")
        out["ResourceId"] = text("resource")
        out["SkuId"] = text("sku")
        out["ChargeDescription"] = text("description")
        correction = text("correction")
        is_correction = (
            pc.fill_null(pc.equal(pc.utf8_lower(plain(correction)), "true"), False)
            if correction is not None
            else pa.array(np.zeros(n, dtype=bool))
        )
        out["ChargeCategory"] = constant("Usage", n)
        out["ChargeClass"] = pc.if_else(is_correction, "Correction", pa.scalar(None, pa.string()))
        out["ChargeFrequency"] = constant("Usage-Based", n)
        billed_qty = quantity(batch, cols.find(*FIELDS["billed_qty"]), ctx)
        consumed_qty = quantity(batch, cols.find(*FIELDS["consumed_qty"]), ctx)
        out["PricingQuantity"] = billed_qty
        out["ConsumedQuantity"] = consumed_qty if consumed_qty is not None else billed_qty
        out["ConsumedUnit"] = text("unit")
        out["PricingUnit"] = out["ConsumedUnit"]
        tags = tag_columns(batch.column_names)
        if tags:
            out["Tags"], ctx.batch_tag_keys = tags_and_keys_from_columns(
                [(key, batch.column(c)) for c, key in tags]
            )
        out["x_SourceFileId"] = constant(ctx.file_id, n)
        out["x_SourceRow"] = row_numbers(first_row, n)
        return finish({k: v for k, v in out.items() if v is not None}, issues.keep_mask(ctx))


ADAPTER: Final = OciAdapter()
