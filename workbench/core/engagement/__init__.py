"""The engagement: the workshop's single file and its in-memory model."""

from workbench.core.engagement.model import COSTS_TABLE, Engagement, EngagementMeta
from workbench.core.engagement.store import EXTENSION, EngagementFileError, load, save

__all__ = [
    "COSTS_TABLE",
    "EXTENSION",
    "Engagement",
    "EngagementFileError",
    "EngagementMeta",
    "load",
    "save",
]
