"""The screens of the main window, one job each."""
