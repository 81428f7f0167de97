"""Zuiderzee Logistiek's Google Cloud spend as a flattened BigQuery billing export (CSV).

The layout is the detailed (resource-level) export as pandas writes it: dotted column names,
``labels`` / ``system_labels`` / ``credits`` as Python-repr lists. The data platform and the
route optimiser live here (region europe-west4, the Netherlands). Credits carry a
resource-based committed-use discount on the data-lake workers (paid for by daily
"Commitment v1" rows) and sustained-use discounts on the old N1 machines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

import numpy as np

from workbench.core.demo.anomalies import LOGGING_EXPLOSION
from workbench.core.demo.catalogue import APPS, COMPANY, Resource, Usage, daily_units, pick_tags
from workbench.core.demo.timeline import DAYS, csv_field, day_index, dec, stable_id, write_csv

GCP_COLUMNS: Final = (
    "billing_account_id", "service.id", "service.description", "sku.id", "sku.description",
    "usage_start_time", "usage_end_time", "project.id", "project.name", "project.labels",
    "project.ancestry_numbers", "labels", "system_labels", "location.location",
    "location.country", "location.region", "location.zone", "export_time", "cost", "currency",
    "currency_conversion_rate", "usage.amount", "usage.unit", "usage.amount_in_pricing_units",
    "usage.pricing_unit", "credits", "invoice.month", "cost_type", "resource.name",
    "resource.global_name", "partition_date",
)  # fmt: skip

REGION: Final = "europe-west4"
_ORG: Final = "412093857261"
_FOLDERS: Final = {"prod": "730115298844", "nonprod": "730115298991"}
SERVICES: Final = {
    "Compute Engine": "6F81-5844-456A",
    "BigQuery": "24E6-581D-38E5",
    "Cloud Storage": "95FF-2EF5-5EA1",
    "Cloud Logging": "5490-F7B7-8DF6",
    "Cloud SQL": "9662-B51E-5089",
    "Kubernetes Engine": "CCD8-9BF1-090E",
    "Cloud Run": "152E-C115-5142",
}
CUD_VCPUS: Final = 80
CUD_DISCOUNT: Final = 0.37
SUD_DISCOUNT: Final = 0.20
CUD_ID: Final = "projects/zl-datalake-prod/regions/europe-west4/commitments/cud-n2-datalake-2025"


@dataclass(frozen=True)
class Sku:
    service: str
    description: str
    #: EUR per pricing unit.
    price: float
    usage_unit: str
    pricing_unit: str
    #: usage.amount = pricing units x this factor (seconds per hour, bytes per GiB...).
    usage_per_pricing_unit: float


_GIB = 2.0**30
SKUS: Final = {
    "n2-core": Sku("Compute Engine", "N2 Instance Core running in Netherlands", 0.032,
                   "seconds", "hour", 3600),
    "n2-ram": Sku("Compute Engine", "N2 Instance Ram running in Netherlands", 0.0043,
                  "byte-seconds", "gibibyte hour", 3600 * _GIB),
    "n1-core": Sku("Compute Engine", "N1 Predefined Instance Core running in Netherlands",
                   0.035, "seconds", "hour", 3600),
    "n1-ram": Sku("Compute Engine", "N1 Predefined Instance Ram running in Netherlands",
                  0.0047, "byte-seconds", "gibibyte hour", 3600 * _GIB),
    "cud-fee": Sku("Compute Engine", "Commitment v1: N2 Cpu in Netherlands for 1 Year",
                   0.032 * (1 - CUD_DISCOUNT), "seconds", "hour", 3600),
    "pd-balanced": Sku("Compute Engine", "Balanced PD Capacity in Netherlands", 0.11,
                       "byte-seconds", "gibibyte month", 2_629_746 * _GIB),
    "pd-standard": Sku("Compute Engine", "Storage PD Capacity in Netherlands", 0.044,
                       "byte-seconds", "gibibyte month", 2_629_746 * _GIB),
    "static-ip": Sku("Compute Engine", "Static Ip Charge", 0.0095, "seconds", "hour", 3600),
    "bq-analysis": Sku("BigQuery", "Analysis", 5.75, "bytes", "tebibyte", 1024 * _GIB),
    "bq-storage": Sku("BigQuery", "Active Logical Storage", 0.021, "byte-seconds",
                      "gibibyte month", 2_629_746 * _GIB),
    "gcs": Sku("Cloud Storage", "Standard Storage Netherlands", 0.021, "byte-seconds",
               "gibibyte month", 2_629_746 * _GIB),
    "log-volume": Sku("Cloud Logging", "Log Volume", 0.46, "bytes", "gibibyte", _GIB),
    "sql-vcpu": Sku("Cloud SQL", "Cloud SQL for PostgreSQL: Zonal - vCPU in Netherlands",
                    0.038, "seconds", "hour", 3600),
    "sql-ram": Sku("Cloud SQL", "Cloud SQL for PostgreSQL: Zonal - RAM in Netherlands",
                   0.0065, "byte-seconds", "gibibyte hour", 3600 * _GIB),
    "gke-fee": Sku("Kubernetes Engine", "Regional Kubernetes Clusters", 0.092, "seconds",
                   "hour", 3600),
    "run-cpu": Sku("Cloud Run", "CPU Allocation Time (tier 1)", 0.0000221, "seconds",
                   "vCPU-second", 1),
}  # fmt: skip


@dataclass(frozen=True)
class _Line:
    app: str
    env: str
    project: str
    sku: str
    count: int
    units: float
    growth: float = 0.0
    weekend: float = 1.0
    noise: float = 0.0
    quality: float = 0.8
    machine: str = ""
    findings: frozenset[str] = frozenset()


_NP24 = frozenset({"nonprod_24x7"})
_TEMPLATES: Final = (
    # (machine: vCPU x 24 h as core units; RAM GiB x 24 h as ram units)
    _Line("datalake", "prod", "zl-datalake-prod", "n2", 6, 24, machine="n2-standard-16"),
    _Line("ml-vraagvoorspelling", "prod", "zl-ml-forecast", "n2", 2, 24, weekend=0.2, noise=0.1,
          quality=0.5, machine="n2-highmem-8"),
    _Line("routeplanner", "prod", "zl-routeplanner-prod", "n1", 4, 24, quality=0.6,
          machine="n1-standard-8", findings=frozenset({"previous_generation"})),
    _Line("bi-dashboards", "dev", "zl-bi-dev", "n2", 2, 24, quality=0.2,
          machine="n2-standard-8", findings=_NP24),
    _Line("datalake", "prod", "zl-datalake-prod", "pd-balanced", 6, 500 / 30.44),
    _Line("routeplanner", "prod", "zl-routeplanner-prod", "pd-balanced", 2, 500 / 30.44),
    _Line("bi-dashboards", "dev", "zl-bi-dev", "pd-standard", 4, 1024 / 30.44, quality=0.0,
          findings=frozenset({"unattached"})),
    _Line("datalake", "prod", "zl-datalake-prod", "static-ip", 3, 24, quality=0.0,
          findings=frozenset({"idle"})),
    _Line("bi-dashboards", "prod", "zl-datalake-prod", "bq-analysis", 1, 14, 0.04, 0.3, 0.12),
    _Line("datalake", "prod", "zl-datalake-prod", "bq-storage", 1, 60_000 / 30.44, 0.04),
    _Line("datalake", "prod", "zl-datalake-prod", "gcs", 1, 80_000 / 30.44, 0.03, quality=0.5),
    _Line("routeplanner", "prod", "zl-routeplanner-prod", "log-volume", 1, 30, 0.03, 0.7, 0.06),
    _Line("chatbot-klantenservice", "prod", "zl-chatbot-prod", "sql", 1, 24, quality=0.7),
    _Line("routeplanner", "prod", "zl-routeplanner-prod", "sql", 1, 24),
    _Line("routeplanner", "prod", "zl-routeplanner-prod", "gke-fee", 1, 24),
    _Line("chatbot-klantenservice", "prod", "zl-chatbot-prod", "gke-fee", 1, 24, quality=0.4),
    _Line("chatbot-klantenservice", "prod", "zl-chatbot-prod", "run-cpu", 1, 1_350_000, 0.05,
          0.7, 0.08),
)  # fmt: skip

_MACHINES: Final = {
    "n2-standard-16": (16, 64), "n2-highmem-8": (8, 64), "n1-standard-8": (8, 30),
    "n2-standard-8": (8, 32),
}  # fmt: skip
_SQL_SHAPE: Final = (8, 32)


def _labels(tags: dict[str, str]) -> str:
    return repr([{"key": k, "value": v} for k, v in tags.items()])


def _expand(line: _Line, rng: np.random.Generator) -> list[tuple[Resource, str]]:
    """One (resource, sku key) per billed SKU stream; a VM bills core and RAM separately."""
    app = APPS[line.app]
    out: list[tuple[Resource, str]] = []
    for member in range(line.count):
        tags = pick_tags(app, line.env, line.quality, rng)
        name = f"{line.app}-{line.env}-{line.sku.split('-')[0]}-{member + 1:02d}"
        usage = Usage(line.units, line.growth, line.weekend, line.noise)
        parts: tuple[tuple[str, int], ...]
        if line.machine:
            vcpu, ram = _MACHINES[line.machine]
            family = line.sku
            parts = ((f"{family}-core", vcpu), (f"{family}-ram", ram))
        elif line.sku == "sql":
            parts = (("sql-vcpu", _SQL_SHAPE[0]), ("sql-ram", _SQL_SHAPE[1]))
        else:
            parts = ((line.sku, 1),)
        for sku_key, mult in parts:
            res = Resource(
                key=f"{line.project}/{name}/{sku_key}",
                app=app,
                env=line.env,
                kind=line.machine or line.sku,
                name=name,
                sku=sku_key,
                region=REGION,
                account=line.project,
                unit_price=SKUS[sku_key].price,
                usage=Usage(
                    usage.daily_units * mult,
                    usage.monthly_growth,
                    usage.weekend_factor,
                    usage.noise,
                ),  # fmt: skip
                tags=tags,
                findings=line.findings,
                commitment="gcp-cud"
                if line.project == "zl-datalake-prod" and line.machine
                else None,
            )
            out.append((res, sku_key))
    return out


def _resource_columns(res: Resource, sku_key: str) -> tuple[str, str, str]:
    """(system_labels, resource.name, resource.global_name) for resource-level SKUs."""
    if res.kind in _MACHINES:
        vcpu, ram = _MACHINES[res.kind]
        system = repr([
            {"key": "compute.googleapis.com/machine_spec", "value": res.kind},
            {"key": "compute.googleapis.com/cores", "value": str(vcpu)},
            {"key": "compute.googleapis.com/memory", "value": str(ram * 1024)},
        ])  # fmt: skip
        global_name = (f"//compute.googleapis.com/projects/{res.account}/zones/{REGION}-a"
                       f"/instances/{res.name}")  # fmt: skip
        return system, res.name, global_name
    if sku_key.startswith("pd-"):
        return "[]", res.name, (f"//compute.googleapis.com/projects/{res.account}/zones/"
                                f"{REGION}-a/disks/{res.name}")  # fmt: skip
    if sku_key == "static-ip":
        return "[]", res.name, (f"//compute.googleapis.com/projects/{res.account}/regions/"
                                f"{REGION}/addresses/{res.name}")  # fmt: skip
    return "[]", "", ""


def _credits(res: Resource, sku_key: str, cost: float, cud_share: float) -> str:
    if sku_key == "n1-core" or sku_key == "n1-ram":
        amount = round(-cost * SUD_DISCOUNT, 6)
        return repr([{"name": "Sustained Usage Discount", "amount": amount, "full_name": None,
                      "id": "", "type": "SUSTAINED_USAGE_DISCOUNT"}])  # fmt: skip
    if res.commitment == "gcp-cud" and sku_key == "n2-core" and cud_share > 0:
        amount = round(-cost * cud_share, 6)
        return repr([{"name": "Committed use discount: N2 Cpu", "amount": amount,
                      "full_name": None, "id": CUD_ID,
                      "type": "COMMITTED_USAGE_DISCOUNT"}])  # fmt: skip
    return "[]"


def write_gcp_billing(out_dir: Path, rng: np.random.Generator) -> Path:
    """Write the year's billing export as one CSV (as a BigQuery query result download)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    streams = [s for line in _TEMPLATES for s in _expand(line, rng)]
    units = [daily_units(res.usage, rng) for res, _ in streams]
    for (res, sku_key), u in zip(streams, units, strict=True):
        if sku_key == "log-volume" and res.account == LOGGING_EXPLOSION.resource_id:
            for d in LOGGING_EXPLOSION.dates():
                u[day_index(d)] += float(LOGGING_EXPLOSION.extra_cost_per_day) / res.unit_price
    # The commitment's own fee is billed every day, used or not.
    streams.append((_cud_fee_stream(), "cud-fee"))
    units.append(daily_units(streams[-1][0].usage, rng))
    rates = [dec(0.9 + 0.04 * float(x), 4) for x in rng.random(12)]
    statics = [_static_columns(res, key) for res, key in streams]
    rows: list[list[str]] = []
    for i, day in enumerate(DAYS):
        month_idx = (day.year - DAYS[0].year) * 12 + day.month - DAYS[0].month
        cols = _day_columns(day, rates[month_idx])
        # The commitment covers CUD_VCPUS of the data-lake vCPUs; the share is per day.
        lake_vcpu = sum(float(u[i]) / 24 for (r, k), u in zip(streams, units, strict=True)
                        if r.commitment == "gcp-cud" and k == "n2-core")  # fmt: skip
        cud_share = min(1.0, CUD_VCPUS / lake_vcpu) if lake_vcpu else 0.0
        for (res, key), u, st in zip(streams, units, statics, strict=True):
            amount = float(u[i])
            if amount <= 0:
                continue
            sku = SKUS[key]
            cost = amount * sku.price
            rows.append([
                *st[0], cols["start"], cols["end"], *st[1], cols["export"], dec(cost, 6), "EUR",
                cols["rate"], repr(float(f"{amount * sku.usage_per_pricing_unit:.6g}")),
                sku.usage_unit, repr(round(amount, 6)), sku.pricing_unit,
                csv_field(_credits(res, key, cost, cud_share)), cols["invoice"], "regular", *st[2],
                day.isoformat(),
            ])  # fmt: skip
    path = out_dir / "zuiderzee-gcp-billing-export-202511-202610.csv"
    write_csv(path, GCP_COLUMNS, rows, encoded=True)
    return path


