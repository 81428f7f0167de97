"""Threshold edits -> per-engagement overrides (only what differs), and the order rule."""

from __future__ import annotations

from workbench.core.assessment import Level, load_thresholds
from workbench.core.assessment.thresholds import bars_in_order, overrides_from_edits

C, W, R = Level.CRAWL, Level.WALK, Level.RUN


def test_only_changed_bars_are_stored() -> None:
    defaults = load_thresholds()
    bars = {
        "allocatable_share": {C: 0.5, W: 0.75, R: 0.9},
        "anomaly_days_unnoticed": {C: 30.0, W: 5.0, R: 2.0},
    }
    overrides = overrides_from_edits(defaults, bars, {"unit_metrics_present": Level.WALK})
    assert overrides == {
        "allocatable_share": {"walk": 0.75},
        "unit_metrics_present": {"when_true": "walk"},
    }
    edited = load_thresholds(overrides=overrides)
    assert edited.kpis["allocatable_share"].levels[W].value == 0.75
    assert edited.kpis["allocatable_share"].levels[R].inclusive is False  # kept from default


def test_reset_to_default_drops_the_override() -> None:
    defaults = load_thresholds()
    bars = {"allocatable_share": {lv: defaults.kpis["allocatable_share"].levels[lv].value
                                  for lv in (C, W, R)}}  # fmt: skip
    assert overrides_from_edits(defaults, bars, {"unit_metrics_present": Level.CRAWL}) == {}


def test_changed_inclusiveness_is_kept() -> None:
    defaults = load_thresholds()
    overrides = overrides_from_edits(
        defaults, {"allocatable_share": {R: 0.9}}, inclusive={"allocatable_share": {R: True}}
    )
    assert overrides == {"allocatable_share": {"run": {"value": 0.9, "inclusive": True}}}
    assert load_thresholds(overrides=overrides).kpis["allocatable_share"].levels[R].inclusive


def test_order_follows_the_direction() -> None:
    assert bars_in_order("higher_better", {C: 0.5, W: 0.8, R: 0.8})
    assert not bars_in_order("higher_better", {C: 0.5, W: 0.9, R: 0.8})
    assert bars_in_order("lower_better", {C: 30.0, W: 5.0, R: 2.0})
    assert not bars_in_order("lower_better", {C: 0.1, W: 0.15, R: 0.05})
