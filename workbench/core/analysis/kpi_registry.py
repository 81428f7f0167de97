"""One result set of KPIs, keyed by stable ids, that every consumer reads.

An analysis module registers a *provider*: a function that takes the
:class:`KpiInputs` and returns :class:`Kpi` values. ``compute_kpis`` runs them all.
A KPI whose analysis cannot speak (no data, not built yet) is still returned, with
``value=None`` and a ``reason``: screens show the reason, never a made-up number.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from workbench.core.engagement import Engagement


@dataclass(frozen=True)
class Text:
    """A bilingual text."""

    en: str
    nl: str

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Kpi:
    id: str  # stable, e.g. "total_spend", "tag_coverage.owner", "allocatable_share"
    value: float | str | None  # None = no data; money KPIs are decimal strings
    unit: str  # "money" (in ``currency``), "ratio" (0..1), "count", "days", "bool"
    formula_id: str  # e.g. "sum(BilledCost)"; documented in ``formula``
    label: Text
    formula: Text  # the tooltip: how the number is computed
    currency: str | None = None
    reason: Text | None = None  # why value is None
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "value": self.value,
            "unit": self.unit,
            "formula_id": self.formula_id,
            "label": self.label.get(lang),
            "formula": self.formula.get(lang),
        }
        if self.currency:
            out["currency"] = self.currency
        if self.reason is not None:
            out["reason"] = self.reason.get(lang)
        if self.details:
            out["details"] = self.details
        return out


@dataclass(frozen=True)
class KpiInputs:
    """What a provider may read. ``costs`` is already filtered (period, provider, ...)."""

    engagement: Engagement
    costs: pa.Table
    metric_column: str  # "BilledCost", "EffectiveCost" or "ListCost"
    previous_costs: pa.Table | None = None  # the period before, for change figures
    previous_year_costs: pa.Table | None = None
    #: The filter state (workbench.core.analysis.filters.Filters) behind ``costs``; cube-based
    #: providers read the engagement's daily cube with it. None = all data.
    filters: Any = None


KpiProvider = Callable[[KpiInputs], Iterable[Kpi]]

_PROVIDERS: dict[str, KpiProvider] = {}

#: Modules that register providers when imported; a module not built yet is skipped.
PROVIDER_MODULES = (
    "workbench.core.analysis.overview_kpis",
    "workbench.core.tagging.kpis",
    "workbench.core.assessment.kpis",
)


def register(name: str) -> Callable[[KpiProvider], KpiProvider]:
    def decorator(func: KpiProvider) -> KpiProvider:
        _PROVIDERS[name] = func
        return func

    return decorator


def _load_providers() -> None:
    for module_name in PROVIDER_MODULES:
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module_name.startswith(exc.name):
                raise


def load_providers() -> None:
    """Import every provider module (they may also register other hooks, e.g. kpis blocks)."""
    _load_providers()


def compute_kpis(inputs: KpiInputs) -> dict[str, Kpi]:
    _load_providers()
    result: dict[str, Kpi] = {}
    for _name, provider in sorted(_PROVIDERS.items()):
        for kpi in provider(inputs):
            result[kpi.id] = kpi
    return result
