"""Condensing rows to distinct tagging combinations keeps every figure exact."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from test_tagging_fixtures import NANO, make_costs, small_fixture, tags

from workbench.core.tagging.allocation import allocate
from workbench.core.tagging.allocation_model import AllocationConfig, AllocationRule
from workbench.core.tagging.condense import UNTAGGABLE_COLUMN, condense, is_condensed
from workbench.core.tagging.coverage import coverage_table, summarise
from workbench.core.tagging.policy import default_policy
from workbench.core.tagging.untaggable import load_untaggable_rules


def _repeated(times: int) -> pa.Table:
    """The small fixture with every row repeated (same resources on several days)."""
    base = small_fixture()
    return pa.concat_tables([base] * times).unify_dictionaries()


def test_condense_groups_repeats_and_sums_exactly() -> None:
    rules = load_untaggable_rules()
    raw = _repeated(5)
    condensed = condense(raw, "BilledCost", rules)
    assert is_condensed(condensed, "BilledCost")
    assert condensed.num_rows == small_fixture().num_rows
    total = pc.sum(condensed.column("BilledCost")).as_py()
    assert total == pc.sum(raw.column("BilledCost")).as_py() == 5 * 440 * NANO
    # The untaggable rules ran on the raw rows (tax and support are untaggable).
    assert condensed.column(UNTAGGABLE_COLUMN).null_count == condensed.num_rows - 2
    assert condense(condensed, "BilledCost", rules) is condensed


def test_coverage_and_allocation_match_on_raw_and_condensed_rows() -> None:
    rules, policy = load_untaggable_rules(), default_policy()
    raw = _repeated(3)
    condensed = condense(raw, "BilledCost", rules)
    assert summarise(coverage_table(raw, policy, "BilledCost", rules), ["month"]) == summarise(
        coverage_table(condensed, policy, "BilledCost", rules), ["month"]
    )
    config = AllocationConfig(rules=[AllocationRule(id="owner", kind="tag", key="owner")])
    result = allocate(raw, config, policy, "BilledCost", rules, condensed=condensed)
    result.check_invariant()
    assert len(result.row_rule_ids) == raw.num_rows  # per source row, computed lazily
    assert result.row_rule_ids.to_pylist()[:2] == ["owner", "owner"]


def test_null_amounts_and_days_in_one_month_collapse() -> None:
    costs = make_costs(
        [
            dict(cost=1, Tags=tags(owner="a"), ServiceName="EC2"),
            dict(cost=2, Tags=tags(owner="a"), ServiceName="EC2"),
            dict(nano=7, Tags=tags(owner="a"), ServiceName="EC2", month=(2024, 2)),
        ]
    )
    condensed = condense(costs, "BilledCost", [])
    assert sorted(condensed.column("BilledCost").to_pylist()) == [7, 3 * NANO]
