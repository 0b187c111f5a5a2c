"""The Young people's voice page: challenges young people raise, answered, acted on and told back."""
