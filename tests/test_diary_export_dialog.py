"""File › Export diary…: the diary saved as CSV where the patient chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.conftest import FIXED_NOW
from vertprep.ui import file_dialog


def test_export_diary_from_the_file_menu(window, monkeypatch, tmp_path):
    window.session.add_pain_entry(FIXED_NOW.date(), 6)
    asked, said = [], []
    target = tmp_path / "my diary"
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: asked.append(a[2]) or str(target))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    window.window_actions.export_diary_action.trigger()
    assert asked == ["Pain diary.csv"]
    lines = (tmp_path / "my diary.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["date,pain_0_to_10,walking,pain_medicine,note", "2026-12-01,6,,,"]
    assert "Diary entries saved: 1" in said[0]
