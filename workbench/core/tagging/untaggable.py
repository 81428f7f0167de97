"""Cost that cannot carry tags (taxes, support, commitment purchases, credits, ...).

The rules are data (resources/tagging/untaggable.yaml). A rule matches a row when all of its
conditions hold; a row is untaggable when any rule matches. Conditions are evaluated on the
distinct values of a column only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import yaml

from workbench.core.canonical import STRING_COLUMNS
from workbench.core.resources import resource_path
from workbench.core.tagging.normalise import column_or_nulls, map_distinct
from workbench.core.tagging.policy import PolicyError


@dataclass(frozen=True)
class Condition:
    column: str
    values: tuple[str, ...] = ()
    regex: str | None = None
    empty: bool | None = None

    def matcher(self) -> Any:
        if self.column not in STRING_COLUMNS:
            raise PolicyError(f"untaggable rule: unknown column {self.column!r}")
        if self.regex is not None:
            try:
                pattern = re.compile(self.regex)
            except re.error as exc:
                raise PolicyError(f"untaggable rule: invalid regex {self.regex!r}: {exc}") from exc
            return lambda v: pattern.search(v) is not None
        if self.values:
            folded = {v.casefold() for v in self.values}
            return lambda v: v.casefold() in folded
        if self.empty is not None:
            want_empty = self.empty
            return lambda v: (not v.strip()) == want_empty
        raise PolicyError(f"untaggable rule on {self.column}: give in, regex or empty")

    def evaluate(self, costs: pa.Table) -> pa.ChunkedArray:
        test = self.matcher()
        # A null cell is "empty"; it matches nothing else.
        null_result = bool(self.empty) if self.empty is not None else False
        return map_distinct(
            column_or_nulls(costs, self.column), test, pa.bool_(), null_value=null_result
        )


@dataclass(frozen=True)
class UntaggableRule:
    id: str
    label_en: str
    label_nl: str
    conditions: tuple[Condition, ...] = field(default_factory=tuple)

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def evaluate(self, costs: pa.Table) -> pa.ChunkedArray:
        results = [condition.evaluate(costs) for condition in self.conditions]
        if not results:
            return pa.chunked_array([pa.array(np.ones(costs.num_rows, np.bool_), pa.bool_())])
        result = results[0]
        for other in results[1:]:
            result = pc.and_(result, other)
        return result


def rules_from_dict(data: dict[str, Any]) -> list[UntaggableRule]:
    rules = []
    for item in data.get("rules") or []:
        label = item.get("label") or {}
        conditions = tuple(
            Condition(
                column=str(c["column"]),
                values=tuple(str(v) for v in c.get("in") or ()),
                regex=str(c["regex"]) if "regex" in c else None,
                empty=bool(c["empty"]) if "empty" in c else None,
            )
            for c in item.get("all") or []
        )
        if not conditions:
            raise PolicyError(f"untaggable rule {item.get('id')!r} has no conditions")
        rules.append(
            UntaggableRule(
                str(item["id"]), str(label.get("en", "")), str(label.get("nl", "")), conditions
            )
        )
    for rule in rules:
        for condition in rule.conditions:
            condition.matcher()  # fail early on a bad column or regex
    return rules


def load_untaggable_rules(path: Path | None = None) -> list[UntaggableRule]:
    source = path or resource_path("tagging", "untaggable.yaml")
    return rules_from_dict(yaml.safe_load(source.read_text(encoding="utf-8")))


def untaggable_rule_ids(costs: pa.Table, rules: list[UntaggableRule]) -> pa.ChunkedArray:
    """Per row the id of the first untaggable rule that matches, or null (taggable)."""
    result = pa.chunked_array([pa.nulls(costs.num_rows, pa.string())])
    for rule in reversed(rules):  # reversed: earlier rules overwrite later ones
        result = pc.if_else(rule.evaluate(costs), pa.scalar(rule.id), result)
    return result
