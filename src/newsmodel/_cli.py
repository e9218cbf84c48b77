"""The ``newsmodel`` command line (also ``python -m newsmodel``).

Commands: ``parse`` (articles as JSON), ``quotes`` (one tidy row per quote),
``speakers`` (one row per speaker), ``evaluate`` (figures against an annotated
corpus) and ``schema`` (the JSON Schema of ``parse``'s output). Run
``newsmodel COMMAND --help`` for the options of each.

An input that cannot be read or parsed costs one line on stderr naming it, and
the other inputs are still processed; the exit status is then 2.
"""

import argparse
import codecs
import contextlib
import csv
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from . import _evaluate, _schema
from ._batch import Item, Job, Outcome, process
from ._rows import QUOTE_COLUMNS, SPEAKER_COLUMNS
from .exceptions import GoldDataError

__all__ = ["main"]

PROG = "newsmodel"
FAILED = 2
"""The exit status when any input failed (and argparse's for a usage error)."""
STDIN = "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when
            ``None``.

    Returns:
        The exit status: 0 on success, 2 when any input failed or the
        arguments are wrong, 1 when the output was closed early, 130 when
        interrupted.

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args, args.parser)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``newsmodel quotes ... | head``): stop quietly.
        with contextlib.suppress(OSError, ValueError):
            descriptor = sys.stdout.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, descriptor)
            os.close(devnull)
        return 1
    except KeyboardInterrupt:
        _err(f"{PROG}: interrupted")
        return 130
    return status


def _parser() -> argparse.ArgumentParser:
    from . import __version__  # noqa: PLC0415 -- read from the metadata only when needed

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn plain-text news articles into a typed document model: "
        "headline, paragraphs, quotes and who said them.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.required = True

    parse = commands.add_parser(
        "parse",
        help="print each article as JSON",
        description="Parse each article and print it as JSON (one document per "
        "article, one per line unless --indent is given), in input order.",
    )
    _add_input_options(parse)
    parse.add_argument(
        "--indent",
        type=_natural,
        metavar="N",
        help="indent the JSON by N spaces (default: one line per article)",
    )
    parse.set_defaults(run=_run_articles, parser=parse, command="parse", format="json")

    quotes = commands.add_parser(
        "quotes",
        help="print one row per quote",
        description="Print one tidy row per quote (JSON lines or CSV) with the "
        f"columns: {', '.join(QUOTE_COLUMNS)}. Attribution columns are null "
        "when a quote has no attribution.",
    )
    _add_input_options(quotes)
    quotes.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="jsonl: one JSON object a line (default); csv: a header, then "
        "one line per quote",
    )
    quotes.set_defaults(run=_run_articles, parser=quotes, command="quotes")

    speakers = commands.add_parser(
        "speakers",
        help="list who is quoted in each article",
        description="List the speakers of each article with their titles, "
        f"quote and mention counts; columns: {', '.join(SPEAKER_COLUMNS)}.",
    )
    _add_input_options(speakers)
    speakers.add_argument(
        "--format",
        choices=("jsonl", "csv", "table"),
        default="jsonl",
        help="jsonl: one JSON object a line (default); csv: titles joined "
        "with '; '; table: a readable table per article",
    )
    speakers.set_defaults(run=_run_articles, parser=speakers, command="speakers")

    evaluate = commands.add_parser(
        "evaluate",
        help="measure quotes and attribution against an annotated corpus",
        description="Parse every article of an annotated (gold) JSON Lines "
        "corpus and compare the quotes and speakers found with the annotations.",
    )
    evaluate.add_argument(
        "gold",
        metavar="GOLD.jsonl",
        help="the annotated corpus, one JSON record a line ('-' for stdin)",
    )
    evaluate.add_argument(
        "--json", action="store_true", help="print the figures as JSON"
    )
    evaluate.set_defaults(run=_run_evaluate, parser=evaluate)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the parse command's output",
        description="Print the JSON Schema that every document printed by "
        f"'{PROG} parse' (and newsmodel.to_json) conforms to.",
    )
    schema.add_argument(
        "--indent",
        type=_natural,
        default=2,
        metavar="N",
        help="indent the JSON by N spaces (default: 2)",
    )
    schema.set_defaults(run=_run_schema, parser=schema)
    return parser


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="plain-text articles, one a file ('-' for stdin)",
    )
    command.add_argument(
        "--jsonl",
        metavar="CORPUS",
        help="read a JSON Lines corpus instead: one object a line with 'id' "
        "and 'text' ('-' for stdin)",
    )
    command.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="the encoding of the input (default: utf-8)",
    )
    command.add_argument(
        "--strict",
        action="store_true",
        help="fail an article on its first error-severity diagnostic instead "
        "of recovering from it",
    )
    command.add_argument(
        "--workers",
        type=_natural,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU; default: 1). Output keeps "
        "the input order. A progress bar is drawn on stderr when it is a terminal "
        "and stdout is not",
    )


