"""A cost table appended from several imports has chunks with different dictionaries."""

from __future__ import annotations

import pyarrow as pa

from workbench.core import canonical
from workbench.core.analysis.cube import build_cube


def _batch(service: str, cost_nano: int) -> pa.Table:
    return canonical.conform(
        pa.table(
            {
                "BilledCost": pa.array([cost_nano], pa.int64()),
                "EffectiveCost": pa.array([cost_nano], pa.int64()),
                "ChargePeriodStart": pa.array([1_767_225_600_000], canonical.TIMESTAMP_TYPE),
                "BillingCurrency": pa.array(["EUR"]),
                "ServiceName": pa.array([service]),
                "x_SourceRow": pa.array([1], pa.int64()),
            }
        )
    )


def test_cube_groups_chunks_with_differing_dictionaries() -> None:
    costs = pa.concat_tables([_batch("Compute", 2_000_000_000), _batch("Storage", 500_000_000)])
    assert costs.column("ServiceName").num_chunks == 2
    cube = build_cube(costs)
    services = dict(
        zip(
            cube.table.column("ServiceName").cast(pa.string()).to_pylist(),
            cube.table.column("BilledCost").to_pylist(),
            strict=True,
        )
    )
    assert services == {"Compute": 2_000_000_000, "Storage": 500_000_000}
