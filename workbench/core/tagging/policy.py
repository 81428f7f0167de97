"""The tag policy: required keys, their aliases, allowed values and fallbacks.

Stored in the engagement section ``"tag_policy"`` as plain JSON (see :meth:`TagPolicy.to_dict`).

Key matching: a raw tag key belongs to a policy key when its normalised form (see
:func:`~workbench.core.tagging.normalise.normalise_key`) equals the policy key or one of its
normalised aliases. Value normalisation: the value is stripped and case-folded, mapped with
``value_map`` and, when ``allowed_values`` is set, spelled as the allowed value; a present
value outside ``allowed_values`` is *non-compliant*.

Fallbacks (per key, in order) are used only when no resource tag gives the key:
``cost_category`` (AWS cost categories, ``x_CostCategories``), ``project_label`` (GCP
project labels, ``x_ProjectLabels``) — both matched with the same aliases — and
``resource_group`` (the Azure resource group name itself as the value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

from workbench.core.engagement import Engagement
from workbench.core.resources import resource_path
from workbench.core.tagging.normalise import normalise_key, normalise_value_text

SECTION: Final = "tag_policy"
SCHEMA_VERSION: Final = 1
FALLBACK_SOURCES: Final = ("cost_category", "project_label", "resource_group")


class PolicyError(ValueError):
    """A policy that cannot be used (message is user-readable)."""


@dataclass
class TagKeyPolicy:
    key: str
    label_en: str = ""
    label_nl: str = ""
    aliases: list[str] = field(default_factory=list)
    allowed_values: list[str] = field(default_factory=list)
    value_map: dict[str, str] = field(default_factory=dict)
    fallbacks: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = normalise_key(self.key)
        if not self.key:
            raise PolicyError("a tag policy key needs a name")
        bad = [f for f in self.fallbacks if f not in FALLBACK_SOURCES]
        if bad:
            raise PolicyError(f"unknown tag fallback source(s) {bad}; use {FALLBACK_SOURCES}")

    def label(self, lang: str) -> str:
        text = self.label_nl if lang == "nl" else self.label_en
        return text or self.key

    def matches(self, raw_key: str) -> bool:
        return normalise_key(raw_key) in self.normalised_names()

    def normalised_names(self) -> set[str]:
        return {self.key, *(normalise_key(a) for a in self.aliases)}

    def normalise_value(self, raw: str) -> tuple[str | None, bool]:
        """(normalised value or None when blank, compliant?)."""
        folded = normalise_value_text(raw)
        if not folded:
            return None, False
        mapping = {normalise_value_text(k): v for k, v in self.value_map.items()}
        mapped = mapping.get(folded)
        if not self.allowed_values:
            return (mapped if mapped is not None else " ".join(raw.split())), True
        allowed = {normalise_value_text(v): v for v in self.allowed_values}
        candidate = normalise_value_text(mapped) if mapped is not None else folded
        if candidate in allowed:
            return allowed[candidate], True
        return mapped if mapped is not None else " ".join(raw.split()), False

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": {"en": self.label_en, "nl": self.label_nl},
            "aliases": list(self.aliases),
            "allowed_values": list(self.allowed_values),
            "value_map": dict(self.value_map),
            "fallbacks": list(self.fallbacks),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TagKeyPolicy:
        label = data.get("label") or {}
        return cls(
            key=str(data["key"]),
            label_en=str(label.get("en", "")),
            label_nl=str(label.get("nl", "")),
            aliases=[str(a) for a in data.get("aliases") or []],
            allowed_values=[str(v) for v in data.get("allowed_values") or []],
            value_map={str(k): str(v) for k, v in (data.get("value_map") or {}).items()},
            fallbacks=[str(f) for f in data.get("fallbacks") or []],
        )


@dataclass
class TagPolicy:
    keys: list[TagKeyPolicy] = field(default_factory=list)
    #: Alias proposals the user rejected, as (raw key, policy key) pairs; never proposed again.
    rejected_aliases: list[tuple[str, str]] = field(default_factory=list)
    #: Value merges the user rejected, as (policy key, raw value, proposed value) triples.
    rejected_values: list[tuple[str, str, str]] = field(default_factory=list)

    def key(self, name: str) -> TagKeyPolicy:
        wanted = normalise_key(name)
        for key in self.keys:
            if key.key == wanted:
                return key
        raise PolicyError(f"the tag policy has no key {name!r}")

    @property
    def key_names(self) -> list[str]:
        return [k.key for k in self.keys]

    def policy_key_for(self, raw_key: str) -> str | None:
        """The policy key a raw tag key belongs to (first policy key that claims it)."""
        folded = normalise_key(raw_key)
        for key in self.keys:
            if folded in key.normalised_names():
                return key.key
        return None

    def accept_alias(self, raw_key: str, policy_key: str) -> None:
        target = self.key(policy_key)
        if not target.matches(raw_key):
            target.aliases.append(raw_key)

    def reject_alias(self, raw_key: str, policy_key: str) -> None:
        pair = (raw_key, normalise_key(policy_key))
        if pair not in self.rejected_aliases:
            self.rejected_aliases.append(pair)

    def accept_value(self, policy_key: str, raw_value: str, value: str) -> None:
        self.key(policy_key).value_map[raw_value] = value

    def reject_value(self, policy_key: str, raw_value: str, value: str) -> None:
        triple = (normalise_key(policy_key), raw_value, value)
        if triple not in self.rejected_values:
            self.rejected_values.append(triple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "keys": [k.to_dict() for k in self.keys],
            "rejected_aliases": [list(p) for p in self.rejected_aliases],
            "rejected_values": [list(t) for t in self.rejected_values],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TagPolicy:
        version = int(data.get("schema_version", SCHEMA_VERSION))
        if version > SCHEMA_VERSION:
            raise PolicyError(
                f"tag policy schema {version} is newer than this workbench ({SCHEMA_VERSION})"
            )
        keys = [TagKeyPolicy.from_dict(k) for k in data.get("keys") or []]
        names = [k.key for k in keys]
        if len(set(names)) != len(names):
            raise PolicyError(f"the tag policy lists a key twice: {names}")
        rejected = [(str(p[0]), str(p[1])) for p in data.get("rejected_aliases") or []]
        values = [(str(t[0]), str(t[1]), str(t[2])) for t in data.get("rejected_values") or []]
        return cls(keys=keys, rejected_aliases=rejected, rejected_values=values)


def default_policy(path: Path | None = None) -> TagPolicy:
    """The policy in resources/tagging/default_policy.yaml."""
    source = path or resource_path("tagging", "default_policy.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return TagPolicy.from_dict(data)


def load_policy(engagement: Engagement) -> TagPolicy:
    data = engagement.section(SECTION)
    return default_policy() if not data else TagPolicy.from_dict(data)


def save_policy(engagement: Engagement, policy: TagPolicy) -> None:
    engagement.set_section(SECTION, policy.to_dict())
