"""Business metrics for unit economics: daily active users and transactions.

Zuiderzee Logistiek's customers are web shops and their consumers: usage grows about 3 % a
month and is lower at weekends (shipments are planned on working days).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Final

import numpy as np

from workbench.core.demo.timeline import DAYS, growth_curve, weekly_rhythm

METRICS_COLUMNS: Final = ("date", "active_users", "transactions")
USERS_START: Final = 18_500
TRANSACTIONS_PER_USER: Final = 6.4
MONTHLY_GROWTH: Final = 0.03


def write_business_metrics(out_dir: Path, rng: np.random.Generator) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    trend = growth_curve(MONTHLY_GROWTH)
    users = USERS_START * trend * weekly_rhythm(0.72) * rng.normal(1.0, 0.025, len(DAYS))
    per_user = TRANSACTIONS_PER_USER * weekly_rhythm(0.8) * rng.normal(1.0, 0.03, len(DAYS))
    path = out_dir / "zuiderzee-business-metrics.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(METRICS_COLUMNS)
        for day, u, t in zip(DAYS, users, per_user, strict=True):
            out.writerow([day.isoformat(), int(round(u)), int(round(u * t))])
    return path
