"""Dates and timestamps in billing exports, parsed once per distinct value.

Exports write the same instant in many ways (``2024-10-01T00:00:00Z``,
``2024-10-01 00:00:00``, ``2023-11-13T10:00Z``, ``10/01/2024``, ``1-10-2024 00:00``) and a
billing file repeats a few hundred distinct timestamps over millions of rows. So every
column is reduced to its distinct values, those are parsed with vectorised Arrow kernels,
and the result is mapped back with ``take``.

Slash (or dash/dot) dates with the year last are ambiguous: ``03/04/2024``. The order is
decided for the whole file by :func:`detect_date_order` (a first field above 12 can only be
a day), never per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import TIMESTAMP_TYPE
from workbench.core.importing.adapters.distinct import repeated, single_valued
from workbench.core.importing.base import DateOrder, ImportRejected, NormaliseContext

NULL_TOKENS: Final = ("", "NULL", "null", "Null", "None", "NaN", "nan", "NaT", "N/A", "n/a")

_ISO: Final = (
    r"^(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?)?"
    r" ?(?P<tz>Z|UTC|[+-]\d{2}(?::?\d{2})?)?$"
)
_DMY_OR_MDY: Final = (
    r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})"
    r"(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r" ?(?P<ampm>[AaPp][Mm])?)?"
    r" ?(?P<tz>Z|UTC|[+-]\d{2}(?::?\d{2})?)?$"
)
_SCAN_RE: Final = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})[/.-](?:\d{4}|\d{2})\b")
_MS_PER_MINUTE: Final = 60_000
_HOUR_OVERFLOW: Final = re.compile(r"[T ](2[4-9]|[3-9]\d):\d{2}")


@dataclass(frozen=True)
class DateOrderScan:
    """The day/month order of a file and whether the data alone proved it."""

    order: DateOrder
    #: True when slash dates exist but none has a field above 12 (order assumed).
    ambiguous: bool
    #: One example value that proved the order, for the report.
    evidence: str | None = None


def scan_date_order(values: Iterable[str | None], *, column: str = "date") -> DateOrderScan:
    """Decide the day/month order from ALL distinct values of a file's date columns.

    A first field above 12 means day-first, a second field above 12 means month-first.
    Both in one file cannot be right: the file is rejected. No evidence either way means
    month-first (the US default of the big cloud portals) and ``ambiguous=True`` so the
    caller can warn. Dotted dates (``31.12.2024``) default to day-first instead.
    """
    day_first: str | None = None
    month_first: str | None = None
    seen_slash = False
    all_dotted = True
    for value in values:
        if value is None:
            continue
        match = _SCAN_RE.match(value)
        if match is None:
            continue
        seen_slash = True
        all_dotted = all_dotted and match.group(2) == "."
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 and day_first is None:
            day_first = value
        if second > 12 and month_first is None:
            month_first = value
        if day_first is not None and month_first is not None:
            raise ImportRejected(
                f"column {column}: mixed day/month order ({day_first!r} is day-first, "
                f"{month_first!r} is month-first)"
            )
    if not seen_slash:
        return DateOrderScan(DateOrder.ISO, ambiguous=False)
    if day_first is not None:
        return DateOrderScan(DateOrder.DAY_FIRST, ambiguous=False, evidence=day_first)
    if month_first is not None:
        return DateOrderScan(DateOrder.MONTH_FIRST, ambiguous=False, evidence=month_first)
    assumed = DateOrder.DAY_FIRST if all_dotted else DateOrder.MONTH_FIRST
    return DateOrderScan(assumed, ambiguous=True)


def detect_date_order(values: Iterable[str | None], *, column: str = "date") -> DateOrder:
    """The order only; see :func:`scan_date_order` for the ambiguity flag."""
    return scan_date_order(values, column=column).order


class DateOrderRestart(Exception):
    """A later batch proved the other day/month order than the one *assumed* from the first
    batches (which had no field above 12): the caller reads the file again with ``order``.
    Rare by construction, and it keeps the decision a whole-file one without a pre-scan."""

    def __init__(self, order: DateOrder) -> None:
        super().__init__(f"day/month order proven later in the file: {order.value}")
        self.order = order


ORDER_FACT: Final = "date_order"
ASSUMED_FACT: Final = "date_order_assumed"


def _assumed_warning(column: str, order: DateOrder) -> str:
    first = "day" if order is DateOrder.DAY_FIRST else "month"
    return (
        f"the day/month order of {column} could not be proven from the data (no day above "
        f"12 in any date); assumed {first} first"
    )


def settle_date_order(ctx: NormaliseContext, values: Iterable[str | None], *, column: str) -> None:
    """Decide (first batch) or confirm (every later batch) the file's day/month order.

    Every batch's distinct date values are scanned, so the decision rests on the whole file:
    an order *assumed* for want of evidence is confirmed by later evidence (its warning is
    withdrawn) or overturned (:class:`DateOrderRestart`); evidence against an order that was
    already *proven* means mixed orders in one file, which is rejected.
    """
    scan = scan_date_order(values, column=column)
    decided = ctx.facts.get(ORDER_FACT)
    if decided is None or decided == DateOrder.ISO.value:
        if scan.order is DateOrder.ISO and decided is not None:
            return
        ctx.date_order = scan.order
        ctx.facts[ORDER_FACT] = scan.order.value
        if scan.ambiguous:
            ctx.facts[ASSUMED_FACT] = column
            ctx.warn(_assumed_warning(column, scan.order))
        return
    if scan.order is DateOrder.ISO or scan.ambiguous:
        return
    assumed_for = ctx.facts.get(ASSUMED_FACT)
    if scan.order is ctx.date_order:
        if assumed_for is not None:
            del ctx.facts[ASSUMED_FACT]
            warning = _assumed_warning(assumed_for, ctx.date_order)
            ctx.warnings[:] = [w for w in ctx.warnings if w != warning]
        return
    if assumed_for is not None:
        raise DateOrderRestart(scan.order)
    raise ImportRejected(
        f"column {column}: mixed day/month order ({scan.evidence!r} is "
        f"{'day' if scan.order is DateOrder.DAY_FIRST else 'month'}-first, earlier rows are not)"
    )


def distinct_strings(arr: pa.Array | pa.ChunkedArray) -> list[str]:
    """Distinct non-null values of a string (or dictionary) column, for order scanning."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return []
    return [v for v in pc.unique(arr).to_pylist() if v is not None]


