"""Compile translations and resources into ``vertprep/_resources_rc.py``.

Run after changing anything in ``resources/`` or ``translations/``::

    python resources/build.py          # rebuild
    python resources/build.py --check  # exit 1 if the committed module is stale

The module is committed so that both an editable install and a wheel carry the
icons, styles and compiled translations without a build step of their own.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"
MODULE = ROOT / "vertprep" / "_resources_rc.py"
BUNDLED = ("icons", "illustrations", "plans", "styles")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def compile_translations(out_dir: Path) -> list[Path]:
    """``lrelease`` every ``.ts`` file into ``out_dir``; returns the ``.qm`` files."""
    compiled = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = out_dir / source.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        compiled.append(target)
    return compiled


def write_qrc(qrc: Path, qm_files: list[Path]) -> None:
    lines = ['<!DOCTYPE RCC><RCC version="1.0">', '<qresource prefix="/vertprep">']
    for folder in BUNDLED:
        for path in sorted((RESOURCES / folder).rglob("*")):
            if path.is_file():
                rel = path.relative_to(RESOURCES).as_posix()
                lines.append(f'  <file alias="{rel}">{path.as_posix()}</file>')
    for path in qm_files:
        lines.append(f'  <file alias="translations/{path.name}">{path.as_posix()}</file>')
    lines += ["</qresource>", "</RCC>", ""]
    qrc.write_text("\n".join(lines), encoding="utf-8")


def build(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        qm_files = compile_translations(tmp_dir)
        qrc = tmp_dir / "vertprep.qrc"
        write_qrc(qrc, qm_files)
        subprocess.run(
            [
                _tool("pyside6-rcc"),
                "--format-version",
                "1",
                "-g",
                "python",
                "--no-compress",
                "-o",
                str(target),
                str(qrc),
            ],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check it is up to date")
    args = parser.parse_args()
    if not args.check:
        build(MODULE)
        print(f"wrote {MODULE.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.py"
        build(fresh)
        if not MODULE.exists() or fresh.read_bytes() != MODULE.read_bytes():
            print(f"{MODULE.relative_to(ROOT)} is stale: run python resources/build.py")
            return 1
    print("resources are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
