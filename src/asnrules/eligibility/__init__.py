"""Eligibility rules (one module per rule family)."""
