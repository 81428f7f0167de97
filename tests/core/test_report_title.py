"""The report's title: the user's own title as typed, else the report language's default."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from workbench.core.engagement import Engagement, EngagementMeta
from workbench.report.builder import build_report
from workbench.report.texts import document_title


def _title_pdf(tmp_path: Path, title: str, lang: str) -> tuple[str, str]:
    """(metadata title, text of the cover and contents pages) of a cover-only report."""
    engagement = Engagement(meta=EngagementMeta(client="Acme", title=title))
    summary = build_report(engagement, tmp_path / f"{lang}.pdf", lang=lang, sections=["cover"])
    reader = PdfReader(str(summary.path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert reader.metadata is not None
    return str(reader.metadata.title), text


@pytest.mark.parametrize(
    ("stored", "lang", "expected"),
    [
        ("FinOps-volwassenheidsworkshop", "en", "FinOps maturity report"),
        ("FinOps maturity workshop", "nl", "FinOps-volwassenheidsrapport"),
        ("", "en", "FinOps maturity report"),
        ("  ", "nl", "FinOps-volwassenheidsrapport"),
        ("finops MATURITY report", "nl", "FinOps-volwassenheidsrapport"),
        ("Cloudreview Acme  2026", "en", "Cloudreview Acme 2026"),
        ("Cloudreview Acme 2026", "nl", "Cloudreview Acme 2026"),
    ],
)
def test_document_title(stored: str, lang: str, expected: str) -> None:
    assert document_title(stored, lang) == expected


def test_english_report_of_a_dutch_demo_title_is_english(tmp_path: Path) -> None:
    meta_title, text = _title_pdf(tmp_path, "FinOps-volwassenheidsworkshop", "en")
    assert meta_title == "FinOps maturity report"
    assert "FinOps maturity report" in text
    assert "volwassenheid" not in text.lower()


def test_dutch_report_of_an_english_demo_title_is_dutch(tmp_path: Path) -> None:
    meta_title, text = _title_pdf(tmp_path, "FinOps maturity workshop", "nl")
    assert meta_title == "FinOps-volwassenheidsrapport"
    assert "FinOps-volwassenheidsrapport" in text and "workshop" not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_user_title_is_kept_as_typed(tmp_path: Path, lang: str) -> None:
    meta_title, text = _title_pdf(tmp_path, "Kostenreview <Acme> & Co", lang)
    assert meta_title == "Kostenreview <Acme> & Co"
    # On the cover and in the page header of the contents page.
    assert text.count("Kostenreview <Acme> & Co") >= 2


def test_the_demo_titles_are_known_as_generated(demo_engagement: Engagement) -> None:
    """If the demo's title changes, document_title must learn the new one."""
    title = demo_engagement.meta.title
    assert document_title(title, "en") == "FinOps maturity report"
    assert document_title(title, "nl") == "FinOps-volwassenheidsrapport"
