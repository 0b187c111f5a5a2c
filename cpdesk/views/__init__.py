"""Every widget, dialog, Qt item model and chart: the thin skin over cpdesk.domain."""
