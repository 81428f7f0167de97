"""Tagging policy, tag coverage by spend, remediation worklist, cost allocation, showback.

No Qt here: the GUI and the PDF report call these functions and draw their typed results.
"""
