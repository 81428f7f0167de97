from __future__ import annotations

import pytest
from test_tagging_fixtures import NANO, make_costs, small_fixture, tags

from workbench.core.analysis.kpi_registry import KpiInputs, compute_kpis
from workbench.core.engagement import Engagement
from workbench.core.tagging.aliases import propose_aliases
from workbench.core.tagging.allocation_model import UNALLOCATED
from workbench.core.tagging.analysis import analyse
from workbench.core.tagging.policy import default_policy, load_policy, save_policy
from workbench.core.tagging.showback import chargeback_lines
from workbench.core.tagging.untaggable import load_untaggable_rules
from workbench.core.tagging.worklist import build_worklist


def test_alias_proposals_by_spend_and_rejection() -> None:
    costs = make_costs(
        [
            dict(cost=30, Tags=tags(Kostenplaats="1", Eigenaar="x")),  # already aliases
            dict(cost=20, Tags=tags(EnvironmentName="p", Tier="web", Ownr="y")),
            dict(cost=5, Tags=tags(Aplication="z", Costcentre_="1")),
            dict(cost=1, Tags=tags(Colour="red")),
        ]
    )
    policy = default_policy()
    proposals = {(p.raw_key, p.policy_key): p for p in propose_aliases(costs, policy)}
    assert ("Tier", "environment") in proposals
    assert proposals[("Tier", "environment")].reason == "synonym"
    assert proposals[("Ownr", "owner")].reason == "similar"
    assert proposals[("Ownr", "owner")].spend == {"": 20 * NANO}
    assert proposals[("Aplication", "application")].reason == "similar"
    assert not any(raw in ("Kostenplaats", "Eigenaar", "EnvironmentName", "Colour")
                   for raw, _ in proposals)  # fmt: skip
    policy.reject_alias("Tier", "environment")
    policy.accept_alias("Ownr", "owner")
    again = {(p.raw_key, p.policy_key) for p in propose_aliases(costs, policy)}
    assert ("Tier", "environment") not in again and ("Ownr", "owner") not in again
    engagement = Engagement()
    save_policy(engagement, policy)
    assert load_policy(engagement) == policy


def test_worklist_sorted_by_cost_with_inferred_owner() -> None:
    items = build_worklist(small_fixture(), default_policy(), "BilledCost", load_untaggable_rules())
    assert [i.resource_id for i in items] == ["i-vm2", "db-1", "i-vm"]
    vm = items[2]
    assert vm.missing == ("owner", "cost-center", "application", "environment")
    assert (vm.inferred_owner, vm.owner_source) == ("team-a", "resource_group")
    assert items[1].invalid == (("environment", "weird"),)
    mapped = build_worklist(
        small_fixture(), default_policy(), "BilledCost", load_untaggable_rules(),
        account_owners={"111": "platform"},
    )  # fmt: skip
    assert (mapped[2].inferred_owner, mapped[2].owner_source) == ("platform", "account_mapping")


def test_kpis_in_registry() -> None:
    engagement = Engagement()
    engagement.meta.currency = ""
    kpis = compute_kpis(KpiInputs(engagement, small_fixture(), "BilledCost"))
    assert kpis["tag_coverage.owner"].value == pytest.approx(350 / 390)
    assert kpis["tag_coverage.all_required"].value == pytest.approx(220 / 390)
    assert kpis["untaggable_share"].value == pytest.approx(50 / 440)
    # default rules: owner tag + untaggable shared proportionally; i-vm (40) unallocated
    assert kpis["allocatable_share"].value == pytest.approx(400 / 440)
    assert kpis["owner_allocated_share"].value == pytest.approx(350 / 440)
    assert kpis["showback_complete"].value is True
    assert kpis["showback_complete"].details["monthly_share"]["2024-01"] == pytest.approx(200 / 240)
    assert "taggable" in kpis["tag_coverage.owner"].formula.en
    assert kpis["allocatable_share"].label.nl == "Aandeel toegewezen"


def test_kpis_without_data_give_reasons() -> None:
    kpis = compute_kpis(KpiInputs(Engagement(), Engagement().costs, "BilledCost"))
    assert kpis["allocatable_share"].value is None
    assert kpis["allocatable_share"].reason is not None


def test_showback_and_chargeback_reconcile() -> None:
    analysis = analyse(Engagement(), small_fixture())
    report = analysis.showback
    assert report.months == ["2024-01", "2024-02"]
    assert report.recipients("")[-1] == UNALLOCATED
    feb_a = report.line("", "2024-02", "team-a")
    assert feb_a is not None and feb_a.direct == 120 * NANO
    assert feb_a.previous_total == 100 * NANO + 33_333_333_333
    assert report.top_services[("", "team-a")] == [("EC2", 220 * NANO)]
    lines = chargeback_lines(analysis.allocation)
    for period, total in analysis.allocation.totals.items():
        assert sum(g.amount for g in lines if (g.currency, g.period) == period) == total
    assert {g.basis for g in lines} == {"direct", "shared:shared", "unallocated"}
    (stacked,) = analysis.allocation_breakdown()
    assert stacked.totals == [240.0, 200.0]
    assert sum(v[0] for v in stacked.values.values()) == pytest.approx(240.0)
    (trend,) = analysis.coverage_trend()
    assert trend.months == ["2024-01", "2024-02"]


def test_value_merge_proposals() -> None:
    from workbench.core.tagging.aliases import propose_value_merges

    costs = make_costs(
        [
            dict(cost=30, Tags=tags(owner="d.peters")),
            dict(cost=10, Tags=tags(owner="d.peters@example.com")),
            dict(cost=5, Tags=tags(owner="Team_A")),
            dict(cost=8, Tags=tags(owner="team-a")),
        ]
    )
    policy = default_policy()
    found = {(p.raw_value, p.value, p.reason) for p in propose_value_merges(costs, policy, "owner")}
    assert found == {
        ("d.peters@example.com", "d.peters", "email_local_part"),
        ("Team_A", "team-a", "case_or_separator"),
    }
    policy.accept_value("owner", "Team_A", "team-a")
    policy.reject_value("owner", "d.peters@example.com", "d.peters")
    assert propose_value_merges(costs, policy, "owner") == []
    assert default_policy().from_dict(policy.to_dict()) == policy
