"""What the report renders: plain, typed inputs collected from the engagement's results.

Each section renders one of these. They are filled by :mod:`workbench.report.inputs` from
the analyses, the assessment, the roadmap and the import report; an input that is not
available stays ``None`` and its section is left out. Nothing here is ever invented.
Texts are already in the report language; money is in nano-units of its own currency.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workbench.core.analysis.kpi_registry import Kpi


@dataclass(frozen=True)
class CurrencySpend:
    """Spend in one billing currency over the report period."""

    currency: str
    total: int
    months: tuple[dt.date, ...]
    monthly_total: tuple[int, ...]
    #: The top services per month plus "Other" (name, one value per month).
    by_service: tuple[tuple[str, tuple[int, ...]], ...]
    top_services: tuple[tuple[str, int], ...]
    top_accounts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class SpendData:
    start: dt.date
    end: dt.date  # inclusive
    metric_label: str
    currencies: tuple[CurrencySpend, ...]
    row_count: int


@dataclass(frozen=True)
class CoverageRow:
    key: str  # the key's label in the report language ("all required keys" included)
    share: float  # 0..1 of taggable spend carrying the tag
    currency: str | None = None
    covered: int | None = None  # nano-units
    total: int | None = None  # taggable spend, nano-units


@dataclass(frozen=True)
class ShowbackRow:
    owner: str  # the recipient (team, product, cost centre) or "unallocated"
    currency: str
    amount: int  # direct + shared, nano-units
    share: float  # of the currency's total spend
    direct: int = 0
    shared: int = 0


@dataclass(frozen=True)
class CoverageTrendData:
    """Monthly coverage per key for one currency (ratios 0..1; None: no taggable spend)."""

    currency: str
    months: tuple[dt.date, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (key label, per month)


@dataclass(frozen=True)
class CurrencyTagging:
    """Totals behind the tagging tables of one currency (nano-units)."""

    currency: str
    total: int
    untaggable: int
    allocated: int


@dataclass(frozen=True)
class TaggingData:
    coverage: tuple[CoverageRow, ...]
    showback: tuple[ShowbackRow, ...]
    dimension: str = ""  # what showback groups by, e.g. "team"
    trends: tuple[CoverageTrendData, ...] = ()
    totals: tuple[CurrencyTagging, ...] = ()
    unallocated_label: str = ""  # the showback row name of the unallocated bucket


@dataclass(frozen=True)
class Evidence:
    label: str
    value: str  # formatted, or the reason it is missing
    suggested_level: str | None = None
    threshold: str | None = None
    note: str = ""  # why the value is missing, and what to import


@dataclass(frozen=True)
class CapabilityScore:
    id: str
    domain_id: str
    name: str
    level: float | None
    target: float | None
    previous: float | None = None
    description: str = ""
    evidence: tuple[Evidence, ...] = ()
    notes: str = ""
    #: Level per scope (business unit, provider, ...) for the heatmap.
    by_scope: dict[str, float | None] = field(default_factory=dict)


@dataclass(frozen=True)
class DomainScore:
    id: str
    name: str
    level: float | None
    target: float | None = None


@dataclass(frozen=True)
class MaturityData:
    overall: float | None
    level_names: tuple[str, ...]  # index = level (0 = not started ... 3 = run)
    level_max: float
    domains: tuple[DomainScore, ...]
    capabilities: tuple[CapabilityScore, ...]
    scopes: tuple[str, ...] = ()
    scoring_rules: tuple[str, ...] = ()  # methodology lines for the appendix


@dataclass(frozen=True)
class RoadmapItem:
    title: str
    capability: str
    owner: str
    effort: str  # S, M, L
    horizon: str
    start: dt.date | None
    due: dt.date | None
    status: str
    impact: str = ""
    savings: tuple[tuple[str, int], ...] = ()  # (currency, nano)
    domain_id: str = ""
    scope: str = ""


@dataclass(frozen=True)
class RoadmapData:
    items: tuple[RoadmapItem, ...]


@dataclass(frozen=True)
class ImportSource:
    file_name: str
    file_format: str
    start: dt.date | None
    end: dt.date | None
    rows_read: int | None
    rows_rejected: int | None
    totals: tuple[tuple[str, int], ...]  # (currency, nano)
    #: The import engine's warnings for the file: stable English, localised when printed.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitCostRow:
    """Cost per business unit in one month and currency (never summed across currencies)."""

    month: dt.date
    currency: str
    cost: int  # nano-units
    users: float | None = None  # active users in the month
    transactions: float | None = None


@dataclass(frozen=True)
class ReportData:
    client: str
    consultant: str
    title: str
    report_date: dt.date
    logos: tuple[str, ...] = ()
    kpis: dict[str, Kpi] = field(default_factory=dict)
    spend: SpendData | None = None
    tagging: TaggingData | None = None
    maturity: MaturityData | None = None
    roadmap: RoadmapData | None = None
    sources: tuple[ImportSource, ...] = ()
    unit_costs: tuple[UnitCostRow, ...] = ()
    #: Savings potential per currency, only when an optimisation analysis provides it.
    savings: tuple[tuple[str, int], ...] = ()
