"""Allows ``python -m vertprep``; also what the installed ``vertprep`` command runs."""

import sys

from vertprep.cli import main


def run() -> None:
    """Run the command line; after a window run, leave the process at once."""
    code = main()
    app = sys.modules.get("vertprep.app")
    if app is not None and app.window_run_over():
        app.end_process(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
