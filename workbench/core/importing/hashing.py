"""Content hashes of source files: the key that makes a second import of a file a no-op.

The hash is the SHA-256 of the source's bytes as stored (for a zip member: the member's
uncompressed bytes). The file id used for lineage (``x_SourceFileId``) is its first 16 hex
digits. Hashing a 1.6 GB export costs about a second of CPU. A plain text source is hashed
from the very bytes the CSV reader reads (:class:`DigestingStream`), so the file is not read
twice; other sources (gzip, Parquet, xlsx), and imports into an engagement that already has
files (where an early hash stops a duplicate at once), hash in a background thread
(hashlib releases the GIL on large updates).
"""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from typing import IO, TYPE_CHECKING, Final

import pyarrow as pa

if TYPE_CHECKING:
    from workbench.core.importing.reader import Source

CHUNK: Final = 8 * 1024 * 1024
FILE_ID_LENGTH: Final = 16


def file_id_of(content_hash: str) -> str:
    return content_hash[:FILE_ID_LENGTH]


def content_hash(source: Source) -> str:
    """SHA-256 hex digest of the source's bytes."""
    digest = hashlib.sha256()
    if source.member is None:
        with source.path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    else:
        with zipfile.ZipFile(source.path) as zf, zf.open(source.member) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    return digest.hexdigest()


class BackgroundHash:
    """Hash a source in a daemon thread; :meth:`result` waits for it."""

    def __init__(self, source: Source) -> None:
        self._source = source
        self._value: str | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="content-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = content_hash(self._source)
        except BaseException as exc:  # re-raised in the caller's thread by result()
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


class DigestingStream(io.RawIOBase):
    """A byte stream that hashes what is read through it; :meth:`hexdigest` is the hash of
    the whole stream once it was read to the end from the start, else None."""

    def __init__(self, inner: pa.NativeFile | IO[bytes]) -> None:
        super().__init__()
        self._inner = inner
        self._digest = hashlib.sha256()
        self._at_end = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = bytes(self._inner.read(size))
        if data:
            self._digest.update(data)
        elif size != 0:
            self._at_end = True
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def hexdigest(self) -> str | None:
        return self._digest.hexdigest() if self._at_end else None

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


class SourceHash:
    """The content hash of one source, however it is best obtained (see the module doc)."""

    def __init__(self, source: Source, *, needed_early: bool) -> None:
        self._source = source
        read_along = source.kind == "text" and not needed_early
        self._background = None if read_along else BackgroundHash(source)

    @property
    def reads_along(self) -> bool:
        """Whether the hash comes from the bytes the reader reads (else the reader need not
        hash: a background thread does)."""
        return self._background is None

    def early(self) -> str | None:
        """The hash if a background hash has already finished, else None."""
        if self._background is None or not self._background.done():
            return None
        return self._background.result()

    def result(self, read_along: str | None) -> str:
        """The hash; ``read_along`` is the reader's digest of the bytes it read, if whole."""
        if self._background is not None:
            return self._background.result()
        return read_along if read_along is not None else content_hash(self._source)
