"""AWS Cost and Usage Report: legacy CSV, its Athena/Parquet snake_case form, and CUR 2.0.

The three families carry the same fields under different spellings
(``lineItem/UnblendedCost`` / ``line_item_unblended_cost``); :class:`Columns` finds either.
CUR 2.0 (Data Exports) moves ``product``, ``resource_tags`` and ``cost_category`` into map
columns, which arrive as JSON text (the reader turns Parquet maps into JSON text too).

Tags: ``resourceTags/user:Owner`` -> raw key ``Owner`` (the ``user:`` prefix only says it is a
user tag); AWS-generated tags keep their prefix (``aws:createdBy``). Athena lower-cases and
snake-cases tag names (``resource_tags_user_owner`` -> ``owner``,
``resource_tags_aws_created_by`` -> ``aws:created_by``); the original spelling is not in the
file. Cost categories are not tags: they go to ``x_CostCategories``. Columns under other
prefixes (e.g. ``noTags/...`` in a koku fixture) are not tags.
Cost semantics: :mod:`workbench.core.importing.adapters.aws_cur_effective`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.importing.adapters import aws_cur_effective as semantics
from workbench.core.importing.adapters.distinct import map_distinct
from workbench.core.importing.adapters.provider_common import (
    Columns,
    RowIssues,
    TextGetter,
    billing_period,
    coalesce_text,
    column_key,
    constant,
    ensure_date_order,
    fill_currency,
    finish,
    money,
    money_where,
    plain,
    quantity,
    role_text,
    row_numbers,
    timestamps,
)
from workbench.core.importing.base import Detection, FileSample, NormaliseContext
from workbench.core.importing.lookups import first_values
from workbench.core.importing.tagcolumns import tags_and_keys_from_columns, tags_from_columns
from workbench.core.importing.tagtext import parse_tag_text, tags_from_text

FORMAT_ID: Final = "aws-cur"

#: Source fields by role (legacy spelling; Athena/CUR 2.0 spellings are found by key).
FIELDS: Final = {
    "payer": ("bill/PayerAccountId",),
    "payer_name": ("bill/PayerAccountName",),
    "usage_account": ("lineItem/UsageAccountId",),
    "usage_account_name": ("lineItem/UsageAccountName",),
    "invoice": ("bill/InvoiceId",),
    "invoicing_entity": ("bill/InvoicingEntity",),
    "legal_entity": ("lineItem/LegalEntity",),
    "billing_start": ("bill/BillingPeriodStartDate",),
    "billing_end": ("bill/BillingPeriodEndDate",),
    "usage_start": ("lineItem/UsageStartDate",),
    "usage_end": ("lineItem/UsageEndDate",),
    "interval": ("identity/TimeInterval",),
    "line_type": ("lineItem/LineItemType",),
    "currency": ("lineItem/CurrencyCode",),
    "unblended": ("lineItem/UnblendedCost",),
    "net_unblended": ("lineItem/NetUnblendedCost",),
    "list_cost": ("pricing/publicOnDemandCost",),
    "usage_amount": ("lineItem/UsageAmount",),
    "unit": ("pricing/unit",),
    "product_code": ("lineItem/ProductCode",),
    "product_name": ("product/ProductName",),
    "region_code": ("product/regionCode",),
    "region": ("product/region",),
    "location": ("product/location",),
    "zone": ("lineItem/AvailabilityZone",),
    "resource": ("lineItem/ResourceId",),
    "sku": ("product/sku",),
    "rate_code": ("pricing/RateCode",),
    "rate_id": ("pricing/RateId",),
    "description": ("lineItem/LineItemDescription",),
    "term": ("pricing/term",),
    "sp_arn": ("savingsPlan/SavingsPlanARN",),
    "ri_arn": ("reservation/ReservationARN",),
    "product_map": ("product",),
    "tags_map": ("resource_tags",),
    "cost_category_map": ("cost_category",),
}
_MAP_COLUMNS: Final = ("product", "resource_tags", "cost_category", "discount")
_LEGACY_TAG_PREFIX: Final = "resourcetags/"
_ATHENA_TAG_PREFIX: Final = "resource_tags_"
_LEGACY_CC_PREFIX: Final = "costcategory/"
_ATHENA_CC_PREFIX: Final = "cost_category_"


def _aws_tag_key(rest: str, *, athena: bool) -> str:
    """Raw tag key from the part of a column/map name after the tag prefix."""
    if athena:
        if rest.startswith("user_"):
            return rest[5:]
        if rest.startswith("aws_"):
            return "aws:" + rest[4:]
        return rest
    return rest[5:] if rest.startswith("user:") else rest


def tag_columns(header: Sequence[str]) -> list[tuple[str, str]]:
    """(column, raw tag key) for every one-column-per-tag column of a CUR header."""
    out: list[tuple[str, str]] = []
    for name in header:
        lower = name.lower()
        if lower.startswith(_LEGACY_TAG_PREFIX):
            out.append((name, _aws_tag_key(name[len(_LEGACY_TAG_PREFIX) :], athena=False)))
        elif lower.startswith(_ATHENA_TAG_PREFIX):
            out.append((name, _aws_tag_key(name[len(_ATHENA_TAG_PREFIX) :], athena=True)))
    return out


def cost_category_columns(header: Sequence[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in header:
        lower = name.lower()
        for prefix in (_LEGACY_CC_PREFIX, _ATHENA_CC_PREFIX):
            if lower.startswith(prefix) and len(name) > len(prefix):
                out.append((name, name[len(prefix) :]))
    return out


def _cur_version(header: Sequence[str]) -> str:
    if any("/" in name for name in header):
        return "legacy"
    lowered = {name.lower() for name in header}
    if lowered & set(_MAP_COLUMNS) or "bill_payer_account_name" in lowered:
        return "2.0"
    return "legacy-athena"


class AwsCurAdapter:
    format_id = FORMAT_ID

    def detect(self, sample: FileSample) -> Detection | None:
        cols = Columns(sample.header)
        if not cols.has("lineItem/UnblendedCost"):
            return None
        core = ("lineItem/LineItemType", "lineItem/UsageStartDate", "bill/PayerAccountId")
        found = cols.count(core)
        if found == 0:
            return None
        version = _cur_version(sample.header)
        labels = {
            "legacy": "AWS Cost and Usage Report (legacy CSV)",
            "legacy-athena": "AWS Cost and Usage Report (Athena/Parquet columns)",
            "2.0": "AWS CUR 2.0 (Data Exports)",
        }
        return Detection(
            format_id=FORMAT_ID,
            label=labels[version],
            version=version,
            confidence=0.9 + 0.03 * found,
            provider="AWS",
        )

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        cols = Columns(header)
        wanted: list[str] = []
        # identity/TimeInterval only stands in for a missing usage start date column.
        skipped = {"interval"} if cols.has(*FIELDS["usage_start"]) else set()
        for role, candidates in FIELDS.items():
            found = None if role in skipped else cols.find(*candidates)
            if found is not None:
                wanted.append(found)
        for roles in semantics.EFFECTIVE_INPUTS.values():
            for candidate in roles:
                found = cols.find(candidate) if candidate else None
                if found is not None:
                    wanted.append(found)
        wanted += [c for c, _ in tag_columns(header)]
        wanted += [c for c, _ in cost_category_columns(header)]
        return list(dict.fromkeys(wanted))

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        cols = Columns(batch.column_names)
        n = batch.num_rows
        issues = RowIssues(n, first_row)

        text = role_text(batch, cols, FIELDS)

        def cost(name: str | None) -> pa.Array | None:
            found = cols.find(name) if name else None
            return money(batch, found, ctx, issues) if found else None

        date_cols = [
            c for c in (cols.find(*FIELDS[r]) for r in ("usage_start", "billing_start")) if c
        ]
        ensure_date_order(ctx, batch, date_cols)
        out: dict[str, pa.Array] = {}

        unblended_col = cols.find(*FIELDS["unblended"])
        unblended = money(batch, unblended_col, ctx, issues)
        assert unblended is not None  # detect() requires the column
        net = cost("lineItem/NetUnblendedCost")
        billed = net if net is not None else unblended
        line_type = text("line_type")
        if line_type is None:
            line_type = constant("Usage", n)
        inputs: dict[str, pa.Array | None] = {}
        for role, (net_name, gross) in semantics.EFFECTIVE_INPUTS.items():
            found = (cols.find(net_name) if net_name else None) or cols.find(gross)
            rows = semantics.rows_needing(role, line_type)
            inputs[role] = money_where(batch, found, rows, ctx, issues)
        sp_arn, ri_arn = text("sp_arn"), text("ri_arn")
        has_ri = pc.is_valid(ri_arn) if ri_arn is not None else pa.array([False] * n)
        out["BilledCost"] = billed
        out["EffectiveCost"] = semantics.effective_cost(line_type, billed, inputs, has_ri, ctx.warn)
        list_col = cols.find(*FIELDS["list_cost"])
        if list_col:
            out["ListCost"] = money(batch, list_col, ctx, issues, null_as_zero=False)
        out.update(semantics.charge_columns(line_type, sp_arn, ri_arn, text("term")))

        start = timestamps(batch, cols.find(*FIELDS["usage_start"]), ctx, issues)
        end = timestamps(batch, cols.find(*FIELDS["usage_end"]), ctx, None)
        interval = text("interval") if start is None else None
        if interval is not None:
            parts = pc.split_pattern(plain(interval), "/", max_splits=1)
            start = self._parse_part(pc.list_element(parts, 0), ctx, issues)
            end = self._parse_part(pc.list_element(parts, 1), ctx, None)
        if start is None:
            ctx.warn("no usage start date column: rows cannot be placed in time")
            issues.add(pa.array([True] * n), "lineItem/UsageStartDate", "no usage start date")
            start = pa.nulls(n, pa.timestamp("ms", tz="UTC"))
        out["ChargePeriodStart"] = start
        if end is not None:
            out["ChargePeriodEnd"] = end
        bp_start = timestamps(batch, cols.find(*FIELDS["billing_start"]), ctx, None)
        bp_end = timestamps(batch, cols.find(*FIELDS["billing_end"]), ctx, None)
        out["BillingPeriodStart"], out["BillingPeriodEnd"] = billing_period(bp_start, bp_end, start)

        out["BillingCurrency"] = fill_currency(
            text("currency"), ctx, issues, "lineItem/CurrencyCode"
        )
        self._dimensions(text, out, n)
        out["ConsumedQuantity"] = quantity(
            batch, cols.find(*FIELDS["usage_amount"]), ctx
        ) or pa.nulls(n, pa.float64())
        out["PricingQuantity"] = out["ConsumedQuantity"]
        self._tags(batch, cols, out, ctx)
        out["x_SourceFileId"] = constant(ctx.file_id, n)
        out["x_SourceRow"] = row_numbers(first_row, n)
        return finish({k: v for k, v in out.items() if v is not None}, issues.keep_mask(ctx))

    @staticmethod
    def _parse_part(part: pa.Array, ctx: NormaliseContext, issues: RowIssues | None) -> pa.Array:
        table = pa.table({"identity/TimeInterval": part})
        result = timestamps(table, "identity/TimeInterval", ctx, issues)
        assert result is not None
        return result

    @staticmethod
    def _dimensions(get: TextGetter, out: dict[str, pa.Array], n: int) -> None:
        product_name = get("product_name")
        region = coalesce_text(get("region_code"), get("region"))
        product_map = get("product_map")
        if product_map is not None and (product_name is None or region is None):
            extracted = _from_product_map(product_map)
            product_name = coalesce_text(product_name, extracted["product_name"])
            region = coalesce_text(region, extracted["region_code"], extracted["region"])
        code = get("product_code")
        out["ServiceName"] = coalesce_text(product_name, code)
        if code is not None:
            categories = first_values("aws_service_categories")
            out["ServiceCategory"] = map_distinct(code, categories, "Other")
        out["ProviderName"] = constant("AWS", n)
        out["InvoiceIssuerName"] = coalesce_text(get("invoicing_entity"), constant("AWS", n))
        out["PublisherName"] = get("legal_entity")
        out["BillingAccountId"] = get("payer")
        out["BillingAccountName"] = get("payer_name")
        out["SubAccountId"] = get("usage_account")
        out["SubAccountName"] = get("usage_account_name")
        out["InvoiceId"] = get("invoice")
        out["RegionId"] = region
        out["RegionName"] = get("location")
        out["AvailabilityZone"] = get("zone")
        out["ResourceId"] = get("resource")
        out["SkuId"] = get("sku")
        out["SkuPriceId"] = coalesce_text(get("rate_code"), get("rate_id"))
        out["ChargeDescription"] = get("description")
        out["ConsumedUnit"] = get("unit")
        out["PricingUnit"] = out["ConsumedUnit"]

    def _tags(
        self, batch: pa.Table, cols: Columns, out: dict[str, pa.Array], ctx: NormaliseContext
    ) -> None:
        tag_cols = tag_columns(batch.column_names)
        if tag_cols:
            out["Tags"], ctx.batch_tag_keys = tags_and_keys_from_columns(
                [(key, batch.column(c)) for c, key in tag_cols]
            )
        tags_map = cols.find(*FIELDS["tags_map"])
        if tags_map is not None and not tag_cols:
            parsed = tags_from_text(
                batch.column(tags_map), rename=lambda k: _aws_tag_key(k, athena=True)
            )
            out["Tags"] = parsed.tags
            if parsed.invalid_rows:
                ctx.warn(
                    f"resource_tags unreadable on {parsed.invalid_rows} rows; kept without tags"
                )
        cc_cols = cost_category_columns(batch.column_names)
        if cc_cols:
            out["x_CostCategories"] = tags_from_columns(
                [(key, batch.column(c)) for c, key in cc_cols]
            )
        cc_map = cols.find(*FIELDS["cost_category_map"])
        if cc_map is not None and not cc_cols:
            out["x_CostCategories"] = tags_from_text(batch.column(cc_map)).tags


def _from_product_map(product_map: pa.Array) -> dict[str, pa.Array | None]:
    """product_name / region_code / region from the CUR 2.0 ``product`` JSON, per distinct value."""
    encoded = pc.dictionary_encode(product_map)
    wanted = ("product_name", "region_code", "region")
    values: dict[str, list[str | None]] = {k: [] for k in wanted}
    for cell in encoded.dictionary.to_pylist():
        try:
            mapping = parse_tag_text(cell) or {}
        except ValueError:
            mapping = {}
        keyed = {column_key(k): v for k, v in mapping.items()}
        for k in wanted:
            found = keyed.get(column_key(k))
            values[k].append(None if found in (None, "") else str(found))
    return {k: pa.array(v, pa.string()).take(encoded.indices) for k, v in values.items()}


ADAPTER: Final = AwsCurAdapter()
