"""The optional cover logos (client and consultant), kept in the engagement section "report".

The report reads ``report.logos`` (a list, client first; see
:func:`workbench.report.inputs.collect_report_data`). The named keys ``client_logo`` and
``consultant_logo`` remember which file is which, so an editor can show them again; the
list is always rewritten from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from workbench.core.engagement import Engagement

SECTION: Final = "report"
LOGO_SUFFIXES: Final = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class CoverLogos:
    client: str = ""
    consultant: str = ""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def read_cover_logos(engagement: Engagement) -> CoverLogos:
    settings = engagement.section(SECTION, {})
    if not isinstance(settings, dict):
        return CoverLogos()
    client, consultant = _text(settings.get("client_logo")), _text(settings.get("consultant_logo"))
    if not client and not consultant:
        # A file written before the named keys existed: the list is client first.
        listed = [p for p in settings.get("logos", []) or [] if isinstance(p, str)]
        client = listed[0] if listed else ""
        consultant = listed[1] if len(listed) > 1 else ""
    return CoverLogos(client=client, consultant=consultant)


def write_cover_logos(engagement: Engagement, logos: CoverLogos) -> None:
    """Store both logos (an empty string removes one); other report settings are kept."""
    settings = engagement.section(SECTION, {})
    if not isinstance(settings, dict):
        settings = {}
    settings["client_logo"] = logos.client
    settings["consultant_logo"] = logos.consultant
    settings["logos"] = [p for p in (logos.client, logos.consultant) if p]
    engagement.set_section(SECTION, settings)
