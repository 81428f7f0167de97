"""Helpers shared by the provider adapters (AWS, Azure, Google Cloud, OCI).

Provider exports name the same column in several spellings: ``lineItem/UnblendedCost``,
``line_item_unblended_cost``, ``CostInBillingCurrency``/``costInBillingCurrency``/
``costinbillingcurrency``. :func:`column_key` reduces a name to lower-case letters and
digits so every spelling finds the same column. Everything here is vectorised; nothing
loops over rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import STRING_TYPE, TIMESTAMP_TYPE, conform
from workbench.core.importing.adapters.distinct import single_valued, used_values, zero_indices
from workbench.core.importing.base import NormaliseContext
from workbench.core.importing.dates import (
    NULL_TOKENS,
    month_start,
    next_month_start,
    parse_timestamps,
    settle_date_order,
)
from workbench.core.money import parse_money

_NULL_SET: Final = pa.array(NULL_TOKENS, pa.string())

#: ``text(role)``: the cleaned text column an adapter mapped to ``role``, or None if absent.
TextGetter = Callable[[str], pa.Array | None]


def column_key(name: str) -> str:
    """Spelling-independent key of a column name: lower-case letters and digits only."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


class Columns:
    """Find source columns by any spelling of their name."""

    def __init__(self, header: Iterable[str]) -> None:
        self.names = list(header)
        self._by_key: dict[str, str] = {}
        for name in self.names:
            self._by_key.setdefault(column_key(name), name)

    def find(self, *candidates: str) -> str | None:
        """The first candidate present in the header (actual spelling), else None."""
        for candidate in candidates:
            found = self._by_key.get(column_key(candidate))
            if found is not None:
                return found
        return None

    def has(self, *candidates: str) -> bool:
        return self.find(*candidates) is not None

    def count(self, candidates: Iterable[str]) -> int:
        return sum(1 for c in candidates if column_key(c) in self._by_key)


