"""Exact money: integer nano-units, parsed from decimal text without passing through float.

Billing exports carry long decimal strings ("0.0000012345678", "1.234,56" in Dutch Excel,
"1.5E-7"). Floats would lose cents over millions of rows, so every money column is parsed
straight from text into int64 nano-units (10**-9 of the billing currency) and summed exactly.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import NANO

NANO_DIGITS: Final = 9
_MAX_INT_PART: Final = 9_000_000_000  # keeps value * 10**9 inside int64
_PLAIN_DECIMAL: Final = r"^[+-]?(\d+\.?\d*|\.\d+)$"
_PARTS: Final = r"^(?P<sign>[+-]?)(?P<int>\d*)\.?(?P<frac>\d*)$"


def nano_to_decimal(nano: int) -> Decimal:
    """Exact decimal value of an amount in nano-units."""
    return Decimal(nano).scaleb(-NANO_DIGITS)


def nano_to_str(nano: int) -> str:
    """Exact decimal string without exponent and without trailing zeros ("12.5", "0")."""
    text = format(nano_to_decimal(nano), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def decimal_to_nano(value: Decimal | str | int) -> int:
    """Round a decimal to nano-units, half away from zero (as invoices round)."""
    dec = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    return int(dec.scaleb(NANO_DIGITS).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_float(nano: int | float) -> float:
    """For charts and ratios only; never for sums that are compared with a source."""
    return float(nano) / NANO


class MoneyParseResult:
    """Nano-unit values plus the positions of cells that were not valid numbers."""

    __slots__ = ("values", "invalid")

    def __init__(self, values: pa.Int64Array, invalid: pa.BooleanArray) -> None:
        self.values = values
        self.invalid = invalid

    def invalid_positions(self) -> list[int]:
        return [int(i) for i in pc.indices_nonzero(self.invalid).to_pylist()]


def normalise_decimal_text(text: pa.Array, *, decimal_comma: bool = False) -> pa.Array:
    """Strip spaces, currency-free thousands separators, and turn a decimal comma into a dot."""
    text = pc.utf8_trim_whitespace(text.cast(pa.string()))
    if decimal_comma:
        text = pc.replace_substring(text, ".", "")
        text = pc.replace_substring(text, ",", ".")
    return text


def parse_money(
    text: pa.Array | pa.ChunkedArray,
    *,
    decimal_comma: bool = False,
    null_tokens: tuple[str, ...] = ("", "NULL", "null", "None", "NaN", "nan"),
) -> MoneyParseResult:
    """Parse decimal text to int64 nano-units; nulls and null tokens become null.

    Vectorised with Arrow compute for the common plain-decimal form; the rare E-notation
    cells go through :class:`~decimal.Decimal` one by one.
    """
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    if pa.types.is_dictionary(text.type):
        text = text.cast(pa.string())
    if pa.types.is_integer(text.type):
        ints = text.cast(pa.int64())
        return MoneyParseResult(
            pc.multiply_checked(ints, NANO), pc.is_nan(pc.cast(ints, pa.float64()))
        )
    if pa.types.is_floating(text.type) or pa.types.is_decimal(text.type):
        # Parquet doubles: repr() gives the shortest text that round-trips, which is what
        # the exporter meant (0.1 stays 0.1), so go through that text.
        text = pa.array(
            [
                None if v is None else repr(v) if isinstance(v, float) else str(v)
                for v in text.to_pylist()
            ],
            type=pa.string(),
        )
    clean = normalise_decimal_text(text, decimal_comma=decimal_comma)
    is_null_token = pc.or_kleene(pc.is_null(clean), pc.is_in(clean, pa.array(null_tokens)))
    clean = pc.if_else(is_null_token, pa.scalar(None, pa.string()), clean)
    fast = _exact_decimal_cast(clean)
    if fast is not None:
        return MoneyParseResult(fast, pa.array(np.zeros(len(clean), dtype=bool)))
    plain = pc.match_substring_regex(clean, _PLAIN_DECIMAL)
    parts = pc.extract_regex(pc.if_else(plain, clean, pa.scalar("0")), _PARTS)
    sign = pc.struct_field(parts, "sign")
    int_text = pc.struct_field(parts, "int")
    frac_text = pc.struct_field(parts, "frac")
    int_text = pc.if_else(pc.equal(int_text, ""), "0", int_text)
    # More than 10 significant integer digits would not even cast to int64: too big anyway.
    too_long = pc.greater(pc.utf8_length(pc.utf8_ltrim(int_text, characters="0")), 10)
    int_text = pc.if_else(too_long, "0", int_text)
    int_part = (
        pc.cast(int_text, pa.int64(), safe=False) if len(int_text) else pa.array([], pa.int64())
    )
    too_big = pc.or_(pc.greater(int_part, _MAX_INT_PART), too_long)
    frac_padded = pc.utf8_rpad(frac_text, width=NANO_DIGITS + 1, padding="0")
    frac_nano = pc.cast(pc.utf8_slice_codeunits(frac_padded, 0, NANO_DIGITS), pa.int64())
    round_digit = pc.cast(
        pc.utf8_slice_codeunits(frac_padded, NANO_DIGITS, NANO_DIGITS + 1), pa.int64()
    )
    magnitude = pc.add(pc.multiply(int_part, NANO), frac_nano)
    magnitude = pc.add(magnitude, pc.cast(pc.greater_equal(round_digit, 5), pa.int64()))
    values = pc.if_else(pc.equal(sign, "-"), pc.negate(magnitude), magnitude)
    values = pc.if_else(
        pc.or_kleene(pc.is_null(clean), pc.invert(plain)), pa.scalar(None, pa.int64()), values
    )
    invalid = pc.and_(pc.invert(pc.fill_null(plain, True)), pc.invert(pc.is_null(clean)))
    invalid = pc.fill_null(invalid, False)
    if pc.any(too_big).as_py() or pc.any(invalid).as_py():
        values, invalid = _slow_path(clean, values, pc.or_(invalid, pc.fill_null(too_big, False)))
    return MoneyParseResult(values, invalid)


#: Wide enough for any exact money text the fast path takes: 20 integer digits, 18 decimals.
_FAST_DECIMAL: Final = pa.decimal128(38, 18)
_NANO_DECIMAL: Final = pa.decimal128(38, NANO_DIGITS)


def _exact_decimal_cast(clean: pa.Array) -> pa.Int64Array | None:
    """Nano-units via Arrow's exact decimal parser, or None when any cell needs the general
    path (not a number, more than 18 decimals, or beyond int64 nano-units).

    Arrow parses the text exactly into decimal128(38, 18) (plain or E-notation). Rounding
    to nano-units, half away from zero as :func:`decimal_to_nano` does, is integer division
    of the unscaled value by 10**9: done in int64 with numpy for every cell whose unscaled
    value fits 64 bits (amounts below 9.22 units of currency: most billing lines), and with
    Arrow's decimal ``round`` for the others only. About 10x faster than the regex path;
    ``tests/core/test_money.py`` checks it against Decimal.
    """
    try:
        scaled = pc.cast(clean, _FAST_DECIMAL)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    n = len(scaled)
    low, high = _decimal_words(scaled)
    small = high == (low >> 63)  # the 128-bit unscaled value is just its low word
    small &= low != np.iinfo(np.int64).min  # abs() below must not overflow
    magnitude = np.abs(low)
    whole, rest = np.divmod(magnitude, _NANO_FACTOR)
    whole += rest >= _NANO_FACTOR // 2
    nano = np.where(low < 0, -whole, whole)
    valid = pc.is_valid(scaled).to_numpy(zero_copy_only=False) if scaled.null_count else None
    large = ~small if valid is None else ~small & valid
    if large.any():
        positions = np.flatnonzero(large)
        try:
            rounded = pc.round(
                scaled.take(pa.array(positions)),
                ndigits=NANO_DIGITS,
                round_mode="half_towards_infinity",
            )
            exact = pc.cast(rounded, _NANO_DECIMAL)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
        exact_low, exact_high = _decimal_words(exact)
        if not (exact_high == (exact_low >> 63)).all():
            return None  # beyond int64 nano-units
        nano[positions] = exact_low
    validity = pc.is_valid(scaled).buffers()[1] if scaled.null_count else None
    data = pa.py_buffer(np.ascontiguousarray(nano, dtype=np.int64))
    return pa.Array.from_buffers(pa.int64(), n, [validity, data], scaled.null_count)


_NANO_FACTOR: Final = 10**NANO_DIGITS


def _decimal_words(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Low and high signed 64-bit words of each decimal128 cell (little-endian layout)."""
    n = len(arr)
    words = np.frombuffer(arr.buffers()[1], dtype=np.int64)
    words = words[2 * arr.offset : 2 * (arr.offset + n)].reshape(n, 2)
    return np.ascontiguousarray(words[:, 0]), np.ascontiguousarray(words[:, 1])


