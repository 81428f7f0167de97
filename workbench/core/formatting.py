"""Locale formatting of money, numbers, percentages and dates for NL and EN.

Qt-free so the GUI, the CLI and the PDF report show figures the same way:

- Dutch: ``€ 1.234,56``, ``1.234.567``, ``12,5%``, ``27-11-2026``, axes ``1,2 mln``;
- English: ``€1,234.56``, ``1,234,567``, ``12.5%``, ``27 Nov 2026``, axes ``1.2M``.

Money is formatted from exact values (Decimal or int64 nano-units), never via float, and
always in the billing currency it was given: nothing here converts currencies.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal

Language = Literal["nl", "en"]

NANO_DIGITS: Final = 9
_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_MONTHS_EN: Final = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
_MONTHS_NL: Final = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
]
#: (threshold, English suffix, Dutch suffix) for abbreviated axis labels.
_SCALES: Final = (
    (Decimal(10) ** 12, "T", " bln"),
    (Decimal(10) ** 9, "B", " mld"),
    (Decimal(10) ** 6, "M", " mln"),
    (Decimal(10) ** 3, "k", " k"),
)


def normalise_language(lang: str | None) -> Language:
    """``"nl"``/``"nl_NL"``/``"Dutch"`` -> ``"nl"``; anything else -> ``"en"``."""
    return "nl" if (lang or "").lower().startswith(("nl", "dutch")) else "en"


def _separators(lang: Language) -> tuple[str, str]:
    """(thousands separator, decimal separator)."""
    return (".", ",") if lang == "nl" else (",", ".")


def _to_decimal(value: Decimal | int | float) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(value))


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def _unsigned(value: Decimal, decimals: int, lang: Language) -> str:
    """Absolute value, rounded half away from zero, with locale separators."""
    thousands, point = _separators(lang)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = abs(value).quantize(quantum, rounding=ROUND_HALF_UP)
    text = format(rounded, "f")
    int_part, _, frac = text.partition(".")
    grouped = _group(int_part, thousands)
    return f"{grouped}{point}{frac}" if decimals > 0 else grouped


def _is_negative(value: Decimal, decimals: int) -> bool:
    quantum = Decimal(1).scaleb(-decimals)
    return value.quantize(quantum, rounding=ROUND_HALF_UP) < 0


def format_number(value: Decimal | int | float, lang: str = "en", decimals: int = 0) -> str:
    """A plain number with thousands separators: ``1.234.567`` / ``1,234,567``."""
    language = normalise_language(lang)
    dec = _to_decimal(value)
    sign = "-" if _is_negative(dec, decimals) else ""
    return sign + _unsigned(dec, decimals, language)


def currency_symbol(currency: str) -> str:
    return _SYMBOLS.get(currency.upper(), currency.upper())


def format_money(
    amount: Decimal | int | float, currency: str, lang: str = "en", decimals: int = 2
) -> str:
    """Money in its own currency: ``€ 1.234,56`` / ``€ -1.234,56`` (NL), ``€1,234.56`` /
    ``-€1,234.56`` (EN). Codes without a symbol are written out: ``CHF 1,234.56``."""
    language = normalise_language(lang)
    dec = _to_decimal(amount)
    symbol = currency_symbol(currency)
    number = _unsigned(dec, decimals, language)
    negative = _is_negative(dec, decimals)
    if language == "nl":
        return f"{symbol} -{number}" if negative else f"{symbol} {number}"
    spacer = "" if symbol in _SYMBOLS.values() else " "
    return f"-{symbol}{spacer}{number}" if negative else f"{symbol}{spacer}{number}"


def format_money_nano(nano: int, currency: str, lang: str = "en", decimals: int = 2) -> str:
    """Money from exact int64 nano-units (the canonical table's cost columns)."""
    return format_money(Decimal(nano).scaleb(-NANO_DIGITS), currency, lang, decimals)


def format_percent(fraction: Decimal | float, lang: str = "en", decimals: int = 1) -> str:
    """A fraction as a percentage: 0.125 -> ``12,5%`` / ``12.5%``."""
    return format_number(_to_decimal(fraction) * 100, lang, decimals) + "%"


def abbreviate(value: Decimal | int | float, lang: str = "en", decimals: int = 1) -> str:
    """Short axis label: ``1.2M``, ``350k`` (EN); ``1,2 mln``, ``350 k`` (NL)."""
    language = normalise_language(lang)
    dec = _to_decimal(value)
    for threshold, suffix_en, suffix_nl in _SCALES:
        if abs(dec) >= threshold:
            scaled = dec / threshold
            text = format_number(scaled, language, decimals)
            _, point = _separators(language)
            if point in text:
                text = text.rstrip("0").rstrip(point)
            return text + (suffix_nl if language == "nl" else suffix_en)
    return format_number(dec, language, 0)


def abbreviate_money(amount: Decimal | int | float, currency: str, lang: str = "en") -> str:
    """Abbreviated money for chart axes: ``€ 1,2 mln`` / ``€1.2M``."""
    language = normalise_language(lang)
    symbol = currency_symbol(currency)
    text = abbreviate(amount, language)
    if language == "nl":
        # Same sign rule as format_money: "€ -1,2 mln", like "€ -1.234,56".
        return f"{symbol} {text}"
    # Same sign rule as format_money: "-€1.2M", like "-€1,234.56".
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    return f"{sign}{symbol}{'' if symbol in _SYMBOLS.values() else ' '}{text}"


def abbreviate_money_nano(nano: int, currency: str, lang: str = "en") -> str:
    """Abbreviated money from int64 nano-units, for bar labels: ``€ 1,2 mln`` / ``€1.2M``."""
    return abbreviate_money(Decimal(nano).scaleb(-NANO_DIGITS), currency, lang)


def format_date(day: dt.date, lang: str = "en") -> str:
    """``27-11-2026`` (NL) / ``27 Nov 2026`` (EN)."""
    if normalise_language(lang) == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year:04d}"


def format_day_short(day: dt.date, lang: str = "en") -> str:
    """A day on a time axis, without the year: ``05-11`` (NL) / ``5 Nov`` (EN)."""
    if normalise_language(lang) == "nl":
        return f"{day.day:02d}-{day.month:02d}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]}"


def month_name(day: dt.date, lang: str = "en") -> str:
    """The month's short name: ``mrt`` (NL) / ``Mar`` (EN)."""
    months = _MONTHS_NL if normalise_language(lang) == "nl" else _MONTHS_EN
    return months[day.month - 1]


def format_month(day: dt.date, lang: str = "en") -> str:
    """``nov 2026`` (NL) / ``Nov 2026`` (EN)."""
    return f"{month_name(day, lang)} {day.year:04d}"


def format_month_short(day: dt.date, lang: str = "en") -> str:
    """A month on a time axis: ``nov '25`` (NL) / ``Nov '25`` (EN)."""
    return f"{month_name(day, lang)} '{day.year % 100:02d}"


def format_month_range(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """A range of months: ``nov 2025 – okt 2026``; one month when both fall in it."""
    if (start.year, start.month) == (end.year, end.month):
        return format_month(start, lang)
    return f"{format_month(start, lang)} – {format_month(end, lang)}"


def format_period(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """An inclusive date range: ``01-03-2026 – 31-03-2026`` / ``1 Mar 2026 – 31 Mar 2026``."""
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def parse_date(value: object) -> dt.date | None:
    """An ISO date, ISO timestamp or ``YYYY-MM`` month as stored in an engagement section;
    None when absent or invalid (engagement files are user data, so never raise)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 7:
        return None
    try:
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-01")
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
