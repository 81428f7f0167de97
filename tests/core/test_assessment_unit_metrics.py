"""The ``unit_metrics_present`` evidence KPI: registered, bilingual, and honest about gaps."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from workbench.core.analysis.kpi_registry import KpiInputs, compute_kpis
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.assessment import Level, load_thresholds, suggest_level
from workbench.core.assessment.kpis import engagement_evidence
from workbench.core.assessment.unit_metrics import KPI_ID, months_between
from workbench.core.business_metrics import SECTION
from workbench.core.engagement import Engagement, EngagementMeta

START = dt.date(2025, 1, 1)


def _engagement(days: int = 90) -> Engagement:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    shape = SyntheticShape(rows=1_500, days=days, start=START, tag_sets=20, profiles=30)
    engagement.set_costs(synthetic_costs(shape))
    return engagement


def _metrics(*columns: tuple[str, list[str]]) -> dict[str, Any]:
    """A business_metrics section: one row per listed month, per metric."""
    names = [name for name, _ in columns]
    months = sorted({m for _, ms in columns for m in ms})
    rows = [[f"{m}-01", *[(100.0 if m in ms else None) for _, ms in columns]] for m in months]
    return {"columns": names, "rows": rows, "source": "metrics.csv"}


def _value(engagement: Engagement) -> object:
    kpis = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost"))
    return kpis[KPI_ID].value


def test_months_between() -> None:
    assert months_between(dt.date(2025, 11, 30), dt.date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_registered_with_bilingual_label_and_formula() -> None:
    engagement = _engagement()
    kpi = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost"))[KPI_ID]
    assert kpi.unit == "bool"
    assert kpi.label.nl != kpi.label.en and kpi.formula.nl and kpi.formula.en
    assert kpi.to_json("nl")["label"] == "Eenheidsmetingen aanwezig"


def test_no_metrics_is_false() -> None:
    assert _value(_engagement()) is False


def test_metric_covering_the_period_is_true() -> None:
    engagement = _engagement()  # 90 days from January: January to March
    engagement.set_section(SECTION, _metrics(("orders", ["2025-01", "2025-02", "2025-03"])))
    assert _value(engagement) is True


def test_metric_with_a_missing_month_is_false() -> None:
    engagement = _engagement()
    engagement.set_section(
        SECTION,
        _metrics(("orders", ["2025-01", "2025-03"]), ("users", ["2025-02", "2025-03"])),
    )
    assert _value(engagement) is False


def test_one_covering_metric_is_enough() -> None:
    engagement = _engagement()
    engagement.set_section(
        SECTION,
        _metrics(("orders", ["2025-01"]), ("users", ["2025-01", "2025-02", "2025-03", "2025-04"])),
    )
    kpis = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost"))
    assert kpis[KPI_ID].details["covering"] == ["users"]
    assert _value(engagement) is True


def test_no_cost_rows_is_no_data() -> None:
    engagement = _engagement()
    empty = engagement.costs.slice(0, 0)
    kpi = compute_kpis(KpiInputs(engagement, empty, "BilledCost"))[KPI_ID]
    assert kpi.value is None and kpi.reason is not None


def test_evidence_reads_it_and_suggests_crawl() -> None:
    engagement = _engagement()
    engagement.set_section(SECTION, _metrics(("orders", ["2025-01", "2025-02", "2025-03"])))
    thresholds = load_thresholds()
    values = engagement_evidence(engagement, thresholds)
    assert values[KPI_ID] is True
    assert suggest_level(KPI_ID, values[KPI_ID], thresholds).level == Level.CRAWL
    # The analyses of later issues stay "no data", never a guess.
    for later in ("forecast_variance", "waste_share", "anomaly_days_unnoticed"):
        assert values[later] is None


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_json_has_label_in_both_languages(lang: str) -> None:
    engagement = _engagement()
    kpi = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost"))[KPI_ID]
    assert kpi.to_json(lang)["formula"] == kpi.formula.get(lang)
