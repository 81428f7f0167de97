"""The list of format adapters and content-based detection.

Adapters live in one module each (see :mod:`workbench.core.importing.adapters`). A module
that does not exist yet is skipped, so the adapters can be built independently. Each
module exposes ``ADAPTER`` (one adapter) or ``ADAPTERS`` (a list).

Detection asks every adapter about the same :class:`FileSample` and keeps the highest
confidence. Equal confidences are settled by the order of :data:`ADAPTER_MODULES` (more
specific formats first) and the tie is explained in the detection notes.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from workbench.core.importing.base import Detection, FileSample, FormatAdapter

#: Order matters for ties only: provider-native formats before FOCUS before generic.
ADAPTER_MODULES: Final = (
    "workbench.core.importing.adapters.aws_cur",
    "workbench.core.importing.adapters.aws_cost_explorer",
    "workbench.core.importing.adapters.azure",
    "workbench.core.importing.adapters.gcp",
    "workbench.core.importing.adapters.oci",
    "workbench.core.importing.adapters.focus",
    "workbench.core.importing.adapters.generic",
)


def load_adapters(module_paths: Iterable[str] = ADAPTER_MODULES) -> list[FormatAdapter]:
    """Import each adapter module; a module that is not there (yet) is skipped."""
    adapters: list[FormatAdapter] = []
    for path in module_paths:
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise  # the module exists but one of ITS imports is missing: a real bug
            continue
        many = getattr(module, "ADAPTERS", None)
        if many is not None:
            adapters.extend(many)
        one = getattr(module, "ADAPTER", None)
        if one is not None:
            adapters.append(one)
    return adapters


ADAPTERS: list[FormatAdapter] = load_adapters()


@dataclass(frozen=True)
class DetectionResult:
    """The winning adapter, its claim, and the other claims (for the report)."""

    detection: Detection
    adapter: FormatAdapter
    alternatives: tuple[Detection, ...] = ()


def detect(
    sample: FileSample,
    adapters: Sequence[FormatAdapter] | None = None,
    *,
    extra: Sequence[FormatAdapter] = (),
) -> DetectionResult | None:
    """The adapter with the highest confidence for ``sample``, or None if none claims it.

    ``extra`` adapters (e.g. a generic adapter carrying the engagement's mapping presets)
    are asked after the registered ones.
    """
    candidates = list(ADAPTERS if adapters is None else adapters) + list(extra)
    claims: list[tuple[Detection, FormatAdapter]] = []
    for adapter in candidates:
        claim = adapter.detect(sample)
        if claim is not None and claim.confidence > 0:
            claims.append((claim, adapter))
    if not claims:
        return None
    # Stable sort keeps module order among equal confidences.
    claims.sort(key=lambda pair: -pair[0].confidence)
    best, adapter = claims[0]
    tied = [c for c, _ in claims[1:] if c.confidence == best.confidence]
    if tied:
        names = ", ".join(f"{c.label} ({c.format_id})" for c in tied)
        note = (
            f"also matched with the same confidence {best.confidence:.2f}: {names}; "
            f"chose {best.label} (registry order prefers more specific formats)"
        )
        best = replace(best, notes=(*best.notes, note))
    return DetectionResult(best, adapter, tuple(c for c, _ in claims[1:]))
