"""Adapter registry: missing modules are skipped, the highest confidence wins, ties explained."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from workbench.core.importing import registry
from workbench.core.importing.base import Detection, FileSample, NormaliseContext, TextDialect


class _Fake:
    def __init__(self, format_id: str, confidence: float) -> None:
        self.format_id = format_id
        self.confidence = confidence

    def detect(self, sample: FileSample) -> Detection | None:
        if self.confidence <= 0:
            return None
        return Detection(self.format_id, self.format_id.upper(), "1", self.confidence, "Unknown")

    def columns_to_read(self, header: Sequence[str]) -> list[str]:
        return list(header)

    def normalise(self, batch: pa.Table, first_row: int, ctx: NormaliseContext) -> pa.Table:
        return batch


SAMPLE = FileSample(("a",), (("1",),), TextDialect())


def test_missing_modules_are_skipped() -> None:
    adapters = registry.load_adapters(
        [
            "workbench.core.importing.adapters.does_not_exist",
            "workbench.core.importing.adapters.focus",
        ]
    )
    assert [a.format_id for a in adapters] == ["focus"]


def test_highest_confidence_wins_and_ties_are_explained() -> None:
    found = registry.detect(SAMPLE, [_Fake("low", 0.3), _Fake("first", 0.8), _Fake("second", 0.8)])
    assert found is not None
    assert found.detection.format_id == "first"
    assert any("SECOND" in note for note in found.detection.notes)
    assert [d.format_id for d in found.alternatives] == ["second", "low"]
    assert registry.detect(SAMPLE, [_Fake("none", 0)]) is None
