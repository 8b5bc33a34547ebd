"""The suite passes on any machine: under another session locale and with only
Debian's default fonts (DejaVu). Runs a few tests that depend on both in a child
pytest with LANG=de_DE.UTF-8 and a fontconfig file that lists only DejaVu."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# Dates written by the session's locale, a day screen at 700 px in a wide font.
PROBES = [
    "tests/test_walkthrough.py::test_every_before_item_has_a_due_date_from_the_procedure_date",
    "tests/test_persistence.py::test_changing_the_date_moves_every_due_date",
    "tests/test_i18n_layout.py::test_pseudo_translation_clips_nothing",
    "tests/test_print_languages.py::test_chinese_and_arabic_are_set_in_fonts_of_their_script",
]


def _has_locale(name: str) -> bool:
    try:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout
    except OSError:
        return False
    return name.lower().replace("-", "") in listed.lower().replace("-", "")


@pytest.mark.skipif(not _has_locale("de_DE.utf8"), reason="the de_DE.UTF-8 locale is not generated")
@pytest.mark.skipif(not DEJAVU.is_dir(), reason="DejaVu fonts (fonts-dejavu-core) are missing")
def test_the_suite_passes_in_german_with_only_dejavu(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        f"<fontconfig><dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    for variable in ("LC_ALL", "LC_MESSAGES", "LC_TIME", "LANGUAGE"):
        env.pop(variable, None)
    env["LANG"] = "de_DE.UTF-8"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *PROBES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    # Without Noto, the tests that read Chinese or Arabic from a PDF skip and say why.
    assert "needs a font for zh_TW" in result.stdout
