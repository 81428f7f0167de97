"""Any other CSV/XLSX through a column mapping, remembered per header signature.

The first file with an unknown header needs a mapping (the GUI shows the mapping dialog
with :func:`suggest_mapping` pre-filled; the CLI says which columns it could not place).
The mapping is saved as a :class:`MappingPreset` in the engagement ("mapping_presets")
and in the user's presets file, so the next file with the same header imports directly.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core import canonical
from workbench.core.engagement.model import Engagement
from workbench.core.engagement.recovery import app_home
from workbench.core.importing.base import (
    Detection,
    FileSample,
    ImportRejected,
    NormaliseContext,
)
from workbench.core.importing.dates import (
    NULL_TOKENS,
    next_month_start,
    parse_timestamps,
    settle_date_order,
)
from workbench.core.money import parse_money

PRESETS_SECTION: Final = "mapping_presets"
PRESETS_FILE: Final = "mapping_presets.json"
#: Canonical targets a mapping can fill, and name hints (lower-case, several languages).
HINTS: Final[dict[str, tuple[str, ...]]] = {
    "date": ("date", "datum", "usage date", "billing_date", "day", "dag", "fecha", "periode"),
    "cost": ("cost", "kosten", "bedrag", "amount", "billed_cost", "betrag", "importe", "total"),
    "currency": ("currency", "valuta", "währung", "waehrung", "munt", "billing_currency"),
    "account": ("account", "subscription", "project", "rekening", "abonnement", "konto"),
    "service": ("service", "dienst", "product", "category", "categorie"),
    "region": ("region", "regio", "location", "locatie", "zone"),
    "resource": ("resource", "instance", "resource_id", "bron"),
}
_TARGETS: Final = {
    "account": "SubAccountId",
    "service": "ServiceName",
    "region": "RegionId",
    "resource": "ResourceId",
}
_DATE_LIKE: Final = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_NUMBER_LIKE: Final = re.compile(r"^[+-]?\d[\d.,]*$")
_CURRENCY_LIKE: Final = re.compile(r"^[A-Z]{3}$")


def header_signature(header: Sequence[str]) -> str:
    """SHA-256 of the normalised (trimmed, lower-case), sorted header names."""
    names = sorted((h or "").strip().lower() for h in header)
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()


@dataclass
class MappingPreset:
    """Which source column feeds which canonical field."""

    signature: str
    name: str = ""
    date: str | None = None
    cost: str | None = None
    currency: str | None = None
    fixed_currency: str | None = None
    account: str | None = None
    service: str | None = None
    region: str | None = None
    resource: str | None = None
    tag_columns: list[str] = field(default_factory=list)
    provider: str = "Unknown"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MappingPreset:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def problems(self) -> list[str]:
        missing = []
        if not self.date:
            missing.append("date")
        if not self.cost:
            missing.append("cost")
        if not (self.currency or self.fixed_currency):
            missing.append("currency (a column or a fixed currency)")
        return missing


def suggest_mapping(sample: FileSample) -> MappingPreset:
    """Guess the mapping from column names (multilingual) and, failing that, content."""
    preset = MappingPreset(signature=header_signature(sample.header))
    taken: set[str] = set()
    lowered = {h: h.strip().lower() for h in sample.header}
    for target, hints in HINTS.items():
        for hint in hints:
            match = next((h for h, low in lowered.items() if h not in taken and hint in low), None)
            if match:
                setattr(preset, target, match)
                taken.add(match)
                break
    for target, pattern in (
        ("date", _DATE_LIKE),
        ("cost", _NUMBER_LIKE),
        ("currency", _CURRENCY_LIKE),
    ):
        if getattr(preset, target):
            continue
        for name in sample.header:
            values = [v for v in sample.column(name) if v]
            if name not in taken and values and all(pattern.match(v) for v in values):
                setattr(preset, target, name)
                taken.add(name)
                break
    preset.tag_columns = [h for h, low in lowered.items() if low.startswith(("tag", "label"))]
    return preset


def _user_presets_path() -> Path:
    return app_home() / PRESETS_FILE


def load_presets(engagement: Engagement | None = None) -> list[MappingPreset]:
    """Presets of the engagement first, then the user's (engagement wins on a tie)."""
    found: dict[str, MappingPreset] = {}
    try:
        user = json.loads(_user_presets_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        user = []
    sources: list[Any] = [user if isinstance(user, list) else []]
    if engagement is not None:
        sources.insert(0, engagement.section(PRESETS_SECTION, []))
    for items in sources:
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("signature"), str):
                found.setdefault(item["signature"], MappingPreset.from_dict(item))
    return list(found.values())


