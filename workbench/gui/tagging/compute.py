"""The Tags & Allocation page's worker task and the values it hands back.

Nothing here touches a widget: :func:`compute_tagging` runs on the page's worker thread and
bundles every figure the five tabs show, all taken from :mod:`workbench.core.tagging`.
The widgets only format these values.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import pyarrow as pa

from workbench.core.analysis.cube import get_cube
from workbench.core.analysis.explorer import source_file_names
from workbench.core.analysis.filters import Filters, apply_filters
from workbench.core.engagement import Engagement
from workbench.core.progress import CancelCheck, ProgressCallback
from workbench.core.tagging.aliases import (
    AliasProposal,
    ValueProposal,
    data_tag_keys,
    propose_aliases,
    propose_value_merges,
)
from workbench.core.tagging.allocation_model import UNALLOCATED, AllocationConfig
from workbench.core.tagging.analysis import TaggingAnalysis, analyse
from workbench.core.tagging.coverage import CoverageRow, summarise
from workbench.core.tagging.policy import TagPolicy
from workbench.core.tagging.showback import StackedSeries
from workbench.core.tagging.worklist import WorklistItem, build_worklist
from workbench.gui.overview.compute import FilterOptions, filter_options

#: The coverage table's "by" choices, in the order the combo offers them.
COVERAGE_GROUPS: tuple[str, ...] = ("provider", "account", "service")


@dataclass(frozen=True)
class TaggingView:
    """Everything the page shows for one (filters, policy, allocation) state."""

    filters: Filters
    analysis: TaggingAnalysis
    totals: list[CoverageRow]  # one per currency: the KPI tiles
    by_group: dict[str, list[CoverageRow]]  # COVERAGE_GROUPS -> rows
    alias_proposals: list[AliasProposal]
    value_proposals: list[ValueProposal]
    worklist: list[WorklistItem]
    data_keys: list[str]
    row_count: int
    filter_options: FilterOptions
    elapsed_ms: float = 0.0
    notes: list[str] = field(default_factory=list)
    #: The filtered rows the analysis ran on (row-aligned with the allocation's row ids),
    #: and x_SourceFileId -> file name: the Allocation tab lists lines from them.
    costs: pa.Table | None = None
    file_names: dict[str, str] = field(default_factory=dict)

    @property
    def currencies(self) -> list[str]:
        return [row.currency for row in self.totals]


def filtered_costs(engagement: Engagement, filters: Filters) -> pa.Table:
    table: pa.Table = apply_filters(engagement.costs, filters)
    return table


def compute_tagging(
    engagement: Engagement,
    filters: Filters,
    policy: TagPolicy,
    config: AllocationConfig,
    *,
    progress: ProgressCallback,
    is_cancelled: CancelCheck,
) -> TaggingView:
    """Coverage, proposals, worklist, allocation and showback (the worker's task)."""
    started = time.perf_counter()
    costs = filtered_costs(engagement, filters)
    metric = filters.metric_column
    progress(0.1, "")
    analysis = analyse(engagement, costs, metric, policy=policy, config=config)
    progress(0.6, "")
    by_group = {name: summarise(analysis.coverage, [name]) for name in COVERAGE_GROUPS}
    values: list[ValueProposal] = []
    for key in policy.key_names:
        values.extend(propose_value_merges(costs, policy, key, metric))
    values.sort(key=lambda p: (-sum(abs(v) for v in p.spend.values()), p.policy_key, p.raw_value))
    worklist = build_worklist(
        costs,
        policy,
        metric,
        analysis.untaggable_rules,
        account_owners=config.account_owners(),
    )
    progress(1.0, "")
    return TaggingView(
        filters=filters,
        analysis=analysis,
        totals=summarise(analysis.coverage),
        by_group=by_group,
        alias_proposals=propose_aliases(costs, policy, metric),
        value_proposals=values,
        worklist=worklist,
        data_keys=data_tag_keys(costs),
        row_count=costs.num_rows,
        filter_options=filter_options(get_cube(engagement)),
        elapsed_ms=(time.perf_counter() - started) * 1000,
        costs=costs,
        file_names=source_file_names(engagement),
    )


#: The chart key of the grouped tail of recipients.
OTHER_RECIPIENTS = "(other)"


def top_recipients(series: StackedSeries, keep: int = 6) -> StackedSeries:
    """The ``keep`` largest recipients; the rest summed into OTHER_RECIPIENTS (one currency,
    so the sum is legitimate). The unallocated bucket always stays its own segment."""
    named = [r for r in series.order if r != UNALLOCATED]
    if len(named) <= keep + 1:
        return series
    head, tail = named[:keep], named[keep:]
    values = {r: series.values[r] for r in head}
    values[OTHER_RECIPIENTS] = [
        sum(series.values[r][i] for r in tail) for i in range(len(series.months))
    ]
    order = [*head, OTHER_RECIPIENTS]
    if UNALLOCATED in series.values:
        values[UNALLOCATED] = series.values[UNALLOCATED]
        order.append(UNALLOCATED)
    return replace(series, order=order, values=values)
