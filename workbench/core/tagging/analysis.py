"""One call that runs the tagging and allocation analyses on filtered costs.

The GUI, the CLI, the KPI provider and the report use :func:`analyse`; every part is also
available on its own (coverage, worklist, allocation, showback modules).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from workbench.core.engagement import Engagement
from workbench.core.tagging.allocation import AllocationResult, allocate
from workbench.core.tagging.allocation_model import AllocationConfig, load_allocation
from workbench.core.tagging.condense import condense
from workbench.core.tagging.coverage import CoverageTrend, coverage_table, coverage_trend
from workbench.core.tagging.policy import TagPolicy, load_policy
from workbench.core.tagging.showback import (
    ShowbackReport,
    StackedSeries,
    allocation_breakdown,
    build_showback,
)
from workbench.core.tagging.untaggable import UntaggableRule, load_untaggable_rules


@dataclass(frozen=True)
class TaggingAnalysis:
    policy: TagPolicy
    config: AllocationConfig
    untaggable_rules: list[UntaggableRule]
    metric_column: str
    coverage: pa.Table  # see coverage.coverage_table; roll up with coverage.summarise
    allocation: AllocationResult
    showback: ShowbackReport

    def coverage_trend(self) -> list[CoverageTrend]:
        return coverage_trend(self.coverage, self.policy.key_names)

    def allocation_breakdown(self) -> list[StackedSeries]:
        return allocation_breakdown(self.showback)


def analyse(
    engagement: Engagement,
    costs: pa.Table | None = None,
    metric_column: str = "BilledCost",
    *,
    policy: TagPolicy | None = None,
    config: AllocationConfig | None = None,
) -> TaggingAnalysis:
    """Coverage, allocation and showback of ``costs`` (default: all the engagement's costs)
    with the engagement's policy and allocation rules (or the ones given, for previews)."""
    table = engagement.costs if costs is None else costs
    policy = policy or load_policy(engagement)
    config = config or load_allocation(engagement)
    # The KPI provider and the report analyse the same filtered table in one run: reuse the
    # result while the table (same object), metric, policy and rules are unchanged.
    memo_key = (metric_column, repr(policy.to_dict()), repr(config.to_dict()))
    if _MEMO and _MEMO[0] is table and _MEMO[1] == memo_key:
        cached: TaggingAnalysis = _MEMO[2]
        return cached
    analysis = _analyse(table, metric_column, policy, config)
    _MEMO[:] = [table, memo_key, analysis]
    return analysis


#: [costs table, (metric, policy, config), analysis] of the last call (one entry only).
_MEMO: list[Any] = []


def _analyse(
    table: pa.Table, metric_column: str, policy: TagPolicy, config: AllocationConfig
) -> TaggingAnalysis:
    rules = load_untaggable_rules()
    # Both analyses run on the distinct combinations, condensed once (see condense.py).
    fields = sorted({r.resource_field for r in config.rules if r.kind == "regex"})
    condensed = condense(table, metric_column, rules, fields)
    result = allocate(table, config, policy, metric_column, rules, condensed=condensed)
    return TaggingAnalysis(
        policy=policy,
        config=config,
        untaggable_rules=rules,
        metric_column=metric_column,
        coverage=coverage_table(condensed, policy, metric_column, rules),
        allocation=result,
        showback=build_showback(result),
    )
