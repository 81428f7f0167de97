"""Assessment state round-trips, forward compatibility, results and history comparison."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.assessment import (
    NOT_APPLICABLE,
    AssessmentState,
    CapabilityModel,
    EvidenceDecision,
    Level,
    LevelOverride,
    Participant,
    ScopeAssessment,
    StateFormatError,
    archive_assessment,
    assessment_results,
    load_model,
)


@pytest.fixture(scope="module")
def model() -> CapabilityModel:
    return load_model()


def answer_all(model: CapabilityModel, scope: ScopeAssessment, cap_id: str, value: int) -> None:
    for question in model.capability(cap_id).questions:
        for participant in scope.participants:
            scope.set_answer(participant.id, question.id, value)


def workshop(model: CapabilityModel) -> AssessmentState:
    org = ScopeAssessment(
        id="org",
        name="Whole organisation",
        capabilities=["allocation", "rate-optimization", "usage-optimization", "sustainability"],
        participants=[
            Participant("p1", "Anna", "finance"),
            Participant("p2", "Bram", "engineering"),
        ],
    )
    answer_all(model, org, "allocation", 1)
    answer_all(model, org, "rate-optimization", 2)
    answer_all(model, org, "usage-optimization", 3)
    for q in model.capability("sustainability").questions:
        org.set_answer("p1", q.id, NOT_APPLICABLE)
    org.set_answer("p1", "allocation.some-future-question", 4)
    org.notes["allocation"] = "Tags <b>&</b> owners — discuss"
    org.decide_evidence(
        EvidenceDecision("allocation", "allocatable_share", Level.CRAWL, accepted=True)
    )
    bu = ScopeAssessment(id="bu-retail", name="Retail", kind="business_unit")
    return AssessmentState(
        scopes=[org, bu],
        model_version=model.model_version,
        threshold_overrides={"allocatable_share": {"walk": 0.75}},
    )


def test_round_trip_through_json(model: CapabilityModel) -> None:
    state = workshop(model)
    state.scope("org").overrides["usage-optimization"] = LevelOverride(
        Level.WALK, "Schedules only in test", "2026-11-27T10:00:00"
    )
    state.scope("org").targets["allocation"] = Level.RUN
    data = json.loads(json.dumps(state.to_dict()))
    assert data["schema_version"] == 1
    assert AssessmentState.from_dict(data) == state


def test_unknown_question_ids_survive_and_are_ignored(model: CapabilityModel) -> None:
    state = AssessmentState.from_dict(workshop(model).to_dict())
    assert state.scope("org").answers["p1"]["allocation.some-future-question"] == 4
    result = assessment_results(model, state, "org").capability("allocation")
    assert result.score.score == pytest.approx(1.0)


def test_results_levels_targets_gaps(model: CapabilityModel) -> None:
    results = assessment_results(model, workshop(model), "org")
    by_id = {r.capability_id: r for r in results.capabilities}
    assert list(by_id) == [
        "allocation",
        "rate-optimization",
        "usage-optimization",
        "sustainability",
    ]
    assert by_id["allocation"].current_level == Level.CRAWL
    assert by_id["allocation"].target_level == Level.WALK  # high value: one step up
    assert by_id["allocation"].gap == 1
    assert by_id["usage-optimization"].current_level == Level.RUN
    assert by_id["usage-optimization"].gap == 0
    assert by_id["sustainability"].current_level is None
    assert by_id["sustainability"].score.not_applicable
    assert results.overall_level == Level.WALK  # mean(1, 2, 3) = 2
    optimize = next(d for d in results.domains if d.domain_id == "optimize")
    assert (optimize.level, optimize.assessed, optimize.in_focus) == (Level.WALK, 2, 3)
    assert results.biggest_gaps == ("allocation", "rate-optimization")
    assert results.strengths[0] == "usage-optimization"
    assert results.gaps() == (
        ("allocation", Level.CRAWL, Level.WALK),
        ("rate-optimization", Level.WALK, Level.RUN),
    )


def test_override_and_explicit_target(model: CapabilityModel) -> None:
    state = workshop(model)
    org = state.scope("org")
    org.overrides["allocation"] = LevelOverride(Level.NOT_STARTED, "Tags exist only on paper")
    org.targets["allocation"] = Level.WALK
    result = assessment_results(model, state, org).capability("allocation")
    assert result.computed_level == Level.CRAWL
    assert result.current_level == Level.NOT_STARTED
    assert result.override_reason == "Tags exist only on paper"
    assert (result.target_level, result.gap, result.target_is_default) == (Level.WALK, 2, False)


def test_reasons_are_required() -> None:
    with pytest.raises(ValueError, match="reason"):
        LevelOverride(Level.RUN, "  ")
    with pytest.raises(ValueError, match="reason"):
        EvidenceDecision("allocation", "allocatable_share", Level.CRAWL, accepted=False)
    decision = EvidenceDecision(
        "allocation", "allocatable_share", Level.CRAWL, False, Level.WALK, "Tag data incomplete"
    )
    assert decision.effective_level == Level.WALK


def test_history_comparison_with_previous_assessment(model: CapabilityModel) -> None:
    state = workshop(model)
    entry = archive_assessment(model, state, "org", "2026-05-01T09:00:00")
    org = state.scope("org")
    assert entry.levels["allocation"] == Level.CRAWL
    assert org.answers == {} and org.participants  # new round, same people
    answer_all(model, org, "allocation", 2)
    results = assessment_results(model, state, "org")
    allocation = results.capability("allocation")
    assert results.previous_assessed_at == "2026-05-01T09:00:00"
    assert (allocation.previous_level, allocation.current_level, allocation.change) == (
        Level.CRAWL,
        Level.WALK,
        1,
    )
    assert results.capability("rate-optimization").change is None  # not answered yet
    assert AssessmentState.from_dict(state.to_dict()) == state


def test_empty_focus_means_all_capabilities(model: CapabilityModel) -> None:
    results = assessment_results(model, workshop(model), "bu-retail")
    assert len(results.capabilities) == 22
    assert results.overall_level is None and results.biggest_gaps == ()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema_version=99), "newer than this app"),
        (lambda d: d.pop("schema_version"), "schema_version"),
        (lambda d: d["scopes"][0]["answers"]["p1"].update(x=7), "invalid answer"),
        (lambda d: d["scopes"][0]["participants"][0].update(role="wizard"), "role"),
        (lambda d: d["scopes"][0]["targets"].update(allocation="sprint"), "unknown level"),
        (lambda d: d["scopes"].append(d["scopes"][0]), "unique"),
        (lambda d: d["scopes"][0].update(evidence=[{"accepted": "yes"}]), "accepted"),
        (lambda d: d["scopes"][0]["lens_scores"].update(allocation={"knowledge": 9}), "0..4"),
    ],
)
def test_bad_state_gives_clear_errors(model: CapabilityModel, mutate: Any, message: str) -> None:
    data = workshop(model).to_dict()
    mutate(data)
    with pytest.raises(StateFormatError, match=message):
        AssessmentState.from_dict(data)


def test_set_answer_validates() -> None:
    scope = ScopeAssessment(id="s", name="S")
    with pytest.raises(ValueError, match="answer"):
        scope.set_answer("p", "allocation.tag-policy", 5)
    with pytest.raises(ValueError, match="answer"):
        scope.set_answer("p", "allocation.tag-policy", True)


answer_strategy = st.one_of(st.integers(0, 4), st.sampled_from(["na", "dont_know", "skip"]))
ident = st.text("abcdefghij-.", min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(
    answers=st.dictionaries(ident, st.dictionaries(ident, answer_strategy), max_size=4),
    notes=st.dictionaries(ident, st.text(max_size=40), max_size=3),
    weights=st.dictionaries(st.sampled_from(["knowledge", "metrics"]), st.floats(0, 5)),
)
def test_round_trip_property(
    answers: dict[str, dict[str, int | str]], notes: dict[str, str], weights: dict[str, float]
) -> None:
    scope = ScopeAssessment(id="s", name="S", answers=answers, notes=notes, lens_weights=weights)
    state = AssessmentState(scopes=[scope])
    assert AssessmentState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
