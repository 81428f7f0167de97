"""Results of one scope: current, target and gap per capability, domain and overall levels,
biggest gaps and strengths, and the comparison with the previous assessment of the scope.

Domain and overall level: the level that *more than half* of the assessed capabilities
have reached, i.e. the lower median of their current levels (not started = 0 ... Run = 3).
A facilitator reads "Crawl overall" as "most of what we looked at crawls": one capability
that has not started yet does not pull a room full of Crawl down to "not started" (as a
rounded-down mean did), and one strong capability does not lift the rest. Capabilities
without a level (nothing answered, only N/A / don't know / skip) are left out; when none
has a level, the domain or overall level is None ("not assessed"), never "not started".
The percentage next to it stays the plain mean of the capability percentages.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from workbench.core.assessment.model import CapabilityModel, Level
from workbench.core.assessment.scoring import CapabilityScore, default_target, score_capability
from workbench.core.assessment.state import AssessmentState, HistoryEntry, ScopeAssessment

TOP_N: Final = 5
_VALUE_RANK: Final = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class CapabilityResult:
    capability_id: str
    domain_id: str
    business_value: str
    score: CapabilityScore
    computed_level: Level | None
    agreed_level: Level | None  # facilitator override, if any
    override_reason: str
    current_level: Level | None  # agreed if set, else computed
    target_level: Level | None
    target_is_default: bool
    gap: int | None  # target - current, in levels
    previous_level: Level | None
    previous_percent: float | None
    change: int | None  # current - previous, in levels
    note: str


@dataclass(frozen=True)
class DomainResult:
    domain_id: str
    level: Level | None
    percent: float | None
    assessed: int  # capabilities in focus with a level
    in_focus: int


@dataclass(frozen=True)
class Results:
    scope_id: str
    model_version: str
    capabilities: tuple[CapabilityResult, ...]
    domains: tuple[DomainResult, ...]
    overall_level: Level | None
    overall_percent: float | None
    biggest_gaps: tuple[str, ...]  # capability ids, largest gap first
    strengths: tuple[str, ...]  # capability ids, strongest first
    previous_assessed_at: str | None

    def capability(self, capability_id: str) -> CapabilityResult:
        for result in self.capabilities:
            if result.capability_id == capability_id:
                return result
        raise KeyError(f"capability {capability_id!r} is not in this result")

    def gaps(self) -> tuple[tuple[str, Level, Level], ...]:
        """(capability id, current, target) for every positive gap: the roadmap input."""
        return tuple(
            (r.capability_id, r.current_level, r.target_level)
            for r in self.capabilities
            if r.current_level is not None and r.target_level is not None and (r.gap or 0) > 0
        )


def majority_level(levels: Iterable[Level | None]) -> Level | None:
    """The highest level more than half of the assessed capabilities reach (lower median);
    None when nothing has a level. See the module docstring."""
    ranked = sorted(level for level in levels if level is not None)
    return ranked[(len(ranked) - 1) // 2] if ranked else None


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def focus_ids(model: CapabilityModel, scope: ScopeAssessment) -> tuple[str, ...]:
    """Capabilities in focus, in model order; all of them when none were chosen."""
    chosen = set(scope.capabilities)
    return tuple(c.id for c in model.capabilities if not chosen or c.id in chosen)


def _previous(scope: ScopeAssessment) -> HistoryEntry | None:
    return max(scope.history, key=lambda h: h.assessed_at) if scope.history else None


def _capability_result(
    model: CapabilityModel, scope: ScopeAssessment, cap_id: str, previous: HistoryEntry | None
) -> CapabilityResult:
    cap = model.capability(cap_id)
    score = score_capability(
        cap,
        scope.answers,
        lens_scores=scope.lens_scores.get(cap_id),
        lens_weights=scope.lens_weights,
        roles=scope.roles(),
    )
    override = scope.overrides.get(cap_id)
    current = override.level if override else score.level
    explicit_target = scope.targets.get(cap_id)
    target = (
        explicit_target
        if explicit_target is not None
        else default_target(current, cap.business_value)
    )
    prev_level = previous.levels.get(cap_id) if previous else None
    return CapabilityResult(
        capability_id=cap_id,
        domain_id=cap.domain,
        business_value=cap.business_value,
        score=score,
        computed_level=score.level,
        agreed_level=override.level if override else None,
        override_reason=override.reason if override else "",
        current_level=current,
        target_level=target,
        target_is_default=explicit_target is None,
        gap=None if current is None or target is None else int(target) - int(current),
        previous_level=prev_level,
        previous_percent=previous.percents.get(cap_id) if previous else None,
        change=None if current is None or prev_level is None else int(current) - int(prev_level),
        note=scope.notes.get(cap_id, ""),
    )


def assessment_results(
    model: CapabilityModel, state: AssessmentState, scope: str | ScopeAssessment
) -> Results:
    """Results for one scope (by id or object) of the engagement's assessment state."""
    scope_obj = state.scope(scope) if isinstance(scope, str) else scope
    previous = _previous(scope_obj)
    caps = tuple(
        _capability_result(model, scope_obj, cap_id, previous)
        for cap_id in focus_ids(model, scope_obj)
    )
    domains = []
    for domain in model.domains:
        in_domain = [r for r in caps if r.domain_id == domain.id]
        levels = [r.current_level for r in in_domain if r.current_level is not None]
        percents = [r.score.percent for r in in_domain if r.score.percent is not None]
        domains.append(
            DomainResult(
                domain.id, majority_level(levels), _mean(percents), len(levels), len(in_domain)
            )
        )
    gaps = sorted(
        (r for r in caps if (r.gap or 0) > 0),
        key=lambda r: (-(r.gap or 0), _VALUE_RANK.get(r.business_value, 3), r.current_level or 0),
    )
    strengths = sorted(
        (r for r in caps if r.current_level is not None and r.current_level >= Level.CRAWL),
        key=lambda r: (-(r.current_level or 0), -(r.score.percent or 0.0)),
    )
    all_levels = [r.current_level for r in caps if r.current_level is not None]
    return Results(
        scope_id=scope_obj.id,
        model_version=model.model_version,
        capabilities=caps,
        domains=tuple(domains),
        overall_level=majority_level(all_levels),
        overall_percent=_mean([r.score.percent for r in caps if r.score.percent is not None]),
        biggest_gaps=tuple(r.capability_id for r in gaps[:TOP_N]),
        strengths=tuple(r.capability_id for r in strengths[:TOP_N]),
        previous_assessed_at=previous.assessed_at if previous else None,
    )


def archive_assessment(
    model: CapabilityModel, state: AssessmentState, scope_id: str, assessed_at: str
) -> HistoryEntry:
    """Close the current round of a scope: snapshot it into the history, then clear the
    round's answers, lens scores, overrides, evidence decisions and notes. Participants,
    focus, targets and weights stay for the next workshop, which compares with this one."""
    scope = state.scope(scope_id)
    results = assessment_results(model, state, scope)
    entry = HistoryEntry(
        assessed_at=assessed_at,
        model_version=model.model_version,
        levels={r.capability_id: r.current_level for r in results.capabilities},
        percents={r.capability_id: r.score.percent for r in results.capabilities},
        targets={r.capability_id: r.target_level for r in results.capabilities},
    )
    scope.history.append(entry)
    scope.answers.clear()
    scope.lens_scores.clear()
    scope.overrides.clear()
    scope.evidence.clear()
    scope.notes.clear()
    return entry
