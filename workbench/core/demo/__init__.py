"""The demo engagement's raw material: a fictional Dutch company's cloud bills.

:func:`write_demo_exports` writes the providers' *native* export files (AWS legacy CUR,
Azure EA actual + amortized, GCP BigQuery billing export) plus a business-metrics CSV, so the
demo engagement is built by the real importer, exactly as a consultant's would be.
Same seed, same bytes: the generator uses only a seeded numpy Generator and fixed-point text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from workbench.core.demo.anomalies import (
    DATA_TRANSFER_SPIKE,
    FORGOTTEN_GPU_VM,
    INJECTED_ANOMALIES,
    LOGGING_EXPLOSION,
    InjectedAnomaly,
)
from workbench.core.demo.aws import write_aws_cur
from workbench.core.demo.azure import write_azure_ea
from workbench.core.demo.catalogue import APPS, COMPANY, App, CompanyFacts
from workbench.core.demo.gcp import write_gcp_billing
from workbench.core.demo.metrics import write_business_metrics
from workbench.core.demo.timeline import PERIOD_END, PERIOD_START

DEFAULT_SEED: Final = 2026


@dataclass(frozen=True)
class DemoFiles:
    """Everything :func:`write_demo_exports` wrote, by provider."""

    aws_cur: tuple[Path, ...]
    azure_actual: Path
    azure_amortized: Path
    gcp_billing: Path
    business_metrics: Path

    @property
    def cost_exports(self) -> tuple[Path, ...]:
        """All billing files, in import order (AWS months, Azure actual, amortized, GCP)."""
        return (*self.aws_cur, self.azure_actual, self.azure_amortized, self.gcp_billing)


def write_demo_exports(out_dir: Path, seed: int = DEFAULT_SEED) -> DemoFiles:
    """Write the demo company's 12 months of native exports under ``out_dir``.

    Layout: ``aws/`` (one CUR CSV per billing month), ``azure/`` (EA actual + amortized for
    the whole year), ``gcp/`` (one BigQuery export CSV) and ``metrics/`` (daily business
    metrics: ``date, active_users, transactions``). About 114 000 cost rows in total.
    """
    # One independent stream per provider, so changing one provider leaves the others as is.
    aws_rng, azure_rng, gcp_rng, metrics_rng = (
        np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(4)
    )
    aws = write_aws_cur(out_dir / "aws", aws_rng)
    azure = write_azure_ea(out_dir / "azure", azure_rng)
    gcp = write_gcp_billing(out_dir / "gcp", gcp_rng)
    metrics = write_business_metrics(out_dir / "metrics", metrics_rng)
    return DemoFiles(tuple(aws), azure.actual, azure.amortized, gcp, metrics)


__all__ = [
    "APPS",
    "COMPANY",
    "DATA_TRANSFER_SPIKE",
    "DEFAULT_SEED",
    "FORGOTTEN_GPU_VM",
    "INJECTED_ANOMALIES",
    "LOGGING_EXPLOSION",
    "PERIOD_END",
    "PERIOD_START",
    "App",
    "CompanyFacts",
    "DemoFiles",
    "InjectedAnomaly",
    "write_demo_exports",
]
