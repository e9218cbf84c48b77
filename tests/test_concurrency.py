"""Parsing from many threads at once gives the results of one thread."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from newsmodel.strategies import articles

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7280440e1ed9c9bf.txt"
THREADS = 8


def parse_in_threads(texts: list[str], rounds: int = 3) -> list[list[Article]]:
    """Parse every text ``rounds`` times over, all at once from a pool of threads."""
    with ThreadPoolExecutor(THREADS) as pool:
        return [list(pool.map(newsmodel.parse, texts)) for _ in range(rounds)]


class TestThreads:
    """Tests for ``parse`` called from many threads."""

    @settings(max_examples=10)
    @given(st.lists(articles(), min_size=2, max_size=12))
    def test_threads_agree_with_one_thread(self, generated: list[Article]) -> None:
        """Articles parsed concurrently equal the same articles parsed one by one."""
        texts = [article.source for article in generated]

        alone = [newsmodel.parse(text) for text in texts]

        assert [alone] * 3 == parse_in_threads(texts)

    def test_seed_variants_in_threads(self) -> None:
        """The seed in several layouts, parsed concurrently, equals one by one."""
        seed = SEED.read_text(encoding="utf-8")
        texts = [
            seed,
            seed.replace("\n", "\n\n"),
            seed.replace("\n", "\r\n"),
            "\ufeff" + seed,
        ] * 4

        alone = [newsmodel.parse(text) for text in texts]

        assert [alone] * 3 == parse_in_threads(texts)

    def test_serialized_in_threads(self) -> None:
        """Serialization from many threads gives the same JSON as one thread."""
        seed = newsmodel.parse(SEED.read_text(encoding="utf-8"))

        with ThreadPoolExecutor(THREADS) as pool:
            texts = list(pool.map(newsmodel.to_json, [seed] * 32))

        assert [newsmodel.to_json(seed)] * 32 == texts
