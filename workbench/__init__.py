"""FinOps Maturity Workbench: offline billing analysis, maturity assessment and roadmap."""

__version__ = "0.1.0"
