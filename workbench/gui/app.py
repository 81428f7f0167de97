"""Placeholder until the desktop shell lands; replaced by the GUI module."""

from __future__ import annotations


def run_app(engagement: str | None = None, demo: bool = False, lang: str | None = None) -> int:
    raise SystemExit("the desktop app is not built yet")
