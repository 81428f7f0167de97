"""Composition root of the desktop app: builds the QApplication, the window and the bridges.

Objects are created here and passed in through constructors (no global registries), so a
test can build the same graph with :func:`build_workbench` and a temporary home folder.
"""

from __future__ import annotations

import gc
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workbench import __version__
from workbench.core.engagement import EngagementFileError, load, recovery
from workbench.gui.dialogs import ask_restore_recovery
from workbench.gui.errors import ErrorBridge, show_expected_error
from workbench.gui.i18n import LanguageSwitcher, system_language
from workbench.gui.icons import icon
from workbench.gui.main_window import MainWindow
from workbench.gui.session import EngagementSession
from workbench.gui.theme import apply_theme

APP_NAME = "FinOps Maturity Workbench"
ORG_NAME = "FinOps Workbench"

#: Seconds a thread may hold the GIL while another waits for it. Every Qt call from a slot
#: releases and re-takes the GIL, so with CPython's default (5 ms) one slot making 30 Qt
#: calls while an import worker runs Python code could stall the GUI for 150 ms.
GUI_SWITCH_INTERVAL_S = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: high-DPI, names, Fusion style and the palette theme."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scale factors (125 %, 150 %) render crisply instead of rounding.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")  # follows the palette (light/dark) on every OS
    app.setWindowIcon(icon("report"))
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app


@dataclass
class Workbench:
    """Everything one running app consists of."""

    app: QApplication
    languages: LanguageSwitcher
    session: EngagementSession
    window: MainWindow
    error_bridge: ErrorBridge

    def shutdown(self) -> None:
        self.window.shutdown()
        self.error_bridge.uninstall()


def build_workbench(lang: str | None = None, *, install_error_bridge: bool = True) -> Workbench:
    app = create_application()
    languages = LanguageSwitcher(app)
    languages.set_language(lang or system_language())
    session = EngagementSession()
    window = MainWindow(session, languages)
    bridge = ErrorBridge(session.autosave_now, lambda: window)
    if install_error_bridge:
        bridge.install()
    return Workbench(app, languages, session, window, bridge)


def offer_recovery(workbench: Workbench) -> bool:
    """At start: offer the newest autosaved engagement; True when it was restored."""
    found = sorted(
        recovery.pending_recoveries(),
        key=lambda r: r.recovery_path.stat().st_mtime,
        reverse=True,
    )
    if not found:
        return False
    newest = found[0]
    if not ask_restore_recovery(workbench.window, newest):
        recovery.discard(newest.original_path)
        return False
    try:
        engagement = load(newest.recovery_path)
    except EngagementFileError as exc:
        show_expected_error(workbench.window, exc)
        return False
    original = Path(newest.original_path) if newest.original_path else None
    workbench.session.replace(engagement, original, dirty=True)
    return True


def run_app(engagement: str | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Open the desktop app (``finops-workbench [ENGAGEMENT] [--demo] [--lang nl|en]``)."""
    workbench = build_workbench(lang)
    workbench.window.show()
    # Start-up objects (Qt wrappers, pages, catalogues) live for the whole session: move
    # them out of the collector's generations so full collections stay short and a
    # worker thread's collection does not stall the GUI thread.
    gc.collect()
    gc.freeze()
    restored = offer_recovery(workbench)
    if not restored:
        if engagement:
            workbench.window.file_ops.open_path(engagement, confirmed=True)
        elif demo:
            workbench.window.demo_loader.start()
    exit_code = workbench.app.exec()
    workbench.shutdown()
    return int(exit_code)
