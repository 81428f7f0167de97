"""The recent-files list: a small JSON file under ``app_home()``, written atomically.

Qt-free on purpose (plain paths in, plain paths out) so it is trivial to test.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from workbench.core.engagement.recovery import app_home

MAX_RECENT = 10


def recent_files_path() -> Path:
    return app_home() / "recent_files.json"


class RecentFiles:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or recent_files_path()

    def load(self) -> list[str]:
        """Most recent first; unreadable files give an empty list, missing files are kept
        (a USB stick may come back) but shown by the menu as they are."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        items = data.get("recent") if isinstance(data, dict) else None
        if not isinstance(items, list):
            return []
        return [item for item in items if isinstance(item, str)][:MAX_RECENT]

    def add(self, file_path: str | os.PathLike[str]) -> list[str]:
        entry = str(Path(file_path).resolve())
        items = [entry] + [item for item in self.load() if item != entry]
        return self._store(items[:MAX_RECENT])

    def remove(self, file_path: str) -> list[str]:
        return self._store([item for item in self.load() if item != file_path])

    def clear(self) -> list[str]:
        return self._store([])

    def _store(self, items: list[str]) -> list[str]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump({"recent": items}, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        return items
