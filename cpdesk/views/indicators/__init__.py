"""The Indicators page: figures, charts against comparators, imports and exceptions."""
