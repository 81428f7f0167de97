"""build_report on a real engagement: spend from the cube, maturity from the assessment, CLI."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from workbench.cli import main
from workbench.core import formatting as fmt
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.assessment.loader import load_model
from workbench.core.assessment.state import AssessmentState, ScopeAssessment
from workbench.core.engagement import Engagement, EngagementMeta, save
from workbench.core.palette import NEUTRAL, QUALITATIVE, assign_colours, colour_for
from workbench.report.builder import build_report
from workbench.report.safe import markup

LENSES = ("knowledge", "process", "metrics", "adoption", "automation")


def _engagement() -> Engagement:
    engagement = Engagement(meta=EngagementMeta(client="Acme & <Co>", consultant="An Jansen"))
    engagement.set_costs(synthetic_costs(SyntheticShape(rows=3_000, tag_sets=50, profiles=80)))
    caps = [c.id for c in load_model().capabilities]
    scope = ScopeAssessment(
        id="org",
        name="Organisatie",
        capabilities=caps,
        lens_scores={c: dict.fromkeys(LENSES, float(i % 5)) for i, c in enumerate(caps)},
        notes={caps[0]: "<b>note</b> & more"},
    )
    engagement.set_section("assessment", AssessmentState(scopes=[scope]).to_dict())
    return engagement


def test_report_from_engagement_and_cli(tmp_path: Path) -> None:
    engagement = _engagement()
    summary = build_report(engagement, tmp_path / "r.pdf", lang="en")
    assert {"summary", "maturity", "capabilities", "spend", "appendix"} <= set(summary.sections)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(summary.path)).pages)
    assert "Data Ingestion" in text and "<b>note</b> & more" in text
    file = tmp_path / "e.fwb"
    save(engagement, file)
    assert (
        main(
            [
                "report",
                str(file),
                "-o",
                str(tmp_path / "cli.pdf"),
                "--lang",
                "nl",
                "--sections",
                "spend",
                "--page-size",
                "Letter",
            ]
        )
        == 0
    )
    assert len(PdfReader(str(tmp_path / "cli.pdf")).pages) >= 3
    assert main(["report", str(file), "-o", str(tmp_path / "x.txt")]) == 2
    assert main(["report", str(tmp_path / "missing.fwb"), "-o", str(tmp_path / "m.pdf")]) == 2


def test_formats_palette_and_escaping() -> None:
    assert fmt.format_money_nano(1_234_560_000_000, "EUR", "nl") == "€ 1.234,56"
    assert fmt.format_money_nano(1_234_560_000_000, "EUR", "en") == "€1,234.56"
    assert fmt.format_money_nano(-5_000_000_000, "USD", "en", 0) == "-$5"
    # One sign rule for GUI and PDF: Dutch puts the minus after the symbol.
    assert fmt.format_money_nano(-1_234_560_000_000, "EUR", "nl") == "€ -1.234,56"
    assert (
        fmt.abbreviate(1_250_000, "nl") == "1,3 mln" and fmt.abbreviate(1_250_000, "en") == "1.3M"
    )
    assert fmt.abbreviate(12_000, "en") == "12k"
    assert markup("<b>x</b> & \x00y\u202e") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    assert colour_for("Amazon EC2") == colour_for("amazon ec2") in QUALITATIVE
    colours = assign_colours(["A", "B", "C", "Other"])
    assert colours["Other"] == NEUTRAL
    assert len({colours[n] for n in "ABC"}) == 3
    assert assign_colours(["C", "B", "A"]) == assign_colours(["A", "B", "C"])
