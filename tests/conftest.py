"""Shared test configuration: hypothesis profiles and paths to the data."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import SupportsIndex

import pytest
from hypothesis import HealthCheck, settings

import newsmodel
from newsmodel import _speakers

settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    deadline=None,
    max_examples=1000,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("NEWSMODEL_HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
"""The project's top folder."""
SEEDS = ROOT / "seeds"
"""The golden seed articles and their expected annotations."""
SHARED_DATA = ROOT.parent / "shared" / "data"
"""Real news used for measurement; absent in a user's clone, so tests skip."""


class _CountingText(tuple[str, ...]):
    """Token texts that count how often they are read."""

    __slots__ = ()
    reads = 0

    def __getitem__(self, index: SupportsIndex | slice) -> str:  # type: ignore[override]
        _CountingText.reads += 1
        return super().__getitem__(index)  # type: ignore[return-value]


TokenReads = Callable[[str], tuple[int, newsmodel.Article]]
"""Parse a text; return the token reads it took and the article."""


@pytest.fixture
def token_reads(monkeypatch: pytest.MonkeyPatch) -> TokenReads:
    """Count the token reads of a parse: a measure of work that timing is not.

    Doubling an input must about double the reads of a linear parse, where a
    rule that rereads a paragraph or headline for each quote quadruples them.
    """
    original = _speakers.Tokens.__init__

    def counting(self: _speakers.Tokens, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self.text = _CountingText(self.text)

    monkeypatch.setattr(_speakers.Tokens, "__init__", counting)

    def reads(text: str) -> tuple[int, newsmodel.Article]:
        _CountingText.reads = 0
        article = newsmodel.parse(text)
        return _CountingText.reads, article

    return reads
