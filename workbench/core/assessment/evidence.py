"""Evidence from the client's own data: KPI value -> suggested level, never a guess.

KPIs arrive as a plain mapping `kpi_id -> value | None` from the analyses. `None` (analysis
missing) gives status "no_data" and no level. A value that is not a number (or not a bool
for boolean KPIs) gives status "invalid" and no level. The facilitator accepts or overrides
each suggestion; that decision lives in the assessment state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from workbench.core.assessment.model import Capability, Level, Text
from workbench.core.assessment.thresholds import GRADED, KpiThreshold, LevelThreshold, Thresholds

KpiValue = float | int | bool | None
SuggestionStatus = Literal["ok", "no_data", "invalid", "unknown_kpi"]

_LEVEL_NAMES = {
    Level.NOT_STARTED: Text("not started", "niet gestart"),
    Level.CRAWL: Text("Crawl", "Crawl"),
    Level.WALK: Text("Walk", "Walk"),
    Level.RUN: Text("Run", "Run"),
}


@dataclass(frozen=True)
class Suggestion:
    kpi_id: str
    value: KpiValue
    level: Level | None  # None when there is no data: never guess
    threshold_used: LevelThreshold | None  # the bar reached, or the Crawl bar that was missed
    explanation: Text
    status: SuggestionStatus = "ok"


def format_kpi_value(value: float, unit: str, lang: str) -> str:
    """Locale-aware display of a KPI value (ratio as %, days as a count)."""
    if unit == "ratio":
        number = f"{value * 100:.1f}".removesuffix(".0")
        suffix = " %"
    elif unit == "days":
        number = f"{value:.1f}".removesuffix(".0")
        suffix = " dagen" if lang == "nl" else " days"
    else:
        number = f"{value:g}"
        suffix = ""
    if lang == "nl":
        number = number.replace(".", ",")
    return number + suffix


def _bar_text(kpi: KpiThreshold, bar: LevelThreshold, lang: str) -> str:
    if kpi.direction == "higher_better":
        sign = "≥" if bar.inclusive else ">"
    else:
        sign = "≤" if bar.inclusive else "<"
    return f"{sign} {format_kpi_value(bar.value, kpi.unit, lang)}"


def _graded(kpi: KpiThreshold, value: float, shown: KpiValue) -> Suggestion:
    compared = abs(value) if kpi.absolute else value
    reached = Level.NOT_STARTED
    for level in GRADED:
        if kpi.reaches(compared, level):
            reached = level
    texts: dict[str, str] = {}
    for lang in ("en", "nl"):
        val = format_kpi_value(compared, kpi.unit, lang)
        if reached == Level.NOT_STARTED:
            bar = _bar_text(kpi, kpi.levels[Level.CRAWL], lang)
            texts[lang] = (
                f"{val} haalt Crawl nog niet ({bar}): suggestie niet gestart."
                if lang == "nl"
                else f"{val} does not reach Crawl yet ({bar}): suggests not started."
            )
            continue
        bar = _bar_text(kpi, kpi.levels[reached], lang)
        name = _LEVEL_NAMES[reached].get(lang)
        texts[lang] = (
            f"{val} haalt {name} ({bar})." if lang == "nl" else f"{val} reaches {name} ({bar})."
        )
        if reached < Level.RUN:
            nxt = Level(reached + 1)
            nxt_bar = _bar_text(kpi, kpi.levels[nxt], lang)
            texts[lang] += (
                f" Voor {nxt.key.title()} is {nxt_bar} nodig."
                if lang == "nl"
                else f" {nxt.key.title()} needs {nxt_bar}."
            )
    used = kpi.levels[reached if reached != Level.NOT_STARTED else Level.CRAWL]
    return Suggestion(kpi.kpi_id, shown, reached, used, Text(texts["en"], texts["nl"]))


def _boolean(kpi: KpiThreshold, value: bool) -> Suggestion:
    level = kpi.when_true if value and kpi.when_true is not None else Level.NOT_STARTED
    name = _LEVEL_NAMES[level]
    if value:
        text = Text(
            f"Present in the data: at least {name.en}. Higher levels depend on how it is used.",
            f"Aanwezig in de data: minstens {name.nl}. Hogere niveaus hangen af van het gebruik.",
        )
    else:
        text = Text(
            "Not present in the data: suggests not started.",
            "Niet aanwezig in de data: suggestie niet gestart.",
        )
    return Suggestion(kpi.kpi_id, value, level, None, text)


def suggest_level(kpi_id: str, value: KpiValue, thresholds: Thresholds) -> Suggestion:
    """Suggested level for one KPI value; None -> status "no_data", never a guess."""
    kpi = thresholds.get(kpi_id)
    if kpi is None:
        text = Text(
            f"No threshold defined for {kpi_id}.", f"Geen drempel vastgelegd voor {kpi_id}."
        )
        return Suggestion(kpi_id, value, None, None, text, "unknown_kpi")
    if value is None:
        text = Text(
            f"No data: import data so '{kpi.label.en}' can be calculated.",
            f"Geen data: lees data in zodat '{kpi.label.nl}' berekend kan worden.",
        )
        return Suggestion(kpi_id, None, None, None, text, "no_data")
    if kpi.direction == "boolean":
        if isinstance(value, bool):
            return _boolean(kpi, value)
        if isinstance(value, int) and value in (0, 1):
            return _boolean(kpi, bool(value))
    elif isinstance(value, int | float) and not isinstance(value, bool) and value == value:
        return _graded(kpi, float(value), value)
    text = Text(
        f"Unexpected value {value!r}: no suggestion.",
        f"Onverwachte waarde {value!r}: geen suggestie.",
    )
    return Suggestion(kpi_id, value, None, None, text, "invalid")


def suggest_for_capability(
    capability: Capability, kpis: Mapping[str, KpiValue], thresholds: Thresholds
) -> tuple[Suggestion, ...]:
    """One suggestion per evidence KPI of the capability; missing keys count as no data."""
    return tuple(suggest_level(k, kpis.get(k), thresholds) for k in capability.evidence)
