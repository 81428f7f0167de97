"""Turning expected failures into one clear line and exit code 2."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def user_facing_errors() -> Iterator[None]:
    """Map the core's documented errors (bad files, bad input) to :class:`CliError`."""
    from workbench.core.engagement import EngagementFileError

    try:
        yield
    except (EngagementFileError, FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        raise CliError(str(exc)) from exc
    except ValueError as exc:
        # Core validation errors are ValueError subclasses with a user-readable message.
        if type(exc).__module__.startswith("workbench."):
            raise CliError(str(exc)) from exc
        raise
