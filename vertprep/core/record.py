"""Records: classes of named values, declared like dataclasses, built without compiling code.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
and frozen ``__setattr__``/``__delattr__`` as source text and compiles it, about
0.35 ms a class; vertprep's model has some thirty of them, imported by every window
start and every printout (≈11 ms). A :class:`Record` gets the same methods once, from
this base, reading the field names the dataclass machinery collected: the class is
still a dataclass (``dataclasses.fields``, ``replace``, ``asdict`` and ``field()``
work as before), equal to another of its class with equal fields, hashable from its
fields, and read-only. :class:`MutableRecord` is the same without the last two, as
a plain ``@dataclass``.
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from typing import Any, ClassVar, dataclass_transform


@dataclass_transform(field_specifiers=(field,))
class MutableRecord:
    """Named values, like ``@dataclass``: built from the fields in order or by name,
    equal to a record of the same class with equal fields, shown as
    ``Name(field=value, ...)``; not hashable."""

    __slots__ = ()
    _record_names: ClassVar[tuple[str, ...]]
    _record_keys: ClassVar[frozenset[str]]
    _record_defaults: ClassVar[tuple[tuple[str, Any, Any], ...]]
    _record_values: ClassVar[Any]
    _record_post_init: ClassVar[Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__ == __name__:
            return  # Record itself
        if not cls.__doc__:
            cls.__doc__ = cls.__name__  # else @dataclass builds a signature to make one
        # Only the fields, their defaults and __match_args__: no generated code.
        dataclass(init=False, repr=False, eq=False)(cls)
        specs = fields(cls)
        names = tuple(spec.name for spec in specs)
        cls._record_names = names
        cls._record_keys = frozenset(names)
        cls._record_defaults = tuple(
            (spec.name, spec.default, spec.default_factory)
            for spec in specs
            if spec.default is not MISSING or spec.default_factory is not MISSING
        )
        # The field values as a tuple, as @dataclass compares and hashes them.
        getter = attrgetter(*names) if len(names) > 1 else _one_value(names)
        cls._record_values = staticmethod(getter)
        cls._record_post_init = getattr(cls, "__post_init__", None)

    def __init__(self, /, *args: Any, **values: Any) -> None:
        cls = type(self)
        names = cls._record_names
        if args:
            if len(args) > len(names):
                raise TypeError(f"{cls.__name__}() takes {len(names)} values, {len(args)} given")
            if twice := values.keys() & names[: len(args)]:
                raise TypeError(f"{cls.__name__}() got multiple values for {twice}")
            values.update(zip(names, args, strict=False))  # the first len(args) fields
        if len(values) != len(names):
            for name, default, factory in cls._record_defaults:
                if name not in values:
                    values[name] = default if factory is MISSING else factory()
        if values.keys() != cls._record_keys:
            unknown = ", ".join(repr(name) for name in values.keys() - cls._record_keys)
            missing = ", ".join(repr(name) for name in names if name not in values)
            problem = f"unexpected {unknown}" if unknown else f"missing {missing}"
            raise TypeError(f"{cls.__name__}(): {problem}")
        object.__setattr__(self, "__dict__", values)
        if cls._record_post_init is not None:
            cls._record_post_init(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._record_values(self) == other._record_values(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as @dataclass: mutable, so not hashable

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_names)
        return f"{type(self).__qualname__}({shown})"


@dataclass_transform(field_specifiers=(field,), frozen_default=True)
class Record(MutableRecord):
    """Named values that cannot be changed, like ``@dataclass(frozen=True)``: hashable
    when the values are, changed only by making another (``dataclasses.replace``)."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._record_values(self))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def _one_value(names: tuple[str, ...]):
    """The values of a record of one field (or none) as a tuple, as attrgetter gives
    for several."""
    if not names:
        return lambda record: ()
    getter = attrgetter(names[0])
    return lambda record: (getter(record),)
