"""Reading and writing the single engagement file (``.fwb``).

The file is a zip archive: ``manifest.json``, ``meta.json``, ``sections/<name>.json`` and
``tables/<name>.parquet``. Only JSON and Parquet are ever decoded; nothing in the file is
executed, and unknown members are ignored. Saving is atomic: the archive is written to a
temporary file in the same folder, flushed and fsynced, then renamed over the target, so a
crash mid-save leaves the previous file intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from workbench import __version__
from workbench.core import canonical
from workbench.core.engagement.migrations import CURRENT_SCHEMA_VERSION, migrate
from workbench.core.engagement.model import COSTS_TABLE, Engagement, EngagementMeta

FILE_FORMAT = "finops-workbench-engagement"
EXTENSION = ".fwb"
_NAME_RE = re.compile(r"^[a-z0-9_\-]{1,64}$")
#: Refuse absurd members (hostile files): JSON sections are small by nature.
_MAX_JSON_BYTES = 256 * 1024 * 1024


class EngagementFileError(Exception):
    """The file is not a readable engagement; the message says why."""


def save(engagement: Engagement, path: str | os.PathLike[str]) -> None:
    """Write ``engagement`` to ``path`` atomically."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            _write_archive(engagement, raw)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp_name, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _fsync_dir(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not supported on every platform (Windows)
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _write_archive(engagement: Engagement, raw: io.BufferedWriter) -> None:
    for name in list(engagement.sections) + list(engagement.tables):
        if not _NAME_RE.match(name):
            raise ValueError(f"invalid section or table name: {name!r}")
    manifest = {
        "format": FILE_FORMAT,
        "schema_version": CURRENT_SCHEMA_VERSION,
        "app_version": __version__,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sections": sorted(engagement.sections),
        "tables": sorted(engagement.tables),
    }
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", _json_bytes(manifest))
        zf.writestr("meta.json", _json_bytes(engagement.meta.to_dict()))
        for name, value in sorted(engagement.sections.items()):
            zf.writestr(f"sections/{name}.json", _json_bytes(value))
        for name, table in sorted(engagement.tables.items()):
            buffer = pa.BufferOutputStream()
            pq.write_table(table, buffer, compression="zstd")
            # Parquet is already compressed; storing avoids paying deflate twice.
            zf.writestr(
                zipfile.ZipInfo(f"tables/{name}.parquet", date_time=(1980, 1, 1, 0, 0, 0)),
                buffer.getvalue().to_pybytes(),
                compress_type=zipfile.ZIP_STORED,
            )


def load(path: str | os.PathLike[str]) -> Engagement:
    """Open an engagement file, migrating older schema versions in memory."""
    source = Path(path)
    try:
        zf = zipfile.ZipFile(source)
    except FileNotFoundError:
        raise EngagementFileError(f"{source}: file not found") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise EngagementFileError(f"{source}: not a workbench engagement file ({exc})") from None
    with zf:
        names = set(zf.namelist())
        manifest = _read_json(zf, "manifest.json", source)
        if not isinstance(manifest, dict) or manifest.get("format") != FILE_FORMAT:
            raise EngagementFileError(f"{source}: not a workbench engagement file")
        version = manifest.get("schema_version")
        if not isinstance(version, int):
            raise EngagementFileError(f"{source}: manifest has no schema version")
        docs: dict[str, Any] = {"manifest": manifest}
        if version == 1:
            docs["engagement"] = _read_json(zf, "engagement.json", source)
        else:
            docs["meta"] = _read_json(zf, "meta.json", source)
            docs["sections"] = {}
            for member in sorted(names):
                match = re.fullmatch(r"sections/([a-z0-9_\-]{1,64})\.json", member)
                if match:
                    docs["sections"][match.group(1)] = _read_json(zf, member, source)
        try:
            docs = migrate(docs, version)
        except Exception as exc:
            raise EngagementFileError(f"{source}: {exc}") from None
        tables: dict[str, pa.Table] = {}
        for member in sorted(names):
            match = re.fullmatch(r"tables/([a-z0-9_\-]{1,64})\.parquet", member)
            if match:
                tables[match.group(1)] = _read_table(zf, member, source)
    meta = docs.get("meta")
    if not isinstance(meta, dict) or not isinstance(docs.get("sections"), dict):
        raise EngagementFileError(f"{source}: damaged metadata")
    if COSTS_TABLE in tables:
        try:
            tables[COSTS_TABLE] = canonical.conform(tables[COSTS_TABLE])
        except (ValueError, pa.ArrowInvalid) as exc:
            raise EngagementFileError(f"{source}: damaged cost table ({exc})") from None
    return Engagement(meta=EngagementMeta.from_dict(meta), tables=tables, sections=docs["sections"])


def _read_json(zf: zipfile.ZipFile, member: str, source: Path) -> Any:
    try:
        info = zf.getinfo(member)
    except KeyError:
        raise EngagementFileError(f"{source}: damaged file, {member} is missing") from None
    if info.file_size > _MAX_JSON_BYTES:
        raise EngagementFileError(f"{source}: {member} is implausibly large")
    try:
        return json.loads(zf.read(member).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
        raise EngagementFileError(f"{source}: damaged {member} ({exc})") from None


def _read_table(zf: zipfile.ZipFile, member: str, source: Path) -> pa.Table:
    try:
        data = zf.read(member)
        return pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise EngagementFileError(f"{source}: damaged table {member} ({exc})") from None
