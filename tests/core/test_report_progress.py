"""build_report reports progress while it collects the figures, and cancel acts there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.engagement import Engagement, EngagementMeta
from workbench.report.builder import COLLECT_SHARE, ReportCancelled, build_report


def _engagement() -> Engagement:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    engagement.set_costs(synthetic_costs(SyntheticShape(rows=2_000, tag_sets=20, profiles=40)))
    return engagement


def test_collection_reports_one_step_per_input(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    build_report(
        _engagement(),
        tmp_path / "r.pdf",
        lang="en",
        sections=["cover", "spend"],
        progress=lambda fraction, step: seen.append((fraction, step)),
    )
    collecting = [fraction for fraction, step in seen if step == "collect"]
    assert len(collecting) >= 7
    assert collecting[0] == 0.0 and collecting[-1] == pytest.approx(COLLECT_SHARE)
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert seen[len(collecting)][1] == "cover"  # the layout starts after the collection


@pytest.mark.parametrize("cancel_at_call", [1, 3, 6])
def test_cancel_while_collecting_writes_no_file(tmp_path: Path, cancel_at_call: int) -> None:
    calls: list[float] = []
    steps: list[str] = []

    def is_cancelled() -> bool:
        calls.append(0.0)
        return len(calls) >= cancel_at_call

    with pytest.raises(ReportCancelled):
        build_report(
            _engagement(),
            tmp_path / "r.pdf",
            lang="nl",
            progress=lambda _fraction, step: steps.append(step),
            is_cancelled=is_cancelled,
        )
    assert set(steps) <= {"collect"}  # stopped before any section was laid out
    assert len(calls) == cancel_at_call  # asked once per step, stopped at the first "yes"
    assert list(tmp_path.iterdir()) == []
