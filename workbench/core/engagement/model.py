"""The engagement: everything one client workshop produces, held in memory.

Features own *sections*: JSON-able dicts keyed by a section name ("imports", "filters",
"tag_policy", "allocation", "assessment", "roadmap", "fx_rates", "mapping_presets",
"business_metrics", ...). A feature converts its typed model to and from its section, so a
new feature adds a section without touching the file format. Large data lives in Arrow
*tables* ("costs" is the canonical cost table; derived tables such as a daily cube may be
stored too so that reopening is fast).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa

from workbench.core import canonical

JsonDict = dict[str, Any]

COSTS_TABLE = "costs"


@dataclass
class EngagementMeta:
    client: str = ""
    consultant: str = ""
    title: str = ""
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    #: The currency the consultant reports in; data keeps its own billing currency.
    currency: str = "EUR"
    language: str = "nl"
    notes: str = ""

    def to_dict(self) -> JsonDict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: JsonDict) -> EngagementMeta:
        known = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Engagement:
    meta: EngagementMeta = field(default_factory=EngagementMeta)
    tables: dict[str, pa.Table] = field(default_factory=dict)
    sections: dict[str, Any] = field(default_factory=dict)
    #: Bumped on every change; the GUI compares it with the saved revision for "unsaved".
    revision: int = 0

    def __post_init__(self) -> None:
        self.tables.setdefault(COSTS_TABLE, canonical.empty_table())

    @property
    def costs(self) -> pa.Table:
        return self.tables[COSTS_TABLE]

    def set_costs(self, table: pa.Table) -> None:
        self.tables[COSTS_TABLE] = canonical.conform(table)
        # Derived tables are stale once the costs change.
        for name in [n for n in self.tables if n != COSTS_TABLE]:
            del self.tables[name]
        self.touch()

    def section(self, name: str, default: Any = None) -> Any:
        """A deep copy of a section, so callers cannot change the engagement by accident."""
        if name not in self.sections:
            return copy.deepcopy(default)
        return copy.deepcopy(self.sections[name])

    def set_section(self, name: str, value: Any) -> None:
        self.sections[name] = copy.deepcopy(value)
        self.touch()

    def touch(self) -> None:
        self.revision += 1

    def snapshot(self) -> Engagement:
        """A copy that shares the immutable Arrow tables; used for transactional edits."""
        return Engagement(
            meta=EngagementMeta.from_dict(self.meta.to_dict()),
            tables=dict(self.tables),
            sections=copy.deepcopy(self.sections),
            revision=self.revision,
        )

    def restore(self, snapshot: Engagement) -> None:
        """Put back a snapshot taken before a failed operation."""
        self.meta = snapshot.meta
        self.tables = dict(snapshot.tables)
        self.sections = copy.deepcopy(snapshot.sections)
        self.revision = snapshot.revision
