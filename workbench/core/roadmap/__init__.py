"""Roadmap (Qt-free): action catalogue, generation from assessment gaps and findings,
user edits that survive regeneration, and plain rows for tables, Excel and PDF.

Scheduling and effort-spreading rules are documented in `workbench.core.roadmap.generate`.
"""

from workbench.core.roadmap.catalogue import (
    EFFORTS,
    HORIZONS,
    IMPACTS,
    PERSONAS,
    ActionCatalogue,
    ActionTemplate,
    CatalogueError,
    load_catalogue,
    parse_catalogue,
    validate_catalogue_data,
)
from workbench.core.roadmap.generate import (
    MAX_LARGE_PER_HORIZON,
    CapabilityGap,
    gaps_from_results,
    generate_roadmap,
)
from workbench.core.roadmap.model import (
    ALL_HORIZONS,
    SCHEMA_VERSION,
    STATUSES,
    Finding,
    Roadmap,
    RoadmapFormatError,
    RoadmapItem,
    SavingsLine,
    item_key,
)
from workbench.core.roadmap.rows import COLUMNS, headers, roadmap_to_rows

__all__ = [
    "ALL_HORIZONS",
    "COLUMNS",
    "EFFORTS",
    "HORIZONS",
    "IMPACTS",
    "MAX_LARGE_PER_HORIZON",
    "PERSONAS",
    "SCHEMA_VERSION",
    "STATUSES",
    "ActionCatalogue",
    "ActionTemplate",
    "CapabilityGap",
    "CatalogueError",
    "Finding",
    "Roadmap",
    "RoadmapFormatError",
    "RoadmapItem",
    "SavingsLine",
    "gaps_from_results",
    "generate_roadmap",
    "headers",
    "item_key",
    "load_catalogue",
    "parse_catalogue",
    "roadmap_to_rows",
    "validate_catalogue_data",
]
