"""Scoring, score-to-level mapping, N/A handling, spread and default targets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.assessment import (
    DONT_KNOW,
    NOT_APPLICABLE,
    SKIP,
    AnswerValue,
    Capability,
    Level,
    default_target,
    level_for_percent,
    level_for_score,
    load_model,
    score_capability,
)


@pytest.fixture(scope="module")
def allocation() -> Capability:
    return load_model().capability("allocation")


@pytest.mark.parametrize(
    ("percent", "level"),
    [
        (0.0, Level.NOT_STARTED),
        (24.99, Level.NOT_STARTED),
        (25.0, Level.CRAWL),
        (49.99, Level.CRAWL),
        (50.0, Level.WALK),
        (74.99, Level.WALK),
        (75.0, Level.RUN),
        (100.0, Level.RUN),
    ],
)
def test_level_boundaries(percent: float, level: Level) -> None:
    assert level_for_percent(percent) == level
    assert level_for_score(percent / 25) == level


@given(st.floats(0, 100), st.floats(0, 100))
def test_level_is_monotone_in_percent(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert level_for_percent(low) <= level_for_percent(high)


def test_single_answer_level_maps_to_matching_level(allocation: Capability) -> None:
    qid = allocation.questions[0].id
    expected = {0: Level.NOT_STARTED, 1: Level.CRAWL, 2: Level.WALK, 3: Level.RUN, 4: Level.RUN}
    for answer, level in expected.items():
        assert score_capability(allocation, {"p1": {qid: answer}}).level == level


def test_no_answers_means_no_level(allocation: Capability) -> None:
    score = score_capability(allocation, {})
    assert score.level is None and score.percent is None and not score.not_applicable


def test_all_not_applicable_means_no_level(allocation: Capability) -> None:
    answers = {
        "p1": {q.id: NOT_APPLICABLE for q in allocation.questions},
        "p2": {allocation.questions[0].id: NOT_APPLICABLE},
    }
    score = score_capability(allocation, answers)
    assert score.level is None
    assert score.not_applicable
    assert score.counts.not_applicable == len(allocation.questions) + 1


def test_dont_know_and_skip_do_not_count_as_not_applicable(allocation: Capability) -> None:
    qs = allocation.questions
    score = score_capability(allocation, {"p1": {qs[0].id: DONT_KNOW, qs[1].id: SKIP}})
    assert score.level is None and not score.not_applicable
    assert (score.counts.dont_know, score.counts.skipped) == (1, 1)


def test_partial_answers_scored_on_what_was_answered(allocation: Capability) -> None:
    qs = allocation.questions
    answers: dict[str, dict[str, AnswerValue]] = {
        "p1": {qs[0].id: 4, qs[1].id: 2, qs[2].id: NOT_APPLICABLE, qs[3].id: DONT_KNOW}
    }
    score = score_capability(allocation, answers)
    # Two lenses scored (4 and 2) -> mean 3 -> 75 % -> Run; the rest is ignored.
    assert score.score == pytest.approx(3.0)
    assert score.percent == pytest.approx(75.0)
    assert score.level == Level.RUN
    assert (score.answered_questions, score.total_questions) == (2, len(qs))


def test_facilitator_lens_scores_win_and_weights_apply(allocation: Capability) -> None:
    q = allocation.questions[0]  # process lens
    score = score_capability(
        allocation,
        {"p1": {q.id: 4}},
        lens_scores={q.lens: 0.0, "knowledge": 2.0},
        lens_weights={"knowledge": 3.0},
    )
    assert score.lens_sources[q.lens] == "facilitator"
    assert score.score == pytest.approx((0.0 * 1 + 2.0 * 3) / 4)
    assert score.level == Level.CRAWL


def test_lens_only_scoring_without_answers(allocation: Capability) -> None:
    lenses = {"knowledge": 3, "process": 3, "metrics": 3, "adoption": 2, "automation": 4}
    score = score_capability(allocation, lens_scores=lenses)
    assert score.percent == pytest.approx(75.0)
    assert score.level == Level.RUN


def test_zero_weights_everywhere_gives_no_score(allocation: Capability) -> None:
    q = allocation.questions[0]
    score = score_capability(allocation, {"p1": {q.id: 3}}, lens_weights={q.lens: 0.0})
    assert score.score is None and score.level is None


def test_invalid_lens_inputs_are_rejected(allocation: Capability) -> None:
    with pytest.raises(ValueError, match="lens score"):
        score_capability(allocation, lens_scores={"knowledge": 5})
    with pytest.raises(ValueError, match="lens weight"):
        score_capability(allocation, lens_weights={"vibes": 1.0})


def test_spread_and_disagreement_between_respondents(allocation: Capability) -> None:
    q = allocation.questions[0]
    answers = {"fin": {q.id: 0}, "eng": {q.id: 4}, "lead": {q.id: 2}}
    roles = {"fin": "finance", "eng": "engineering", "lead": "leadership"}
    score = score_capability(allocation, answers, roles=roles)
    spread = score.question_spreads[q.id]
    assert (spread.minimum, spread.maximum, spread.n) == (0, 4, 3)
    assert spread.stdev == pytest.approx((8 / 3) ** 0.5)
    assert spread.disagreement
    assert score.spread is not None and score.spread.range == 4
    assert score.role_scores == {"finance": 0.0, "engineering": 4.0, "leadership": 2.0}


def test_agreement_is_not_flagged(allocation: Capability) -> None:
    q = allocation.questions[0]
    score = score_capability(allocation, {"a": {q.id: 2}, "b": {q.id: 3}})
    assert not score.question_spreads[q.id].disagreement


def test_unknown_question_ids_are_ignored(allocation: Capability) -> None:
    q = allocation.questions[0]
    answers = {"p1": {q.id: 2, "allocation.question-from-the-future": 4, "other.q": 0}}
    score = score_capability(allocation, answers)
    assert score.score == pytest.approx(2.0)
    assert score.counts.answered == 1


@pytest.mark.parametrize(
    ("current", "value", "target"),
    [
        (Level.NOT_STARTED, "high", Level.CRAWL),
        (Level.WALK, "high", Level.RUN),
        (Level.RUN, "high", Level.RUN),
        (Level.CRAWL, "medium", Level.CRAWL),
        (Level.WALK, "low", Level.WALK),
        (None, "high", None),
    ],
)
def test_default_target(current: Level | None, value: str, target: Level | None) -> None:
    assert default_target(current, value) == target


answer_values = st.one_of(st.integers(0, 4), st.sampled_from([NOT_APPLICABLE, DONT_KNOW, SKIP]))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_score_stays_in_range_for_any_answers(data: st.DataObject) -> None:
    cap = load_model().capability("rate-optimization")
    qids = [q.id for q in cap.questions]
    answers = data.draw(
        st.dictionaries(
            st.sampled_from(["a", "b", "c"]),
            st.dictionaries(st.sampled_from(qids), answer_values),
        )
    )
    score = score_capability(cap, answers)
    if score.percent is None:
        assert score.level is None
    else:
        assert 0.0 <= score.percent <= 100.0
        assert score.level == level_for_percent(score.percent)
        numeric = [v for by_q in answers.values() for v in by_q.values() if isinstance(v, int)]
        assert min(numeric) <= score.score <= max(numeric)  # type: ignore[operator]
