"""The two callbacks every slow core function takes, so the GUI, CLI and tests can drive it.

``progress(fraction, message)`` reports 0..1 and a short text; ``is_cancelled()`` is polled
between steps, and the function stops early (raising its cancelled exception) when true.
The GUI wraps them in :class:`workbench.gui.workers.Worker`; the CLI passes plain functions.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
