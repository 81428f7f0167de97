"""Billing import: read any export container, detect its format, normalise to canonical rows.

Entry points: :func:`workbench.core.importing.pipeline.inspect_file` and
:func:`workbench.core.importing.pipeline.import_files`. Adapters register in
:mod:`workbench.core.importing.registry`.
"""
