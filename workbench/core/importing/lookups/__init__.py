"""Small provider lookup tables (service -> ServiceCategory / ServiceName), as package data.

NOTICE: derived from finopsfoundation/focus_converters and microsoft/finops-toolkit
open-data (both MIT licensed); see the NOTICE file in this folder for sources and commits.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


@cache
def load_table(name: str) -> dict[str, tuple[str, ...]]:
    """``{first column: (other columns...)}`` of ``<name>.csv`` in this package."""
    text = resources.files(__package__).joinpath(f"{name}.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    return {row[0]: tuple(row[1:]) for row in rows[1:] if row}


@cache
def first_values(name: str) -> dict[str, str]:
    """``{first column: second column}`` of ``<name>.csv``."""
    return {key: values[0] for key, values in load_table(name).items() if values}


def aws_service_category(product_code: str) -> str | None:
    found = load_table("aws_service_categories").get(product_code)
    return found[0] if found else None


def gcp_service_category(service_description: str) -> str | None:
    found = load_table("gcp_service_categories").get(service_description)
    return found[0] if found else None


def azure_service(
    resource_type: str | None, consumed_service: str | None
) -> tuple[str, str] | None:
    """(ServiceName, ServiceCategory) from the ARM resource type, else the consumed service."""
    if resource_type:
        found = load_table("azure_resource_type_services").get(resource_type.lower())
        if found:
            return found[0], found[1]
    if consumed_service:
        key = consumed_service.lower()
        named = load_table("azure_consumed_service_services").get(key)
        if named:
            return named[0], named[1]
        category = load_table("azure_consumed_service_categories").get(key)
        if category:
            return consumed_service, category[0]
    return None
