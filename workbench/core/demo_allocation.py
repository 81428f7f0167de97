"""The demo company's allocation set-up, as a consultant would prepare it before a workshop.

Teams are the business units behind the cost-centre tag (written "4300" or "CC-4300",
depending on the team's habit); where that tag is missing the application tag decides.
Untaggable cost (taxes, support, commitment purchases) is shared in proportion to each
unit's direct spend, and what neither tag explains stays visible as unallocated.
"""

from __future__ import annotations

from workbench.core.demo import APPS
from workbench.core.engagement import Engagement
from workbench.core.tagging.allocation_model import (
    AllocationConfig,
    AllocationRule,
    SharedPool,
    save_allocation,
)


def add_example_allocation(engagement: Engagement) -> None:
    by_cost_centre: dict[str, str] = {}
    by_application: dict[str, str] = {}
    for app in APPS.values():
        by_cost_centre[app.cost_center] = app.business_unit
        by_cost_centre[f"cc-{app.cost_center}"] = app.business_unit
        by_application[app.name] = app.business_unit
    config = AllocationConfig(
        dimension="team",
        rules=[
            AllocationRule(
                id="shared-untaggable",
                kind="untaggable",
                pool="shared",
                description="Taxes, support and commitment purchases: shared",
            ),
            AllocationRule(
                id="cost-centre",
                kind="tag",
                key="cost-center",
                mapping=dict(sorted(by_cost_centre.items())),
                description="Cost-centre tag -> business unit",
            ),
            AllocationRule(
                id="application",
                kind="tag",
                key="application",
                mapping=dict(sorted(by_application.items())),
                description="Application tag -> business unit (when no cost centre)",
            ),
        ],
        pools=[SharedPool(id="shared", method="proportional", label="Shared cost")],
    )
    save_allocation(engagement, config)
