"""The ``kpis`` document: KPIs plus named blocks, shared by the CLI, the GUI and the report.

``kpis_document(engagement, filters, lang)`` returns the JSON-able dict that
``finops-workbench kpis --json`` prints. Besides the registry's KPIs it holds *blocks*
("monthly_totals", "by_service", "by_account" here). Another analysis adds a block without
editing this module or the command::

    from workbench.core.analysis.kpis_output import BlockContext, register_block

    @register_block("maturity")
    def maturity_block(ctx: BlockContext) -> dict | None:  # None leaves the block out
        ...

in a module listed in ``kpi_registry.PROVIDER_MODULES`` (those are imported before the
document is built). Blocks come after the built-in keys, in registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Final

from workbench.core.analysis.cube import Cube, get_cube
from workbench.core.analysis.filters import Filters, apply_filters
from workbench.core.analysis.kpi_registry import KpiInputs, compute_kpis, load_providers
from workbench.core.analysis.overview import Pareto, monthly_totals, pareto
from workbench.core.analysis.scope import Scope
from workbench.core.engagement import Engagement
from workbench.core.money import nano_to_str

TOP_GROUPS: Final = 25


def build_kpi_inputs(engagement: Engagement, filters: Filters) -> KpiInputs:
    """KpiInputs for one filter state: filtered raw rows, the comparison periods, filters."""
    cube = get_cube(engagement)
    costs = engagement.costs
    period = filters.resolve_period(cube.last_full_day)
    current = apply_filters(costs, filters, last_full_day=cube.last_full_day)
    previous = previous_year = None
    if period is not None:
        plain = replace(filters, preset=None)
        previous_period, year_period = period.previous(), period.previous_year()
        previous = apply_filters(
            costs, replace(plain, start=previous_period.start, end=previous_period.end)
        )
        previous_year = apply_filters(
            costs, replace(plain, start=year_period.start, end=year_period.end)
        )
    return KpiInputs(
        engagement=engagement,
        costs=current,
        metric_column=filters.metric_column,
        previous_costs=previous,
        previous_year_costs=previous_year,
        filters=filters,
    )


@dataclass(frozen=True)
class BlockContext:
    engagement: Engagement
    filters: Filters
    cube: Cube
    scope: Scope
    inputs: KpiInputs
    lang: str


BlockProvider = Callable[[BlockContext], Any]
_BLOCKS: dict[str, BlockProvider] = {}


def register_block(name: str) -> Callable[[BlockProvider], BlockProvider]:
    def decorator(func: BlockProvider) -> BlockProvider:
        _BLOCKS[name] = func
        return func

    return decorator


def _pareto_json(result: dict[str, Pareto]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for cur, view in sorted(result.items()):
        out[cur] = {
            "total": nano_to_str(view.total_nano),
            "items": [
                {
                    "name": item.name,
                    "amount": nano_to_str(item.nano),
                    "share": item.share,
                    "cumulative_share": item.cumulative_share,
                }
                for item in view.items
            ],
            "other": {"amount": nano_to_str(view.other_nano), "count": view.other_count},
        }
    return out


@register_block("monthly_totals")
def _monthly_block(ctx: BlockContext) -> dict[str, dict[str, str]]:
    return {
        cur: {month: nano_to_str(v) for month, v in months.items()}
        for cur, months in sorted(monthly_totals(ctx.scope).items())
    }


@register_block("by_service")
def _service_block(ctx: BlockContext) -> dict[str, Any]:
    return _pareto_json(pareto(ctx.scope, "ServiceName", TOP_GROUPS))


@register_block("by_account")
def _account_block(ctx: BlockContext) -> dict[str, Any]:
    return _pareto_json(pareto(ctx.scope, "BillingAccountId", TOP_GROUPS))


def kpis_document(engagement: Engagement, filters: Filters, lang: str = "en") -> dict[str, Any]:
    """Everything ``kpis --json`` prints (money as exact decimal strings)."""
    load_providers()
    cube = get_cube(engagement)
    scope = Scope(cube, filters)
    inputs = build_kpi_inputs(engagement, filters)
    kpis = compute_kpis(inputs)
    period = scope.period
    meta = engagement.meta.to_dict()
    meta["rows"] = engagement.costs.num_rows
    meta["currencies"] = cube.currencies()
    document: dict[str, Any] = {
        "engagement": meta,
        "period": {
            "start": period.start.isoformat() if period else None,
            "end_exclusive": period.end.isoformat() if period else None,
            "metric": filters.metric,
            "data_last_full_day": (cube.last_full_day.isoformat() if cube.last_full_day else None),
        },
        "kpis": [kpi.to_json(lang) for _, kpi in sorted(kpis.items())],
    }
    context = BlockContext(engagement, filters, cube, scope, inputs, lang)
    for name, provider in _BLOCKS.items():
        if name in document:
            continue  # a block never overwrites the built-in keys
        value = provider(context)
        if value is not None:
            document[name] = value
    return document
