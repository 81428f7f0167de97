"""The lines behind each allocation rule: first matching rule wins, checked against an
independent row-by-row computation, and every rule's lines plus the unallocated lines add
up to the total per currency."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pyarrow as pa
from test_tagging_fixtures import NANO, make_costs, tags

from workbench.core.tagging.allocation import AllocationResult, allocate
from workbench.core.tagging.allocation_lines import NO_RULE, AllocationLines, allocation_lines
from workbench.core.tagging.allocation_model import (
    UNALLOCATED,
    AllocationConfig,
    AllocationRule,
    SharedPool,
)
from workbench.core.tagging.policy import default_policy
from workbench.core.tagging.untaggable import load_untaggable_rules

RULES = [
    AllocationRule(id="by-service", kind="service", mapping={"RDS": "data"}, description="RDS"),
    AllocationRule(id="by-cc", kind="tag", key="cost-center", mapping={"CC1": "shop"}),
    AllocationRule(id="by-name", kind="regex", pattern=r"^i-web", target="web"),
    AllocationRule(id="support", kind="charge_category", values=["Tax"], pool="shared"),
]
FILES = {"f1": "aws.csv", "f2": "azure.csv"}


def fixture() -> pa.Table:
    rows = [
        # RDS with a CC1 tag: the service rule comes first and wins.
        dict(cost=50, ResourceId="db-1", ServiceName="RDS", Tags=tags(CostCenter="CC1")),
        dict(cost=100, ResourceId="i-web-1", ServiceName="EC2", Tags=tags(CostCenter="CC1")),
        dict(cost=70, ResourceId="i-web-2", ServiceName="EC2"),  # regex only
        dict(cost=70, ResourceId="i-web-2", ServiceName="EC2", month=(2024, 2)),
        dict(cost=30, ServiceName="Tax", ChargeCategory="Tax"),  # pooled
        dict(cost=40, ResourceId="i-vm", ServiceName="EC2", Tags=tags(CostCenter="CC9")),
        dict(cost=-5, ResourceId="i-vm", ServiceName="EC2"),  # a credit, unallocated
        dict(cost=12, ResourceId="vm-x", ServiceName="VM", BillingCurrency="USD"),
        dict(cost=8, ResourceId="db-2", ServiceName="RDS", BillingCurrency="USD"),
    ]
    for index, row in enumerate(rows):
        row.setdefault("BillingCurrency", "EUR")
        row["SubAccountId"] = "111"
        row["x_SourceFileId"] = "f1" if index % 2 == 0 else "f2"
    return make_costs(rows)


def run(costs: pa.Table) -> AllocationResult:
    pool = SharedPool(id="shared", method="even", recipients=["data", "web"])
    config = AllocationConfig(rules=RULES, pools=[pool])
    return allocate(costs, config, default_policy(), "BilledCost", load_untaggable_rules())


def expected_rule(row: dict[str, object]) -> tuple[str, str]:
    """(rule id, direct recipient) of one row, evaluated independently, first match wins."""
    tag_set = json.loads(str(row["Tags"])) if row["Tags"] else {}
    if row["ServiceName"] == "RDS":
        return "by-service", "data"
    if tag_set.get("CostCenter") == "CC1":
        return "by-cc", "shop"
    if row["ResourceId"] and re.match(r"^i-web", str(row["ResourceId"])):
        return "by-name", "web"
    if row["ChargeCategory"] == "Tax":
        return "support", ""
    return NO_RULE, ""


def test_lines_match_an_independent_first_match_computation() -> None:
    costs = fixture()
    result = run(costs)
    expected: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for row in costs.to_pylist():
        rule, recipient = expected_rule(row)
        month = row["ChargePeriodStart"].strftime("%Y-%m")
        key = (rule, recipient, str(row["ResourceId"] or ""), month)
        expected[key] += row["BilledCost"]
    found: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for rule in [*(r.id for r in RULES), NO_RULE]:
        for line in allocation_lines(costs, result, rule=rule, file_names=FILES).lines:
            assert line.rule_id == rule
            found[(line.rule_id, line.recipient, line.resource_id, line.month)] += line.amount
    assert dict(found) == dict(expected)


def test_lines_carry_lineage_description_and_sort_by_cost() -> None:
    costs = fixture()
    lines = allocation_lines(costs, run(costs), rule="by-service", currency="EUR", file_names=FILES)
    (line,) = lines.lines
    assert (line.resource_id, line.recipient, line.amount) == ("db-1", "data", 50 * NANO)
    assert line.rule_description == "RDS"
    assert (line.file_name, line.first_row, line.source) == ("aws.csv", 1, "aws.csv:1")
    web = allocation_lines(costs, run(costs), recipient="web", file_names=FILES)
    assert [x.amount for x in web.lines] == [70 * NANO, 70 * NANO]
    assert {x.source for x in web.lines} == {"aws.csv:3", "azure.csv:4"}
    pooled = allocation_lines(costs, run(costs), rule="support").lines
    assert [(x.pool, x.recipient) for x in pooled] == [("shared", "")]


def test_unallocated_lines_show_why_cost_has_no_recipient() -> None:
    costs = fixture()
    result = run(costs)
    lines = allocation_lines(costs, result, recipient=UNALLOCATED, currency="EUR")
    assert {(x.resource_id, x.amount) for x in lines.lines} == {
        ("i-vm", 40 * NANO),
        ("i-vm", -5 * NANO),
    }
    assert all(x.rule_id == NO_RULE for x in lines.lines)
    unallocated = sum(v for (c, _m), v in result.unallocated().items() if c == "EUR")
    assert lines.totals == {"EUR": unallocated}


def test_every_rule_plus_unallocated_sums_to_the_total_per_currency_with_a_limit() -> None:
    costs = fixture()
    result = run(costs)
    sums: dict[str, int] = defaultdict(int)
    for rule in [*(r.id for r in RULES), NO_RULE]:
        selection: AllocationLines = allocation_lines(costs, result, rule=rule, limit=1)
        assert len(selection.lines) <= 1
        assert selection.hidden_count == max(selection.line_count - 1, 0)
        for line in selection.lines:
            sums[line.currency] += line.amount
        for currency, amount in selection.hidden_totals.items():
            sums[currency] += amount
        shown = defaultdict(int, {c: 0 for c in selection.totals})
        for line in selection.lines:
            shown[line.currency] += line.amount
        for currency, total in selection.totals.items():
            assert shown[currency] + selection.hidden_totals.get(currency, 0) == total
    totals: dict[str, int] = defaultdict(int)
    for (currency, _month), amount in result.totals.items():
        totals[currency] += amount
    assert dict(sums) == dict(totals) == {"EUR": 355 * NANO, "USD": 20 * NANO}


def test_an_empty_selection_and_a_wrong_table() -> None:
    costs = fixture()
    result = run(costs)
    empty = allocation_lines(costs, result, rule="by-cc", currency="USD")
    assert (empty.lines, empty.totals, empty.hidden_count) == ([], {}, 0)
    try:
        allocation_lines(costs.slice(1), result)
    except ValueError:
        pass
    else:
        raise AssertionError("a table of another length must be refused")
