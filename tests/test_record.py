"""Records behave as the dataclasses they replace: the same class declared both ways
gives the same values, equality, hashes, text and errors."""

from __future__ import annotations

import builtins
import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from vertprep.core.record import MutableRecord, Record


class Visit(Record):
    """A record with a required field, a default and a default factory."""

    name: str
    day: int = 0
    notes: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class VisitData:
    """The same, as a frozen dataclass."""

    name: str
    day: int = 0
    notes: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


class Single(Record):
    """A record of one field."""

    value: int


@dataclass(frozen=True)
class SingleData:
    """The same, as a frozen dataclass."""

    value: int


class Point(Record):
    """A record of hashable values."""

    x: int
    y: int = 0


@dataclass(frozen=True)
class PointData:
    """The same, as a frozen dataclass."""

    x: int
    y: int = 0


class Page(MutableRecord):
    """A record that may change."""

    number: int
    lines: list[str] = field(default_factory=list)


class Defaulted(Record):
    """A record that fills a field after it is built."""

    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", "none")


BUILDS = [
    (("a",), {}),
    (("a", 3), {}),
    (("a",), {"notes": ("x",)}),
    ((), {"name": "a", "day": 3, "notes": ("x", "y")}),
    (("a", 3, ("x",), {"k": "v"}), {}),
]


@pytest.mark.parametrize(("args", "kwargs"), BUILDS)
def test_a_record_is_built_equal_and_shown_as_its_dataclass(args, kwargs):
    record, data = Visit(*args, **kwargs), VisitData(*args, **kwargs)
    assert dataclasses.asdict(record) == dataclasses.asdict(data)
    assert repr(record) == repr(data).replace("VisitData(", "Visit(")
    assert record == Visit(*args, **kwargs)
    assert record != Visit("other")
    assert record != data  # another class, as two dataclasses


def test_the_dataclass_tools_still_work():
    record = Visit("a", 3)
    assert dataclasses.is_dataclass(record)
    assert [f.name for f in dataclasses.fields(Visit)] == ["name", "day", "notes", "extra"]
    assert [f.type for f in dataclasses.fields(Visit)] == [
        f.type for f in dataclasses.fields(VisitData)
    ]
    changed = dataclasses.replace(record, day=4)
    assert changed == Visit("a", 4) and record.day == 3
    assert Visit.__match_args__ == VisitData.__match_args__
    assert Visit.day == 0 and not hasattr(Visit, "extra")  # as @dataclass leaves them


def test_a_default_factory_gives_each_record_its_own_value():
    first, second = Visit("a"), Visit("b")
    assert first.extra == {} and first.extra is not second.extra


def test_a_record_cannot_be_changed():
    record = Visit("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.day = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.other = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del record.name
    assert record == Visit("a")


def test_records_key_dictionaries_and_sets_by_their_values():
    assert {Point(1, 2): "x"}[Point(1, 2)] == "x"
    assert len({Single(1), Single(1), Single(2)}) == 2
    assert hash(Point(1, 2)) == hash(PointData(1, 2))
    assert hash(Single(5)) == hash(SingleData(5))
    with pytest.raises(TypeError):
        hash(Visit("a", extra={"k": "v"}))  # a dict inside, as with the dataclass


def test_a_mutable_record_changes_and_is_not_hashable():
    page = Page(1)
    page.number = 2
    page.lines.append("x")
    assert page == Page(2, ["x"]) and page != Page(2)
    assert repr(page) == "Page(number=2, lines=['x'])"
    with pytest.raises(TypeError):
        hash(page)


def test_post_init_runs_after_the_fields_are_set():
    assert Defaulted().label == "none"
    assert Defaulted("set").label == "set"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), (("a",), {"name": "b"}), (("a", 1, (), {}, "more"), {}), (("a",), {"bogus": 1})],
)
def test_wrong_values_are_refused_as_by_a_dataclass(args, kwargs):
    with pytest.raises(TypeError):
        VisitData(*args, **kwargs)
    with pytest.raises(TypeError):
        Visit(*args, **kwargs)


def test_a_record_copies_and_pickles():
    record = Visit("a", 2, ("x",), {"k": "v"})
    assert copy.copy(record) == record
    assert copy.deepcopy(record) == record
    assert pickle.loads(pickle.dumps(record)) == record


def test_declaring_a_record_compiles_no_code(monkeypatch):
    """The point of records: @dataclass compiles each method from source text
    (``exec``); a record class is built from what the base already has."""
    compiled = []

    def counting_exec(*args, **kwargs):
        compiled.append(args[0])
        return builtins.exec(*args, **kwargs)

    monkeypatch.setattr(dataclasses, "exec", counting_exec, raising=False)

    class Counted(Record):
        """Declared while compiling is counted."""

        a: int
        b: str = ""

    assert methods_in(compiled) == []
    assert Counted(1) == Counted(1, "")

    @dataclass(frozen=True)
    class CountedData:
        a: int

    assert methods_in(compiled), "the check would not notice @dataclass compiling"


def methods_in(sources: list[str]) -> list[str]:
    """The methods defined by code that @dataclass compiled. (Python 3.13 compiles all of
    a class's methods in one wrapper, ``__create_fn__``, even when there are none.)"""
    return [
        line.strip()
        for source in sources
        for line in source.splitlines()
        if line.strip().startswith("def ") and not line.strip().startswith("def __create_fn__")
    ]
