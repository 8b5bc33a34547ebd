"""Sub-commands of the ``vertprep`` command line that work without a window.

Each module listed in ``COMMANDS`` has ``register(subparsers, add_common_options)``
which adds its parsers and sets ``handler=`` to a function ``(args) -> int``. Modules
are imported when the parser is built, so they import Qt only inside the handler.
"""

from __future__ import annotations

# Each command and the module that registers it (a module may register two), in
# the order ``vertprep --help`` lists them. A run of one command builds only its
# module's parser: importing every command would slow down ``vertprep print``.
COMMANDS: dict[str, str] = {
    "calendar": "vertprep.commands.calendar_cmd",
    "print": "vertprep.commands.print_cmd",
    "plan": "vertprep.commands.plan_cmd",
    "report": "vertprep.commands.report_cmd",
    "diary": "vertprep.commands.report_cmd",
    "backup": "vertprep.commands.backup_cmd",
    "restore": "vertprep.commands.backup_cmd",
    "patients": "vertprep.commands.patients_cmd",
}
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))
