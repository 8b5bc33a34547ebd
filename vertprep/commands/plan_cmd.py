"""``vertprep plan``: export, check and import a care team's plan file, no window needed.

- ``plan export --out FILE``: the plan in use (the built-in one on a fresh folder);
- ``plan check FILE``: exit 0, or one line per problem (file, line, key, reason), exit 2;
- ``plan import FILE``: the patient's plan from now on; nothing changes if it has a problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vertprep.commands.arguments import EXIT_CODES_HELP, EXIT_ERROR, EXIT_OK, EXIT_USAGE

PROG = "vertprep plan"


def register(subparsers, add_common_options) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="export, check or import a care team's plan file",
        description="A care team's plan as a file: the steps, times, contacts and "
        "instructions vertprep shows (format: resources/plans/README.md).",
        epilog=EXIT_CODES_HELP,
    )
    actions = parser.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the plan in use to a file")
    add_common_options(export)
    export.add_argument("--out", required=True, metavar="FILE", help="the plan file to write")
    check = actions.add_parser("check", help="check a plan file and list its problems")
    check.add_argument("file", metavar="FILE")
    imported = actions.add_parser("import", help="make a plan file the patient's plan")
    add_common_options(imported)
    imported.add_argument("file", metavar="FILE")
    parser.set_defaults(handler=run)


def problem_lines(path: Path, error) -> list[str]:
    """``FILE:LINE: KEY: reason`` for each problem (without LINE or KEY when unknown)."""
    lines = []
    for problem in error.problems:
        where = str(path) + (f":{problem.line}" if problem.line is not None else "")
        key = f" {problem.key}:" if problem.key else ""
        lines.append(f"{where}:{key} {problem.reason()}")
    return lines


def plan_argument(parser: argparse.ArgumentParser) -> None:
    """``--plan FILE`` of ``print`` and ``calendar``: a plan file used, not imported."""
    parser.add_argument(
        "--plan", metavar="FILE", help="use this care team's plan file (it is not imported)"
    )


def plan_or_exit(value: str | None, prog: str):
    """The plan of ``--plan``, ``None`` without it; on a problem, its lines and exit 2."""
    from vertprep.plan.problems import PlanFileError

    if value is None:
        return None
    try:
        return read_checked(value)
    except PlanFileError as error:
        for line in problem_lines(Path(value), error):
            print(f"{prog}: {line}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def read_checked(value: str):
    """The plan in the file ``value``; raises ``PlanFileError`` with every problem."""
    from vertprep.plan.reader import read_plan_file

    return read_plan_file(Path(value).expanduser())


def _open_store(args: argparse.Namespace, create: bool):
    from vertprep.paths import database_path, resolve_data_dir
    from vertprep.storage import Store

    db = database_path(resolve_data_dir(args.data_dir))
    if not create and not db.is_file():
        return None
    return Store(db)


def _export(args: argparse.Namespace) -> int:
    from vertprep import resources
    from vertprep.plan.builtin import builtin_plan
    from vertprep.plan.stored import stored_plan
    from vertprep.plan.writer import write_plan_text

    resources.ensure_loaded()
    out = Path(args.out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        print(f"{PROG}: error: cannot write {out}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    store = _open_store(args, create=False)
    try:
        plan = stored_plan(store) if store is not None else builtin_plan()
    finally:
        if store is not None:
            store.close()
    partial = out.with_name(out.name + ".part")
    partial.write_text(write_plan_text(plan), encoding="utf-8")
    partial.replace(out)  # never a half-written plan under the real name
    print(f"Saved the plan to {out}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from vertprep.plan.problems import PlanFileError

    try:
        plan = read_checked(args.file)
    except PlanFileError as error:
        for line in problem_lines(Path(args.file), error):
            print(line, file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.file}: a good plan with {len(plan.steps)} steps and {len(plan.stages)} stages")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from vertprep import resources
    from vertprep.plan.problems import PlanFileError
    from vertprep.plan.stored import store_plan

    resources.ensure_loaded()
    try:
        plan = read_checked(args.file)
    except PlanFileError as error:
        for line in problem_lines(Path(args.file), error):
            print(line, file=sys.stderr)
        print(f"{PROG}: nothing was changed", file=sys.stderr)
        return EXIT_USAGE
    store = _open_store(args, create=True)
    try:
        store_plan(store, plan, Path(args.file).name)
    finally:
        store.close()
    print(f"{args.file} is now the care team's plan")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Handler of ``vertprep plan``; returns the exit code."""
    from vertprep.storage import StorageError

    action = {"export": _export, "check": _check, "import": _import}[args.plan_action]
    try:
        return action(args)
    except (OSError, StorageError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
