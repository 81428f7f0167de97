from __future__ import annotations

import pytest
from test_tagging_fixtures import NANO, small_fixture

from workbench.core.tagging.coverage import (
    ALL_REQUIRED,
    coverage_table,
    coverage_trend,
    summarise,
)
from workbench.core.tagging.normalise import normalise_key
from workbench.core.tagging.policy import TagPolicy, default_policy
from workbench.core.tagging.untaggable import load_untaggable_rules


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cost Center", "cost-center"),
        ("cost_center", "cost-center"),
        ("CostCenter", "cost-center"),
        (" ENV ", "env"),
        ("environment-name", "environment-name"),
        ("user:Owner", "user-owner"),
    ],
)
def test_normalise_key(raw: str, expected: str) -> None:
    assert normalise_key(raw) == expected


def test_value_normalisation() -> None:
    env = default_policy().key("environment")
    assert env.normalise_value("Prod") == ("prod", True)
    assert env.normalise_value(" production ") == ("prod", True)
    assert env.normalise_value("PRD") == ("prod", True)
    assert env.normalise_value("weird") == ("weird", False)
    assert env.normalise_value("  ") == (None, False)
    assert env.matches("ENV") and env.matches("Environment") and env.matches("environment-name")


def test_policy_round_trip() -> None:
    policy = default_policy()
    policy.reject_alias("Team", "owner")
    again = TagPolicy.from_dict(policy.to_dict())
    assert again == policy
    assert again.key_names == ["owner", "cost-center", "application", "environment"]


def test_coverage_by_spend_hand_computed() -> None:
    table = coverage_table(small_fixture(), default_policy(), "BilledCost", load_untaggable_rules())
    jan, feb = summarise(table, ["month"])
    assert jan.group == {"month": "2024-01"} and jan.currency == ""
    assert jan.total == 240 * NANO
    assert jan.untaggable == 50 * NANO  # tax 30 + support 20
    assert jan.taggable == 190 * NANO
    assert jan.present["owner"] == 150 * NANO
    assert jan.coverage("owner") == pytest.approx(150 / 190)
    assert jan.present["environment"] == 150 * NANO
    assert jan.valid["environment"] == 100 * NANO  # "weird" is non-compliant
    assert jan.non_compliant("environment") == 50 * NANO
    assert jan.present["application"] == 100 * NANO
    assert jan.coverage(ALL_REQUIRED) == pytest.approx(100 / 190)
    assert feb.taggable == 200 * NANO
    assert feb.coverage("owner") == 1.0  # "Eigenaar" is an owner alias
    assert feb.coverage(ALL_REQUIRED) == pytest.approx(120 / 200)


def test_coverage_per_service_and_trend() -> None:
    table = coverage_table(small_fixture(), default_policy(), "BilledCost", load_untaggable_rules())
    by_service = {r.group["service"]: r for r in summarise(table, ["service"])}
    assert by_service["Tax"].taggable == 0 and by_service["Tax"].coverage() is None
    assert by_service["EC2"].present["owner"] == 300 * NANO
    assert by_service["EC2"].taggable == 340 * NANO
    (trend,) = coverage_trend(table, ["owner"])
    assert trend.months == ["2024-01", "2024-02"]
    assert trend.series["owner"] == pytest.approx([150 / 190, 1.0])
    assert trend.untaggable_share == pytest.approx([50 / 240, 0.0])


def test_fallback_from_cost_category_and_resource_group() -> None:
    from test_tagging_fixtures import make_costs, tags

    policy = default_policy()
    policy.key("application").fallbacks = ["resource_group"]
    costs = make_costs(
        [
            dict(cost=10, x_CostCategories=tags(Owner="platform"), x_ResourceGroupName="rg-a"),
            dict(cost=5, Tags=tags(owner="team-x"), x_CostCategories=tags(Owner="platform")),
        ]
    )
    (row,) = summarise(coverage_table(costs, policy, "BilledCost", []))
    assert row.present["owner"] == 15 * NANO
    assert row.present["application"] == 10 * NANO
