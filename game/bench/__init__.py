"""`python -m game bench`: frame time, start-up, check, load, memory and payload figures, each against its floor."""
