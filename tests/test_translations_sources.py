"""The .ts files hold exactly the strings of the code, lupdate sees every one of them,
and the compiled translations (vertprep/i18n/qm/*.qm) and bundled resources
(vertprep/_resources_rc.py) are up to date."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import tr_scan
from i18n_support import ROOT, load_script, read_ts, ts_path

from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
QM_DIR = ROOT / "vertprep" / "i18n" / "qm"


def load_resources_build():
    spec = importlib.util.spec_from_file_location("build", ROOT / "resources" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the code now, run the way translations/update.py runs it."""
    target = tmp_path_factory.mktemp("lupdate") / "fresh_de.ts"
    load_script("update").lupdate(target, "de")
    return {(m.context, m.source) for m in read_ts(target)}


@pytest.fixture(scope="module")
def scanned() -> tr_scan.ScanResult:
    return tr_scan.scan(ROOT / "vertprep")


def test_no_translated_text_is_built_or_hidden_from_lupdate(scanned):
    # f-strings, + or .format() inside tr, tr(variable), a literal first argument of
    # Catalog.tr (which lupdate misreads as a text): fix the call, see translations/README.md.
    assert scanned.problems == []


def test_lupdate_sees_every_translation_call(scanned, extracted):
    unseen = sorted(scanned.messages - extracted)
    assert unseen == [], "lupdate cannot see these (context, text) pairs"
    # Texts looked up through a constant context must be marked where they are defined.
    unmarked = sorted(scanned.lookups - extracted)
    assert unmarked == [], "mark these with QT_TRANSLATE_NOOP(context, text)"


def test_lupdate_finds_nothing_that_is_not_a_translation_call(scanned, extracted):
    assert sorted(extracted - scanned.messages) == []


def test_scan_finds_the_known_kinds_of_calls(scanned):
    # The scanner itself: a self.tr, a QT_TRANSLATE_NOOP and a QCoreApplication.translate.
    assert ("WelcomeScreen", "Welcome") in scanned.messages
    assert ("PlanText", "By your consultation") in scanned.messages
    assert ("Crash", "vertprep") in scanned.messages


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_file_has_every_source_string_and_no_other(code, extracted):
    path = ts_path(code)
    assert path.exists(), "run: python translations/update.py"
    in_file = {(m.context, m.source) for m in read_ts(path)}
    assert sorted(extracted - in_file) == [], "missing: run python translations/update.py"
    assert sorted(in_file - extracted) == [], "obsolete: run python translations/update.py"


def test_compiled_translations_are_up_to_date():
    # Compares a fresh build's content with the committed module (not file times).
    result = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "build.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", TRANSLATED)
def test_freshness_check_compares_the_messages_themselves(code):
    # The check reads each message out of the shipped .qm (whatever Qt wrote the
    # file's bytes), so it sees every finished translation of the .ts file.
    shipped = load_resources_build().qm_messages(QM_DIR / f"vertprep_{code}.qm")
    finished = [m for m in read_ts(ts_path(code)) if m.usable]
    assert finished
    for message in finished:
        assert shipped[(message.context, message.source, "")] == (message.translation,)


def test_translations_are_package_data_files():
    from vertprep.i18n.catalog import translation_path

    for code in TRANSLATED:
        assert Path(translation_path(code)).is_file(), code
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"vertprep.i18n" = ["qm/*.qm"]' in config