def _static_columns(res: Resource, key: str) -> tuple[list[str], list[str], list[str]]:
    """The columns of a stream that do not change from day to day, in three runs."""
    sku = SKUS[key]
    system, rname, gname = _resource_columns(res, key)
    head = [COMPANY.gcp_billing_account_id, SERVICES[sku.service], sku.service, _sku_id(key),
            sku.description]  # fmt: skip
    middle = [res.account, res.account, _project_labels(res), _ancestry(res), _labels(res.tags),
              system, REGION, "NL", REGION, f"{REGION}-a" if rname else ""]  # fmt: skip
    encode = [csv_field(v) for v in head], [csv_field(v) for v in middle]
    return encode[0], encode[1], [csv_field(rname), csv_field(gname)]


def _cud_fee_stream() -> Resource:
    app = APPS["datalake"]
    return Resource(
        key="cud-fee", app=app, env="prod", kind="commitment", name="cud-n2-datalake-2025",
        sku="cud-fee", region=REGION, account="zl-datalake-prod",
        unit_price=SKUS["cud-fee"].price, usage=Usage(CUD_VCPUS * 24.0),
    )  # fmt: skip


def _day_columns(day: date, rate: str) -> dict[str, str]:
    nxt = day + timedelta(days=1)
    micro = int(stable_id("export", day.isoformat(), length=5), 16) % 1_000_000
    return {
        "start": f"{day.isoformat()} 00:00:00+00:00",
        "end": f"{nxt.isoformat()} 00:00:00+00:00",
        "export": f"{nxt.isoformat()} 04:{micro % 60:02d}:{micro % 59:02d}.{micro:06d}+00:00",
        "invoice": f"{day:%Y%m}",
        "rate": rate,
    }


def _sku_id(key: str) -> str:
    h = stable_id("gcp-sku", key, length=12).upper()
    return f"{h[:4]}-{h[4:8]}-{h[8:12]}"


def _project_labels(res: Resource) -> str:
    unit = res.app.business_unit.lower().replace(" ", "-")
    return repr([{"key": "afdeling", "value": unit}])


def _ancestry(res: Resource) -> str:
    folder = _FOLDERS["prod" if res.account.endswith("-prod") else "nonprod"]
    return f"/{_ORG}/{folder}/"
