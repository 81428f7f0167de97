"""Roadmap screens: table editors, Gantt-style timeline, state holder."""
