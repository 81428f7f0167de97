"""Widgets of the Tags & Allocation page (coverage, policy, worklist, allocation, showback).

Figures come from :mod:`workbench.core.tagging` through :mod:`.compute`; the widgets only
format and show them, and report the user's edits back to the page.
"""
