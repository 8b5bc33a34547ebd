"""The pain chart and the report for the follow-up visit (no widgets here)."""
