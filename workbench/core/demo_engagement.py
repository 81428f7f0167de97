"""The demo engagement: the demo company's native exports, imported by the real importer.

Nothing is written straight into the cost table: :func:`build_demo_engagement` writes the
providers' export files with the seeded generator (:mod:`workbench.core.demo`) into a
temporary folder and imports them through :func:`workbench.core.importing.pipeline.import_files`,
exactly as a consultant's files would be. It then adds what a facilitator would have set up
before the workshop, so every screen has something to show: business metrics, an
allocation set-up, and a worked example assessment with a generated roadmap.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from workbench import __version__
from workbench.core import business_metrics
from workbench.core.demo import COMPANY, DEFAULT_SEED, write_demo_exports
from workbench.core.demo_allocation import add_example_allocation
from workbench.core.demo_workshop import add_example_workshop
from workbench.core.engagement import Engagement, EngagementFileError, EngagementMeta, load, save
from workbench.core.engagement.recovery import app_home
from workbench.core.importing.base import ImportCancelled
from workbench.core.importing.pipeline import import_files
from workbench.core.progress import CancelCheck, ProgressCallback
from workbench.core.resources import resources_dir


def _quiet(_fraction: float, _message: str) -> None:
    return None


def build_demo_engagement(
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    *,
    seed: int = DEFAULT_SEED,
    lang: str = "nl",
) -> Engagement:
    report = progress or _quiet
    engagement = Engagement(
        meta=EngagementMeta(
            client=COMPANY.name,
            consultant="Demo consultant",
            title="",
            date=COMPANY.period_end_exclusive.isoformat(),
            currency=COMPANY.currency,
            language=lang,
        )
    )
    with tempfile.TemporaryDirectory(prefix="finops-demo-") as tmp:
        report(0.0, "Writing the demo exports")
        files = write_demo_exports(Path(tmp), seed)
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled("demo cancelled")

        def scaled(fraction: float, message: str) -> None:
            report(0.1 + 0.8 * fraction, message)

        import_files(
            engagement,
            files.cost_exports,
            progress=scaled,
            is_cancelled=is_cancelled,
            overlap_policy="keep-both",
        )
        business_metrics.import_metrics(engagement, files.business_metrics)
    report(0.95, "Preparing the example allocation, assessment and roadmap")
    add_example_allocation(engagement)
    add_example_workshop(engagement)
    report(1.0, "Demo ready")
    _localise(engagement, lang)
    return engagement


def _code_fingerprint() -> str:
    """Changes whenever the generator, the importer or the shipped questionnaire changes."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    folders = [root / "demo", root / "importing", root / "assessment", root / "roadmap"]
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())
    files += [Path(__file__), root / "demo_workshop.py", root / "demo_allocation.py"]
    files += [root / "canonical.py", root / "money.py"]
    files += sorted(resources_dir().rglob("*.yaml"))
    for path in files:
        if path.suffix in {".py", ".yaml", ".csv"}:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_or_build_demo(
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    *,
    lang: str = "nl",
) -> Engagement:
    """The demo engagement, from a cache in the app's data folder when it is up to date.

    Building takes seconds (writing and importing a year of three providers' exports); the
    cache makes ``make run`` and screenshots start quickly. The cache is only an
    optimisation: any problem reading it falls back to building.
    """
    cache = app_home() / "cache" / f"demo-{__version__}-{DEFAULT_SEED}-{_code_fingerprint()}.fwb"
    if cache.exists():
        try:
            engagement = load(cache)
        except EngagementFileError:
            cache.unlink(missing_ok=True)
        else:
            _localise(engagement, lang)
            return engagement
    engagement = build_demo_engagement(progress, is_cancelled, lang=lang)
    try:
        for old in cache.parent.glob("demo-*.fwb"):
            old.unlink(missing_ok=True)
        save(engagement, cache)
    except OSError:
        pass  # a read-only home folder only costs speed
    return engagement


def _localise(engagement: Engagement, lang: str) -> None:
    engagement.meta.language = lang
    engagement.meta.title = (
        "FinOps maturity workshop" if lang == "en" else "FinOps-volwassenheidsworkshop"
    )
    engagement.revision = 0
