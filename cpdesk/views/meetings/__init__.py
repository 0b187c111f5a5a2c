"""The Meetings page: meetings, agendas, papers, attendance, declarations and minutes."""
