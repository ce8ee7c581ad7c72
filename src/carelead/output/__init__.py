"""Rendering results: one set of formats (table, json, jsonl, csv, markdown) for every command."""

from carelead.output.formats import FORMATS, Report, Table, emit, render

__all__ = ["FORMATS", "Report", "Table", "emit", "render"]
