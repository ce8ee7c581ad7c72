"""Analyses over tagged passages: tone, theme-by-role variation and the comparison of reports."""
