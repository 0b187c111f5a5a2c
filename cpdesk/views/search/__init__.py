"""Ctrl+F: one search over everything, in a window of its own."""
