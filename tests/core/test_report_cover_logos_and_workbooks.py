"""Cover logos live where the report reads them; finance workbooks by kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.engagement import Engagement
from workbench.report.cover_logos import CoverLogos, read_cover_logos, write_cover_logos
from workbench.report.finance_excel import write_finance_workbook
from workbench.report.inputs import collect_report_data
from workbench.report.roadmap_excel import RoadmapUnavailable


def test_logos_are_read_by_the_report_client_first() -> None:
    engagement = Engagement()
    engagement.set_section("report", {"other": 1})
    write_cover_logos(engagement, CoverLogos(client="/x/client.png", consultant="/x/me.png"))
    assert collect_report_data(engagement, "en").logos == ("/x/client.png", "/x/me.png")
    assert read_cover_logos(engagement) == CoverLogos("/x/client.png", "/x/me.png")
    assert engagement.section("report")["other"] == 1

    write_cover_logos(engagement, CoverLogos(client="", consultant="/x/me.png"))
    assert collect_report_data(engagement, "en").logos == ("/x/me.png",)
    assert read_cover_logos(engagement) == CoverLogos("", "/x/me.png")


def test_logos_written_as_a_plain_list_are_read_client_first() -> None:
    engagement = Engagement()
    engagement.set_section("report", {"logos": ["a.png", "b.png"]})
    assert read_cover_logos(engagement) == CoverLogos("a.png", "b.png")


def test_roadmap_workbook_without_a_roadmap_says_so(tmp_path: Path) -> None:
    with pytest.raises(RoadmapUnavailable):
        write_finance_workbook(Engagement(), "roadmap", tmp_path / "r.xlsx", lang="en")


def test_unknown_workbook_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown workbook"):
        write_finance_workbook(Engagement(), "pivot", tmp_path / "p.xlsx")  # type: ignore[arg-type]
