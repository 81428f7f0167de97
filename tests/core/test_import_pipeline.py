"""Import into an engagement: duplicates, transactions, cancel, overlaps, remove, presets, CLI."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.engagement import Engagement, load, save
from workbench.core.importing.base import ImportCancelled
from workbench.core.importing.pipeline import (
    IMPORTS_SECTION,
    ImportFailed,
    NeedsMapping,
    OverlapDetected,
    import_files,
    inspect_file,
    remove_import,
)

HEADER = (
    "BilledCost,EffectiveCost,ListCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,"
    "BillingPeriodStart,BillingPeriodEnd,ProviderName,BillingAccountId,ChargeCategory,Tags"
)


def focus_file(
    path: Path, month: str = "2026-03", account: str = "012345678901", rows: int = 3, **bad: str
) -> Path:
    lines = [HEADER]
    for i in range(rows):
        tags = '"{""env"": ""prod"", "" team"": ""a""}"' if i % 2 else ""
        cost = bad.get("cost", "1.10") if i == rows - 1 else "1.10"
        tag_cell = bad.get("tags", tags) if i == rows - 1 else tags
        lines.append(
            f"{cost},1.00,1.20,EUR,{month}-0{i + 1}T00:00:00Z,{month}-0{i + 1}T01:00:00Z,"
            f"{month}-01T00:00:00Z,,AWS,{account},usage,{tag_cell}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _bytes(engagement: Engagement, path: Path) -> bytes:
    save(engagement, path)
    return path.read_bytes()


def test_import_then_duplicate_adds_nothing(tmp_path: Path) -> None:
    engagement = Engagement()
    outcome = import_files(engagement, [focus_file(tmp_path / "a.csv")])
    assert outcome.rows_added == 3
    report = outcome.reports[0]
    assert report.status == "imported" and report.currencies["EUR"].billed_cost == "3.3"
    assert report.tag_keys == [" team", "env"]
    assert any("wrong case" in w for w in report.warnings)
    assert engagement.costs.column("ChargeCategory").cast("string").to_pylist() == ["Usage"] * 3
    assert engagement.costs.column("BillingAccountId").cast("string")[0].as_py() == "012345678901"
    again = import_files(engagement, [tmp_path / "a.csv"])
    assert again.rows_added == 0 and again.duplicates == ["a.csv"]
    assert engagement.costs.num_rows == 3
    assert len(engagement.section(IMPORTS_SECTION)) == 1


@pytest.mark.parametrize(
    ("bad", "needle"), [({"cost": "x1"}, "BilledCost"), ({"tags": "{oops"}, "Tags")]
)
def test_rejected_file_leaves_engagement_byte_identical(
    tmp_path: Path, bad: dict[str, str], needle: str
) -> None:
    engagement = Engagement()
    import_files(engagement, [focus_file(tmp_path / "good.csv")])
    before = _bytes(engagement, tmp_path / "before.fwb")
    revision = engagement.revision
    with pytest.raises(ImportFailed) as caught:
        import_files(
            engagement, [focus_file(tmp_path / "bad.csv", "2026-04", "012345678901", 3, **bad)]
        )
    assert f"row 3, column {needle}" in str(caught.value)
    assert engagement.revision == revision
    after = _bytes(engagement, tmp_path / "after.fwb")
    # saved_at differs between saves; compare everything else in the archive
    assert load(tmp_path / "before.fwb").costs.equals(load(tmp_path / "after.fwb").costs)
    assert load(tmp_path / "before.fwb").sections == load(tmp_path / "after.fwb").sections
    assert len(before) == len(after)


def test_cancel_leaves_engagement_unchanged(tmp_path: Path) -> None:
    engagement = Engagement()
    with pytest.raises(ImportCancelled):
        import_files(engagement, [focus_file(tmp_path / "a.csv")], is_cancelled=lambda: True)
    assert engagement.costs.num_rows == 0 and engagement.sections == {} and engagement.revision == 0


def test_overlap_ask_keep_both_replace(tmp_path: Path) -> None:
    engagement = Engagement()
    first = import_files(engagement, [focus_file(tmp_path / "march.csv")]).reports[0]
    other = focus_file(tmp_path / "march_again.csv", rows=2)
    with pytest.raises(OverlapDetected) as caught:
        import_files(engagement, [other])
    assert caught.value.overlaps[0].months == ("2026-03",)
    assert engagement.costs.num_rows == 3
    replaced = import_files(engagement, [other], overlap_policy="replace")
    assert replaced.replaced == ["march.csv"]
    ids = engagement.costs.column("x_SourceFileId").cast("string").to_pylist()
    assert first.file_id not in ids and engagement.costs.num_rows == 2
    focus_file(tmp_path / "other_account.csv", account="999")
    kept = import_files(engagement, [tmp_path / "other_account.csv"], overlap_policy="keep-both")
    assert kept.rows_added == 3


def test_remove_import_and_reimport(tmp_path: Path) -> None:
    engagement = Engagement()
    report = import_files(engagement, [focus_file(tmp_path / "a.csv")]).reports[0]
    assert remove_import(engagement, report.file_id) == 3
    assert engagement.costs.num_rows == 0 and engagement.section(IMPORTS_SECTION) == []
    assert import_files(engagement, [tmp_path / "a.csv"]).rows_added == 3


def test_generic_file_needs_mapping_then_preset_imports(tmp_path: Path) -> None:
    from workbench.core.importing.adapters.generic import save_preset, suggest_mapping

    path = tmp_path / "kosten.csv"
    path.write_text(
        "Datum;Bedrag;Rekening\n31-01-2024;1.234,56;000123\n01-02-2024;10,00;000123\n",
        encoding="utf-8",
    )
    engagement = Engagement()
    with pytest.raises(ImportFailed) as caught:
        import_files(engagement, [path])
    assert "column mapping" in str(caught.value)
    report = inspect_file(path)[0]
    assert report.status == "needs-mapping"
    from workbench.core.importing.reader import list_sources, open_source

    sample = open_source(list_sources(path)[0]).sample()
    assert isinstance(
        NeedsMapping("kosten.csv", sample, suggest_mapping(sample)), ImportFailed.__mro__[1]
    )
    preset = suggest_mapping(sample)
    assert (preset.date, preset.cost, preset.account) == ("Datum", "Bedrag", "Rekening")
    preset.fixed_currency = "EUR"
    save_preset(preset, engagement)
    outcome = import_files(engagement, [path])
    assert outcome.reports[0].currencies["EUR"].billed_cost == "1244.56"
    assert outcome.reports[0].period_start == "2024-01-31T00:00:00Z"  # day-first proven by 31
    # the user-level presets file makes the next engagement import without questions
    assert inspect_file(path)[0].format_id == "generic"


def _cli(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(args)
    return code, out.getvalue()


def test_cli_inspect_json_contract(tmp_path: Path) -> None:
    good = focus_file(tmp_path / "good.csv")
    code, text = _cli(["inspect", str(good), "--json"])
    assert code == 0
    files = json.loads(text)["files"]
    assert list(files[0]) == [
        "path",
        "format",
        "version",
        "rows",
        "rejected_rows",
        "currencies",
        "period",
        "tag_keys",
        "warnings",
        "errors",
    ]
    assert files[0]["currencies"]["EUR"] == {
        "billed_cost": "3.3",
        "effective_cost": "3",
        "list_cost": "3.6",
    }
    assert files[0]["period"] == {"start": "2026-03-01T00:00:00Z", "end": "2026-03-03T01:00:00Z"}
    bad = focus_file(tmp_path / "bad.csv", cost="abc")
    code, text = _cli(["inspect", str(good), str(bad), "--json"])
    assert code == 2
    files = json.loads(text)["files"]
    assert files[0]["errors"] == [] and "row 3, column BilledCost" in files[1]["errors"][0]
    code, text = _cli(["inspect", str(good)])
    assert code == 0 and "EUR" in text


def test_cli_import_creates_and_saves(tmp_path: Path) -> None:
    target = tmp_path / "client.fwb"
    code, text = _cli(["import", str(target), str(focus_file(tmp_path / "a.csv")), "--json"])
    assert code == 0 and json.loads(text)["saved"] is True
    assert load(target).costs.num_rows == 3
    code, _ = _cli(["import", str(target), str(focus_file(tmp_path / "b.csv", rows=2))])
    assert code == 2  # overlap without --overlap
    code, _ = _cli(["import", str(target), str(tmp_path / "b.csv"), "--overlap", "keep-both"])
    assert code == 0 and load(target).costs.num_rows == 5
