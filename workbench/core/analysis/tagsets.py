"""Parsed distinct tag sets: each distinct ``Tags`` JSON text is parsed once.

The canonical ``Tags`` column is dictionary-encoded, so a 5M-row table holds only a few
thousand distinct tag sets. Filters and tag grouping evaluate on those distinct texts and
map back to rows through the dictionary indices; this cache keeps the parsed objects.
Keys are compared *raw* (as the provider wrote them); normalising keys is the tagging
feature's job.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np

#: The group name for rows without a value for the grouped tag key.
UNTAGGED: Final = "(untagged)"


def parse_tag_text(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


class TagSets:
    """A text -> parsed tag dict cache (seed it with known texts, or let it fill)."""

    def __init__(self, parsed: Mapping[str, dict[str, str]]) -> None:
        self._parsed: dict[str, dict[str, str]] = dict(parsed)

    @classmethod
    def from_texts(cls, texts: Iterable[str | None]) -> TagSets:
        return cls({t: parse_tag_text(t) for t in texts if t is not None})

    def get(self, text: str | None) -> dict[str, str]:
        if text is None:
            return {}
        found = self._parsed.get(text)
        if found is None:
            found = self._parsed[text] = parse_tag_text(text)
        return found

    def matches(self, texts: list[str | None], wanted: Mapping[str, set[str]]) -> np.ndarray:
        out = np.zeros(len(texts), dtype=bool)
        for i, text in enumerate(texts):
            tags = self.get(text)
            out[i] = all(tags.get(key) in values for key, values in wanted.items())
        return out

    def key_values(self, texts: list[str | None], key: str) -> list[str]:
        return [self.get(t).get(key, UNTAGGED) for t in texts]

    def keys(self, texts: Iterable[str | None]) -> list[str]:
        found: set[str] = set()
        for text in texts:
            found.update(self.get(text))
        return sorted(found)
