"""The paper reader: a paper attached to an agenda item read page by page inside cpdesk, with my notes."""
