"""The README (the PyPI page): every example runs and every command it shows exists."""

import doctest
import io
import json
import re
import subprocess
import sys

import pytest

from conftest import ROOT

README = ROOT / "README.md"
"""The README at the project's top."""
FENCE = re.compile(
    r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL
)
"""A fenced code block: its language and its body."""
DOCS_LINK = re.compile(
    r"https://newsmodel\.readthedocs\.io/en/latest/(?P<page>[\w-]+)\.html"
)
"""A link to a page of the documentation site."""


@pytest.fixture(scope="module")
def readme() -> str:
    """The README's text (skips when this copy of the project has none)."""
    if not README.is_file():
        pytest.skip("README.md is not part of this copy of the project")
    return README.read_text(encoding="utf-8")


def _blocks(readme: str, lang: str) -> list[str]:
    """The bodies of the fenced blocks of one language, in order."""
    return [m["body"] for m in FENCE.finditer(readme) if m["lang"] == lang]


def _commands(readme: str) -> list[str]:
    """Every shell command shown in a ``console`` block (the text after ``$ ``)."""
    commands = []
    for body in _blocks(readme, "console"):
        commands += [line[2:] for line in body.splitlines() if line.startswith("$ ")]
    return commands


class TestExamples:
    """The Python examples."""

    def test_every_block_is_checked(self, readme: str) -> None:
        """Every code block is a ``pycon`` example (run) or a ``console`` command."""
        langs = {m["lang"] for m in FENCE.finditer(readme)}
        assert set() == langs - {"pycon", "console"}

    def test_console_blocks_hold_only_commands(self, readme: str) -> None:
        """A console block shows commands only, so no output goes unchecked."""
        lines = [
            line
            for body in _blocks(readme, "console")
            for line in body.splitlines()
            if not line.startswith("$ ")
        ]
        assert [] == lines

    def test_pycon_examples_run(
        self, readme: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Every ``pycon`` block runs, in order, in one session, with the output shown."""
        monkeypatch.chdir(ROOT)
        source = "\n".join(_blocks(readme, "pycon"))
        assert source
        test = doctest.DocTestParser().get_doctest(
            source, globs={}, name="README.md", filename=str(README), lineno=0
        )
        report = io.StringIO()
        runner = doctest.DocTestRunner(optionflags=doctest.REPORT_NDIFF)
        runner.run(test, out=report.write)
        assert "" == report.getvalue()
        assert 0 == runner.failures


class TestCommands:
    """The shell commands."""

    def test_two_setup_commands(self, readme: str) -> None:
        """Exactly two commands create a virtual environment."""
        setups = [c for c in _commands(readme) if c.startswith("python3 -m venv .venv")]
        assert 2 == len(setups)

    def test_first_setup_parses_the_seed(self, readme: str) -> None:
        """The first set-up command ends by parsing the seed article, which exists."""
        first = next(c for c in _commands(readme) if c.startswith("python3 -m venv"))
        last = first.split(" && ")[-1]
        assert ".venv/bin/newsmodel parse seeds/000_7280440e1ed9c9bf.txt" == last
        assert (ROOT / "seeds" / "000_7280440e1ed9c9bf.txt").is_file()

    def test_parse_command_works(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """``newsmodel parse`` on the seed prints the article as JSON."""
        monkeypatch.chdir(ROOT)
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsmodel",
                "parse",
                "seeds/000_7280440e1ed9c9bf.txt",
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert ("", 0) == (completed.stderr, completed.returncode)
        data = json.loads(completed.stdout)
        assert "Vladimir Putin Breaks Silence" in json.dumps(data, ensure_ascii=False)

    def test_second_setup_is_ci(self, readme: str) -> None:
        """``.ci/run`` runs the second set-up command, verbatim, as its last line."""
        ci = ROOT / ".ci" / "run"
        if not ci.is_file():
            pytest.skip(".ci/run is not part of this copy of the project")
        second = [c for c in _commands(readme) if c.startswith("python3 -m venv")][1]
        last = ci.read_text(encoding="utf-8").strip().splitlines()[-1]
        assert second == last
        assert second.endswith(" && .venv/bin/python scripts/check.py")

    @pytest.mark.parametrize(
        "path", ["scripts/check.py", "benchmarks/bench.py", "LICENSE", "CHANGELOG.md"]
    )
    def test_files_named_exist(self, readme: str, path: str) -> None:
        """The files the README names are part of the project."""
        assert f"{path}" in readme
        assert (ROOT / path).is_file()


class TestLinks:
    """Links to the documentation site."""

    def test_docs_pages_exist(self, readme: str) -> None:
        """Every linked documentation page has a source page in ``docs/``."""
        docs = ROOT / "docs"
        if not docs.is_dir():
            pytest.skip("docs/ is not part of this copy of the project")
        pages = {m["page"] for m in DOCS_LINK.finditer(readme)}
        missing = sorted(
            page
            for page in pages
            if not any(
                (docs / f"{page}{suffix}").is_file() for suffix in (".md", ".rst")
            )
        )
        assert [] == missing
        assert 10 <= len(pages)
