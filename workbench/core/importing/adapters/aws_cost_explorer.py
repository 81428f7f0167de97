"""AWS Cost Explorer "Download CSV": a wide table, one column per service (or other group).

Shape (billing-formats.md section 7)::

    "Service","EC2-Instances($)","EC2-Other($)",...,"Total costs($)"
    "Service total","12.5","3.1",...,"15.6"
    "2022-03-01","0.4","0.1",...,"0.5"

The first header cell names the grouping (Service, Linked account, Region, Usage type...),
the others are its values with the currency in parentheses. Rows are melted to one
canonical row per (date, group value) with a cost; the ``... total`` row and the
``Total costs`` column are left out (they repeat the other cells). Empty cells mean no cost.

The file carries the metric the user picked (unblended by default) and nothing else: no
account, region or resource detail. BilledCost = EffectiveCost = the value, and the import
warns about both. Daily or monthly rows: a file whose dates are all the 1st of a month is
monthly (ChargePeriodEnd = next month), otherwise daily.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import TIMESTAMP_TYPE
from workbench.core.importing.adapters.provider_common import (
    RowIssues,
    constant,
    finish,
    null_if_empty,
    plain,
)
from workbench.core.importing.base import DateOrder, Detection, FileSample, NormaliseContext
from workbench.core.importing.dates import month_start, next_month_start, parse_timestamps
from workbench.core.money import parse_money

FORMAT_ID: Final = "aws-cost-explorer"
_DAY_MS: Final = 86_400_000
_VALUE_HEADER: Final = re.compile(r"^(?P<name>.*?)\s*\((?P<cur>[^()]{1,4})\)$")
_SYMBOLS: Final = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "R$": "BRL"}
#: First header cell -> canonical column of the group values.
GROUPINGS: Final = {
    "service": "ServiceName",
    "linked account": "SubAccountId",
    "linked account name": "SubAccountName",
    "region": "RegionId",
    "availability zone": "AvailabilityZone",
    "instance type": "SkuId",
    "usage type": "SkuId",
    "resource": "ResourceId",
    "charge type": "ChargeDescription",
    "api operation": "ChargeDescription",
}
_TAX_NAMES: Final = ("tax",)


def _currency_of(header_cell: str) -> str | None:
    match = _VALUE_HEADER.match(header_cell.strip())
    if not match:
        return None
    cur = match.group("cur").strip()
    return _SYMBOLS.get(cur, cur.upper() if re.fullmatch(r"[A-Za-z]{3}", cur) else None)


def value_columns(header: Sequence[str]) -> list[tuple[str, str, str | None]]:
    """(column, group value, currency) of the melted columns (no totals)."""
    out: list[tuple[str, str, str | None]] = []
    for cell in header[1:]:
        match = _VALUE_HEADER.match(cell.strip())
        name = match.group("name") if match else cell.strip()
        if name.lower().startswith("total cost"):
            continue
        out.append((cell, name, _currency_of(cell)))
    return out


class AwsCostExplorerAdapter:
    format_id = FORMAT_ID

    def detect(self, sample: FileSample) -> Detection | None:
        if len(sample.header) < 2:
            return None
        group = sample.header[0].strip().lower()
        if group not in GROUPINGS:
            return None
        with_currency = sum(1 for h in sample.header[1:] if _currency_of(h))
        if with_currency < max(1, (len(sample.header) - 1) // 2):
            return None
        firsts = [row[0] or "" for row in sample.rows[:5] if row]
        has_total_row = any(f.strip().lower().endswith("total") for f in firsts)
        has_total_col = any(h.lower().startswith("total cost") for h in sample.header)
        confidence = 0.8 + 0.08 * has_total_row + 0.08 * has_total_col
        return Detection(
            FORMAT_ID, f"AWS Cost Explorer CSV (by {group})", "console-csv", confidence, "AWS"
        )

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        return [header[0], *(c for c, _, _ in value_columns(header))]

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        names = batch.column_names
        group_column = GROUPINGS[names[0].strip().lower()]
        n = batch.num_rows
        issues = RowIssues(n, first_row)
        first = null_if_empty(batch.column(0))
        is_total = pc.fill_null(pc.ends_with(pc.utf8_lower(first), "total"), False)
        # Monthly exports may write "2022-03"; make it a date.
        first = pc.if_else(
            pc.fill_null(pc.match_substring_regex(first, r"^\d{4}-\d{2}$"), False),
            pc.binary_join_element_wise(first, "01", "-"),
            first,
        )
        when, invalid = parse_timestamps(first, DateOrder.ISO, column=names[0])
        issues.add(pc.and_(invalid, pc.invert(is_total)), names[0], "not a date")
        keep = pc.and_(pc.invert(is_total), pc.invert(invalid))
        keep = pc.and_(keep, pc.is_valid(when))
        self._granularity(when, keep, ctx)
        if not ctx.facts.get("cost_explorer_warned"):
            ctx.facts["cost_explorer_warned"] = "yes"
            ctx.warn(
                "AWS Cost Explorer files have no account, region or resource detail; costs "
                "are read as the metric chosen in Cost Explorer (unblended by default)"
            )
        pieces: list[pa.Table] = []
        rows = np.arange(first_row, first_row + n, dtype=np.int64)
        for column, value_name, currency in value_columns(names):
            if column not in names:
                continue
            parsed = parse_money(
                plain(batch.column(column)), decimal_comma=ctx.dialect.decimal_comma
            )
            issues.add(pc.and_(parsed.invalid, keep), column, "not a number")
            take = pc.and_(keep, pc.is_valid(parsed.values))
            take = pc.and_(take, pc.invert(parsed.invalid))
            idx = pc.indices_nonzero(take)
            m = len(idx)
            if m == 0:
                continue
            if currency is None:
                ctx.warn(f"column {column!r} names no currency; read as USD")
            pieces.append(
                self._piece(
                    parsed.values.take(idx),
                    when.take(idx),
                    rows[idx.to_numpy()],
                    value_name,
                    currency or "USD",
                    group_column,
                    ctx,
                )
            )
        issues.keep_mask(ctx)  # report bad cells
        if not pieces:
            return finish(
                {
                    "BilledCost": pa.array([], pa.int64()),
                    "EffectiveCost": pa.array([], pa.int64()),
                    "ChargePeriodStart": pa.array([], TIMESTAMP_TYPE),
                    "x_SourceRow": pa.array([], pa.int64()),
                },
                None,
            )
        return pa.concat_tables(pieces)

    @staticmethod
    def _granularity(when: pa.Array, keep: pa.Array, ctx: NormaliseContext) -> None:
        if "granularity" in ctx.facts:
            return
        dates = when.filter(keep)
        if len(dates) == 0:
            return
        days = pc.day(dates)
        monthly = bool(pc.all(pc.equal(days, 1)).as_py()) and len(pc.unique(dates)) > 1
        ctx.facts["granularity"] = "monthly" if monthly else "daily"

    @staticmethod
    def _piece(
        values: pa.Array,
        when: pa.Array,
        rows: np.ndarray,
        value_name: str,
        currency: str,
        group_column: str,
        ctx: NormaliseContext,
    ) -> pa.Table:
        m = len(values)
        if ctx.facts.get("granularity") == "monthly":
            end = next_month_start(when)
        else:
            end = pc.add(when, pa.scalar(_DAY_MS, pa.duration("ms")))
        is_tax = group_column == "ServiceName" and value_name.strip().lower() in _TAX_NAMES
        columns: dict[str, pa.Array] = {
            "BilledCost": values,
            "EffectiveCost": values,
            "ChargePeriodStart": when,
            "ChargePeriodEnd": end,
            "BillingPeriodStart": month_start(when),
            "BillingPeriodEnd": next_month_start(when),
            "BillingCurrency": constant(currency, m),
            "ProviderName": constant("AWS", m),
            "InvoiceIssuerName": constant("AWS", m),
            "ChargeCategory": constant("Tax" if is_tax else "Usage", m),
            group_column: constant(value_name, m),
            "x_SourceFileId": constant(ctx.file_id, m),
            "x_SourceRow": pa.array(rows, pa.int64()),
        }
        return finish(columns, None)


ADAPTER: Final = AwsCostExplorerAdapter()
