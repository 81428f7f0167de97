"""The cost anomalies the demo injects on purpose, with their exact dates and amounts.

Other modules (the anomaly detector, its tests, the GUI's walkthrough) assert against these
facts, so they are data, not prose: change the generator and this table together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Final


@dataclass(frozen=True)
class InjectedAnomaly:
    key: str
    #: "AWS", "Microsoft" or "Google Cloud" (FOCUS ProviderName).
    provider: str
    #: The service as the native export names it: CUR lineItem/ProductCode, Azure
    #: MeterCategory, GCP service.description.
    service_code: str
    #: Human service name (CUR product/ProductName, Azure ConsumedService, GCP description).
    service_name: str
    resource_id: str
    first_day: date
    #: Inclusive.
    last_day: date
    #: Extra cost in EUR on each day of the anomaly, on top of the normal spend.
    extra_cost_per_day: Decimal
    description_en: str
    description_nl: str

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def extra_cost_total(self) -> Decimal:
        return self.extra_cost_per_day * self.days

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]


DATA_TRANSFER_SPIKE: Final = InjectedAnomaly(
    key="aws-data-transfer-spike",
    provider="AWS",
    service_code="AWSDataTransfer",
    service_name="AWS Data Transfer",
    resource_id="i-0c4e2a9b7d1f30e58",
    first_day=date(2026, 3, 10),
    last_day=date(2026, 3, 13),
    extra_cost_per_day=Decimal("1450.00"),
    description_en="Runaway sync job of track-en-trace sends data to the internet for 4 days",
    description_nl="Ontspoorde sync-job van track-en-trace verstuurt 4 dagen data naar internet",
)

FORGOTTEN_GPU_VM: Final = InjectedAnomaly(
    key="azure-forgotten-gpu-vm",
    provider="Microsoft",
    service_code="Virtual Machines",
    service_name="Microsoft.Compute",
    resource_id=(
        "/subscriptions/6e1f2d3c-4b5a-4968-a7b6-c5d4e3f20118/resourceGroups/rg-ml-poc"
        "/providers/Microsoft.Compute/virtualMachines/vm-gpu-poc-01"
    ),
    first_day=date(2026, 6, 12),
    last_day=date(2026, 6, 20),
    extra_cost_per_day=Decimal("307.80"),
    description_en="GPU VM (NC96ads A100 v4) of a forecasting proof of concept left running 9 days",
    description_nl="GPU-VM (NC96ads A100 v4) van een voorspellings-PoC 9 dagen blijven draaien",
)

LOGGING_EXPLOSION: Final = InjectedAnomaly(
    key="gcp-logging-explosion",
    provider="Google Cloud",
    service_code="Cloud Logging",
    service_name="Cloud Logging",
    resource_id="zl-routeplanner-prod",
    first_day=date(2026, 8, 18),
    last_day=date(2026, 8, 24),
    extra_cost_per_day=Decimal("380.00"),
    description_en="Debug logging left on in routeplanner after a release: 20x log volume, 1 week",
    description_nl="Debug-logging bleef aan in routeplanner na een release: logvolume x20 een week",
)

INJECTED_ANOMALIES: Final = (DATA_TRANSFER_SPIKE, FORGOTTEN_GPU_VM, LOGGING_EXPLOSION)
