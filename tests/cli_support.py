"""Running one ``vertprep`` command line in the test process."""

from __future__ import annotations

from vertprep.cli import main


def run(argv, capsys):
    """Exit code, stdout and stderr of one command line."""
    try:
        code = main([str(arg) for arg in argv])
    except SystemExit as stop:  # argparse's own errors
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err
