"""The Overview page's parts: the shared filter bar, KPI cards, charts and the cost explorer.

Widgets here only *show* what :mod:`workbench.core.analysis` computed; the recompute runs in
:class:`workbench.gui.workers.Worker` via the plain functions in :mod:`.compute`.
"""
