"""Evidence thresholds: typed data from `resources/assessment/thresholds.yaml`.

Per-engagement overrides are plain dicts, e.g.
`{"allocatable_share": {"walk": 0.75, "run": {"value": 0.9, "inclusive": true}}}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final, Literal, cast

from workbench.core.assessment.loader import read_yaml
from workbench.core.assessment.model import Level, Text
from workbench.core.assessment.schema import check_text
from workbench.core.resources import resource_path

THRESHOLDS_FILE = "thresholds.yaml"
Direction = Literal["higher_better", "lower_better", "boolean"]
DIRECTIONS: Final[tuple[str, ...]] = ("higher_better", "lower_better", "boolean")
UNITS: Final[tuple[str, ...]] = ("ratio", "days", "boolean", "count")
GRADED: Final[tuple[Level, ...]] = (Level.CRAWL, Level.WALK, Level.RUN)
EPSILON: Final = 1e-9


class ThresholdError(ValueError):
    """Thresholds (file or override) are invalid; `problems` lists each issue."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid thresholds:\n  - " + "\n  - ".join(problems))


@dataclass(frozen=True)
class LevelThreshold:
    """One bar: `value` and whether reaching it exactly counts (>= / <=) or not (> / <)."""

    value: float
    inclusive: bool = True

    def to_dict(self) -> dict[str, object]:
        return {"value": self.value, "inclusive": self.inclusive}


@dataclass(frozen=True)
class KpiThreshold:
    kpi_id: str
    direction: Direction
    unit: str
    label: Text
    explanation: Text
    source: str
    rationale: Text | None
    levels: Mapping[Level, LevelThreshold]  # CRAWL/WALK/RUN for graded KPIs
    absolute: bool = False  # compare abs(value), e.g. forecast variance
    when_true: Level | None = None  # boolean KPIs: level suggested when the value is true

    def reaches(self, value: float, level: Level) -> bool:
        # A tiny tolerance so 0.7999999999 from float division still counts as 80 %.
        bar = self.levels[level]
        if self.direction == "higher_better":
            return value >= bar.value - EPSILON if bar.inclusive else value > bar.value + EPSILON
        return value <= bar.value + EPSILON if bar.inclusive else value < bar.value - EPSILON


@dataclass(frozen=True)
class Thresholds:
    version: str
    kpis: Mapping[str, KpiThreshold]

    def get(self, kpi_id: str) -> KpiThreshold | None:
        return self.kpis.get(kpi_id)

    def with_overrides(self, overrides: Mapping[str, Mapping[str, Any]]) -> Thresholds:
        """A copy with per-engagement bars replaced; validates order and known ids."""
        problems: list[str] = []
        kpis = dict(self.kpis)
        for kpi_id, change in overrides.items():
            base = kpis.get(kpi_id)
            if base is None:
                problems.append(f"{kpi_id}: unknown KPI")
                continue
            levels = dict(base.levels)
            when_true = base.when_true
            for key, raw in change.items():
                path = f"{kpi_id}.{key}"
                if base.direction == "boolean":
                    if key != "when_true" or raw not in ("crawl", "walk", "run"):
                        problems.append(
                            f"{path}: boolean KPIs only accept when_true crawl/walk/run"
                        )
                    else:
                        when_true = Level.from_key(str(raw))
                    continue
                if key not in ("crawl", "walk", "run"):
                    problems.append(f"{path}: expected crawl, walk or run")
                    continue
                bar = _parse_bar(raw, path, problems, default_inclusive=levels[Level.from_key(key)])
                if bar is not None:
                    levels[Level.from_key(key)] = bar
            candidate = replace(base, levels=levels, when_true=when_true)
            problems.extend(_order_problems(candidate))
            kpis[kpi_id] = candidate
        if problems:
            raise ThresholdError(problems)
        return Thresholds(version=self.version, kpis=kpis)


def _parse_bar(
    raw: object, path: str, problems: list[str], default_inclusive: LevelThreshold | None = None
) -> LevelThreshold | None:
    inclusive = default_inclusive.inclusive if default_inclusive else True
    if isinstance(raw, dict):
        inclusive_raw = raw.get("inclusive", inclusive)
        raw_value = raw.get("value")
        if not isinstance(inclusive_raw, bool):
            problems.append(f"{path}.inclusive: expected true or false")
            return None
        inclusive = inclusive_raw
    else:
        raw_value = raw
    if not isinstance(raw_value, int | float) or isinstance(raw_value, bool):
        problems.append(f"{path}: expected a number")
        return None
    return LevelThreshold(value=float(raw_value), inclusive=inclusive)


