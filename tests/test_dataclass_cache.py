"""minutes.dataclass is dataclasses.dataclass with the generated methods' code cached on disk:
the classes it makes must be exactly those dataclasses makes, from the cache or not."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys

import pytest

import minutes
from minutes import model

METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__")


def made(decorator, **params):
    """A class with every kind of field, made by ``decorator``."""

    class Sample:
        name: str
        count: int = 0
        items: tuple = ()
        extra: list = dataclasses.field(default_factory=list)
        hidden: str = dataclasses.field(default="x", repr=False, compare=False)

    Sample.__qualname__ = "Sample"
    return decorator(**params)(Sample)


def code_of(function):
    return getattr(function, "__wrapped__", function).__code__


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache file of our own, loaded afresh."""
    monkeypatch.setattr(minutes, "CODE_CACHE", str(tmp_path / "__pycache__" / "dc.marshal"))
    monkeypatch.setattr(minutes, "_code", None)
    monkeypatch.setattr(minutes, "_new", True)  # no atexit hook from the tests
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path / "__pycache__" / "dc.marshal"


PARAMS = [dict(frozen=True, slots=True), dict(frozen=True), dict(), dict(order=True, unsafe_hash=True),
          dict(frozen=True, slots=True, kw_only=True)]


@pytest.mark.parametrize("params", PARAMS, ids=str)
def test_same_class_as_dataclasses_from_memory_and_from_disk(cache, params):
    plain = made(dataclasses.dataclass, **params)
    fresh = made(minutes.dataclass, **params)
    minutes._save_code()
    assert cache.exists()
    minutes._code = None  # the next class takes its code from the file
    loaded = made(minutes.dataclass, **params)
    for cls in (fresh, loaded):
        assert set(vars(cls)) == set(vars(plain))
        assert [f.name for f in dataclasses.fields(cls)] == [f.name for f in dataclasses.fields(plain)]
        assert repr(cls.__dataclass_params__) == repr(plain.__dataclass_params__)
        for name in METHODS:
            if vars(plain).get(name) is None:  # not made, or __hash__ = None
                assert vars(cls).get(name, 0) is vars(plain).get(name, 0), name
            else:
                assert code_of(vars(cls)[name]) == code_of(vars(plain)[name]), name
                assert code_of(vars(cls)[name]).co_filename == "<string>"
        assert str(cls.__init__.__annotations__) == str(plain.__init__.__annotations__)
    assert "exec" not in vars(dataclasses)


def test_model_objects_behave_as_before():
    person = model.Person("Nguyễn Văn A", "Bí thư")
    assert person == model.Person("Nguyễn Văn A", "Bí thư") and hash(person) == hash(model.Person("Nguyễn Văn A", "Bí thư"))
    assert repr(person) == "Person(name='Nguyễn Văn A', position='Bí thư', role='')"
    assert pickle.loads(pickle.dumps(person)) == person and copy.deepcopy(person) == person
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.name = "B"
    assert not hasattr(person, "__dict__") and model.Person.__match_args__ == ("name", "position", "role")
    assert dataclasses.replace(person, role="dự") == model.Person("Nguyễn Văn A", "Bí thư", "dự")
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'name'"):
        model.Person()


def test_a_broken_cache_file_is_ignored(cache):
    cache.parent.mkdir()
    cache.write_bytes(b"not marshal data")
    cls = made(minutes.dataclass, frozen=True)
    assert cls("a") == cls("a")
    minutes._save_code()
    assert minutes._load_code()  # rewritten whole


def test_a_cache_of_another_python_or_with_other_values_is_not_used(cache):
    cache.parent.mkdir()
    source = "def __create_fn__():\n def f(self):\n  return 1\n return f"
    cache.write_bytes(minutes.marshal.dumps((("minutes dataclass code", "2.7", 0), {source: None})))
    assert minutes._load_code() == {}
    cache.write_bytes(minutes.marshal.dumps((minutes._HEADER, {source: "not code"})))
    minutes._code = minutes._load_code()
    assert minutes._compiled(source) == compile(source, "<string>", "exec", dont_inherit=True)


def test_a_fresh_process_reads_the_cache(tmp_path):
    code = ("import sys, minutes; sys.dont_write_bytecode = False; import minutes.model;"
            "print(len(minutes._code), minutes._new)")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(first[0]) >= 80 and int(second[0]) >= 80
    if first[1] == "True" and minutes.os.access(minutes.os.path.dirname(minutes.CODE_CACHE), minutes.os.W_OK):
        assert second[1] == "False"  # nothing left to compile: all of it came from the file
