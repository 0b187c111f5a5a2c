"""Briefing packs and other PDF output, drawn with reportlab. No Qt."""
