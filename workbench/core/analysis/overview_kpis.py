"""Overview KPIs in the shared registry, with NL/EN labels and formula tooltips.

Money KPIs are exact decimal strings in one currency. With several billing currencies the
KPI shows the *primary* currency (the engagement's reporting currency when the data has
it, else the currency with the largest spend) and ``details["by_currency"]`` lists every
currency apart; amounts are never converted or added across currencies.

Commitment definitions (over the period's rows, per currency, primary currency shown):

- coverage = covered / eligible, where *eligible* is compute usage (ChargeCategory
  ``Usage``, ServiceCategory ``Compute``) priced ``Standard`` (on demand) or ``Committed``,
  so Spot (``Dynamic``) is excluded, and *covered* is the ``Committed`` part with
  CommitmentDiscountStatus ``Used``. Amounts are ListCost (the on-demand equivalent), or
  EffectiveCost when some eligible rows lack a ListCost (``details["basis"]`` says which).
- utilisation = EffectiveCost of ``Used`` rows / EffectiveCost of ``Used`` + ``Unused`` rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from workbench.core.analysis.cube import LIST_COST_MISSING, Cube, get_cube
from workbench.core.analysis.engine import exact_bincount
from workbench.core.analysis.filters import Filters, load_filters
from workbench.core.analysis.kpi_registry import Kpi, KpiInputs, Text, register
from workbench.core.analysis.overview import run_rates, spend_totals
from workbench.core.analysis.scope import Scope
from workbench.core.money import nano_to_str

_NO_DATA: Final = Text(
    "No cost data in the selected period. Import a billing export or widen the filters.",
    "Geen kostendata in de gekozen periode. Importeer een billing-export of verruim de filters.",
)
_NOT_BUILT: Final = Text("analysis not built yet", "analyse nog niet gebouwd")


@dataclass(frozen=True)
class CommitmentFigures:
    currency: str
    basis: str  # "ListCost" or "EffectiveCost"
    eligible_nano: int
    covered_nano: int
    used_nano: int
    unused_nano: int

    @property
    def coverage(self) -> float | None:
        return self.covered_nano / self.eligible_nano if self.eligible_nano > 0 else None

    @property
    def utilisation(self) -> float | None:
        purchased = self.used_nano + self.unused_nano
        return self.used_nano / purchased if purchased > 0 else None


def commitment_figures(cube: Cube, filters: Filters) -> dict[str, CommitmentFigures]:
    """Coverage and utilisation inputs per currency (definitions in the module docstring)."""
    scope = Scope(cube, filters)
    arrays = scope.arrays
    rows = scope.rows[scope.in_period()]
    if len(rows) == 0:
        return {}

    def where(column: str, *labels: str) -> np.ndarray:
        coded = arrays.coded(column)
        return np.asarray(coded.lookup(set(labels))[coded.codes[rows]], dtype=bool)

    used = where("CommitmentDiscountStatus", "Used")
    unused = where("CommitmentDiscountStatus", "Unused")
    eligible = (
        where("ChargeCategory", "Usage")
        & where("ServiceCategory", "Compute")
        & where("PricingCategory", "Standard", "Committed")
        & ~unused
    )
    covered = eligible & where("PricingCategory", "Committed") & used
    currency = arrays.coded("BillingCurrency").codes[rows]
    size = len(arrays.coded("BillingCurrency").labels)
    effective = arrays.money("EffectiveCost")[rows]
    listed = arrays.money("ListCost")[rows]
    missing = arrays.money(LIST_COST_MISSING)[rows]

    def per_currency(values: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return exact_bincount(currency[mask], values[mask], size)

    sums = {
        "el_list": per_currency(listed, eligible),
        "el_eff": per_currency(effective, eligible),
        "cov_list": per_currency(listed, covered),
        "cov_eff": per_currency(effective, covered),
        "missing": per_currency(missing, eligible),
        "used": per_currency(effective, used),
        "unused": per_currency(effective, unused),
    }
    out = {}
    for cur, ci in scope.currencies().items():
        use_list = int(sums["missing"][ci]) == 0
        out[cur] = CommitmentFigures(
            currency=cur,
            basis="ListCost" if use_list else "EffectiveCost",
            eligible_nano=int(sums["el_list" if use_list else "el_eff"][ci]),
            covered_nano=int(sums["cov_list" if use_list else "cov_eff"][ci]),
            used_nano=int(sums["used"][ci]),
            unused_nano=int(sums["unused"][ci]),
        )
    return out


def primary_currency(values: dict[str, int], preferred: str | None) -> str | None:
    if not values:
        return None
    if preferred in values:
        return preferred
    return max(sorted(values), key=lambda cur: abs(values[cur]))


def _money_kpi(
    kpi_id: str,
    label: Text,
    formula_id: str,
    formula: Text,
    values: dict[str, int],
    preferred: str | None,
    reason: Text = _NO_DATA,
) -> Kpi:
    cur = primary_currency(values, preferred)
    if cur is None:
        return Kpi(kpi_id, None, "money", formula_id, label, formula, reason=reason)
    details: dict[str, Any] = {}
    if len(values) > 1:
        details["by_currency"] = {c: nano_to_str(v) for c, v in sorted(values.items())}
    return Kpi(
        kpi_id,
        nano_to_str(values[cur]),
        "money",
        formula_id,
        label,
        formula,
        currency=cur,
        details=details,
    )


def _ratio_kpi(
    kpi_id: str,
    label: Text,
    formula_id: str,
    formula: Text,
    values: dict[str, float | None],
    cur: str | None,
    reason: Text,
    details: dict[str, Any] | None = None,
) -> Kpi:
    value = values.get(cur) if cur else None
    extra = dict(details or {})
    if len(values) > 1:
        extra["by_currency"] = dict(sorted(values.items()))
    if value is None:
        return Kpi(
            kpi_id,
            None,
            "ratio",
            formula_id,
            label,
            formula,
            currency=cur,
            reason=reason,
            details=extra,
        )
    return Kpi(kpi_id, value, "ratio", formula_id, label, formula, currency=cur, details=extra)


def overview_kpis_for(cube: Cube, filters: Filters, preferred: str | None) -> list[Kpi]:
    scope = Scope(cube, filters)
    totals = spend_totals(scope)
    rates = run_rates(scope)
    metric = filters.metric_column
    current = {c: t.nano for c, t in totals.items()}
    cur = primary_currency(current, preferred)
    no_compare = Text(
        "The data does not cover the comparison period.",
        "De data dekt de vergelijkingsperiode niet.",
    )
    kpis = [
        _money_kpi(
            "total_spend",
            Text("Total spend", "Totale uitgaven"),
            f"sum({metric})",
            Text(
                f"Sum of {metric} in the selected period, per billing currency.",
                f"Som van {metric} in de gekozen periode, per factuurvaluta.",
            ),
            current,
            preferred,
        ),
        _ratio_kpi(
            "spend_change_previous_period",
            Text("Change vs previous period", "Verschil met vorige periode"),
            "(spend - spend_prev) / |spend_prev|",
            Text(
                "Spend minus spend of the equally long period before, divided by the latter.",
                "Uitgaven min die van de even lange periode ervoor, gedeeld door die laatste.",
            ),
            {c: t.change_previous for c, t in totals.items()},
            cur,
            no_compare if totals else _NO_DATA,
        ),
        _ratio_kpi(
            "spend_change_previous_year",
            Text("Change vs same period last year", "Verschil met dezelfde periode vorig jaar"),
            "(spend - spend_prev_year) / |spend_prev_year|",
            Text(
                "Spend minus spend of the same period a year earlier, divided by the latter.",
                "Uitgaven min die van dezelfde periode een jaar eerder, gedeeld door die laatste.",
            ),
            {c: t.change_previous_year for c, t in totals.items()},
            cur,
            no_compare if totals else _NO_DATA,
        ),
        _money_kpi(
            "daily_run_rate",
            Text("Daily run-rate", "Dagelijkse run-rate"),
            f"sum({metric}, last 7 days) / 7",
            Text(
                "Average daily spend over the last 7 days of the period with data.",
                "Gemiddelde uitgaven per dag over de laatste 7 dagen met data in de periode.",
            ),
            {c: r.daily_nano for c, r in rates.items()},
            preferred,
        ),
        _money_kpi(
            "projected_month_end",
            Text("Projected month-end", "Verwacht maandtotaal"),
            "month_to_date + run_rate * days_left",
            Text(
                "Month-to-date spend plus the daily run-rate times the days left in the month.",
                "Uitgaven deze maand tot nu plus de dagelijkse run-rate maal de resterende dagen.",
            ),
            {c: r.projected_month_end_nano for c, r in rates.items()},
            preferred,
        ),
    ]
    kpis += _commitment_kpis(cube, filters, cur)
    return kpis


def _commitment_kpis(cube: Cube, filters: Filters, cur: str | None) -> list[Kpi]:
    figures = commitment_figures(cube, filters)
    basis = figures[cur].basis if cur in figures else "ListCost"
    no_compute = Text(
        "No eligible compute usage (on demand or committed) in the selected period.",
        "Geen in aanmerking komend compute-gebruik (on demand of committed) in de periode.",
    )
    no_commitments = Text(
        "No commitment discounts (Used/Unused rows) in the selected period.",
        "Geen commitment-kortingen (Used/Unused-regels) in de gekozen periode.",
    )
    return [
        _ratio_kpi(
            "commitment_coverage",
            Text("Commitment coverage", "Commitment-dekking"),
            f"sum({basis} committed used compute) / sum({basis} eligible compute usage)",
            Text(
                "Share of compute usage (on demand + committed, Spot excluded) covered by "
                "Savings Plans or Reserved Instances, at on-demand prices.",
                "Deel van het compute-gebruik (on demand + committed, zonder Spot) dat door "
                "Savings Plans of Reserved Instances gedekt is, tegen on-demandprijzen.",
            ),
            {c: f.coverage for c, f in figures.items()},
            cur,
            no_compute,
            {"basis": basis},
        ),
        _ratio_kpi(
            "commitment_utilisation",
            Text("Commitment utilisation", "Commitment-benutting"),
            "sum(EffectiveCost Used) / sum(EffectiveCost Used + Unused)",
            Text(
                "Used part of the purchased commitments (amortised cost).",
                "Benut deel van de gekochte commitments (afgeschreven kosten).",
            ),
            {c: f.utilisation for c, f in figures.items()},
            cur,
            no_commitments,
        ),
    ]


def _not_built(kpi_id: str, label: Text, unit: str, formula: Text) -> Kpi:
    return Kpi(kpi_id, None, unit, f"{kpi_id}(pending)", label, formula, reason=_NOT_BUILT)


def later_kpis() -> list[Kpi]:
    """KPIs of analyses that come with later issues: shown with their reason, never a number."""
    return [
        _not_built(
            "anomalies_found",
            Text("Anomalies found", "Gevonden anomalieën"),
            "count",
            Text(
                "Spend anomalies detected with seasonality-aware detection.",
                "Afwijkingen in uitgaven, met seizoensbewuste detectie.",
            ),
        ),
        _not_built(
            "savings_potential",
            Text("Savings potential", "Besparingspotentieel"),
            "money",
            Text(
                "Sum of the estimated savings of open optimisation findings.",
                "Som van de geschatte besparing van openstaande optimalisatiebevindingen.",
            ),
        ),
        _not_built(
            "forecast_variance",
            Text("Forecast variance", "Prognoseafwijking"),
            "ratio",
            Text(
                "Backtested |actual - forecast| / actual.",
                "Teruggetoetst |werkelijk - prognose| / werkelijk.",
            ),
        ),
    ]


@register("overview")
def overview_provider(inputs: KpiInputs) -> Iterable[Kpi]:
    # Without explicit filters, the engagement's saved filter bar applies (as on screen).
    filters = (
        inputs.filters
        if isinstance(inputs.filters, Filters)
        else load_filters(inputs.engagement.sections)
    )
    if filters.metric_column != inputs.metric_column:
        filters = Filters.from_dict({**filters.to_dict(), "metric": _metric_of(inputs)})
    cube = get_cube(inputs.engagement)
    return [*overview_kpis_for(cube, filters, inputs.engagement.meta.currency), *later_kpis()]


def _metric_of(inputs: KpiInputs) -> str:
    from workbench.core.canonical import COST_METRICS

    return next((k for k, v in COST_METRICS.items() if v == inputs.metric_column), "billed")