def parse_timestamps(
    arr: pa.Array | pa.ChunkedArray, order: DateOrder, *, column: str
) -> tuple[pa.TimestampArray, pa.BooleanArray]:
    """Parse a column to ``timestamp[ms, UTC]``; also return which non-null cells were invalid.

    Null cells and null tokens become null and are not invalid. Values with an offset are
    converted to UTC; values without one are taken as UTC (billing exports are UTC).
    ``column`` names the column in error messages of callers; parsing itself never raises.
    """
    del column  # part of the contract for symmetry with other parsers; messages are the caller's
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if len(arr) == 0:
        return pa.array([], TIMESTAMP_TYPE), pa.array([], pa.bool_())
    kind = arr.type
    if pa.types.is_dictionary(kind):
        values, invalid = _parse_distinct(arr.dictionary.cast(pa.string()), order)
        indices = arr.indices
        return values.take(indices), pc.fill_null(invalid.take(indices), False)
    if pa.types.is_timestamp(kind) or pa.types.is_date(kind):
        return _native_to_utc(arr), pa.array([False] * len(arr), pa.bool_())
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        arr = arr.cast(pa.string())
    one = single_valued(arr)  # billing periods, invoice dates: one value per file
    if one is not None:
        parsed, invalid = _parse_distinct(one.dictionary, order)
        if parsed.null_count == 0 and not invalid[0].as_py():
            ms = parsed.cast(pa.int64())[0].as_py()
            return repeated(ms, len(arr), TIMESTAMP_TYPE), _all_false(len(arr))
    # One hashing pass gives both the distinct values and each row's position among them.
    encoded = one if one is not None else pc.dictionary_encode(arr)
    parsed, invalid = _parse_distinct(encoded.dictionary, order)
    positions = encoded.indices
    return parsed.take(positions), pc.fill_null(invalid.take(positions), False)


def _all_false(n: int) -> pa.BooleanArray:
    return pa.array(np.zeros(n, dtype=bool))


