"""Parallel segment reading gives exactly what the serial reader gives: rows, row numbers,
rejected rows, warnings and the content hash, also where it has to hand over."""

from __future__ import annotations

import csv
import hashlib
import io
import random
from pathlib import Path

import pyarrow as pa
import pytest

from workbench.core.importing.base import ImportRejected
from workbench.core.importing.reader import BLOCK_SIZE, list_sources, open_source
from workbench.core.importing.textbatches import text_batches

NEVER: int = 2**62


def _read(path: Path, *, segment_bytes: int | None) -> dict[str, object]:
    opened = open_source(list_sources(path)[0])
    wanted = list(opened.header)
    parallel = {"segment_bytes": segment_bytes, "min_parallel_bytes": 0} if segment_bytes else {}
    batches = list(
        text_batches(
            opened,
            wanted,
            BLOCK_SIZE,
            **({"min_parallel_bytes": NEVER} if segment_bytes is None else parallel),
        )
    )
    numbers: list[int] = []  # the source record number of every row
    rows: list[dict[str, object]] = []
    for batch in batches:
        numbers.extend(range(batch.first_row, batch.first_row + batch.table.num_rows))
        rows.extend(batch.table.select(wanted).to_pylist())
    return {
        "rows": rows,
        "numbers": numbers,
        "rows_read": opened.rows_read,
        "rejected": opened.rejected,
        "warnings": opened.warnings,
        "hash": opened.content_hash,
    }


def _check_same(path: Path, segment_bytes: int) -> dict[str, object]:
    serial = _read(path, segment_bytes=None)
    parallel = _read(path, segment_bytes=segment_bytes)
    for key in ("rows", "numbers", "rows_read", "rejected", "warnings"):
        assert parallel[key] == serial[key], key
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert parallel["hash"] in (digest, None)  # None only after a hand-over (then recomputed)
    return parallel


_CELLS = [
    "plain",
    "",
    "12.50",
    "with,comma",
    'say "hi"',
    "two\nlines",
    "crlf\r\nline",
    "NULL",
    " spaced ",
    "é ünï",
    '"',
    "\n",
]


def _rfc_file(tmp_path: Path, seed: int, rows: int, newline: str = "\n") -> Path:
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(["Id", "Name", "Cost", "Note"])
    for i in range(rows):
        writer.writerow([str(i), rng.choice(_CELLS), f"{rng.random():.4f}", rng.choice(_CELLS)])
    path = tmp_path / f"rfc_{seed}.csv"
    path.write_bytes(out.getvalue().encode())
    return path


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("segment_bytes", [40, 300, 4096])
def test_quoted_newlines_and_quotes_split_like_the_serial_reader(
    tmp_path: Path, seed: int, segment_bytes: int
) -> None:
    path = _rfc_file(tmp_path, seed, 120, newline=random.Random(seed).choice(["\n", "\r\n"]))
    result = _check_same(path, segment_bytes)
    assert result["hash"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result["rows_read"] == 120


@pytest.mark.parametrize("seed", range(6))
def test_stray_quotes_in_unquoted_values_never_change_the_rows(tmp_path: Path, seed: int) -> None:
    """A quote inside an unquoted value breaks the quote count the cuts are chosen by; the
    sentinel check must catch every wrong cut (the serial reader takes over)."""
    rng = random.Random(seed)
    lines = ["Id,Screen,Note"]
    for i in range(150):
        screen = rng.choice(['15" laptop', "plain", 'a"b"c', '"quoted, fine"', "x"])
        note = rng.choice(['"multi\nline"', "n", '"a ""b"" c"', ""])
        lines.append(f"{i},{screen},{note}")
    path = tmp_path / "stray.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode())
    for segment_bytes in (30, 64, 200, 1000):
        _check_same(path, segment_bytes)


def test_title_rows_blank_lines_bom_and_no_final_newline(tmp_path: Path) -> None:
    body = "Report title\n\nGenerated today\nId,Cost,Note\n1,2.5,a\n\n2,3.5,b\n3,4.5,c"
    path = tmp_path / "titled.csv"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    for segment_bytes in (8, 20, 64):
        result = _check_same(path, segment_bytes)
        assert result["rows_read"] == 3


def test_ragged_rows_hand_over_with_the_same_rejections(tmp_path: Path) -> None:
    lines = ["A,B,C"] + [f"{i},x,y" for i in range(200)]
    lines[120] = "short,row"
    lines[150] = "too,many,fields,here"
    path = tmp_path / "ragged.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode())
    for segment_bytes in (50, 500, 5000):
        result = _check_same(path, segment_bytes)
        assert result["rejected"], "the long row is rejected"


def test_semicolons_and_cr_only_lines(tmp_path: Path) -> None:
    semi = tmp_path / "semi.csv"
    semi.write_bytes(("A;B\n" + "".join(f"{i};v{i}\n" for i in range(100))).encode())
    _check_same(semi, 64)
    cr_only = tmp_path / "cr.csv"
    cr_only.write_bytes(("A,B\r" + "".join(f"{i},v{i}\r" for i in range(100))).encode())
    result = _check_same(cr_only, 64)  # no \n at all: never cut, read serially
    assert result["rows_read"] == 100


def test_segment_buffers_are_not_referenced_by_the_tables(tmp_path: Path) -> None:
    """Buffers are reused for later segments: parsed values must be copies."""
    path = _rfc_file(tmp_path, 99, 2000)
    opened = open_source(list_sources(path)[0])
    wanted = list(opened.header)
    batches = list(
        text_batches(opened, wanted, BLOCK_SIZE, segment_bytes=256, min_parallel_bytes=0)
    )
    table = pa.concat_tables([b.table for b in batches])
    serial = _read(path, segment_bytes=None)["rows"]
    assert table.select(wanted).to_pylist() == serial


def test_stopping_early_closes_the_parse_pool(tmp_path: Path) -> None:
    import threading

    path = _rfc_file(tmp_path, 7, 3000)
    opened = open_source(list_sources(path)[0])
    batches = text_batches(
        opened, list(opened.header), BLOCK_SIZE, segment_bytes=512, min_parallel_bytes=0
    )
    first = next(batches)
    assert first.first_row == 1 and first.table.num_rows > 0
    batches.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("import-parse")]
    assert opened.content_hash is None  # not read to the end: no hash claimed


def test_segments_of_only_blank_lines_give_no_empty_batches(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(("A,B\n1,x\n" + "\n" * 500 + "2,y\n" + "\n" * 300).encode())
    for segment_bytes in (16, 64):
        opened = open_source(list_sources(path)[0])
        batches = list(
            text_batches(
                opened, ["A", "B"], BLOCK_SIZE, segment_bytes=segment_bytes, min_parallel_bytes=0
            )
        )
        assert all(b.table.num_rows for b in batches)
        assert [r for b in batches for r in b.table.column("A").to_pylist()] == ["1", "2"]


def test_every_sample_csv_reads_the_same_in_segments(samples_dir: Path) -> None:
    """The real exports (small) normally take the serial path; cut into tiny segments they
    must read exactly the same."""
    checked = 0
    for path in sorted(samples_dir.rglob("*.csv")):
        sources = list_sources(path)
        if len(sources) != 1 or sources[0].kind != "text":
            continue
        try:
            _read(path, segment_bytes=None)
        except ImportRejected as serial_error:
            with pytest.raises(ImportRejected) as parallel_error:
                _read(path, segment_bytes=2048)
            assert str(parallel_error.value) == str(serial_error)
            continue
        _check_same(path, 2048)
        checked += 1
    assert checked >= 20