def _number_text(value: object) -> str | None:
    if value is None:
        return None
    return repr(value) if isinstance(value, float) else str(value)


def _slow_path(
    clean: pa.Array, values: pa.Array, suspect: pa.BooleanArray
) -> tuple[pa.Int64Array, pa.BooleanArray]:
    """Decimal fallback for E-notation and very large values; what still fails is invalid.

    Only the suspect cells are touched, and each distinct text is parsed once (exports
    repeat the same "1.5E-7" thousands of times); results are scattered back vectorised.
    """
    suspect = pc.fill_null(suspect, False)
    texts = clean.filter(suspect).to_pylist()
    parsed: dict[str, int | None] = {}
    for text in set(texts):
        try:
            dec = Decimal(text)
            if not dec.is_finite():
                raise InvalidOperation
            nano: int | None = decimal_to_nano(dec)
            if nano is not None and abs(nano) >= 2**63:
                raise InvalidOperation
        except (InvalidOperation, ValueError, TypeError):
            nano = None
        parsed[text] = nano
    replacement = pa.array([parsed[t] for t in texts], type=pa.int64())
    out = pc.replace_with_mask(values.cast(pa.int64()), suspect, replacement)
    bad_cells = pa.array([parsed[t] is None for t in texts], type=pa.bool_())
    bad = pc.replace_with_mask(pa.array([False] * len(values), pa.bool_()), suspect, bad_cells)
    return out, bad


def sum_nano(values: pa.Array | pa.ChunkedArray) -> int:
    """Exact sum of nano-units (Python int, so no int64 overflow on huge totals)."""
    total = 0
    chunks = values.chunks if isinstance(values, pa.ChunkedArray) else [values]
    for chunk in chunks:
        # Per-chunk int64 sums are safe: a chunk never holds 9.2e9 units of currency.
        part = pc.sum(chunk).as_py()
        total += int(part or 0)
    return total
