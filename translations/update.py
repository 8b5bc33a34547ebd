"""Bring every ``.ts`` file up to date with the source strings, then recompile.

Run after adding or changing a translatable string, or after adding a language
to ``vertprep/i18n/languages.py``::

    python translations/update.py            # lupdate + resources/build.py
    python translations/update.py --no-build # lupdate only

``pyside6-lupdate`` reads every module of the ``vertprep`` package. New strings
arrive as unfinished, changed ones lose their old translation (kept as a hint
only while unfinished), and strings no longer in the code are dropped
(``-no-obsolete``). No source locations are written (``-locations none``), so
a ``.ts`` diff shows only the texts that changed. A language's ``.ts`` file is
created the first time it is run for it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "vertprep"
TRANSLATIONS = ROOT / "translations"
GENERATED = {"_resources_rc.py"}

sys.path.insert(0, str(ROOT))
from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def source_files() -> list[Path]:
    """Every Python module of the package that can hold a translatable string."""
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name not in GENERATED)


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"vertprep_{code}.ts"


def lupdate(ts_file: Path, code: str) -> None:
    """Extract the strings into ``ts_file`` (created if missing), merging translations."""
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    command = [
        _tool("pyside6-lupdate"),
        *files,
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        code,
        "-no-obsolete",
        "-silent",
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="do not run resources/build.py")
    args = parser.parse_args()
    for code in LANGUAGES:
        if code != SOURCE_LANGUAGE:
            lupdate(ts_path(code), code)
            print(f"updated {ts_path(code).relative_to(ROOT)}")
    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "resources" / "build.py")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
