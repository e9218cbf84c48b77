"""Process a corpus in parallel, in input order, with memory bounded by the workers.

The command line feeds :func:`process` a stream of :class:`Item` (an article's
bytes, or one line of a JSON Lines corpus) and gets back one :class:`Outcome`
per item, in the order of the input. Items are grouped into chunks so that the
cost of shipping them to a worker process is paid once per chunk, not once per
article, and only a few chunks per worker are in flight at any time: a corpus
of any size is read, processed and written as a stream.

A failure is an outcome, never an exception: bytes that do not decode, a line
that is not JSON, a record without ``text``, an empty article, a strict-mode
error, even a bug in the parser or a worker process that dies, each become the
:attr:`Outcome.error` of the items concerned, and the rest of the corpus goes on.
"""

import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import attrs

from ._parse import parse
from ._rows import quote_rows, speaker_rows
from ._serialize import to_json
from .exceptions import EmptyArticleError, ParseError

__all__ = ["COMMANDS", "Item", "Job", "Outcome", "process"]

COMMANDS = ("parse", "quotes", "speakers")
"""What a job can do with each article."""

CHUNK_RECORDS = 32
"""At most this many items go to a worker at once."""
CHUNK_BYTES = 1 << 20
"""A chunk is closed once its items hold this many bytes."""
CHUNKS_PER_WORKER = 2
"""Chunks in flight per worker: enough to keep every worker busy, no more."""


@attrs.frozen(kw_only=True)
class Job:
    """What to do with every item: the settings shipped to the workers."""

    command: str
    """One of :data:`COMMANDS`."""
    encoding: str = "utf-8"
    """How the items' bytes are decoded."""
    strict: bool = False
    """Passed on to :func:`newsmodel.parse`."""
    indent: int | None = None
    """Passed on to :func:`newsmodel.to_json` by the ``parse`` command."""


@attrs.frozen(kw_only=True)
class Item:
    """One article to process: a whole file's bytes or one JSON Lines record."""

    label: str
    """Where it comes from, for messages: ``"a.txt"`` or ``"corpus.jsonl:12"``."""
    data: bytes
    """The raw bytes."""
    record: bool = False
    """``True`` for a JSON object with ``id`` and ``text``; ``False`` for plain text."""
    id: str | None = None
    """The article's identifier when the data does not give one."""


@attrs.frozen(kw_only=True)
class Outcome:
    """What came of one item: its output, or the reason it failed."""

    label: str
    """The item's label."""
    id: str | None = None
    """The article's identifier."""
    output: Sequence[Any] = ()
    """JSON texts (``parse``) or tidy rows (``quotes``, ``speakers``)."""
    error: str | None = None
    """Why the item failed, in one line; ``None`` on success."""
    size: int = 0
    """The item's size in bytes, for progress reports."""


Worker = Callable[[Job, Sequence["Item | Outcome"]], list[Outcome]]


