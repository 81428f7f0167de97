"""The fictional company behind the demo: its facts, its applications and how they tag.

Zuiderzee Logistiek B.V. is invented. Its teams tag like real teams do: each team has its own
spelling habits (``env`` / ``Environment`` / ``ENV``, ``owner`` / ``Owner`` / ``eigenaar``),
values drift (``prod`` / ``Prod`` / ``production`` / ``PRD``), and some resources carry only part
of the policy or nothing at all. The provider modules build their resources from these apps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

import numpy as np

from workbench.core.demo.timeline import FloatArray, active_mask, growth_curve, weekly_rhythm


@dataclass(frozen=True)
class CompanyFacts:
    name: str
    city: str
    industry: str
    employees: int
    currency: str
    period_start: date
    period_end_exclusive: date
    aws_payer_account_id: str
    azure_billing_account_id: str
    azure_billing_account_name: str
    gcp_billing_account_id: str
    email_domain: str


COMPANY: Final = CompanyFacts(
    name="Zuiderzee Logistiek B.V.",
    city="Lelystad",
    industry="Logistiek en e-fulfilment",
    employees=640,
    currency="EUR",
    period_start=date(2025, 11, 1),
    period_end_exclusive=date(2026, 11, 1),
    aws_payer_account_id="004218769530",
    azure_billing_account_id="72045118",
    azure_billing_account_name="Zuiderzee Logistiek B.V. EA",
    gcp_billing_account_id="01A7C3-5E92B4-D0F816",
    email_domain="zuiderzee-logistiek.example",
)


@dataclass(frozen=True)
class App:
    """One application and the team that owns it."""

    name: str
    business_unit: str
    cost_center: str
    owner: str
    #: Index into each spelling tuple below: a team's habit, kept most of the time.
    dialect: int


_APP_ROWS: Final = (
    ("routeplanner", "Planning", "4100", "s.bakker"),
    ("ritplanning-api", "Planning", "4100", "s.bakker"),
    ("voorraadbeheer", "Magazijn", "4200", "m.jansen"),
    ("wms-scanner", "Magazijn", "4200", "m.jansen"),
    ("webshop-frontend", "Webshop", "4300", "l.visser"),
    ("webshop-checkout", "Webshop", "4300", "l.visser"),
    ("productcatalogus", "Webshop", "4300", "t.smit"),
    ("klantportaal", "Klantenservice", "4400", "e.meijer"),
    ("chatbot-klantenservice", "Klantenservice", "4400", "e.meijer"),
    ("datalake", "Data Platform", "4500", "r.mulder"),
    ("bi-dashboards", "Data Platform", "4500", "r.mulder"),
    ("ml-vraagvoorspelling", "Data Platform", "4500", "n.bos"),
    ("facturatie", "Finance IT", "4600", "h.devries"),
    ("grootboek-sap", "Finance IT", "4600", "h.devries"),
    ("salarisadministratie", "Finance IT", "4600", "k.dekker"),
    ("track-en-trace", "Transport", "4700", "j.vandijk"),
    ("vlootbeheer", "Transport", "4700", "j.vandijk"),
    ("ketenportaal", "Transport", "4700", "p.hendriks"),
    ("edi-koppelingen", "Integratie", "4800", "w.vanleeuwen"),
    ("api-gateway", "Platform", "4900", "d.peters"),
    ("identity-sso", "Platform", "4900", "d.peters"),
    ("ci-build-agents", "Platform", "4900", "a.vos"),
    ("monitoring", "Platform", "4900", "a.vos"),
    ("intranet", "Werkplek", "5000", "c.brouwer"),
    ("documentbeheer", "Finance IT", "4600", "k.dekker"),
)

APPS: Final = {
    name: App(name, unit, cc, owner, dialect=i % 3)
    for i, (name, unit, cc, owner) in enumerate(_APP_ROWS)
}

ENV_KEYS: Final = ("env", "Environment", "ENV")
OWNER_KEYS: Final = ("owner", "Owner", "eigenaar")
COST_CENTER_KEYS: Final = ("cost-center", "CostCenter", "cost-center")
APP_KEYS: Final = ("application", "app", "application")
ENV_SPELLINGS: Final = {
    "prod": ("prod", "Prod", "production", "PRD"),
    "acc": ("acc", "Acceptance", "acceptatie", "ACC"),
    "test": ("test", "Test", "tst", "TST"),
    "dev": ("dev", "Dev", "development", "DEV"),
}

#: How complete a resource's tags are: all four policy keys, no owner, env only, none.
TAG_LEVELS: Final = ("full", "no_owner", "env_only", "none")


def tag_level_for(quality: float, rng: np.random.Generator) -> str:
    """Pick a tagging level; ``quality`` 1.0 = a well-run production resource."""
    p_full = 0.2 + 0.7 * quality
    rest = 1.0 - p_full
    probs = [p_full, rest * 0.4, rest * 0.25, rest * 0.35]
    return str(TAG_LEVELS[int(rng.choice(4, p=probs))])


def make_tags(app: App, env: str, level: str, rng: np.random.Generator) -> dict[str, str]:
    """Tags as the team would have typed them, in the team's dialect (with some drift)."""
    if level == "none":
        return {}
    # 15 % of resources deviate from the team's habit: copied templates, new colleagues.
    dialect = app.dialect if rng.random() >= 0.15 else int(rng.integers(0, 3))
    spellings = ENV_SPELLINGS[env]
    value_idx = dialect if rng.random() >= 0.2 else int(rng.integers(0, len(spellings)))
    tags = {ENV_KEYS[dialect]: spellings[min(value_idx, len(spellings) - 1)]}
    if level == "env_only":
        return tags
    tags[APP_KEYS[dialect]] = app.name
    cc = app.cost_center if dialect != 1 else f"CC-{app.cost_center}"
    tags[COST_CENTER_KEYS[dialect]] = cc
    if level == "full":
        owner = app.owner if dialect != 2 else f"{app.owner}@{COMPANY.email_domain}"
        tags[OWNER_KEYS[dialect]] = owner
    return tags


