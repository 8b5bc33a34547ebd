"""``vertprep --background`` from the command line: where no notification can be
shown it says so, records it for the window, and ends; a second agent ends at once."""

from __future__ import annotations

from vertprep.agent.lock import agent_lock, agent_running
from vertprep.cli import main
from vertprep.storage import Store


def test_with_no_way_to_notify_the_agent_says_so_and_records_it(
    app, data_dir, db_path, monkeypatch, capsys
):
    monkeypatch.setattr("vertprep.agent.run.find_backend", lambda tray, icon="": None)
    assert main(["--background", "--lang", "en", "--data-dir", str(data_dir)]) == 1
    app.setQuitOnLastWindowClosed(True)  # as the other tests expect
    assert "no notification service" in capsys.readouterr().err
    store = Store(db_path)
    assert store.settings().notifications_unavailable is True
    store.close()
    assert not agent_running(data_dir)  # the lock was given back
    assert data_dir.stat().st_mode & 0o777 == 0o700


def test_a_second_agent_for_the_same_folder_ends_at_once(app, data_dir, monkeypatch, capsys):
    monkeypatch.setattr(
        "vertprep.agent.run.find_backend",
        lambda tray, icon="": (_ for _ in ()).throw(AssertionError("must not get this far")),
    )
    data_dir.mkdir(parents=True)
    held = agent_lock(data_dir)
    assert held.tryLock(0)
    try:
        assert main(["--background", "--data-dir", str(data_dir)]) == 0
    finally:
        held.unlock()
    assert "already run" in capsys.readouterr().err
