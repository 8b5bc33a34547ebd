"""The command line: ``vertprep [options]`` starts the app.

Parsing needs no display, so ``--help`` and ``--version`` work anywhere. Bad
values get one line on standard error and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from vertprep import __version__
from vertprep.commands import COMMAND_MODULES, COMMANDS
from vertprep.commands.arguments import EXIT_CODES_HELP
from vertprep.i18n.languages import LANGUAGES, canonical

EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are a single line, without the usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def language_code(value: str) -> str:
    """``--lang`` checked against the shipped languages ("zh-tw" is taken as "zh_TW")."""
    known = canonical(value)
    if known is None:
        codes = ", ".join(LANGUAGES)
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; known: {codes}")
    return known


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for your data (default: the user data folder, or $VERTPREP_DATA_DIR)",
    )
    parser.add_argument(
        "--lang", metavar="CODE", type=language_code, help="language: " + ", ".join(LANGUAGES)
    )


class _WindowOnlyParser(OneLineParser):
    """The options of a window start alone; anything else is for the full parser."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotAWindowStart(message)


class _NotAWindowStart(Exception):
    pass


def build_parser(with_commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``only``: with that sub-command's parser alone (it
    parses that command's arguments exactly as the whole one does)."""
    parser = (OneLineParser if with_commands else _WindowOnlyParser)(
        prog="vertprep",
        description="Prepare for vertebroplasty step by step, and follow up afterwards. "
        "One vertprep runs per data folder: starting it again brings its window forward.",
        epilog=EXIT_CODES_HELP,
    )
    parser.add_argument("--version", action="version", version=f"vertprep {__version__}")
    add_common_options(parser)
    parser.add_argument(
        "--background",
        action="store_true",
        help="remind without a window: a notification when a reminder is due",
    )
    parser.add_argument(
        "--uninstall-autostart",
        action="store_true",
        help="stop reminding when vertprep is closed, and remove what starts it at login",
    )
    # Starts, shows the window, and quits: for smoke tests and start-up benchmarks.
    parser.add_argument("--exit-after-start", action="store_true", help=argparse.SUPPRESS)
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    for module_name in COMMAND_MODULES if only is None else (COMMANDS[only],):
        importlib.import_module(module_name).register(subparsers, add_common_options)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options; the sub-commands' parsers are built only when something is left
    for them (a command, or a mistake they explain) or help is asked for, since
    building them imports every command: a window start does without. A command
    builds its own parser alone; ``--help`` and a mistake before the command, the
    whole parser, which lists every command."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if {"-h", "--help"} & set(argv):
        return build_parser().parse_args(argv)
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except _NotAWindowStart:
        rest = argv  # the full parser says what is wrong, as the command would
    if not rest:
        return args
    # What the window's options left starts with the command when one is given first.
    command = rest[0] if rest[0] in COMMANDS else None
    return build_parser(only=command).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vertprep`` command and of ``python -m vertprep``."""
    args = parse_arguments(argv)
    if getattr(args, "handler", None) is not None:
        return args.handler(args)
    if args.uninstall_autostart:
        from vertprep.autostart.command import uninstall_autostart

        return uninstall_autostart(args)
    if args.background:
        from vertprep.agent.run import run_agent  # Qt is loaded only when needed.

        return run_agent(args)
    from vertprep.pyside_scan import quicken_pyside_scan

    quicken_pyside_scan()  # before the window's modules are imported
    from vertprep.app import run_gui  # Qt widgets are loaded only when needed.

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
