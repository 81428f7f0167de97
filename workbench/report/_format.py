"""Locale formatting for the report: money, numbers, percentages, dates, axis abbreviations.

The report's own copy until ``workbench.core.formatting`` (the GUI's) exists; the rules
are the ones in docs/ui-and-language.md: € 1.234,56 and 27-11-2026 in Dutch, €1,234.56
and 27 Nov 2026 in English. Money stays in its billing currency; nothing is converted.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from workbench.core.money import nano_to_decimal

_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_MONTHS: Final = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def number(value: Decimal | float | int, lang: str, decimals: int = 0) -> str:
    """1.234,5 (nl) or 1,234.5 (en), rounded half away from zero."""
    dec = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    quantum = Decimal(1).scaleb(-decimals)
    dec = dec.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if dec < 0 else ""
    text = format(abs(dec), "f")
    whole, _, frac = text.partition(".")
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    out = _group(whole, thousands)
    if decimals > 0:
        out += point + frac
    return sign + out


def currency_prefix(currency: str, lang: str) -> str:
    symbol = _SYMBOLS.get(currency.upper())
    if symbol is None:
        return f"{currency.upper()} "
    return f"{symbol} " if lang == "nl" else symbol


def money(nano: int, currency: str, lang: str, decimals: int = 2) -> str:
    """€ 1.234,56 (nl) / €1,234.56 (en); other currencies by code (USD 1,234.56)."""
    dec = nano_to_decimal(nano)
    sign = "-" if dec < 0 else ""
    return f"{sign}{currency_prefix(currency, lang)}{number(abs(dec), lang, decimals)}"


def money_whole(nano: int, currency: str, lang: str) -> str:
    """Money without cents, for tables of large amounts."""
    return money(nano, currency, lang, decimals=0)


def abbreviate(value: float, lang: str) -> str:
    """Axis labels: 950, 12k, 1,2 mln (nl) / 1.2M (en)."""
    magnitude = abs(value)
    if magnitude >= 1_000_000_000:
        scaled, suffix = value / 1_000_000_000, (" mld" if lang == "nl" else "B")
    elif magnitude >= 1_000_000:
        scaled, suffix = value / 1_000_000, (" mln" if lang == "nl" else "M")
    elif magnitude >= 1_000:
        scaled, suffix = value / 1_000, "k"
    else:
        return number(value, lang, 0)
    decimals = 0 if abs(scaled) >= 10 or float(scaled).is_integer() else 1
    return number(scaled, lang, decimals) + suffix


def money_axis(value: float, currency: str, lang: str) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}{currency_prefix(currency, lang)}{abbreviate(abs(value), lang)}"


def money_short(nano: int, currency: str, lang: str) -> str:
    """Abbreviated money for chart labels (€ 1,2 mln / €1.2M)."""
    return money_axis(float(nano_to_decimal(nano)), currency, lang)


def percent(share: float, lang: str, decimals: int = 1) -> str:
    """A 0..1 ratio as 82,5% (nl) / 82.5% (en)."""
    return number(share * 100, lang, decimals) + "%"


def date(value: dt.date, lang: str) -> str:
    if lang == "nl":
        return value.strftime("%d-%m-%Y")
    return f"{value.day} {_MONTHS['en'][value.month - 1]} {value.year}"


def month(value: dt.date, lang: str, *, with_year: bool = True) -> str:
    name = _MONTHS["nl" if lang == "nl" else "en"][value.month - 1]
    return f"{name} {value.year}" if with_year else name


def month_short(value: dt.date, lang: str) -> str:
    """Axis label: "nov '25" / "Nov '25"."""
    return f"{month(value, lang, with_year=False)} '{value.year % 100:02d}"


def period(start: dt.date, end: dt.date, lang: str) -> str:
    """A month range: "nov 2025 – okt 2026"; one month when start and end share it."""
    if (start.year, start.month) == (end.year, end.month):
        return month(start, lang)
    return f"{month(start, lang)} – {month(end, lang)}"


def parse_date(text: object) -> dt.date | None:
    """An ISO date or timestamp from an engagement section; None when absent or invalid."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    if not isinstance(text, str) or len(text) < 7:
        return None
    try:
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01")
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
