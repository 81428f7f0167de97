"""Widgets and worker tasks of the Report page (:mod:`workbench.gui.pages.report`)."""
