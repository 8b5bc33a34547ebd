"""A command builds only its own parser: the same parse, the same help and errors as
with every command's parser built, and each command's help still works."""

from __future__ import annotations

import argparse
from datetime import date

import pytest
from cli_support import run

from vertprep.cli import build_parser, parse_arguments
from vertprep.commands import COMMAND_MODULES, COMMANDS


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(subparsers.choices)


def test_the_command_table_names_every_command_each_module_registers():
    assert command_names(build_parser()) == list(COMMANDS)
    for command, module in COMMANDS.items():
        alone = command_names(build_parser(only=command))
        assert command in alone
        assert {COMMANDS[name] for name in alone} == {module}
    assert len(COMMAND_MODULES) == len(set(COMMANDS.values()))


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "--out", "plan.pdf", "--name", "Maria Keller", "--date", "2026-12-10"],
        ["--lang", "de", "print", "--out", "plan.pdf", "--second-lang", "ar", "--blank"],
        ["--data-dir", "folder", "calendar", "--out", "plan.ics"],
        ["diary", "export", "--out", "diary.csv"],
        ["patients", "list"],
        ["plan", "check", "team.toml"],
    ],
)
def test_one_command_parses_as_the_whole_command_line(argv):
    alone = vars(parse_arguments(argv))
    whole = vars(build_parser().parse_args(argv))
    assert alone == whole
    if argv[0] == "print":
        assert alone["command"] == "print"
        assert alone["date"] in (None, date(2026, 12, 10))


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_its_help(command, capsys):
    code, out, err = run([command, "--help"], capsys)
    assert code == 0, err
    assert out.startswith(f"usage: vertprep {command} ")
    assert "-h, --help" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["bogus"], "vertprep: error: argument COMMAND: invalid choice: 'bogus'"),
        (["--lang", "xx", "print"], "vertprep: error: argument --lang: unknown language"),
        (["print", "--lang", "xx", "--out", "a.pdf"], "vertprep print: error: argument --lang"),
        (["print", "--paper", "a3", "--out", "a.pdf"], "vertprep print: error: argument --paper"),
        (["print", "--out", "a.pdf", "extra"], "vertprep: error: unrecognized arguments: extra"),
        (["--out", "a.pdf", "print"], "vertprep: error: argument COMMAND: invalid choice: 'a.pdf'"),
        (["plan"], "vertprep plan: error: the following arguments are required: ACTION"),
    ],
)
def test_mistakes_are_one_line_with_exit_code_2(argv, message, capsys):
    code, out, err = run(argv, capsys)
    assert code == 2
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1
    assert out == ""


def test_the_whole_help_still_lists_every_command(capsys):
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert all(command in out for command in COMMANDS)
