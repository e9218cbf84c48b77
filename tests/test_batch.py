"""Tests for batch processing: ``--workers``, input order, isolated failures."""

import itertools
import json
import os
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import newsmodel
from newsmodel._batch import (
    Item,
    Job,
    Outcome,
    _Pool,
    process,
    process_chunk,
    process_item,
)
from newsmodel._cli import main

ARTICLES = [
    'Storm hits coast\n\n"We are ready," said Mayor Jane Doe.\n\nRoads closed.\n',
    "Markets fall\n\nShares fell on Monday, traders said.\n",
    'Team wins\n\nThe players\' coach called it "a great night".\n',
    "Quiet day\n\nNothing happened.",
]


def record_line(number: int) -> bytes:
    """A JSON Lines record; every fifth one is broken in a different way."""
    broken = {
        0: b"{broken json",
        1: json.dumps({"id": f"r{number}"}).encode(),
        2: json.dumps({"id": f"r{number}", "text": "   "}).encode(),
        3: b'"a string"',
    }
    if number % 5 == 4 and number // 5 % 5 in broken:
        return broken[number // 5 % 5]
    text = ARTICLES[number % len(ARTICLES)]
    return json.dumps({"id": f"r{number}", "text": text}).encode()


def items(count: int) -> list[Item | Outcome]:
    """``count`` record items, some broken, labelled by their number."""
    return [
        Item(label=str(number), data=record_line(number), record=True, id=None)
        for number in range(count)
    ]


def dying_worker(job: Job, chunk: Sequence[Item | Outcome]) -> list[Outcome]:
    """Process a chunk, but kill the worker process on an item holding ``die``."""
    if any(isinstance(entry, Item) and entry.data == b"die" for entry in chunk):
        os._exit(3)
    return process_chunk(job, chunk)


def unpicklable_worker(job: Job, chunk: Sequence[Item | Outcome]) -> list[Outcome]:
    """Return outcomes that cannot be sent back to the parent process."""
    del job
    return [Outcome(label="x", output=(lambda: None,)) for _ in chunk]


class TestProcess:
    """Tests for ``process``, the parallel engine."""

    @pytest.mark.parametrize("command", ["parse", "quotes", "speakers"])
    def test_two_workers_match_one(self, command: str) -> None:
        """Two worker processes give exactly the outcomes of one, in order."""
        job = Job(command=command)

        alone = list(process(items(60), job, workers=1))
        shared = list(process(items(60), job, workers=2, chunk_records=3))

        assert alone == shared
        assert [str(number) for number in range(60)] == [o.label for o in shared]

    def test_failures_are_isolated(self) -> None:
        """Broken records fail alone, at their place; the others succeed."""
        outcomes = list(process(items(25), Job(command="quotes"), workers=2))

        failed = [o.label for o in outcomes if o.error is not None]
        assert ["4", "9", "14", "19"] == failed
        assert 21 == sum(o.error is None for o in outcomes)

    def test_outcomes_pass_through_in_place(self) -> None:
        """An outcome among the items (an unreadable file) keeps its place."""
        unreadable = Outcome(label="gone.txt", error="no such file")
        given = [*items(3), unreadable, *items(2)]

        outcomes = list(
            process(given, Job(command="parse"), workers=2, chunk_records=2)
        )

        assert ["0", "1", "2", "gone.txt", "0", "1"] == [o.label for o in outcomes]
        assert unreadable == outcomes[3]

    @pytest.mark.parametrize("workers", [1, 2])
    def test_input_is_read_lazily(self, workers: int) -> None:
        """Only a bounded window of items is read ahead, never the whole input."""
        read = 0

        def endless() -> Iterator[Item | Outcome]:
            nonlocal read
            for number in itertools.count():
                read += 1
                yield Item(label=str(number), data=b"Headline\n\nBody.")

        outcomes = process(
            endless(), Job(command="quotes"), workers=workers, chunk_records=4
        )
        first = [next(outcomes) for _ in range(10)]
        outcomes.close()

        window = 4 * (1 if workers == 1 else workers * 2 + 1)
        assert [str(n) for n in range(10)] == [o.label for o in first]
        assert read <= 10 + window

    def test_chunks_close_on_size(self) -> None:
        """A chunk is closed once its items hold ``chunk_bytes`` bytes."""
        seen: list[int] = []
        big = [Item(label=str(n), data=b"H\n\n" + b"x" * 50) for n in range(5)]

        def counting(job: Job, chunk: Sequence[Item | Outcome]) -> list[Outcome]:
            seen.append(len(chunk))
            return process_chunk(job, chunk)

        list(process(big, Job(command="parse"), chunk_bytes=100, worker=counting))

        assert [2, 2, 1] == seen

    def test_dead_worker_costs_only_its_item(self) -> None:
        """A worker process that dies costs the item that killed it, nothing else."""
        given: list[Item | Outcome] = [
            Item(label=str(n), data=b"die" if n in {3, 8} else b"Headline\n\nBody.")
            for n in range(12)
        ]

        outcomes = list(
            process(
                given,
                Job(command="quotes"),
                workers=2,
                chunk_records=2,
                worker=dying_worker,
            )
        )

        assert [str(n) for n in range(12)] == [o.label for o in outcomes]
        assert {"3": "the worker process died", "8": "the worker process died"} == {
            o.label: o.error for o in outcomes if o.error is not None
        }

    def test_output_that_cannot_be_returned(self) -> None:
        """Outcomes that cannot come back from a worker fail their chunk's items."""
        outcomes = list(
            process(
                items(2), Job(command="parse"), workers=2, worker=unpicklable_worker
            )
        )

        assert ["0", "1"] == [o.label for o in outcomes]
        assert all(
            o.error is not None and o.error.startswith("unexpected ") for o in outcomes
        )

    def test_submit_to_a_broken_pool(self) -> None:
        """Submitting to a pool whose worker died gives a failed future, no raise."""
        pool = _Pool(1, dying_worker, Job(command="parse"))
        try:
            with pytest.raises(BrokenProcessPool):
                pool.submit([Item(label="0", data=b"die")]).result()

            future = pool.submit([Item(label="1", data=b"H\n\nB.")])

            assert isinstance(future.exception(), BrokenProcessPool)
        finally:
            pool.shutdown()


class TestProcessItem:
    """Tests for ``process_item``, the work done on one article."""

    def test_parse_gives_the_json(self) -> None:
        """The parse command's output is ``to_json`` of the article."""
        item = Item(label="a", data=ARTICLES[0].encode(), id="a")

        outcome = process_item(Job(command="parse", indent=1), item)

        expected = newsmodel.to_json(newsmodel.parse(ARTICLES[0]), indent=1)
        assert (
            Outcome(label="a", id="a", output=(expected,), size=len(item.data))
            == outcome
        )

    def test_record_id_wins_over_default(self) -> None:
        """A record's own id replaces the item's default id, as a string."""
        item = Item(
            label="c:1", data=b'{"id": 12, "text": "H\\n\\nB."}', record=True, id="c:1"
        )

        assert "12" == process_item(Job(command="quotes"), item).id

    def test_record_without_id_keeps_default(self) -> None:
        """A record without id keeps the item's default id."""
        item = Item(label="c:1", data=b'{"text": "H\\n\\nB."}', record=True, id="c:1")

        assert "c:1" == process_item(Job(command="quotes"), item).id

    def test_other_encoding(self) -> None:
        """The job's encoding decodes the bytes."""
        item = Item(label="a", data="Café\n\nBody.".encode("cp1252"))

        outcome = process_item(Job(command="parse", encoding="cp1252"), item)

        assert "Café" == newsmodel.from_json(outcome.output[0]).title


class TestCommandLine:
    """Tests for ``--workers`` on the command line."""

    @pytest.mark.parametrize("command", ["parse", "quotes", "speakers"])
    def test_workers_give_the_same_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        """``--workers 2`` prints exactly what ``--workers 1`` prints, errors too."""
        corpus = tmp_path / "corpus.jsonl"
        corpus.write_bytes(b"\n".join(record_line(n) for n in range(40)) + b"\n")

        one = main([command, "--jsonl", str(corpus), "--workers", "1"])
        alone = capsys.readouterr()
        two = main([command, "--jsonl", str(corpus), "--workers", "2"])
        shared = capsys.readouterr()

        assert (2, 2) == (one, two)
        assert alone == shared
        assert 8 == len(alone.err.splitlines())  # 7 broken records and the total

    def test_workers_zero_means_every_cpu(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``--workers 0`` uses one process per CPU and still succeeds."""
        corpus = tmp_path / "corpus.jsonl"
        corpus.write_text(json.dumps({"id": "1", "text": ARTICLES[1]}) + "\n")

        assert 0 == main(["quotes", "--jsonl", str(corpus), "--workers", "0"])
        assert "" == capsys.readouterr().err
