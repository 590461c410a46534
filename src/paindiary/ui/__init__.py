"""Everything Qt: start-up, the main window, one module per view or dialog."""
