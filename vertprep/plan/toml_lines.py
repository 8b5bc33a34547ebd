"""Where each key of a plan file is written: the line of ``steps[2].title.de``.

``tomllib`` gives the line only of a syntax error. The plan format uses a small
part of TOML (tables, arrays of tables, dotted keys, one value per line), so a
line scanner is enough to point a problem at its line.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")
_KEY = re.compile(r'^\s*((?:[A-Za-z0-9_-]+|"[^"]*")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"))*)\s*=')


def _parts(dotted: str) -> list[str]:
    return [part.strip().strip('"') for part in re.findall(r'"[^"]*"|[^.]+', dotted)]


def key_lines(text: str) -> dict[str, int]:
    """Key path (``contacts.team_phone``, ``steps[0].title.en``) -> 1-based line."""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    table = ""
    in_multiline = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if in_multiline in line:
                in_multiline = None
            continue
        if match := _ARRAY_HEADER.match(line):
            name = ".".join(_parts(match.group(1)))
            index = counts.get(name, 0)
            counts[name] = index + 1
            table = f"{name}[{index}]"
            lines.setdefault(table, number)
        elif match := _TABLE_HEADER.match(line):
            table = ".".join(_parts(match.group(1)))
            lines.setdefault(table, number)
        elif match := _KEY.match(line):
            parts = _parts(match.group(1))
            for end in range(1, len(parts) + 1):  # title.en also places "title"
                path = ".".join(parts[:end])
                lines.setdefault(f"{table}.{path}" if table else path, number)
            rest = line[match.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) == 1:
                    in_multiline = quote
    return lines


def line_of(lines: dict[str, int], key: str) -> int | None:
    """The line of ``key``, or of the nearest enclosing key that is written."""
    while key:
        if key in lines:
            return lines[key]
        cut = max(key.rfind("."), key.rfind("["))
        key = key[:cut] if cut > 0 else ""
    return None
