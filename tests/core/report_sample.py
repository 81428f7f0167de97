"""Report inputs for the PDF tests: a complete sample and a hostile one (test data only)."""

from __future__ import annotations

import datetime as dt

from workbench.core.analysis.kpi_registry import Kpi, Text
from workbench.core.canonical import NANO
from workbench.report.model import (
    CapabilityScore,
    CoverageRow,
    CurrencySpend,
    DomainScore,
    Evidence,
    ImportSource,
    MaturityData,
    ReportData,
    RoadmapData,
    RoadmapItem,
    ShowbackRow,
    SpendData,
    TaggingData,
)

HOSTILE = "<b>bold</b> & <para>x</para> \x00\x01\x1f\u202e\u200f" + "W" * 300 + " <font size=80>"
MONTHS = tuple(dt.date(2026, m, 1) for m in range(1, 11))


def _spend(name_prefix: str = "") -> SpendData:
    services = [(f"{name_prefix}Amazon EC2", 40), (f"{name_prefix}Azure SQL", 25), ("S3", 10)]
    series = tuple((name, tuple(v * NANO * 1000 for _ in MONTHS)) for name, v in services)
    monthly = tuple(sum(s[1][i] for s in series) for i in range(len(MONTHS)))
    eur = CurrencySpend(
        currency="EUR",
        total=sum(monthly),
        months=MONTHS,
        monthly_total=monthly,
        by_service=series,
        top_services=tuple((name, sum(values)) for name, values in series),
        top_accounts=((f"{name_prefix}prod-account", sum(monthly)),),
    )
    usd = CurrencySpend(
        "USD",
        5 * NANO,
        MONTHS[:1],
        (5 * NANO,),
        (("BigQuery", (5 * NANO,)),),
        (("BigQuery", 5 * NANO),),
        (("gcp-project", 5 * NANO),),
    )
    return SpendData(MONTHS[0], dt.date(2026, 10, 31), "billed", (eur, usd), 1234)


def sample_data(prefix: str = "") -> ReportData:
    caps = tuple(
        CapabilityScore(
            id=f"cap{i}",
            domain_id=f"d{i % 4}",
            name=f"{prefix}Capability {i}",
            level=float(i % 4),
            target=float(min(i % 4 + 1, 3)),
            previous=float(max(i % 4 - 1, 0)),
            description=f"{prefix}What capability {i} means.",
            evidence=(Evidence(f"{prefix}Tag coverage", "48,7%", "Crawl", ">= 50% Walk"),),
            notes=f"{prefix}Notes line one\nline two",
            by_scope={"AWS": float(i % 4), f"{prefix}Azure": None},
        )
        for i in range(8)
    )
    maturity = MaturityData(
        overall=1.4,
        level_names=("Not started", "Crawl", "Walk", "Run"),
        level_max=3,
        domains=tuple(
            DomainScore(f"d{i}", f"{prefix}Domain {i}", 1.0 + i / 3, 2.0) for i in range(4)
        ),
        capabilities=caps,
        scopes=("AWS", f"{prefix}Azure"),
        scoring_rules=(f"{prefix}Allocation: >= 80% allocated is Walk",),
    )
    roadmap = RoadmapData(
        tuple(
            RoadmapItem(
                title=f"{prefix}Action {i}",
                capability=f"{prefix}Capability {i}",
                owner=f"{prefix}FinOps lead",
                effort="SML"[i % 3],
                horizon="0-3",
                start=dt.date(2026, 12, 1) + dt.timedelta(days=30 * i),
                due=dt.date(2027, 2, 1) + dt.timedelta(days=30 * i),
                status="open",
                savings=(("EUR", 1200 * NANO),) if i == 0 else (),
                domain_id=f"d{i % 4}",
            )
            for i in range(7)
        )
    )
    kpi = Kpi(
        id="total_spend",
        value="420000.5",
        unit="money",
        formula_id="sum(BilledCost)",
        label=Text("Total spend", "Totale uitgaven"),
        formula=Text("sum", "som"),
        currency="EUR",
    )
    ratio = Kpi(
        id="tag_coverage.owner",
        value=0.487,
        unit="ratio",
        formula_id="x",
        label=Text(f"{prefix}Owner coverage", f"{prefix}Dekking eigenaar"),
        formula=Text("x", "x"),
    )
    missing = Kpi(
        id="forecast",
        value=None,
        unit="money",
        formula_id="x",
        label=Text("Forecast", "Prognose"),
        formula=Text("x", "x"),
        reason=Text("no data", "geen data"),
    )
    return ReportData(
        client=f"{prefix}Zuiderzee Logistiek B.V.",
        consultant=f"{prefix}Jan de Vries",
        title="",
        report_date=dt.date(2026, 11, 27),
        kpis={k.id: k for k in (kpi, ratio, missing)},
        spend=_spend(prefix),
        tagging=TaggingData(
            coverage=(CoverageRow(f"{prefix}owner", 0.487, "EUR", 100 * NANO, 200 * NANO),),
            showback=(ShowbackRow(f"{prefix}team-a", "EUR", 100 * NANO, 0.5),),
            dimension="team",
        ),
        maturity=maturity,
        roadmap=roadmap,
        sources=(
            ImportSource(
                f"{prefix}cur-2026-10.csv.gz",
                "AWS CUR",
                MONTHS[0],
                dt.date(2026, 10, 31),
                1234,
                2,
                (("EUR", 750_000 * NANO),),
            ),
        ),
    )
