"""Format adapters, one module per export family.

Each module exposes ``ADAPTER`` (one :class:`~workbench.core.importing.base.FormatAdapter`)
or ``ADAPTERS`` (a list of them); :mod:`workbench.core.importing.registry` collects them.
"""
