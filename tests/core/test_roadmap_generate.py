"""Roadmap generation: selection, dependency order, effort spreading, findings."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.assessment import (
    AssessmentState,
    Level,
    Participant,
    ScopeAssessment,
    Text,
    assessment_results,
    load_model,
)
from workbench.core.roadmap import (
    ALL_HORIZONS,
    MAX_LARGE_PER_HORIZON,
    CapabilityGap,
    Finding,
    Roadmap,
    generate_roadmap,
    load_catalogue,
    parse_catalogue,
)

CAPS = [c.id for c in load_model().capabilities]


def gap(cap: str, current: Level, target: Level, scope: str = "org") -> CapabilityGap:
    return CapabilityGap(scope, cap, current, target)


def assert_dependencies_respected(roadmap: Roadmap) -> None:
    index = {item.key: n for n, item in enumerate(roadmap.items)}
    for item in roadmap.items:
        for req in item.requires:
            pre = roadmap.item(req)
            assert ALL_HORIZONS.index(pre.horizon) <= ALL_HORIZONS.index(item.horizon)
            assert index[req] < index[item.key], (req, item.key)
    assert roadmap.problems() == []


def test_no_gaps_no_actions() -> None:
    roadmap = generate_roadmap([gap("allocation", Level.WALK, Level.WALK)])
    assert roadmap.items == []


def test_one_step_selects_that_transition_only() -> None:
    roadmap = generate_roadmap([gap("rate-optimization", Level.WALK, Level.RUN)])
    ids = {item.action_id for item in roadmap.items}
    assert {a.id for a in load_catalogue().for_transition("rate-optimization", Level.RUN)} <= ids
    assert not any(i.startswith("rate-optimization.walk") for i in ids)  # already achieved
    assert not any(i.startswith("start.") for i in ids)  # not an early organisation
    # rate-optimization.run.stagger needs a forecast per team; forecasting is not assessed,
    # so that foundation is pulled in and planned first.
    assert "forecasting.walk.per-team" in ids
    assert_dependencies_respected(roadmap)


def test_known_achieved_prerequisites_are_not_pulled_in() -> None:
    roadmap = generate_roadmap(
        [
            gap("rate-optimization", Level.WALK, Level.RUN),
            gap("forecasting", Level.WALK, Level.WALK),
        ]
    )
    assert "forecasting.walk.per-team" not in {i.action_id for i in roadmap.items}


def test_getting_started_rule() -> None:
    early = generate_roadmap([gap("allocation", Level.NOT_STARTED, Level.CRAWL)])
    starters = [i for i in early.items if i.action_id.startswith("start.")]
    assert len(starters) == 4 and all(i.scope_id == "" for i in starters)
    assert all(i.horizon == "0-3" for i in starters)
    sponsor_known = generate_roadmap(
        [
            gap("allocation", Level.NOT_STARTED, Level.CRAWL),
            gap("executive-strategy-alignment", Level.CRAWL, Level.CRAWL),
        ]
    )
    assert "start.executive-sponsor" not in {i.action_id for i in sponsor_known.items}
    off = generate_roadmap(
        [gap("allocation", Level.NOT_STARTED, Level.CRAWL)], getting_started=False
    )
    assert not any(i.action_id.startswith("start.") for i in off.items)


def test_crawl_before_walk_before_run_for_a_full_climb() -> None:
    roadmap = generate_roadmap([gap("allocation", Level.NOT_STARTED, Level.RUN)])
    horizons = {i.action_id: ALL_HORIZONS.index(i.horizon) for i in roadmap.items}
    assert horizons["allocation.crawl.tag-policy"] <= horizons["allocation.walk.agree-policy"]
    assert horizons["allocation.walk.agree-policy"] <= horizons["allocation.walk.enforce-owner-tag"]
    assert (
        horizons["allocation.walk.enforce-owner-tag"] <= horizons["allocation.run.block-untagged"]
    )
    assert_dependencies_respected(roadmap)


def test_same_action_once_per_scope() -> None:
    roadmap = generate_roadmap(
        [
            gap("usage-optimization", Level.CRAWL, Level.WALK, "org"),
            gap("usage-optimization", Level.CRAWL, Level.WALK, "retail"),
        ],
        getting_started=False,
    )
    counts = Counter(i.action_id for i in roadmap.items)
    assert counts["usage-optimization.walk.schedules"] == 2
    assert len({i.key for i in roadmap.items}) == len(roadmap.items)


def large_catalogue(caps: int) -> dict[str, Any]:
    """`caps` test capabilities, each with two L actions that all want the 0-3 window."""

    def action(aid: str, to: str, effort: str, requires: list[str]) -> dict[str, Any]:
        return {
            "id": aid,
            "to": to,
            "effort": effort,
            "impact": "high",
            "owner": "engineering",
            "horizon": "0-3",
            "requires": requires,
            "title": {"en": f"Job {aid}", "nl": f"Klus {aid}"},
        }

    actions: dict[str, list[dict[str, Any]]] = {}
    for c in range(caps):
        cap = f"cap-{c}"
        actions[cap] = [action(f"{cap}.big-{n}", "crawl", "L", []) for n in range(2)] + [
            action(f"{cap}.{to}-{n}", to, "S", []) for to in ("walk", "run") for n in range(2)
        ]
    actions["cap-0"].append(action("cap-0.after-big", "crawl", "S", ["cap-0.big-0"]))
    return {"catalogue_version": "t", "actions": actions}


def test_effort_spreading_caps_large_actions_per_horizon() -> None:
    catalogue = parse_catalogue(large_catalogue(5))  # 10 L actions, all wanting 0-3
    gaps = [gap(f"cap-{c}", Level.NOT_STARTED, Level.CRAWL) for c in range(5)]
    roadmap = generate_roadmap(gaps, catalogue=catalogue)
    large = Counter(i.horizon for i in roadmap.items if i.effort == "L")
    assert large == {"0-3": 2, "3-6": 2, "6-12": 4, "12+": 2}
    # An L prerequisite pushes its dependant one horizon later.
    before = ALL_HORIZONS.index(roadmap.item("org:cap-0.big-0").horizon)
    assert ALL_HORIZONS.index(roadmap.item("org:cap-0.after-big").horizon) == before + 1
    assert_dependencies_respected(roadmap)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(CAPS), st.integers(0, 3), st.integers(0, 3), st.sampled_from(["a", "b"])
        ),
        max_size=10,
    )
)
def test_any_gaps_give_a_consistent_plan(raw_gaps: list[tuple[str, int, int, str]]) -> None:
    unique = {(scope, cap): (cur, tgt) for cap, cur, tgt, scope in raw_gaps}
    gaps = [gap(cap, Level(c), Level(max(c, t)), scope) for (scope, cap), (c, t) in unique.items()]
    roadmap = generate_roadmap(gaps)
    assert_dependencies_respected(roadmap)
    large = Counter(i.horizon for i in roadmap.items if i.effort == "L")
    for horizon, cap in MAX_LARGE_PER_HORIZON.items():
        assert large[horizon] <= cap
    assert len({i.key for i in roadmap.items}) == len(roadmap.items)


def finding(fid: str, cap: str, nano: int, currency: str = "EUR", **kw: str) -> Finding:
    return Finding(fid, Text(f"Finding {fid}", f"Bevinding {fid}"), nano, currency, cap, **kw)


def test_findings_attach_savings_or_become_actions() -> None:
    roadmap = generate_roadmap(
        [gap("rate-optimization", Level.CRAWL, Level.WALK)],
        findings=[
            finding("sp", "rate-optimization", 5_000 * 10**9),
            finding("usd", "rate-optimization", 10 * 10**9, "USD"),
            finding("disks", "usage-optimization", 1_234_560_000_000),
        ],
    )
    backed = [i for i in roadmap.items if i.savings and i.source == "catalogue"]
    assert len(backed) == 1 and backed[0].capability_id == "rate-optimization"
    assert backed[0].savings_by_currency() == {"EUR": 5_000 * 10**9, "USD": 10 * 10**9}
    standalone = roadmap.item(":finding.disks")
    assert (standalone.source, standalone.horizon, standalone.effort) == ("finding", "0-3", "S")
    assert roadmap.total_savings() == {"EUR": 5_000 * 10**9 + 1_234_560_000_000, "USD": 10 * 10**9}


def test_finding_for_an_explicit_action() -> None:
    roadmap = generate_roadmap(
        [gap("rate-optimization", Level.CRAWL, Level.WALK)],
        findings=[
            finding("n", "rate-optimization", 7, action_id="rate-optimization.walk.negotiate")
        ],
    )
    assert roadmap.item("org:rate-optimization.walk.negotiate").savings[0].nano == 7


def test_generate_from_assessment_results() -> None:
    model = load_model()
    scope = ScopeAssessment(
        id="org",
        name="Org",
        capabilities=["allocation", "usage-optimization"],
        participants=[Participant("p", "P", "finance")],
    )
    for q in model.capability("allocation").questions:
        scope.set_answer("p", q.id, 1)
    for q in model.capability("usage-optimization").questions:
        scope.set_answer("p", q.id, 3)
    results = assessment_results(model, AssessmentState(scopes=[scope]), "org")
    roadmap = generate_roadmap(results)
    caps = {i.capability_id for i in roadmap.items if i.source == "catalogue"}
    assert "allocation" in caps and "usage-optimization" not in caps  # already at target
    assert any(i.action_id == "allocation.walk.monthly-showback" for i in roadmap.items)


@pytest.mark.parametrize("horizon", ["0-3", "3-6", "6-12"])
def test_default_horizons_are_respected_when_unconstrained(horizon: str) -> None:
    roadmap = generate_roadmap([gap("sustainability", Level.NOT_STARTED, Level.RUN)])
    defaults = {a.id: a.horizon for a in load_catalogue().actions}
    for item in roadmap.items:
        if defaults[item.action_id] == horizon:
            assert ALL_HORIZONS.index(item.horizon) >= ALL_HORIZONS.index(horizon)
