"""Domain and overall level: the level more than half of the assessed capabilities reach."""

from __future__ import annotations

import pytest

from workbench.core.assessment import (
    DONT_KNOW,
    NOT_APPLICABLE,
    SKIP,
    AssessmentState,
    CapabilityModel,
    Level,
    LevelOverride,
    Participant,
    ScopeAssessment,
    assessment_results,
    load_model,
    majority_level,
)

N, C, W, R = Level.NOT_STARTED, Level.CRAWL, Level.WALK, Level.RUN


@pytest.fixture(scope="module")
def model() -> CapabilityModel:
    return load_model()


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ([], None),
        ([None, None], None),
        ([N], N),
        ([C], C),
        ([N, C, C], C),  # one capability not started does not drag the rest down
        ([N, N, W], N),  # one strong capability does not lift the rest either
        ([C, W], C),  # even count: the lower of the two middle levels
        ([W, R], W),
        ([N, C, W, W], C),
        ([N] * 6 + [C] * 4 + [W] * 3, C),  # the demo's shape: a rounded-down mean said N
        ([R, R, R, N], R),
        ([C, None, None, W, W], W),  # capabilities without a level are left out
    ],
)
def test_majority_level(levels: list[Level | None], expected: Level | None) -> None:
    assert majority_level(levels) == expected


def _scope(model: CapabilityModel, focus: list[str]) -> ScopeAssessment:
    return ScopeAssessment(
        id="org",
        name="Org",
        capabilities=focus,
        participants=[Participant("p1", "Anna", "finance")],
    )


def _answer(model: CapabilityModel, scope: ScopeAssessment, cap_id: str, value: object) -> None:
    for question in model.capability(cap_id).questions:
        scope.set_answer("p1", question.id, value)  # type: ignore[arg-type]


def test_unanswered_and_na_capabilities_do_not_count(model: CapabilityModel) -> None:
    focus = ["data-ingestion", "allocation", "reporting-analytics", "anomaly-management"]
    scope = _scope(model, focus)
    _answer(model, scope, "data-ingestion", 1)
    _answer(model, scope, "allocation", 1)
    _answer(model, scope, "reporting-analytics", NOT_APPLICABLE)
    # anomaly-management: not answered at all
    results = assessment_results(model, AssessmentState([scope]), scope)
    assert results.overall_level == Level.CRAWL
    understand = next(d for d in results.domains if d.domain_id == "understand")
    assert (understand.level, understand.assessed, understand.in_focus) == (Level.CRAWL, 2, 4)


def test_only_dont_know_and_skip_give_no_level(model: CapabilityModel) -> None:
    scope = _scope(model, ["allocation", "budgeting"])
    _answer(model, scope, "allocation", DONT_KNOW)
    _answer(model, scope, "budgeting", SKIP)
    results = assessment_results(model, AssessmentState([scope]), scope)
    assert results.overall_level is None and results.overall_percent is None
    assert all(d.level is None for d in results.domains)


def test_all_not_applicable_gives_no_level(model: CapabilityModel) -> None:
    scope = _scope(model, ["allocation", "budgeting"])
    for cap_id in scope.capabilities:
        _answer(model, scope, cap_id, NOT_APPLICABLE)
    results = assessment_results(model, AssessmentState([scope]), scope)
    assert results.overall_level is None


def test_agreed_levels_feed_the_overall_level(model: CapabilityModel) -> None:
    scope = _scope(model, ["allocation", "budgeting", "forecasting"])
    for cap_id in scope.capabilities:
        _answer(model, scope, cap_id, 0)
    assert assessment_results(model, AssessmentState([scope]), scope).overall_level == N
    for cap_id in ("allocation", "budgeting"):
        scope.overrides[cap_id] = LevelOverride(Level.CRAWL, "Agreed in the room")
    assert assessment_results(model, AssessmentState([scope]), scope).overall_level == C


def test_partial_answers_count_with_what_was_answered(model: CapabilityModel) -> None:
    scope = _scope(model, ["allocation"])
    first = model.capability("allocation").questions[0]
    scope.set_answer("p1", first.id, 2)
    results = assessment_results(model, AssessmentState([scope]), scope)
    assert results.overall_level == Level.WALK
