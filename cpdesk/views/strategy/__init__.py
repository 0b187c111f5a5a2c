"""The Strategy page: the contents, the reading pane and the versions."""
