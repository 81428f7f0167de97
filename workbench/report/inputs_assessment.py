"""Maturity for the report, read from the assessment (section "assessment").

The first scope is the headline (radar, capability pages); every scope is a heatmap
column. Evidence comes from the KPI registry through the assessment's own thresholds, so
the report shows exactly the suggestion the workshop saw. None when nothing is assessed.
"""

from __future__ import annotations

from typing import Any

from workbench.core.engagement import Engagement
from workbench.report.model import CapabilityScore, DomainScore, Evidence, MaturityData

SECTION = "assessment"


def _bar_text(spec: Any, bar: Any, lang: str) -> str:
    """ "≥ 80%" style text of one threshold bar, in the assessment's own number format."""
    from workbench.core.assessment.evidence import format_kpi_value

    if spec.direction == "higher_better":
        sign = "≥" if bar.inclusive else ">"
    else:
        sign = "≤" if bar.inclusive else "<"
    return f"{sign} {format_kpi_value(bar.value, spec.unit, lang)}"


def _level_name(level: Any, lang: str) -> str | None:
    """The suggested level in the report language (Crawl/Walk/Run stay as they are)."""
    if level is None:
        return None
    names = dict(zip(("not_started", "crawl", "walk", "run"), _default_levels(lang), strict=True))
    key = str(level.key)
    return names.get(key, key.replace("_", " ").title())


def _level(value: Any) -> float | None:
    return None if value is None else float(int(value))


def _evidence(cap: Any, kpis: dict[str, Any], thresholds: Any, lang: str) -> tuple[Evidence, ...]:
    from workbench.core.assessment.evidence import format_kpi_value, suggest_level
    from workbench.core.assessment.kpis import REGISTRY_IDS

    rows: list[Evidence] = []
    for kpi_id in cap.evidence:
        kpi = kpis.get(REGISTRY_IDS.get(kpi_id, kpi_id))
        value = None if kpi is None else kpi.value
        if isinstance(value, str):
            value = None  # money KPIs are not thresholded
        suggestion = suggest_level(kpi_id, value, thresholds)
        spec = thresholds.kpis.get(kpi_id)
        label = spec.label.get(lang) if spec is not None else kpi_id
        note = ""
        if value is None or spec is None:
            shown, note = "–", suggestion.explanation.get(lang)
        elif isinstance(value, bool):
            shown = (
                {True: "ja", False: "nee"}[value] if lang == "nl" else ("yes" if value else "no")
            )
        else:
            shown = format_kpi_value(float(value), spec.unit, lang)
        bar = suggestion.threshold_used
        rows.append(
            Evidence(
                label=label,
                value=shown,
                suggested_level=_level_name(suggestion.level, lang),
                threshold=_bar_text(spec, bar, lang) if spec is not None and bar else None,
                note=note,
            )
        )
    return tuple(rows)


def read_maturity(engagement: Engagement, lang: str) -> MaturityData | None:
    raw = engagement.section(SECTION)
    if not raw:
        return None
    from workbench.core.analysis.kpi_registry import KpiInputs, compute_kpis
    from workbench.core.assessment.loader import load_model
    from workbench.core.assessment.results import assessment_results
    from workbench.core.assessment.state import AssessmentState
    from workbench.core.assessment.thresholds import load_thresholds

    state = AssessmentState.from_dict(raw)
    if not state.scopes:
        return None
    model = load_model()
    thresholds = load_thresholds(overrides=state.threshold_overrides)
    results = [assessment_results(model, state, scope) for scope in state.scopes]
    main = results[0]
    kpis = compute_kpis(KpiInputs(engagement, engagement.costs, "BilledCost"))
    by_scope: dict[str, dict[str, float | None]] = {}
    for scope, result in zip(state.scopes, results, strict=True):
        for cap_result in result.capabilities:
            by_scope.setdefault(cap_result.capability_id, {})[scope.name] = _level(
                cap_result.current_level
            )
    capabilities = []
    for cap_result in main.capabilities:
        cap = model.capability(cap_result.capability_id)
        capabilities.append(
            CapabilityScore(
                id=cap.id,
                domain_id=cap.domain,
                name=cap.name.get(lang),
                level=_level(cap_result.current_level),
                target=_level(cap_result.target_level),
                previous=_level(cap_result.previous_level),
                description=cap.description.get(lang),
                evidence=_evidence(cap, kpis, thresholds, lang),
                notes=cap_result.note,
                by_scope=by_scope.get(cap.id, {}),
            )
        )
    if all(c.level is None for c in capabilities):
        return None
    domains = tuple(
        DomainScore(
            d.domain_id,
            model.domain(d.domain_id).name.get(lang),
            _level(d.level),
            _domain_target(capabilities, d.domain_id),
        )
        for d in main.domains
        if d.assessed
    )
    level_names = _default_levels(lang)
    return MaturityData(
        overall=_level(main.overall_level),
        level_names=level_names,
        level_max=3.0,
        domains=domains,
        capabilities=tuple(capabilities),
        scopes=tuple(s.name for s in state.scopes) if len(state.scopes) > 1 else (),
        scoring_rules=_scoring_rules(thresholds, lang),
    )


def _domain_target(capabilities: list[CapabilityScore], domain_id: str) -> float | None:
    """Mean target of the domain's capabilities, rounded down like the domain level."""
    targets = [c.target for c in capabilities if c.domain_id == domain_id and c.target is not None]
    return float(int(sum(targets) / len(targets))) if targets else None


def _default_levels(lang: str) -> tuple[str, ...]:
    return ("Niet gestart" if lang == "nl" else "Not started", "Crawl", "Walk", "Run")


def _scoring_rules(thresholds: Any, lang: str) -> tuple[str, ...]:
    rules: list[str] = []
    for kpi_id in sorted(thresholds.kpis):
        spec = thresholds.kpis[kpi_id]
        bars = [
            f"{level.key.title()} {_bar_text(spec, bar, lang)}"
            for level, bar in sorted(spec.levels.items())
        ]
        if bars:
            rules.append(f"{spec.label.get(lang)}: " + "; ".join(bars))
    return tuple(rules)