def _native_to_utc(arr: pa.Array) -> pa.TimestampArray:
    if pa.types.is_date(arr.type):
        arr = arr.cast(pa.timestamp("ms"))
    if arr.type.tz is None:
        arr = pc.assume_timezone(arr.cast(pa.timestamp("ms")), "UTC")
    return arr.cast(TIMESTAMP_TYPE)


def _two(text: pa.Array, default: str) -> pa.Array:
    """Zero-pad a 1-2 digit field; a missing (empty or null) field becomes ``default``."""
    text = pc.fill_null(text, default)
    text = pc.if_else(pc.equal(text, ""), default, text)
    return pc.utf8_lpad(text, width=2, padding="0")


def _compose(
    year: pa.Array,
    month: pa.Array,
    day: pa.Array,
    parts: pa.StructArray,
    hour: pa.Array,
) -> pa.Array:
    """Build naive UTC-less timestamps from text fields, then apply fraction and offset.

    Hours 24..99 roll over to the next day(s) (``2023-02-01T30:00:00Z`` is a typo in the
    FOCUS 1.2 spec examples; :func:`hour_overflow_values` lets callers warn about it).
    """
    minute = _two(pc.struct_field(parts, "mi"), "00")
    second = _two(pc.struct_field(parts, "s"), "00")
    text = pc.binary_join_element_wise(
        year, "-", _two(month, "01"), "-", _two(day, "01"), " 00:", minute, ":", second, ""
    )
    naive = pc.strptime(text, format="%Y-%m-%d %H:%M:%S", unit="ms", error_is_null=True)
    hours = pc.cast(hour, pa.int64())
    ms = pc.add(naive.cast(pa.int64()), pc.multiply(hours, 3_600_000))
    fraction = pc.fill_null(pc.struct_field(parts, "f"), "")
    frac_ms = pc.utf8_slice_codeunits(pc.utf8_rpad(fraction, width=3, padding="0"), 0, 3)
    ms = pc.add(ms, pc.cast(frac_ms, pa.int64()))
    tz = pc.fill_null(pc.struct_field(parts, "tz"), "")
    offset_text = pc.replace_substring(tz, ":", "")
    has_offset = pc.match_substring_regex(offset_text, r"^[+-]\d")
    padded = pc.utf8_rpad(pc.if_else(has_offset, offset_text, "+0000"), width=5, padding="0")
    sign = pc.if_else(pc.starts_with(padded, "-"), -1, 1)
    off_h = pc.cast(pc.utf8_slice_codeunits(padded, 1, 3), pa.int64())
    off_m = pc.cast(pc.utf8_slice_codeunits(padded, 3, 5), pa.int64())
    offset_ms = pc.multiply(
        pc.multiply(sign, pc.add(pc.multiply(off_h, 60), off_m)), _MS_PER_MINUTE
    )
    return pc.subtract(ms, offset_ms)


