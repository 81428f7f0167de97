"""Resolve each required key per row: normalised value and status, from tags or fallbacks.

Status codes (int8): ``MISSING`` (no tag and no fallback), ``VALID`` (present and allowed),
``INVALID`` (present but not in the key's allowed values: non-compliant). A resource tag
always wins over a fallback; fallbacks are tried in the key's configured order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.normalise import column_or_nulls, map_distinct, normalise_key
from workbench.core.tagging.policy import TagKeyPolicy, TagPolicy

MISSING: Final = 0
VALID: Final = 1
INVALID: Final = 2

_FALLBACK_COLUMNS: Final = {
    "cost_category": "x_CostCategories",
    "project_label": "x_ProjectLabels",
    "resource_group": "x_ResourceGroupName",
}


@dataclass(frozen=True)
class ResolvedKey:
    key: str
    values: pa.ChunkedArray  # string, normalised; null when missing
    status: pa.ChunkedArray  # int8 MISSING / VALID / INVALID
    from_fallback: pa.ChunkedArray  # bool: value came from an account-level fallback


def parse_tag_object(text: str) -> dict[str, str]:
    """A canonical Tags / cost-category / label JSON object; anything else reads as empty."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}


class _KeyPicker:
    """Picks ``key``'s value from tag dictionaries; caches key matches and value
    normalisation, since the same raw keys and values recur across many tag sets."""

    def __init__(self, key: TagKeyPolicy) -> None:
        self.key = key
        self.names = key.normalised_names()
        self._matches: dict[str, bool] = {}
        self._values: dict[str, tuple[str | None, bool]] = {}

    def matches(self, raw_key: str) -> bool:
        found = self._matches.get(raw_key)
        if found is None:
            found = self._matches[raw_key] = normalise_key(raw_key) in self.names
        return found

    def normalise_value(self, raw: str) -> tuple[str | None, bool]:
        found = self._values.get(raw)
        if found is None:
            found = self._values[raw] = self.key.normalise_value(raw)
        return found

    def pick(self, tags: dict[str, str]) -> tuple[str | None, int]:
        """Best raw value: an exact key name first, then aliases, in sorted order."""
        candidates = sorted(
            (k for k in tags if self.matches(k)),
            key=lambda raw: (raw.strip().casefold() != self.key.key, raw),
        )
        for raw_key in candidates:
            value, ok = self.normalise_value(tags[raw_key])
            if value is not None:
                return value, VALID if ok else INVALID
        return None, MISSING


def _pick(key: TagKeyPolicy, tags: dict[str, str]) -> tuple[str | None, int]:
    """Best raw value for ``key``: an exact key name first, then aliases, in sorted order."""
    return _KeyPicker(key).pick(tags)


def _json_source(
    column: pa.ChunkedArray, key: TagKeyPolicy
) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    parsed: dict[str, tuple[str | None, int]] = {}
    picker = _KeyPicker(key)

    def pick(text: str) -> tuple[str | None, int]:
        if text not in parsed:
            parsed[text] = picker.pick(parse_tag_object(text))
        return parsed[text]

    values = map_distinct(column, lambda t: pick(t)[0], pa.string())
    status = map_distinct(column, lambda t: pick(t)[1], pa.int8(), MISSING)
    return values, status


def _plain_source(
    column: pa.ChunkedArray, key: TagKeyPolicy
) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    def pick(text: str) -> tuple[str | None, int]:
        value, ok = key.normalise_value(text)
        return value, MISSING if value is None else VALID if ok else INVALID

    values = map_distinct(column, lambda t: pick(t)[0], pa.string())
    status = map_distinct(column, lambda t: pick(t)[1], pa.int8(), MISSING)
    return values, status


def resolve_key(costs: pa.Table, key: TagKeyPolicy) -> ResolvedKey:
    values, status = _json_source(column_or_nulls(costs, "Tags"), key)
    fallback_used = pa.chunked_array([pa.array(np.zeros(costs.num_rows, np.bool_), pa.bool_())])
    for source in key.fallbacks:
        column = column_or_nulls(costs, _FALLBACK_COLUMNS[source])
        if column.null_count == len(column):
            continue
        reader: Callable[
            [pa.ChunkedArray, TagKeyPolicy], tuple[pa.ChunkedArray, pa.ChunkedArray]
        ] = _plain_source if source == "resource_group" else _json_source
        fb_values, fb_status = reader(column, key)
        use = pc.and_(pc.equal(status, MISSING), pc.not_equal(fb_status, MISSING))
        values = pc.if_else(use, fb_values, values)
        status = pc.if_else(use, fb_status, status)
        fallback_used = pc.or_(fallback_used, use)
    return ResolvedKey(key.key, values, status, fallback_used)


def resolve_policy(costs: pa.Table, policy: TagPolicy) -> dict[str, ResolvedKey]:
    return {key.key: resolve_key(costs, key) for key in policy.keys}


def all_required_status(resolved: dict[str, ResolvedKey], n_rows: int) -> pa.ChunkedArray:
    """MISSING when any key is missing, else INVALID when any key is invalid, else VALID."""
    if not resolved:
        return pa.chunked_array([pa.array([VALID] * n_rows, pa.int8())])
    statuses = [r.status for r in resolved.values()]
    result = statuses[0]
    for status in statuses[1:]:
        result = pc.if_else(
            pc.or_(pc.equal(result, MISSING), pc.equal(status, MISSING)),
            pa.scalar(MISSING, pa.int8()),
            pc.max_element_wise(result, status),
        )
    return result
