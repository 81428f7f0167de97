"""Azure Cost Management: every Azure sample imports (or is rejected for a stated reason)
and reconciles with sums computed here from the raw CSV text."""

from __future__ import annotations

import csv
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from workbench.core.engagement import Engagement
from workbench.core.importing.adapters.azure import ADAPTER
from workbench.core.importing.adapters.azure_combine import combine_azure_actual_amortized
from workbench.core.importing.base import NormaliseContext
from workbench.core.importing.pipeline import import_files, inspect_file
from workbench.core.importing.reader import list_sources, open_source
from workbench.core.money import sum_nano

NANO = Decimal("0.000000001")
COST_COLUMNS = ("CostInBillingCurrency", "Cost", "PreTaxCost")
CURRENCY_COLUMNS = ("BillingCurrencyCode", "BillingCurrency", "Currency")


def dec(text: str | None) -> Decimal:
    if text is None or text.strip() == "":
        return Decimal(0)
    return Decimal(text.strip()).quantize(NANO, rounding=ROUND_HALF_UP)


def raw_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        return [dict(zip(header, r + [""] * (len(header) - len(r)), strict=True)) for r in reader]


def pick(row: dict[str, str], names: tuple[str, ...]) -> str:
    lowered = {k.lower(): v for k, v in row.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return ""


def raw_totals(path: Path) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for row in raw_rows(path):
        cur = pick(row, CURRENCY_COLUMNS)
        out[cur] = out.get(cur, Decimal(0)) + dec(pick(row, COST_COLUMNS))
    return out


# file -> (cost kind decided, billed == raw cost?, effective == raw cost?)
IMPORTED = {
    "finops-toolkit/EA_ActualCost_Small.csv": "actual",
    "finops-toolkit/EA_AmortizedCost_Small.csv": "amortized",
    "focus-converters/azure-ea_sample-anonymous-ea-export-dataset.csv": None,
    "koku/azure_azure_camelCased.csv": None,
    "koku/azure_azure_version_2.csv": None,
    "opencost-azure/azure_headersets_Enterprise.csv": "actual",
    "opencost-azure/azure_headersets_PayAsYouGo.csv": None,
}


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_azure_samples_reconcile(samples_dir: Path, name: str) -> None:
    path = samples_dir / name
    (report,) = inspect_file(path)
    assert report.errors == [] and report.format_id == "azure-cost"
    assert report.rows_read == len(raw_rows(path)) and report.rejected_count == 0
    kind = IMPORTED[name]
    assert report.facts.get("cost_kind") == kind
    expected = raw_totals(path)
    assert set(report.currencies) == set(expected)
    table = normalise(path)
    for cur, total in expected.items():
        reported = report.currencies[cur]
        # The file's own cost column is BilledCost of an actual file and EffectiveCost of an
        # amortized one; files without commitment rows are both at once.
        if kind != "amortized":
            assert Decimal(str(reported.billed_cost)) == total
        if kind != "actual":
            assert Decimal(str(reported.effective_cost)) == total
    if kind == "actual":  # effective = billed minus commitment purchases
        purchases = sum(
            dec(pick(r, COST_COLUMNS))
            for r in raw_rows(path)
            if r.get("ChargeType") == "Purchase" and (r.get("benefitId") or r.get("ReservationId"))
        )
        billed = Decimal(sum_nano(table.column("BilledCost"))) * NANO
        assert Decimal(sum_nano(table.column("EffectiveCost"))) * NANO == billed - purchases


def normalise(path: Path, facts: dict[str, str] | None = None) -> pa.Table:
    opened = open_source(list_sources(path)[0])
    detection = ADAPTER.detect(opened.sample())
    assert detection is not None
    ctx = NormaliseContext("f-" + path.stem, path.name, detection, opened.dialect)
    ctx.facts.update(facts or {})
    columns = ADAPTER.columns_to_read(opened.header)
    tables = [ADAPTER.normalise(b.table, b.first_row, ctx) for b in opened.batches(columns)]
    normalise.ctx = ctx  # type: ignore[attr-defined]
    return pa.concat_tables(tables)


def test_ea_actual_mapping_details(samples_dir: Path) -> None:
    table = normalise(samples_dir / "finops-toolkit/EA_ActualCost_Small.csv")
    purchase = table.filter(pc.equal(table.column("ChargeCategory").cast(pa.string()), "Purchase"))
    assert purchase.num_rows == 1
    row = purchase.to_pylist()[0]
    assert row["BilledCost"] == 3_250_000_000 and row["EffectiveCost"] == 0
    assert row["CommitmentDiscountType"] == "Reservation"
    assert row["PricingCategory"] == "Standard"  # a purchase is not "Committed" (FOCUS 1.1)
    first = table.to_pylist()[1]
    assert first["ChargePeriodStart"].isoformat() == "2023-09-04T00:00:00+00:00"  # MM/DD/YYYY
    assert first["BillingPeriodEnd"].isoformat() == "2023-10-01T00:00:00+00:00"  # inclusive -> excl
    assert json.loads(first["Tags"])["CostCenter"] == "1234"  # tags without outer braces
    assert first["x_ResourceGroupName"] == "databricks-rg-PeskyData-s6taefbli5c5e"
    assert first["RegionId"] == "eastus2"


def test_amortized_commitment_rows(samples_dir: Path) -> None:
    table = normalise(samples_dir / "finops-toolkit/EA_AmortizedCost_Small.csv")
    used = table.filter(pc.is_valid(table.column("CommitmentDiscountStatus")))
    assert sorted(used.column("CommitmentDiscountType").to_pylist()) == [
        "Reservation",
        "Savings Plan",
    ]
    assert used.column("BilledCost").to_pylist() == [0, 0]
    assert all(v > 0 for v in used.column("EffectiveCost").to_pylist())
    assert set(used.column("CommitmentDiscountCategory").to_pylist()) == {"Usage", "Spend"}


def test_stated_cost_kind_wins(samples_dir: Path) -> None:
    path = samples_dir / "finops-toolkit/EA_AmortizedCost_Small.csv"
    table = normalise(path, {"cost_kind": "actual"})
    total = sum(raw_totals(path).values())
    assert Decimal(sum_nano(table.column("BilledCost"))) * NANO == total


def test_combine_actual_and_amortized_keeps_both_totals(samples_dir: Path) -> None:
    actual_path = samples_dir / "finops-toolkit/EA_ActualCost_Small.csv"
    amortized_path = samples_dir / "finops-toolkit/EA_AmortizedCost_Small.csv"
    actual, amortized = normalise(actual_path), normalise(amortized_path)
    combined = combine_azure_actual_amortized(actual, amortized)
    for cur, total in raw_totals(actual_path).items():
        rows = combined.filter(pc.equal(combined.column("BillingCurrency").cast(pa.string()), cur))
        assert Decimal(sum_nano(rows.column("BilledCost"))) * NANO == total
        assert (
            Decimal(sum_nano(rows.column("EffectiveCost"))) * NANO
            == raw_totals(amortized_path)[cur]
        )
    purchase = combined.filter(
        pc.equal(combined.column("ChargeCategory").cast(pa.string()), "Purchase")
    ).to_pylist()
    assert [(r["BilledCost"], r["EffectiveCost"]) for r in purchase] == [(3_250_000_000, 0)]
    assert combined.num_rows < actual.num_rows + amortized.num_rows  # matched rows merged


def test_combine_pairs_same_charge_and_is_not_double_counted(samples_dir: Path) -> None:
    """The same export read as actual and as amortized: every row pairs with its twin."""
    path = samples_dir / "finops-toolkit/EA_AmortizedCost_Small.csv"
    as_actual = normalise(path, {"cost_kind": "actual"})
    as_amortized = normalise(path, {"cost_kind": "amortized"})
    combined = combine_azure_actual_amortized(as_actual, as_amortized)
    assert combined.num_rows == as_actual.num_rows
    assert sum_nano(combined.column("BilledCost")) == sum_nano(as_actual.column("BilledCost"))
    assert sum_nano(combined.column("EffectiveCost")) == sum_nano(
        as_amortized.column("EffectiveCost")
    )


def test_opencost_templates_are_rejected_with_reason(samples_dir: Path) -> None:
    """Header-set/value fixtures without a currency (or with an empty template row) cannot
    be given money safely: the import says so instead of guessing USD."""
    for name, rows in (
        ("azure_headersets_BOM.csv", 1),
        ("azure_values_Template.csv", 87),
        ("azure_values_VirtualMachine.csv", 1),
    ):
        (report,) = inspect_file(samples_dir / "opencost-azure" / name)
        assert report.format_id == "azure-cost"
        assert report.status == "rejected" and report.rows_read == rows
        assert "no billing currency" in report.errors[0]


def test_ea_no_rows_imports_empty(samples_dir: Path) -> None:
    (report,) = inspect_file(samples_dir / "finops-toolkit/EA_NoRows.csv")
    assert report.errors == [] and report.format_id == "azure-cost"
    assert report.rows_read == 0 and report.currencies == {}
    assert any("no data rows" in warning for warning in report.warnings)
    engagement = Engagement()
    outcome = import_files(engagement, [samples_dir / "finops-toolkit/EA_NoRows.csv"])
    assert outcome.rows_added == 0 and outcome.reports[0].status == "imported"
    assert any("no data rows" in warning for warning in outcome.reports[0].warnings)


def test_date_order_proven_late_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first batches only have days <= 12 (month-first assumed); a later batch proves
    day-first: the whole file is read day-first, without the "assumed" warning."""
    from workbench.core.importing import reader

    batches = reader.OpenedSource.batches

    def small_blocks(self: reader.OpenedSource, columns: list[str], block_size: int = 0) -> object:
        return batches(self, columns, block_size=4096)

    monkeypatch.setattr(reader.OpenedSource, "batches", small_blocks)
    lines = ["Date,Cost,BillingCurrency,SubscriptionId,MeterCategory,ResourceGroup"]
    lines += [f"03/04/2024,1.5,EUR,sub-{i},Storage,rg" for i in range(400)]
    lines += ["25/04/2024,2,EUR,sub-x,Storage,rg"]
    path = tmp_path / "day-first-late.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (report,) = inspect_file(path)
    assert report.errors == [] and report.facts["date_order"] == "dmy"
    assert report.rows_read == 401 and report.currencies["EUR"].billed_cost == "602"
    assert report.period_start == "2024-04-03T00:00:00Z"
    assert not any("could not be proven" in w for w in report.warnings)


def test_mca_camel_case_and_localised_header(tmp_path: Path) -> None:
    header = [
        "Rechnungsdatum (date)", "Kosten (costInBillingCurrency)", "Währung (billingCurrency)",
        "Abrechnungsprofil (billingProfileId)", "Abo-ID (SubscriptionId)",
        "Verbrauchter Dienst (consumedService)", "Zählerkategorie (meterCategory)",
        "Preis (costInPricingCurrency)", "Tags (tags)", "Ressourcengruppe (resourceGroupName)",
    ]  # fmt: skip
    rows = [
        ["2024-02-03", "1.25", "EUR", "BP-1", "sub-1", "Microsoft.Storage", "Storage", "1.3",
         '{" team":"a"}', "rg1"],
        ["2024-02-04", "2.50", "EUR", "BP-1", "sub-1", "Microsoft.Storage", "Storage", "2.6", "",
         "rg1"],
    ]  # fmt: skip
    buf = io.StringIO()
    csv.writer(buf).writerows([header, *rows])
    path = tmp_path / "mca.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    (report,) = inspect_file(path)
    assert report.errors == [] and report.version == "mca"
    assert Decimal(str(report.currencies["EUR"].billed_cost)) == Decimal("3.75")
    table = normalise(path)
    assert table.column("BillingAccountId").to_pylist() == ["BP-1", "BP-1"]
    assert table.column("Tags").to_pylist()[0] == '{" team":"a"}'  # leading-space key kept raw
    assert table.column("ServiceCategory").to_pylist()[0] == "Storage"


def test_cost_analysis_xlsx(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["UsageDate", "ResourceId", "ResourceType", "ResourceGroupName", "ServiceName",
                  "Meter", "SubscriptionName", "Tags", "CostUSD", "Cost", "Currency"])  # fmt: skip
    vm = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    sheet.append(["2024-05-01", vm, "microsoft.compute/virtualmachines", "rg", "Virtual Machines",
                  "D2 v3", "Prod", '"env": "prod"', 1.1, 1.0123456789, "EUR"])  # fmt: skip
    sheet.append(["2024-05-02", "", "", "rg", "Storage", "LRS", "Prod", "", 0.55, 0.5, "EUR"])
    path = tmp_path / "cost-analysis.xlsx"
    book.save(path)
    (report,) = inspect_file(path)
    assert report.errors == [] and report.format_id == "azure-cost"
    assert report.version == "cost-analysis" and report.rows_read == 2
    assert Decimal(str(report.currencies["EUR"].billed_cost)) == Decimal("1.512345679")
    assert "env" in report.tag_keys
