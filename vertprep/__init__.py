"""vertprep: a patient prepares for vertebroplasty, step by step."""

__version__ = "0.1.0"
APP_NAME = "vertprep"
