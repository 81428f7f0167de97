"""The PDF's data sources list the import warnings per file, in the report language."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_sample import sample_data

from workbench.core.engagement import Engagement
from workbench.report.builder import render_report
from workbench.report.inputs import read_sources

WARNING = "skipped 2 title row(s) above the header"


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join((page.extract_text() or "").replace("\n", " ") for page in reader.pages)


def test_read_sources_keeps_the_stored_english_warnings() -> None:
    engagement = Engagement()
    entry = {"name": "cur.csv", "status": "imported", "warnings": [WARNING, 7]}
    engagement.set_section("imports", [entry])
    (source,) = read_sources(engagement)
    assert source.warnings == (WARNING,)


@pytest.mark.parametrize(
    ("lang", "expected", "absent"),
    [
        ("nl", "cur-2026-10.csv.gz: 2 titelrijen boven de kopregel overgeslagen", WARNING),
        ("en", f"cur-2026-10.csv.gz: {WARNING}", "titelrijen"),
    ],
)
def test_appendix_prints_warnings_in_the_report_language(
    tmp_path: Path, lang: str, expected: str, absent: str
) -> None:
    data = sample_data()
    source = dataclasses.replace(data.sources[0], warnings=(WARNING,))
    out = tmp_path / f"report-{lang}.pdf"
    render_report(dataclasses.replace(data, sources=(source,)), out, lang=lang)
    text = _text(out)
    assert expected in text
    assert absent not in text
