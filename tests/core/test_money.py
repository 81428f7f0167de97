"""Exact money parsing: the Arrow decimal fast path and the general path agree with Decimal."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.money import (
    _exact_decimal_cast,
    decimal_to_nano,
    nano_to_str,
    normalise_decimal_text,
    parse_money,
)

NULL_TOKENS = ("", "NULL", "null", "None", "NaN", "nan")


def reference(text: str | None) -> tuple[int | None, bool]:
    """(nano value, invalid) computed with Decimal only: the meaning parse_money must have."""
    if text is None or text.strip() in NULL_TOKENS:
        return None, False
    try:
        dec = Decimal(text.strip())
        if not dec.is_finite():
            return None, True
        nano = decimal_to_nano(dec)
    except InvalidOperation:
        return None, True
    if abs(nano) >= 2**63:
        return None, True
    return nano, False


def _plain_text(sign: str, int_digits: str, frac_digits: str, style: int) -> str:
    if style == 0:
        return f"{sign}{int_digits or '0'}.{frac_digits}" if frac_digits else sign + int_digits
    if style == 1:  # ".5", "5."
        return f"{sign}.{frac_digits or '0'}" if not int_digits else f"{sign}{int_digits}."
    return f"{sign}{int_digits or '0'}.{frac_digits}E{len(frac_digits) % 5 - 2}"  # E-notation


digits = st.text(alphabet="0123456789", max_size=12)
money_text = st.builds(
    _plain_text,
    st.sampled_from(["", "-", "+"]),
    digits,
    st.text(alphabet="0123456789", max_size=20),
    st.integers(0, 2),
).filter(lambda t: any(c.isdigit() for c in t))
billing_like = st.builds(
    lambda sign, whole, frac, places: f"{sign}{whole}.{frac:0{places}d}",
    st.sampled_from(["", "-"]),
    st.integers(0, 9_000_000),
    st.integers(0, 10**10 - 1),
    st.just(10),
)
junk = st.sampled_from(["abc", "1.2.3", "--1", "1e", "Infinity", "1_000", " 12 ", "NULL", ""])


def _check(texts: list[str | None]) -> None:
    parsed = parse_money(pa.array(texts, pa.string()))
    expected = [reference(t) for t in texts]
    assert parsed.values.to_pylist() == [v for v, _ in expected]
    assert parsed.invalid.to_pylist() == [bad for _, bad in expected]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(money_text, billing_like, st.none()), min_size=1, max_size=40))
def test_parse_money_equals_decimal_reference(texts: list[str | None]) -> None:
    _check(texts)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(money_text, junk, st.none()), min_size=1, max_size=30))
def test_parse_money_with_junk_equals_decimal_reference(texts: list[str | None]) -> None:
    _check(texts)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(money_text, billing_like), min_size=1, max_size=40))
def test_fast_path_is_exact_or_declines(texts: list[str]) -> None:
    clean = normalise_decimal_text(pa.array(texts, pa.string()))
    fast = _exact_decimal_cast(clean)
    if fast is not None:
        assert fast.to_pylist() == [reference(t)[0] for t in texts]


@settings(max_examples=100, deadline=None)
@given(st.lists(billing_like, min_size=1, max_size=40))
def test_fast_path_takes_billing_export_values(texts: list[str]) -> None:
    """CUR-style costs (10 decimals) are what the fast path is for: it must not decline."""
    fast = _exact_decimal_cast(normalise_decimal_text(pa.array(texts, pa.string())))
    assert fast is not None
    assert fast.to_pylist() == [reference(t)[0] for t in texts]


@pytest.mark.parametrize(
    ("text", "nano"),
    [
        ("0.0000000005", 1),
        ("-0.0000000005", -1),
        ("0.00000000049", 0),
        ("1.5E-7", 150),
        ("9000000000", 9_000_000_000_000_000_000),
        ("9223372036.854775807", 2**63 - 1),
    ],
)
def test_rounding_and_limits(text: str, nano: int) -> None:
    parsed = parse_money(pa.array([text, None]))
    assert parsed.values.to_pylist() == [nano, None]
    assert parsed.invalid.to_pylist() == [False, False]


def test_too_big_and_long_integers_are_invalid_not_errors() -> None:
    parsed = parse_money(pa.array(["9223372036.854775808", "12345678901234567890", "1"]))
    assert parsed.values.to_pylist() == [None, None, 1_000_000_000]
    assert parsed.invalid.to_pylist() == [True, True, False]


def test_sliced_and_chunked_input() -> None:
    texts = pa.array(["x", "1.25", None, "-2.5000000005"]).slice(1)
    assert parse_money(texts).values.to_pylist() == [1_250_000_000, None, -2_500_000_001]
    chunked = pa.chunked_array([pa.array(["1"]), pa.array(["", "2.5"])])
    assert parse_money(chunked).values.to_pylist() == [1_000_000_000, None, 2_500_000_000]


def test_decimal_comma_uses_the_same_paths() -> None:
    parsed = parse_money(pa.array(["1.234,56", "-0,5", ""]), decimal_comma=True)
    assert parsed.values.to_pylist() == [1_234_560_000_000, -500_000_000, None]
    assert nano_to_str(1_234_560_000_000) == "1234.56"


small_and_large = st.builds(
    lambda sign, whole, frac: f"{sign}{whole}.{frac:010d}",
    st.sampled_from(["", "-"]),
    st.one_of(st.integers(0, 9), st.integers(9, 9_223_372_036)),
    st.integers(0, 10**10 - 1),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(small_and_large, st.none()), min_size=1, max_size=40))
def test_fast_path_mixes_int64_and_decimal_rounding_rows(texts: list[str | None]) -> None:
    """Amounts below 9.22 round in int64, larger ones with Arrow's decimal round; nulls stay
    null wherever they fall (the two results are scattered back together)."""
    fast = _exact_decimal_cast(normalise_decimal_text(pa.array(texts, pa.string())))
    expected = [reference(t)[0] for t in texts]
    if fast is None:
        assert any(t is not None and reference(t)[1] for t in texts)
    else:
        assert fast.to_pylist() == expected


@pytest.mark.parametrize(
    "text",
    ["9.223372036854775808", "9.223372036854775807", "-9.223372036854775808", "-9.2233720365"],
)
def test_fast_path_at_the_int64_unscaled_boundary(text: str) -> None:
    fast = _exact_decimal_cast(normalise_decimal_text(pa.array([text, None, "0.0000000005"])))
    assert fast is not None
    assert fast.to_pylist() == [reference(text)[0], None, 1]