def is_fully_tagged(tags: dict[str, str]) -> bool:
    """True when env, owner, cost centre and application are present in any spelling."""
    keys = {k.lower().replace("-", "").replace("_", "") for k in tags}
    return (
        ("env" in keys or "environment" in keys)
        and bool(keys & {"owner", "eigenaar"})
        and "costcenter" in keys
        and bool(keys & {"application", "app"})
    )


@dataclass(frozen=True)
class Usage:
    """How a resource's daily quantity moves over the year."""

    daily_units: float
    monthly_growth: float = 0.0
    weekend_factor: float = 1.0
    noise: float = 0.0
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Resource:
    """One billable thing (instance, disk, bucket, IP...) with everything a row needs."""

    key: str
    app: App
    env: str
    kind: str
    name: str
    sku: str
    region: str
    account: str
    unit_price: float
    usage: Usage
    tags: dict[str, str] = field(default_factory=dict)
    #: Waste signals a reviewer should spot: unattached, idle, gp2, previous_generation...
    findings: frozenset[str] = frozenset()
    commitment: str | None = None


def daily_units(usage: Usage, rng: np.random.Generator) -> FloatArray:
    """Quantity per day (0 outside the resource's life), with trend, rhythm and noise."""
    units = usage.daily_units * growth_curve(usage.monthly_growth)
    units = units * weekly_rhythm(usage.weekend_factor)
    if usage.noise > 0:
        units = units * np.clip(rng.normal(1.0, usage.noise, units.shape), 0.5, 1.6)
    return np.where(active_mask(usage.start, usage.end), units, 0.0)


def pick_tags(app: App, env: str, quality: float, rng: np.random.Generator) -> dict[str, str]:
    return make_tags(app, env, tag_level_for(quality, rng), rng)
