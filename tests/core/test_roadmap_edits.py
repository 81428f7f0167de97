"""User edits surviving regeneration, JSON round-trips and plain rows."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.assessment import Level, Text, load_model
from workbench.core.roadmap import (
    COLUMNS,
    CapabilityGap,
    Finding,
    Roadmap,
    RoadmapFormatError,
    generate_roadmap,
    headers,
    roadmap_to_rows,
)

START = [CapabilityGap("org", "allocation", Level.CRAWL, Level.WALK)]
LATER = [
    CapabilityGap("org", "allocation", Level.CRAWL, Level.WALK),
    CapabilityGap("org", "anomaly-management", Level.CRAWL, Level.WALK),
]
SHOWBACK = "org:allocation.walk.monthly-showback"
ENFORCE = "org:allocation.walk.enforce-owner-tag"
POLICY = "org:allocation.walk.agree-policy"


def test_edits_survive_regeneration() -> None:
    first = generate_roadmap(START)
    first.set_status(SHOWBACK, "doing")
    first.set_due_date(SHOWBACK, dt.date(2027, 3, 31))
    first.set_owner(SHOWBACK, "Marieke (finance)")
    first.set_horizon(ENFORCE, "6-12")
    first.set_note(POLICY, "Workshop booked")
    again = generate_roadmap(LATER, previous=first)
    showback = again.item(SHOWBACK)
    assert (showback.status, showback.due_date, showback.owner) == (
        "doing",
        "2027-03-31",
        "Marieke (finance)",
    )
    assert again.item(ENFORCE).horizon == "6-12"
    assert again.item(POLICY).note == "Workshop booked"
    assert any(i.capability_id == "anomaly-management" for i in again.items)  # new gap added


def test_removed_stay_removed_and_user_items_are_kept() -> None:
    first = generate_roadmap(START)
    first.remove(SHOWBACK)
    added = first.add(Text("Invite the CFO", "Nodig de CFO uit"), owner="leadership")
    again = generate_roadmap(LATER, previous=first)
    assert SHOWBACK not in {i.key for i in again.items}
    assert added.key in {i.key for i in again.items}
    assert again.item(added.key).title.nl == "Nodig de CFO uit"
    third = generate_roadmap(LATER, previous=again)
    assert SHOWBACK not in {i.key for i in third.items}
    assert third.add(Text("x", "x")).action_id == "user.2"  # ids never reused


def test_removing_a_user_item_does_not_blacklist_anything() -> None:
    roadmap = generate_roadmap(START)
    added = roadmap.add(Text("Extra", "Extra"))
    roadmap.remove(added.key)
    assert roadmap.removed == set()


def test_reorder_survives_regeneration() -> None:
    first = generate_roadmap(START)
    in_window = [i.key for i in first.items if i.horizon == first.item(SHOWBACK).horizon]
    first.move(SHOWBACK, first.items.index(first.item(in_window[0])))
    again = generate_roadmap(LATER, previous=first)
    same_window = [i.key for i in again.items if i.horizon == again.item(SHOWBACK).horizon]
    old_keys = [k for k in same_window if k in in_window]
    assert old_keys[0] == SHOWBACK
    assert len(same_window) > len(old_keys)  # new anomaly actions slotted in


def test_progress_is_kept_when_a_gap_closes() -> None:
    first = generate_roadmap(START)
    first.set_status(SHOWBACK, "done")
    closed = [CapabilityGap("org", "allocation", Level.WALK, Level.WALK)]
    again = generate_roadmap(closed, previous=first)
    assert [i.key for i in again.items] == [SHOWBACK]  # todo items without progress drop out


def test_edit_validation() -> None:
    roadmap = generate_roadmap(START)
    with pytest.raises(ValueError, match="status"):
        roadmap.set_status(SHOWBACK, "blocked")
    with pytest.raises(ValueError, match="ISO date"):
        roadmap.set_due_date(SHOWBACK, "31-03-2027")
    with pytest.raises(ValueError, match="owner"):
        roadmap.set_owner(SHOWBACK, " ")
    with pytest.raises(KeyError):
        roadmap.set_status("org:nope", "done")


def test_user_edits_that_break_order_are_reported() -> None:
    roadmap = generate_roadmap(START)
    roadmap.set_horizon(POLICY, "6-12")
    assert any("before its prerequisite" in p for p in roadmap.problems())


def sample_roadmap() -> Roadmap:
    roadmap = generate_roadmap(
        START,
        findings=[
            Finding(
                "f",
                Text("Idle <disks> & co", "Losse <schijven> & co"),
                99,
                "EUR",
                "usage-optimization",
            )
        ],
    )
    roadmap.set_status(SHOWBACK, "doing")
    roadmap.remove(ENFORCE)
    roadmap.add(Text("Own action", "Eigen actie"), horizon="3-6")
    return roadmap


def test_round_trip_through_json() -> None:
    roadmap = sample_roadmap()
    data = json.loads(json.dumps(roadmap.to_dict()))
    assert data["schema_version"] == 1
    assert Roadmap.from_dict(data) == roadmap


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema_version=2), "newer"),
        (lambda d: d["items"][0].update(status="blocked"), "status"),
        (lambda d: d["items"][0].pop("title"), "items\\[0\\]"),
        (lambda d: d["items"].append(d["items"][0]), "unique"),
        (lambda d: d["items"][0].update(due_date="tomorrow"), "ISO date"),
    ],
)
def test_bad_roadmap_data(mutate: object, message: str) -> None:
    data = sample_roadmap().to_dict()
    mutate(data)  # type: ignore[operator]
    with pytest.raises(RoadmapFormatError, match=message):
        Roadmap.from_dict(data)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["todo", "doing", "done"])), max_size=8)
)
def test_round_trip_after_random_edits(edits: list[tuple[int, str]]) -> None:
    roadmap = generate_roadmap(LATER)
    for position, status in edits:
        key = roadmap.items[position % len(roadmap.items)].key
        roadmap.set_status(key, status)
        roadmap.move(key, position)
    restored = Roadmap.from_dict(json.loads(json.dumps(roadmap.to_dict())))
    assert restored == roadmap
    regenerated = generate_roadmap(LATER, previous=restored)
    for item in roadmap.items:
        assert regenerated.item(item.key).status == item.status


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_rows_for_tables(lang: str) -> None:
    roadmap = sample_roadmap()
    rows = roadmap_to_rows(roadmap, lang, load_model(), {"org": "Hele organisatie"})
    assert len(rows) == len(roadmap.items) and len(headers(lang)) == len(COLUMNS)
    assert all(set(row) == set(COLUMNS) for row in rows)
    showback = next(r for r in rows if r["key"] == SHOWBACK)
    if lang == "nl":
        assert showback["action"] == "Publiceer maandelijks een showback per team"
        assert showback["capability"] == "Toewijzing"
        assert showback["status"] == "Bezig"
        assert showback["horizon"] == "3-6 maanden"
        assert showback["scope"] == "Hele organisatie"
    else:
        assert showback["status"] == "In progress"
    disk = next(r for r in rows if r["savings_by_currency"])
    assert disk["savings_by_currency"] == {"EUR": 99}
    assert [r["position"] for r in rows] == list(range(1, len(rows) + 1))
    own = next(r for r in rows if r["action"] in ("Own action", "Eigen actie"))
    assert own["owner"] in ("FinOps practitioner", "FinOps-practitioner")
