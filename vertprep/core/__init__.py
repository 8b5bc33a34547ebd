"""The care plan: content, dates and progress. Plain Python, no widgets."""
