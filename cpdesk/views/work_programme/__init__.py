"""The Work programme page: the year's annual reports and when they come."""
