"""Login entries for the reminder agent, written and removed in a temporary home folder
for each system, and ``vertprep --uninstall-autostart``."""

from __future__ import annotations

import configparser
import plistlib
import shlex

import pytest

from vertprep import autostart
from vertprep.autostart import Environment
from vertprep.cli import main

PYTHON = "/opt/my python/bin/python3"


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "Maria's data 100%"
    folder.mkdir()
    return folder


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path, data):
    env = Environment("linux", tmp_path / "home", {})
    path = autostart.install(data, env, python=PYTHON)
    assert path == tmp_path / "home" / ".config" / "autostart" / "vertprep-reminders.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["NoDisplay"] == "true"
    # The Exec value unescaped as a desktop reads it: string escapes, then %% and quoting.
    exec_value = entry["Exec"].replace("\\\\", "\\").replace("%%", "%")
    expected = [PYTHON, "-m", "vertprep", "--background", "--data-dir", str(data.resolve())]
    assert shlex.split(exec_value) == expected
    assert autostart.installed_for(data, env)
    assert not autostart.installed_for(tmp_path, env)
    assert autostart.remove(env) == path
    assert not path.exists()
    assert autostart.remove(env) is None  # removing twice is no error
    assert not autostart.installed_for(data, env)


def test_linux_follows_xdg_config_home(tmp_path, data):
    env = Environment("linux", tmp_path / "home", {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert autostart.install(data, env, python=PYTHON).parent == tmp_path / "cfg" / "autostart"


def test_windows_writes_a_startup_folder_script(tmp_path, data):
    appdata = tmp_path / "AppData" / "Roaming"
    env = Environment("win32", tmp_path, {"APPDATA": str(appdata)})
    path = autostart.install(data, env, python="C:\\Python311\\python.exe")
    startup = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
    assert path == startup / "vertprep reminders.cmd"
    script = path.read_bytes().decode("utf-8")
    assert script.startswith("@echo off\r\n")
    assert (
        'start "" "C:\\Python311\\python.exe" "-m" "vertprep" "--background" "--data-dir" '
        f'"{str(data.resolve()).replace("%", "%%")}"\r\n'
    ) in script
    assert autostart.installed_for(data, env)
    autostart.remove(env)
    assert not path.exists()


def test_macos_writes_a_launch_agent(tmp_path, data):
    env = Environment("darwin", tmp_path / "home", {})
    path = autostart.install(data, env, python=PYTHON)
    assert path == tmp_path / "home" / "Library" / "LaunchAgents" / "org.vertprep.reminders.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "org.vertprep.reminders"
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == [
        PYTHON, "-m", "vertprep", "--background", "--data-dir", str(data.resolve())
    ]  # fmt: skip
    assert autostart.installed_for(data, env)
    autostart.remove(env)
    assert not path.exists()


def test_uninstall_autostart_command_removes_the_entry(tmp_path, data, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr("sys.platform", "linux")
    path = autostart.install(data)
    assert main(["--uninstall-autostart"]) == 0
    assert not path.exists()
    assert str(path) in capsys.readouterr().out
    assert main(["--uninstall-autostart"]) == 0
    assert "nothing to remove" in capsys.readouterr().out
