"""Zuiderzee Logistiek's Azure estate (EA enrolment): subscriptions, meters and resources.

SAP finance, the warehouse system and the office apps run here. Prices are EUR list
(pay-as-you-go) prices for West Europe; the EA price (``UnitPrice``) is 5 % below list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

import numpy as np

from workbench.core.demo.anomalies import FORGOTTEN_GPU_VM
from workbench.core.demo.catalogue import APPS, Resource, Usage, pick_tags
from workbench.core.demo.timeline import stable_id, stable_uuid

SUBSCRIPTIONS: Final = {
    "finance": (stable_uuid("az-sub-finance"), "zl-prod-finance"),
    "apps": (stable_uuid("az-sub-apps"), "zl-prod-bedrijfsapps"),
    "acc": (stable_uuid("az-sub-acc"), "zl-acc-test"),
    "sandbox": (FORGOTTEN_GPU_VM.resource_id.split("/")[2], "zl-sandbox-ml"),
    "hub": (stable_uuid("az-sub-hub"), "zl-connectivity"),
}
EA_DISCOUNT: Final = 0.95


@dataclass(frozen=True)
class Meter:
    """The meter columns of an EA line (what was measured, and how it is priced)."""

    category: str
    subcategory: str
    name: str
    consumed_service: str
    service_family: str
    unit_of_measure: str
    arm_type: str
    payg_price: float


def vm_meter(size: str, series: str, price: float) -> Meter:
    return Meter("Virtual Machines", series, size, "Microsoft.Compute", "Compute", "1 Hour",
                 "Microsoft.Compute/virtualMachines", price)  # fmt: skip


METERS: Final = {
    "E16s_v5": vm_meter("E16s v5", "Esv5 Series", 1.10),
    "E8s_v5": vm_meter("E8s v5", "Esv5 Series", 0.55),
    "D8s_v5": vm_meter("D8s v5", "Dsv5 Series", 0.42),
    "D4s_v5": vm_meter("D4s v5", "Dsv5 Series", 0.21),
    "D2s_v5": vm_meter("D2s v5", "Dsv5 Series", 0.105),
    "D4s_v3": vm_meter("D4s v3", "DSv3 Series", 0.22),
    "B4ms": vm_meter("B4ms", "BS Series", 0.17),
    "NC96ads_A100_v4": vm_meter("NC96ads A100 v4", "NCadsA100v4 Series", 13.50),
    "P30": Meter("Storage", "Premium SSD Managed Disks", "P30 LRS Disk", "Microsoft.Compute",
                 "Storage", "1/Month", "Microsoft.Compute/disks", 122.0),
    "P20": Meter("Storage", "Premium SSD Managed Disks", "P20 LRS Disk", "Microsoft.Compute",
                 "Storage", "1/Month", "Microsoft.Compute/disks", 63.0),
    "snapshot": Meter("Storage", "Standard HDD Managed Disks", "LRS Snapshots",
                      "Microsoft.Compute", "Storage", "1 GB/Month",
                      "Microsoft.Compute/snapshots", 0.05),
    "blob": Meter("Storage", "General Block Blob v2", "Hot LRS Data Stored", "Microsoft.Storage",
                  "Storage", "1 GB/Month", "Microsoft.Storage/storageAccounts", 0.0184),
    "sql": Meter("SQL Database", "General Purpose - Compute Gen5", "vCore", "Microsoft.Sql",
                 "Databases", "1 Hour", "Microsoft.Sql/servers", 0.21),
    "appservice": Meter("Azure App Service", "Premium v3 Plan", "P2 v3 App", "Microsoft.Web",
                        "Compute", "1 Hour", "Microsoft.Web/serverFarms", 0.36),
    "pip": Meter("Virtual Network", "IP Addresses", "Standard IPv4 Static Public IP",
                 "Microsoft.Network", "Networking", "1 Hour",
                 "Microsoft.Network/publicIPAddresses", 0.0046),
    "appgw": Meter("Application Gateway", "Application Gateway WAF v2", "Standard Fixed Cost",
                   "Microsoft.Network", "Networking", "1 Hour",
                   "Microsoft.Network/applicationGateways", 0.41),
    "logs": Meter("Log Analytics", "Log Analytics", "Analytics Logs Data Ingestion",
                  "Microsoft.OperationalInsights", "Management and Governance", "1 GB",
                  "Microsoft.OperationalInsights/workspaces", 2.50),
    "egress": Meter("Bandwidth", "Rtn Preference: MGN", "Standard Data Transfer Out",
                    "Microsoft.Network", "Networking", "1 GB",
                    "Microsoft.Network/virtualNetworks", 0.08),
}  # fmt: skip

RI_MONTHLY: Final = "azure-ri-d8sv5-monthly"
RI_UPFRONT: Final = "azure-ri-e16sv5-upfront"


@dataclass(frozen=True)
class Reservation:
    key: str
    order_id: str
    reservation_id: str
    name: str
    product_order_name: str
    size: str
    quantity: int
    hourly_rate: float
    #: "Recurring" = paid monthly on the 1st; "OneTime" = paid upfront on purchase_date.
    frequency: str
    purchase_date: date
    term_months: int = 12


RESERVATIONS: Final = {
    RI_MONTHLY: Reservation(
        RI_MONTHLY, stable_uuid("ri-order-d8"), stable_uuid("ri-d8"), "RI_D8sv5_WE_2025",
        "Reserved VM Instance, Standard_D8s_v5, West Europe, 1 Year", "D8s_v5", 4, 0.252,
        "Recurring", date(2025, 7, 1),
    ),
    RI_UPFRONT: Reservation(
        RI_UPFRONT, stable_uuid("ri-order-e16"), stable_uuid("ri-e16"), "RI_E16sv5_WE_SAPDB",
        "Reserved VM Instance, Standard_E16s_v5, West Europe, 1 Year", "E16s_v5", 2, 0.62,
        "OneTime", date(2026, 3, 1),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class _Line:
    app: str
    env: str
    meter: str
    count: int
    units: float
    sub: str
    rg: str
    growth: float = 0.0
    weekend: float = 1.0
    noise: float = 0.0
    quality: float = 0.8
    findings: frozenset[str] = frozenset()
    commitment: str | None = None
    start: date | None = None
    end: date | None = None


_IDLE = frozenset({"idle"})
_UNATTACHED = frozenset({"unattached"})
_TEMPLATES: Final = (
    _Line("grootboek-sap", "prod", "E16s_v5", 2, 24, "finance", "rg-sap-prd",
          commitment=RI_UPFRONT),
    _Line("grootboek-sap", "prod", "D8s_v5", 3, 24, "finance", "rg-sap-prd",
          commitment=RI_MONTHLY),
    _Line("grootboek-sap", "prod", "D8s_v5", 1, 24, "finance", "rg-sap-prd",
          commitment=RI_MONTHLY, end=date(2026, 5, 15)),
    _Line("facturatie", "prod", "D4s_v5", 2, 24, "finance", "rg-facturatie-prd"),
    _Line("salarisadministratie", "prod", "D4s_v3", 2, 24, "finance", "rg-salaris",
          quality=0.4, findings=frozenset({"previous_generation"})),
    _Line("documentbeheer", "prod", "D8s_v5", 1, 24, "finance", "rg-dms-prd", quality=0.5),
    _Line("voorraadbeheer", "prod", "D8s_v5", 3, 24, "apps", "rg-voorraad-prd"),
    _Line("voorraadbeheer", "prod", "D8s_v5", 4, 24, "apps", "MC_rg-voorraad-aks_westeurope",
          quality=0.3, start=date(2026, 1, 1)),
    _Line("wms-scanner", "prod", "D4s_v5", 2, 24, "apps", "rg-wms-prd", quality=0.6),
    _Line("intranet", "prod", "B4ms", 2, 24, "apps", "rg-intranet", quality=0.2),
    _Line("identity-sso", "prod", "D2s_v5", 2, 24, "apps", "rg-identity"),
    _Line("bi-dashboards", "prod", "E8s_v5", 2, 24, "apps", "rg-bi-prd"),
    _Line("grootboek-sap", "acc", "E16s_v5", 1, 24, "acc", "rg-sap-acc",
          findings=frozenset({"nonprod_24x7"})),
    _Line("voorraadbeheer", "test", "D8s_v5", 2, 24, "acc", "rg-voorraad-tst", quality=0.4,
          findings=frozenset({"nonprod_24x7"})),
    _Line("facturatie", "dev", "D4s_v5", 2, 24, "sandbox", "rg-dev-facturatie", quality=0.1,
          weekend=0.0),
    _Line("ml-vraagvoorspelling", "dev", "NC96ads_A100_v4", 1, 24, "sandbox", "rg-ml-poc",
          quality=0.0, start=FORGOTTEN_GPU_VM.first_day, end=date(2026, 6, 21)),
    _Line("voorraadbeheer", "prod", "sql", 1, 16 * 24, "apps", "rg-voorraad-prd", 0.02),
    _Line("facturatie", "prod", "sql", 1, 4 * 24, "finance", "rg-facturatie-prd"),
    _Line("bi-dashboards", "prod", "sql", 1, 12 * 24, "apps", "rg-bi-prd", 0.03, quality=0.5),
    _Line("documentbeheer", "prod", "appservice", 2, 24, "finance", "rg-dms-prd"),
    _Line("intranet", "prod", "appservice", 2, 24, "apps", "rg-intranet", quality=0.3),
    _Line("wms-scanner", "acc", "appservice", 2, 24, "acc", "rg-wms-acc", quality=0.1,
          findings=_IDLE),
    _Line("grootboek-sap", "prod", "blob", 1, 120_000 / 30.4, "finance", "rg-sap-backup",
          0.02, quality=0.0),
    _Line("documentbeheer", "prod", "blob", 1, 30_000 / 30.4, "finance", "rg-dms-prd", 0.04),
    _Line("bi-dashboards", "prod", "blob", 1, 20_000 / 30.4, "apps", "rg-bi-prd", 0.05),
    _Line("grootboek-sap", "prod", "P30", 4, 1 / 30.4, "finance", "rg-sap-prd"),
    _Line("voorraadbeheer", "prod", "P30", 3, 1 / 30.4, "apps", "rg-voorraad-prd"),
    _Line("bi-dashboards", "prod", "P20", 2, 1 / 30.4, "apps", "rg-bi-prd"),
    _Line("voorraadbeheer", "test", "P30", 3, 1 / 30.4, "acc", "rg-voorraad-tst", quality=0.0,
          findings=_UNATTACHED),
    _Line("intranet", "prod", "P20", 2, 1 / 30.4, "apps", "rg-intranet-old", quality=0.0,
          findings=_UNATTACHED),
    _Line("grootboek-sap", "prod", "snapshot", 3, 1024 / 30.4, "finance", "rg-sap-prd",
          quality=0.1, findings=frozenset({"old_snapshot"})),
    _Line("identity-sso", "prod", "pip", 3, 24, "hub", "rg-hub-network", quality=0.0,
          findings=_IDLE),
    _Line("voorraadbeheer", "prod", "appgw", 1, 24, "hub", "rg-hub-network"),
    _Line("wms-scanner", "acc", "appgw", 1, 24, "hub", "rg-hub-network", quality=0.2,
          findings=_IDLE),
    _Line("bi-dashboards", "prod", "logs", 1, 40, "hub", "rg-monitoring", 0.03, 0.6, 0.08),
    _Line("voorraadbeheer", "prod", "egress", 1, 400, "apps", "rg-voorraad-prd", 0.03, 0.5, 0.1),
)  # fmt: skip


def _resource_id(line: _Line, member: int) -> tuple[str, str]:
    sub_id, _ = SUBSCRIPTIONS[line.sub]
    meter = METERS[line.meter]
    if line.meter == "NC96ads_A100_v4":
        return FORGOTTEN_GPU_VM.resource_id, FORGOTTEN_GPU_VM.resource_id.rsplit("/", 1)[1]
    short = {"Microsoft.Compute/virtualMachines": "vm", "Microsoft.Compute/disks": "disk",
             "Microsoft.Compute/snapshots": "snap", "Microsoft.Storage/storageAccounts": "st",
             "Microsoft.Sql/servers": "sql", "Microsoft.Web/serverFarms": "asp",
             "Microsoft.Network/publicIPAddresses": "pip",
             "Microsoft.Network/applicationGateways": "agw",
             "Microsoft.OperationalInsights/workspaces": "log",
             "Microsoft.Network/virtualNetworks": "vnet"}[meter.arm_type]  # fmt: skip
    name = f"{short}-{line.app}-{line.env}-{member + 1:02d}"
    if short == "st":
        name = f"stzl{line.app.replace('-', '')[:12]}{stable_id(line.app, length=6)}"
    if line.rg.startswith("MC_"):
        name = f"aks-nodepool1-{stable_id(line.app, length=8)}-vmss_{member}"
    rid = f"/subscriptions/{sub_id}/resourceGroups/{line.rg}/providers/{meter.arm_type}/{name}"
    if short == "sql":
        rid += f"/databases/sqldb-{line.app}"
    return rid, name


def build_azure_resources(rng: np.random.Generator) -> list[Resource]:
    out: list[Resource] = []
    for line in _TEMPLATES:
        app = APPS[line.app]
        for member in range(line.count):
            rid, name = _resource_id(line, member)
            out.append(
                Resource(
                    key=rid,
                    app=app,
                    env=line.env,
                    kind=line.meter,
                    name=name,
                    sku=line.meter,
                    region="westeurope",
                    account=line.sub,
                    unit_price=METERS[line.meter].payg_price,
                    usage=Usage(
                        line.units, line.growth, line.weekend, line.noise, line.start, line.end
                    ),  # fmt: skip
                    tags=pick_tags(app, line.env, line.quality, rng),
                    findings=line.findings,
                    commitment=line.commitment,
                )
            )
    return out
