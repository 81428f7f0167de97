"""The roadmap for the report and its Excel export, read from the section "roadmap".

Texts come from :func:`workbench.core.roadmap.rows.roadmap_to_rows` (the same labels as the
GUI table). The timeline needs dates: an action starts at the beginning of its horizon
window counted from the report date, and ends on its due date when the user set one,
otherwise at the end of the window (the GUI timeline draws the same windows).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from workbench.core.engagement import Engagement
from workbench.report.model import RoadmapData, RoadmapItem
from workbench.report.safe import plain

SECTION: Final = "roadmap"
#: Months from the report date covered by each horizon ("12+" is drawn as 12-15).
HORIZON_WINDOWS: Final[dict[str, tuple[int, int]]] = {
    "0-3": (0, 3),
    "3-6": (3, 6),
    "6-12": (6, 12),
    "12+": (12, 15),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clipped to the month's last day (31 Jan + 1 = 29 Feb)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _due(text: object) -> dt.date | None:
    if not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _base_date(engagement: Engagement) -> dt.date:
    try:
        return dt.date.fromisoformat(str(engagement.meta.date)[:10])
    except ValueError:
        return dt.date.today()


def read_roadmap(engagement: Engagement, lang: str) -> RoadmapData | None:
    raw = engagement.section(SECTION)
    if not raw:
        return None
    from workbench.core.assessment.kpis import load_state
    from workbench.core.assessment.loader import load_model
    from workbench.core.roadmap.model import Roadmap, RoadmapFormatError
    from workbench.core.roadmap.rows import roadmap_to_rows

    try:
        roadmap = Roadmap.from_dict(raw)
    except RoadmapFormatError:
        return None  # a damaged section: the report leaves the roadmap out
    if not roadmap.items:
        return None
    model = load_model()
    base = _base_date(engagement)
    scopes = {scope.id: scope.name for scope in load_state(engagement).scopes}
    rows = roadmap_to_rows(roadmap, lang, model=model, scope_names=scopes)
    items = []
    for item, row in zip(roadmap.items, rows, strict=True):
        first, last = HORIZON_WINDOWS.get(item.horizon, HORIZON_WINDOWS["12+"])
        start = add_months(base, first)
        due = _due(item.due_date) or add_months(base, last)
        domain = (
            model.capability(item.capability_id).domain
            if model.has_capability(item.capability_id)
            else ""
        )
        items.append(
            RoadmapItem(
                title=plain(row["action"], max_length=300),
                capability=plain(row["capability"], max_length=120),
                owner=plain(row["owner"], max_length=120),
                effort=plain(row["effort"], max_length=8),
                horizon=plain(row["horizon"], max_length=40),
                start=min(start, due),
                due=due,
                status=plain(row["status"], max_length=40),
                impact=plain(row["impact"], max_length=40),
                savings=tuple(sorted(item.savings_by_currency().items())),
                domain_id=domain,
                scope=plain(row["scope"], max_length=120),
            )
        )
    return RoadmapData(items=tuple(items))
