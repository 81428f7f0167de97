"""Evidence suggestions just below and just above every threshold, no data, overrides."""

from __future__ import annotations

from typing import Any

import pytest

from workbench.core.assessment import (
    Level,
    ThresholdError,
    Thresholds,
    format_kpi_value,
    load_model,
    load_thresholds,
    suggest_level,
)
from workbench.core.assessment.evidence import suggest_for_capability
from workbench.core.assessment.thresholds import GRADED

STEP = 0.001  # "just" below/above a bar; ratios and days alike


@pytest.fixture(scope="module")
def thresholds() -> Thresholds:
    return load_thresholds()


def graded_cases() -> list[tuple[str, Level]]:
    t = load_thresholds()
    return [(k, lv) for k, kpi in t.kpis.items() if kpi.direction != "boolean" for lv in GRADED]


def test_published_sample_thresholds_are_encoded(thresholds: Thresholds) -> None:
    def bars(kpi_id: str) -> list[float]:
        return [thresholds.kpis[kpi_id].levels[lv].value for lv in GRADED]

    assert bars("allocatable_share") == [0.5, 0.8, 0.9]
    assert bars("tag_coverage_all_required") == [0.5, 0.8, 0.9]
    assert not thresholds.kpis["allocatable_share"].levels[Level.RUN].inclusive
    assert bars("owner_allocated_share") == [0.7, 0.85, 0.9]
    assert bars("commitment_coverage") == [0.6, 0.7, 0.8]
    assert bars("forecast_variance") == [0.2, 0.15, 0.12]
    assert thresholds.kpis["forecast_variance"].direction == "lower_better"


@pytest.mark.parametrize(("kpi_id", "level"), graded_cases())
def test_just_below_and_above_each_threshold(
    thresholds: Thresholds, kpi_id: str, level: Level
) -> None:
    kpi = thresholds.kpis[kpi_id]
    bar = kpi.levels[level]
    better = STEP if kpi.direction == "higher_better" else -STEP
    reached = suggest_level(kpi_id, bar.value + better, thresholds)
    missed = suggest_level(kpi_id, bar.value - better, thresholds)
    at_bar = suggest_level(kpi_id, bar.value, thresholds)
    assert reached.level == level and reached.status == "ok"
    assert missed.level == Level(level - 1)
    assert at_bar.level == (level if bar.inclusive else Level(level - 1))
    assert reached.threshold_used == bar
    for suggestion in (reached, missed, at_bar):
        assert suggestion.explanation.en and suggestion.explanation.nl


def test_forecast_variance_uses_absolute_value(thresholds: Thresholds) -> None:
    assert suggest_level("forecast_variance", -0.11, thresholds).level == Level.RUN
    assert suggest_level("forecast_variance", -0.25, thresholds).level == Level.NOT_STARTED


def test_float_noise_at_a_bar_counts_as_reaching_it(thresholds: Thresholds) -> None:
    assert suggest_level("commitment_coverage", 0.1 + 0.6 - 1e-12, thresholds).level == Level.WALK


@pytest.mark.parametrize("kpi_id", ["unit_metrics_present", "showback_complete"])
def test_boolean_kpis(thresholds: Thresholds, kpi_id: str) -> None:
    assert suggest_level(kpi_id, True, thresholds).level == Level.CRAWL
    assert suggest_level(kpi_id, False, thresholds).level == Level.NOT_STARTED
    assert suggest_level(kpi_id, 0.5, thresholds).status == "invalid"


@pytest.mark.parametrize("kpi_id", sorted(load_thresholds().kpis))
def test_none_is_no_data_never_a_guess(thresholds: Thresholds, kpi_id: str) -> None:
    suggestion = suggest_level(kpi_id, None, thresholds)
    assert suggestion.level is None and suggestion.status == "no_data"
    assert "No data" in suggestion.explanation.en and "Geen data" in suggestion.explanation.nl


def test_invalid_and_unknown(thresholds: Thresholds) -> None:
    assert suggest_level("waste_share", float("nan"), thresholds).status == "invalid"
    assert suggest_level("waste_share", True, thresholds).status == "invalid"
    assert suggest_level("made_up", 0.5, thresholds).status == "unknown_kpi"


def test_explanations_name_the_threshold_in_locale(thresholds: Thresholds) -> None:
    s = suggest_level("allocatable_share", 0.625, thresholds)
    assert s.explanation.en == "62.5 % reaches Crawl (≥ 50 %). Walk needs ≥ 80 %."
    assert s.explanation.nl == "62,5 % haalt Crawl (≥ 50 %). Voor Walk is ≥ 80 % nodig."
    assert format_kpi_value(3, "days", "nl") == "3 dagen"


def test_suggestions_per_capability_from_plain_mapping(thresholds: Thresholds) -> None:
    allocation = load_model().capability("allocation")
    kpis = {"allocatable_share": 0.62, "owner_allocated_share": None, "commitment_coverage": 0.7}
    result = {s.kpi_id: s for s in suggest_for_capability(allocation, kpis, thresholds)}
    assert set(result) == set(allocation.evidence)
    assert result["allocatable_share"].level == Level.CRAWL
    assert result["owner_allocated_share"].status == "no_data"
    assert result["tag_coverage_all_required"].status == "no_data"  # missing key


def test_per_engagement_overrides(thresholds: Thresholds) -> None:
    custom = thresholds.with_overrides(
        {"allocatable_share": {"walk": 0.6, "run": {"value": 0.85, "inclusive": True}}}
    )
    assert suggest_level("allocatable_share", 0.62, custom).level == Level.WALK
    assert suggest_level("allocatable_share", 0.85, custom).level == Level.RUN
    assert suggest_level("allocatable_share", 0.62, thresholds).level == Level.CRAWL
    loaded = load_thresholds(overrides={"unit_metrics_present": {"when_true": "walk"}})
    assert suggest_level("unit_metrics_present", True, loaded).level == Level.WALK


@pytest.mark.parametrize(
    "override",
    [
        {"nope": {"walk": 0.5}},
        {"allocatable_share": {"walk": 0.95}},  # walk above run
        {"waste_share": {"run": 0.5}},  # lower-better order broken
        {"allocatable_share": {"walk": "high"}},
        {"allocatable_share": {"sprint": 0.5}},
        {"showback_complete": {"walk": 0.5}},
    ],
)
def test_invalid_overrides_are_rejected(thresholds: Thresholds, override: dict[str, Any]) -> None:
    with pytest.raises(ThresholdError):
        thresholds.with_overrides(override)


def test_our_own_thresholds_carry_a_rationale(thresholds: Thresholds) -> None:
    for kpi in thresholds.kpis.values():
        assert kpi.label.en and kpi.label.nl and kpi.explanation.en and kpi.explanation.nl
        if kpi.source == "ours":
            assert kpi.rationale is not None and kpi.rationale.nl
