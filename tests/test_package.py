"""The distribution: metadata for PyPI, what the wheel holds, where it is imported from.

The check command builds the wheel, installs it into a fresh environment and runs
this suite there with ``NEWSMODEL_TEST_INSTALLED=1`` and ``NEWSMODEL_WHEEL`` set to
the wheel's path; the tests that need them skip otherwise.
"""

import email
import os
import re
import sysconfig
import zipfile
from email.message import Message
from importlib import metadata, resources
from pathlib import Path

import pytest

import newsmodel
from conftest import ROOT


def _metadata() -> Message:
    """The installed distribution's core metadata."""
    return metadata.metadata("newsmodel")  # type: ignore[return-value]


def _requirement_name(requirement: str) -> str:
    """The normalized project name at the start of a requirement string."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match is not None
    return re.sub(r"[-_.]+", "-", match.group()).lower()


class TestMetadata:
    """The core metadata PyPI shows."""

    def test_runtime_dependencies(self) -> None:
        """The runtime dependencies are exactly attrs, cattrs and regex."""
        requires = metadata.requires("newsmodel") or []
        runtime = sorted(_requirement_name(r) for r in requires if "extra ==" not in r)
        assert ["attrs", "cattrs", "regex"] == runtime

    def test_extras(self) -> None:
        """The documented extras exist."""
        extras = set(_metadata().get_all("Provides-Extra") or [])
        assert {"hypothesis", "tests", "docs", "dev"} <= extras

    def test_requires_python(self) -> None:
        """Python 3.10 and later are supported."""
        assert ">=3.10" == _metadata()["Requires-Python"]

    def test_typed_classifier(self) -> None:
        """The ``Typing :: Typed`` classifier is declared."""
        assert "Typing :: Typed" in (_metadata().get_all("Classifier") or [])

    def test_python_version_classifiers(self) -> None:
        """Every supported minor version is listed."""
        classifiers = _metadata().get_all("Classifier") or []
        versions = [
            c
            for c in classifiers
            if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
        ]
        assert [
            f"Programming Language :: Python :: 3.{n}" for n in (10, 11, 12, 13)
        ] == versions

    def test_licence(self) -> None:
        """The licence is declared as an SPDX expression."""
        assert "MIT" == _metadata()["License-Expression"]

    def test_summary(self) -> None:
        """The one-line summary is present."""
        assert _metadata()["Summary"]

    def test_project_urls(self) -> None:
        """Documentation, source, changelog and issue tracker are linked."""
        urls = _metadata().get_all("Project-URL") or []
        labels = {url.split(",")[0].strip().lower() for url in urls}
        assert {"documentation", "source", "changelog", "issues"} <= labels

    def test_description_is_markdown(self) -> None:
        """The PyPI page is Markdown (the wheel test compares it with the README)."""
        assert "text/markdown" == _metadata()["Description-Content-Type"]

    def test_console_script(self) -> None:
        """``newsmodel`` runs the command line."""
        scripts = metadata.entry_points(group="console_scripts")
        targets = {ep.value for ep in scripts if ep.name == "newsmodel"}
        assert {"newsmodel._cli:main"} == targets

    def test_hypothesis_entry_point(self) -> None:
        """The hypothesis plugin entry point is registered."""
        points = metadata.entry_points(group="hypothesis")
        targets = {ep.value for ep in points if ep.value.startswith("newsmodel.")}
        assert {"newsmodel._hypothesis:_hypothesis_setup_hook"} == targets


class TestResources:
    """Files that must ship inside the package."""

    def test_py_typed(self) -> None:
        """``py.typed`` is installed."""
        assert resources.files("newsmodel").joinpath("py.typed").is_file()

    def test_schema_resource(self) -> None:
        """A JSON Schema file is installed inside the package."""
        names = []
        folders = [resources.files("newsmodel")]
        while folders:
            for entry in folders.pop().iterdir():
                if entry.is_dir():
                    folders.append(entry)
                elif entry.name.endswith(".schema.json"):
                    names.append(entry.name)
        assert 1 == len(names)


class TestWheel:
    """The wheel the check command built (skips when none was built)."""

    @pytest.fixture
    def names(self) -> list[str]:
        """The paths inside the wheel named by ``NEWSMODEL_WHEEL``."""
        wheel = os.environ.get("NEWSMODEL_WHEEL")
        if not wheel:
            pytest.skip("NEWSMODEL_WHEEL is not set (the check command sets it)")
        with zipfile.ZipFile(wheel) as archive:
            return archive.namelist()

    def test_py_typed(self, names: list[str]) -> None:
        """The wheel carries ``py.typed``."""
        assert "newsmodel/py.typed" in names

    def test_schema(self, names: list[str]) -> None:
        """The wheel carries the JSON Schema resource."""
        schemas = [
            n
            for n in names
            if n.startswith("newsmodel/") and n.endswith(".schema.json")
        ]
        assert 1 == len(schemas)

    def test_only_the_package(self, names: list[str]) -> None:
        """Nothing but the package and its metadata: no tests, seeds or docs."""
        tops = {n.split("/")[0] for n in names}
        stray = sorted(
            t for t in tops if t != "newsmodel" and not t.endswith(".dist-info")
        )
        assert [] == stray

    def test_description_is_readme(self, names: list[str]) -> None:
        """The wheel's long description is exactly the README."""
        readme = ROOT / "README.md"
        if not readme.is_file():
            pytest.skip("README.md is not part of this copy of the project")
        (meta_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        with zipfile.ZipFile(os.environ["NEWSMODEL_WHEEL"]) as archive:
            meta = email.message_from_string(archive.read(meta_name).decode("utf-8"))
        description = meta.get_payload()
        assert isinstance(description, str)
        assert readme.read_text(encoding="utf-8").strip() == description.strip()

    def test_licence_file(self, names: list[str]) -> None:
        """The licence text is in the wheel's metadata."""
        assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


class TestInstalled:
    """Under the check command, the suite runs against the installed wheel."""

    def test_imported_from_site_packages(self) -> None:
        """``import newsmodel`` found the installed package, not ``src/``."""
        if os.environ.get("NEWSMODEL_TEST_INSTALLED") != "1":
            pytest.skip(
                "NEWSMODEL_TEST_INSTALLED is not set (the check command sets it)"
            )
        location = Path(newsmodel.__file__ or "").resolve().parent
        site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
        assert site_packages / "newsmodel" == location
