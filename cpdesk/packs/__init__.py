"""Briefing packs and other PDF output, drawn with reportlab. No Qt."""

from reportlab import rl_config

# Set before any of reportlab's drawing modules is imported (they read these when first loaded):
# - streams are written compressed and binary, not also ASCII85-encoded (reportlab's default, made for
#   7-bit mail): the files are smaller, and a pack of hundreds of pages is written quicker;
# - shapes skip checking every attribute as it is set (a pack draws thousands of chart marks; the
#   charts' own tests check what they draw).
rl_config.useA85 = 0
rl_config.shapeChecking = 0
