"""Tests for the command line, driven in-process through ``main(argv)``."""

import argparse
import csv
import importlib
import io
import json
import os
import runpy
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import (
    Article,
    Headline,
    Mention,
    Speaker,
    SpeakerKind,
    _batch,
    _cli,
    _evaluate,
    _schema,
    quote_rows,
    speaker_rows,
)
from newsmodel._cli import main
from newsmodel._rows import QUOTE_COLUMNS, SPEAKER_COLUMNS
from newsmodel.exceptions import GoldDataError, ParseError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7280440e1ed9c9bf.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_7280440e1ed9c9bf.expected.json"
SIMPLE = 'Storm hits coast\n\n"We are ready," said Mayor Jane Doe.\n\nRoads closed.\n'
"""A short article with one quote."""


@pytest.fixture
def seed_text() -> str:
    """The seed article's text."""
    return SEED.read_text(encoding="utf-8")


def write(path: Path, text: str) -> str:
    """Write ``text`` as UTF-8 to ``path`` and return the path as a string."""
    path.write_text(text, encoding="utf-8")
    return str(path)


def write_jsonl(path: Path, lines: Iterable[Any]) -> str:
    """Write a JSON Lines file (str items verbatim, others as JSON)."""
    body = "".join(
        (line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines
    )
    return write(path, body)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Replace stdin with a stream holding ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def json_lines(text: str) -> list[Any]:
    """Parse every line of ``text`` as JSON."""
    return [json.loads(line) for line in text.splitlines()]


SPEAKERS_ARTICLE = Article(
    source="Title",
    headline=Headline(text="Title", start=0, end=5, kicker=None, title="Title"),
    speakers=(
        Speaker(
            name="Vladimir Putin",
            kind=SpeakerKind.PERSON,
            titles=("Russian President", "leader"),
            mentions=(Mention(text="T", start=0, end=1),) * 3,
            quotes=(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        ),
        Speaker(name="the Kremlin", kind=SpeakerKind.ORGANISATION, quotes=(11,)),
    ),
)
"""A hand-made article with known speakers (no parser involved)."""


def fake_parse(
    monkeypatch: pytest.MonkeyPatch, article: Article | BaseException
) -> list[tuple[str, bool]]:
    """Make the command line's parser return ``article`` (or raise it); log calls."""
    calls: list[tuple[str, bool]] = []

    def parse(text: str, *, strict: bool = False) -> Article:
        calls.append((text, strict))
        if isinstance(article, BaseException):
            raise article
        return article

    monkeypatch.setattr(_batch, "parse", parse)
    return calls


class TestParse:
    """Tests for ``newsmodel parse``."""

    def test_file_prints_the_article_as_json(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """A file prints as the JSON of ``newsmodel.to_json``, one line."""
        status = main(["parse", write(tmp_path / "a.txt", seed_text)])

        out, err = capsys.readouterr()
        assert (0, "") == (status, err)
        assert newsmodel.to_json(newsmodel.parse(seed_text)) + "\n" == out
        assert 1 == len(out.splitlines())

    def test_output_reads_back(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """The printed JSON reads back into the article with its seed headline."""
        main(["parse", write(tmp_path / "a.txt", seed_text)])

        article = newsmodel.from_json(capsys.readouterr().out)
        assert "US - Russia Relations" == article.headline.kicker
        assert seed_text == article.source

    def test_indent(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--indent N`` indents the JSON as ``to_json(indent=N)``."""
        main(["parse", "--indent", "2", write(tmp_path / "a.txt", SIMPLE)])

        out = capsys.readouterr().out
        assert newsmodel.to_json(newsmodel.parse(SIMPLE), indent=2) + "\n" == out
        assert out.startswith("{\n  ")

    def test_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``-`` reads the article from stdin."""
        feed_stdin(monkeypatch, SIMPLE.encode())

        status = main(["parse", "-"])

        assert 0 == status
        assert SIMPLE == newsmodel.from_json(capsys.readouterr().out).source

    def test_several_files_in_order(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several files print one document each, in the order given."""
        first = write(tmp_path / "1.txt", "First headline\n\nBody one.")
        second = write(tmp_path / "2.txt", "Second headline\n\nBody two.")

        main(["parse", second, first])

        titles = [
            newsmodel.from_json(line).title
            for line in capsys.readouterr().out.splitlines()
        ]
        assert ["Second headline", "First headline"] == titles

    def test_missing_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing file costs one line naming it; the others still print; exit 2."""
        missing = str(tmp_path / "nope.txt")
        present = write(tmp_path / "a.txt", SIMPLE)

        status = main(["parse", missing, present])

        out, err = capsys.readouterr()
        assert 2 == status
        assert [
            f"newsmodel: {missing}: no such file",
            "newsmodel: 1 of 2 inputs failed",
        ] == err.splitlines()
        assert 1 == len(out.splitlines())

    def test_directory(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A directory costs one line naming it; exit 2."""
        status = main(["parse", str(tmp_path)])

        out, err = capsys.readouterr()
        assert (2, "") == (status, out)
        assert (
            f"newsmodel: {tmp_path}: is a directory, not a file"
            == (err.splitlines()[0])
        )

    def test_invalid_utf8_suggests_encoding(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Bytes that are not UTF-8 name the file, the byte and ``--encoding``."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Café opens\n\nBody.".encode("latin-1"))

        status = main(["parse", str(path)])

        err = capsys.readouterr().err
        assert 2 == status
        assert (
            f"newsmodel: {path}: not valid utf-8 (byte 0xe9 at offset 3); "
            "pass --encoding, e.g. --encoding latin-1"
        ) == err.splitlines()[0]

    def test_encoding_option(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``--encoding`` decodes the input with the given codec."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Café opens\n\nBody.".encode("latin-1"))

        status = main(["parse", "--encoding", "latin-1", str(path)])

        assert 0 == status
        assert "Café opens" == newsmodel.from_json(capsys.readouterr().out).title

    def test_unknown_encoding_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unknown encoding stops with a usage error before reading anything."""
        with pytest.raises(SystemExit) as stopped:
            main(["parse", "--encoding", "klingon", "x.txt"])

        assert 2 == stopped.value.code
        assert "unknown encoding 'klingon'" in capsys.readouterr().err

    def test_empty_article(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A whitespace-only file is reported as empty; exit 2."""
        path = write(tmp_path / "blank.txt", " \n\n\t\n")

        status = main(["parse", path])

        assert 2 == status
        assert (
            f"newsmodel: {path}: the article is empty"
            == (capsys.readouterr().err.splitlines()[0])
        )

    def test_strict_passes_on_and_reports_position(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``--strict`` reaches ``parse``; its error reports line, column and code."""
        error = ParseError("control character", line=3, column=7, code="control")
        calls = fake_parse(monkeypatch, error)
        path = write(tmp_path / "a.txt", SIMPLE)

        status = main(["parse", "--strict", path])

        assert 2 == status
        assert [(SIMPLE, True)] == calls
        assert (
            f"newsmodel: {path}: line 3, column 7: control character [control]"
            == capsys.readouterr().err.splitlines()[0]
        )

    def test_parse_error_without_code(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A parse error without a code reports its position only."""
        fake_parse(monkeypatch, ParseError("bad", line=1, column=2))
        path = write(tmp_path / "a.txt", SIMPLE)

        main(["parse", path])

        assert (
            f"newsmodel: {path}: line 1, column 2: bad"
            == (capsys.readouterr().err.splitlines()[0])
        )

    def test_unexpected_error_is_isolated(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A bug in the parser costs one line, never a traceback."""
        fake_parse(monkeypatch, RuntimeError("oops\nsecond line"))
        path = write(tmp_path / "a.txt", SIMPLE)

        status = main(["parse", path])

        assert 2 == status
        assert [
            f"newsmodel: {path}: unexpected RuntimeError: oops second line",
            "newsmodel: 1 of 1 inputs failed",
        ] == capsys.readouterr().err.splitlines()

    def test_jsonl(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--jsonl`` prints one article per record, in order."""
        records = [{"id": "a", "text": SIMPLE}, {"id": "b", "text": "Other\n\nText."}]

        main(["parse", "--jsonl", write_jsonl(tmp_path / "c.jsonl", records)])

        sources = [
            newsmodel.from_json(line).source
            for line in capsys.readouterr().out.splitlines()
        ]
        assert [SIMPLE, "Other\n\nText."] == sources

    def test_neither_files_nor_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without FILE or --jsonl the command stops with a usage error."""
        with pytest.raises(SystemExit) as stopped:
            main(["parse"])

        assert 2 == stopped.value.code
        assert "usage: newsmodel parse" in capsys.readouterr().err

    def test_files_and_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """FILE and --jsonl together are a usage error."""
        with pytest.raises(SystemExit) as stopped:
            main(["parse", "a.txt", "--jsonl", "b.jsonl"])

        assert 2 == stopped.value.code
        assert "not both" in capsys.readouterr().err

    def test_negative_indent_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A negative or non-numeric count is refused."""
        with pytest.raises(SystemExit):
            main(["parse", "--indent", "x", "a.txt"])

        assert "expected a whole number, 0 or more, not 'x'" in (
            capsys.readouterr().err
        )


class TestQuotes:
    """Tests for ``newsmodel quotes``."""

    def test_rows_match_quote_rows(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """Each line is one row of ``quote_rows``, with the file as its id."""
        path = write(tmp_path / "seed.txt", seed_text)

        status = main(["quotes", path])

        expected = quote_rows(newsmodel.parse(seed_text), id=path)
        assert 0 == status
        assert expected == json_lines(capsys.readouterr().out)

    def test_seed_quotes(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """The seed gives its seven annotated quotes with their spans."""
        main(["quotes", write(tmp_path / "seed.txt", seed_text)])

        rows = json_lines(capsys.readouterr().out)
        gold = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["quotes"]
        assert [(q["start"], q["end"], q["kind"]) for q in gold] == [
            (r["start"], r["end"], r["kind"]) for r in rows
        ]

    def test_jsonl_ids_and_order(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """Records keep their ids and order; a record without id gets its line."""
        path = write_jsonl(
            tmp_path / "c.jsonl",
            [{"id": 7, "text": seed_text}, {"text": SIMPLE}],
        )

        main(["quotes", "--jsonl", path])

        ids = [row["id"] for row in json_lines(capsys.readouterr().out)]
        seed_count = len(newsmodel.parse(seed_text).quotes)
        simple_count = len(newsmodel.parse(SIMPLE).quotes)
        assert ["7"] * seed_count + [f"{path}:2"] * simple_count == ids

    def test_bad_records_are_reported_and_skipped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Bad lines give an error with their line number; the rest is processed."""
        path = write_jsonl(
            tmp_path / "c.jsonl",
            [
                {"id": "ok-1", "text": SIMPLE},
                "{not json",
                {"id": "no-text"},
                "",
                {"id": "number", "text": 3},
                "[1, 2]",
                {"id": "blank", "text": "  \n"},
                {"id": "ok-2", "text": SIMPLE},
            ],
        )

        status = main(["quotes", "--jsonl", path])

        out, err = capsys.readouterr()
        assert 2 == status
        assert [
            (
                f"newsmodel: {path}:2: not valid JSON: Expecting property name "
                "enclosed in double quotes (column 2)"
            ),
            f'newsmodel: {path}:3: the record has no "text"',
            f'newsmodel: {path}:5: the record\'s "text" must be a string, not int',
            f"newsmodel: {path}:6: a record must be a JSON object, not list",
            f"newsmodel: {path}:7: the article is empty",
            "newsmodel: 5 of 7 inputs failed",
        ] == err.splitlines()
        assert {"ok-1", "ok-2"} == {row["id"] for row in json_lines(out)}

    def test_jsonl_with_invalid_utf8_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A line that is not UTF-8 fails alone."""
        path = tmp_path / "c.jsonl"
        good = json.dumps({"id": "g", "text": SIMPLE}).encode()
        path.write_bytes(b'{"id": "b", "text": "\xff"}\n' + good + b"\n")

        status = main(["quotes", "--jsonl", str(path)])

        out, err = capsys.readouterr()
        assert 2 == status
        assert err.startswith(f"newsmodel: {path}:1: not valid utf-8 (byte 0xff")
        assert all(row["id"] == "g" for row in json_lines(out))

    def test_jsonl_from_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``--jsonl -`` reads the corpus from stdin."""
        feed_stdin(monkeypatch, b'{"id": "s", "text": "H\\n\\nBody."}\n{')

        status = main(["quotes", "--jsonl", "-"])

        assert 2 == status
        assert [
            (
                "newsmodel: <stdin>:2: not valid JSON: Expecting property name "
                "enclosed in double quotes (column 2)"
            ),
            "newsmodel: 1 of 2 inputs failed",
        ] == capsys.readouterr().err.splitlines()

    def test_missing_corpus(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing corpus file is one error line; exit 2."""
        missing = str(tmp_path / "none.jsonl")

        status = main(["quotes", "--jsonl", missing])

        assert 2 == status
        assert (
            f"newsmodel: {missing}: no such file"
            == (capsys.readouterr().err.splitlines()[0])
        )

    def test_corpus_is_a_directory(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A directory given as corpus is one error line; exit 2."""
        status = main(["quotes", "--jsonl", str(tmp_path)])

        assert 2 == status
        assert (
            f"newsmodel: {tmp_path}: is a directory, not a file"
            == (capsys.readouterr().err.splitlines()[0])
        )

    def test_csv(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """``--format csv`` writes a header and the same rows, None as empty."""
        path = write(tmp_path / "seed.txt", seed_text)

        main(["quotes", "--format", "csv", path])

        table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        expected = [
            ["" if cell is None else str(cell) for cell in row.values()]
            for row in quote_rows(newsmodel.parse(seed_text), id=path)
        ]
        assert [list(QUOTE_COLUMNS), *expected] == table

    def test_csv_header_without_rows(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The CSV header is written even when no article has a quote."""
        main(["quotes", "--format", "csv", write(tmp_path / "a.txt", "H\n\nNone.")])

        assert ",".join(QUOTE_COLUMNS) + "\n" == capsys.readouterr().out


class TestSpeakers:
    """Tests for ``newsmodel speakers``."""

    def test_jsonl(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Each line is one row of ``speaker_rows``."""
        fake_parse(monkeypatch, SPEAKERS_ARTICLE)
        path = write(tmp_path / "a.txt", "x")

        main(["speakers", path])

        assert [
            {
                "id": path,
                "name": "Vladimir Putin",
                "kind": "person",
                "gender": None,
                "titles": ["Russian President", "leader"],
                "quotes": 11,
                "mentions": 3,
            },
            {
                "id": path,
                "name": "the Kremlin",
                "kind": "organisation",
                "gender": None,
                "titles": [],
                "quotes": 1,
                "mentions": 0,
            },
        ] == json_lines(capsys.readouterr().out)

    def test_seed_speaker(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """The seed's only speaker is Vladimir Putin, with his title and 7 quotes."""
        main(["speakers", write(tmp_path / "seed.txt", seed_text)])

        rows = json_lines(capsys.readouterr().out)
        assert [("Vladimir Putin", 7)] == [(r["name"], r["quotes"]) for r in rows]
        assert "Russian President" in rows[0]["titles"]
        assert speaker_rows(newsmodel.parse(seed_text), id=rows[0]["id"]) == rows

    def test_csv_joins_titles(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``--format csv`` joins titles with '; ' and leaves None empty."""
        fake_parse(monkeypatch, SPEAKERS_ARTICLE)

        main(["speakers", "--format", "csv", write(tmp_path / "a.txt", "x")])

        assert [
            list(SPEAKER_COLUMNS),
            [
                str(tmp_path / "a.txt"),
                "Vladimir Putin",
                "person",
                "",
                "Russian President; leader",
                "11",
                "3",
            ],
            [str(tmp_path / "a.txt"), "the Kremlin", "organisation", "", "", "1", "0"],
        ] == list(csv.reader(io.StringIO(capsys.readouterr().out)))

    def test_table(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``--format table`` prints an aligned table under each article's id."""
        fake_parse(monkeypatch, SPEAKERS_ARTICLE)
        path = write_jsonl(tmp_path / "c.jsonl", [{"id": "art-1", "text": "x"}])

        main(["speakers", "--format", "table", "--jsonl", path])

        assert (
            "art-1:\n"
            "  name            kind          quotes  mentions  titles\n"
            "  Vladimir Putin  person            11         3  Russian President; leader\n"
            "  the Kremlin     organisation       1         0\n"
            "\n"
        ) == capsys.readouterr().out

    def test_table_without_speakers(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """An article without speakers says so in the table."""
        fake_parse(monkeypatch, Article(source="T", headline=SPEAKERS_ARTICLE.headline))
        path = write(tmp_path / "a.txt", "x")

        main(["speakers", "--format", "table", path])

        assert f"{path}:\n  (no speakers)\n\n" == capsys.readouterr().out


class FakeEvaluation:
    """Stands for :class:`newsmodel.Evaluation` while testing the command."""

    def as_dict(self) -> dict[str, Any]:
        """Return fixed figures."""
        return {"quotes": {"exact": {"precision": 0.5}}}

    def report(self) -> str:
        """Return a fixed report."""
        return "precision 0.50"


class TestEvaluate:
    """Tests for ``newsmodel evaluate``."""

    @pytest.fixture
    def received(self, monkeypatch: pytest.MonkeyPatch) -> list[Mapping[str, Any]]:
        """Replace ``evaluate`` by a fake; collect the records it is given."""
        records: list[Mapping[str, Any]] = []

        def evaluate(given: Iterable[Mapping[str, Any]]) -> FakeEvaluation:
            records.extend(given)
            return FakeEvaluation()

        monkeypatch.setattr(_evaluate, "evaluate", evaluate)
        return records

    def test_report(
        self,
        tmp_path: Path,
        received: list[Mapping[str, Any]],
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """The records go to ``evaluate``; its report is printed."""
        records = [{"id": "1", "text": "a"}, {"id": "2", "text": "b"}]
        path = write_jsonl(tmp_path / "gold.jsonl", [records[0], "", records[1]])

        status = main(["evaluate", path])

        assert (0, "precision 0.50\n") == (status, capsys.readouterr().out)
        assert records == received

    def test_json(
        self,
        tmp_path: Path,
        received: list[Mapping[str, Any]],
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``--json`` prints ``Evaluation.as_dict()`` as JSON."""
        del received
        path = write_jsonl(tmp_path / "gold.jsonl", [{"id": "1", "text": "a"}])

        main(["evaluate", "--json", path])

        assert {"quotes": {"exact": {"precision": 0.5}}} == json.loads(
            capsys.readouterr().out
        )

    def test_stdin(
        self,
        monkeypatch: pytest.MonkeyPatch,
        received: list[Mapping[str, Any]],
    ) -> None:
        """``-`` reads the gold corpus from stdin."""
        feed_stdin(monkeypatch, b'{"id": "s"}\n')

        assert 0 == main(["evaluate", "-"])
        assert [{"id": "s"}] == received

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            (
                "{oops",
                "line 2: not valid JSON: Expecting property name enclosed in double quotes (column 2)",
            ),
            ("[]", "line 2: a record must be a JSON object, not list"),
        ],
    )
    def test_bad_line(
        self,
        tmp_path: Path,
        received: list[Mapping[str, Any]],
        capsys: pytest.CaptureFixture[str],
        line: str,
        message: str,
    ) -> None:
        """A bad line stops the evaluation with its line number; exit 2."""
        del received
        path = write_jsonl(tmp_path / "gold.jsonl", [{"id": "1"}, line])

        status = main(["evaluate", path])

        out, err = capsys.readouterr()
        assert (2, "") == (status, out)
        assert f"newsmodel: {path}: {message}\n" == err

    def test_invalid_utf8(
        self,
        tmp_path: Path,
        received: list[Mapping[str, Any]],
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A line that is not UTF-8 stops the evaluation with its line number."""
        del received
        path = tmp_path / "gold.jsonl"
        path.write_bytes(b'{"id": "\xff"}\n')

        assert 2 == main(["evaluate", str(path)])
        assert f"newsmodel: {path}: line 1: not valid UTF-8\n" == (
            capsys.readouterr().err
        )

    def test_gold_data_error(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A ``GoldDataError`` from ``evaluate`` is one line on stderr; exit 2."""

        def evaluate(given: Iterable[Mapping[str, Any]]) -> FakeEvaluation:
            del given
            msg = "record 1: quote 'start' is missing"
            raise GoldDataError(msg)

        monkeypatch.setattr(_evaluate, "evaluate", evaluate)
        path = write_jsonl(tmp_path / "gold.jsonl", [{"id": "1"}])

        assert 2 == main(["evaluate", path])
        assert f"newsmodel: {path}: record 1: quote 'start' is missing\n" == (
            capsys.readouterr().err
        )

    def test_missing_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing gold file is one error line; exit 2."""
        missing = str(tmp_path / "gold.jsonl")

        assert 2 == main(["evaluate", missing])
        assert f"newsmodel: {missing}: no such file\n" == capsys.readouterr().err

    def test_real_evaluation_on_the_seed(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
    ) -> None:
        """On the annotated seed, ``--json`` prints what ``evaluate`` computes."""
        gold = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
        record = {
            "id": "seed",
            "text": seed_text,
            "quotes": [
                {
                    "start": q["start"],
                    "end": q["end"],
                    "text": q["text"],
                    "kind": q["kind"],
                    "speaker": q["speaker_mention"],
                    "speaker_start": None,
                    "speaker_end": None,
                    "cue": q["cue"],
                }
                for q in gold["quotes"]
            ],
            "meta": {"unattributed_quoted_spans": [], "discard_spans": []},
        }
        try:
            expected = newsmodel.evaluate([record]).as_dict()
        except NotImplementedError:
            pytest.skip("newsmodel.evaluate is not implemented yet")
        path = write_jsonl(tmp_path / "gold.jsonl", [record])

        status = main(["evaluate", "--json", path])

        assert 0 == status
        assert expected == json.loads(capsys.readouterr().out)


class TestSchema:
    """Tests for ``newsmodel schema``."""

    def test_prints_json_schema(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The schema from ``json_schema()`` is printed as indented JSON."""
        monkeypatch.setattr(_schema, "json_schema", lambda: {"type": "object"})

        assert 0 == main(["schema"])
        assert '{\n  "type": "object"\n}\n' == capsys.readouterr().out

    def test_real_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The printed schema is ``newsmodel.json_schema()``."""
        try:
            expected = newsmodel.json_schema()
        except NotImplementedError:
            pytest.skip("newsmodel.json_schema is not implemented yet")

        main(["schema", "--indent", "0"])

        assert expected == json.loads(capsys.readouterr().out)


class TestOptions:
    """Tests for the options shared by every command."""

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--version`` prints the installed version."""
        from importlib.metadata import version

        with pytest.raises(SystemExit) as stopped:
            main(["--version"])

        assert 0 == stopped.value.code
        assert f"newsmodel {version('newsmodel')}\n" == capsys.readouterr().out

    def test_command_is_required(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Running without a command is a usage error."""
        with pytest.raises(SystemExit) as stopped:
            main([])

        assert 2 == stopped.value.code
        assert "usage: newsmodel" in capsys.readouterr().err

    def test_every_command_and_option_has_help(self) -> None:
        """Every command and every option has a help text."""
        parser = _cli._parser()  # noqa: SLF001 -- the parser is private; its help is public
        commands = next(
            action
            for action in parser._actions  # noqa: SLF001 -- argparse has no public walk
            if isinstance(action, argparse._SubParsersAction)  # noqa: SLF001 -- as above
        )
        helpless = [
            f"{name} {'/'.join(action.option_strings) or action.dest}"
            for name, command in commands.choices.items()
            for action in command._actions  # noqa: SLF001 -- as above
            if not action.help
        ]
        helped = {choice.dest for choice in commands._choices_actions}  # noqa: SLF001 -- as above

        assert [] == helpless
        assert {"parse", "quotes", "speakers", "evaluate", "schema"} == helped
        assert all(choice.help for choice in commands._choices_actions)  # noqa: SLF001 -- as above

    def test_progress_bar_on_a_terminal(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A terminal on stderr gets a progress bar, erased at the end."""

        class Terminal(io.StringIO):
            def isatty(self) -> bool:
                return True

        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        path = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": SIMPLE}])

        assert 0 == main(["quotes", "--jsonl", path])

        drawn = terminal.getvalue()
        assert drawn.startswith(
            "\r[########################] 100% 1 articles, 0 failed, "
        )
        assert drawn.endswith("/s\x1b[K\r\x1b[K")
        assert "" == capsys.readouterr().err

    def test_progress_without_size_counts_articles(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """From stdin (size unknown) the progress line counts articles only."""

        class Terminal(io.StringIO):
            def isatty(self) -> bool:
                return True

        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        feed_stdin(monkeypatch, json.dumps({"text": SIMPLE}).encode() + b"\n{")

        assert 2 == main(["quotes", "--jsonl", "-"])

        drawn = terminal.getvalue()
        assert drawn.startswith("\r1 articles, 0 failed, ")
        assert "\r\x1b[Knewsmodel: <stdin>:2: not valid JSON" in drawn

    def test_no_progress_bar_when_output_is_a_terminal(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """When stdout is the terminal too, no bar is drawn among the output."""

        class Terminal(io.StringIO):
            def isatty(self) -> bool:
                return True

        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        monkeypatch.setattr(sys, "stdout", terminal)
        path = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": SIMPLE}])

        main(["quotes", "--jsonl", path])

        assert "\r" not in terminal.getvalue()

    def test_no_progress_bar_when_not_a_terminal(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without a terminal, stderr gets nothing but errors."""
        path = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": SIMPLE}])

        main(["quotes", "--jsonl", path])

        assert "" == capsys.readouterr().err

    def test_broken_pipe_stops_quietly(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """When the reader of stdout goes away the command stops with status 1."""

        class Closed(io.StringIO):
            def write(self, text: str) -> int:
                del text
                raise BrokenPipeError

        monkeypatch.setattr(sys, "stdout", Closed())

        assert 1 == main(["parse", write(tmp_path / "a.txt", SIMPLE)])

    def test_interrupt(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Ctrl-C stops with status 130 and one line, no traceback."""
        fake_parse(monkeypatch, KeyboardInterrupt())

        assert 130 == main(["parse", write(tmp_path / "a.txt", SIMPLE)])
        assert "newsmodel: interrupted\n" == capsys.readouterr().err


class TestModule:
    """Tests for ``python -m newsmodel``, run as a real process."""

    def test_python_m_newsmodel(self, seed_text: str) -> None:
        """``python -m newsmodel parse -`` reads stdin and prints the article."""
        done = subprocess.run(
            [sys.executable, "-m", "newsmodel", "parse", "-"],
            input=seed_text.encode(),
            capture_output=True,
            check=False,
        )

        assert (0, b"") == (done.returncode, done.stderr)
        assert seed_text == newsmodel.from_json(done.stdout).source

    def test_main_module_exits_with_the_status(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Running the package as a module exits with ``main``'s status."""
        monkeypatch.setattr(_schema, "json_schema", dict)
        monkeypatch.setattr(sys, "argv", ["newsmodel", "schema"])
        monkeypatch.delitem(sys.modules, "newsmodel.__main__", raising=False)

        with pytest.raises(SystemExit) as stopped:
            runpy.run_module("newsmodel", run_name="__main__")

        assert (0, "{}\n") == (stopped.value.code, capsys.readouterr().out)

    def test_importing_the_main_module_runs_nothing(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Importing ``newsmodel.__main__`` (as documentation tools do) runs nothing."""
        monkeypatch.delitem(sys.modules, "newsmodel.__main__", raising=False)

        importlib.import_module("newsmodel.__main__")

        assert ("", "") == capsys.readouterr()

    def test_errors_exit_2_without_traceback(self, tmp_path: Path) -> None:
        """A missing file gives exit status 2 and one line, no traceback."""
        done = subprocess.run(  # noqa: S603 -- runs this interpreter on test files
            [sys.executable, "-m", "newsmodel", "quotes", str(tmp_path / "x")],
            capture_output=True,
            check=False,
            text=True,
        )

        assert 2 == done.returncode
        assert [
            f"newsmodel: {tmp_path / 'x'}: no such file",
            "newsmodel: 1 of 1 inputs failed",
        ] == done.stderr.splitlines()

    def test_pipeline_closed_early(self, tmp_path: Path) -> None:
        """A reader that stops early (``| head -1``) causes no traceback."""
        corpus = write_jsonl(
            tmp_path / "c.jsonl", [{"id": str(i), "text": SIMPLE} for i in range(3000)]
        )
        with subprocess.Popen(  # noqa: S603 -- runs this interpreter on test files
            [sys.executable, "-m", "newsmodel", "parse", "--jsonl", corpus],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as running:
            assert running.stdout is not None
            assert running.stderr is not None
            running.stdout.readline()
            running.stdout.close()
            err = running.stderr.read()
            status = running.wait()

        assert (1, b"") == (status, err)


class TestReading:
    """Tests for the rarer ways reading an input can fail."""

    @pytest.mark.parametrize(
        ("error", "message"),
        [
            (PermissionError(13, "Permission denied"), "permission denied"),
            (OSError(5, "Input/output error"), "Input/output error"),
            (OSError("no reason given"), "no reason given"),
        ],
    )
    def test_os_errors(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        error: OSError,
        message: str,
    ) -> None:
        """Any error of the system is one line naming the file."""

        def read_bytes(name: str) -> bytes:
            del name
            raise error

        monkeypatch.setattr(_cli, "_read_bytes", read_bytes)

        assert 2 == main(["parse", "a.txt"])
        assert f"newsmodel: a.txt: {message}" == capsys.readouterr().err.splitlines()[0]

    def test_error_while_reading_a_corpus(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An error in the middle of a corpus keeps what was read before it."""

        class Failing(io.BytesIO):
            def __iter__(self) -> Iterator[bytes]:
                yield json.dumps({"id": "1", "text": SIMPLE}).encode()
                raise OSError(5, "Input/output error")

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Failing()))

        status = main(["speakers", "--jsonl", "-"])

        out, err = capsys.readouterr()
        assert 2 == status
        assert ["Jane Doe"] == [row["name"] for row in json_lines(out)]
        assert [
            "newsmodel: <stdin>: Input/output error",
            "newsmodel: 1 of 2 inputs failed",
        ] == err.splitlines()

    def test_stdin_without_buffer(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A binary stdin without ``buffer`` is read directly."""
        monkeypatch.setattr(sys, "stdin", io.BytesIO(SIMPLE.encode()))

        assert 0 == main(["parse", "-"])
        assert SIMPLE == newsmodel.from_json(capsys.readouterr().out).source

    def test_broken_pipe_silences_stdout(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """After a broken pipe, stdout's descriptor points to the null device."""
        with (tmp_path / "out").open("wb") as target:

            class Closed(io.StringIO):
                def write(self, text: str) -> int:
                    del text
                    raise BrokenPipeError

                def fileno(self) -> int:
                    return target.fileno()

            monkeypatch.setattr(sys, "stdout", Closed())

            assert 1 == main(["parse", write(tmp_path / "a.txt", SIMPLE)])
            os.write(target.fileno(), b"lost")

        assert b"" == (tmp_path / "out").read_bytes()


class TestProgress:
    """Tests for the progress bar drawn on a terminal."""

    class Terminal(io.StringIO):
        """A stderr that says it is a terminal."""

        def isatty(self) -> bool:
            """Say it is a terminal."""
            return True

    def test_redrawn_at_most_ten_times_a_second(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Articles finishing within a tenth of a second share one drawing."""
        terminal = self.Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        path = write_jsonl(
            tmp_path / "c.jsonl", [{"id": str(n), "text": SIMPLE} for n in range(3)]
        )

        main(["quotes", "--jsonl", path])

        assert 1 == terminal.getvalue().count("articles")

    def test_error_before_any_drawing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An error before the bar is drawn is printed without erasing anything."""
        terminal = self.Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        path = write_jsonl(tmp_path / "c.jsonl", ["{"])

        main(["quotes", "--jsonl", path])

        assert terminal.getvalue().startswith(f"newsmodel: {path}:1: not valid JSON")