def _parse_distinct(distinct: pa.Array, order: DateOrder) -> tuple[pa.Array, pa.Array]:
    """Parse (few) distinct strings; returns int-ms-based timestamps and an invalid mask."""
    text = pc.utf8_trim_whitespace(distinct)
    is_null = pc.or_kleene(pc.is_null(text), pc.is_in(text, value_set=pa.array(NULL_TOKENS)))
    is_null = pc.fill_null(is_null, True)
    text = pc.if_else(is_null, pa.scalar(None, pa.string()), text)

    iso_match = pc.fill_null(pc.match_substring_regex(text, _ISO), False)
    iso_parts = pc.extract_regex(pc.if_else(iso_match, text, "1970-01-01"), _ISO)
    iso_ms = _compose(
        pc.struct_field(iso_parts, "y"),
        pc.struct_field(iso_parts, "mo"),
        pc.struct_field(iso_parts, "d"),
        iso_parts,
        _two(pc.struct_field(iso_parts, "h"), "00"),
    )

    sl_match = pc.fill_null(pc.match_substring_regex(text, _DMY_OR_MDY), False)
    sl_parts = pc.extract_regex(pc.if_else(sl_match, text, "01/01/1970"), _DMY_OR_MDY)
    first, second = pc.struct_field(sl_parts, "a"), pc.struct_field(sl_parts, "b")
    day_first = order is DateOrder.DAY_FIRST
    month, day = (second, first) if day_first else (first, second)
    hour = pc.cast(_two(pc.struct_field(sl_parts, "h"), "00"), pa.int64())
    ampm = pc.utf8_upper(pc.fill_null(pc.struct_field(sl_parts, "ampm"), ""))
    hour = pc.if_else(pc.and_(pc.equal(ampm, "PM"), pc.less(hour, 12)), pc.add(hour, 12), hour)
    hour = pc.if_else(pc.and_(pc.equal(ampm, "AM"), pc.equal(hour, 12)), 0, hour)
    hour_text = pc.utf8_lpad(pc.cast(hour, pa.string()), width=2, padding="0")
    year = pc.struct_field(sl_parts, "y")
    # Two-digit years ("5/1/25", spreadsheet short dates) are 20YY: billing data is recent.
    year = pc.if_else(
        pc.equal(pc.utf8_length(year), 2), pc.binary_join_element_wise("20", year, ""), year
    )
    sl_ms = _compose(year, month, day, sl_parts, hour_text)

    ms = pc.if_else(iso_match, iso_ms, pc.if_else(sl_match, sl_ms, pa.scalar(None, pa.int64())))
    ms = pc.if_else(is_null, pa.scalar(None, pa.int64()), ms)
    invalid = pc.and_(pc.invert(is_null), pc.is_null(ms))
    return ms.cast(pa.timestamp("ms", tz="UTC")), pc.fill_null(invalid, True)


def hour_overflow_values(arr: pa.Array | pa.ChunkedArray) -> list[str]:
    """Distinct values whose hour is 24 or more (parsed with a roll-over; worth a warning)."""
    return [v for v in distinct_strings(arr) if _HOUR_OVERFLOW.search(v)]


def month_start(ts: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """First instant (UTC) of each timestamp's calendar month."""
    return pc.floor_temporal(ts, unit="month")


def next_month_start(ts: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """First instant (UTC) of the month after each timestamp's month (exclusive period end)."""
    return pc.ceil_temporal(month_start(ts), unit="month", ceil_is_strictly_greater=True)


@dataclass(frozen=True)
class EnumCaseResult:
    """Enum values with case fixed, how many cells were fixed, and unknown values."""

    values: pa.Array
    fixed_count: int
    unknown: tuple[str, ...]
    unknown_mask: pa.BooleanArray


def _enum_key(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.lower())


def enum_case(arr: pa.Array | pa.ChunkedArray, allowed: tuple[str, ...]) -> EnumCaseResult:
    """Map case/punctuation variants to the allowed spelling ("usage" -> "Usage",
    "Usage-based"/"UsageBased" -> "Usage-Based"); values matching nothing are reported
    and kept as they are. Null tokens become null.
    """
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if pa.types.is_dictionary(arr.type):
        arr = arr.cast(pa.string())
    if not pa.types.is_string(arr.type):
        arr = arr.cast(pa.string())
    by_key = {_enum_key(v): v for v in allowed}
    distinct = [v for v in pc.unique(arr).to_pylist() if v is not None]
    mapping: dict[str, str | None] = {}
    unknown: list[str] = []
    for value in distinct:
        stripped = value.strip()
        if stripped in NULL_TOKENS:
            mapping[value] = None
        elif value in allowed:
            mapping[value] = value
        elif _enum_key(stripped) in by_key:
            mapping[value] = by_key[_enum_key(stripped)]
        else:
            mapping[value] = value
            unknown.append(value)
    keys = pa.array(list(mapping), pa.string())
    targets = pa.array(list(mapping.values()), pa.string())
    positions = pc.index_in(arr, value_set=keys)
    fixed = targets.take(positions)
    changed_keys = pa.array(
        [k for k, v in mapping.items() if v is not None and v != k], pa.string()
    )
    fixed_count = int(pc.sum(pc.is_in(arr, value_set=changed_keys)).as_py() or 0)
    unknown_mask = pc.fill_null(pc.is_in(arr, value_set=pa.array(unknown, pa.string())), False)
    return EnumCaseResult(fixed, fixed_count, tuple(sorted(unknown)), unknown_mask)