def plain(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous string array (dictionary and other types cast to string)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if not pa.types.is_string(arr.type):
        arr = arr.cast(pa.string())
    return arr


def role_text(batch: pa.Table, cols: Columns, fields: Mapping[str, Sequence[str]]) -> TextGetter:
    """A getter for one role's cleaned text: the first of its candidate columns present."""

    def text(role: str) -> pa.Array | None:
        found = cols.find(*fields[role])
        return clean_text(batch.column(found)) if found else None

    return text


def clean_text(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Dictionary-encoded text, trimmed, with empty cells and null tokens as null.

    The cleaning runs on the distinct values only; the result is already in the canonical
    dictionary form, so passing it through costs nothing more. String kernels that do not
    take dictionaries (``utf8_lower``, ``extract_regex``...) need :func:`plain` first.
    """
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if not pa.types.is_dictionary(arr.type) and not pa.types.is_string(arr.type):
        arr = arr.cast(pa.string())
    encoded_here = not pa.types.is_dictionary(arr.type)
    enc = (single_valued(arr) or pc.dictionary_encode(arr)) if encoded_here else arr
    dictionary = enc.dictionary.cast(pa.string())
    values = pc.utf8_trim_whitespace(dictionary)
    is_null = pc.fill_null(pc.is_in(values, value_set=_NULL_SET), True)
    if (
        values.equals(dictionary)
        and enc.indices.type == pa.int32()
        and (encoded_here or pc.count_distinct(values).as_py() == len(values))
    ):  # nothing to trim (the usual case): at most the null tokens leave the dictionary
        if not pc.any(is_null).as_py():
            return pa.DictionaryArray.from_arrays(enc.indices, dictionary)
        keep = pc.invert(is_null)
        renumbered = pc.subtract(pc.cumulative_sum(keep.cast(pa.int32())), 1).cast(pa.int32())
        renumbered = pc.if_else(keep, renumbered, pa.scalar(None, pa.int32()))
        return pa.DictionaryArray.from_arrays(renumbered.take(enc.indices), dictionary.filter(keep))
    values = pc.if_else(is_null, pa.scalar(None, pa.string()), values)
    distinct = pc.dictionary_encode(values)
    indices = distinct.indices.take(enc.indices)
    return pa.DictionaryArray.from_arrays(indices, distinct.dictionary)


def null_if_empty(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Trimmed plain text with empty cells and null tokens (``NULL``, ``None``...) as null."""
    return plain(clean_text(arr))


def dict_text(arr: pa.Array) -> pa.Array:
    """Canonical dictionary-encoded string column (empty -> null)."""
    return null_if_empty(arr).dictionary_encode().cast(STRING_TYPE)


def constant(value: str | None, n: int) -> pa.Array:
    """A string column with one value (cheap: a one-entry dictionary)."""
    if value is None:
        return pa.nulls(n, STRING_TYPE)
    return pa.DictionaryArray.from_arrays(zero_indices(n), pa.array([value], pa.string()))


def coalesce_text(*arrays: pa.Array | None) -> pa.Array | None:
    """First non-empty value per row across several text columns (dictionary-encoded)."""
    present = [clean_text(a) for a in arrays if a is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else pc.coalesce(*present)


def map_values(arr: pa.Array, mapping: Mapping[str, str | None], default: str | None) -> pa.Array:
    """Map each distinct value through ``mapping`` (unknown -> ``default``; null stays null)."""
    text = null_if_empty(arr)
    distinct = [v for v in pc.unique(text).to_pylist() if v is not None]
    keys = pa.array(distinct, pa.string())
    targets = pa.array([mapping.get(v, default) for v in distinct], pa.string())
    return targets.take(pc.index_in(text, value_set=keys))


@dataclass
class RowIssues:
    """Rows to leave out of a batch, with the first reason per row for the report."""

    n: int
    first_row: int
    masks: list[tuple[pa.Array, str, str]] = field(default_factory=list)

    def add(self, mask: pa.Array, column: str, reason: str) -> None:
        mask = pc.fill_null(mask, False)
        if pc.any(mask).as_py():
            self.masks.append((mask, column, reason))

    def keep_mask(self, ctx: NormaliseContext) -> pa.Array | None:
        """Report each bad row once and return the rows to keep (None = keep all)."""
        if not self.masks:
            return None
        seen: set[int] = set()
        for mask, column, reason in self.masks:
            for i in pc.indices_nonzero(mask).to_pylist():
                if i not in seen:
                    seen.add(i)
                    ctx.reject(self.first_row + int(i), column, reason)
        bad = self.masks[0][0]
        for mask, _, _ in self.masks[1:]:
            bad = pc.or_(bad, mask)
        return pc.invert(bad)


def money(
    batch: pa.Table,
    column: str | None,
    ctx: NormaliseContext,
    issues: RowIssues,
    *,
    null_as_zero: bool = True,
) -> pa.Array | None:
    """Parse a money column to int64 nano-units; unreadable cells reject their row."""
    if column is None:
        return None
    parsed = parse_money(batch.column(column), decimal_comma=ctx.dialect.decimal_comma)
    issues.add(parsed.invalid, column, "not a number")
    values = parsed.values
    return pc.fill_null(values, 0) if null_as_zero else values


def money_where(
    batch: pa.Table,
    column: str | None,
    rows: pa.Array,
    ctx: NormaliseContext,
    issues: RowIssues,
) -> pa.Array | None:
    """Like :func:`money`, but only the ``rows`` (bool mask) are parsed; others are 0.

    For columns only a few line item types read (e.g. AWS reservation columns): parsing
    costs time per cell, so the rest of the column is never looked at.
    """
    if column is None:
        return None
    n = batch.num_rows
    zeros = pa.array(np.zeros(n, dtype=np.int64))
    if not pc.any(rows).as_py():
        return zeros
    idx = pc.indices_nonzero(rows)
    parsed = parse_money(batch.column(column).take(idx), decimal_comma=ctx.dialect.decimal_comma)
    invalid = pc.replace_with_mask(pa.array(np.zeros(n, dtype=bool)), rows, parsed.invalid)
    issues.add(invalid, column, "not a number")
    return pc.replace_with_mask(zeros, rows, pc.fill_null(parsed.values, 0))


def quantity(batch: pa.Table, column: str | None, ctx: NormaliseContext) -> pa.Array | None:
    """A quantity column as float64 (quantities are not money; unreadable cells -> null)."""
    if column is None:
        return None
    raw = plain(batch.column(column))
    if not ctx.dialect.decimal_comma:
        try:  # fast path: plain numbers and empty cells
            return pc.cast(
                pc.if_else(pc.equal(raw, ""), pa.scalar(None, pa.string()), raw), pa.float64()
            )
        except pa.ArrowInvalid:
            pass
    parsed = parse_money(raw, decimal_comma=ctx.dialect.decimal_comma)
    return pc.divide(parsed.values.cast(pa.float64()), 1e9)


def per_distinct_timestamp(fn: Callable[[pa.Array], pa.Array], ts: pa.Array) -> pa.Array:
    """Apply ``fn`` to the distinct timestamps only (a file has few) and map back."""
    if isinstance(ts, pa.ChunkedArray):
        ts = ts.combine_chunks()
    distinct = pc.unique(ts)
    return fn(distinct).take(pc.index_in(ts, value_set=distinct))


def billing_period(
    start: pa.Array | None, end: pa.Array | None, charge_start: pa.Array
) -> tuple[pa.Array, pa.Array]:
    """BillingPeriodStart/End from the file's columns, else the UTC month of the charge."""

    def fill(given: pa.Array | None, fn: Callable[[pa.Array], pa.Array]) -> pa.Array:
        if given is not None and given.null_count == 0:
            return given
        derived = per_distinct_timestamp(fn, charge_start)
        return derived if given is None else pc.coalesce(given, derived)

    return fill(start, month_start), fill(end, next_month_start)


def ensure_date_order(ctx: NormaliseContext, batch: pa.Table, columns: Sequence[str]) -> None:
    """Decide the day/month order from the first batch and check it on every later one."""
    values: set[str] = set()
    for name in columns:
        values.update(v for v in pc.unique(plain(batch.column(name))).to_pylist() if v)
    settle_date_order(ctx, values, column=", ".join(columns))


def timestamps(
    batch: pa.Table,
    column: str | None,
    ctx: NormaliseContext,
    issues: RowIssues | None,
) -> pa.Array | None:
    """Parse a date/time column to UTC ms; invalid cells reject their row when ``issues``."""
    if column is None:
        return None
    values, invalid = parse_timestamps(batch.column(column), ctx.date_order, column=column)
    if issues is not None:
        issues.add(invalid, column, "not a date/time")
    return values.cast(TIMESTAMP_TYPE)


def finish(columns: dict[str, pa.Array], keep: pa.Array | None) -> pa.Table:
    """Canonical table from the built columns, without rejected rows."""
    table = pa.table(columns)
    if keep is not None:
        table = table.filter(keep)
    return conform(table)


def row_numbers(first_row: int, n: int) -> pa.Array:
    return pa.array(np.arange(first_row, first_row + n, dtype=np.int64))


def fill_currency(
    currency: pa.Array | None, ctx: NormaliseContext, issues: RowIssues, column: str
) -> pa.Array:
    """Billing currency per row; empty cells take the file's single currency when unambiguous.

    The file's currency is the one seen in earlier batches (``ctx.facts["currencies"]``)
    or, in this batch, the only one present. With several currencies (or none at all), rows
    without a currency are rejected: guessing would put money in the wrong currency. A file
    without any currency column is rejected row by row unless the user stated its currency
    (``ctx.facts["currency"]``, set by the caller).
    """
    n = issues.n
    if currency is None:
        known = ctx.facts.get("currency")
        if known:
            return constant(known, n)
        ctx.warn(f"no {column} column: costs cannot be given a currency")
        issues.add(pa.array([True] * n), column, f"no billing currency (the file has no {column})")
        return pa.nulls(n, STRING_TYPE)
    coded = clean_text(currency)
    if coded.null_count == 0:  # the usual case: every row has its currency, no re-encoding
        seen = set(used_values(coded))
        if ctx.facts.get("currencies"):
            seen.update(ctx.facts["currencies"].split(","))
        ctx.facts["currencies"] = ",".join(sorted(seen))
        return coded
    text = plain(coded)
    seen = {v for v in pc.unique(text).to_pylist() if v is not None}
    if not seen and ctx.facts.get("currency"):
        seen = {ctx.facts["currency"]}
    if ctx.facts.get("currencies"):
        seen.update(ctx.facts["currencies"].split(","))
    ctx.facts["currencies"] = ",".join(sorted(seen))
    missing = pc.is_null(text)
    n_missing = int(pc.sum(missing).as_py() or 0)
    if n_missing:
        if len(seen) == 1:
            only = next(iter(seen))
            text = pc.fill_null(text, only)
            ctx.warn(f"{column} is empty on some rows; used the file's only currency {only}")
        else:
            detail = (
                f"several in the file: {', '.join(sorted(seen))}" if seen else "none in the file"
            )
            issues.add(missing, column, f"no billing currency ({detail})")
    return text.dictionary_encode().cast(STRING_TYPE)
