"""The action catalogue (`resources/roadmap/actions.yaml`): typed, validated, cycle-free."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from workbench.core.assessment.loader import read_yaml
from workbench.core.assessment.model import Level, Text
from workbench.core.assessment.schema import check_text
from workbench.core.resources import resource_path

CATALOGUE_FILE = "actions.yaml"
HORIZONS: Final[tuple[str, ...]] = ("0-3", "3-6", "6-12")
EFFORTS: Final[tuple[str, ...]] = ("S", "M", "L")
IMPACTS: Final[tuple[str, ...]] = ("low", "medium", "high")
PERSONAS: Final[tuple[str, ...]] = (
    "finops",
    "engineering",
    "finance",
    "leadership",
    "procurement",
    "product",
)
TRANSITIONS: Final[tuple[str, ...]] = ("crawl", "walk", "run")
MIN_PER_TRANSITION: Final = 2
MAX_PER_TRANSITION: Final = 4


class CatalogueError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid action catalogue:\n  - " + "\n  - ".join(problems))


@dataclass(frozen=True)
class ActionTemplate:
    id: str
    capability: str
    to: Level  # the level this action helps reach
    title: Text
    description: Text | None
    requires: tuple[str, ...]
    effort: str  # S / M / L
    impact: str  # low / medium / high
    owner: str  # persona
    horizon: str  # default start window
    getting_started: bool = False


@dataclass(frozen=True)
class ActionCatalogue:
    version: str
    actions: tuple[ActionTemplate, ...]

    @functools.cached_property
    def by_id(self) -> Mapping[str, ActionTemplate]:
        return {a.id: a for a in self.actions}

    def get(self, action_id: str) -> ActionTemplate | None:
        return self.by_id.get(action_id)

    def for_transition(self, capability_id: str, to: Level) -> tuple[ActionTemplate, ...]:
        return tuple(
            a
            for a in self.actions
            if a.capability == capability_id and a.to == to and not a.getting_started
        )

    def getting_started(self) -> tuple[ActionTemplate, ...]:
        return tuple(a for a in self.actions if a.getting_started)


def find_cycle(edges: Mapping[str, Iterable[str]]) -> list[str] | None:
    """A dependency cycle as a list of ids (first == last), or None."""
    state: dict[str, int] = {}  # 1 = on stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in edges.get(node, ()):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in edges:
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def _check_action(raw: object, path: str, problems: list[str]) -> None:
    if not isinstance(raw, dict):
        problems.append(f"{path}: expected a mapping")
        return
    for key, allowed in (
        ("to", TRANSITIONS),
        ("effort", EFFORTS),
        ("impact", IMPACTS),
        ("owner", PERSONAS),
        ("horizon", HORIZONS),
    ):
        if raw.get(key) not in allowed:
            problems.append(f"{path}.{key}: expected one of {', '.join(allowed)}")
    check_text(raw.get("title"), f"{path}.title", problems)
    if "description" in raw:
        check_text(raw.get("description"), f"{path}.description", problems)
    if not isinstance(raw.get("requires"), list):
        problems.append(f"{path}.requires: expected a list of action ids")


def validate_catalogue_data(raw: object, capability_ids: set[str] | None = None) -> list[str]:
    """All problems of a parsed catalogue (empty list = valid)."""
    if not isinstance(raw, dict):
        return ["catalogue: expected a mapping"]
    problems: list[str] = []
    entries: list[tuple[str, dict[str, Any], str]] = []  # (capability, raw, path)
    for i, item in enumerate(raw.get("getting_started") or []):
        _check_action(item, f"getting_started[{i}]", problems)
        if isinstance(item, dict):
            entries.append((str(item.get("capability")), item, f"getting_started[{i}]"))
    actions = raw.get("actions")
    if not isinstance(actions, dict):
        return [*problems, "actions: expected a mapping of capability id -> actions"]
    for cap, items in actions.items():
        for i, item in enumerate(items or []):
            _check_action(item, f"actions.{cap}[{i}]", problems)
            if isinstance(item, dict):
                entries.append((str(cap), item, f"actions.{cap}[{i}]"))
        for to in TRANSITIONS:
            count = sum(1 for a in items or [] if isinstance(a, dict) and a.get("to") == to)
            if not MIN_PER_TRANSITION <= count <= MAX_PER_TRANSITION:
                problems.append(
                    f"actions.{cap}: {count} actions to {to}, expected "
                    f"{MIN_PER_TRANSITION}-{MAX_PER_TRANSITION}"
                )
    if capability_ids is not None:
        for cap in sorted({c for c, _, _ in entries} - capability_ids):
            problems.append(f"actions: unknown capability {cap!r}")
        for cap in sorted(capability_ids - set(actions)):
            problems.append(f"actions: capability {cap!r} has no actions")
    ids = [str(item.get("id")) for _, item, _ in entries]
    by_id = {str(item.get("id")): (cap, item) for cap, item, _ in entries}
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"duplicate action id {dup!r}")
    rank = {t: n for n, t in enumerate(TRANSITIONS)}
    for cap, item, path in entries:
        for req in item.get("requires") or []:
            if req not in by_id:
                problems.append(f"{path}.requires: unknown action {req!r}")
                continue
            req_cap, req_item = by_id[req]
            same_cap = req_cap == cap
            if same_cap and rank.get(str(req_item.get("to")), 0) > rank.get(str(item.get("to")), 0):
                problems.append(f"{path}.requires: {req!r} is for a higher level than this action")
    if not problems:
        edges = {str(item["id"]): [str(r) for r in item["requires"]] for _, item, _ in entries}
        cycle = find_cycle(edges)
        if cycle:
            problems.append("dependency cycle: " + " -> ".join(cycle))
    return problems


def parse_catalogue(raw: object, capability_ids: set[str] | None = None) -> ActionCatalogue:
    problems = validate_catalogue_data(raw, capability_ids)
    if problems:
        raise CatalogueError(problems)
    assert isinstance(raw, dict)

    def build(cap: str, item: dict[str, Any], starter: bool) -> ActionTemplate:
        desc = item.get("description")
        return ActionTemplate(
            id=str(item["id"]),
            capability=cap,
            to=Level.from_key(str(item["to"])),
            title=Text(en=str(item["title"]["en"]), nl=str(item["title"]["nl"])),
            description=Text(en=str(desc["en"]), nl=str(desc["nl"]))
            if isinstance(desc, dict)
            else None,
            requires=tuple(str(r) for r in item["requires"]),
            effort=str(item["effort"]),
            impact=str(item["impact"]),
            owner=str(item["owner"]),
            horizon=str(item["horizon"]),
            getting_started=starter,
        )

    actions = [build(str(i["capability"]), i, True) for i in raw.get("getting_started") or []]
    for cap, items in raw["actions"].items():
        actions.extend(build(str(cap), item, False) for item in items)
    return ActionCatalogue(version=str(raw.get("catalogue_version", "")), actions=tuple(actions))


def load_catalogue(path: Path | None = None) -> ActionCatalogue:
    """The action catalogue; the shipped file is parsed once per process."""
    if path is None:
        return _shipped_catalogue()
    return parse_catalogue(read_yaml(path))


@functools.cache
def _shipped_catalogue() -> ActionCatalogue:
    return parse_catalogue(read_yaml(resource_path("roadmap", CATALOGUE_FILE)))