def _natural(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        msg = f"expected a whole number, 0 or more, not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        msg = f"unknown encoding {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _error(label: str, message: str) -> str:
    return f"{PROG}: {label}: {message}"


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


def _err(line: str) -> None:
    sys.stderr.write(line + "\n")


# ---------------------------------------------------------------------- articles


def _run_articles(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.jsonl is not None and args.files:
        parser.error("give FILE arguments or --jsonl, not both")
    if args.jsonl is None and not args.files:
        parser.error("give at least one FILE ('-' for stdin) or --jsonl CORPUS")
    job = Job(
        command=args.command,
        encoding=args.encoding,
        strict=args.strict,
        indent=getattr(args, "indent", None),
    )
    workers = args.workers or os.cpu_count() or 1
    if args.jsonl is not None:
        total = _size(args.jsonl)
        items: Iterable[Item | Outcome] = _records(args.jsonl)
    else:
        total = sum(_size(name) or 0 for name in args.files)
        items = _files(args.files)
    # A bar only helps on a terminal, and not when the output scrolls it away.
    shown = sys.stderr.isatty() and not sys.stdout.isatty()
    progress = _Progress(sys.stderr, total) if shown else None
    write = _writer(args.command, args.format, sys.stdout)
    done = failed = 0
    outcomes = process(items, job, workers=workers)
    with contextlib.closing(outcomes):  # stops the workers at once on an error
        for outcome in outcomes:
            done += 1
            if outcome.error is not None:
                failed += 1
                line = _error(outcome.label, outcome.error)
                if progress is not None:
                    progress.clear()
                _err(line)
            else:
                write(outcome)
            if progress is not None:
                progress.advance(outcome.size, done, failed)
    if progress is not None:
        progress.clear()
    if failed:
        _err(f"{PROG}: {failed} of {done} inputs failed")
        return FAILED
    return 0


def _size(name: str) -> int | None:
    if name == STDIN:
        return None
    try:
        return Path(name).stat().st_size
    except OSError:
        return 0


def _files(names: Iterable[str]) -> Iterator[Item | Outcome]:
    for name in names:
        label = "<stdin>" if name == STDIN else name
        try:
            data = _stdin().read() if name == STDIN else _read_bytes(name)
        except OSError as exc:
            yield Outcome(label=label, id=label, error=_os_error(exc))
        else:
            yield Item(label=label, data=data, id=label)


def _read_bytes(name: str) -> bytes:
    with open(name, "rb") as handle:  # noqa: PTH123 -- `open` reports directories as IsADirectoryError everywhere
        return handle.read()


def _records(name: str) -> Iterator[Item | Outcome]:
    label = "<stdin>" if name == STDIN else name
    try:
        handle = _stdin() if name == STDIN else open(name, "rb")  # noqa: SIM115, PTH123 -- closed below unless it is stdin
    except OSError as exc:
        yield Outcome(label=label, error=_os_error(exc))
        return
    try:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                where = f"{label}:{number}"
                yield Item(label=where, data=line, record=True, id=where)
    except OSError as exc:
        yield Outcome(label=label, error=_os_error(exc))
    finally:
        if handle is not _stdin():
            handle.close()


def _stdin() -> IO[bytes]:
    stream: Any = sys.stdin
    buffer: IO[bytes] | None = getattr(stream, "buffer", None)
    return buffer if buffer is not None else stream


def _os_error(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


# ------------------------------------------------------------------------ output


def _writer(command: str, output_format: str, out: TextIO) -> Callable[[Outcome], None]:
    """Return the function that writes one outcome's output to ``out``."""
    columns = QUOTE_COLUMNS if command == "quotes" else SPEAKER_COLUMNS

    def write_json(outcome: Outcome) -> None:
        for entry in outcome.output:
            text = (
                entry if command == "parse" else json.dumps(entry, ensure_ascii=False)
            )
            out.write(text + "\n")

    def write_table(outcome: Outcome) -> None:
        out.write(_speaker_table(outcome))

    if output_format == "table":
        return write_table
    if output_format != "csv":
        return write_json
    table = csv.writer(out, lineterminator="\n")
    table.writerow(columns)

    def write_csv(outcome: Outcome) -> None:
        table.writerows(
            [_csv_cell(row[column]) for column in columns] for row in outcome.output
        )

    return write_csv


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return value


def _speaker_table(outcome: Outcome) -> str:
    header = ("name", "kind", "quotes", "mentions", "titles")
    rows = [
        (
            row["name"],
            row["kind"],
            str(row["quotes"]),
            str(row["mentions"]),
            "; ".join(row["titles"]),
        )
        for row in outcome.output
    ]
    lines = [f"{outcome.id}:"]
    if not rows:
        lines.append("  (no speakers)")
    else:
        widths = [max(len(cells[i]) for cells in [header, *rows]) for i in range(5)]
        for cells in [header, *rows]:
            padded = (
                cell.rjust(width) if 1 < i < 4 else cell.ljust(width)
                for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
            )
            lines.append(("  " + "  ".join(padded)).rstrip())
    return "\n".join(lines) + "\n\n"


class _Progress:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    WIDTH = 24

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self._stream = stream
        self._total = total or None
        self._started = time.monotonic()
        self._drawn = 0.0
        self._bytes = 0

    def advance(self, size: int, done: int, failed: int) -> None:
        self._bytes += size
        now = time.monotonic()
        if now - self._drawn < 0.1:
            return
        self._drawn = now
        rate = done / max(now - self._started, 1e-9)
        counts = f"{done:,} articles, {failed:,} failed, {rate:,.0f}/s"
        if self._total is None:
            line = counts
        else:
            share = min(self._bytes / self._total, 1.0)
            filled = round(share * self.WIDTH)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            line = f"[{bar}] {share:4.0%} {counts}"
        self._stream.write("\r" + line + "\x1b[K")
        self._stream.flush()

    def clear(self) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._drawn = 0.0


# ---------------------------------------------------------------- other commands


def _run_evaluate(args: argparse.Namespace, _: argparse.ArgumentParser) -> int:
    label = "<stdin>" if args.gold == STDIN else args.gold
    try:
        handle = _stdin() if args.gold == STDIN else open(args.gold, "rb")  # noqa: SIM115, PTH123 -- closed below unless it is stdin
    except OSError as exc:
        _err(_error(label, _os_error(exc)))
        return FAILED
    try:
        evaluation = _evaluate.evaluate(_gold_records(handle))
    except GoldDataError as exc:
        _err(_error(label, " ".join(str(exc).split())))
        return FAILED
    finally:
        if handle is not _stdin():
            handle.close()
    if args.json:
        _out(json.dumps(evaluation.as_dict(), indent=2, ensure_ascii=False))
    else:
        _out(evaluation.report())
    return 0


def _gold_records(lines: Iterable[bytes]) -> Iterator[Mapping[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except UnicodeDecodeError:
            msg = f"line {number}: not valid UTF-8"
            raise GoldDataError(msg) from None
        except json.JSONDecodeError as exc:
            msg = f"line {number}: not valid JSON: {exc.msg} (column {exc.colno})"
            raise GoldDataError(msg) from None
        if not isinstance(record, dict):
            msg = f"line {number}: a record must be a JSON object, not {type(record).__name__}"
            raise GoldDataError(msg)
        yield record


def _run_schema(args: argparse.Namespace, _: argparse.ArgumentParser) -> int:
    _out(json.dumps(_schema.json_schema(), indent=args.indent, ensure_ascii=False))
    return 0
