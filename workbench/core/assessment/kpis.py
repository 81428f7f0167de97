"""Evidence values for the assessment, and the ``maturity`` block of ``kpis --json``.

Imported by the KPI registry (it is listed in ``kpi_registry.PROVIDER_MODULES``), which makes
the ``maturity`` block appear in the kpis document without editing that command.

Evidence KPIs are read from the KPI registry by id. The thresholds file names a KPI with
underscores only (``tag_coverage_all_required``) where the registry uses a dotted id
(``tag_coverage.all_required``); :data:`REGISTRY_IDS` maps the few that differ. A KPI that
no provider computes yet, or that has no value, is ``None``: "no data", never a guess.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from workbench.core.analysis.kpi_registry import Kpi, KpiInputs, compute_kpis
from workbench.core.analysis.kpis_output import BlockContext, register_block
from workbench.core.assessment.evidence import KpiValue, Suggestion, suggest_for_capability
from workbench.core.assessment.loader import load_model
from workbench.core.assessment.model import CapabilityModel, Level
from workbench.core.assessment.results import Results, assessment_results
from workbench.core.assessment.state import AssessmentState, ScopeAssessment
from workbench.core.assessment.thresholds import Thresholds, load_thresholds
from workbench.core.assessment.unit_metrics import provide as _unit_metrics_provider
from workbench.core.engagement import Engagement

SECTION: Final = "assessment"
#: Imported for its registration side effect (KPI provider ``unit_metrics_present``).
PROVIDERS: Final = (_unit_metrics_provider,)
#: Threshold KPI id -> KPI registry id, where the two spellings differ.
REGISTRY_IDS: Final[dict[str, str]] = {"tag_coverage_all_required": "tag_coverage.all_required"}


def evidence_values(kpis: Mapping[str, Kpi], thresholds: Thresholds) -> dict[str, KpiValue]:
    """Threshold id -> KPI value (None = no data). Money KPIs (decimal strings) never grade."""
    values: dict[str, KpiValue] = {}
    for kpi_id in thresholds.kpis:
        kpi = kpis.get(REGISTRY_IDS.get(kpi_id, kpi_id))
        value = None if kpi is None else kpi.value
        values[kpi_id] = None if isinstance(value, str) else value
    return values


def engagement_evidence(engagement: Engagement, thresholds: Thresholds) -> dict[str, KpiValue]:
    """Evidence values over all of the engagement's data (the workshop looks at everything)."""
    if engagement.costs.num_rows == 0:
        return dict.fromkeys(thresholds.kpis)
    kpis = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost"))
    return evidence_values(kpis, thresholds)


def load_state(engagement: Engagement) -> AssessmentState:
    """The engagement's assessment (empty when none was started)."""
    raw = engagement.section(SECTION)
    return AssessmentState.from_dict(raw) if raw else AssessmentState()


def _key(level: Level | None) -> str | None:
    return None if level is None else level.key


def _suggestion_json(
    capability_id: str, suggestion: Suggestion, scope: ScopeAssessment, thresholds: Thresholds
) -> dict[str, Any]:
    spec = thresholds.get(suggestion.kpi_id)
    bar = suggestion.threshold_used
    decision = next(
        (
            d
            for d in scope.evidence
            if (d.capability_id, d.kpi_id) == (capability_id, suggestion.kpi_id)
        ),
        None,
    )
    return {
        "capability_id": capability_id,
        "kpi_id": suggestion.kpi_id,
        "value": suggestion.value,
        "unit": spec.unit if spec else None,
        "status": suggestion.status,
        "suggested_level": _key(suggestion.level),
        "threshold": None if bar is None else {"value": bar.value, "inclusive": bar.inclusive},
        "explanation": suggestion.explanation.to_dict(),
        "decision": None
        if decision is None
        else {
            "accepted": decision.accepted,
            "level": _key(decision.effective_level),
            "reason": decision.reason,
        },
    }


def scope_block(
    model: CapabilityModel,
    scope: ScopeAssessment,
    results: Results,
    values: Mapping[str, KpiValue],
    thresholds: Thresholds,
) -> dict[str, Any]:
    """One scope of the maturity block: levels, targets, gaps and evidence."""
    evidence: list[dict[str, Any]] = []
    for result in results.capabilities:
        cap = model.capability(result.capability_id)
        for suggestion in suggest_for_capability(cap, values, thresholds):
            evidence.append(_suggestion_json(cap.id, suggestion, scope, thresholds))
    return {
        "scope_id": scope.id,
        "scope_name": scope.name,
        "scope_kind": scope.kind,
        "overall": {"level": _key(results.overall_level), "percent": results.overall_percent},
        "domains": [
            {
                "id": d.domain_id,
                "level": _key(d.level),
                "percent": d.percent,
                "assessed": d.assessed,
                "in_focus": d.in_focus,
            }
            for d in results.domains
        ],
        "capabilities": [
            {
                "id": r.capability_id,
                "domain": r.domain_id,
                "level": _key(r.current_level),
                "computed_level": _key(r.computed_level),
                "agreed_level": _key(r.agreed_level),
                "percent": r.score.percent,
                "target": _key(r.target_level),
                "gap": r.gap,
                "previous_level": _key(r.previous_level),
            }
            for r in results.capabilities
        ],
        "biggest_gaps": list(results.biggest_gaps),
        "strengths": list(results.strengths),
        "evidence": evidence,
    }


def maturity_document(
    engagement: Engagement, values: Mapping[str, KpiValue] | None = None
) -> dict[str, Any] | None:
    """The maturity block for every scope; None when no assessment was started."""
    state = load_state(engagement)
    if not state.scopes:
        return None
    model = load_model()
    thresholds = load_thresholds(overrides=state.threshold_overrides)
    if values is None:
        values = engagement_evidence(engagement, thresholds)
    return {
        "model_version": model.model_version,
        "thresholds_version": thresholds.version,
        "scopes": [
            scope_block(model, s, assessment_results(model, state, s), values, thresholds)
            for s in state.scopes
        ],
    }


@register_block("maturity")
def maturity_block(ctx: BlockContext) -> dict[str, Any] | None:
    """``kpis --json`` block: evidence from the same (filtered) data as the other KPIs."""
    state = load_state(ctx.engagement)
    if not state.scopes:
        return None
    thresholds = load_thresholds(overrides=state.threshold_overrides)
    values = evidence_values(compute_kpis(ctx.inputs), thresholds)
    return maturity_document(ctx.engagement, values)
