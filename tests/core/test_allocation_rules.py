from __future__ import annotations

from pathlib import Path

import pytest
from test_tagging_fixtures import NANO, make_costs, small_fixture, tags

from workbench.core.tagging.allocation import allocate
from workbench.core.tagging.allocation_model import (
    UNALLOCATED,
    AllocationConfig,
    AllocationRule,
    SharedPool,
    default_config,
)
from workbench.core.tagging.mapping_import import read_mapping_table
from workbench.core.tagging.policy import PolicyError, default_policy
from workbench.core.tagging.untaggable import load_untaggable_rules


def run(config: AllocationConfig, costs=None):  # type: ignore[no-untyped-def]
    result = allocate(
        small_fixture() if costs is None else costs,
        config,
        default_policy(),
        "BilledCost",
        load_untaggable_rules(),
    )
    result.check_invariant()
    return result


def by_recipient(result, month: str = "2024-01") -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {b.recipient: (b.direct, b.shared) for b in result.buckets() if b.month == month}


def test_first_matching_rule_wins_and_rows_carry_rule_ids() -> None:
    config = AllocationConfig(
        rules=[
            AllocationRule(id="rds-to-data", kind="service", mapping={"rds": "data"}),
            AllocationRule(id="owner", kind="tag", key="owner"),
            AllocationRule(id="acct", kind="account", mapping={"111": "platform"}),
        ]
    )
    result = run(config)
    assert result.row_rule_ids.to_pylist() == [
        "owner",
        "rds-to-data",
        "acct",
        "acct",
        "acct",
        "owner",
        "owner",
    ]
    jan = by_recipient(result)
    assert jan == {
        "team-a": (100 * NANO, 0),
        "data": (50 * NANO, 0),  # service rule precedes the owner tag
        "platform": (90 * NANO, 0),  # tax 30 + support 20 + untagged vm 40
    }
    assert result.unallocated()[("", "2024-01")] == 0


def test_unallocated_is_its_own_bucket() -> None:
    result = run(AllocationConfig(rules=[AllocationRule(id="o", kind="tag", key="owner")]))
    jan = by_recipient(result)
    assert jan[UNALLOCATED] == (90 * NANO, 0)
    assert result.allocated()[("", "2024-01")] == 150 * NANO
    assert result.rule_spend()["o"] == {"": 350 * NANO}


def test_tag_mapping_and_regex_rules() -> None:
    config = AllocationConfig(
        dimension="product",
        rules=[
            AllocationRule(id="env", kind="tag", key="environment", mapping={"prod": "webshop"}),
            AllocationRule(
                id="rx",
                kind="regex",
                pattern=r"^i-(?P<recipient>vm\d?)$",
                resource_field="ResourceId",
            ),
        ],
    )
    result = run(config)
    assert by_recipient(result)["webshop"] == (100 * NANO, 0)
    assert by_recipient(result)["vm"] == (40 * NANO, 0)
    assert by_recipient(result, "2024-02")["vm2"] == (80 * NANO, 0)


def test_invalid_regex_is_a_clear_error() -> None:
    with pytest.raises(PolicyError, match="invalid regular expression"):
        AllocationRule(id="bad", kind="regex", pattern="(", target="x").validate()


def test_default_config_shares_untaggable_proportionally() -> None:
    result = run(default_config())
    jan = by_recipient(result)
    # untaggable 50 split over team-a 100 / team-b 50 -> 33.33.. / 16.66..
    assert jan["team-a"][1] + jan["team-b"][1] == 50 * NANO
    assert jan["team-a"][1] == 33_333_333_333
    assert jan["team-b"][1] == 16_666_666_667
    assert jan[UNALLOCATED] == (40 * NANO, 0)


def test_even_and_fixed_pools() -> None:
    base = [
        AllocationRule(id="sup", kind="untaggable", pool="p"),
        AllocationRule(id="o", kind="tag", key="owner"),
    ]
    even = run(AllocationConfig(rules=base, pools=[SharedPool(id="p", method="even")]))
    assert by_recipient(even)["team-a"][1] == 25 * NANO
    fixed = run(
        AllocationConfig(
            rules=base,
            pools=[SharedPool(id="p", method="fixed", percentages={"team-a": "70", "ops": "30"})],
        )
    )
    assert by_recipient(fixed)["ops"] == (0, 15 * NANO)
    assert by_recipient(fixed)["team-a"] == (100 * NANO, 35 * NANO)
    with pytest.raises(PolicyError, match="sum to 100"):
        SharedPool(id="p", method="fixed", percentages={"a": "70", "b": "20"}).validate()


def test_pool_without_basis_stays_unallocated() -> None:
    costs = make_costs([dict(cost=10, ChargeCategory="Tax"), dict(cost=5)])
    config = AllocationConfig(
        rules=[AllocationRule(id="tax", kind="untaggable", pool="p")],
        pools=[SharedPool(id="p", method="proportional")],
    )
    result = run(config, costs)
    assert result.unallocated()[("", "2024-01")] == 15 * NANO


def test_currencies_are_never_mixed() -> None:
    costs = make_costs(
        [
            dict(cost=10, BillingCurrency="EUR", Tags=tags(owner="a")),
            dict(cost=7, BillingCurrency="USD", Tags=tags(owner="a")),
            dict(cost=3, BillingCurrency="USD", ChargeCategory="Tax"),
        ]
    )
    result = run(default_config(), costs)
    totals = {(b.currency, b.recipient): b.total for b in result.buckets()}
    assert totals == {("EUR", "a"): 10 * NANO, ("USD", "a"): 10 * NANO}


def test_mapping_import_csv_and_xlsx(tmp_path: Path) -> None:
    csv_path = tmp_path / "map.csv"
    csv_path.write_text("Account;Team\n111;platform\n222;data\n\n", encoding="utf-8")
    assert read_mapping_table(csv_path) == {"111": "platform", "222": "data"}
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Owner", "Subscription"])
    sheet.append(["platform", 123456789012])
    xlsx_path = tmp_path / "map.xlsx"
    workbook.save(xlsx_path)
    mapping = read_mapping_table(xlsx_path, key_column="subscription", value_column="owner")
    assert mapping == {"123456789012": "platform"}
    csv_path.write_text("a,b\n1,x\n1,y\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="maps to both"):
        read_mapping_table(csv_path)


def test_config_round_trip() -> None:
    config = AllocationConfig(
        dimension="cost_centre",
        rules=[
            AllocationRule(
                id="r", kind="regex", pattern="x", target="t", resource_field="ResourceName"
            ),
            AllocationRule(id="c", kind="charge_category", values=["Credit"], pool="p"),
        ],
        pools=[SharedPool(id="p", method="fixed", percentages={"a": "12.5", "b": "87.5"})],
    )
    assert AllocationConfig.from_dict(config.to_dict()) == config
