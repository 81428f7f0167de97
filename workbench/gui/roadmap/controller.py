"""The roadmap screen's state holder (no widgets, no planning logic: it calls the core).

The roadmap lives in the engagement section "roadmap" (``Roadmap.to_dict``). Generation
takes the gaps of every assessed scope; the core merges the user's earlier edits.
"""

from __future__ import annotations

from workbench.core.assessment import (
    AssessmentState,
    StateFormatError,
    Text,
    assessment_results,
    load_model,
)
from workbench.core.assessment.kpis import SECTION as ASSESSMENT_SECTION
from workbench.core.engagement import Engagement
from workbench.core.roadmap import (
    CapabilityGap,
    Finding,
    Roadmap,
    RoadmapFormatError,
    gaps_from_results,
    generate_roadmap,
)

SECTION = "roadmap"
FINDINGS_SECTION = "findings"  # accepted optimisation findings, once an analysis writes them


class RoadmapController:
    def __init__(self) -> None:
        self.model = load_model()
        self.engagement: Engagement | None = None
        self.roadmap: Roadmap | None = None
        self.load_error = ""

    def bind(self, engagement: Engagement) -> None:
        self.engagement = engagement
        self.reload()

    def reload(self) -> None:
        self.load_error = ""
        raw = self.engagement.section(SECTION) if self.engagement else None
        try:
            self.roadmap = Roadmap.from_dict(raw) if raw else None
        except RoadmapFormatError as exc:
            self.load_error = str(exc)
            self.roadmap = None

    def is_stale(self) -> bool:
        raw = self.engagement.section(SECTION) if self.engagement else None
        mine = self.roadmap.to_dict() if self.roadmap else None
        return bool(raw != mine)

    def save(self) -> None:
        if self.engagement is not None and self.roadmap is not None:
            self.engagement.set_section(SECTION, self.roadmap.to_dict())

    def assessment(self) -> AssessmentState | None:
        raw = self.engagement.section(ASSESSMENT_SECTION) if self.engagement else None
        try:
            return AssessmentState.from_dict(raw) if raw else None
        except StateFormatError:
            return None

    def scope_names(self) -> dict[str, str]:
        state = self.assessment()
        return {s.id: s.name for s in state.scopes} if state else {}

    def gaps(self) -> list[CapabilityGap]:
        state = self.assessment()
        if state is None:
            return []
        gaps: list[CapabilityGap] = []
        for scope in state.scopes:
            gaps.extend(gaps_from_results(assessment_results(self.model, state, scope)))
        return gaps

    def findings(self) -> list[Finding]:
        """Accepted optimisation findings; none until an optimisation analysis stores them."""
        return []

    def can_generate(self) -> bool:
        return any(g.target > g.current for g in self.gaps())

    def generate(self) -> Roadmap:
        """(Re)generate from the gaps; earlier edits survive (the core merges them)."""
        self.roadmap = generate_roadmap(
            self.gaps(), findings=self.findings(), previous=self.roadmap
        )
        self.save()
        return self.roadmap

    def add(self, title: str, index: int | None) -> str:
        if self.roadmap is None:
            self.roadmap = Roadmap()
        item = self.roadmap.add(Text(title, title), index=index)
        self.save()
        return item.key
