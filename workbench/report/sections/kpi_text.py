"""Formatting a registry KPI for the report, in the report's locale."""

from __future__ import annotations

from workbench.core import formatting as fmt
from workbench.core.analysis.kpi_registry import Kpi
from workbench.core.money import decimal_to_nano


def kpi_value_text(kpi: Kpi, lang: str) -> str | None:
    """The KPI's value as the report prints it; None when the KPI has no value."""
    value = kpi.value
    if value is None:
        return None
    if kpi.unit == "money" and kpi.currency:
        return fmt.format_money_nano(decimal_to_nano(str(value)), kpi.currency, lang, 0)
    if isinstance(value, str):
        return value
    if kpi.unit == "ratio":
        return fmt.format_percent(float(value), lang)
    if kpi.unit == "bool":
        yes = value not in (0, 0.0, False)
        return ("ja" if yes else "nee") if lang == "nl" else ("yes" if yes else "no")
    if kpi.unit == "days":
        return fmt.format_number(value, lang, 0) + (" dagen" if lang == "nl" else " days")
    if float(value).is_integer():
        return fmt.format_number(value, lang, 0)
    return fmt.format_number(value, lang, 1)
