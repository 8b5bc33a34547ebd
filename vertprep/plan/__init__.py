"""The care team's plan as data: the model, the plan file format (TOML) and its checks.

Plain Python, no Qt: the command line checks a plan file without a display.
"""
