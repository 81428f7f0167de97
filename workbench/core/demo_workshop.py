"""A worked example workshop for the demo engagement.

The demo must make every screen meaningful, including the assessment results, the roadmap
and the report. So the demo company has already held one workshop a year ago (kept as
history) and a second one now, with five participants who do not always agree. Answers are
drawn from a seeded generator around a per-capability "true" level, so they are
deterministic and plausible: the organisation crawls overall (most capabilities at Crawl),
walks in data ingestion, reporting and budgeting, and has not started unit economics and
chargeback; the Webshop business unit is a step further (Walk overall).
"""

from __future__ import annotations

import random
from typing import Final

from workbench.core.assessment import (
    AssessmentState,
    LevelOverride,
    Participant,
    ScopeAssessment,
    archive_assessment,
    assessment_results,
    load_model,
)
from workbench.core.assessment.model import Level
from workbench.core.engagement import Engagement
from workbench.core.roadmap import generate_roadmap

ASSESSMENT_SECTION: Final = "assessment"
ROADMAP_SECTION: Final = "roadmap"

#: The level each capability "really" sits at in the demo company (0 = not started .. 4).
_TRUE_LEVEL: Final = {
    "data-ingestion": 2.1,
    "allocation": 1.5,
    "reporting-analytics": 2.3,
    "anomaly-management": 1.2,
    "forecasting": 1.3,
    "budgeting": 1.8,
    "unit-economics": 0.5,
    "rate-optimization": 1.4,
    "usage-optimization": 1.2,
    "invoicing-chargeback": 0.6,
    "education-enablement": 1.1,
    "automation-tools-services": 1.2,
    "executive-strategy-alignment": 1.3,
}

_PARTICIPANTS: Final = (
    Participant("p-finance", "Marieke de Vries (controller)", "finance"),
    Participant("p-platform", "Joost Bakker (platform lead)", "engineering"),
    Participant("p-product", "Fatima El Amrani (product owner webshop)", "product"),
    Participant("p-cto", "Henk Jansen (CTO)", "leadership"),
    Participant("p-inkoop", "Sanne Visser (inkoop)", "procurement"),
)


def _answer(rng: random.Random, true_level: float, spread: float) -> int:
    return max(0, min(4, round(rng.gauss(true_level, spread))))


def _answer_round(
    scope: ScopeAssessment, capability_ids: list[str], shift: float, seed: int
) -> None:
    model = load_model()
    rng = random.Random(seed)
    for cap_id in capability_ids:
        capability = model.capability(cap_id)
        base = _TRUE_LEVEL.get(cap_id, 1.0) + shift
        for participant in scope.participants:
            # Engineering is more optimistic about automation, finance less: a real spread.
            bias = {"engineering": 0.3, "finance": -0.3}.get(participant.role, 0.0)
            for question in capability.questions:
                scope.set_answer(participant.id, question.id, _answer(rng, base + bias, 0.6))


def add_example_workshop(engagement: Engagement) -> None:
    model = load_model()
    focus = [c for c in _TRUE_LEVEL if model.has_capability(c)]
    organisation = ScopeAssessment(
        id="organisation",
        name="Zuiderzee Logistiek (hele organisatie)",
        kind="organisation",
        capabilities=focus,
        participants=list(_PARTICIPANTS),
    )
    webshop = ScopeAssessment(
        id="webshop",
        name="Business unit Webshop",
        kind="business_unit",
        capabilities=focus[:6],
        participants=list(_PARTICIPANTS[1:4]),
    )
    state = AssessmentState(scopes=[organisation, webshop], model_version=model.model_version)
    # Last year's workshop, a notch lower, archived as history of the organisation scope.
    _answer_round(organisation, focus, shift=-0.5, seed=2025)
    archive_assessment(model, state, "organisation", "2025-11-20T10:00:00+00:00")
    _answer_round(organisation, focus, shift=0.0, seed=2026)
    _answer_round(webshop, focus[:6], shift=0.5, seed=2027)
    # The facilitator scored one lens directly: the room agreed tagging is done by hand.
    organisation.lens_scores["allocation"] = {"automation": 1.0}
    organisation.notes["allocation"] = (
        "Tag policy exists on paper (owner, cost-center) but is not enforced; "
        "Azure subscriptions map cleanly to teams, AWS accounts do not."
    )
    organisation.notes["unit-economics"] = (
        "Active users and shipments are tracked by product analytics, never joined with cost."
    )
    if model.has_capability("reporting-analytics"):
        organisation.overrides["reporting-analytics"] = LevelOverride(
            Level.WALK,
            "Monthly cost report per team is in place since Q2; agreed in the room.",
            "2026-11-03T11:30:00+00:00",
        )
    engagement.set_section(ASSESSMENT_SECTION, state.to_dict())
    results = assessment_results(model, state, "organisation")
    roadmap = generate_roadmap(results)
    engagement.set_section(ROADMAP_SECTION, roadmap.to_dict())
