"""Starting the reminder agent at login, the way each system expects; plain Python.

- Linux and other XDG desktops: ``~/.config/autostart/vertprep-reminders.desktop``
  (or under ``$XDG_CONFIG_HOME``);
- Windows: ``vertprep reminders.cmd`` in the Startup folder of the Start menu
  (``%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup``);
- macOS: the LaunchAgent ``~/Library/LaunchAgents/org.vertprep.reminders.plist``.

Every function takes the system and the home folder (and environment) as
arguments, so tests write and remove the entries in a temporary home folder.
One entry per user: it names the data folder the agent watches.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ENTRY_NAME = "vertprep-reminders"
LAUNCH_AGENT_LABEL = "org.vertprep.reminders"
WINDOWS_ENTRY = "vertprep reminders.cmd"


@dataclass(frozen=True)
class Environment:
    """Where things are: the system (``sys.platform``), home folder and variables."""

    platform: str
    home: Path
    variables: Mapping[str, str]

    @classmethod
    def current(cls) -> Environment:
        return cls(sys.platform, Path.home(), os.environ)


def windowless_python(python: str | None = None) -> str:
    """This Python, or on Windows the ``pythonw.exe`` beside it, which opens no console."""
    python = python or sys.executable
    if python.lower().endswith("python.exe"):
        windowless = Path(python).with_name("pythonw.exe")
        if windowless.exists():
            return str(windowless)
    return python


def agent_command(data_dir: Path, python: str | None = None) -> list[str]:
    """The command that starts the agent for ``data_dir`` (with this Python)."""
    return [
        windowless_python(python), "-m", "vertprep", "--background",
        "--data-dir", str(data_dir.resolve()),
    ]  # fmt: skip


def entry_path(env: Environment) -> Path:
    """The file that makes the agent start at login on ``env.platform``."""
    if env.platform.startswith("win"):
        appdata = env.variables.get("APPDATA") or str(env.home / "AppData" / "Roaming")
        startup = Path(appdata) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
        return startup / WINDOWS_ENTRY
    if env.platform == "darwin":
        return env.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    config = env.variables.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config) if config and Path(config).is_absolute() else env.home / ".config"
    return base / "autostart" / f"{ENTRY_NAME}.desktop"


def _desktop_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (Desktop Entry Specification)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if argument and not reserved.intersection(argument):
        quoted = argument
    else:
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        quoted = f'"{escaped}"'
    # Then the value is a string: a backslash is written twice, a percent sign too.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def _folder_line(env: Environment, data_dir: Path) -> str:
    """The line naming the data folder, by which an entry is recognised as this one's."""
    folder = str(data_dir.resolve())
    if env.platform.startswith("win"):
        return f"rem data folder: {folder}"
    return "X-vertprep-DataDir=" + folder.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], folder_line: str = "") -> str:
    exec_line = " ".join(_desktop_quote(argument) for argument in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=vertprep reminders\n"
        "Comment=Shows vertprep's reminders when its window is closed\n"
        f"Exec={exec_line}\n"
        "Icon=vertprep\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{folder_line}\n"
    )


def _cmd_quote(argument: str) -> str:
    return '"' + argument.replace('"', '""').replace("%", "%%") + '"'


def windows_script(command: Sequence[str], folder_line: str = "") -> str:
    """A batch file that starts the agent and closes its own console at once."""
    quoted = " ".join(_cmd_quote(argument) for argument in command)
    return (
        "@echo off\r\nrem Started at login by vertprep: its reminders.\r\n"
        f'{folder_line}\r\nstart "" {quoted}\r\n'
    )


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


def entry_content(env: Environment, data_dir: Path, python: str | None = None) -> bytes:
    """What the login entry of ``data_dir``'s agent holds, on ``env.platform``."""
    command = agent_command(data_dir, python)
    if env.platform.startswith("win"):
        return windows_script(command, _folder_line(env, data_dir)).encode("utf-8")
    if env.platform == "darwin":
        return launch_agent(command)
    return desktop_entry(command, _folder_line(env, data_dir)).encode("utf-8")


def install(data_dir: Path, env: Environment | None = None, python: str | None = None) -> Path:
    """Write the login entry for the agent of ``data_dir``; returns its path.
    Raises ``OSError`` when it cannot be written."""
    env = env or Environment.current()
    path = entry_path(env)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(entry_content(env, data_dir, python))
    os.replace(temporary, path)  # never a half-written entry
    return path


def remove(env: Environment | None = None) -> Path | None:
    """Remove the login entry; returns its path if there was one."""
    path = entry_path(env or Environment.current())
    try:
        path.unlink()
    except FileNotFoundError:
        return None
    return path


def installed_for(data_dir: Path, env: Environment | None = None) -> bool:
    """Whether the login entry exists and starts the agent of ``data_dir``."""
    env = env or Environment.current()
    path = entry_path(env)
    try:
        content = path.read_bytes()
    except OSError:
        return False
    wanted = str(data_dir.resolve())
    if path.suffix == ".plist":
        try:
            return wanted in plistlib.loads(content).get("ProgramArguments", [])
        except Exception:  # a damaged file is no entry of ours
            return False
    lines = content.decode("utf-8", "replace").splitlines()
    return _folder_line(env, data_dir) in lines
