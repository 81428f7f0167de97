"""Generate a roadmap from assessment gaps and accepted findings, and merge user edits.

Selection: for every gap (current -> target) in a scope, the catalogue actions of each level
step (to Crawl, to Walk, to Run). Prerequisites that are not yet achieved (their capability's
current level in that scope is below the action's level, or unknown) are pulled in too.
Getting-started steps (sponsor, FinOps team, education, clean-up automation) are added,
engagement-wide, when any gap starts at "not started" or Crawl, unless the capability they
belong to is already at Crawl or above.

Scheduling rules (documented here, tested in tests/core/test_roadmap_generate.py):
  * Actions are placed in topological order; an action is never scheduled in an earlier
    horizon than any prerequisite, and an L-effort prerequisite pushes its dependants one
    horizon later (a large piece of work fills its window).
  * Effort spreading: at most MAX_LARGE_PER_HORIZON L actions start in one horizon
    (2 in 0-3, 2 in 3-6, 4 in 6-12, which is twice as long). An extra L action moves to the
    next horizon; past 6-12 it lands in "12+" (later). S and M actions are not capped.
  * Within a horizon: prerequisites first, then high impact, small effort, catalogue order.

Regeneration with `previous`: items merge by key (scope:action). Status, due date and note
always carry over; owner and horizon carry over when the user edited them; user-added items
are kept; removed items stay removed; items that are no longer generated are kept only when
their status is doing or done. When the user reordered, their order within a horizon is kept
and new items are slotted in after their generated predecessor.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from workbench.core.assessment.model import Level
from workbench.core.assessment.results import Results
from workbench.core.roadmap.catalogue import (
    IMPACTS,
    ActionCatalogue,
    ActionTemplate,
    load_catalogue,
)
from workbench.core.roadmap.model import (
    ALL_HORIZONS,
    Finding,
    Roadmap,
    RoadmapItem,
    SavingsLine,
    item_key,
)

MAX_LARGE_PER_HORIZON: Final[dict[str, int]] = {"0-3": 2, "3-6": 2, "6-12": 4}
FINDING_OWNER: Final[dict[str, str]] = {
    "rate-optimization": "finops",
    "licensing-saas": "procurement",
}
_EFFORT_RANK: Final = {"S": 0, "M": 1, "L": 2}


@dataclass(frozen=True)
class CapabilityGap:
    """Current and target level of one capability in one scope (target may equal current)."""

    scope_id: str
    capability_id: str
    current: Level
    target: Level


def gaps_from_results(results: Results) -> list[CapabilityGap]:
    """Every capability of a scope's results that has a current and a target level."""
    return [
        CapabilityGap(results.scope_id, r.capability_id, r.current_level, r.target_level)
        for r in results.capabilities
        if r.current_level is not None and r.target_level is not None
    ]


def _select(
    gaps: Sequence[CapabilityGap], catalogue: ActionCatalogue, getting_started: bool | None
) -> dict[str, tuple[str, ActionTemplate]]:
    known = {(g.scope_id, g.capability_id): g.current for g in gaps}
    best: dict[str, Level] = {}  # highest current level of a capability over all scopes
    for gap in gaps:
        best[gap.capability_id] = max(best.get(gap.capability_id, Level.NOT_STARTED), gap.current)
    selected: dict[str, tuple[str, ActionTemplate]] = {}
    for gap in gaps:
        for level in range(gap.current + 1, gap.target + 1):
            for tmpl in catalogue.for_transition(gap.capability_id, Level(level)):
                selected[item_key(gap.scope_id, tmpl.id)] = (gap.scope_id, tmpl)
    early = any(g.current <= Level.CRAWL and g.target > g.current for g in gaps)
    use_start = early if getting_started is None else getting_started
    if use_start:
        for tmpl in catalogue.getting_started():
            if best.get(tmpl.capability, Level.NOT_STARTED) < tmpl.to:
                selected[item_key("", tmpl.id)] = ("", tmpl)
    # Pull in prerequisites that are not achieved yet (breadth-first over the new items).
    queue = list(selected.values())
    while queue:
        scope_id, tmpl = queue.pop()
        for req_id in tmpl.requires:
            req = catalogue.get(req_id)
            if req is None or req.getting_started:
                continue  # getting-started steps are only added by the rule above
            key = item_key(scope_id, req.id)
            achieved = known.get((scope_id, req.capability), Level.NOT_STARTED) >= req.to
            if key not in selected and not achieved:
                selected[key] = (scope_id, req)
                queue.append((scope_id, req))
    return selected


def _requires(
    scope_id: str, tmpl: ActionTemplate, selected: dict[str, tuple[str, ActionTemplate]]
) -> list[str]:
    keys = []
    for req_id in tmpl.requires:
        for candidate in (item_key(scope_id, req_id), item_key("", req_id)):
            if candidate in selected:
                keys.append(candidate)
                break
    return keys


