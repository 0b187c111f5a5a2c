"""The People page: members, officers, teams and bodies."""