def process(
    items: Iterable[Item | Outcome],
    job: Job,
    *,
    workers: int = 1,
    chunk_records: int = CHUNK_RECORDS,
    chunk_bytes: int = CHUNK_BYTES,
    worker: Worker | None = None,
) -> Generator[Outcome, None, None]:
    """Process ``items`` and yield one outcome per item, in input order.

    An :class:`Outcome` among the items (an input that could not even be read)
    is passed through at its place.

    Args:
        items: The articles, read lazily.
        job: What to do with each article.
        workers: How many processes; ``1`` works in this process.
        chunk_records: At most this many items per chunk.
        chunk_bytes: A chunk is closed once it holds this many bytes.
        worker: The function run on each chunk (for tests); it must be picklable.

    Yields:
        One outcome per item.
    """
    run = worker if worker is not None else process_chunk
    chunks = _chunks(items, chunk_records, chunk_bytes)
    if workers <= 1:
        for chunk in chunks:
            yield from run(job, chunk)
        return
    pool = _Pool(workers, run, job)
    try:
        pending: deque[tuple[list[Item | Outcome], Future[list[Outcome]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= workers * CHUNKS_PER_WORKER:
                yield from pool.collect(pending)
        while pending:
            yield from pool.collect(pending)
    finally:
        pool.shutdown()


def process_chunk(job: Job, chunk: Sequence[Item | Outcome]) -> list[Outcome]:
    """Process every item of a chunk (the function run in the workers).

    Args:
        job: What to do with each article.
        chunk: The items, and outcomes to pass through.

    Returns:
        One outcome per item, in order.
    """
    return [
        entry if isinstance(entry, Outcome) else process_item(job, entry)
        for entry in chunk
    ]


def process_item(job: Job, item: Item) -> Outcome:
    """Decode, parse and format one item; never raise.

    Args:
        job: What to do with the article.
        item: The article's bytes or record.

    Returns:
        The output, or the reason the item failed.
    """
    size = len(item.data)
    article_id = item.id
    try:
        text = item.data.decode(job.encoding)
        if item.record:
            article_id, text = _read_record(text, article_id)
        article = parse(text, strict=job.strict)
        output: Sequence[Any]
        if job.command == "parse":
            output = (to_json(article, indent=job.indent),)
        elif job.command == "quotes":
            output = quote_rows(article, id=article_id)
        else:
            output = speaker_rows(article, id=article_id)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.start + 1].hex()
        error = (
            f"not valid {exc.encoding} (byte 0x{bad} at offset {exc.start}); "
            "pass --encoding, e.g. --encoding latin-1"
        )
    except _RecordError as exc:
        error = str(exc)
    except EmptyArticleError:
        error = "the article is empty"
    except ParseError as exc:
        code = f" [{exc.code}]" if exc.code else ""
        error = f"line {exc.line}, column {exc.column}: {exc.message}{code}"
    except Exception as exc:  # noqa: BLE001 -- a bug must cost one article, not the corpus
        error = f"unexpected {type(exc).__name__}: {exc}"
    else:
        return Outcome(label=item.label, id=article_id, output=output, size=size)
    return Outcome(label=item.label, id=article_id, error=_one_line(error), size=size)


class _RecordError(Exception):
    """A JSON Lines record that is not an article."""


def _read_record(line: str, default_id: str | None) -> tuple[str | None, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} (column {exc.colno})"
        raise _RecordError(msg) from None
    if not isinstance(record, dict):
        msg = f"a record must be a JSON object, not {type(record).__name__}"
        raise _RecordError(msg)
    record_id = record.get("id")
    article_id = default_id if record_id is None else str(record_id)
    text = record.get("text")
    if not isinstance(text, str):
        msg = (
            'the record has no "text"'
            if text is None
            else f'the record\'s "text" must be a string, not {type(text).__name__}'
        )
        raise _RecordError(msg)
    return article_id, text


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _chunks(
    items: Iterable[Item | Outcome], most: int, most_bytes: int
) -> Iterator[list[Item | Outcome]]:
    chunk: list[Item | Outcome] = []
    held = 0
    for item in items:
        chunk.append(item)
        held += len(item.data) if isinstance(item, Item) else 0
        if len(chunk) >= most or held >= most_bytes:
            yield chunk
            chunk = []
            held = 0
    if chunk:
        yield chunk


def _context() -> Any:
    # fork is unsafe in a process with threads; forkserver and spawn start clean.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context(
        "forkserver" if "forkserver" in methods else "spawn"
    )


class _Pool:
    """A process pool that replaces itself when a worker process dies."""

    def __init__(self, workers: int, run: Worker, job: Job) -> None:
        self._workers = workers
        self._run = run
        self._job = job
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self._workers, mp_context=_context())

    def submit(self, chunk: list[Item | Outcome]) -> "Future[list[Outcome]]":
        try:
            return self._executor.submit(self._run, self._job, chunk)
        except BrokenProcessPool as exc:
            # Broken since the last collect: fail this future too; collect retries.
            future: Future[list[Outcome]] = Future()
            future.set_exception(exc)
            return future

    def collect(
        self,
        pending: deque[tuple[list[Item | Outcome], "Future[list[Outcome]]"]],
    ) -> list[Outcome]:
        """Wait for the oldest chunk and return its outcomes."""
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # Some chunk in flight killed its worker. Retry the oldest chunk's
            # items one by one in a fresh pool: an item that kills it again is the
            # culprit and fails alone. Then resubmit the chunks still waiting.
            self._restart()
            outcomes = [self._alone(entry) for entry in chunk]
            for index, (waiting, _) in enumerate(pending):
                pending[index] = (waiting, self.submit(waiting))
            return outcomes
        except Exception as exc:  # noqa: BLE001 -- e.g. an output that does not pickle
            return _failed(chunk, f"unexpected {type(exc).__name__}: {exc}")

    def _alone(self, entry: "Item | Outcome") -> Outcome:
        try:
            return self.submit([entry]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return _failed([entry], "the worker process died")[0]

    def _restart(self) -> None:
        # The pool is broken: a worker died. Its manager then waits for every
        # other worker to exit, and on some Python versions one of them never
        # does, so they are ended first and the wait cannot hang.
        processes = self._executor._processes or {}  # noqa: SLF001 -- no public way
        for worker in list(processes.values()):
            worker.terminate()
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._start()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _failed(chunk: Sequence[Item | Outcome], error: str) -> list[Outcome]:
    return [
        entry
        if isinstance(entry, Outcome)
        else Outcome(
            label=entry.label, id=entry.id, error=_one_line(error), size=len(entry.data)
        )
        for entry in chunk
    ]
