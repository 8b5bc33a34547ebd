"""Sub-commands of the ``vertprep`` command line that work without a window.

Each module listed in ``COMMAND_MODULES`` has ``register(subparsers, add_common_options)``
which adds its parser and sets ``handler=`` to a function ``(args) -> int``. Modules
are imported when the parser is built, so they import Qt only inside the handler.
"""

from __future__ import annotations

COMMAND_MODULES: tuple[str, ...] = (
    "vertprep.commands.calendar_cmd",
    "vertprep.commands.print_cmd",
    "vertprep.commands.plan_cmd",
    "vertprep.commands.report_cmd",
    "vertprep.commands.backup_cmd",
    "vertprep.commands.patients_cmd",
)
