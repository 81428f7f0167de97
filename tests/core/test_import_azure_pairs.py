"""Azure actual + amortized exports of one period combine in the engagement: BilledCost from
the actual file, EffectiveCost from the amortized file, whatever the order or the calls, and
removing one side gives the other side's own view back."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from workbench.core.demo import write_demo_exports
from workbench.core.engagement import Engagement, load, save
from workbench.core.importing.azure_pairing import OWN_ROWS_TABLE
from workbench.core.importing.pipeline import IMPORTS_SECTION, import_files, remove_import
from workbench.core.importing.report import FileReport
from workbench.core.money import nano_to_decimal

COST = ("costinbillingcurrency", "cost", "pretaxcost")
CURRENCY = ("billingcurrencycode", "billingcurrency", "currency")
NANO = Decimal("0.000000001")


def raw_totals(path: Path) -> dict[str, Decimal]:
    """Per-currency sum of the file's cost column, computed from the CSV text."""
    out: dict[str, Decimal] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            lowered = {k.lower(): v for k, v in row.items()}
            cost = next(lowered[c] for c in COST if c in lowered)
            cur = next(lowered[c] for c in CURRENCY if c in lowered)
            value = Decimal(cost or "0").quantize(NANO, rounding=ROUND_HALF_UP)
            out[cur] = out.get(cur, Decimal(0)) + value
    return out


def table_totals(engagement: Engagement) -> dict[str, tuple[Decimal, Decimal]]:
    costs = engagement.costs
    mine = costs.filter(pc.equal(costs.column("ProviderName").cast(pa.string()), "Microsoft"))
    grouped = (
        pa.table(
            {
                "cur": mine.column("BillingCurrency").cast(pa.string()),
                "b": mine.column("BilledCost"),
                "e": mine.column("EffectiveCost"),
            }
        )
        .group_by("cur")
        .aggregate([("b", "sum"), ("e", "sum")])
    )
    return {
        r["cur"]: (nano_to_decimal(r["b_sum"]), nano_to_decimal(r["e_sum"]))
        for r in grouped.to_pylist()
    }


def canonical_rows(engagement: Engagement) -> pa.Table:
    """The rows in a fixed order, dictionary encoding removed (order of imports is free)."""
    costs = engagement.costs
    plain = pa.table(
        [c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in costs.columns],
        names=costs.column_names,
    )
    order = [("x_SourceFileId", "ascending"), ("x_SourceRow", "ascending")]
    return plain.sort_by(order).combine_chunks()


def reports(engagement: Engagement) -> dict[str, FileReport]:
    return {r["name"]: FileReport.from_dict(r) for r in engagement.section(IMPORTS_SECTION, [])}


@pytest.fixture(scope="module")
def demo_azure(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    files = write_demo_exports(tmp_path_factory.mktemp("demo"))
    return files.azure_actual, files.azure_amortized


@pytest.fixture
def toolkit_azure(samples_dir: Path) -> tuple[Path, Path]:
    folder = samples_dir / "finops-toolkit"
    return folder / "EA_ActualCost_Small.csv", folder / "EA_AmortizedCost_Small.csv"


def check_pair(actual: Path, amortized: Path, tmp_path: Path, *, every_order: bool) -> None:
    together = Engagement()
    outcome = import_files(together, [actual, amortized])  # "ask": a pair is no overlap
    assert outcome.rows_added > 0
    billed, effective = raw_totals(actual), raw_totals(amortized)
    assert set(billed) == set(effective) == set(table_totals(together))
    for cur, (table_billed, table_effective) in table_totals(together).items():
        assert table_billed == billed[cur], cur
        assert table_effective == effective[cur], cur
    found = reports(together)
    assert any(f"combined with {amortized.name}" in w for w in found[actual.name].warnings)
    assert any(f"combined with {actual.name}" in w for w in found[amortized.name].warnings)
    expected = canonical_rows(together)

    if every_order:
        reversed_order = Engagement()
        import_files(reversed_order, [amortized, actual])
        assert canonical_rows(reversed_order).equals(expected)
    orders = ((actual, amortized), (amortized, actual)) if every_order else ((amortized, actual),)
    for first, second in orders:
        separate = Engagement()
        import_files(separate, [first])
        import_files(separate, [second])
        assert canonical_rows(separate).equals(expected)
        # saved and reopened, the own rows survive: removal still restores the other view
        save(separate, tmp_path / "pair.fwb")
        reopened = load(tmp_path / "pair.fwb")
        assert OWN_ROWS_TABLE in reopened.tables
        alone = Engagement()
        import_files(alone, [second])
        own_rows = reports(reopened)[first.name].rows_imported
        assert remove_import(reopened, reports(reopened)[first.name].file_id) == own_rows
        assert canonical_rows(reopened).equals(canonical_rows(alone))
        assert OWN_ROWS_TABLE not in reopened.tables
        assert not any("combined with" in w for w in reports(reopened)[second.name].warnings)
        import_files(reopened, [first])  # re-import: the combination comes back
        assert canonical_rows(reopened).equals(expected)


def test_demo_azure_exports_combine(demo_azure: tuple[Path, Path], tmp_path: Path) -> None:
    check_pair(*demo_azure, tmp_path, every_order=False)


def test_toolkit_samples_combine(toolkit_azure: tuple[Path, Path], tmp_path: Path) -> None:
    check_pair(*toolkit_azure, tmp_path, every_order=True)


def test_months_without_partner_keep_their_own_view(
    toolkit_azure: tuple[Path, Path], tmp_path: Path
) -> None:
    """An actual file for a month the amortized file lacks is not combined (its Effective
    stays its own), and an unrelated import keeps the combination intact."""
    actual, amortized = toolkit_azure
    text = actual.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    header, rows = lines[0], lines[1:]
    moved = [r.replace("09/", "05/").replace("/2023", "/2022") for r in rows]
    other = tmp_path / "actual-other-year.csv"
    other.write_text("\n".join([header, *moved]) + "\n", encoding="utf-8")
    engagement = Engagement()
    import_files(engagement, [actual, amortized, other])
    found = reports(engagement)
    assert not any("combined with" in w for w in found[other.name].warnings)
    totals = table_totals(engagement)
    for cur, (billed, effective) in totals.items():
        own = found[other.name].currencies[cur]
        assert billed == raw_totals(actual)[cur] + Decimal(own.billed_cost)
        assert effective == raw_totals(amortized)[cur] + Decimal(own.effective_cost)
