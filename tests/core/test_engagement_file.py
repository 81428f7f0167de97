"""Round-trip, migration and crash-safety tests of the engagement file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pyarrow as pa
import pytest

from workbench.core import canonical
from workbench.core.engagement import (
    Engagement,
    EngagementFileError,
    EngagementMeta,
    load,
    recovery,
    save,
)


def _sample_costs(rows: int = 50) -> pa.Table:
    table = pa.table(
        {
            "BilledCost": pa.array([i * 1_250_000_000 for i in range(rows)], pa.int64()),
            "EffectiveCost": pa.array([i * 1_000_000_000 for i in range(rows)], pa.int64()),
            "ChargePeriodStart": pa.array(
                [1_700_000_000_000 + i * 86_400_000 for i in range(rows)], canonical.TIMESTAMP_TYPE
            ),
            "BillingCurrency": pa.array(["EUR"] * rows),
            "BillingAccountId": pa.array(["012345678901"] * rows),
            "ServiceName": pa.array([f"svc-{i % 3}" for i in range(rows)]),
            "Tags": pa.array(['{"env":"prod"}' if i % 2 else None for i in range(rows)]),
            "x_SourceRow": pa.array(range(1, rows + 1), pa.int64()),
        }
    )
    return canonical.conform(table)


def _full_engagement() -> Engagement:
    eng = Engagement(
        meta=EngagementMeta(
            client="Zuiderzee <B.V.> & Co", consultant="Anne", currency="EUR", language="nl"
        )
    )
    eng.set_costs(_sample_costs())
    eng.set_section("imports", [{"file_id": "abc", "rows": 50, "totals": {"EUR": "1.5"}}])
    eng.set_section(
        "tag_policy", {"required": ["owner", "environment"], "aliases": {"env": "environment"}}
    )
    eng.tables["cube_daily"] = pa.table({"x": [1, 2, 3]})
    return eng


def test_round_trip_restores_everything(tmp_path: Path) -> None:
    eng = _full_engagement()
    path = tmp_path / "client.fwb"
    save(eng, path)
    back = load(path)
    assert back.meta == eng.meta
    assert back.sections == eng.sections
    assert set(back.tables) == set(eng.tables)
    for name, table in eng.tables.items():
        assert back.tables[name].equals(table), name
    assert back.costs.column("BillingAccountId").to_pylist()[0] == "012345678901"


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "a.fwb"
    save(_full_engagement(), path)
    save(_full_engagement(), path)
    assert [p.name for p in tmp_path.iterdir()] == ["a.fwb"]


def test_failed_save_keeps_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "a.fwb"
    good = _full_engagement()
    save(good, path)
    before = path.read_bytes()
    bad = _full_engagement()
    bad.sections["Not A Valid Name!"] = {}
    with pytest.raises(ValueError):
        save(bad, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.fwb"]


def _write_v1_file(path: Path) -> None:
    """The layout the first release wrote: everything in one engagement.json."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "manifest.json",
            json.dumps({"format": "finops-workbench-engagement", "schema_version": 1}),
        )
        zf.writestr(
            "engagement.json",
            json.dumps(
                {
                    "meta": {"client": "Oud B.V.", "consultant": "Piet", "currency": "EUR"},
                    "sections": {"assessment": {"schema_version": 1, "scopes": []}},
                }
            ),
        )
        sink = pa.BufferOutputStream()
        import pyarrow.parquet as pq

        pq.write_table(_sample_costs(5), sink)
        zf.writestr("tables/costs.parquet", sink.getvalue().to_pybytes())


def test_previous_schema_version_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.fwb"
    _write_v1_file(path)
    eng = load(path)
    assert eng.meta.client == "Oud B.V."
    assert eng.meta.title == ""
    assert eng.sections == {"assessment": {"schema_version": 1, "scopes": []}}
    assert eng.costs.num_rows == 5
    # Saving writes the current layout, which opens again unchanged.
    save(eng, path)
    again = load(path)
    assert again.sections == eng.sections and again.costs.equals(eng.costs)


def test_newer_schema_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "new.fwb"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "manifest.json",
            json.dumps({"format": "finops-workbench-engagement", "schema_version": 99}),
        )
        zf.writestr("meta.json", "{}")
    with pytest.raises(EngagementFileError, match="newer workbench"):
        load(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip", b"PK\x03\x04garbage"],
)
def test_garbage_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.fwb"
    path.write_bytes(content)
    with pytest.raises(EngagementFileError):
        load(path)


def test_recovery_autosave_and_discard(tmp_path: Path) -> None:
    eng = _full_engagement()
    original = str(tmp_path / "client.fwb")
    recovery.autosave(eng, original)
    pending = recovery.pending_recoveries()
    assert [r.original_path for r in pending] == [original]
    assert load(pending[0].recovery_path).sections == eng.sections
    recovery.discard(original)
    assert recovery.pending_recoveries() == []


_SAVER = textwrap.dedent(
    """
    import sys
    import pyarrow as pa
    from workbench.core import canonical
    from workbench.core.engagement import Engagement, save
    n = 400_000
    eng = Engagement()
    eng.set_costs(canonical.conform(pa.table({
        "BilledCost": pa.array(range(n), pa.int64()),
        "EffectiveCost": pa.array(range(n), pa.int64()),
        "ChargePeriodStart": pa.array(range(n), canonical.TIMESTAMP_TYPE),
        "ResourceId": pa.array([f"res-{i}" for i in range(n)]),
        "x_SourceRow": pa.array(range(n), pa.int64()),
    })))
    eng.set_section("marker", {"generation": int(sys.argv[2])})
    print("ready", flush=True)
    while True:
        save(eng, sys.argv[1])
    """
)


@pytest.mark.slow
def test_kill_during_save_never_damages_the_last_good_file(tmp_path: Path) -> None:
    path = tmp_path / "client.fwb"
    save(_full_engagement(), path)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for attempt, delay in enumerate((0.05, 0.2, 0.35, 0.6, 0.9)):
        with subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(path), str(attempt)],
            stdout=subprocess.PIPE,
            env=env,
        ) as proc:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == b"ready"
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        eng = load(path)  # must always open: the old file or a complete new one
        marker = eng.sections.get("marker")
        assert marker is None or marker["generation"] <= attempt
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "client.fwb"]
    # A killed writer may leave its temp file behind, but never in place of the target.
    assert all(name.startswith(".client.fwb.") for name in leftovers)
