"""The reader on generated real-world files: encodings, delimiters, decimal comma, ragged
rows, multi-line cells, containers (gz, zip, xlsx with title rows, parquet with maps)."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from workbench.core.importing.reader import OpenedSource, list_sources, open_source

HEADER = "AccountId,Date,Cost,Note"
ROWS = ["012345678901,2024-03-01,1.50,plain", "000000000007,2024-03-02,2.25,other"]


def _open(path: Path) -> OpenedSource:
    sources = list_sources(path)
    assert len(sources) == 1
    return open_source(sources[0])


def _read(
    opened: OpenedSource, columns: list[str] | None = None
) -> tuple[dict[str, list[object]], list[int]]:
    wanted = columns or list(opened.header)
    data: dict[str, list[object]] = {c: [] for c in wanted}
    firsts = []
    for batch in opened.batches(wanted):
        firsts.append(batch.first_row)
        for c in wanted:
            data[c].extend(batch.table.column(c).to_pylist())
    return data, firsts


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "\r\n".join([HEADER, *ROWS, "000000000008,2024-03-03,3.00,café €"]) + "\r\n"
    path = tmp_path / "export.txt"
    path.write_bytes(bom + text.encode(encoding))
    opened = _open(path)
    assert opened.header == ("AccountId", "Date", "Cost", "Note")
    data, _ = _read(opened)
    assert data["AccountId"] == ["012345678901", "000000000007", "000000000008"]
    assert data["Note"][-1] == "café €"


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiters_and_decimal_comma(tmp_path: Path, delimiter: str) -> None:
    lines = [
        delimiter.join(["Datum", "Kosten", "Omschrijving"]),
        delimiter.join(["01-03-2024", "1.234,56", '"met; en | erin"']),
        delimiter.join(["02-03-2024", "7,5", "x"]),
    ]
    path = tmp_path / "nl.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened = _open(path)
    assert opened.dialect.delimiter == delimiter
    assert opened.dialect.decimal_comma is True
    data, _ = _read(opened)
    assert data["Kosten"] == ["1.234,56", "7,5"]


def test_dot_decimal_semicolon_file_is_not_decimal_comma(tmp_path: Path) -> None:
    path = tmp_path / "dot.csv"
    path.write_text("a;b\n1.50;x\n1234.5;y\n", encoding="utf-8")
    assert _open(path).dialect.decimal_comma is False


def test_ragged_rows_multiline_cells_and_exact_row_numbers(tmp_path: Path) -> None:
    text = (
        "A,B,C\r\n"
        '1,"line one\nline two",x\n'  # record 1 spans two lines
        "2,short\r\n"  # record 2: short, padded with null
        '3,"{""k"": ""v""}",z\n'  # record 3: JSON with doubled quotes
        "4,too,many,fields\n"  # record 4: long, rejected
        "5,b,c\n"
    )
    path = tmp_path / "ragged.csv"
    path.write_text(text, encoding="utf-8", newline="")
    opened = _open(path)
    data, _ = _read(opened)
    assert data["A"] == ["1", "2", "3", "5"]
    assert data["B"][0] == "line one\nline two"
    assert data["C"][1] is None
    assert json.loads(str(data["B"][2])) == {"k": "v"}
    assert [(r.row, r.reason) for r in opened.rejected] == [
        (4, "row has 4 fields, the header has 3")
    ]
    assert opened.rows_read == 5
    assert any("mixes Windows (CRLF)" in w for w in opened.warnings)


def test_row_numbers_after_fallback_are_contiguous(tmp_path: Path) -> None:
    body = [f"{i},v{i}" for i in range(1, 30)] + ["30"] + [f"{i},v{i}" for i in range(31, 41)]
    path = tmp_path / "late_ragged.csv"
    path.write_text("\n".join(["N,V", *body]) + "\n", encoding="utf-8")
    opened = _open(path)
    rows: list[tuple[int, str]] = []
    for batch in opened.batches(["N"]):
        rows.extend(
            (batch.first_row + i, v) for i, v in enumerate(batch.table.column("N").to_pylist())
        )
    assert all(str(number) == value for number, value in rows)
    assert len(rows) == 40


def test_duplicate_and_localised_headers(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_text(
        "Abonnement-GUID (SubscriptionGuid),Kosten (PreTaxCost),Datum (UsageDateTime),Tags,Tags\n"
        "abc,1.5,2024-01-01,x,y\n",
        encoding="utf-8",
    )
    opened = _open(path)
    assert opened.header == ("SubscriptionGuid", "PreTaxCost", "UsageDateTime", "Tags", "Tags_2")
    assert opened.raw_header[0] == "Abonnement-GUID (SubscriptionGuid)"
    assert any("duplicate" in w for w in opened.warnings)
    assert any("localised" in w for w in opened.warnings)


def test_gzip_and_zip_by_content_not_name(tmp_path: Path) -> None:
    text = "\n".join([HEADER, *ROWS]) + "\n"
    gz = tmp_path / "looks_like.csv"  # gzip content, misleading name
    gz.write_bytes(gzip.compress(text.encode()))
    assert list_sources(gz)[0].kind == "gzip"
    assert _read(_open(gz))[0]["AccountId"] == ["012345678901", "000000000007"]
    archive = tmp_path / "delivery.bin"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("part-1.csv", text)
        zf.writestr("part-2.csv.gz", gzip.compress(text.encode()))
        zf.writestr("folder/", "")
    sources = list_sources(archive)
    assert [s.name for s in sources] == ["delivery.bin!part-1.csv", "delivery.bin!part-2.csv.gz"]
    for source in sources:
        data, _ = _read(open_source(source))
        assert data["Cost"] == ["1.50", "2.25"]


def test_xlsx_with_title_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Cost analysis"])
    ws.append(["Scope: subscription X"])
    ws.append([])
    ws.append(["UsageDate", "ServiceName", "CostUSD", "SubscriptionId"])
    ws.append(["2024-03-01", "Storage", 1.5, "012345"])
    ws.append(["2024-03-02", "Compute", 10, "012345"])
    path = tmp_path / "download.xlsx"
    wb.save(path)
    opened = _open(path)
    assert opened.source.kind == "xlsx"
    assert opened.header == ("UsageDate", "ServiceName", "CostUSD", "SubscriptionId")
    data, firsts = _read(opened)
    assert data["CostUSD"] == ["1.5", "10"]
    assert data["SubscriptionId"] == ["012345", "012345"]
    assert firsts == [1]


def test_parquet_map_columns_become_json(tmp_path: Path) -> None:
    tags = pa.array(
        [[("user_owner", 'a"b'), ("env", "prod")], None, []], type=pa.map_(pa.string(), pa.string())
    )
    table = pa.table(
        {
            "line_item_unblended_cost": pa.array([0.1, 2.0, 1e-7]),
            "resource_tags": tags,
            "line_item_usage_start_date": pa.array([1_700_000_000_000] * 3, pa.timestamp("ms")),
            "line_item_usage_account_id": pa.array(["012345678901"] * 3),
        }
    )
    path = tmp_path / "cur2.parquet"
    pq.write_table(table, path)
    opened = _open(path)
    data, _ = _read(opened)
    assert data["line_item_unblended_cost"] == ["0.1", "2", "1e-7"]
    assert json.loads(str(data["resource_tags"][0])) == {"user_owner": 'a"b', "env": "prod"}
    assert data["resource_tags"][1] is None and data["resource_tags"][2] == "{}"
    assert data["line_item_usage_account_id"][0] == "012345678901"
    batch = next(opened.batches(["line_item_usage_start_date", "missing"]))
    assert pa.types.is_timestamp(batch.table.column(0).type)
    assert batch.table.column("missing").null_count == 3


@pytest.mark.parametrize("blank_lines", [0, 1, 3])
def test_title_and_blank_lines_above_the_header(tmp_path: Path, blank_lines: int) -> None:
    """A report title, blank lines, then the table: the header is never read as data."""
    path = tmp_path / "titled.csv"
    lines = ["Cost report for Contoso", *[""] * blank_lines, HEADER, *ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened = _open(path)
    assert opened.header == tuple(HEADER.split(","))
    data, firsts = _read(opened)
    assert data["AccountId"] == ["012345678901", "000000000007"]
    assert firsts == [1]
    assert "skipped 1 title row(s) above the header" in opened.warnings


def test_title_blank_line_and_a_ragged_row_fall_back_at_the_right_line(tmp_path: Path) -> None:
    path = tmp_path / "titled_ragged.csv"
    body = [f"{i},v{i}" for i in range(1, 30)] + ["30"] + [f"{i},v{i}" for i in range(31, 41)]
    path.write_text("\n".join(["Title", "", "N,V", *body]) + "\n", encoding="utf-8")
    rows: list[tuple[int, str]] = []
    for batch in _open(path).batches(["N"]):
        rows.extend(
            (batch.first_row + i, v) for i, v in enumerate(batch.table.column("N").to_pylist())
        )
    assert [str(number) for number, _ in rows] == [value for _, value in rows]
    assert len(rows) == 40