def save_preset(preset: MappingPreset, engagement: Engagement | None = None) -> None:
    """Store in the engagement section and (atomically) in the user's presets file."""
    if engagement is not None:
        items = [
            p
            for p in engagement.section(PRESETS_SECTION, [])
            if p.get("signature") != preset.signature
        ]
        engagement.set_section(PRESETS_SECTION, [*items, preset.to_dict()])
    path = _user_presets_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    users = [p.to_dict() for p in load_presets(None) if p.signature != preset.signature]
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps([*users, preset.to_dict()], indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _text(arr: pa.ChunkedArray | pa.Array) -> pa.Array:
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    text = arr if pa.types.is_string(arr.type) else arr.cast(pa.string())
    text = pc.utf8_trim_whitespace(text)
    is_null = pc.fill_null(pc.is_in(text, value_set=pa.array(NULL_TOKENS)), False)
    return pc.if_else(is_null, pa.scalar(None, pa.string()), text)


class GenericAdapter:
    """Imports files whose header signature matches one of ``presets``."""

    format_id = "generic"

    def __init__(self, presets: Sequence[MappingPreset] = ()) -> None:
        self.presets = {p.signature: p for p in presets}
        #: The preset of the file being read (set by columns_to_read, once per file).
        self._active: MappingPreset | None = None

    def preset_for(self, header: Sequence[str]) -> MappingPreset | None:
        return self.presets.get(header_signature(header))

    def detect(self, sample: FileSample) -> Detection | None:
        preset = self.preset_for(sample.header)
        if preset is None or preset.problems():
            return None
        label = f"Generic CSV/XLSX (mapping {preset.name or preset.signature[:8]})"
        return Detection("generic", label, "mapping", 0.9, preset.provider)

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        preset = self._active = self.preset_for(header)
        if preset is None:
            return []
        named = [preset.date, preset.cost, preset.currency, *[getattr(preset, t) for t in _TARGETS]]
        return [c for c in dict.fromkeys([*named, *preset.tag_columns]) if c]

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        preset = self._active
        if preset is None or not preset.date or not preset.cost:
            raise ImportRejected(f"{ctx.file_name}: no column mapping for this header")
        n = batch.num_rows
        settle_date_order(
            ctx, pc.unique(_text(batch.column(preset.date))).to_pylist(), column=preset.date
        )
        start, bad_date = parse_timestamps(
            batch.column(preset.date), ctx.date_order, column=preset.date
        )
        cost = parse_money(
            _text(batch.column(preset.cost)), decimal_comma=ctx.dialect.decimal_comma
        )
        bad = pc.or_(pc.or_(bad_date, pc.is_null(start)), cost.invalid)
        for i in pc.indices_nonzero(bad).to_pylist():
            column = preset.cost if cost.invalid[i].as_py() else preset.date
            ctx.reject(first_row + int(i), column, "not a valid value")
        values = pc.fill_null(cost.values, 0)
        if preset.currency:
            currency = _text(batch.column(preset.currency))
        else:
            currency = pa.array([preset.fixed_currency] * n, pa.string())
        columns: dict[str, pa.Array] = {
            "BilledCost": values,
            "EffectiveCost": values,
            "ChargePeriodStart": start,
            "BillingPeriodStart": pc.floor_temporal(start, unit="month"),
            "BillingPeriodEnd": next_month_start(start),
            "BillingCurrency": currency,
            "ProviderName": pa.array([preset.provider] * n, pa.string()),
            "ChargeCategory": pa.array(["Usage"] * n, pa.string()),
            "x_SourceRow": pa.array(range(first_row, first_row + n), pa.int64()),
            "x_SourceFileId": pa.array([ctx.file_id] * n, pa.string()),
        }
        for target, column in _TARGETS.items():
            source = getattr(preset, target)
            if source:
                columns[column] = _text(batch.column(source))
        if preset.tag_columns:
            columns["Tags"] = _tags_from_columns(batch, preset.tag_columns)
        table = pa.table(columns)
        if pc.any(bad).as_py():
            table = table.filter(pc.invert(bad))
        return canonical.conform(table)


def _tags_from_columns(batch: pa.Table, names: Sequence[str]) -> pa.Array:
    """One tag per column (key = column name), canonical JSON text; rows without tags null."""
    texts = [_text(batch.column(n)).to_pylist() for n in names]
    out: list[str | None] = []
    for values in zip(*texts, strict=True):
        tags = {k: v for k, v in sorted(zip(names, values, strict=True)) if v is not None}
        out.append(json.dumps(tags, ensure_ascii=False, separators=(",", ":")) if tags else None)
    return pa.array(out, pa.string())


#: Registered without presets; the pipeline adds one built from the engagement's presets.
ADAPTERS: Final[list[GenericAdapter]] = []
