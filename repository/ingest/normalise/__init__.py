"""Normalisers: pure functions from sheet text to normalised facts."""
