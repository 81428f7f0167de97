"""Dimensions a user can group by: a canonical column name, or ``"tag:<key>"``.

Shared by the overview charts and the cost explorer so both name groupings the same way.
"""

from __future__ import annotations

from typing import Any, Final

TAG_PREFIX: Final = "tag:"
#: Group name for rows with no value in a column dimension.
NOT_SET: Final = "(not set)"
OTHER: Final = "Other"


def tag_dimension(key: str) -> str:
    return f"{TAG_PREFIX}{key}"


def is_tag_dimension(dimension: str) -> bool:
    return dimension.startswith(TAG_PREFIX)


class DimensionError(ValueError):
    """An unknown grouping dimension; the message names it."""


def group_name(value: Any) -> str:
    return NOT_SET if value is None else str(value)
