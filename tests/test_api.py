"""The public API: names, docstrings, the version and what ``import`` loads."""

import ast
import enum
import importlib
import inspect
import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import newsmodel
from conftest import ROOT

PUBLIC_MODULES = ("newsmodel", "newsmodel.exceptions", "newsmodel.lexicon")
"""Modules whose ``__all__`` is public API (``newsmodel.strategies`` is tested apart)."""


def _ruff_sort_key(name: str) -> tuple[int, str]:
    """Order ``__all__`` as ruff's RUF022 does: CONSTANTS, Classes, functions."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def _public_names() -> list[tuple[str, str]]:
    """Every public (module, name) pair."""
    pairs = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        pairs += [(module_name, name) for name in module.__all__]
    return pairs


def _public_classes() -> list[tuple[str, str]]:
    """Every public (module, name) pair naming a class."""
    return [
        (module_name, name)
        for module_name, name in _public_names()
        if inspect.isclass(getattr(importlib.import_module(module_name), name))
    ]


def _public_records() -> list[tuple[str, str]]:
    """Every public (module, name) pair naming an attrs class or an enum."""
    pairs = []
    for module_name, name in _public_classes():
        value = getattr(importlib.import_module(module_name), name)
        if attrs.has(value) or issubclass(value, enum.Enum):
            pairs.append((module_name, name))
    return pairs


def _attribute_docstrings(module: ModuleType) -> dict[str, str]:
    """Map ``Class.attribute`` and module-level names to their attribute docstrings."""
    tree = ast.parse(inspect.getsource(module))
    found: dict[str, str] = {}

    def scan(body: list[ast.stmt], prefix: str) -> None:
        for statement, following in zip(body, [*body[1:], None], strict=True):
            if isinstance(statement, ast.ClassDef):
                scan(statement.body, f"{prefix}{statement.name}.")
                continue
            if isinstance(statement, ast.AnnAssign) and isinstance(
                statement.target, ast.Name
            ):
                target = statement.target.id
            elif (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
            ):
                target = statement.targets[0].id
            else:
                continue
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                found[prefix + target] = following.value.value

    scan(tree.body, "")
    return found


def _defining_module(value: object, module_name: str, name: str) -> ModuleType:
    """The module whose source defines ``name`` (for constants, found by search)."""
    defined_in = getattr(value, "__module__", None)
    if (inspect.isclass(value) or inspect.isfunction(value)) and defined_in:
        return importlib.import_module(defined_in)
    package = importlib.import_module("newsmodel")
    candidates = [importlib.import_module(module_name)]
    candidates.extend(
        importlib.import_module(f"newsmodel.{path.stem}")
        for path in sorted(Path(package.__file__ or "").parent.glob("*.py"))
    )
    for module in candidates:
        if name in _attribute_docstrings(module):
            return module
    return candidates[0]


class TestAll:
    """``__all__`` of each public module."""

    @pytest.mark.parametrize("module_name", PUBLIC_MODULES)
    def test_sorted(self, module_name: str) -> None:
        """``__all__`` is sorted: constants, then classes, then functions."""
        names = list(importlib.import_module(module_name).__all__)
        assert sorted(names, key=_ruff_sort_key) == names

    @pytest.mark.parametrize("module_name", PUBLIC_MODULES)
    def test_no_duplicates(self, module_name: str) -> None:
        """No name is listed twice."""
        names = list(importlib.import_module(module_name).__all__)
        assert len(set(names)) == len(names)

    @pytest.mark.parametrize(("module_name", "name"), _public_names())
    def test_name_exists(self, module_name: str, name: str) -> None:
        """Every listed name can be imported."""
        module = importlib.import_module(module_name)
        assert hasattr(module, name)

    def test_exceptions_reexported(self) -> None:
        """Every exception is also reachable from the top-level package."""
        from newsmodel import exceptions

        missing = [n for n in exceptions.__all__ if n not in newsmodel.__all__]
        assert [] == missing

    def test_exceptions_derive_from_base(self) -> None:
        """Every public exception is a ``NewsModelError``."""
        from newsmodel import exceptions

        strays = [
            name
            for name in exceptions.__all__
            if not issubclass(getattr(exceptions, name), exceptions.NewsModelError)
        ]
        assert [] == strays


class TestDocstrings:
    """Every public name is documented."""

    @pytest.mark.parametrize(("module_name", "name"), _public_names())
    def test_documented(self, module_name: str, name: str) -> None:
        """Classes and functions have their own docstring; constants an attribute one."""
        value = getattr(importlib.import_module(module_name), name)
        if inspect.isclass(value) or inspect.isfunction(value):
            doc = value.__doc__
        else:
            module = _defining_module(value, module_name, name)
            doc = _attribute_docstrings(module).get(name)
        assert doc
        assert doc.strip()

    @pytest.mark.parametrize(("module_name", "name"), _public_classes())
    def test_classes_say_version_added(self, module_name: str, name: str) -> None:
        """Public classes carry ``.. versionadded::`` in their docstring."""
        value = getattr(importlib.import_module(module_name), name)
        assert ".. versionadded::" in (value.__doc__ or "")

    @pytest.mark.parametrize(("module_name", "name"), _public_records())
    def test_fields_and_members_documented(self, module_name: str, name: str) -> None:
        """Every attrs field and enum member of a public class has a docstring."""
        value = getattr(importlib.import_module(module_name), name)
        if attrs.has(value):
            members = [field.name for field in attrs.fields(value)]
        else:
            members = [member.name for member in value]
        documented = _attribute_docstrings(importlib.import_module(value.__module__))
        missing = [m for m in members if f"{value.__name__}.{m}" not in documented]
        assert [] == missing

    def test_public_modules_documented(self) -> None:
        """Each public module has a module docstring."""
        modules = [*PUBLIC_MODULES, "newsmodel.strategies"]
        undocumented = [
            name
            for name in modules
            if not (importlib.import_module(name).__doc__ or "").strip()
        ]
        assert [] == undocumented


class TestReference:
    """The API reference page lists every public name."""

    def test_every_name_in_api_reference(self) -> None:
        """``docs/api.md`` has an autodoc directive for every public name."""
        page = ROOT / "docs" / "api.md"
        if not page.is_file():
            pytest.skip("docs/api.md is not part of this copy of the project")
        text = page.read_text(encoding="utf-8")
        strategies = importlib.import_module("newsmodel.strategies")
        pairs = [*_public_names()]
        pairs += [("newsmodel.strategies", n) for n in strategies.__all__]
        modules = [*PUBLIC_MODULES, "newsmodel.strategies"]
        missing = [
            f"{module}.{name}"
            for module, name in pairs
            if not any(f"{where}.{name}\n" in text for where in modules)
        ]
        assert [] == missing


class TestVersion:
    """``newsmodel.__version__``."""

    def test_matches_metadata(self) -> None:
        """The version is the installed distribution's version."""
        assert metadata.version("newsmodel") == newsmodel.__version__

    def test_single_source(self) -> None:
        """The version is written once, in pyproject.toml, and read from there."""
        pyproject = ROOT / "pyproject.toml"
        if not pyproject.is_file():
            pytest.skip("pyproject.toml is not part of this copy of the project")
        line = f'version = "{newsmodel.__version__}"\n'
        assert line in pyproject.read_text(encoding="utf-8")

    def test_unknown_attribute(self) -> None:
        """Other missing attributes still raise ``AttributeError``."""
        with pytest.raises(AttributeError, match="no_such_name"):
            _ = newsmodel.no_such_name


class TestImport:
    """What ``import newsmodel`` loads, and what the package ships."""

    def test_strategies_not_imported(self) -> None:
        """``import newsmodel`` imports neither newsmodel.strategies nor hypothesis."""
        code = (
            "import sys, newsmodel; "
            "print(sorted(m for m in sys.modules "
            "if m == 'newsmodel.strategies' or m.split('.')[0] == 'hypothesis'))"
        )
        completed = subprocess.run(  # noqa: S603 (runs this interpreter on fixed code)
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "[]\n" == completed.stdout

    def test_strategies_import_first(self) -> None:
        """``import newsmodel.strategies`` works in a fresh interpreter."""
        code = "import newsmodel.strategies as s; print(callable(s.articles))"
        completed = subprocess.run(  # noqa: S603 (runs this interpreter on fixed code)
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
        )
        assert ("True\n", "") == (completed.stdout, completed.stderr[-300:])

    def test_py_typed_ships(self) -> None:
        """The ``py.typed`` marker is installed with the package."""
        assert resources.files("newsmodel").joinpath("py.typed").is_file()
