"""Azure Cost Management exports: EA (v2 and 2023+), MCA/CSP, pay-as-you-go, portal xlsx.

One adapter reads all families; they differ in column names only, which :class:`Columns`
finds in any case (``CostInBillingCurrency`` / ``costInBillingCurrency`` /
``costinbillingcurrency``). Localised headers (``Abonnement-GUID (SubscriptionGuid)``) are
reduced to the English name by the reader. Actual vs amortized: see
:mod:`workbench.core.importing.adapters.azure_cost_kind`.

Column choices (billing-formats.md section 4): cost = ``CostInBillingCurrency`` / ``Cost`` /
``PreTaxCost``; BillingAccountId = ``BillingProfileId`` for MCA (its invoice scope), else
``BillingAccountId``, else the subscription (pay-as-you-go has no billing account column);
BillingPeriodEnd = ``BillingPeriodEndDate`` + 1 day (Azure writes it inclusive); ChargePeriod
= the day of ``Date``/``UsageDateTime``. Tags with or without outer braces.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.importing.adapters import azure_cost_kind as kinds
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
    plain,
    quantity,
    role_text,
    row_numbers,
    timestamps,
)
from workbench.core.importing.base import Detection, FileSample, NormaliseContext
from workbench.core.importing.lookups import azure_service, load_table
from workbench.core.importing.tagtext import tags_from_text

FORMAT_ID: Final = "azure-cost"
_DAY_MS: Final = 86_400_000

FIELDS: Final = {
    "cost": ("CostInBillingCurrency", "Cost", "PreTaxCost"),
    "cost_usd": ("CostInUsd", "CostUSD"),
    "list_cost": ("PaygCostInBillingCurrency",),
    "currency": ("BillingCurrencyCode", "BillingCurrency", "Currency"),
    "date": ("Date", "UsageDateTime", "UsageDate", "BillingMonth"),
    "bp_start": ("BillingPeriodStartDate",),
    "bp_end": ("BillingPeriodEndDate",),
    "billing_account": ("BillingAccountId",),
    "billing_account_name": ("BillingAccountName",),
    "billing_profile": ("BillingProfileId",),
    "billing_profile_name": ("BillingProfileName",),
    "subscription": ("SubscriptionId", "SubscriptionGuid"),
    "subscription_name": ("SubscriptionName",),
    "resource_group": ("ResourceGroup", "ResourceGroupName"),
    "location": ("ResourceLocation", "Location"),
    "resource": ("ResourceId", "InstanceId"),
    "resource_name": ("ResourceName",),
    "resource_type": ("ResourceType",),
    "consumed_service": ("ConsumedService",),
    "meter_category": ("MeterCategory",),
    "service_name": ("ServiceName",),
    "product_id": ("ProductId", "MeterId"),
    "product_name": ("ProductName", "Product", "MeterName", "Meter"),
    "quantity": ("Quantity", "UsageQuantity"),
    "unit": ("UnitOfMeasure",),
    "charge_type": ("ChargeType",),
    "frequency": ("Frequency",),
    "pricing_model": ("PricingModel",),
    "benefit_id": ("benefitId", "ReservationId"),
    "benefit_name": ("benefitName", "ReservationName"),
    "publisher": ("PublisherName",),
    "partner": ("PartnerName",),
    "invoice": ("InvoiceId",),
    "zone": ("AvailabilityZone",),
    "tags": ("Tags",),
}
_MCA_MARKERS: Final = ("CostInPricingCurrency", "ExchangeRatePricingToBilling", "PricingCurrency")
_CHARGE_CATEGORY: Final[dict[str, str | None]] = {
    "usage": "Usage",
    "purchase": "Purchase",
    "tax": "Tax",
    "unusedreservation": "Usage",
    "unusedsavingsplan": "Usage",
    "refund": "Purchase",
    "roundingadjustment": "Adjustment",
    "credit": "Credit",
}
_FREQUENCY: Final[dict[str, str | None]] = {
    "onetime": "One-Time",
    "recurring": "Recurring",
    "usagebased": "Usage-Based",
}
_PRICING: Final[dict[str, str | None]] = {
    "ondemand": "Standard",
    "reservation": "Committed",
    "savingsplan": "Committed",
    "spot": "Dynamic",
}


def _version(cols: Columns, sample: FileSample) -> str:
    if cols.has("PreTaxCost"):
        return "payg"
    if sample.dialect.encoding == "xlsx" or cols.has("CostUSD"):
        return "cost-analysis"
    if cols.count(_MCA_MARKERS):
        return "mca"
    if cols.has("Cost") and cols.has("BillingCurrency"):
        return "ea-2023"
    if cols.has("CostInBillingCurrency"):
        return "ea-v2"
    return "unknown"


class AzureAdapter:
    format_id = FORMAT_ID

    def detect(self, sample: FileSample) -> Detection | None:
        cols = Columns(sample.header)
        if not cols.has(*FIELDS["cost"]):
            return None
        azure_markers = (
            "SubscriptionId", "SubscriptionGuid", "MeterCategory", "ConsumedService",
            "ResourceGroup", "ResourceGroupName", "MeterId", "BillingProfileId",
            "SubscriptionName", "ResourceLocation", "MeterSubCategory", "InstanceId",
        )  # fmt: skip
        markers = cols.count(azure_markers)
        has_date = cols.has(*FIELDS["date"])
        if markers < 2:
            return None
        version = _version(cols, sample)
        confidence = min(0.6 + 0.06 * markers + (0.05 if has_date else 0.0), 0.97)
        notes: tuple[str, ...] = () if has_date else ("no date column: rows need a Date column",)
        if not sample.rows:
            notes += ("the file has a header but no data rows",)
        return Detection(
            FORMAT_ID, f"Azure Cost Management ({version})", version, confidence, "Microsoft", notes
        )

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        cols = Columns(header)
        wanted = [cols.find(*names) for names in FIELDS.values()]
        wanted += [cols.find(m) for m in _MCA_MARKERS]
        return list(dict.fromkeys(w for w in wanted if w))

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        cols = Columns(batch.column_names)
        n = batch.num_rows
        issues = RowIssues(n, first_row)

        text = role_text(batch, cols, FIELDS)

        date_cols = [
            c for c in (cols.find(*FIELDS[r]) for r in ("date", "bp_start", "bp_end")) if c
        ]
        ensure_date_order(ctx, batch, date_cols)
        out: dict[str, pa.Array] = {}

        cost = money(batch, cols.find(*FIELDS["cost"]), ctx, issues)
        assert cost is not None
        charge_type, model, benefit = text("charge_type"), text("pricing_model"), text("benefit_id")
        masks = kinds.commitment_masks(charge_type, model, benefit, n)
        kind = kinds.decide_cost_kind(masks, cost, ctx)
        out["BilledCost"], out["EffectiveCost"] = kinds.billed_and_effective(cost, masks, kind)
        list_col = cols.find(*FIELDS["list_cost"])
        if list_col:
            out["ListCost"] = money(batch, list_col, ctx, issues, null_as_zero=False)

        day = timestamps(batch, cols.find(*FIELDS["date"]), ctx, issues)
        if day is None:
            issues.add(pa.array([True] * n), "Date", "no date column")
            day = pa.nulls(n, pa.timestamp("ms", tz="UTC"))
        out["ChargePeriodStart"] = day
        out["ChargePeriodEnd"] = pc.add(day, pa.scalar(_DAY_MS, pa.duration("ms")))
        bp_start = timestamps(batch, cols.find(*FIELDS["bp_start"]), ctx, None)
        bp_end = timestamps(batch, cols.find(*FIELDS["bp_end"]), ctx, None)
        if bp_end is not None:  # inclusive last day -> exclusive end
            bp_end = pc.add(bp_end, pa.scalar(_DAY_MS, pa.duration("ms")))
        out["BillingPeriodStart"], out["BillingPeriodEnd"] = billing_period(bp_start, bp_end, day)

        out["BillingCurrency"] = fill_currency(text("currency"), ctx, issues, "BillingCurrency")
        self._accounts(cols, text, out, n)
        self._service_and_resource(text, out, n)
        self._charge(text, charge_type, model, benefit, masks, out, n)
        qty = quantity(batch, cols.find(*FIELDS["quantity"]), ctx)
        if qty is not None:
            out["ConsumedQuantity"] = qty
            out["PricingQuantity"] = qty
        out["ConsumedUnit"] = text("unit")
        out["PricingUnit"] = out["ConsumedUnit"]
        tag_col = cols.find(*FIELDS["tags"])
        if tag_col:
            parsed = tags_from_text(batch.column(tag_col))
            out["Tags"] = parsed.tags
            if parsed.invalid_rows:
                ctx.warn(
                    f"Tags unreadable on {parsed.invalid_rows} rows (e.g. "
                    f"{parsed.invalid_examples[0]!r}); those rows are kept without tags"
                )
        out["x_SourceFileId"] = constant(ctx.file_id, n)
        out["x_SourceRow"] = row_numbers(first_row, n)
        return finish({k: v for k, v in out.items() if v is not None}, issues.keep_mask(ctx))

    @staticmethod
    def _accounts(cols: Columns, text: TextGetter, out: dict[str, pa.Array], n: int) -> None:
        mca = cols.count(_MCA_MARKERS) > 0
        subscription = text("subscription")
        if mca:
            account = coalesce_text(text("billing_profile"), text("billing_account"))
            account_name = coalesce_text(text("billing_profile_name"), text("billing_account_name"))
        else:
            account = coalesce_text(text("billing_account"), text("billing_profile"), subscription)
            account_name = coalesce_text(text("billing_account_name"), text("billing_profile_name"))
        out["BillingAccountId"] = account
        out["BillingAccountName"] = account_name
        out["SubAccountId"] = subscription
        out["SubAccountName"] = text("subscription_name")
        out["InvoiceId"] = text("invoice")
        out["ProviderName"] = constant("Microsoft", n)
        out["InvoiceIssuerName"] = coalesce_text(text("partner"), constant("Microsoft", n))
        out["PublisherName"] = coalesce_text(text("publisher"), constant("Microsoft", n))

    @staticmethod
    def _service_and_resource(text: TextGetter, out: dict[str, pa.Array], n: int) -> None:
        resource = text("resource")
        out["ResourceId"] = resource
        out["ResourceName"] = text("resource_name")
        out["x_ResourceGroupName"] = text("resource_group")
        rtype = text("resource_type")
        if rtype is None and resource is not None:
            found = pc.extract_regex(
                pc.utf8_lower(plain(resource)), r"/providers/(?P<t>[^/]+/[^/]+)"
            )
            rtype = pc.struct_field(found, "t")
        rtype = pc.utf8_lower(plain(rtype)) if rtype is not None else pa.nulls(n, pa.string())
        consumed = text("consumed_service")
        consumed = plain(consumed) if consumed is not None else pa.nulls(n, pa.string())
        combo = pc.binary_join_element_wise(
            pc.fill_null(rtype, ""), pc.fill_null(consumed, ""), "|"
        )
        distinct = [v for v in pc.unique(combo).to_pylist() if v is not None]
        looked = [azure_service(*(part or None for part in v.split("|", 1))) for v in distinct]
        positions = pc.index_in(combo, value_set=pa.array(distinct, pa.string()))
        names = pa.array([x[0] if x else None for x in looked], pa.string()).take(positions)
        categories = pa.array([x[1] if x else None for x in looked], pa.string()).take(positions)
        out["ServiceName"] = coalesce_text(
            text("service_name"), names, text("meter_category"), consumed
        )
        out["ServiceCategory"] = pc.fill_null(categories, "Other")
        out["ResourceType"] = rtype
        out["SkuId"] = text("product_id")
        out["ChargeDescription"] = text("product_name")
        out["AvailabilityZone"] = text("zone")
        location = text("location")
        if location is not None:
            regions = load_table("azure_regions")
            key = pc.utf8_lower(plain(location))
            out["RegionId"] = map_values(key, {k: v[0] for k, v in regions.items()}, None)
            out["RegionId"] = pc.coalesce(out["RegionId"], key)
            out["RegionName"] = map_values(key, {k: v[1] for k, v in regions.items()}, None)

    @staticmethod
    def _charge(
        text: TextGetter,
        charge_type: pa.Array | None,
        model: pa.Array | None,
        benefit: pa.Array | None,
        masks: dict[str, pa.Array],
        out: dict[str, pa.Array],
        n: int,
    ) -> None:
        none = pa.scalar(None, pa.string())
        if charge_type is not None:
            key = pc.utf8_lower(plain(charge_type))
            out["ChargeCategory"] = map_values(key, _CHARGE_CATEGORY, "Adjustment")
            out["ChargeClass"] = pc.if_else(
                pc.fill_null(pc.equal(key, "refund"), False), "Correction", none
            )
        else:
            out["ChargeCategory"] = constant("Usage", n)
        frequency = text("frequency")
        if frequency is not None:
            out["ChargeFrequency"] = map_values(pc.utf8_lower(plain(frequency)), _FREQUENCY, None)
        lowered_model = (
            pc.utf8_lower(plain(model)) if model is not None else pa.nulls(n, pa.string())
        )
        if model is not None:
            pricing = map_values(lowered_model, _PRICING, "Other")
            # FOCUS 1.1: a commitment *purchase* is not priced "Committed".
            out["PricingCategory"] = pc.if_else(masks["purchase"], "Standard", pricing)
        ident = benefit if benefit is not None else pa.nulls(n, pa.string())
        lowered_id = pc.utf8_lower(pc.fill_null(plain(ident), ""))
        is_sp = pc.or_(
            pc.match_substring(lowered_id, "microsoft.billingbenefits"),
            pc.fill_null(pc.equal(lowered_model, "savingsplan"), False),
        )
        has = pc.or_(pc.is_valid(ident), pc.or_(masks["covered"], masks["unused"]))
        out["CommitmentDiscountId"] = ident
        out["CommitmentDiscountName"] = text("benefit_name")
        out["CommitmentDiscountType"] = pc.if_else(
            has, pc.if_else(is_sp, "Savings Plan", "Reservation"), none
        )
        out["CommitmentDiscountCategory"] = pc.if_else(
            has, pc.if_else(is_sp, "Spend", "Usage"), none
        )
        status = pc.if_else(masks["unused"], "Unused", pc.if_else(masks["covered"], "Used", none))
        out["CommitmentDiscountStatus"] = status


ADAPTER: Final = AzureAdapter()
