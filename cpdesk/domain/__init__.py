"""What the committee does: plain Python over the store, called the same way by the GUI, the CLI and tests."""
