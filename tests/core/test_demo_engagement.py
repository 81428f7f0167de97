"""The demo engagement is imported through the real importer and feeds every feature."""

from __future__ import annotations

from decimal import Decimal

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from workbench.core import business_metrics
from workbench.core import demo_engagement as demo_engagement_module
from workbench.core.demo import COMPANY
from workbench.core.demo_engagement import load_or_build_demo
from workbench.core.engagement import Engagement
from workbench.core.money import nano_to_decimal


def _plain(table: pa.Table) -> pa.Table:
    """The same values without dictionary encoding (Parquet may re-chunk dictionaries)."""
    columns = [
        col.cast(col.type.value_type) if pa.types.is_dictionary(col.type) else col
        for col in table.columns
    ]
    return pa.table(columns, names=table.column_names).combine_chunks()


def test_demo_has_three_providers_twelve_months_one_currency(demo_engagement: Engagement) -> None:
    costs = demo_engagement.costs
    providers = set(pc.unique(costs.column("ProviderName").cast(pa.string())).to_pylist())
    assert providers == {"AWS", "Microsoft", "Google Cloud"}
    months = set(pc.strftime(costs.column("ChargePeriodStart"), format="%Y-%m").to_pylist())
    assert len(months) == 12
    assert set(pc.unique(costs.column("BillingCurrency").cast(pa.string())).to_pylist()) == {
        COMPANY.currency
    }
    assert demo_engagement.meta.client == COMPANY.name


def test_demo_costs_reconcile_with_the_import_reports(demo_engagement: Engagement) -> None:
    """The sum of the per-file reconciled totals equals the table's billed total."""
    reports = demo_engagement.section("imports")
    assert reports and all(r["status"] == "imported" for r in reports)
    costs = demo_engagement.costs
    for provider, prefix in (("AWS", "aws-"), ("Google Cloud", "gcp-")):
        reported = sum(
            Decimal(r["currencies"][COMPANY.currency]["billed_cost"])
            for r in reports
            if r["format_id"].startswith(prefix)
        )
        mask = pc.equal(costs.column("ProviderName").cast(pa.string()), provider)
        table_total = nano_to_decimal(int(pc.sum(costs.column("BilledCost").filter(mask)).as_py()))
        assert reported > 0
        assert table_total == reported, provider


def test_demo_has_metrics_assessment_and_roadmap(demo_engagement: Engagement) -> None:
    monthly = business_metrics.monthly_metric_totals(demo_engagement)
    assert set(monthly) >= {"active_users", "transactions"}
    assert len(monthly["active_users"]) == 12
    state = demo_engagement.section("assessment")
    assert {s["id"] for s in state["scopes"]} == {"organisation", "webshop"}
    assert state["scopes"][0]["history"], "last year's workshop is kept as history"
    assert len(demo_engagement.section("roadmap")["items"]) >= 5


def test_cached_demo_is_reused(tmp_home: object, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_or_build_demo(lang="en")

    def must_not_rebuild(*_args: object, **_kwargs: object) -> Engagement:
        raise AssertionError("the cached demo should have been used")

    monkeypatch.setattr(demo_engagement_module, "build_demo_engagement", must_not_rebuild)
    second = load_or_build_demo(lang="nl")
    assert _plain(second.costs).equals(_plain(first.costs))
    assert second.meta.language == "nl" and first.meta.language == "en"
    assert second.revision == 0


def test_demo_azure_actual_and_amortized_are_combined(demo_engagement: Engagement) -> None:
    """Microsoft Billed comes from the actual export, Effective from the amortized export:
    importing both does not double count."""
    reports = demo_engagement.section("imports")
    totals = {
        r["facts"]["cost_kind"]: r["currencies"][COMPANY.currency]
        for r in reports
        if r["format_id"] == "azure-cost"
    }
    costs = demo_engagement.costs
    mask = pc.equal(costs.column("ProviderName").cast(pa.string()), "Microsoft")
    billed = nano_to_decimal(int(pc.sum(costs.column("BilledCost").filter(mask)).as_py()))
    effective = nano_to_decimal(int(pc.sum(costs.column("EffectiveCost").filter(mask)).as_py()))
    assert billed == Decimal(totals["actual"]["billed_cost"])
    assert effective == Decimal(totals["amortized"]["effective_cost"])
