"""Locale formatting shared by the GUI, the CLI and the report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from workbench.core import formatting as fmt


@pytest.mark.parametrize(
    ("amount", "lang", "expected"),
    [
        (Decimal("1234.56"), "nl", "€ 1.234,56"),
        (Decimal("1234.56"), "en", "€1,234.56"),
        (Decimal("-1234.56"), "nl", "€ -1.234,56"),
        (Decimal("-1234.56"), "en", "-€1,234.56"),
        (Decimal("0.005"), "en", "€0.01"),
        (Decimal("-0.004"), "nl", "€ 0,00"),
        (Decimal("1234567.891"), "nl", "€ 1.234.567,89"),
        (0, "en", "€0.00"),
        (12.5, "nl", "€ 12,50"),
    ],
)
def test_money_eur(amount: Decimal | int | float, lang: str, expected: str) -> None:
    assert fmt.format_money(amount, "EUR", lang) == expected


def test_money_other_currencies() -> None:
    assert fmt.format_money(Decimal("1234.5"), "USD", "en") == "$1,234.50"
    assert fmt.format_money(Decimal("1234.5"), "USD", "nl") == "$ 1.234,50"
    assert fmt.format_money(Decimal("1234.5"), "CHF", "en") == "CHF 1,234.50"
    assert fmt.format_money(Decimal("1234.5"), "chf", "nl") == "CHF 1.234,50"


def test_money_from_nano_is_exact() -> None:
    nano = 123_456_789_005_000_000  # 123,456,789.005 -> rounds half up
    assert fmt.format_money_nano(nano, "EUR", "nl") == "€ 123.456.789,01"
    assert fmt.format_money_nano(-1, "EUR", "en") == "€0.00"


def test_numbers_and_percentages() -> None:
    assert fmt.format_number(1234567, "nl") == "1.234.567"
    assert fmt.format_number(1234567, "en") == "1,234,567"
    assert fmt.format_number(Decimal("999.5"), "en") == "1,000"
    assert fmt.format_number(12, "en", decimals=2) == "12.00"
    assert fmt.format_percent(0.125, "nl") == "12,5%"
    assert fmt.format_percent(Decimal("0.125"), "en") == "12.5%"


def test_abbreviations() -> None:
    assert fmt.abbreviate(1_200_000, "en") == "1.2M"
    assert fmt.abbreviate(1_200_000, "nl") == "1,2 mln"
    assert fmt.abbreviate(350_000, "en") == "350k"
    assert fmt.abbreviate(350_000, "nl") == "350 k"
    assert fmt.abbreviate(2_000_000_000, "nl") == "2 mld"
    assert fmt.abbreviate(999, "en") == "999"
    assert fmt.abbreviate_money(1_500_000, "EUR", "nl") == "€ 1,5 mln"
    assert fmt.abbreviate_money(1_500_000, "EUR", "en") == "€1.5M"
    # Negative axis labels follow format_money's sign rule in both languages.
    assert fmt.abbreviate_money(-1_500_000, "EUR", "nl") == "€ -1,5 mln"
    assert fmt.abbreviate_money(-1_500_000, "EUR", "en") == "-€1.5M"
    assert fmt.abbreviate_money_nano(12_000 * 10**9, "USD", "en") == "$12k"


def test_months_and_engagement_dates() -> None:
    nov = dt.date(2025, 11, 3)
    assert fmt.month_name(dt.date(2026, 3, 1), "nl") == "mrt"
    assert fmt.format_month_short(nov, "nl") == "nov '25"
    assert fmt.format_month_short(nov, "en") == "Nov '25"
    assert fmt.format_month_range(nov, dt.date(2026, 10, 31), "nl") == "nov 2025 – okt 2026"
    assert fmt.format_month_range(nov, dt.date(2025, 11, 30), "en") == "Nov 2025"
    assert fmt.parse_date("2026-03") == dt.date(2026, 3, 1)
    assert fmt.parse_date("2026-03-04T10:00:00") == dt.date(2026, 3, 4)
    assert fmt.parse_date(dt.datetime(2026, 3, 4, 9)) == dt.date(2026, 3, 4)
    assert fmt.parse_date("2026-13") is None
    assert fmt.parse_date(None) is None


def test_dates() -> None:
    day = dt.date(2026, 11, 27)
    assert fmt.format_date(day, "nl") == "27-11-2026"
    assert fmt.format_date(day, "en") == "27 Nov 2026"
    assert fmt.format_date(dt.date(2026, 3, 1), "en") == "1 Mar 2026"
    assert fmt.format_month(day, "nl") == "nov 2026"
    assert fmt.format_month(dt.date(2026, 3, 1), "nl") == "mrt 2026"
    assert fmt.format_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "nl") == (
        "01-03-2026 – 31-03-2026"
    )


def test_language_normalisation() -> None:
    assert fmt.normalise_language("nl_NL") == "nl"
    assert fmt.normalise_language("Dutch") == "nl"
    assert fmt.normalise_language(None) == "en"
    assert fmt.normalise_language("en_GB") == "en"


def test_day_on_a_time_axis() -> None:
    import datetime as dt

    from workbench.core.formatting import format_day_short

    assert format_day_short(dt.date(2026, 11, 5), "nl") == "05-11"
    assert format_day_short(dt.date(2026, 11, 5), "en") == "5 Nov"
