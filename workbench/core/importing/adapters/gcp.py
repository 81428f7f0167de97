"""Google Cloud billing: BigQuery export flattened to CSV, and the legacy CSV file export.

BigQuery standard/detailed export copies arrive with dotted names (``service.description``,
``invoice.month``) or underscores; :class:`Columns` finds either. ``labels`` /
``project.labels`` / ``credits`` may be JSON or Python repr (pandas); both are read without
``eval``. Credits become their own rows: see
:mod:`workbench.core.importing.adapters.gcp_credits` for the cost choice.

BillingPeriod: ``invoice.month`` (``YYYYMM``) is a *Pacific time* month: its start is the 1st
at 00:00 America/Los_Angeles, converted to UTC (08:00Z or 07:00Z). Files without it use the
UTC calendar month of the usage start.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import TIMESTAMP_TYPE, conform
from workbench.core.importing.adapters import gcp_credits
from workbench.core.importing.adapters.provider_common import (
    Columns,
    RowIssues,
    TextGetter,
    billing_period,
    coalesce_text,
    constant,
    ensure_date_order,
    fill_currency,
    finish,
    map_values,
    money,
    null_if_empty,
    plain,
    quantity,
    role_text,
    row_numbers,
    timestamps,
)
from workbench.core.importing.base import Detection, FileSample, NormaliseContext
from workbench.core.importing.lookups import first_values
from workbench.core.importing.tagtext import tags_from_text

FORMAT_ID: Final = "gcp-billing"
PACIFIC: Final = ZoneInfo("America/Los_Angeles")

FIELDS: Final = {
    "account": ("billing_account_id", "Account ID"),
    "service": ("service.description",),
    "sku": ("sku.id",),
    "sku_description": ("sku.description", "Description"),
    "start": ("usage_start_time", "Start Time"),
    "end": ("usage_end_time", "End Time"),
    "project": ("project.id", "Project ID", "Project"),
    "project_name": ("project.name", "Project Name"),
    "project_labels": ("project.labels", "Project Labels"),
    "labels": ("labels",),
    "region": ("location.region",),
    "location": ("location.location",),
    "zone": ("location.zone",),
    "cost": ("cost", "Cost"),
    "currency": ("currency", "Currency"),
    "amount": ("usage.amount", "Measurement1 Total Consumption"),
    "unit": ("usage.unit", "Measurement1 Units"),
    "pricing_amount": ("usage.amount_in_pricing_units",),
    "pricing_unit": ("usage.pricing_unit",),
    "credits": ("credits",),
    "invoice_month": ("invoice.month",),
    "cost_type": ("cost_type",),
    "resource": ("resource.global_name",),
    "resource_name": ("resource.name",),
    "list_cost": ("cost_at_list",),
    "seller": ("seller_name",),
    "line_item": ("Line Item",),
}
_COST_TYPE: Final[dict[str, str | None]] = {
    "regular": "Usage",
    "tax": "Tax",
    "adjustment": "Adjustment",
    "rounding_error": "Adjustment",
}
_OUTPUT_ORDER: Final = ("BilledCost", "EffectiveCost")


def _legacy_credit_columns(header: Sequence[str]) -> list[tuple[str, str]]:
    """(name column, amount column) pairs of the legacy CSV export (Credit1, Credit1 Amount)."""
    cols = Columns(header)
    pairs: list[tuple[str, str]] = []
    for i in range(1, 50):
        amount = cols.find(f"Credit{i} Amount")
        if amount is None:
            break
        pairs.append((cols.find(f"Credit{i}") or amount, amount))
    return pairs


def invoice_month_bounds(months: pa.Array) -> tuple[pa.Array, pa.Array]:
    """(start, end) in UTC of each ``YYYYMM`` Pacific-time invoice month (null if unreadable)."""
    text = null_if_empty(months)
    distinct = [v for v in pc.unique(text).to_pylist() if v is not None]
    starts: list[datetime | None] = []
    ends: list[datetime | None] = []
    for value in distinct:
        digits = value.replace("-", "")
        if len(digits) != 6 or not digits.isdigit() or not 1 <= int(digits[4:]) <= 12:
            starts.append(None)
            ends.append(None)
            continue
        year, month = int(digits[:4]), int(digits[4:])
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        starts.append(datetime(year, month, 1, tzinfo=PACIFIC))
        ends.append(datetime(nxt[0], nxt[1], 1, tzinfo=PACIFIC))
    positions = pc.index_in(text, value_set=pa.array(distinct, pa.string()))
    return (
        pa.array(starts, TIMESTAMP_TYPE).take(positions),
        pa.array(ends, TIMESTAMP_TYPE).take(positions),
    )


class GcpAdapter:
    format_id = FORMAT_ID

    def detect(self, sample: FileSample) -> Detection | None:
        cols = Columns(sample.header)
        bigquery = ("billing_account_id", "service.description", "sku.id", "usage_start_time")
        legacy = ("Account ID", "Line Item", "Start Time", "Project ID")
        big, old = cols.count(bigquery), cols.count(legacy)
        if big >= 3 and cols.has("cost"):
            detailed = cols.has("resource.global_name")
            version = "bigquery-detailed" if detailed else "bigquery-standard"
            label = f"Google Cloud billing export ({'detailed' if detailed else 'standard'})"
            return Detection(FORMAT_ID, label, version, 0.85 + 0.03 * big, "Google Cloud")
        if old >= 3 and cols.has("Cost"):
            label = "Google Cloud billing (legacy CSV file export)"
            return Detection(FORMAT_ID, label, "legacy-csv", 0.8 + 0.04 * old, "Google Cloud")
        return None

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        cols = Columns(header)
        wanted = [cols.find(*names) for names in FIELDS.values()]
        pairs = _legacy_credit_columns(header)
        wanted += [c for pair in pairs for c in pair]
        return list(dict.fromkeys(w for w in wanted if w))

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        cols = Columns(batch.column_names)
        n = batch.num_rows
        issues = RowIssues(n, first_row)

        text = role_text(batch, cols, FIELDS)

        ensure_date_order(ctx, batch, [c for c in (cols.find(*FIELDS["start"]),) if c])
        out: dict[str, pa.Array] = {}
        cost = money(batch, cols.find(*FIELDS["cost"]), ctx, issues)
        assert cost is not None
        credits = self._credits(batch, cols, ctx, issues)
        out["BilledCost"] = cost
        out["EffectiveCost"] = pc.add(cost, credits.sum_per_row)
        list_col = cols.find(*FIELDS["list_cost"])
        if list_col:
            out["ListCost"] = money(batch, list_col, ctx, issues, null_as_zero=False)
        start = timestamps(batch, cols.find(*FIELDS["start"]), ctx, issues)
        if start is None:
            issues.add(pa.array([True] * n), "usage_start_time", "no usage start time")
            start = pa.nulls(n, TIMESTAMP_TYPE)
        out["ChargePeriodStart"] = start
        out["ChargePeriodEnd"] = timestamps(batch, cols.find(*FIELDS["end"]), ctx, None)
        month = text("invoice_month")
        if month is not None:
            bp_start, bp_end = invoice_month_bounds(month)
            bounds = billing_period(bp_start, bp_end, start)
        else:
            bounds = billing_period(None, None, start)
        out["BillingPeriodStart"], out["BillingPeriodEnd"] = bounds
        out["BillingCurrency"] = fill_currency(text("currency"), ctx, issues, "currency")
        self._dimensions(text, out, n)
        for role, target in (("amount", "ConsumedQuantity"), ("pricing_amount", "PricingQuantity")):
            values = quantity(batch, cols.find(*FIELDS[role]), ctx)
            if values is not None:
                out[target] = values
        out["ConsumedUnit"] = text("unit")
        out["PricingUnit"] = coalesce_text(text("pricing_unit"), text("unit"))
        for role, target in (("labels", "Tags"), ("project_labels", "x_ProjectLabels")):
            found = cols.find(*FIELDS[role])
            if found:
                parsed = tags_from_text(batch.column(found))
                out[target] = parsed.tags
                if parsed.invalid_rows:
                    ctx.warn(f"{found} unreadable on {parsed.invalid_rows} rows; kept without them")
        out["x_SourceFileId"] = constant(ctx.file_id, n)
        out["x_SourceRow"] = row_numbers(first_row, n)
        usage = {k: v for k, v in out.items() if v is not None}
        keep = issues.keep_mask(ctx)
        table = finish(usage, None)
        credit_table = self._credit_rows(table, credits)
        if keep is not None:
            keep_credit = keep.take(credits.parent)
            table = table.filter(keep)
            credit_table = credit_table.filter(keep_credit)
        return pa.concat_tables([table, credit_table]) if credit_table.num_rows else table

    @staticmethod
    def _credits(
        batch: pa.Table, cols: Columns, ctx: NormaliseContext, issues: RowIssues
    ) -> gcp_credits.ExplodedCredits:
        found = cols.find(*FIELDS["credits"])
        if found is not None:
            exploded = gcp_credits.explode_credits(null_if_empty(batch.column(found)))
            issues.add(exploded.invalid_rows, found, "credits cell is not a readable list")
            return exploded
        pairs = _legacy_credit_columns(batch.column_names)
        n = batch.num_rows
        parents: list[pa.Array] = []
        amounts: list[pa.Array] = []
        names: list[pa.Array] = []
        total = pa.array(np.zeros(n, dtype=np.int64))
        for name_col, amount_col in pairs:
            values = money(batch, amount_col, ctx, issues)
            assert values is not None
            total = pc.add(total, values)
            nonzero = pc.indices_nonzero(pc.not_equal(values, 0)).cast(pa.int64())
            parents.append(nonzero)
            amounts.append(values.take(nonzero))
            names.append(null_if_empty(batch.column(name_col)).take(nonzero))
        parent = pa.concat_arrays(parents) if parents else pa.array([], pa.int64())
        empty = pa.nulls(len(parent), pa.string())
        return gcp_credits.ExplodedCredits(
            sum_per_row=total,
            parent=parent,
            amount=pa.concat_arrays(amounts) if amounts else pa.array([], pa.int64()),
            kind=empty,
            ident=empty,
            name=pa.concat_arrays(names) if names else empty,
            invalid_rows=pa.array(np.zeros(n, dtype=bool)),
        )

    @staticmethod
    def _credit_rows(usage: pa.Table, credits: gcp_credits.ExplodedCredits) -> pa.Table:
        """One row per credit, with the parent's dimensions and lineage (same source row)."""
        table = usage.take(credits.parent)
        m = table.num_rows
        none = pa.nulls(m, pa.string())
        cud_category = gcp_credits.commitment_category(credits.kind)
        is_cud = pc.is_valid(cud_category)
        replace = {
            "BilledCost": credits.amount,
            "EffectiveCost": pa.array(np.zeros(m, dtype=np.int64)),
            "ListCost": pa.nulls(m, pa.int64()),
            "ChargeCategory": pa.array(["Credit"] * m, pa.string()),
            "ChargeClass": none,
            "ChargeDescription": coalesce_text(credits.name, credits.kind),
            "ConsumedQuantity": pa.nulls(m, pa.float64()),
            "PricingQuantity": pa.nulls(m, pa.float64()),
            "CommitmentDiscountId": pc.if_else(is_cud, credits.ident, none),
            "CommitmentDiscountName": pc.if_else(is_cud, credits.name, none),
            "CommitmentDiscountType": pc.if_else(is_cud, "Committed Use Discount", none),
            "CommitmentDiscountCategory": cud_category,
        }
        for name, values in replace.items():
            if values is None:
                continue
            idx = table.schema.get_field_index(name)
            table = table.set_column(idx, name, values.cast(table.schema.field(name).type))
        return conform(table)  # restores the canonical (non-null) field flags

    @staticmethod
    def _dimensions(text: TextGetter, out: dict[str, pa.Array], n: int) -> None:
        service = text("service")
        line_item = text("line_item")
        if service is None and line_item is not None:  # com.google.cloud/services/<service>/<sku>
            parts = pc.extract_regex(plain(line_item), r"services/(?P<s>[^/]+)")
            service = pc.struct_field(parts, "s")
        out["ServiceName"] = service
        if service is not None:
            out["ServiceCategory"] = map_values(
                service, first_values("gcp_service_categories"), "Other"
            )
        out["ProviderName"] = constant("Google Cloud", n)
        out["InvoiceIssuerName"] = constant("Google Cloud", n)
        out["PublisherName"] = coalesce_text(text("seller"), constant("Google Cloud", n))
        out["BillingAccountId"] = text("account")
        out["SubAccountId"] = text("project")
        out["SubAccountName"] = text("project_name")
        out["RegionId"] = coalesce_text(text("region"), text("location"))
        out["AvailabilityZone"] = text("zone")
        out["ResourceId"] = text("resource")
        out["ResourceName"] = text("resource_name")
        out["SkuId"] = coalesce_text(text("sku"), line_item)
        out["ChargeDescription"] = text("sku_description")
        cost_type = text("cost_type")
        if cost_type is not None:
            key = pc.utf8_lower(plain(cost_type))
            out["ChargeCategory"] = map_values(key, _COST_TYPE, "Usage")
        else:
            out["ChargeCategory"] = constant("Usage", n)
        out["ChargeFrequency"] = pc.if_else(
            pc.equal(out["ChargeCategory"].cast(pa.string()), "Usage"),
            "Usage-Based",
            pa.scalar(None, pa.string()),
        )


ADAPTER: Final = GcpAdapter()
