"""The demo workshop reads as a facilitator would expect: Crawl overall, Walk in reporting,
the Webshop a step further, unit metrics present in the data."""

from __future__ import annotations

from workbench.core.assessment import AssessmentState, Level, assessment_results, load_model
from workbench.core.assessment.kpis import maturity_document
from workbench.core.engagement import Engagement


def test_demo_levels(demo_engagement: Engagement) -> None:
    model = load_model()
    state = AssessmentState.from_dict(demo_engagement.section("assessment"))
    org = assessment_results(model, state, "organisation")
    assert org.overall_level == Level.CRAWL
    assert org.capability("reporting-analytics").current_level == Level.WALK
    assert all(d.level == Level.CRAWL for d in org.domains)
    assert org.capability("allocation").score.lens_sources["automation"] == "facilitator"
    webshop = assessment_results(model, state, "webshop")
    assert webshop.overall_level == Level.WALK
    assert webshop.overall_percent is not None and org.overall_percent is not None
    assert webshop.overall_percent > org.overall_percent


def test_demo_evidence_has_unit_metrics(demo_engagement: Engagement) -> None:
    document = maturity_document(demo_engagement)
    assert document is not None
    evidence = document["scopes"][0]["evidence"]
    unit = next(e for e in evidence if e["kpi_id"] == "unit_metrics_present")
    assert (unit["value"], unit["suggested_level"]) == (True, "crawl")
