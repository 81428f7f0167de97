"""KPI provider: ``unit_metrics_present`` (evidence for the Unit Economics capability).

True when the engagement section ``business_metrics`` holds at least one metric with a value
in every month of the analysed period (the months from the first to the last
ChargePeriodStart of the cost rows the KPIs are computed on). A metric that stops halfway or
starts late does not count: unit cost for the whole period could not be calculated. No cost
rows means no period, so the value is None ("no data"). Registered in the KPI registry when
:mod:`workbench.core.assessment.kpis` is imported (it is listed in ``PROVIDER_MODULES``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

import pyarrow.compute as pc

from workbench.core.analysis.kpi_registry import Kpi, KpiInputs, Text, register
from workbench.core.business_metrics import monthly_metric_totals

KPI_ID: Final = "unit_metrics_present"
LABEL: Final = Text("Unit metrics present", "Eenheidsmetingen aanwezig")
FORMULA: Final = Text(
    "Yes when at least one business metric (users, orders, transactions, ...) has a value in "
    "every month of the analysed period, so cost per unit can be calculated.",
    "Ja als minstens één bedrijfsmeting (gebruikers, bestellingen, transacties, ...) een "
    "waarde heeft in elke maand van de geanalyseerde periode, zodat kosten per eenheid "
    "berekend kunnen worden.",
)
_NO_PERIOD: Final = Text(
    "No cost data in the selected period, so there is no period to cover.",
    "Geen kostendata in de gekozen periode, dus geen periode om te dekken.",
)


def months_between(first: dt.date, last: dt.date) -> list[str]:
    """Every month from ``first`` to ``last`` (inclusive) as "YYYY-MM"."""
    months: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def analysed_months(inputs: KpiInputs) -> list[str] | None:
    """Months of the analysed cost rows; None when there are none."""
    if inputs.costs.num_rows == 0:
        return None
    bounds = pc.min_max(inputs.costs.column("ChargePeriodStart")).as_py()
    first, last = bounds["min"], bounds["max"]
    if first is None or last is None:
        return None
    return months_between(first.date(), last.date())


def covering_metrics(monthly: dict[str, dict[str, float]], months: list[str]) -> list[str]:
    """Metrics with a value in every one of ``months``."""
    return sorted(name for name, by_month in monthly.items() if all(m in by_month for m in months))


@register("assessment_unit_metrics")
def provide(inputs: KpiInputs) -> Iterable[Kpi]:
    months = analysed_months(inputs)
    if months is None:
        return [Kpi(KPI_ID, None, "bool", KPI_ID, LABEL, FORMULA, reason=_NO_PERIOD)]
    monthly = monthly_metric_totals(inputs.engagement)
    covering = covering_metrics(monthly, months)
    details = {
        "period": [months[0], months[-1]],
        "metrics": sorted(monthly),
        "covering": covering,
    }
    return [Kpi(KPI_ID, bool(covering), "bool", KPI_ID, LABEL, FORMULA, details=details)]
