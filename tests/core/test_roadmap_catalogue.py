"""The action catalogue: complete, NL/EN, prerequisites exist, Crawl before Walk, no cycles."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from workbench.core.assessment import Level, load_model
from workbench.core.resources import resource_path
from workbench.core.roadmap import CatalogueError, load_catalogue, parse_catalogue
from workbench.core.roadmap.catalogue import find_cycle, validate_catalogue_data


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    with resource_path("roadmap", "actions.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict)
    return data


def cap_ids() -> set[str]:
    return {c.id for c in load_model().capabilities}


def test_shipped_catalogue_is_valid(raw: dict[str, Any]) -> None:
    assert validate_catalogue_data(raw, cap_ids()) == []


def test_every_capability_and_transition_has_two_to_four_actions() -> None:
    catalogue = load_catalogue()
    for cap in cap_ids():
        for level in (Level.CRAWL, Level.WALK, Level.RUN):
            assert 2 <= len(catalogue.for_transition(cap, level)) <= 4, (cap, level)


def test_all_texts_in_both_languages_and_translated() -> None:
    for action in load_catalogue().actions:
        assert action.title.en.strip() and action.title.nl.strip()
        assert action.title.en != action.title.nl, action.id


def test_prerequisites_exist_and_have_no_cycles() -> None:
    catalogue = load_catalogue()
    ids = set(catalogue.by_id)
    for action in catalogue.actions:
        assert set(action.requires) <= ids, action.id
    assert find_cycle({a.id: a.requires for a in catalogue.actions}) is None


def test_crawl_foundations_come_before_walk_and_run() -> None:
    catalogue = load_catalogue()
    for action in catalogue.actions:
        same_cap = [catalogue.by_id[r] for r in action.requires]
        for req in same_cap:
            if req.capability == action.capability:
                assert req.to <= action.to, (action.id, req.id)
    for cap in cap_ids():
        for level in (Level.WALK, Level.RUN):
            # At least one action of each later step builds on the step before it.
            steps = catalogue.for_transition(cap, level)
            lower = {a.id for a in catalogue.for_transition(cap, Level(level - 1))}
            assert any(set(a.requires) & lower for a in steps), (cap, level)


def test_getting_started_steps_cover_the_seed() -> None:
    starters = {a.id for a in load_catalogue().getting_started()}
    assert starters == {
        "start.executive-sponsor",
        "start.finops-team",
        "start.education",
        "start.automate-cleanup",
    }


def test_allocation_crawl_to_walk_contains_the_seed_example() -> None:
    titles = {a.title.en for a in load_catalogue().for_transition("allocation", Level.WALK)}
    assert "Agree the tag policy with engineering leads" in titles
    assert "Enforce the owner tag in the deployment pipeline" in titles
    assert "Publish a monthly showback per team" in titles


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["actions"]["allocation"][0]["requires"].append("nope"), "unknown action"),
        (lambda d: d["actions"]["allocation"][0].update(effort="XL"), "effort"),
        (lambda d: d["actions"]["allocation"][0].update(owner="intern"), "owner"),
        (lambda d: d["actions"]["allocation"][0]["title"].pop("nl"), "title.nl"),
        (lambda d: d["actions"]["sustainability"].pop(0), "actions to crawl"),
        (
            lambda d: d["actions"]["allocation"][1].update(id=d["actions"]["allocation"][0]["id"]),
            "duplicate action id",
        ),
        (
            lambda d: d["actions"]["allocation"][0]["requires"].append(
                "allocation.walk.agree-policy"
            ),
            "higher level",
        ),
        (lambda d: d["actions"].pop("sustainability"), "has no actions"),
    ],
)
def test_validator_finds_problems(raw: dict[str, Any], mutate: Any, message: str) -> None:
    broken = copy.deepcopy(raw)
    mutate(broken)
    problems = validate_catalogue_data(broken, cap_ids())
    assert any(message in p for p in problems), problems
    with pytest.raises(CatalogueError):
        parse_catalogue(broken, cap_ids())


def test_cycles_are_reported(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    walk = next(a for a in broken["actions"]["forecasting"] if a["id"] == "forecasting.walk.review")
    run = next(a for a in broken["actions"]["forecasting"] if a["id"] == "forecasting.run.rolling")
    crawl = next(a for a in broken["actions"]["budgeting"] if a["to"] == "crawl")
    # budgeting crawl -> forecasting run -> forecasting walk review -> ... -> budgeting crawl
    crawl["requires"].append(run["id"])
    walk["requires"].append(crawl["id"])
    problems = validate_catalogue_data(broken, cap_ids())
    assert any(p.startswith("dependency cycle") for p in problems), problems


def test_find_cycle() -> None:
    assert find_cycle({"a": ["b"], "b": ["c"], "c": []}) is None
    assert find_cycle({"a": ["b"], "b": ["a"]}) == ["a", "b", "a"]
