"""Run every quality gate of newsmodel, in order, stopping at the first failure.

Usage (from anywhere, with the development environment's Python)::

    python scripts/check.py            # every gate
    python scripts/check.py --list     # the gates' names
    python scripts/check.py --skip release --skip installed

The gates: ruff's lint and format checks, mypy in strict mode, the test suite
under branch coverage, the documentation built as HTML and run as doctests with
warnings as errors, and the release checks: build the sdist and the wheel from
it, ``twine check --strict``, ``check-wheel-contents``, then install the wheel
into a fresh virtual environment and run the test suite against the installed
package rather than ``src/``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
"""The project's top folder; every gate runs from here."""
PYTHON = sys.executable
"""The interpreter of the development environment."""
LINTED = ("src", "tests", "benchmarks", "docs", "scripts")
"""The folders ruff checks (those that exist)."""


class GateError(Exception):
    """A gate failed; the message says why."""


def run(
    *command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> None:
    """Run one command, echoing it; raise :class:`GateError` when it fails."""
    shown = " ".join(str(part) for part in command)
    print(f"$ {shown}", flush=True)
    completed = subprocess.run(  # noqa: S603 (the commands are this file's own)
        [str(part) for part in command], cwd=cwd, env=env, check=False
    )
    if completed.returncode != 0:
        msg = f"`{shown}` exited with status {completed.returncode}"
        raise GateError(msg)


def _linted() -> list[str]:
    """The folders of :data:`LINTED` present in this copy of the project."""
    return [folder for folder in LINTED if (ROOT / folder).is_dir()]


def ruff_check() -> None:
    """Lint every Python file of the project."""
    run(PYTHON, "-m", "ruff", "check", *_linted())


def ruff_format() -> None:
    """Check that the formatter would change nothing."""
    run(PYTHON, "-m", "ruff", "format", "--check", *_linted())


def mypy() -> None:
    """Type-check ``src`` and ``tests`` in strict mode (configured in pyproject)."""
    run(PYTHON, "-m", "mypy", "--strict")


def tests() -> None:
    """Run the test suite under branch coverage and enforce ``fail_under``."""
    run(PYTHON, "-m", "coverage", "erase")
    run(PYTHON, "-m", "coverage", "run", "-m", "pytest", "-q")
    run(PYTHON, "-m", "coverage", "report")


SPHINX = ("-m", "sphinx", "-E", "-W", "-n", "--keep-going", "-q")
"""Sphinx with a fresh environment (so every page is read and warns again),
warnings as errors, and every cross-reference required to resolve."""


def docs_html() -> None:
    """Build the documentation; a warning or an unresolved reference fails."""
    out = ROOT / "docs" / "_build" / "html"
    run(PYTHON, *SPHINX, "-b", "html", "docs", out)


def docs_doctest() -> None:
    """Run every example of the documentation as a doctest."""
    out = ROOT / "docs" / "_build" / "doctest"
    run(PYTHON, *SPHINX, "-b", "doctest", "docs", out)


def release() -> None:
    """Build the sdist and the wheel from it, then check both for PyPI."""
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    run(PYTHON, "-m", "build", "--outdir", dist)
    built = sorted(dist.iterdir())
    run(PYTHON, "-m", "twine", "check", "--strict", *built)
    run(PYTHON, "-m", "check_wheel_contents", *dist.glob("*.whl"))


def installed() -> None:
    """Install the built wheel into a fresh venv and run the tests against it.

    The tests come from the sdist (so the sdist is checked to carry them), with
    ``src/`` removed so that ``import newsmodel`` can only find the installed
    wheel; ``NEWSMODEL_TEST_INSTALLED`` makes the suite assert it.
    """
    dist = ROOT / "dist"
    wheels = sorted(dist.glob("*.whl"))
    sdists = sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        msg = "run the release gate first: dist/ must hold one wheel and one sdist"
        raise GateError(msg)
    with tempfile.TemporaryDirectory(prefix="newsmodel-installed-") as tmp:
        work = Path(tmp)
        with tarfile.open(sdists[0]) as archive:
            if hasattr(tarfile, "data_filter"):
                archive.extractall(work, filter="data")
            else:  # Python 3.10 before 3.10.12: the archive is our own build
                archive.extractall(work)  # noqa: S202 (our own sdist, just built)
        (project,) = work.iterdir()
        shutil.rmtree(project / "src")
        venv = work / "venv"
        run(PYTHON, "-m", "venv", venv)
        bindir = venv / ("Scripts" if os.name == "nt" else "bin")
        venv_python = bindir / "python"
        run(venv_python, "-m", "pip", "install", "--quiet", f"{wheels[0]}[tests]")
        run(bindir / "newsmodel", "--version")
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        env["NEWSMODEL_TEST_INSTALLED"] = "1"
        env["NEWSMODEL_WHEEL"] = str(wheels[0])
        run(
            venv_python,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            cwd=project,
            env=env,
        )


GATES: dict[str, Callable[[], None]] = {
    "ruff-check": ruff_check,
    "ruff-format": ruff_format,
    "mypy": mypy,
    "tests": tests,
    "docs-html": docs_html,
    "docs-doctest": docs_doctest,
    "release": release,
    "installed": installed,
}
"""Every gate, in the order it runs."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the gates; return 0 when all pass, 1 when one fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the gates and exit")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=GATES,
        metavar="GATE",
        help="skip a gate (repeatable)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        choices=GATES,
        metavar="GATE",
        help="run only this gate (repeatable)",
    )
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="run every gate even after a failure; report all failures at the end",
    )
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(GATES))
        return 0
    chosen = [
        name
        for name in GATES
        if name not in args.skip and (not args.only or name in args.only)
    ]
    timings: list[tuple[str, float]] = []
    failures: list[str] = []
    started = time.perf_counter()
    for name in chosen:
        print(f"\n=== gate {name} ===", flush=True)
        begin = time.perf_counter()
        try:
            GATES[name]()
        except GateError as error:
            elapsed = time.perf_counter() - begin
            timings.append((name, elapsed))
            message = f"FAILED: gate {name!r} after {elapsed:.1f} s: {error}"
            print(f"\n{message}", file=sys.stderr, flush=True)
            failures.append(message)
            if not args.keep_going:
                break
            continue
        elapsed = time.perf_counter() - begin
        timings.append((name, elapsed))
        print(f"--- gate {name} passed in {elapsed:.1f} s", flush=True)
    _summary(timings, time.perf_counter() - started)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    print("All gates passed." if chosen else "No gate was run.")
    return 0


def _summary(timings: Sequence[tuple[str, float]], total: float) -> None:
    """Print each gate's duration and the total."""
    print("\nGate timings:")
    for name, seconds in timings:
        print(f"  {name:<14} {seconds:7.1f} s")
    print(f"  {'total':<14} {total:7.1f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
