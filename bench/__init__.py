"""Benchmarks and the seeded generators of large billing exports they read."""
