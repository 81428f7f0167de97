"""The finance workbooks by kind: roadmap, showback, chargeback, tag worklist.

One entry point for every caller (the Report page and the CLI export kinds),
so the analysis behind a workbook is never rebuilt differently in a widget.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final, Literal

from workbench.core.analysis.filters import Filters, apply_filters, load_filters
from workbench.core.engagement import Engagement

FinanceWorkbook = Literal[
    "roadmap", "showback", "chargeback_month", "chargeback_cost_centre", "tag_worklist"
]
FINANCE_WORKBOOKS: Final[tuple[FinanceWorkbook, ...]] = (
    "roadmap",
    "showback",
    "chargeback_month",
    "chargeback_cost_centre",
    "tag_worklist",
)
#: Workbooks computed from the cost data (the roadmap needs none).
NEEDS_COSTS: Final = frozenset({"showback", "chargeback_month", "chargeback_cost_centre",
                                "tag_worklist"})  # fmt: skip


def write_finance_workbook(
    engagement: Engagement,
    kind: FinanceWorkbook,
    out_path: str | os.PathLike[str],
    *,
    lang: str = "nl",
    filters: Filters | None = None,
) -> Path:
    """Write one workbook; ``filters`` default to the engagement's saved filter bar.

    Raises :class:`~workbench.report.roadmap_excel.RoadmapUnavailable` (no roadmap),
    :class:`~workbench.core.tagging.policy.PolicyError` (a broken tag policy) and
    ``ValueError`` for an unknown kind.
    """
    path = Path(out_path)
    if kind == "roadmap":
        from workbench.report.roadmap_excel import export_roadmap_xlsx

        return export_roadmap_xlsx(engagement, path, lang=lang)
    if kind not in FINANCE_WORKBOOKS:
        raise ValueError(f"unknown workbook {kind!r}; choose from {list(FINANCE_WORKBOOKS)}")
    from workbench.core.tagging.analysis import analyse
    from workbench.report import allocation_excel as excel

    chosen = filters if filters is not None else load_filters(engagement.sections)
    costs = apply_filters(engagement.costs, chosen)
    analysis = analyse(engagement, costs, chosen.metric_column)
    if kind == "showback":
        return excel.write_showback_xlsx(analysis.showback, path, lang)
    if kind == "chargeback_month":
        return excel.write_chargeback_xlsx(analysis.allocation, path, lang, split_by="month")
    if kind == "chargeback_cost_centre":
        return excel.write_chargeback_xlsx(analysis.allocation, path, lang, split_by="cost_centre")
    from workbench.core.tagging.worklist import build_worklist

    items = build_worklist(
        costs,
        analysis.policy,
        chosen.metric_column,
        analysis.untaggable_rules,
        account_owners=analysis.config.account_owners(),
    )
    return excel.write_worklist_xlsx(items, path, lang)
