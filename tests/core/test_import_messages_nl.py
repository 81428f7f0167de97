"""Every message the import engine writes has a Dutch rendering (and English stays English).

The messages are collected by running the real engine over every sample file and over
generated bad files; a new English message without a Dutch pattern fails here, printed.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

from workbench.core.demo import DemoFiles, write_demo_exports
from workbench.core.engagement import Engagement
from workbench.core.importing.messages_nl import localise_message
from workbench.core.importing.pipeline import (
    ImportFailed,
    OverlapDetected,
    import_files,
    inspect_file,
)
from workbench.core.importing.report import FileReport

HEADER = (
    "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,"
    "ProviderName,BillingAccountId,ChargeCategory"
)
SKIPPED_SAMPLES = frozenset({"manifest.tsv", "SOURCES.md"})


def _rows(month: str = "2026-03", cost: str = "1.10", currency: str = "EUR") -> list[str]:
    return [
        f"{cost},1.00,{currency},{month}-0{day}T00:00:00Z,{month}-0{day}T01:00:00Z,"
        "AWS,012345678901,Usage"
        for day in (1, 2, 3)
    ]


def _write(path: Path, lines: Iterable[str], newline: str = "\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def _messages(reports: Iterable[FileReport]) -> set[str]:
    found: set[str] = set()
    for report in reports:
        found.update(report.warnings, report.errors, report.detection_notes)
        found.update(str(row["reason"]) for row in report.rejected_rows)
    return found


def _generated_files(folder: Path) -> list[Path]:
    """Files that each make the engine say something (one problem per file)."""
    semicolon = [line.replace(",", ";") for line in [HEADER, *_rows(cost="1.10")]]
    no_currency = [HEADER.replace("BillingCurrency,", "")] + [
        r.replace("EUR,", "") for r in _rows()
    ]
    files = [
        _write(folder / "header_only.csv", [HEADER]),
        _write(folder / "decimal_comma.csv", [s.replace("1.", "1,") for s in semicolon]),
        _write(
            folder / "ambiguous_dates.csv",
            [HEADER, *(f"1.1,1,EUR,03/0{d}/2026,03/0{d}/2026,AWS,1,Usage" for d in (1, 2))],
        ),
        _write(
            folder / "mixed_order.csv",
            [
                HEADER,
                "1,1,EUR,13/03/2026,13/03/2026,AWS,1,Usage",
                "1,1,EUR,03/14/2026,,AWS,1,Usage",
            ],
        ),
        _write(folder / "ragged.csv", [HEADER, *_rows(), "1,1,EUR,2026-03-04,,AWS,1,Usage,x"]),
        _write(
            folder / "wrong_case.csv", [HEADER, *(r.replace("Usage", "usage") for r in _rows())]
        ),
        _write(folder / "not_a_number.csv", [HEADER, *_rows(cost="abc")]),
        _write(
            folder / "two_currencies.csv",
            [HEADER, *_rows(), *_rows("2026-04", currency="USD")],
        ),
        _write(folder / "no_currency_column.csv", no_currency),
        _write(
            folder / "missing_required.csv",
            ["BilledCost,ChargePeriodStart,ProviderName,ServiceName", "1,2026-03-01,AWS,S3"],
        ),
        _write(folder / "ignored_column.csv", [HEADER + ",Colour", *(r + ",red" for r in _rows())]),
        _write(folder / "title_rows.csv", ["Cost report", "", HEADER, *_rows()]),
        _write(
            folder / "duplicate_columns.csv",
            [HEADER + ",ProviderName", *(r + ",AWS" for r in _rows())],
        ),
        _write(
            folder / "hour_24.csv",
            [HEADER, "1,1,EUR,2026-03-01T00:00:00Z,2026-03-01T24:00:00Z,AWS,1,Usage"],
        ),
        _write(folder / "generic.csv", ["Datum,Bedrag,Omschrijving", "2026-03-01,12.50,licentie"]),
    ]
    mixed = folder / "mixed_newlines.csv"
    mixed.write_bytes(("\r\n".join([HEADER, *_rows()[:2]]) + "\n" + _rows()[2] + "\n").encode())
    (folder / "empty.csv").write_bytes(b"\n\n")
    with zipfile.ZipFile(folder / "no_data.zip", "w") as archive:
        archive.writestr("folder/", "")
    (folder / "damaged.zip").write_bytes(b"PK\x03\x04 not really a zip archive")
    extra = ["mixed_newlines.csv", "empty.csv", "no_data.zip", "damaged.zip"]
    return [*files, *(folder / name for name in extra)]


def _history_messages(folder: Path) -> set[str]:
    """Duplicate import, overlap (asked, kept, replaced): messages of an engagement."""
    found: set[str] = set()
    first = _write(folder / "march.csv", [HEADER, *_rows()])
    second = _write(folder / "march_again.csv", [HEADER, *_rows(cost="2.20")])
    engagement = Engagement()
    import_files(engagement, [first])
    found |= _messages(import_files(engagement, [first]).reports)  # duplicate
    with pytest.raises(OverlapDetected) as asked:
        import_files(engagement, [second])
    found.update(o.message() for o in asked.value.overlaps)
    kept = Engagement()
    import_files(kept, [first])
    found |= _messages(import_files(kept, [second], overlap_policy="keep-both").reports)
    import_files(engagement, [second], overlap_policy="replace")
    for entry in engagement.section("imports", []):
        found.update(entry.get("warnings", []))
    return found


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> DemoFiles:
    return write_demo_exports(tmp_path_factory.mktemp("demo-exports"))


def _demo_messages(demo: DemoFiles, folder: Path) -> set[str]:
    """The Azure actual + amortized pair, and a big file with one unreadable cost."""
    engagement = Engagement()
    outcome = import_files(engagement, [demo.azure_actual, demo.azure_amortized])
    found = _messages(outcome.reports)
    with demo.azure_actual.open(encoding="utf-8-sig", newline="") as source:
        records = list(csv.reader(source))
    records[5][records[0].index("Cost")] = "abc"
    damaged = folder / "azure_one_bad_cost.csv"
    with damaged.open("w", encoding="utf-8", newline="") as target:
        csv.writer(target).writerows(records)
    found |= _messages(inspect_file(damaged))
    found |= _messages(inspect_file(demo.aws_cur[0]))
    found |= _messages(inspect_file(demo.gcp_billing))
    return found


def _assert_all_dutch(messages: set[str]) -> None:
    missing = sorted(m for m in messages if localise_message(m, "nl") == m)
    assert not missing, "no Dutch rendering for:\n" + "\n".join(missing)
    for text in messages:
        assert localise_message(text, "en") == text


def test_every_sample_file_message_has_dutch(samples_dir: Path) -> None:
    files = [p for p in sorted(samples_dir.rglob("*")) if p.is_file()]
    files = [p for p in files if p.name not in SKIPPED_SAMPLES]
    assert files
    messages = _messages(r for path in files for r in inspect_file(path))
    assert len(messages) > 20  # the samples say a lot: warnings, notes, rejections
    _assert_all_dutch(messages)


def test_every_generated_bad_file_message_has_dutch(
    tmp_path: Path, demo_exports: DemoFiles
) -> None:
    messages = _messages(r for path in _generated_files(tmp_path) for r in inspect_file(path))
    messages |= _history_messages(tmp_path)
    messages |= _demo_messages(demo_exports, tmp_path)
    with pytest.raises(ImportFailed) as failed:
        import_files(Engagement(), [tmp_path / "not_a_number.csv"])
    messages |= _messages(failed.value.reports)
    for needle in (
        "no data rows",
        "assumed month first",
        "mixed day/month order",
        "fields, the header has",
        "wrong case",
        "currencies found",
        "already imported",
        "overlaps 2026-03 with file march.csv",
        "replaced by march_again.csv",
        "combined with zuiderzee-ea-amortizedcost",
        "unreadable row(s) left out",
        "needs a column mapping",
        "title row(s)",
        "line endings",
        "duplicate column name",
        "hour 24",
        "the file is empty",
        "damaged zip",
    ):
        assert any(needle in m for m in messages), f"no generated message says {needle!r}"
    _assert_all_dutch(messages)


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        (
            "march.csv: row 12, column BilledCost: not a decimal number ('abc')",
            "march.csv: rij 12, kolom BilledCost: geen decimaal getal ('abc')",
        ),
        (
            "big.csv: row 1, column BillingCurrency: no billing currency (the file has no "
            "BillingCurrency) (and 1234 more rejected row(s))",
            "big.csv: rij 1, kolom BillingCurrency: geen factuurvaluta (het bestand heeft geen "
            "BillingCurrency) (en nog 1.234 afgekeurde rijen)",
        ),
        (
            "1 unreadable row(s) left out (first: azure.csv: row 5, column "
            "CostInBillingCurrency: not a number); totals exclude them",
            "1 onleesbare rij weggelaten (eerste: azure.csv: rij 5, kolom "
            "CostInBillingCurrency: geen getal); de totalen tellen die rij niet mee",
        ),
        (
            "overlaps 2026-03, 2026-04 with file march.csv (AWS|012345678901)",
            "overlapt in 2026-03, 2026-04 met bestand march.csv (AWS|012345678901)",
        ),
        (
            "the day/month order of Date could not be proven from the data (no day above 12 "
            "in any date); assumed month first",
            "de volgorde van dag en maand in Date blijkt niet uit de gegevens (geen datum heeft "
            "een dag boven 12); aangenomen is dat de maand eerst staat",
        ),
        (
            "skipped 1 title row(s) above the header",
            "1 titelrij boven de kopregel overgeslagen",
        ),
        (
            "also matched with the same confidence 0.85: FOCUS 1.0 (focus); chose Azure Cost "
            "Management (2024) (registry order prefers more specific formats)",
            "ook herkend met dezelfde zekerheid 0,85: FOCUS 1.0 (focus); gekozen is Azure Cost "
            "Management (2024) (specifiekere formaten gaan voor)",
        ),
        (
            "x.csv: not a recognised billing export; it needs a column mapping (could not "
            "place: date, currency (a column or a fixed currency))",
            "x.csv: geen herkende factuurexport; koppel eerst de kolommen (niet te plaatsen: "
            "datum, valuta (een kolom of een vaste valuta))",
        ),
    ],
)
def test_exact_dutch_sentences(english: str, dutch: str) -> None:
    assert localise_message(english, "nl") == dutch
    assert localise_message(english, "en") == english


@pytest.mark.parametrize(
    "english",
    [
        "a message the engine never wrote",
        # a known wrapper around an unknown reason: no half-Dutch sentence
        "x.csv: row 3, column Cost: something new went wrong",
        "3 unreadable row(s) left out (first: something new); totals exclude them",
    ],
)
def test_unknown_messages_stay_english(english: str) -> None:
    assert localise_message(english, "nl") == english
