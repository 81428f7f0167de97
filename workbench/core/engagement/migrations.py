"""Schema versions of the engagement file and the steps between them.

A file is a zip of JSON documents and Parquet tables. Migrations work on the decoded
JSON documents only (``{"manifest": ..., "meta": ..., "sections": {...}}``); tables are
carried over untouched unless a step says otherwise. Each step takes version N to N+1.

History:
- v1: one ``engagement.json`` holding ``{"meta": ..., "sections": ...}``.
- v2: ``meta.json`` plus one ``sections/<name>.json`` per section, so a feature's section
  is read and written on its own; metadata gained ``title`` and ``notes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA_VERSION = 2

Documents = dict[str, Any]


class UnsupportedVersion(Exception):
    pass


def _v1_to_v2(docs: Documents) -> Documents:
    legacy = docs.pop("engagement", {}) or {}
    meta = dict(legacy.get("meta", {}))
    meta.setdefault("title", "")
    meta.setdefault("notes", "")
    docs["meta"] = meta
    docs["sections"] = dict(legacy.get("sections", {}))
    return docs


MIGRATIONS: dict[int, Callable[[Documents], Documents]] = {1: _v1_to_v2}


def migrate(docs: Documents, version: int) -> Documents:
    if version > CURRENT_SCHEMA_VERSION:
        raise UnsupportedVersion(
            f"this engagement was saved by a newer workbench (schema {version}); "
            f"this version reads up to schema {CURRENT_SCHEMA_VERSION}"
        )
    if version < 1:
        raise UnsupportedVersion(f"unknown engagement schema version {version}")
    while version < CURRENT_SCHEMA_VERSION:
        docs = MIGRATIONS[version](docs)
        version += 1
    return docs
