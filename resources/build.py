"""Build what the package ships from ``resources/`` and ``translations/``.

Run after changing anything in ``resources/`` or a ``.ts`` file (``python
translations/update.py`` runs it for you)::

    python resources/build.py          # rebuild
    python resources/build.py --check  # exit 1 if what is committed is stale

Three outputs, all committed so that an editable install and a wheel carry them
without a build step of their own:

- ``vertprep/i18n/qm/vertprep_XX.qm``: each ``.ts`` file compiled by ``lrelease``,
  shipped as package data and loaded from the file by ``QTranslator``;
- ``vertprep/_resources_rc.py``: the icons, illustrations and styles, compiled by
  ``rcc`` and registered under ``:/vertprep/``;
- ``vertprep/plan/_builtin_document.py``: the built-in plan as ``tomllib`` reads it,
  so that a start or a printout does not parse the TOML again.

``--check`` compares what matters, not the generator's bytes (whose header carries
the Qt version): the messages of each compiled language against a fresh compile of
its ``.ts`` file, every bundled file against the same file in ``resources/``, and
the built-in plan's document against a fresh read of the plan file.
"""

from __future__ import annotations

import argparse
import importlib.util
import pprint
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"
MODULE = ROOT / "vertprep" / "_resources_rc.py"
BUILTIN_PLAN = RESOURCES / "plans" / "vertebroplasty.toml"
BUILTIN_DOCUMENT = ROOT / "vertprep" / "plan" / "_builtin_document.py"
QM_DIR = ROOT / "vertprep" / "i18n" / "qm"
BUNDLED = ("icons", "illustrations", "plans", "styles")
PREFIX = "/vertprep"

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_MESSAGES = 0x69
# Tags inside a message of a .qm file (qtranslator.cpp).
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1 = 1, 3, 5
TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 6, 7, 8


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def compile_translations(out_dir: Path) -> list[Path]:
    """``lrelease`` every ``.ts`` file into ``out_dir``; returns the ``.qm`` files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = out_dir / source.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        compiled.append(target)
    return compiled


def bundled_files() -> dict[str, Path]:
    """alias (e.g. ``icons/print.svg``) -> file, for everything the rcc module holds."""
    files = {}
    for folder in BUNDLED:
        for path in sorted((RESOURCES / folder).rglob("*")):
            if path.is_file():
                files[path.relative_to(RESOURCES).as_posix()] = path
    return files


def write_qrc(qrc: Path) -> None:
    lines = ['<!DOCTYPE RCC><RCC version="1.0">', f'<qresource prefix="{PREFIX}">']
    for alias, path in bundled_files().items():
        lines.append(f'  <file alias="{alias}">{path.as_posix()}</file>')
    lines += ["</qresource>", "</RCC>", ""]
    qrc.write_text("\n".join(lines), encoding="utf-8")


def build_module(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        qrc = Path(tmp) / "vertprep.qrc"
        write_qrc(qrc)
        command = [_tool("pyside6-rcc"), "--format-version", "1", "-g", "python"]
        subprocess.run([*command, "--no-compress", "-o", str(target), str(qrc)], check=True)


def read_builtin_plan() -> dict:
    return tomllib.loads(BUILTIN_PLAN.read_text(encoding="utf-8"))


def write_builtin_document(target: Path) -> None:
    document = pprint.pformat(read_builtin_plan(), width=100, sort_dicts=False)
    target.write_text(
        f'"""{BUILTIN_PLAN.relative_to(ROOT).as_posix()} as tomllib reads it.\n\n'
        "Written by resources/build.py from the plan file: do not edit.\n"
        '"""\n\n'
        f"DOCUMENT = {document}\n",
        encoding="utf-8",
    )


def stale_builtin_document() -> list[str]:
    """The built-in plan's document, if it differs from the plan file read afresh."""
    if not BUILTIN_DOCUMENT.exists():
        return [BUILTIN_DOCUMENT.name]
    spec = importlib.util.spec_from_file_location("_vertprep_document_check", BUILTIN_DOCUMENT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [] if read_builtin_plan() == module.DOCUMENT else [BUILTIN_DOCUMENT.name]


def build() -> None:
    for old in QM_DIR.glob("*.qm"):
        old.unlink()
    compile_translations(QM_DIR)
    build_module(MODULE)
    write_builtin_document(BUILTIN_DOCUMENT)


def qm_messages(path: Path) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(context, source, comment) -> translations, read from a compiled ``.qm`` file."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path} is not a .qm file")
    position, block = len(QM_MAGIC), b""
    while position < len(data):
        tag, length = data[position], int.from_bytes(data[position + 1 : position + 5], "big")
        if tag == QM_MESSAGES:
            block = data[position + 5 : position + 5 + length]
        position += 5 + length
    messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    fields: dict[int, str] = {}
    translations: list[str] = []
    position = 0
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == TAG_END:
            key = (
                fields.get(TAG_CONTEXT, ""),
                fields.get(TAG_SOURCE, ""),
                fields.get(TAG_COMMENT, ""),
            )
            messages[key] = tuple(translations)
            fields, translations = {}, []
            continue
        if tag == TAG_OBSOLETE1:
            position += 4
            continue
        length = int.from_bytes(block[position : position + 4], "big")
        position += 4
        if tag == TAG_TRANSLATION:
            if length == 0xFFFFFFFF:
                continue  # a null translation
            translations.append(block[position : position + length].decode("utf-16-be"))
        elif tag in (TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
            fields[tag] = block[position : position + length].decode("utf-8")
        else:
            raise ValueError(f"{path}: unknown tag {tag} in a message")
        position += length
    return messages


def stale_translations() -> list[str]:
    """Languages whose shipped ``.qm`` differs in its messages from its ``.ts`` file."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_translations(Path(tmp))
        shipped = {path.name for path in QM_DIR.glob("*.qm")}
        for path in fresh:
            committed = QM_DIR / path.name
            if not committed.exists() or qm_messages(path) != qm_messages(committed):
                stale.append(path.name)
        stale += sorted(shipped - {path.name for path in fresh})  # a language removed
    return stale


def stale_resources() -> list[str]:
    """Bundled files whose copy in the rcc module differs from ``resources/``."""
    spec = importlib.util.spec_from_file_location("_vertprep_rc_check", MODULE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # registers the data under :/vertprep
    from PySide6.QtCore import QDir, QDirIterator, QFile, QIODevice

    found = {}
    iterator = QDirIterator(
        f":{PREFIX}", QDir.Filter.Files, QDirIterator.IteratorFlag.Subdirectories
    )
    while iterator.hasNext():
        name = iterator.next()
        file = QFile(name)
        if file.open(QIODevice.OpenModeFlag.ReadOnly):
            found[name.removeprefix(f":{PREFIX}/")] = bytes(file.readAll().data())
            file.close()
    module.qCleanupResources()
    expected = {alias: path.read_bytes() for alias, path in bundled_files().items()}
    return sorted(
        alias for alias in expected.keys() | found.keys() if expected.get(alias) != found.get(alias)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check it is up to date")
    args = parser.parse_args()
    if not args.check:
        build()
        written = (MODULE, BUILTIN_DOCUMENT)
        print(
            f"wrote {QM_DIR.relative_to(ROOT)}/*.qm, "
            + ", ".join(str(path.relative_to(ROOT)) for path in written)
        )
        return 0
    stale = stale_translations() + (stale_resources() if MODULE.exists() else ["(no module)"])
    stale += stale_builtin_document()
    if stale:
        print("stale: " + ", ".join(stale) + "; run python resources/build.py")
        return 1
    print("translations and resources are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
