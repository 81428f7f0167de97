"""Qt-free edits of the tag policy and the allocation rules, as the editors need them.

The widgets collect text; these functions turn it into core values (or raise
:class:`~workbench.core.tagging.policy.PolicyError` with a readable message) and return
*new* configurations, so a failed edit never leaves a half-changed one behind.
"""

from __future__ import annotations

import re
from decimal import Decimal

from workbench.core.tagging.allocation_model import AllocationConfig, AllocationRule, SharedPool
from workbench.core.tagging.policy import PolicyError, TagKeyPolicy, TagPolicy


def copy_policy(policy: TagPolicy) -> TagPolicy:
    return TagPolicy.from_dict(policy.to_dict())


def copy_config(config: AllocationConfig) -> AllocationConfig:
    return AllocationConfig.from_dict(config.to_dict())


def split_list(text: str) -> list[str]:
    """``"a, b,,c"`` -> ``["a", "b", "c"]`` (commas or new lines; duplicates dropped)."""
    seen: list[str] = []
    for part in text.replace("\n", ",").split(","):
        value = part.strip()
        if value and value not in seen:
            seen.append(value)
    return seen


def parse_mapping(text: str) -> dict[str, str]:
    """``"prd = prod, production=prod"`` (or one pair a line) -> ``{"prd": "prod", ...}``."""
    mapping: dict[str, str] = {}
    for part in split_list(text):
        raw, sep, value = part.partition("=")
        if not sep or not raw.strip() or not value.strip():
            raise PolicyError(f"{part!r}: write each pair as 'from = to'")
        mapping[raw.strip()] = value.strip()
    return mapping


def format_mapping(mapping: dict[str, str]) -> str:
    return ", ".join(f"{k} = {v}" for k, v in mapping.items())


def with_key(policy: TagPolicy, edited: TagKeyPolicy) -> TagPolicy:
    """A copy of ``policy`` with ``edited`` replacing the key of the same name (or added)."""
    out = copy_policy(policy)
    names = out.key_names
    if edited.key in names:
        out.keys[names.index(edited.key)] = edited
    else:
        out.keys.append(edited)
    return out


def edited_key(base: TagKeyPolicy, aliases: str, allowed: str, value_map: str) -> TagKeyPolicy:
    """The key ``base`` with the editor's three text fields applied."""
    data = base.to_dict()
    data["aliases"] = split_list(aliases)
    data["allowed_values"] = split_list(allowed)
    data["value_map"] = parse_mapping(value_map)
    return TagKeyPolicy.from_dict(data)


def without_key(policy: TagPolicy, key: str) -> TagPolicy:
    out = copy_policy(policy)
    out.keys = [k for k in out.keys if k.key != key]
    return out


def new_rule_id(config: AllocationConfig, kind: str) -> str:
    taken = {r.id for r in config.rules}
    number = 1
    while f"{kind}-{number}" in taken:
        number += 1
    return f"{kind}-{number}"


def with_rule(
    config: AllocationConfig, rule: AllocationRule, index: int | None
) -> AllocationConfig:
    """Replace the rule at ``index`` (None: append); validates the result."""
    out = copy_config(config)
    if index is None:
        out.rules.append(rule)
    else:
        out.rules[index] = rule
    out.validate()
    return out


def without_rule(config: AllocationConfig, index: int) -> AllocationConfig:
    out = copy_config(config)
    del out.rules[index]
    return out


def moved_rule(config: AllocationConfig, index: int, offset: int) -> AllocationConfig:
    """The rule at ``index`` moved ``offset`` places (clamped): the order is the precedence."""
    out = copy_config(config)
    target = max(0, min(len(out.rules) - 1, index + offset))
    rule = out.rules.pop(index)
    out.rules.insert(target, rule)
    return out


def with_pool(config: AllocationConfig, pool: SharedPool) -> AllocationConfig:
    out = copy_config(config)
    ids = [p.id for p in out.pools]
    if pool.id in ids:
        out.pools[ids.index(pool.id)] = pool
    else:
        out.pools.append(pool)
    out.validate()
    return out


def build_rule(
    rule_id: str,
    kind: str,
    *,
    key: str = "",
    mapping_text: str = "",
    mapping: dict[str, str] | None = None,
    pattern: str = "",
    resource_field: str = "ResourceId",
    values: str = "",
    target: str = "",
    pool: str = "",
) -> AllocationRule:
    """A validated rule from the editor's fields (raises PolicyError on a bad pattern)."""
    data: dict[str, object] = {
        "id": rule_id,
        "kind": kind,
        "key": key,
        "mapping": mapping if mapping is not None else parse_mapping(mapping_text),
        "pattern": pattern,
        "field": resource_field,
        "values": split_list(values),
        "target": target.strip(),
        "pool": pool,
    }
    return AllocationRule.from_dict(data)


