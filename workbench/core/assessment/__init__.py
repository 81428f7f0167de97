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
  * Domain and overall level (results.py): the level that more than half of the assessed
    capabilities in focus have reached -- the lower median of their current (agreed, else
    computed) levels. Capabilities in focus without a level (not answered yet, or only N/A,
    "don't know" or "skip") are left out, so an unfinished workshop is never dragged to
    "not started"; with no level at all the result is "not assessed" (None). Why a median
    and not a rounded-down mean: with 4 capabilities at Crawl, 3 at Walk and 6 not started
    the mean (0.8) rounds down to "not started", while the room sees an organisation that
    crawls; the median says Crawl, and one outlier cannot move it either way.
    Examples: [0, 1, 1] -> Crawl; [0, 0, 2] -> not started; [1, 2] -> Crawl; [2, 3] -> Walk;
    [0, 1, 2, 2] -> Crawl; [] or only N/A -> None. The percentage shown next to a domain or
    the overall level is the mean of the capability percentages.
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
from workbench.core.assessment.results import (
    CapabilityResult,
    DomainResult,
    Results,
    archive_assessment,
    assessment_results,
    focus_ids,
    majority_level,
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
    "majority_level",
    "parse_model",
    "parse_thresholds",
    "score_capability",
    "suggest_for_capability",
    "suggest_level",
    "validate_model_data",
]
