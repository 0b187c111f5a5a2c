"""cpdesk: the Corporate Parenting Sub-Committee's desk."""

__version__ = "0.1.0"
