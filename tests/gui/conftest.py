"""GUI test fixtures: offscreen Qt, an isolated app home, and a ready-built workbench."""

from __future__ import annotations

import os

# Before any Qt import: GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import weakref  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from workbench.gui.app import Workbench, build_workbench  # noqa: E402
from workbench.gui.i18n_build import QM_DIR, compile_translations  # noqa: E402
from workbench.gui.workers import Worker  # noqa: E402

_live_workers: weakref.WeakSet[Worker] = weakref.WeakSet()
_worker_init = Worker.__init__


def _tracked_init(self: Worker, *args: Any, **kwargs: Any) -> None:
    _worker_init(self, *args, **kwargs)
    _live_workers.add(self)


Worker.__init__ = _tracked_init  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def no_modifier_key_stays_held(qapp: QApplication) -> Iterator[None]:
    """A shortcut swallows its key press, and the application can go on believing Ctrl or
    Shift are held: a later test's ``selectRow()`` would then toggle instead of select. A
    plain key click after the test releases them."""
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyClick(QWidget(), Qt.Key.Key_Escape)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def no_task_outlives_its_test() -> Iterator[None]:
    """A task still running after its test ends runs into the next test, or into the
    interpreter's shutdown (where Qt reports the thread's forced exit). Fail the test that
    left it instead."""
    yield
    for worker in list(_live_workers):
        try:
            worker.cancel()
            finished = worker.wait(20_000)
        except RuntimeError:  # the Qt object is already deleted, and its pool with it
            continue
        assert finished, f"a {type(worker.parent()).__name__} task kept running after the test"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files, recent files and presets go to a per-test folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("FINOPS_WORKBENCH_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """``make test`` compiles them first; a bare ``pytest`` run compiles them here."""
    if not (QM_DIR / "workbench_nl.qm").exists():
        compile_translations()


@pytest.fixture
def workbench(qtbot: QtBot) -> Iterator[Workbench]:
    """The whole app (English), without the global error hooks; shut down afterwards."""
    built = build_workbench("en", install_error_bridge=False)

    def before_close(_window: object) -> None:
        # pytest-qt closes widgets before fixture finalizers run: never prompt then.
        built.session.saved_revision = built.session.engagement.revision
        built.shutdown()

    qtbot.addWidget(built.window, before_close_func=before_close)
    built.window.resize(1200, 800)
    yield built
    built.shutdown()
    built.languages.set_language("en")
