"""The content hash read along with the CSV equals the hash of the stored bytes."""

from __future__ import annotations

import gzip
from pathlib import Path

from workbench.core.importing.hashing import SourceHash, content_hash
from workbench.core.importing.reader import list_sources, open_source
from workbench.core.importing.textbatches import text_batches


def _write(path: Path, rows: int) -> None:
    lines = ["a,b,c"] + [f"{i},x{i % 7},{i * 0.5}" for i in range(rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def test_text_hash_read_along_equals_stored_bytes(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    _write(path, 200_000)  # several reader blocks
    source = list_sources(path)[0]
    opened = open_source(source)
    rows = sum(batch.table.num_rows for batch in opened.batches(["a", "c"], block_size=1 << 16))
    assert rows == 200_000
    assert opened.content_hash == content_hash(source)
    assert SourceHash(source, needed_early=False).result(opened.content_hash) == opened.content_hash


def test_partly_read_or_compressed_sources_hash_the_stored_bytes(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    _write(path, 50_000)
    source = list_sources(path)[0]
    opened = open_source(source)
    batches = opened.batches(["a"], block_size=1 << 14)
    next(iter(batches))
    assert opened.content_hash is None  # not read to the end: not a hash of the file
    assert SourceHash(source, needed_early=False).result(None) == content_hash(source)
    zipped = tmp_path / "plain.csv.gz"
    zipped.write_bytes(gzip.compress(path.read_bytes()))
    gz_source = list_sources(zipped)[0]
    gz = open_source(gz_source)
    for _ in gz.batches(["a"]):
        pass
    assert gz.content_hash is None
    assert SourceHash(gz_source, needed_early=False).result(None) == content_hash(gz_source)


def test_no_hash_while_reading_when_it_is_computed_elsewhere(tmp_path: Path) -> None:
    """With earlier imports the hash is computed early in a background thread; the reader
    then does not hash the same bytes a second time (serial and segment paths alike)."""
    path = tmp_path / "plain.csv"
    _write(path, 20_000)
    source = list_sources(path)[0]
    hasher = SourceHash(source, needed_early=True)
    assert not hasher.reads_along
    assert SourceHash(source, needed_early=False).reads_along
    for parallel in (False, True):
        opened = open_source(source)
        opened.hash_while_reading = hasher.reads_along
        sizes = {"segment_bytes": 4096, "min_parallel_bytes": 0} if parallel else {}
        rows = sum(b.table.num_rows for b in text_batches(opened, ["a"], 1 << 16, **sizes))
        assert rows == 20_000
        assert opened.content_hash is None
    assert hasher.result(None) == content_hash(source)
    opened = open_source(source)  # and by default the segment path hashes along
    list(text_batches(opened, ["a"], 1 << 16, segment_bytes=4096, min_parallel_bytes=0))
    assert opened.content_hash == content_hash(source)
