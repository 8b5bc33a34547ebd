"""Languages, translators and locale-aware formatting."""