def _schedule(
    selected: dict[str, tuple[str, ActionTemplate]], catalogue: ActionCatalogue
) -> list[RoadmapItem]:
    order_index = {a.id: i for i, a in enumerate(catalogue.actions)}
    requires = {key: _requires(s, t, selected) for key, (s, t) in selected.items()}
    dependants: dict[str, list[str]] = {key: [] for key in selected}
    for key, reqs in requires.items():
        for req in reqs:
            dependants[req].append(key)

    def priority(key: str) -> tuple[int, int, int, int, int, str]:
        scope_id, tmpl = selected[key]
        return (
            ALL_HORIZONS.index(tmpl.horizon),
            int(tmpl.to),
            -IMPACTS.index(tmpl.impact),
            _EFFORT_RANK[tmpl.effort],
            order_index[tmpl.id],
            scope_id,
        )

    waiting = {key: len(reqs) for key, reqs in requires.items()}
    heap = [(priority(k), k) for k, n in waiting.items() if n == 0]
    heapq.heapify(heap)
    horizon: dict[str, int] = {}
    large_count: dict[int, int] = {}
    items: list[RoadmapItem] = []
    while heap:
        _, key = heapq.heappop(heap)
        scope_id, tmpl = selected[key]
        slot = ALL_HORIZONS.index(tmpl.horizon)
        for req in requires[key]:
            req_effort = selected[req][1].effort
            slot = max(slot, horizon[req] + (1 if req_effort == "L" else 0))
        slot = min(slot, len(ALL_HORIZONS) - 1)
        if tmpl.effort == "L":
            while slot < len(ALL_HORIZONS) - 1 and large_count.get(slot, 0) >= (
                MAX_LARGE_PER_HORIZON.get(ALL_HORIZONS[slot], 0)
            ):
                slot += 1
            large_count[slot] = large_count.get(slot, 0) + 1
        horizon[key] = slot
        items.append(
            RoadmapItem(
                action_id=tmpl.id,
                scope_id=scope_id,
                capability_id=tmpl.capability,
                title=tmpl.title,
                description=tmpl.description,
                effort=tmpl.effort,
                impact=tmpl.impact,
                owner=tmpl.owner,
                horizon=ALL_HORIZONS[slot],
                requires=requires[key],
            )
        )
        for nxt in dependants[key]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(heap, (priority(nxt), nxt))
    # Display order: by horizon, keeping the topological order inside each horizon.
    position = {item.key: i for i, item in enumerate(items)}
    return sorted(items, key=lambda i: (ALL_HORIZONS.index(i.horizon), position[i.key]))


def _attach_findings(items: list[RoadmapItem], findings: Iterable[Finding]) -> None:
    for finding in findings:
        line = SavingsLine(finding.id, finding.title, finding.savings_nano, finding.currency)
        candidates = [
            (ALL_HORIZONS.index(item.horizon), n, item)
            for n, item in enumerate(items)
            if item.source == "catalogue"
            and item.capability_id == finding.capability_id
            and (not finding.scope_id or item.scope_id == finding.scope_id)
            and (not finding.action_id or item.action_id == finding.action_id)
        ]
        if candidates:
            min(candidates, key=lambda c: (c[0], c[1]))[2].savings.append(line)
            continue
        item = RoadmapItem(
            action_id=f"finding.{finding.id}",
            scope_id=finding.scope_id,
            capability_id=finding.capability_id,
            title=finding.title,
            effort="S",
            impact="high",
            owner=FINDING_OWNER.get(finding.capability_id, "engineering"),
            horizon="0-3",
            savings=[line],
            source="finding",
        )
        first_later = next((n for n, i in enumerate(items) if i.horizon != "0-3"), len(items))
        items.insert(first_later, item)


def _merge(fresh: list[RoadmapItem], previous: Roadmap) -> list[RoadmapItem]:
    old = {item.key: item for item in previous.items}
    merged: list[RoadmapItem] = []
    for item in fresh:
        if item.key in previous.removed:
            continue
        before = old.get(item.key)
        if before is not None:
            item.status, item.due_date, item.note = before.status, before.due_date, before.note
            if "owner" in before.edited:
                item.owner = before.owner
            if "horizon" in before.edited:
                item.horizon = before.horizon
            item.edited = set(before.edited)
        merged.append(item)
    fresh_keys = {item.key for item in merged} | previous.removed
    kept = [
        item
        for item in previous.items
        if item.key not in fresh_keys and (item.source == "user" or item.status != "todo")
    ]
    if not any("order" in item.edited for item in previous.items):
        combined = merged + kept
        position = {item.key: n for n, item in enumerate(combined)}
        return sorted(combined, key=lambda i: (ALL_HORIZONS.index(i.horizon), position[i.key]))
    # The user reordered: keep their order, slot new items in after their generated predecessor.
    by_key = {item.key: item for item in merged + kept}
    result = [by_key[i.key] for i in previous.items if i.key in by_key]
    placed = {item.key for item in result}
    for n, item in enumerate(merged):
        if item.key in placed:
            continue
        earlier = [m.key for m in merged[:n] if m.key in placed]
        at = max((k for k, r in enumerate(result) if r.key in earlier), default=-1) + 1
        result.insert(at, item)
        placed.add(item.key)
    position = {item.key: n for n, item in enumerate(result)}
    return sorted(result, key=lambda i: (ALL_HORIZONS.index(i.horizon), position[i.key]))


def generate_roadmap(
    gaps: Iterable[CapabilityGap] | Results,
    *,
    findings: Iterable[Finding] = (),
    previous: Roadmap | None = None,
    catalogue: ActionCatalogue | None = None,
    getting_started: bool | None = None,
) -> Roadmap:
    """Build (or rebuild, merging `previous` edits) the roadmap; see the module docstring.

    `gaps` may be assessment Results of one scope or CapabilityGap records for any scopes;
    `getting_started` None applies the automatic rule, True/False forces it.
    """
    catalogue = catalogue or load_catalogue()
    gap_list = gaps_from_results(gaps) if isinstance(gaps, Results) else list(gaps)
    selected = _select(gap_list, catalogue, getting_started)
    items = _schedule(selected, catalogue)
    _attach_findings(items, findings)
    if previous is not None:
        items = _merge(items, previous)
    return Roadmap(
        items=items,
        removed=set(previous.removed) if previous else set(),
        catalogue_version=catalogue.version,
        user_counter=previous.user_counter if previous else 0,
    )
