"""Analyses: plain functions over the canonical cost table (or its daily cube).

Each analysis returns typed results that the GUI, the CLI (``kpis``) and the report read.
KPIs are published through :mod:`workbench.core.analysis.kpi_registry` by id, so the
assessment evidence and the report pick up a new analysis without being changed.
"""
