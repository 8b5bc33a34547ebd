"""Finds every translation call in the code by reading its syntax tree, independently
of lupdate, so that the tests can compare the two and flag calls lupdate cannot see.

Recognised: ``self.tr("text")`` (context: the enclosing class, as PySide6 looks it
up), ``QCoreApplication.translate("Context", "text")``, ``QT_TRANSLATE_NOOP("Context",
"text")``, and ``<catalog>.tr(CONTEXT, text)`` (a :class:`Catalog` lookup).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

GENERATED = {"_resources_rc.py"}


@dataclass
class ScanResult:
    #: (context, source) of every literal text marked or translated in the code.
    messages: set[tuple[str, str]] = field(default_factory=set)
    #: Literal texts looked up under a constant context lupdate does not resolve:
    #: they must be marked elsewhere (QT_TRANSLATE_NOOP) to reach the .ts files.
    lookups: set[tuple[str, str]] = field(default_factory=set)
    #: "file:line: what is wrong" for calls lupdate misreads or cannot read.
    problems: list[str] = field(default_factory=list)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """NAME = "literal" at module level, and ``from x import NAME as ALIAS`` resolved later."""
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], _literal(node.value)
            if isinstance(target, ast.Name) and value is not None:
                constants[target.id] = value
    return constants


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, constants: dict[str, str], result: ScanResult) -> None:
        self.path = path
        self.constants = constants
        self.result = result
        self.classes: list[str] = []

    def problem(self, node: ast.AST, text: str) -> None:
        self.result.problems.append(f"{self.path}:{node.lineno}: {text}")

    def resolve(self, node: ast.expr) -> str | None:
        if _literal(node) is not None:
            return _literal(node)
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = node.args
        if name == "tr" and isinstance(func, ast.Attribute) and args:
            if isinstance(func.value, ast.Name) and func.value.id == "self":
                self._self_tr(node, args[0])
            else:
                self._catalog_tr(node, args)
        elif name == "translate" and len(args) >= 2 and self._is_qt(func):
            self._translate(node, args[0], args[1])
        elif name == "QT_TRANSLATE_NOOP" and len(args) == 2:
            context, text = _literal(args[0]), _literal(args[1])
            if context is None or text is None:
                self.problem(node, "QT_TRANSLATE_NOOP needs two literal strings")
            else:
                self.result.messages.add((context, text))
        self.generic_visit(node)

    @staticmethod
    def _is_qt(func: ast.expr) -> bool:
        owner = func.value if isinstance(func, ast.Attribute) else None
        return isinstance(owner, ast.Name) and owner.id in {"QCoreApplication", "QApplication"}

    def _built(self, node: ast.AST, text_node: ast.expr) -> bool:
        if isinstance(text_node, ast.JoinedStr | ast.BinOp) or (
            isinstance(text_node, ast.Call)
            and isinstance(text_node.func, ast.Attribute)
            and text_node.func.attr == "format"
        ):
            self.problem(node, "a translated text is built (f-string, + or format) before tr")
            return True
        return False

    def _self_tr(self, node: ast.Call, text_node: ast.expr) -> None:
        text = _literal(text_node)
        if self._built(node, text_node):
            return
        if text is None:
            self.problem(node, "self.tr() of a variable: lupdate cannot see the text")
        elif not self.classes:
            self.problem(node, "self.tr() outside a class")
        else:
            self.result.messages.add((self.classes[-1], text))

    def _catalog_tr(self, node: ast.Call, args: list[ast.expr]) -> None:
        if _literal(args[0]) is not None:
            self.problem(
                node,
                f"<object>.tr({args[0].value!r}, ...): lupdate reads a literal first "
                "argument as a text to translate; pass the context through a constant",
            )
            return
        if len(args) > 1 and not self._built(node, args[1]):
            self._lookup(node, args[0], args[1])

    def _translate(self, node: ast.Call, context_node: ast.expr, text_node: ast.expr) -> None:
        if self._built(node, text_node):
            return
        if _literal(text_node) is not None and _literal(context_node) is not None:
            self.result.messages.add((_literal(context_node), _literal(text_node)))
        else:
            self._lookup(node, context_node, text_node)

    def _lookup(self, node: ast.Call, context_node: ast.expr, text_node: ast.expr) -> None:
        text = _literal(text_node)
        if text is None:
            return  # a marked data text (QT_TRANSLATE_NOOP), looked up where shown
        context = self.resolve(context_node)
        if context is None:
            self.problem(node, f"cannot tell the context of the text {text!r}")
        else:
            self.result.lookups.add((context, text))


def scan(package: Path) -> ScanResult:
    result = ScanResult()
    for path in sorted(package.rglob("*.py")):
        if path.name in GENERATED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        relative = path.relative_to(package.parent).as_posix()
        _Visitor(relative, _module_constants(tree), result).visit(tree)
    return result
