"""The widgets: thin screens that read and write through the patient session."""
