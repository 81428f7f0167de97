"""Roadmap data: items, user edits, findings with savings, JSON-able (de)serialisation.

An item's key is `scope_id:action_id` (engagement-wide items have an empty scope), so the
same catalogue action can appear once per scope. Edits are recorded per field in `edited`
so a regeneration can keep them (see generate.py).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Final

from workbench.core.assessment.model import Text
from workbench.core.roadmap.catalogue import EFFORTS, HORIZONS, IMPACTS

SCHEMA_VERSION: Final = 1
LATER: Final = "12+"  # overflow window when effort spreading pushes work past 12 months
ALL_HORIZONS: Final[tuple[str, ...]] = (*HORIZONS, LATER)
STATUSES: Final[tuple[str, ...]] = ("todo", "doing", "done")
SOURCES: Final[tuple[str, ...]] = ("catalogue", "finding", "user")
EDITABLE: Final[tuple[str, ...]] = ("owner", "horizon", "due_date", "status", "note")


class RoadmapFormatError(ValueError):
    """A stored roadmap could not be read; the message names the offending field."""


def item_key(scope_id: str, action_id: str) -> str:
    return f"{scope_id}:{action_id}"


@dataclass(frozen=True)
class Finding:
    """An accepted optimisation finding, as delivered by the analyses."""

    id: str
    title: Text
    savings_nano: int  # per year, in nano-units of `currency`
    currency: str
    capability_id: str
    scope_id: str = ""  # "" = any scope
    action_id: str = ""  # optional explicit catalogue action it backs


@dataclass(frozen=True)
class SavingsLine:
    finding_id: str
    title: Text
    nano: int
    currency: str


@dataclass
class RoadmapItem:
    action_id: str
    scope_id: str
    capability_id: str
    title: Text
    effort: str
    impact: str
    owner: str  # a persona, or a name typed by the user
    horizon: str
    requires: list[str] = field(default_factory=list)  # item keys
    description: Text | None = None
    status: str = "todo"
    due_date: str | None = None  # ISO date
    note: str = ""
    savings: list[SavingsLine] = field(default_factory=list)
    source: str = "catalogue"
    edited: set[str] = field(default_factory=set)  # fields changed by the user

    @property
    def key(self) -> str:
        return item_key(self.scope_id, self.action_id)

    def savings_by_currency(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for line in self.savings:
            totals[line.currency] += line.nano  # never mixes currencies
        return dict(totals)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "scope_id": self.scope_id,
            "capability_id": self.capability_id,
            "title": self.title.to_dict(),
            "description": self.description.to_dict() if self.description else None,
            "effort": self.effort,
            "impact": self.impact,
            "owner": self.owner,
            "horizon": self.horizon,
            "requires": list(self.requires),
            "status": self.status,
            "due_date": self.due_date,
            "note": self.note,
            "savings": [
                {
                    "finding_id": s.finding_id,
                    "title": s.title.to_dict(),
                    "nano": s.nano,
                    "currency": s.currency,
                }
                for s in self.savings
            ],
            "source": self.source,
            "edited": sorted(self.edited),
        }

    @classmethod
    def from_dict(cls, raw: Any, path: str) -> RoadmapItem:
        if not isinstance(raw, dict):
            raise RoadmapFormatError(f"{path}: expected an object")
        try:
            desc = raw.get("description")
            item = cls(
                action_id=str(raw["action_id"]),
                scope_id=str(raw.get("scope_id", "")),
                capability_id=str(raw.get("capability_id", "")),
                title=Text(**raw["title"]),
                description=Text(**desc) if isinstance(desc, dict) else None,
                effort=str(raw["effort"]),
                impact=str(raw["impact"]),
                owner=str(raw["owner"]),
                horizon=str(raw["horizon"]),
                requires=[str(r) for r in raw.get("requires", [])],
                status=str(raw.get("status", "todo")),
                due_date=raw.get("due_date"),
                note=str(raw.get("note", "")),
                savings=[
                    SavingsLine(
                        str(s["finding_id"]), Text(**s["title"]), int(s["nano"]), str(s["currency"])
                    )
                    for s in raw.get("savings", [])
                ],
                source=str(raw.get("source", "catalogue")),
                edited={str(e) for e in raw.get("edited", [])},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RoadmapFormatError(f"{path}: {exc!s}") from None
        problems = validate_item(item)
        if problems:
            raise RoadmapFormatError(f"{path}: " + "; ".join(problems))
        return item


def validate_item(item: RoadmapItem) -> list[str]:
    problems = []
    for name, value, allowed in (
        ("effort", item.effort, EFFORTS),
        ("impact", item.impact, IMPACTS),
        ("horizon", item.horizon, ALL_HORIZONS),
        ("status", item.status, STATUSES),
        ("source", item.source, SOURCES),
    ):
        if value not in allowed:
            problems.append(f"{name} {value!r} not in {allowed}")
    if item.due_date is not None:
        try:
            dt.date.fromisoformat(item.due_date)
        except (TypeError, ValueError):
            problems.append(f"due_date {item.due_date!r} is not an ISO date (YYYY-MM-DD)")
    return problems


@dataclass
class Roadmap:
    items: list[RoadmapItem] = field(default_factory=list)  # in display order
    removed: set[str] = field(default_factory=set)  # keys the user removed: stay removed
    catalogue_version: str = ""
    user_counter: int = 0

    def item(self, key: str) -> RoadmapItem:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(f"no roadmap item {key!r}")

    def _edit(self, key: str, name: str, value: Any) -> RoadmapItem:
        item = self.item(key)
        setattr(item, name, value)
        problems = validate_item(item)
        if problems:
            raise ValueError("; ".join(problems))
        item.edited.add(name)
        return item

    def set_owner(self, key: str, owner: str) -> None:
        if not owner.strip():
            raise ValueError("owner must not be empty")
        self._edit(key, "owner", owner.strip())

    def set_horizon(self, key: str, horizon: str) -> None:
        self._edit(key, "horizon", horizon)

    def set_due_date(self, key: str, due_date: dt.date | str | None) -> None:
        value = due_date.isoformat() if isinstance(due_date, dt.date) else due_date
        self._edit(key, "due_date", value)

    def set_status(self, key: str, status: str) -> None:
        self._edit(key, "status", status)

    def set_note(self, key: str, note: str) -> None:
        self._edit(key, "note", note)

    def move(self, key: str, new_index: int) -> None:
        """Reorder: put the item at `new_index` in the display order."""
        item = self.item(key)
        self.items.remove(item)
        self.items.insert(max(0, min(new_index, len(self.items))), item)
        item.edited.add("order")

    def remove(self, key: str) -> None:
        item = self.item(key)
        self.items.remove(item)
        if item.source != "user":
            self.removed.add(key)

    def add(
        self,
        title: Text,
        *,
        capability_id: str = "",
        scope_id: str = "",
        horizon: str = "0-3",
        owner: str = "finops",
        effort: str = "M",
        impact: str = "medium",
        index: int | None = None,
    ) -> RoadmapItem:
        """Add a user action; it is kept on every regeneration."""
        self.user_counter += 1
        item = RoadmapItem(
            action_id=f"user.{self.user_counter}",
            scope_id=scope_id,
            capability_id=capability_id,
            title=title,
            effort=effort,
            impact=impact,
            owner=owner,
            horizon=horizon,
            source="user",
            edited={"order"},
        )
        problems = validate_item(item)
        if problems:
            self.user_counter -= 1
            raise ValueError("; ".join(problems))
        self.items.insert(len(self.items) if index is None else index, item)
        return item

    def problems(self) -> list[str]:
        """Dependency warnings, e.g. after user edits: an item before its prerequisite."""
        index = {item.key: i for i, item in enumerate(self.items)}
        by_key = {item.key: item for item in self.items}
        out = []
        for item in self.items:
            for req in item.requires:
                pre = by_key.get(req)
                if pre is None:
                    continue
                if ALL_HORIZONS.index(pre.horizon) > ALL_HORIZONS.index(item.horizon):
                    out.append(f"{item.key} is planned before its prerequisite {req}")
                elif index[req] > index[item.key]:
                    out.append(f"{item.key} is listed before its prerequisite {req}")
        return out

    def total_savings(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for item in self.items:
            for currency, nano in item.savings_by_currency().items():
                totals[currency] += nano
        return dict(totals)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "catalogue_version": self.catalogue_version,
            "user_counter": self.user_counter,
            "removed": sorted(self.removed),
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_dict(cls, raw: Any) -> Roadmap:
        if not isinstance(raw, dict):
            raise RoadmapFormatError("roadmap: expected an object")
        version = raw.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise RoadmapFormatError("roadmap.schema_version: expected an integer")
        if version > SCHEMA_VERSION:
            raise RoadmapFormatError(
                f"roadmap.schema_version {version} is newer than this app ({SCHEMA_VERSION})"
            )
        items = [
            RoadmapItem.from_dict(r, f"items[{i}]") for i, r in enumerate(raw.get("items", []))
        ]
        keys = [i.key for i in items]
        if len(keys) != len(set(keys)):
            raise RoadmapFormatError("roadmap.items: item keys must be unique")
        return cls(
            items=items,
            removed={str(k) for k in raw.get("removed", [])},
            catalogue_version=str(raw.get("catalogue_version", "")),
            user_counter=int(raw.get("user_counter", 0)),
        )
