"""The PDF report: sections, numbers, outline, metadata, page sizes, languages, hostile text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_sample import HOSTILE, sample_data

from workbench.report.builder import render_report
from workbench.report.model import ReportData


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _outline_titles(path: Path) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))  # type: ignore[attr-defined]

    walk(PdfReader(str(path)).outline)
    return titles


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            [
                "Managementsamenvatting",
                "Volwassenheid",
                "Uitgavenoverzicht",
                "Tagging en toewijzing",
                "Roadmap",
                "Bijlage",
                "Databronnen",
                "Inhoud",
            ],
        ),
        (
            "en",
            [
                "Executive summary",
                "Maturity",
                "Spend overview",
                "Tagging and allocation",
                "Roadmap",
                "Appendix",
                "Data sources",
                "Contents",
            ],
        ),
    ],
)
def test_sections_outline_metadata(tmp_path: Path, lang: str, expected: list[str]) -> None:
    out = tmp_path / f"report-{lang}.pdf"
    summary = render_report(sample_data(), out, lang=lang)
    text = _text(out)
    for heading in expected:
        assert heading in text
    outline = _outline_titles(out)
    for heading in expected[:-1]:
        assert heading in outline
    meta = PdfReader(str(out)).metadata
    assert meta is not None
    assert meta.author == "Jan de Vries"
    assert meta.title in ("FinOps-volwassenheidsrapport", "FinOps maturity report")
    assert "Zuiderzee" in (meta.subject or "")
    assert summary.pages == len(PdfReader(str(out)).pages)
    page_word = "Pagina" if lang == "nl" else "Page"
    of_word = "van" if lang == "nl" else "of"
    assert f"{page_word} 2 {of_word} {summary.pages}" in text
    assert summary.omitted == ("unit_economics",)


def test_kpi_numbers_in_locale_format(tmp_path: Path) -> None:
    nl, en = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    render_report(sample_data(), nl, lang="nl")
    render_report(sample_data(), en, lang="en")
    nl_text, en_text = _text(nl), _text(en)
    # total_spend KPI "420000.5" EUR and the 0.487 owner coverage ratio.
    assert "€ 420.001" in nl_text and "48,7%" in nl_text
    assert "€420,001" in en_text and "48.7%" in en_text
    # A KPI without a value is never printed with a number.
    assert "Prognose" not in nl_text
    # Currencies stay apart.
    assert "$ 5" in nl_text and "$5" in en_text


def test_sections_without_data_are_left_out(tmp_path: Path) -> None:
    empty = ReportData(
        client="Acme", consultant="", title="", report_date=sample_data().report_date
    )
    out = tmp_path / "empty.pdf"
    summary = render_report(empty, out, lang="en")
    assert summary.sections == ("cover",)
    text = _text(out)
    assert "Executive summary" not in text and "Spend overview" not in text
    only = render_report(sample_data(), tmp_path / "only.pdf", lang="en", sections=["roadmap"])
    assert only.sections == ("cover", "roadmap")


def test_page_sizes(tmp_path: Path) -> None:
    a4 = render_report(sample_data(), tmp_path / "a4.pdf", sections=["summary"])
    letter = render_report(
        sample_data(), tmp_path / "l.pdf", sections=["summary"], page_size="Letter"
    )
    box_a4 = PdfReader(str(a4.path)).pages[0].mediabox
    box_letter = PdfReader(str(letter.path)).pages[0].mediabox
    assert (round(float(box_a4.width)), round(float(box_a4.height))) == (595, 842)
    assert (round(float(box_letter.width)), round(float(box_letter.height))) == (612, 792)


def test_hostile_text_gives_a_valid_pdf(tmp_path: Path) -> None:
    data = sample_data(prefix=HOSTILE)
    data = dataclasses.replace(data, title=HOSTILE, logos=(HOSTILE, "/etc/passwd"))
    for lang in ("nl", "en"):
        out = tmp_path / f"hostile-{lang}.pdf"
        summary = render_report(data, out, lang=lang)
        reader = PdfReader(str(out))
        assert len(reader.pages) == summary.pages > 3
        text = _text(out)
        # The markup is shown as text, never interpreted; control characters are gone.
        assert "<b>bold</b>" in text
        assert "\x00" not in text and "\u202e" not in text


def test_bad_options(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language"):
        render_report(sample_data(), tmp_path / "x.pdf", lang="de")
    with pytest.raises(ValueError, match="page size"):
        render_report(sample_data(), tmp_path / "x.pdf", page_size="A3")
    with pytest.raises(ValueError, match="section"):
        render_report(sample_data(), tmp_path / "x.pdf", sections=["nope"])
    assert not (tmp_path / "x.pdf").exists()
