"""Crawl/Walk/Run maturity assessment (Qt-free).

Data: `resources/assessment/model.yaml` (4 domains, 22 capabilities, questions, lenses, NL/EN)
and `resources/assessment/thresholds.yaml` (evidence KPI thresholds).

Scoring mapping (ours; tested at every boundary):
  * Every answer option and every lens score sits on one 0-4 scale
    (0 = not started ... 4 = fully embedded).
  * A question's score is the mean over respondents; a lens score is the mean of its
    questions (or the facilitator's direct lens score, which wins); the capability score S is
    the weighted mean of the scored lenses (weights default to 1), shown as P = S / 4 * 100 %.
  * P < 25 % -> not started; 25 % <= P < 50 % -> Crawl; 50 % <= P < 75 % -> Walk;
    P >= 75 % -> Run. So an answer at level 1 reads as Crawl, 2 as Walk, 3 or 4 as Run.
  * N/A, "don't know" and "skip" are left out; a capability answered only with N/A (or not
    answered at all) has no level. Partial answers are scored on what was answered.
  * The facilitator's agreed level overrides the computed one (with a reason). The default
    target is one level up where business value is high, else the current level.
  * Domain and overall levels are the mean of current capability levels, rounded down.
"""

from workbench.core.assessment.evidence import (
    KpiValue,
    Suggestion,
    format_kpi_value,
    suggest_for_capability,
    suggest_level,
)
from workbench.core.assessment.loader import load_model, parse_model
from workbench.core.assessment.model import (
    LENSES,
    AnswerOption,
    Capability,
    CapabilityModel,
    Domain,
    LensScale,
    Level,
    Question,
    Text,
    Theme,
)
from workbench.core.assessment.paths import resources_dir
from workbench.core.assessment.results import (
    CapabilityResult,
    DomainResult,
    Results,
    archive_assessment,
    assessment_results,
    focus_ids,
)
from workbench.core.assessment.schema import ModelValidationError, validate_model_data
from workbench.core.assessment.scoring import (
    DONT_KNOW,
    NOT_APPLICABLE,
    SKIP,
    AnswerValue,
    CapabilityScore,
    Spread,
    default_target,
    level_for_percent,
    level_for_score,
    score_capability,
)
from workbench.core.assessment.state import (
    ROLES,
    SCHEMA_VERSION,
    SCOPE_KINDS,
    AssessmentState,
    EvidenceDecision,
    HistoryEntry,
    LevelOverride,
    Participant,
    ScopeAssessment,
    StateFormatError,
)
from workbench.core.assessment.thresholds import (
    KpiThreshold,
    LevelThreshold,
    ThresholdError,
    Thresholds,
    load_thresholds,
    parse_thresholds,
)

__all__ = [
    "DONT_KNOW",
    "LENSES",
    "NOT_APPLICABLE",
    "ROLES",
    "SCHEMA_VERSION",
    "SCOPE_KINDS",
    "SKIP",
    "AnswerOption",
    "AnswerValue",
    "AssessmentState",
    "Capability",
    "CapabilityModel",
    "CapabilityResult",
    "CapabilityScore",
    "Domain",
    "DomainResult",
    "EvidenceDecision",
    "HistoryEntry",
    "KpiThreshold",
    "KpiValue",
    "LensScale",
    "Level",
    "LevelOverride",
    "LevelThreshold",
    "ModelValidationError",
    "Participant",
    "Question",
    "Results",
    "ScopeAssessment",
    "Spread",
    "StateFormatError",
    "Suggestion",
    "Text",
    "Theme",
    "ThresholdError",
    "Thresholds",
    "archive_assessment",
    "assessment_results",
    "default_target",
    "focus_ids",
    "format_kpi_value",
    "level_for_percent",
    "level_for_score",
    "load_model",
    "load_thresholds",
    "parse_model",
    "parse_thresholds",
    "resources_dir",
    "score_capability",
    "suggest_for_capability",
    "suggest_level",
    "validate_model_data",
]
