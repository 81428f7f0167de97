"""FOCUS files (0.5, 1.0-preview, 1.0, 1.1, 1.2; CSV, gz, Parquet), any provider.

The version is read from the column set (see ``billing-formats.md`` section 1.1). FOCUS
is a specification, so a file that claims it is validated strictly: an unreadable cost,
quantity or date/time, a ChargeCategory outside the allowed values, or Tags that are not
a JSON object reject the row, and the pipeline rejects a FOCUS file with any rejected row.
Quirks of real exports are accepted and reported once: ``NULL``/``null``/empty nulls,
``2024-10-01 00:00:00`` timestamps, wrong-case enums (``Usage-based``), non-``x_`` extra
columns (a warning: the data is still FOCUS; the FOCUS sample has such an ``Id`` column).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core import canonical
from workbench.core.importing.base import Detection, FileSample, NormaliseContext
from workbench.core.importing.dates import (
    NULL_TOKENS,
    enum_case,
    hour_overflow_values,
    parse_timestamps,
    settle_date_order,
)
from workbench.core.money import parse_money

#: 0.5 / 1.0-preview names -> current names.
RENAMED: Final = {
    "AmortizedCost": "EffectiveCost",
    "ChargeType": "ChargeCategory",
    "Provider": "ProviderName",
    "Publisher": "PublisherName",
    "InvoiceIssuer": "InvoiceIssuerName",
    "Region": "RegionId",
    "ResourceID": "ResourceId",
    "UsageQuantity": "ConsumedQuantity",
    "UsageUnit": "ConsumedUnit",
}
V10: Final = frozenset(
    [
        "BilledCost",
        "BillingAccountId",
        "BillingAccountName",
        "BillingCurrency",
        "BillingPeriodEnd",
        "BillingPeriodStart",
        "ChargeCategory",
        "ChargeClass",
        "ChargeDescription",
        "ChargeFrequency",
        "ChargePeriodEnd",
        "ChargePeriodStart",
        "CommitmentDiscountCategory",
        "CommitmentDiscountId",
        "CommitmentDiscountName",
        "CommitmentDiscountStatus",
        "CommitmentDiscountType",
        "ConsumedQuantity",
        "ConsumedUnit",
        "ContractedCost",
        "ContractedUnitPrice",
        "EffectiveCost",
        "InvoiceIssuerName",
        "ListCost",
        "ListUnitPrice",
        "PricingCategory",
        "PricingQuantity",
        "PricingUnit",
        "ProviderName",
        "PublisherName",
        "RegionId",
        "RegionName",
        "ResourceId",
        "ResourceName",
        "ResourceType",
        "ServiceCategory",
        "ServiceName",
        "SkuId",
        "SkuPriceId",
        "SubAccountId",
        "SubAccountName",
        "Tags",
        "AvailabilityZone",
    ]
)
V11_ADDED: Final = frozenset(
    [
        "CapacityReservationId",
        "CapacityReservationStatus",
        "CommitmentDiscountQuantity",
        "CommitmentDiscountUnit",
        "ServiceSubcategory",
        "SkuMeter",
        "SkuPriceDetails",
    ]
)
V12_ADDED: Final = frozenset(
    [
        "BillingAccountType",
        "InvoiceId",
        "PricingCurrency",
        "PricingCurrencyContractedUnitPrice",
        "PricingCurrencyEffectiveCost",
        "PricingCurrencyListUnitPrice",
        "SubAccountType",
    ]
)
OLD_ONLY: Final = frozenset({*RENAMED, "ChargeSubcategory", "BilledCurrency"})
ALL_NAMES: Final = V10 | V11_ADDED | V12_ADDED | OLD_ONLY
MANDATORY_10: Final = [
    "BilledCost",
    "BillingAccountId",
    "BillingCurrency",
    "BillingPeriodEnd",
    "BillingPeriodStart",
    "ChargeCategory",
    "ChargePeriodEnd",
    "ChargePeriodStart",
    "EffectiveCost",
    "ListCost",
    "ContractedCost",
    "ProviderName",
    "PublisherName",
    "InvoiceIssuerName",
    "ServiceName",
    "ServiceCategory",
]
REQUIRED: Final = ("BilledCost", "EffectiveCost", "ChargePeriodStart")
_TIMES: Final = ("ChargePeriodStart", "ChargePeriodEnd", "BillingPeriodStart", "BillingPeriodEnd")
_MONEY: Final = ("BilledCost", "EffectiveCost", "ListCost", "ContractedCost")
_QUANTITIES: Final = ("ConsumedQuantity", "PricingQuantity")
_SLOTS: Final = ("x_ResourceGroupName", "x_CostCategories", "x_ProjectLabels")
_STRICT_ENUMS: Final = {
    "ChargeCategory": canonical.CHARGE_CATEGORIES,
    "ChargeClass": ("Correction",),
    "CommitmentDiscountStatus": canonical.COMMITMENT_STATUSES,
}
_SOFT_ENUMS: Final = {
    "ChargeFrequency": canonical.CHARGE_FREQUENCIES,
    "PricingCategory": (*canonical.PRICING_CATEGORIES, "On-Demand", "Commitment-Based"),
}
_PREVIEW_PRICING: Final = {"On-Demand": "Standard", "Commitment-Based": "Committed"}
_NULLS: Final = pa.array(NULL_TOKENS, pa.string())
_FORMATTED_MONEY: Final = r"^\s*[-+]?[$€£]?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$"


def version_of(names: set[str]) -> str:
    """Lowest FOCUS version whose column set explains the header."""
    if names & {"ChargeType", "AmortizedCost", "Provider", "InvoiceIssuer", "ResourceID"}:
        return "0.5"
    if names & {"ChargeSubcategory", "UsageQuantity", "UsageUnit"} or (
        "Region" in names and "RegionId" not in names
    ):
        return "1.0-preview"
    if names & V12_ADDED:
        return "1.2"
    if names & V11_ADDED:
        return "1.1"
    return "1.0"


def _current(name: str) -> str:
    return RENAMED.get(name, name)


class FocusAdapter:
    format_id = "focus"

    def detect(self, sample: FileSample) -> Detection | None:
        names = set(sample.header)
        focus = names & ALL_NAMES
        custom = {n for n in names if n.startswith("x_")}
        if not focus or len(focus | custom) < 0.5 * len(names):
            return None
        share = len(focus | custom) / len(names)
        confidence = round((0.2 + 0.75 * min(1.0, len(focus) / 12)) * share, 3)
        version = version_of(names)
        present = {_current(n) for n in focus}
        notes = []
        missing = [c for c in REQUIRED if c not in present]
        if missing:
            notes.append(f"not enough FOCUS columns to import: missing {', '.join(missing)}")
        providers = (
            {v for v in sample.column("ProviderName") if v} if "ProviderName" in names else set()
        )
        provider = (
            next(iter(providers))
            if len(providers) == 1
            else ("Multiple" if providers else "Unknown")
        )
        label = f"FOCUS {version}"
        return Detection("focus", label, version, confidence, provider, tuple(notes))

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        wanted = ALL_NAMES | set(_SLOTS)
        return [h for h in header if h in wanted]

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        source = {_current(n): batch.column(n) for n in batch.column_names}
        if "BilledCurrency" in batch.column_names and "BillingCurrency" not in batch.column_names:
            source["BillingCurrency"] = batch.column("BilledCurrency")
        n = batch.num_rows
        bad = pa.array([False] * n)
        columns: dict[str, pa.Array] = {}

        def reject(mask: pa.Array, column: str, reason: str) -> None:
            nonlocal bad
            mask = pc.fill_null(mask, False)
            for i in pc.indices_nonzero(mask).to_pylist():
                value = _text(source[column]).slice(i, 1).to_pylist()[0]
                ctx.reject(first_row + int(i), column, f"{reason} ({value!r})")
            bad = pc.or_(bad, mask)

        self._decide_date_order(source, ctx)
        for name in _MONEY + _QUANTITIES:
            if name not in source:
                continue
            text = _spreadsheet_money(_text(source[name]), name, ctx)
            parsed = parse_money(text, decimal_comma=ctx.dialect.decimal_comma)
            reject(parsed.invalid, name, "not a decimal number")
            if name in ("BilledCost", "EffectiveCost"):
                reject(pc.is_null(_null_if_token(source[name])), name, "empty (mandatory)")
                columns[name] = pc.fill_null(parsed.values, 0)
            elif name in _QUANTITIES:
                columns[name] = pc.divide(parsed.values.cast(pa.float64()), 1e9)
            else:
                columns[name] = parsed.values
        for name in _TIMES:
            if name not in source:
                continue
            overflow = hour_overflow_values(source[name])
            if overflow:
                ctx.warn(f"{name}: hour 24 or more in {overflow[0]!r}; read as the next day")
            values, invalid = parse_timestamps(source[name], ctx.date_order, column=name)
            reject(invalid, name, "not a date/time")
            if name == "ChargePeriodStart":
                reject(pc.is_null(values), name, "empty (mandatory)")
            columns[name] = values
        for name, allowed in {**_STRICT_ENUMS, **_SOFT_ENUMS}.items():
            if name not in source:
                continue
            result = enum_case(source[name], allowed)
            if result.fixed_count:
                ctx.warn(
                    f"{name}: values in the wrong case corrected to the FOCUS spelling "
                    f"(e.g. {allowed[0]!r})"
                )
                ctx.facts[f"case_fixed_{name}"] = str(
                    int(ctx.facts.get(f"case_fixed_{name}", "0")) + result.fixed_count
                )
            values = result.values
            if name in _STRICT_ENUMS:
                reject(result.unknown_mask, name, f"not an allowed value ({', '.join(allowed)})")
            elif result.unknown:
                ctx.warn(
                    f"{name}: values outside FOCUS kept as they are: {', '.join(result.unknown)}"
                )
            if name == "PricingCategory":
                values = _map(values, _PREVIEW_PRICING)
            columns[name] = values
        if "Tags" in source:
            tags, invalid = _canonical_tags(source["Tags"])
            reject(invalid, "Tags", "not a JSON object")
            columns["Tags"] = tags
        if "BillingCurrency" not in source:
            ctx.warn("no BillingCurrency column: amounts are recorded in currency 'XXX' (unknown)")
            columns["BillingCurrency"] = pa.array(["XXX"] * n, pa.string())
        for name in canonical.STRING_COLUMNS:
            if name in source and name not in columns:
                columns[name] = _null_if_token(source[name])
        columns["x_SourceRow"] = pa.array(range(first_row, first_row + n), pa.int64())
        columns["x_SourceFileId"] = pa.array([ctx.file_id] * n, pa.string())
        table = pa.table({k: _plain(v) for k, v in columns.items()})
        if pc.any(bad).as_py():
            table = table.filter(pc.invert(bad))
        return canonical.conform(table)

    def _decide_date_order(self, source: dict[str, pa.ChunkedArray], ctx: NormaliseContext) -> None:
        values: set[str] = set()
        for name in _TIMES:
            if name in source:
                values.update(v for v in pc.unique(_text(source[name])).to_pylist() if v)
        settle_date_order(ctx, values, column="/".join(n for n in _TIMES if n in source))


def missing_required(header: Sequence[str]) -> list[str]:
    present = {_current(n) for n in header}
    return [c for c in REQUIRED if c not in present]


def missing_mandatory(header: Sequence[str]) -> list[str]:
    present = {_current(n) for n in header} | (
        {"BillingCurrency"} if "BilledCurrency" in header else set()
    )
    return [c for c in MANDATORY_10 if c not in present]


def unknown_columns(header: Sequence[str]) -> list[str]:
    return [h for h in header if h not in ALL_NAMES and not h.startswith("x_")]


def _plain(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(arr, pa.ChunkedArray):
        return arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    return arr


def _text(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    arr = _plain(arr)
    return arr if pa.types.is_string(arr.type) else arr.cast(pa.string())


def _null_if_token(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    text = _text(arr)
    is_null = pc.fill_null(pc.is_in(pc.utf8_trim_whitespace(text), value_set=_NULLS), False)
    return pc.if_else(is_null, pa.scalar(None, pa.string()), text)


def _spreadsheet_money(text: pa.Array, column: str, ctx: NormaliseContext) -> pa.Array:
    """Accept spreadsheet-formatted amounts (``"$10,100.00 "``, as in the FOCUS 1.2 SaaS
    examples): a currency symbol and US thousands separators are removed, with a warning.
    Anything else that is not a number stays invalid."""
    formatted = pc.and_(
        pc.match_substring_regex(text, _FORMATTED_MONEY), pc.match_substring_regex(text, "[$€£,]")
    )
    formatted = pc.fill_null(formatted, False)
    if not pc.any(formatted).as_py():
        return text
    example = text.filter(formatted)[0].as_py()
    ctx.warn(f"{column}: currency symbols and thousands separators removed (e.g. {example!r})")
    cleaned = pc.replace_substring_regex(text, r"[\s$€£,]", "")
    return pc.if_else(formatted, cleaned, text)


def _map(values: pa.Array, mapping: dict[str, str]) -> pa.Array:
    for old, new in mapping.items():
        values = pc.if_else(pc.fill_null(pc.equal(values, old), False), new, values)
    return values


def _tag_value(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _canonical_tags(arr: pa.Array | pa.ChunkedArray) -> tuple[pa.Array, pa.Array]:
    """Tags JSON -> canonical JSON text (raw keys sorted, string values), once per distinct
    value; ``{}`` becomes null. Returns the texts and the invalid mask."""
    text = _null_if_token(arr)
    distinct = pc.unique(text)
    out: list[str | None] = []
    bad: list[bool] = []
    for raw in distinct.to_pylist():
        if raw is None:
            out.append(None)
            bad.append(False)
            continue
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            out.append(None)
            bad.append(True)
            continue
        tags = {str(k): _tag_value(v) for k, v in parsed.items()}
        out.append(
            json.dumps(dict(sorted(tags.items())), ensure_ascii=False, separators=(",", ":"))
            if tags
            else None
        )
        bad.append(False)
    positions = pc.index_in(text, value_set=distinct)
    values = pa.array(out, pa.string()).take(positions)
    invalid = pc.fill_null(pa.array(bad, pa.bool_()).take(positions), False)
    return values, invalid


ADAPTER: Final = FocusAdapter()
