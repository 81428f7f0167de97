"""Plain rows of a roadmap for tables, Excel and PDF (no formatting of money here:
savings stay in nano-units per currency so each output formats them in its locale)."""

from __future__ import annotations

from typing import Any, Final

from workbench.core.assessment.model import CapabilityModel, Text
from workbench.core.roadmap.model import Roadmap

COLUMNS: Final[tuple[str, ...]] = (
    "position",
    "horizon",
    "scope",
    "capability",
    "action",
    "owner",
    "effort",
    "impact",
    "status",
    "due_date",
    "savings_by_currency",
    "prerequisites",
    "key",
)
#: Scope shown for actions that are not tied to one scope (the getting-started steps).
WHOLE_ORGANISATION: Final = Text("Whole organisation", "Hele organisatie")

HEADERS: Final[dict[str, Text]] = {
    "position": Text("#", "#"),
    "horizon": Text("When", "Wanneer"),
    "scope": Text("Scope", "Scope"),
    "capability": Text("Capability", "Capability"),
    "action": Text("Action", "Actie"),
    "owner": Text("Owner", "Eigenaar"),
    "effort": Text("Effort", "Inspanning"),
    "impact": Text("Impact", "Impact"),
    "status": Text("Status", "Status"),
    "due_date": Text("Due date", "Deadline"),
    "savings_by_currency": Text("Savings per year", "Besparing per jaar"),
    "prerequisites": Text("Depends on", "Hangt af van"),
    "key": Text("Id", "Id"),
}
HORIZON_LABELS: Final[dict[str, Text]] = {
    "0-3": Text("0-3 months", "0-3 maanden"),
    "3-6": Text("3-6 months", "3-6 maanden"),
    "6-12": Text("6-12 months", "6-12 maanden"),
    "12+": Text("Later than 12 months", "Later dan 12 maanden"),
}
PERSONA_LABELS: Final[dict[str, Text]] = {
    "finops": Text("FinOps practitioner", "FinOps-practitioner"),
    "engineering": Text("Engineering", "Engineering"),
    "finance": Text("Finance", "Finance"),
    "leadership": Text("Leadership", "Management"),
    "procurement": Text("Procurement", "Procurement"),
    "product": Text("Product", "Product"),
}
IMPACT_LABELS: Final[dict[str, Text]] = {
    "low": Text("Low", "Laag"),
    "medium": Text("Medium", "Middel"),
    "high": Text("High", "Hoog"),
}
STATUS_LABELS: Final[dict[str, Text]] = {
    "todo": Text("To do", "Te doen"),
    "doing": Text("In progress", "Bezig"),
    "done": Text("Done", "Klaar"),
}


def headers(lang: str) -> list[str]:
    return [HEADERS[c].get(lang) for c in COLUMNS]


def _label(labels: dict[str, Text], value: str, lang: str) -> str:
    # Owners can be free text typed by the user: show those as they are.
    return labels[value].get(lang) if value in labels else value


def scope_label(scope_id: str, lang: str, scope_names: dict[str, str] | None = None) -> str:
    """The scope's display name; an action without a scope applies to the whole organisation."""
    if not scope_id:
        return WHOLE_ORGANISATION.get(lang)
    return (scope_names or {}).get(scope_id, scope_id)


def roadmap_to_rows(
    roadmap: Roadmap,
    lang: str,
    model: CapabilityModel | None = None,
    scope_names: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """One plain dict per item, in display order, with texts in `lang`."""
    titles = {item.key: item.title.get(lang) for item in roadmap.items}
    rows = []
    for position, item in enumerate(roadmap.items, start=1):
        capability = item.capability_id
        if model is not None and model.has_capability(capability):
            capability = model.capability(capability).name.get(lang)
        rows.append(
            {
                "position": position,
                "horizon": _label(HORIZON_LABELS, item.horizon, lang),
                "scope": scope_label(item.scope_id, lang, scope_names),
                "capability": capability,
                "action": item.title.get(lang),
                "owner": _label(PERSONA_LABELS, item.owner, lang),
                "effort": item.effort,
                "impact": _label(IMPACT_LABELS, item.impact, lang),
                "status": _label(STATUS_LABELS, item.status, lang),
                "due_date": item.due_date,
                "savings_by_currency": item.savings_by_currency(),
                "prerequisites": [titles[k] for k in item.requires if k in titles],
                "key": item.key,
            }
        )
    return rows
