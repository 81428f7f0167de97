"""Content hashes of source files: the key that makes a second import of a file a no-op.

The hash is the SHA-256 of the source's bytes as stored (for a zip member: the member's
uncompressed bytes). The file id used for lineage (``x_SourceFileId``) is its first 16 hex
digits. Hashing a 1.6 GB export costs about a second of CPU, so the pipeline runs it in a
background thread while the file is parsed (hashlib releases the GIL on large updates).
"""

from __future__ import annotations

import hashlib
import threading
import zipfile
from typing import Final

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
