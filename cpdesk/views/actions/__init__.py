"""The Actions page: the chair's view of the action log."""