class PercentageError(PolicyError):
    """Fixed percentages that cannot be used; ``problem`` says why, so the GUI can word it.

    Problems: ``"empty"`` (none given), ``"pair"`` (``subject`` is not ``name = number``),
    ``"number"`` (``subject`` is not a percentage), ``"duplicate"`` (recipient ``subject``
    named twice), ``"sum"`` (they add up to ``subject``, canonical decimal text, not 100).
    """

    def __init__(self, problem: str, subject: str = "") -> None:
        super().__init__(f"fixed percentages: {problem} {subject}".strip())
        self.problem = problem
        self.subject = subject


#: Pairs are separated by ";" or a new line, or by a comma that is not a decimal comma
#: (one between two digits, as in "12,5"), so "A = 60, B = 40" keeps working.
_PAIR_SEPARATOR = re.compile(r"[;\n]|(?<!\d),|,(?!\d)")
#: A percentage: digits with at most one decimal mark, "." or "," whatever the language
#: (a percentage never needs a thousands separator), and an optional "%".
_PERCENTAGE = re.compile(r"(\d*)(?:[.,](\d+))?\s*%?")


def parse_percentage(text: str) -> Decimal:
    """``"12,5"``, ``"12.5"``, ``"12,5 %"`` -> ``Decimal("12.5")``; raises PercentageError."""
    value = text.strip()
    match = _PERCENTAGE.fullmatch(value)
    if not value or match is None or not (match.group(1) or match.group(2)):
        raise PercentageError("number", value)
    return Decimal(f"{match.group(1) or '0'}.{match.group(2) or '0'}")


def parse_percentages(text: str) -> dict[str, str]:
    """``"Team A = 12,5; Team B = 87.5"`` -> ``{"Team A": "12.5", "Team B": "87.5"}``.

    The values are canonical decimal text (what the engagement stores) and must add up to
    exactly 100; anything else raises :class:`PercentageError`.
    """
    found: dict[str, str] = {}
    total = Decimal(0)
    for part in _PAIR_SEPARATOR.split(text):
        if not part.strip():
            continue
        name, sep, number = part.partition("=")
        name = name.strip()
        if not sep or not name or not number.strip():
            raise PercentageError("pair", part.strip())
        if name in found:
            raise PercentageError("duplicate", name)
        value = parse_percentage(number)
        found[name] = _decimal_text(value)
        total += value
    if not found:
        raise PercentageError("empty")
    if total != 100:
        raise PercentageError("sum", _decimal_text(total))
    return found


def _decimal_text(value: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros: 12.50 -> "12.5", 100 -> "100"."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_percentage(text: str, decimal_point: str) -> str:
    """A stored percentage ("12.5") as the user's language writes it ("12,5")."""
    return text.replace(".", decimal_point)


def format_percentages(percentages: dict[str, str], decimal_point: str) -> str:
    """``{"A": "12.5"}`` -> ``"A = 12,5"`` (Dutch); pairs joined by "; " (never ambiguous)."""
    return "; ".join(
        f"{name} = {format_percentage(value, decimal_point)}" for name, value in percentages.items()
    )


def build_pool(
    pool_id: str, method: str, recipients: str, percentages: str, label: str = ""
) -> SharedPool:
    """A validated pool; fixed percentages are read by :func:`parse_percentages`."""
    return SharedPool.from_dict(
        {
            "id": pool_id,
            "method": method,
            "recipients": split_list(recipients),
            "percentages": parse_percentages(percentages) if method == "fixed" else {},
            "label": label,
        }
    )


def rule_summary(rule: AllocationRule) -> str:
    """A short, language-neutral description of what a rule reads (ids, patterns, keys)."""
    if rule.kind == "tag":
        return rule.key + (f" ({len(rule.mapping)})" if rule.mapping else "")
    if rule.kind in ("account", "service"):
        return f"{len(rule.mapping)} →"
    if rule.kind == "regex":
        return f"{rule.resource_field} ~ /{rule.pattern}/"
    if rule.kind == "charge_category":
        return ", ".join(rule.values)
    return ""


__all__ = ["PolicyError"]
