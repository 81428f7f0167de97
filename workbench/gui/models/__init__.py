"""Thin Qt item models over core data (Arrow tables)."""
