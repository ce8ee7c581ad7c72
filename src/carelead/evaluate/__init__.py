"""Measure carelead's coding against hand coding: attribution, themes, tone and agreement."""
