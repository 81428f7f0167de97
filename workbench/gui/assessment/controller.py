"""The assessment screens' state holder (no widgets, no scoring: it calls the core).

It keeps the engagement's :class:`AssessmentState`, the chosen scope and respondent, and the
evidence values, and writes the state back into the engagement section "assessment" after
every change, so a workshop can stop at any moment and resume later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from workbench.core.assessment import (
    AnswerValue,
    AssessmentState,
    Capability,
    CapabilityModel,
    EvidenceDecision,
    Level,
    LevelOverride,
    Participant,
    Results,
    ScopeAssessment,
    StateFormatError,
    Suggestion,
    Thresholds,
    assessment_results,
    focus_ids,
    load_model,
    load_thresholds,
    score_capability,
    suggest_for_capability,
)
from workbench.core.assessment.evidence import KpiValue
from workbench.core.assessment.kpis import SECTION
from workbench.core.engagement import Engagement

GROUP_ID = "group"  # the respondent used when nobody is listed: the room as a whole


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "scope"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class AssessmentController:
    def __init__(self, model: CapabilityModel | None = None) -> None:
        self.model = model or load_model()
        self.engagement: Engagement | None = None
        self.state = AssessmentState(model_version=self.model.model_version)
        self.thresholds: Thresholds = load_thresholds()
        self.values: dict[str, KpiValue] | None = None  # None: still being computed
        self.scope_id = ""
        self.participant_id = ""
        self.load_error = ""

    # -- engagement -------------------------------------------------------------------
    def bind(self, engagement: Engagement) -> None:
        self.engagement = engagement
        self.load_error = ""
        raw = engagement.section(SECTION)
        try:
            self.state = AssessmentState.from_dict(raw) if raw else AssessmentState()
            self.thresholds = load_thresholds(overrides=self.state.threshold_overrides)
        except (StateFormatError, ValueError) as exc:
            self.load_error = str(exc)
            self.state = AssessmentState()
            self.thresholds = load_thresholds()
        self.state.model_version = self.state.model_version or self.model.model_version
        self.values = None
        self.scope_id = self.state.scopes[0].id if self.state.scopes else ""
        self.participant_id = ""

    def save(self) -> None:
        """Write the state into the engagement (the page emits ``changed`` afterwards)."""
        if self.engagement is None:
            return
        if self.has_scope():
            self.scope().updated_at = _now()
        self.engagement.set_section(SECTION, self.state.to_dict())

    # -- scopes and participants ------------------------------------------------------
    def has_scope(self) -> bool:
        return any(s.id == self.scope_id for s in self.state.scopes)

    def scope(self) -> ScopeAssessment:
        if not self.has_scope():
            self.add_scope("Whole organisation", "organisation")
        return self.state.scope(self.scope_id)

    def add_scope(self, name: str, kind: str) -> ScopeAssessment:
        scope = ScopeAssessment(
            id=slug(name, {s.id for s in self.state.scopes}),
            name=name,
            kind=kind,
            capabilities=list(self.model.starter_set()),
        )
        self.state.scopes.append(scope)
        self.scope_id = scope.id
        return scope

    def remove_scope(self, scope_id: str) -> None:
        self.state.scopes = [s for s in self.state.scopes if s.id != scope_id]
        if self.scope_id == scope_id:
            self.scope_id = self.state.scopes[0].id if self.state.scopes else ""

    def add_participant(self, name: str, role: str) -> Participant:
        scope = self.scope()
        person = Participant(slug(name, {p.id for p in scope.participants}), name, role)
        scope.participants.append(person)
        return person

    def respondent(self) -> str:
        """The participant answering now; the whole group when nobody is listed."""
        people = [p.id for p in self.scope().participants]
        if self.participant_id in people:
            return self.participant_id
        return people[0] if people else GROUP_ID

    # -- focus -------------------------------------------------------------------------
    def focus(self) -> tuple[str, ...]:
        return focus_ids(self.model, self.scope())

    def capability(self, capability_id: str) -> Capability:
        return self.model.capability(capability_id)

    # -- answers -----------------------------------------------------------------------
    def answer(self, question_id: str) -> AnswerValue | None:
        return self.scope().answers.get(self.respondent(), {}).get(question_id)

    def set_answer(self, question_id: str, value: AnswerValue) -> None:
        self.scope().set_answer(self.respondent(), question_id, value)

    def answered_count(self, capability_id: str) -> tuple[int, int]:
        """(questions the current respondent has answered in any way, questions)."""
        cap = self.capability(capability_id)
        given = self.scope().answers.get(self.respondent(), {})
        return sum(1 for q in cap.questions if q.id in given), len(cap.questions)

    def set_note(self, capability_id: str, text: str) -> None:
        self.scope().notes[capability_id] = text

    # -- lens scores ---------------------------------------------------------------------
    def lens_score(self, capability_id: str, lens: str) -> float | None:
        """The facilitator's direct score of a lens (None: taken from the answers)."""
        return self.scope().lens_scores.get(capability_id, {}).get(lens)

    def set_lens_score(self, capability_id: str, lens: str, value: float | None) -> None:
        """Score a lens directly (0..4), or hand it back to the answers (None)."""
        scores = self.scope().lens_scores
        if value is None:
            scores.get(capability_id, {}).pop(lens, None)
            if not scores.get(capability_id):
                scores.pop(capability_id, None)
        else:
            if not 0 <= value <= 4:
                raise ValueError(f"lens score {value!r}: expected 0..4")
            scores.setdefault(capability_id, {})[lens] = float(value)

    def answer_lens_scores(self, capability_id: str) -> Mapping[str, float]:
        """Lens scores from all respondents' answers alone (what a direct score replaces)."""
        scope = self.scope()
        return score_capability(
            self.capability(capability_id), scope.answers, roles=scope.roles()
        ).lens_scores

    # -- thresholds ------------------------------------------------------------------------
    def set_threshold_overrides(self, overrides: Mapping[str, Mapping[str, Any]]) -> None:
        """Per-engagement evidence thresholds (validated first; raises ThresholdError)."""
        thresholds = load_thresholds(overrides=overrides)
        self.state.threshold_overrides = {k: dict(v) for k, v in overrides.items() if v}
        self.thresholds = thresholds

    # -- levels --------------------------------------------------------------------------
    def set_agreed(self, capability_id: str, level: Level | None, reason: str) -> None:
        """Facilitator's agreed level (None = use the computed level). Needs a reason."""
        if level is None:
            self.scope().overrides.pop(capability_id, None)
        else:
            self.scope().overrides[capability_id] = LevelOverride(level, reason, _now())

    def set_target(self, capability_id: str, level: Level | None) -> None:
        if level is None:
            self.scope().targets.pop(capability_id, None)
        else:
            self.scope().targets[capability_id] = level

    # -- evidence ------------------------------------------------------------------------
    def suggestions(self, capability_id: str) -> tuple[Suggestion, ...]:
        return suggest_for_capability(
            self.capability(capability_id), self.values or {}, self.thresholds
        )

    def decision(self, capability_id: str, kpi_id: str) -> EvidenceDecision | None:
        return next(
            (
                d
                for d in self.scope().evidence
                if (d.capability_id, d.kpi_id) == (capability_id, kpi_id)
            ),
            None,
        )

    def decide(
        self,
        capability_id: str,
        suggestion: Suggestion,
        *,
        level: Level | None = None,
        reason: str = "",
    ) -> None:
        """Accept (level None) or override a suggestion; an override needs a reason."""
        self.scope().decide_evidence(
            EvidenceDecision(
                capability_id,
                suggestion.kpi_id,
                suggestion.level,
                accepted=level is None,
                level=level,
                reason=reason,
                at=_now(),
            )
        )

    # -- results -------------------------------------------------------------------------
    def results(self, scope: ScopeAssessment | None = None) -> Results:
        return assessment_results(self.model, self.state, scope or self.scope())

    def all_results(self) -> list[Results]:
        return [self.results(s) for s in self.state.scopes]
