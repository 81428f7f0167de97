"""Allocation rules and shared-cost pools: the ``"allocation"`` engagement section.

Rules are ordered; the first rule that matches a row allocates it. A rule either gives the
row to a *recipient* (a team, product or cost centre, per :attr:`AllocationConfig.dimension`)
or puts it in a *shared pool* (``pool``) that is split afterwards. Rule kinds:

* ``tag``: a policy key's normalised value; ``mapping`` value -> recipient (case-insensitive),
  or, without mapping, the value itself is the recipient;
* ``account``: ``mapping`` account id or name -> recipient (importable from CSV/XLSX);
* ``service``: ``mapping`` service name -> recipient (case-insensitive);
* ``regex``: ``pattern`` searched in ``field`` (ResourceId or ResourceName) -> ``target``,
  or the pattern's named group ``recipient``;
* ``untaggable``: rows an untaggable rule matches (taxes, support, ...) -> ``target``/pool;
* ``charge_category``: ``values`` such as Credit or Adjustment -> ``target``/pool.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final, Literal, cast

from workbench.core.engagement import Engagement
from workbench.core.tagging.policy import PolicyError
from workbench.core.tagging.shared_costs import SPLIT_METHODS, SplitMethod, percentage_weights

SECTION: Final = "allocation"
SCHEMA_VERSION: Final = 1
RULE_KINDS: Final = ("tag", "account", "service", "regex", "untaggable", "charge_category")
DIMENSIONS: Final = ("team", "product", "cost_centre")
REGEX_FIELDS: Final = ("ResourceId", "ResourceName")
#: The bucket name of cost no rule (or no split) allocated.
UNALLOCATED: Final = "(unallocated)"

RuleKind = Literal["tag", "account", "service", "regex", "untaggable", "charge_category"]


def compile_regex(pattern: str) -> re.Pattern[str]:
    """Compile a user's pattern; an invalid one raises a clear :class:`PolicyError`."""
    if len(pattern) > 1000:
        raise PolicyError("the regular expression is too long (max 1000 characters)")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise PolicyError(f"invalid regular expression {pattern!r}: {exc}") from exc


