"""Tagging and allocation KPIs in the shared registry (NL/EN labels, formula tooltips).

All ratios are per billing currency (never across currencies); the KPI value is for the
primary currency (the engagement's reporting currency when the data has it, else the one
with the largest spend) and ``details["by_currency"]`` lists every currency.

* ``tag_coverage.<key>``: taggable spend with the key present / taggable spend;
* ``tag_coverage.all_required``: taggable spend with every required key / taggable spend;
* ``untaggable_share``: untaggable spend / total spend;
* ``allocatable_share``: allocated spend (direct + split shared) / total spend;
* ``owner_allocated_share``: spend with a known owner (owner tag or fallback) / total spend
  (untaggable cost counts in the denominator: it has no owner unless a fallback gives one);
* ``showback_complete`` (bool): every month of the period has allocatable share >= 80 %
  (the Walk sample threshold of the FinOps Foundation's allocation KPI).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from workbench.core.analysis.kpi_registry import Kpi, KpiInputs, Text, register
from workbench.core.tagging.analysis import TaggingAnalysis, analyse
from workbench.core.tagging.coverage import ALL_REQUIRED, summarise
from workbench.core.tagging.policy import PolicyError

SHOWBACK_THRESHOLD: Final = 0.80
_NO_DATA: Final = Text(
    "No cost data in the selected period. Import a billing export or widen the filters.",
    "Geen kostendata in de gekozen periode. Importeer een billing-export of verruim de filters.",
)
_ALL_UNTAGGABLE: Final = Text(
    "All spend in the period is untaggable (taxes, support, purchases); nothing to measure.",
    "Alle kosten in de periode zijn niet te taggen (belasting, support, aankopen).",
)


def _primary(values: dict[str, int], preferred: str) -> str | None:
    if not values:
        return None
    if preferred in values:
        return preferred
    return max(sorted(values), key=lambda c: abs(values[c]))


def _ratio(
    kpi_id: str, label: Text, formula: Text, values: dict[str, float | None], cur: str | None,
    reason: Text,
) -> Kpi:  # fmt: skip
    details: dict[str, Any] = {}
    if len(values) > 1:
        details["by_currency"] = dict(sorted(values.items()))
    value = values.get(cur) if cur is not None else None
    return Kpi(
        kpi_id, value, "ratio", kpi_id, label, formula, currency=cur,
        reason=reason if value is None else None, details=details,
    )  # fmt: skip


def tagging_kpis(analysis: TaggingAnalysis, preferred_currency: str) -> list[Kpi]:
    by_currency = summarise(analysis.coverage)
    totals = {r.currency: r.total for r in by_currency}
    cur = _primary(totals, preferred_currency)
    kpis = []
    for key in [*analysis.policy.keys]:
        kpis.append(
            _ratio(
                f"tag_coverage.{key.key}",
                Text(f"Tag coverage: {key.label('en')}", f"Tagdekking: {key.label('nl')}"),
                Text(
                    f"Taggable spend with a '{key.key}' tag (after aliases; account-level "
                    "fallbacks count) ÷ taggable spend. Untaggable cost is left out.",
                    f"Te taggen kosten met een '{key.key}'-tag (na aliassen; fallbacks op "
                    "accountniveau tellen mee) ÷ te taggen kosten. Niet-tagbare kosten tellen "
                    "niet mee.",
                ),
                {r.currency: r.coverage(key.key) for r in by_currency},
                cur,
                _ALL_UNTAGGABLE if totals else _NO_DATA,
            )
        )
    kpis.append(
        _ratio(
            "tag_coverage.all_required",
            Text("Tag coverage: all required keys", "Tagdekking: alle verplichte tags"),
            Text(
                "Taggable spend carrying every required key ÷ taggable spend.",
                "Te taggen kosten met alle verplichte tags ÷ te taggen kosten.",
            ),
            {r.currency: r.coverage(ALL_REQUIRED) for r in by_currency},
            cur,
            _ALL_UNTAGGABLE if totals else _NO_DATA,
        )
    )
    kpis.append(
        _ratio(
            "untaggable_share",
            Text("Untaggable share", "Aandeel niet te taggen"),
            Text(
                "Spend that cannot carry tags (taxes, support, commitment purchases, credits) "
                "÷ total spend.",
                "Kosten die geen tags kunnen dragen (belasting, support, aankopen van "
                "commitments, credits) ÷ totale kosten.",
            ),
            {r.currency: r.untaggable_share() for r in by_currency},
            cur,
            _NO_DATA,
        )
    )
    allocated: dict[str, int] = {}
    for (currency, _month), amount in analysis.allocation.allocated().items():
        allocated[currency] = allocated.get(currency, 0) + amount
    kpis.append(
        _ratio(
            "allocatable_share",
            Text("Allocatable share", "Aandeel toegewezen"),
            Text(
                f"Spend allocated by the allocation rules (direct plus split shared cost) ÷ "
                f"total spend, on {analysis.metric_column}. Crawl ≥ 50 %, Walk ≥ 80 %, "
                "Run > 90 %.",
                f"Kosten die de toewijzingsregels toewijzen (direct plus verdeelde gedeelde "
                f"kosten) ÷ totale kosten, op {analysis.metric_column}. Crawl ≥ 50 %, "
                "Walk ≥ 80 %, Run > 90 %.",
            ),
            {c: (allocated.get(c, 0) / t if t else None) for c, t in totals.items()},
            cur,
            _NO_DATA,
        )
    )
    owner = {
        r.currency: (r.present["owner"] / r.total if r.total else None)
        for r in by_currency
        if "owner" in r.present
    }
    kpis.append(
        _ratio(
            "owner_allocated_share",
            Text("Spend with a known owner", "Kosten met bekende eigenaar"),
            Text(
                "Spend with an owner tag (or account-level fallback) ÷ total spend. "
                "Crawl ≥ 70 %, Walk ≥ 85 %, Run > 90 %.",
                "Kosten met een eigenaar-tag (of fallback op accountniveau) ÷ totale kosten. "
                "Crawl ≥ 70 %, Walk ≥ 85 %, Run > 90 %.",
            ),
            owner,
            cur,
            _NO_DATA,
        )
    )
    kpis.append(_showback_complete(analysis, cur))
    return kpis


def _showback_complete(analysis: TaggingAnalysis, cur: str | None) -> Kpi:
    label = Text("Showback complete", "Showback compleet")
    formula = Text(
        f"Yes when every month of the period has an allocatable share of at least "
        f"{SHOWBACK_THRESHOLD:.0%} (allocated ÷ total per month).",
        f"Ja als elke maand van de periode voor minstens {SHOWBACK_THRESHOLD:.0%} is "
        "toegewezen (toegewezen ÷ totaal per maand).",
    )
    if cur is None:
        return Kpi("showback_complete", None, "bool", "showback_complete", label, formula,
                   reason=_NO_DATA)  # fmt: skip
    allocated = analysis.allocation.allocated()
    shares = {
        month: (allocated[(c, month)] / total if total else 1.0)
        for (c, month), total in analysis.allocation.totals.items()
        if c == cur
    }
    complete = all(s >= SHOWBACK_THRESHOLD for s in shares.values())
    return Kpi(
        "showback_complete", complete, "bool", "showback_complete", label, formula,
        currency=cur, details={"monthly_share": dict(sorted(shares.items()))},
    )  # fmt: skip


@register("tagging")
def provide(inputs: KpiInputs) -> Iterable[Kpi]:
    try:
        analysis = analyse(inputs.engagement, inputs.costs, inputs.metric_column)
    except PolicyError as exc:
        reason = Text(f"Fix the tag policy or allocation rules: {exc}",
                      f"Herstel het tagbeleid of de toewijzingsregels: {exc}")  # fmt: skip
        ids = ["tag_coverage.all_required", "untaggable_share", "allocatable_share",
               "owner_allocated_share"]  # fmt: skip
        return [Kpi(i, None, "ratio", i, Text(i, i), Text("", ""), reason=reason) for i in ids]
    return tagging_kpis(analysis, inputs.engagement.meta.currency)
