"""Google Cloud credits: parsed once per distinct cell, then exploded into their own rows.

The BigQuery export nests credits in each usage row (``credits`` = list of
``{name, amount, full_name, id, type}``; CSV copies hold it as JSON or as Python repr); the
legacy CSV file export has ``Credit1``/``Credit1 Amount`` column pairs.

Cost choice (why credit rows carry EffectiveCost 0): the invoice is cost + credits, so every
credit becomes a row with ChargeCategory ``Credit`` and BilledCost = the (negative) amount —
BilledCost sums to the invoice. EffectiveCost must be the net cost *of the usage* (a CUD or
free-tier credit makes that usage cheaper, FOCUS's "effective" meaning), so the usage row
gets EffectiveCost = cost + its credits and the credit row EffectiveCost = 0; otherwise the
credit would be counted twice. Totals: ΣBilled = ΣEffective = Σcost + Σcredits. No flooring
at 0 (focus_converters floors; that breaks reconciliation with the invoice).
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.money import decimal_to_nano

_MAX_CELL: Final = 200_000
_CUD_TYPES: Final = {
    "COMMITTED_USAGE_DISCOUNT": "Usage",
    "COMMITTED_USAGE_DISCOUNT_DOLLAR_BASE": "Spend",
}


@dataclass(frozen=True)
class CreditEntry:
    amount: int  # nano-units, negative for a credit
    kind: str | None  # credits.type, e.g. FREE_TIER, COMMITTED_USAGE_DISCOUNT
    ident: str | None
    name: str | None


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError("boolean amount")
    if isinstance(value, float):
        return Decimal(repr(value))  # shortest text that round-trips = what was written
    return Decimal(str(value))


def parse_credit_cell(text: str | None) -> list[CreditEntry]:
    """One ``credits`` cell to its entries; raises ``ValueError`` when unreadable."""
    if text is None or text.strip() in ("", "[]", "null", "None"):
        return []
    stripped = text.strip()
    try:
        value: object = json.loads(stripped, parse_float=Decimal)
    except json.JSONDecodeError:
        if len(stripped) > _MAX_CELL or not stripped.startswith("["):
            raise ValueError("credits are not a JSON or Python list") from None
        try:
            value = ast.literal_eval(stripped)  # literals only, never eval
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
            raise ValueError(f"credits are not a list literal: {exc}") from None
    if not isinstance(value, list):
        raise ValueError("credits are not a list")
    out: list[CreditEntry] = []
    for item in value:
        if not isinstance(item, dict) or "amount" not in item:
            raise ValueError("credit entries need an amount")
        try:
            amount = decimal_to_nano(_decimal(item["amount"]))
        except (InvalidOperation, ValueError) as exc:
            raise ValueError(f"credit amount {item['amount']!r} is not a number") from exc
        if amount == 0:
            continue
        name = item.get("full_name") or item.get("name")
        out.append(
            CreditEntry(
                amount,
                None if item.get("type") is None else str(item["type"]),
                None if item.get("id") is None else str(item["id"]),
                None if name is None else str(name),
            )
        )
    return out


@dataclass(frozen=True)
class ExplodedCredits:
    """Per usage row: the credit sum; per credit row: its parent row and entry fields."""

    sum_per_row: pa.Array  # int64 nano, 0 when no credits
    parent: pa.Array  # int64 index of the usage row, one per credit row
    amount: pa.Array  # int64 nano
    kind: pa.Array
    ident: pa.Array
    name: pa.Array
    invalid_rows: pa.Array  # bool per usage row: credits cell unreadable


def explode_credits(cells: pa.Array) -> ExplodedCredits:
    """Parse each distinct credits cell once and lay out one output row per entry."""
    encoded = pc.dictionary_encode(cells)
    distinct = encoded.dictionary.cast(pa.string()).to_pylist()
    entries: list[list[CreditEntry]] = []
    bad: list[bool] = []
    for cell in distinct:
        try:
            entries.append(parse_credit_cell(cell))
            bad.append(False)
        except ValueError:
            entries.append([])
            bad.append(True)
    counts_d = np.array([len(e) for e in entries] or [0], dtype=np.int64)
    sums_d = pa.array([sum(x.amount for x in e) for e in entries] or [0], pa.int64())
    offsets_d = np.concatenate([[0], np.cumsum(counts_d)[:-1]]).astype(np.int64)
    flat = [x for e in entries for x in e]
    idx = encoded.indices
    valid = pc.is_valid(idx)
    safe_idx = pc.fill_null(idx, 0).to_numpy(zero_copy_only=False).astype(np.int64)
    has = valid.to_numpy(zero_copy_only=False)
    per_row_counts = np.where(has, counts_d[safe_idx], 0)
    parent = np.repeat(np.arange(len(cells), dtype=np.int64), per_row_counts)
    first_of_group = np.repeat(np.cumsum(per_row_counts) - per_row_counts, per_row_counts)
    within = np.arange(len(parent), dtype=np.int64) - first_of_group
    flat_index = offsets_d[safe_idx[parent]] + within
    picked = [flat[i] for i in flat_index.tolist()]
    sum_per_row = pc.if_else(valid, sums_d.take(pc.fill_null(idx, 0)), 0)
    invalid = pc.fill_null(pa.array(bad or [False], pa.bool_()).take(idx), False)
    return ExplodedCredits(
        sum_per_row=sum_per_row,
        parent=pa.array(parent, pa.int64()),
        amount=pa.array([x.amount for x in picked], pa.int64()),
        kind=pa.array([x.kind for x in picked], pa.string()),
        ident=pa.array([x.ident for x in picked], pa.string()),
        name=pa.array([x.name for x in picked], pa.string()),
        invalid_rows=invalid,
    )


def commitment_category(kind: pa.Array) -> pa.Array:
    """CommitmentDiscountCategory of a credit row (CUD credits only)."""
    keys = pa.array(list(_CUD_TYPES), pa.string())
    values = pa.array(list(_CUD_TYPES.values()), pa.string())
    return values.take(pc.index_in(kind, value_set=keys))
