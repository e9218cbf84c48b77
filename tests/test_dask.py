"""Running newsmodel on Dask: the documented recipe, tested when Dask is installed.

The recipe (``pip install "newsmodel[dask]"``)::

    import json
    import dask.bag as db
    import newsmodel

    def quote_rows(record):
        article = newsmodel.parse(record["text"])
        return newsmodel.quote_rows(article, id=record["id"])

    (
        db.read_text("corpus-*.jsonl")      # one partition per file (or blocksize=)
        .map(json.loads)
        .map(quote_rows)
        .flatten()                          # one tidy row per quote
        .map(json.dumps)
        .to_textfiles("quotes-*.jsonl")     # or .to_dataframe().to_parquet(...)
    )

Articles, their dicts and the tidy rows all pickle, so any Dask scheduler
(threads, processes, distributed) can move them between workers.
"""

import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import Article
from newsmodel.strategies import articles

ARTICLES = [
    (
        "a",
        'Storm hits coast\n\n"We are ready," said Mayor Jane Doe.\n\nRoads closed.\n',
    ),
    ("b", "Markets fall\n\nShares fell, traders said.\n"),
    ("c", "Vote delayed\n\n“It is not over,” Senator John Roe told reporters.\n"),
    ("d", 'Talks\n\nThe minister said the plan was "a disaster".\n'),
]


def quote_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The recipe's mapped function: a record's tidy quote rows."""
    article = newsmodel.parse(record["text"])
    return newsmodel.quote_rows(article, id=record["id"])


class TestDaskRecipe:
    """Tests for the Dask recipe of the module docstring."""

    def test_bag_over_jsonl_partitions(self, tmp_path: Path) -> None:
        """Quote rows written by Dask equal the rows computed one by one."""
        bag = pytest.importorskip("dask.bag")
        for part, records in enumerate((ARTICLES[:2], ARTICLES[2:])):
            lines = [json.dumps({"id": i, "text": text}) for i, text in records]
            (tmp_path / f"corpus-{part}.jsonl").write_text("\n".join(lines) + "\n")

        (
            bag.read_text(str(tmp_path / "corpus-*.jsonl"))
            .map(json.loads)
            .map(quote_rows)
            .flatten()
            .map(json.dumps)
            .to_textfiles(str(tmp_path / "quotes-*.jsonl"), compute=True)
        )

        written = [
            json.loads(line)
            for path in sorted(tmp_path.glob("quotes-*.jsonl"))
            for line in path.read_text().splitlines()
        ]
        expected = [
            row
            for i, text in ARTICLES
            for row in newsmodel.quote_rows(newsmodel.parse(text), id=i)
        ]
        assert expected == written
        assert ["a", "c", "d"] == sorted({row["id"] for row in written})

    def test_bag_with_processes(self) -> None:
        """Articles travel between Dask worker processes intact."""
        bag = pytest.importorskip("dask.bag")
        texts = [text for _, text in ARTICLES]

        parsed = bag.from_sequence(texts, npartitions=2).map(newsmodel.parse)
        result = parsed.compute(scheduler="processes", num_workers=2)

        assert [newsmodel.parse(text) for text in texts] == result


class TestPickle:
    """Articles and their dicts pickle, so that any scheduler can ship them."""

    @settings(max_examples=25)
    @given(articles())
    def test_article_pickles(self, article: Article) -> None:
        """A parsed article survives pickling unchanged."""
        parsed = newsmodel.parse(article.source)

        assert parsed == pickle.loads(pickle.dumps(parsed))  # noqa: S301 -- our own data

    @settings(max_examples=25)
    @given(articles())
    def test_dict_and_rows_pickle(self, article: Article) -> None:
        """An article's dict and its tidy rows survive pickling unchanged."""
        parsed = newsmodel.parse(article.source)
        data = (
            newsmodel.to_dict(parsed),
            newsmodel.quote_rows(parsed),
            newsmodel.speaker_rows(parsed),
        )

        assert data == pickle.loads(pickle.dumps(data))  # noqa: S301 -- our own data