@dataclass
class AllocationRule:
    id: str
    kind: RuleKind
    key: str = ""  # tag rules: the policy key
    mapping: dict[str, str] = field(default_factory=dict)
    pattern: str = ""  # regex rules
    resource_field: str = "ResourceId"  # regex rules: ResourceId or ResourceName
    values: list[str] = field(default_factory=list)  # charge_category rules
    target: str = ""  # recipient for regex/untaggable/charge_category rules
    pool: str = ""  # when set: matched cost goes to this shared pool
    description: str = ""

    def validate(self) -> None:
        if not self.id:
            raise PolicyError("every allocation rule needs an id")
        if self.kind not in RULE_KINDS:
            raise PolicyError(f"rule {self.id}: unknown kind {self.kind!r}; use {RULE_KINDS}")
        if self.kind == "tag" and not self.key:
            raise PolicyError(f"rule {self.id}: a tag rule needs a tag key")
        if self.kind in ("account", "service") and not self.mapping:
            raise PolicyError(f"rule {self.id}: an {self.kind} rule needs a mapping table")
        if self.kind == "regex":
            if self.resource_field not in REGEX_FIELDS:
                raise PolicyError(f"rule {self.id}: regex field must be one of {REGEX_FIELDS}")
            compiled = compile_regex(self.pattern)
            if not (self.target or self.pool or "recipient" in compiled.groupindex):
                raise PolicyError(
                    f"rule {self.id}: give a target, a pool or a (?P<recipient>...) group"
                )
        if self.kind in ("untaggable", "charge_category") and not (self.target or self.pool):
            raise PolicyError(f"rule {self.id}: give a target or a shared pool")
        if self.kind == "charge_category" and not self.values:
            raise PolicyError(f"rule {self.id}: list the charge categories")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind}
        for name in ("key", "pattern", "target", "pool", "description"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.kind == "regex":
            out["field"] = self.resource_field
        if self.mapping:
            out["mapping"] = dict(self.mapping)
        if self.values:
            out["values"] = list(self.values)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AllocationRule:
        rule = cls(
            id=str(data.get("id", "")),
            kind=cast(RuleKind, str(data.get("kind", ""))),
            key=str(data.get("key", "")),
            mapping={str(k): str(v) for k, v in (data.get("mapping") or {}).items()},
            pattern=str(data.get("pattern", "")),
            resource_field=str(data.get("field", "ResourceId")),
            values=[str(v) for v in data.get("values") or []],
            target=str(data.get("target", "")),
            pool=str(data.get("pool", "")),
            description=str(data.get("description", "")),
        )
        rule.validate()
        return rule


@dataclass
class SharedPool:
    id: str
    method: SplitMethod = "proportional"
    recipients: list[str] = field(default_factory=list)  # empty: every direct recipient
    percentages: dict[str, str] = field(default_factory=dict)  # fixed: recipient -> "12.5"
    label: str = ""

    def validate(self) -> None:
        if self.method not in SPLIT_METHODS:
            raise PolicyError(f"pool {self.id}: unknown split method {self.method!r}")
        if self.method == "fixed":
            percentage_weights(self.percentages)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "method": self.method,
            "recipients": list(self.recipients),
            "percentages": dict(self.percentages),
            "label": self.label,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SharedPool:
        pool = cls(
            id=str(data["id"]),
            method=cast(SplitMethod, str(data.get("method", "proportional"))),
            recipients=[str(r) for r in data.get("recipients") or []],
            percentages={str(k): str(v) for k, v in (data.get("percentages") or {}).items()},
            label=str(data.get("label", "")),
        )
        pool.validate()
        return pool


@dataclass
class AllocationConfig:
    dimension: str = "team"
    rules: list[AllocationRule] = field(default_factory=list)
    pools: list[SharedPool] = field(default_factory=list)

    def validate(self) -> None:
        if self.dimension not in DIMENSIONS:
            raise PolicyError(f"allocation dimension must be one of {DIMENSIONS}")
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise PolicyError(f"allocation rule ids must be unique: {ids}")
        pool_ids = {p.id for p in self.pools}
        for rule in self.rules:
            rule.validate()
            if rule.pool and rule.pool not in pool_ids:
                raise PolicyError(f"rule {rule.id}: unknown shared pool {rule.pool!r}")
        for pool in self.pools:
            pool.validate()

    def account_owners(self) -> dict[str, str]:
        """Account id/name -> recipient from the account rules (first rule wins); the
        worklist uses it to suggest an owner for untagged resources."""
        owners: dict[str, str] = {}
        for rule in self.rules:
            if rule.kind == "account" and not rule.pool:
                for account, recipient in rule.mapping.items():
                    owners.setdefault(account, recipient)
        return owners

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "dimension": self.dimension,
            "rules": [r.to_dict() for r in self.rules],
            "pools": [p.to_dict() for p in self.pools],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AllocationConfig:
        version = int(data.get("schema_version", SCHEMA_VERSION))
        if version > SCHEMA_VERSION:
            raise PolicyError(f"allocation schema {version} is newer than this workbench")
        config = cls(
            dimension=str(data.get("dimension", "team")),
            rules=[AllocationRule.from_dict(r) for r in data.get("rules") or []],
            pools=[SharedPool.from_dict(p) for p in data.get("pools") or []],
        )
        config.validate()
        return config


def default_config() -> AllocationConfig:
    """Out of the box: teams by the owner tag; untaggable cost and credits shared
    proportionally to the teams' direct spend."""
    return AllocationConfig(
        dimension="team",
        rules=[
            AllocationRule(id="shared-untaggable", kind="untaggable", pool="shared"),
            AllocationRule(id="owner-tag", kind="tag", key="owner"),
        ],
        pools=[SharedPool(id="shared", method="proportional")],
    )


def load_allocation(engagement: Engagement) -> AllocationConfig:
    data = engagement.section(SECTION)
    return default_config() if not data else AllocationConfig.from_dict(data)


def save_allocation(engagement: Engagement, config: AllocationConfig) -> None:
    config.validate()
    engagement.set_section(SECTION, config.to_dict())
