"""Zuiderzee Logistiek's AWS estate: accounts, instances, disks, buckets, and their habits.

Each template line expands into one or more :class:`Resource`. Prices are EUR on-demand list
prices for eu-west-1 (Ireland) and eu-central-1 (Frankfurt), rounded like a price list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

import numpy as np

from workbench.core.demo.anomalies import DATA_TRANSFER_SPIKE
from workbench.core.demo.catalogue import APPS, Resource, Usage, pick_tags
from workbench.core.demo.timeline import stable_id

ACCOUNTS: Final = {
    "payer": ("004218769530", "zl-management"),
    "webshop": ("031245678901", "zl-prod-webshop"),
    "transport": ("047812345670", "zl-prod-transport"),
    "platform": ("052398761204", "zl-prod-platform"),
    "nonprod": ("068812340977", "zl-nonprod"),
    "sandbox": ("079934512388", "zl-sandbox"),
}

#: Usage-type prefixes of the two regions the company uses.
REGION_PREFIX: Final = {"eu-west-1": "EU", "eu-central-1": "EUC1"}
REGION_NAME: Final = {"eu-west-1": "EU (Ireland)", "eu-central-1": "EU (Frankfurt)"}

INSTANCE_PRICES: Final = {
    "t2.large": 0.094,
    "t3.large": 0.084,
    "m4.xlarge": 0.204,
    "m4.2xlarge": 0.408,
    "m5.xlarge": 0.197,
    "m5.2xlarge": 0.394,
    "m6g.xlarge": 0.158,
    "c5.2xlarge": 0.353,
    "c5.4xlarge": 0.706,
    "c5.9xlarge": 1.589,
    "r5.4xlarge": 1.036,
    "r5.xlarge": 0.259,
    "r5.2xlarge": 0.518,
    "db.r6g.4xlarge": 2.080,
    "db.r5.2xlarge": 2.160,
    "db.m5.2xlarge": 0.750,
    "db.m4.xlarge": 0.390,
    "db.r5.xlarge": 0.540,
}
PREVIOUS_GENERATION: Final = frozenset({"t2", "m4", "r4", "c4", "db.m4"})

#: Other prices, EUR per unit.
PRICES: Final = {
    "gp3": 0.081,  # GB-month
    "gp2": 0.101,
    "snapshot": 0.046,
    "eip": 0.0046,  # hour
    "alb": 0.0207,
    "nat": 0.044,
    "eks": 0.092,
    "s3": 0.0212,  # GB-month
    "transfer": 0.083,  # GB
    "cloudfront": 0.078,
    "logs": 0.525,  # GB ingested
    "lambda": 0.0000153,  # GB-second
    "dynamodb": 0.0000013,  # write request unit
}

SP_COVERED: Final = "aws-savings-plan"
RI_COVERED: Final = "aws-rds-reservation"
_DECOMMISSIONED: Final = date(2026, 7, 1)


@dataclass(frozen=True)
class _Line:
    app: str
    env: str
    kind: str
    sku: str
    count: int
    units: float
    account: str
    growth: float = 0.0
    weekend: float = 1.0
    noise: float = 0.0
    quality: float = 0.8
    region: str = "eu-west-1"
    findings: frozenset[str] = frozenset()
    commitment: str | None = None
    start: date | None = None
    end: date | None = None
    #: Extra members of the group launched later in the year (growth by adding instances).
    staggered: bool = False


_NP24 = frozenset({"nonprod_24x7"})
_TEMPLATES: Final = (
    # --- steady production compute (what commitments should cover) ---------------------
    _Line("webshop-frontend", "prod", "ec2", "c5.4xlarge", 6, 24, "webshop", commitment=SP_COVERED),
    _Line("webshop-checkout", "prod", "ec2", "m5.2xlarge", 4, 24, "webshop", commitment=SP_COVERED),
    _Line("productcatalogus", "prod", "ec2", "r5.4xlarge", 3, 24, "webshop", quality=0.5),
    _Line("track-en-trace", "prod", "ec2", "c5.9xlarge", 6, 24, "transport", staggered=True),
    _Line("routeplanner", "prod", "ec2", "r5.4xlarge", 4, 24, "transport", quality=0.6),
    _Line(
        "routeplanner",
        "prod",
        "ec2",
        "m4.2xlarge",
        3,
        24,
        "transport",
        findings=frozenset({"previous_generation"}),
        commitment=SP_COVERED,
        end=_DECOMMISSIONED,
    ),
    _Line("ritplanning-api", "prod", "ec2", "m5.xlarge", 4, 24, "transport", staggered=True),
    _Line("klantportaal", "prod", "ec2", "m5.xlarge", 4, 24, "webshop", quality=0.4),
    _Line("api-gateway", "prod", "ec2", "c5.2xlarge", 3, 24, "platform"),
    _Line(
        "ketenportaal",
        "prod",
        "ec2",
        "m4.xlarge",
        2,
        24,
        "transport",
        quality=0.3,
        findings=frozenset({"previous_generation"}),
    ),
    _Line(
        "edi-koppelingen",
        "prod",
        "ec2",
        "t2.large",
        2,
        24,
        "platform",
        quality=0.2,
        findings=frozenset({"previous_generation"}),
        region="eu-central-1",
    ),
    _Line("vlootbeheer", "prod", "ec2", "m5.2xlarge", 2, 24, "transport"),
    _Line("monitoring", "prod", "ec2", "r5.2xlarge", 3, 24, "platform"),
    _Line("webshop-frontend", "prod", "ec2", "m6g.xlarge", 6, 24, "webshop", staggered=True),
    _Line(
        "ci-build-agents", "dev", "ec2", "c5.4xlarge", 4, 12, "platform", weekend=0.15, noise=0.1
    ),
    # --- non-production that never sleeps ---------------------------------------------
    _Line("webshop-frontend", "acc", "ec2", "c5.2xlarge", 3, 24, "nonprod", 0, findings=_NP24),
    _Line(
        "track-en-trace", "acc", "ec2", "c5.4xlarge", 2, 24, "nonprod", quality=0.5, findings=_NP24
    ),
    _Line(
        "routeplanner", "test", "ec2", "r5.xlarge", 3, 24, "nonprod", quality=0.4, findings=_NP24
    ),
    _Line("klantportaal", "dev", "ec2", "t3.large", 3, 24, "sandbox", quality=0.1, findings=_NP24),
    # --- databases ------------------------------------------------------------------------
    _Line(
        "track-en-trace", "prod", "rds", "db.r6g.4xlarge", 1, 24, "transport", commitment=RI_COVERED
    ),
    _Line("webshop-checkout", "prod", "rds", "db.r5.2xlarge", 1, 24, "webshop"),
    _Line("routeplanner", "prod", "rds", "db.m5.2xlarge", 1, 24, "transport"),
    _Line(
        "klantportaal",
        "prod",
        "rds",
        "db.m4.xlarge",
        1,
        24,
        "webshop",
        quality=0.3,
        findings=frozenset({"previous_generation"}),
    ),
    _Line("webshop-checkout", "acc", "rds", "db.r5.xlarge", 1, 24, "nonprod", findings=_NP24),
    # --- storage ------------------------------------------------------------------------
    _Line("webshop-frontend", "prod", "s3", "assets", 1, 20000 / 30.4, "webshop", 0.03),
    _Line("track-en-trace", "prod", "s3", "archive", 1, 90000 / 30.4, "transport", 0.05),
    _Line("monitoring", "prod", "s3", "backups", 1, 60000 / 30.4, "platform", 0.02, quality=0.0),
    _Line("monitoring", "prod", "s3", "logs-archive", 1, 25000 / 30.4, "platform", 0.04),
    _Line("webshop-frontend", "prod", "ebs", "gp3", 4, 600 / 30.4, "webshop"),
    _Line("track-en-trace", "prod", "ebs", "gp3", 3, 1000 / 30.4, "transport"),
    _Line("monitoring", "prod", "ebs", "gp3", 2, 1500 / 30.4, "platform"),
    _Line(
        "routeplanner",
        "prod",
        "ebs",
        "gp2",
        3,
        800 / 30.4,
        "transport",
        quality=0.5,
        findings=frozenset({"gp2"}),
    ),
    _Line(
        "klantportaal",
        "dev",
        "ebs",
        "gp2",
        4,
        750 / 30.4,
        "sandbox",
        quality=0.0,
        findings=frozenset({"unattached", "gp2"}),
    ),
    _Line(
        "track-en-trace",
        "prod",
        "snapshot",
        "snapshot",
        4,
        2000 / 30.4,
        "transport",
        quality=0.1,
        findings=frozenset({"old_snapshot"}),
    ),
    # --- network --------------------------------------------------------------------------
    _Line(
        "api-gateway",
        "prod",
        "eip",
        "idle",
        3,
        24,
        "platform",
        quality=0.0,
        findings=frozenset({"idle"}),
    ),
    _Line("webshop-frontend", "prod", "alb", "alb", 2, 24, "webshop"),
    _Line("track-en-trace", "prod", "alb", "alb", 1, 24, "transport"),
    _Line(
        "ketenportaal",
        "acc",
        "alb",
        "alb",
        2,
        24,
        "nonprod",
        quality=0.2,
        findings=frozenset({"idle"}),
    ),
    _Line("api-gateway", "prod", "nat", "nat", 3, 24, "platform"),
    _Line("webshop-frontend", "prod", "eks", "cluster", 1, 24, "webshop"),
    _Line("webshop-frontend", "prod", "transfer", "out", 1, 600, "webshop", 0.03, 0.7, 0.08),
    _Line("track-en-trace", "prod", "transfer", "out", 1, 300, "transport", 0.03, 0.6, 0.08),
    _Line("webshop-frontend", "prod", "cloudfront", "out", 1, 500, "webshop", 0.035, 0.8, 0.07),
    # --- serverless and managed -----------------------------------------------------------
    _Line("monitoring", "prod", "logs", "ingest", 1, 80, "platform", 0.03, 0.7, 0.06),
    _Line("edi-koppelingen", "prod", "lambda", "gbs", 1, 800_000, "platform", 0.04, 0.3, 0.1),
    _Line("webshop-checkout", "prod", "lambda", "gbs", 1, 1_200_000, "webshop", 0.05, 0.8, 0.1),
    _Line("track-en-trace", "prod", "dynamodb", "wru", 1, 20_000_000, "transport", 0.04, 0.5, 0.08),
)


def _stagger_start(member: int, count: int) -> date | None:
    """Later members of a staggered group start in later months (growth by scaling out)."""
    if member < count // 2:
        return None
    month = 1 + (member - count // 2) * 10 // max(1, count - count // 2)
    return date(2026 if month + 10 > 12 else 2025, (month + 10 - 1) % 12 + 1, 1)


def resource_id(line: _Line, account_id: str, member: int) -> str:
    hexid = stable_id("aws", line.app, line.env, line.kind, line.sku, str(member), length=17)
    region = line.region
    if line.kind == "ec2":
        return "i-0" + hexid[1:]
    if line.kind == "ebs":
        return "vol-0" + hexid[1:]
    if line.kind == "snapshot":
        return f"arn:aws:ec2:{region}:{account_id}:snapshot/snap-0{hexid[1:]}"
    if line.kind == "eip":
        return f"arn:aws:ec2:{region}:{account_id}:elastic-ip/eipalloc-0{hexid[1:]}"
    if line.kind == "alb":
        name = f"{line.app}-{line.env}-{member}"
        return f"arn:aws:elasticloadbalancing:{region}:{account_id}:loadbalancer/app/{name}/{hexid}"
    if line.kind == "nat":
        return f"arn:aws:ec2:{region}:{account_id}:natgateway/nat-0{hexid[1:]}"
    if line.kind == "eks":
        return f"arn:aws:eks:{region}:{account_id}:cluster/{line.app}-{member}"
    if line.kind == "rds":
        return f"arn:aws:rds:{region}:{account_id}:db:{line.app}-{line.env}"
    if line.kind == "s3":
        return f"zl-{line.app}-{line.sku}"
    if line.kind == "lambda":
        return f"arn:aws:lambda:{region}:{account_id}:function:{line.app}-handler"
    if line.kind == "dynamodb":
        return f"arn:aws:dynamodb:{region}:{account_id}:table/{line.app}-events"
    if line.kind == "logs":
        return f"arn:aws:logs:{region}:{account_id}:log-group:/zl/{line.app}"
    if line.kind == "cloudfront":
        return f"arn:aws:cloudfront::{account_id}:distribution/E{hexid[:13].upper()}"
    # transfer: billed on the instance that sends the data
    if line.app == "track-en-trace":
        return DATA_TRANSFER_SPIKE.resource_id
    return "i-0" + hexid[1:]


#: Template sku -> key in PRICES for the kinds not priced per instance type or volume type.
_PRICE_KEY: Final = {
    "out": "transfer", "assets": "s3", "archive": "s3", "backups": "s3", "logs-archive": "s3",
    "ingest": "logs", "gbs": "lambda", "wru": "dynamodb", "idle": "eip", "cluster": "eks",
}  # fmt: skip


def unit_price(line: _Line) -> float:
    if line.kind in ("ec2", "rds"):
        return INSTANCE_PRICES[line.sku]
    if line.kind == "cloudfront":
        return PRICES["cloudfront"]
    return PRICES[_PRICE_KEY.get(line.sku, line.sku)]


def build_aws_resources(rng: np.random.Generator) -> list[Resource]:
    """Expand the templates into resources; tags are drawn once per resource."""
    out: list[Resource] = []
    for line in _TEMPLATES:
        account_id, _ = ACCOUNTS[line.account]
        app = APPS[line.app]
        for member in range(line.count):
            start = _stagger_start(member, line.count) if line.staggered else line.start
            rid = resource_id(line, account_id, member)
            tags = pick_tags(app, line.env, line.quality, rng)
            if tags and rng.random() < 0.3:
                tags["aws:createdBy"] = f"IAMUser:AIDA{stable_id(app.owner, length=12).upper()}"
            findings = line.findings
            family = line.sku.rsplit(".", 1)[0]
            if family in PREVIOUS_GENERATION:
                findings = findings | {"previous_generation"}
            out.append(
                Resource(
                    key=f"aws:{rid}:{line.kind}",
                    app=app,
                    env=line.env,
                    kind=line.kind,
                    name=f"{line.app}-{line.env}-{line.kind}-{member + 1:02d}",
                    sku=line.sku,
                    region=line.region,
                    account=account_id,
                    unit_price=unit_price(line),
                    usage=Usage(
                        daily_units=line.units,
                        monthly_growth=line.growth,
                        weekend_factor=line.weekend,
                        noise=line.noise,
                        start=start,
                        end=line.end,
                    ),
                    tags=tags,
                    findings=findings,
                    commitment=line.commitment,
                )
            )
    return out
