"""``kpis`` and ``export`` commands in-process, on an engagement saved in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest
from openpyxl import load_workbook

from workbench.cli import main
from workbench.core.analysis import kpis_output
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.engagement import Engagement, save
from workbench.core.money import nano_to_str


@pytest.fixture(scope="module")
def costs() -> pa.Table:
    return synthetic_costs(SyntheticShape(rows=6_000, tag_sets=30, profiles=120))


@pytest.fixture
def saved(tmp_path: Path, costs: pa.Table) -> Path:
    engagement = Engagement()
    engagement.meta.client = "Acme"
    engagement.meta.currency = "EUR"
    engagement.set_costs(costs)
    path = tmp_path / "acme.fwb"
    save(engagement, path)
    return path


def _run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_kpis_json_contract(saved: Path, costs: pa.Table, capsys: pytest.CaptureFixture) -> None:
    doc = _run_json(
        capsys, "kpis", str(saved), "--json", "--from", "2025-10", "--to", "2025-12", "--lang", "en"
    )
    assert list(doc)[:6] == [
        "engagement",
        "period",
        "kpis",
        "monthly_totals",
        "by_service",
        "by_account",
    ]
    assert doc["engagement"]["client"] == "Acme" and doc["engagement"]["rows"] == 6_000
    assert doc["period"] == {
        "start": "2025-10-01",
        "end_exclusive": "2026-01-01",
        "metric": "billed",
        "data_last_full_day": "2025-12-31",
    }
    monthly: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    services: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in costs.to_pylist():
        day = row["ChargePeriodStart"].date()
        if day >= dt.date(2025, 10, 1):
            monthly[row["BillingCurrency"]][day.strftime("%Y-%m")] += row["BilledCost"]
            services[row["BillingCurrency"]][row["ServiceName"]] += row["BilledCost"]
    assert doc["monthly_totals"] == {
        cur: {m: nano_to_str(v) for m, v in sorted(months.items())}
        for cur, months in monthly.items()
    }
    kpis = {k["id"]: k for k in doc["kpis"]}
    for kpi in doc["kpis"]:
        assert {"id", "value", "unit", "formula_id", "label", "formula"} <= set(kpi)
    total = kpis["total_spend"]
    assert total["currency"] == "EUR" and total["unit"] == "money"
    assert Decimal(total["value"]) == Decimal(nano_to_str(sum(monthly["EUR"].values())))
    assert set(total["details"]["by_currency"]) == {"EUR", "USD"}
    assert kpis["savings_potential"]["value"] is None
    assert kpis["savings_potential"]["reason"] == "analysis not built yet"
    eur = doc["by_service"]["EUR"]
    top = max(services["EUR"].items(), key=lambda kv: kv[1])
    assert eur["items"][0]["name"] == top[0]
    assert eur["items"][0]["amount"] == nano_to_str(top[1])
    assert doc["by_account"]["USD"]["total"] == nano_to_str(sum(monthly["USD"].values()))


def test_kpis_labels_in_dutch_and_readable_summary(
    saved: Path, capsys: pytest.CaptureFixture
) -> None:
    doc = _run_json(capsys, "kpis", str(saved), "--json", "--lang", "nl")
    labels = {k["id"]: k["label"] for k in doc["kpis"]}
    assert labels["total_spend"] == "Totale uitgaven"
    assert main(["kpis", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "Totale uitgaven" in out and "monthly totals EUR" in out


@pytest.fixture
def extra_block() -> Iterator[None]:
    @kpis_output.register_block("test_block")
    def _block(ctx: kpis_output.BlockContext) -> dict:
        return {"rows": ctx.engagement.costs.num_rows}

    yield
    del kpis_output._BLOCKS["test_block"]


def test_other_features_add_blocks_without_editing_the_command(
    saved: Path, capsys: pytest.CaptureFixture, extra_block: None
) -> None:
    doc = _run_json(capsys, "kpis", str(saved), "--json")
    assert doc["test_block"] == {"rows": 6_000}


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2025-13"],
        ["--from", "2025-10", "--to", "2025-09"],
    ],
)
def test_bad_input_exits_2(saved: Path, args: list[str], capsys: pytest.CaptureFixture) -> None:
    assert main(["kpis", str(saved), "--json", *args]) == 2
    assert "error" in capsys.readouterr().err
    assert main(["kpis", str(saved.with_name("missing.fwb"))]) == 2


def test_export_explorer_xlsx_and_csv(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "explorer.xlsx"
    assert (
        main(
            [
                "export",
                str(saved),
                "--explorer",
                str(out),
                "--rows",
                "ProviderName,tag:env",
                "--from",
                "2025-11",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    book = load_workbook(out)
    assert book.sheetnames == ["Cost explorer EUR", "Cost explorer USD", "About"]
    sheet = book["Cost explorer EUR"]
    assert [c.value for c in sheet[1]] == [
        "ProviderName",
        "Tag: env",
        "2025-11",
        "2025-12",
        "Total",
    ]
    assert main(["export", str(saved), "--explorer", str(tmp_path / "x.csv")]) == 2
    assert main(["export", str(saved), "--explorer", str(out), "--rows", "Nope"]) == 2
    capsys.readouterr()
