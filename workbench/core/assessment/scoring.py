"""Scoring: answers and lens scores (0-4) -> capability score (% of max) -> level.

Score-to-level mapping (ours, documented and tested at the boundaries). With S the
weighted mean lens score on the 0-4 scale and P = S / 4 * 100 the percentage of the maximum:

    P <  25 %  (S < 1)       -> not started
    25 % <= P < 50 %  (1 <= S < 2) -> Crawl
    50 % <= P < 75 %  (2 <= S < 3) -> Walk
    P >= 75 %  (S >= 3)      -> Run

so an answer option at level 1 reads as Crawl, 2 as Walk, and 3 or 4 as Run.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from workbench.core.assessment.model import LENS_MAX, LENSES, Capability, Level

NOT_APPLICABLE: Final = "na"
DONT_KNOW: Final = "dont_know"
SKIP: Final = "skip"
SPECIAL_ANSWERS: Final[tuple[str, ...]] = (NOT_APPLICABLE, DONT_KNOW, SKIP)
AnswerValue = int | str  # 0..4, or one of SPECIAL_ANSWERS
Answers = Mapping[str, Mapping[str, AnswerValue]]  # participant id -> question id -> value

# Lower bound (percentage of max) of each level; everything below Crawl is "not started".
LEVEL_LOWER_BOUNDS: Final[tuple[tuple[Level, float], ...]] = (
    (Level.RUN, 75.0),
    (Level.WALK, 50.0),
    (Level.CRAWL, 25.0),
)
DISAGREEMENT_RANGE: Final = 2.0  # answers two or more levels apart are a workshop finding
_EPS: Final = 1e-9


def is_valid_answer(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 0 <= value <= LENS_MAX
    return value in SPECIAL_ANSWERS


def level_for_percent(percent: float) -> Level:
    """Map a capability score (% of max) to a level; see the module docstring."""
    for level, bound in LEVEL_LOWER_BOUNDS:
        if percent >= bound - _EPS:
            return level
    return Level.NOT_STARTED


def level_for_score(score: float) -> Level:
    """Map a mean lens score on the 0-4 scale to a level."""
    return level_for_percent(score / LENS_MAX * 100.0)


@dataclass(frozen=True)
class Spread:
    """How far respondents are apart (values on the 0-4 scale)."""

    n: int
    minimum: float
    maximum: float
    mean: float
    stdev: float  # population standard deviation; 0 for a single respondent

    @property
    def range(self) -> float:
        return self.maximum - self.minimum

    @property
    def disagreement(self) -> bool:
        return self.n > 1 and self.range >= DISAGREEMENT_RANGE - _EPS


def spread_of(values: Sequence[float]) -> Spread | None:
    if not values:
        return None
    return Spread(
        n=len(values),
        minimum=min(values),
        maximum=max(values),
        mean=statistics.fmean(values),
        stdev=statistics.pstdev(values) if len(values) > 1 else 0.0,
    )


@dataclass(frozen=True)
class AnswerCounts:
    """Answer cells (participant x question) for one capability, by kind."""

    answered: int = 0
    not_applicable: int = 0
    dont_know: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class CapabilityScore:
    capability_id: str
    lens_scores: Mapping[str, float]  # only lenses that have a score
    lens_sources: Mapping[str, str]  # lens -> "answers" | "facilitator"
    score: float | None  # weighted mean lens score, 0-4
    percent: float | None  # score as % of the maximum
    level: Level | None  # None: nothing answered, or everything N/A
    not_applicable: bool
    counts: AnswerCounts
    answered_questions: int
    total_questions: int
    question_spreads: Mapping[str, Spread] = field(default_factory=dict)
    respondent_scores: Mapping[str, float] = field(default_factory=dict)
    role_scores: Mapping[str, float] = field(default_factory=dict)
    spread: Spread | None = None  # across respondents' own capability scores


def _weighted(lens_scores: Mapping[str, float], weights: Mapping[str, float]) -> float | None:
    total = sum(weights.get(lens, 1.0) for lens in lens_scores)
    if total <= 0:
        return None
    return sum(score * weights.get(lens, 1.0) for lens, score in lens_scores.items()) / total


def _lens_scores_from(
    capability: Capability, answers: Answers
) -> tuple[dict[str, float], dict[str, Spread]]:
    per_lens: dict[str, list[float]] = defaultdict(list)
    spreads: dict[str, Spread] = {}
    for question in capability.questions:
        values = [
            float(given)
            for by_question in answers.values()
            if isinstance(given := by_question.get(question.id), int)
            and not isinstance(given, bool)
        ]
        spread = spread_of(values)
        if spread is not None:
            spreads[question.id] = spread
            per_lens[question.lens].append(spread.mean)
    return {lens: statistics.fmean(v) for lens, v in per_lens.items()}, spreads


def _check_inputs(lens_scores: Mapping[str, float], weights: Mapping[str, float]) -> None:
    for lens, value in lens_scores.items():
        if lens not in LENSES or not 0 <= value <= LENS_MAX:
            raise ValueError(f"lens score {lens}={value!r}: expected a lens and 0..{LENS_MAX}")
    for lens, weight in weights.items():
        if lens not in LENSES or weight < 0:
            raise ValueError(f"lens weight {lens}={weight!r}: expected a lens and a weight >= 0")


def score_capability(
    capability: Capability,
    answers: Answers | None = None,
    *,
    lens_scores: Mapping[str, float] | None = None,
    lens_weights: Mapping[str, float] | None = None,
    roles: Mapping[str, str] | None = None,
) -> CapabilityScore:
    """Score one capability from respondents' answers and/or facilitator lens scores.

    Each question feeds its lens: question mean over respondents, then lens mean over its
    questions. Facilitator lens scores replace the answer-based score of that lens. N/A,
    "don't know" and "skip" are left out; partial answers are scored on what was answered.
    Unknown question ids in `answers` are ignored (they stay in the stored state).
    """
    answers = answers or {}
    weights = dict(lens_weights or {})
    facilitator = dict(lens_scores or {})
    _check_inputs(facilitator, weights)
    derived, question_spreads = _lens_scores_from(capability, answers)
    combined = {**derived, **facilitator}
    sources = {lens: "facilitator" if lens in facilitator else "answers" for lens in combined}

    qids = {q.id for q in capability.questions}
    cells = [v for by_q in answers.values() for q, v in by_q.items() if q in qids]
    counts = AnswerCounts(
        answered=sum(1 for v in cells if isinstance(v, int) and not isinstance(v, bool)),
        not_applicable=cells.count(NOT_APPLICABLE),
        dont_know=cells.count(DONT_KNOW),
        skipped=cells.count(SKIP),
    )
    score = _weighted(combined, weights) if combined else None
    percent = None if score is None else score / LENS_MAX * 100.0

    respondent_scores: dict[str, float] = {}
    for participant, given in answers.items():
        own, _ = _lens_scores_from(capability, {participant: given})
        own_score = _weighted(own, weights) if own else None
        if own_score is not None:
            respondent_scores[participant] = own_score
    by_role: dict[str, list[float]] = defaultdict(list)
    for participant, value in respondent_scores.items():
        by_role[(roles or {}).get(participant, "unknown")].append(value)

    return CapabilityScore(
        capability_id=capability.id,
        lens_scores=combined,
        lens_sources=sources,
        score=score,
        percent=percent,
        level=None if percent is None else level_for_percent(percent),
        not_applicable=not combined and bool(cells) and all(v == NOT_APPLICABLE for v in cells),
        counts=counts,
        answered_questions=len(question_spreads),
        total_questions=len(capability.questions),
        question_spreads=question_spreads,
        respondent_scores=respondent_scores,
        role_scores={role: statistics.fmean(v) for role, v in by_role.items()},
        spread=spread_of(list(respondent_scores.values())),
    )


def default_target(current: Level | None, business_value: str) -> Level | None:
    """Default target: one step up where business value is high, else keep the level."""
    if current is None:
        return None
    if business_value == "high":
        return Level(min(current + 1, Level.RUN))
    return current