def _order_problems(kpi: KpiThreshold) -> list[str]:
    if kpi.direction == "boolean":
        return [] if kpi.when_true is not None else [f"{kpi.kpi_id}: when_true is required"]
    if set(kpi.levels) != set(GRADED):
        return [f"{kpi.kpi_id}: expected crawl, walk and run thresholds"]
    values = [kpi.levels[lv].value for lv in GRADED]
    ordered = (
        values == sorted(values)
        if kpi.direction == "higher_better"
        else (values == sorted(values, reverse=True))
    )
    if not ordered:
        better = "rise" if kpi.direction == "higher_better" else "fall"
        return [f"{kpi.kpi_id}: thresholds must {better} from crawl to run, got {values}"]
    return []


def _text(raw: dict[str, Any]) -> Text:
    return Text(en=str(raw["en"]), nl=str(raw["nl"]))


def parse_thresholds(raw: object) -> Thresholds:
    """Validate and build thresholds from a parsed YAML document."""
    problems: list[str] = []
    if not isinstance(raw, dict) or not isinstance(raw.get("kpis"), dict):
        raise ThresholdError(["thresholds: expected a mapping with a 'kpis' mapping"])
    kpis: dict[str, KpiThreshold] = {}
    for kpi_id, entry in raw["kpis"].items():
        if not isinstance(entry, dict):
            problems.append(f"{kpi_id}: expected a mapping")
            continue
        before = len(problems)
        direction = entry.get("direction")
        if direction not in DIRECTIONS:
            problems.append(f"{kpi_id}.direction: expected one of {', '.join(DIRECTIONS)}")
        if entry.get("unit") not in UNITS:
            problems.append(f"{kpi_id}.unit: expected one of {', '.join(UNITS)}")
        check_text(entry.get("label"), f"{kpi_id}.label", problems)
        check_text(entry.get("explanation"), f"{kpi_id}.explanation", problems)
        if entry.get("source") == "ours":
            check_text(entry.get("rationale"), f"{kpi_id}.rationale (our own choice)", problems)
        levels: dict[Level, LevelThreshold] = {}
        raw_levels = entry.get("levels") or {}
        if direction != "boolean":
            for level in GRADED:
                bar = _parse_bar(
                    raw_levels.get(level.key), f"{kpi_id}.levels.{level.key}", problems
                )
                if bar is not None:
                    levels[level] = bar
        when_true_raw = entry.get("when_true")
        if direction == "boolean" and when_true_raw not in ("crawl", "walk", "run"):
            problems.append(f"{kpi_id}.when_true: expected crawl, walk or run")
        if len(problems) > before:
            continue
        rationale = entry.get("rationale")
        kpi = KpiThreshold(
            kpi_id=str(kpi_id),
            direction=cast(Direction, direction),
            unit=entry["unit"],
            label=_text(entry["label"]),
            explanation=_text(entry["explanation"]),
            source=str(entry.get("source", "")),
            rationale=_text(rationale) if isinstance(rationale, dict) else None,
            levels=levels,
            absolute=bool(entry.get("absolute", False)),
            when_true=Level.from_key(str(when_true_raw)) if direction == "boolean" else None,
        )
        problems.extend(_order_problems(kpi))
        kpis[kpi.kpi_id] = kpi
    if problems:
        raise ThresholdError(problems)
    return Thresholds(version=str(raw.get("thresholds_version", "")), kpis=kpis)


def load_thresholds(
    path: Path | None = None, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> Thresholds:
    """Thresholds from the resources file, with optional per-engagement overrides applied."""
    thresholds = parse_thresholds(read_yaml(path or resource_path("assessment", THRESHOLDS_FILE)))
    return thresholds.with_overrides(overrides) if overrides else thresholds


def bars_in_order(direction: str, values: Mapping[Level, float]) -> bool:
    """Crawl -> Walk -> Run must not get easier: rising (higher is better) or falling."""
    ordered = [values[level] for level in GRADED]
    if direction == "lower_better":
        return ordered == sorted(ordered, reverse=True)
    return ordered == sorted(ordered)


def overrides_from_edits(
    defaults: Thresholds,
    bars: Mapping[str, Mapping[Level, float]],
    when_true: Mapping[str, Level] | None = None,
    inclusive: Mapping[str, Mapping[Level, bool]] | None = None,
) -> dict[str, dict[str, Any]]:
    """The per-engagement override dict for edited bars: only what differs from the shipped
    defaults, so a bar reset to its default disappears from the engagement."""
    out: dict[str, dict[str, Any]] = {}
    for kpi_id, values in bars.items():
        base = defaults.kpis[kpi_id]
        for level, value in values.items():
            flag = (inclusive or {}).get(kpi_id, {}).get(level, base.levels[level].inclusive)
            default = base.levels[level]
            if abs(value - default.value) <= EPSILON and flag == default.inclusive:
                continue
            entry: object = (
                value if flag == default.inclusive else {"value": value, "inclusive": flag}
            )
            out.setdefault(kpi_id, {})[level.key] = entry
    for kpi_id, level in (when_true or {}).items():
        if level != defaults.kpis[kpi_id].when_true:
            out.setdefault(kpi_id, {})["when_true"] = level.key
    return out
