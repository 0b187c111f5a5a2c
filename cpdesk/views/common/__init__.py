"""What every page shares: forms and messages, the task runner, the change hub, confirmations, widgets."""
