"""Regressions found by fuzzing ``parse``: each test is one problem, named after it.

A text with no line break is all headline, so a rule run for every quote of
the headline must not read the whole headline each time. The tests count the
tokens read rather than time the parse: doubling the quotes must about double
the reads, where a rule that rereads the headline quadruples them.
"""

from typing import SupportsIndex

import pytest

import newsmodel
from newsmodel import _speakers


class _CountingText(tuple[str, ...]):
    """Token texts that count how often they are read."""

    __slots__ = ()
    reads = 0

    def __getitem__(self, index: SupportsIndex | slice) -> str:  # type: ignore[override]
        _CountingText.reads += 1
        return super().__getitem__(index)  # type: ignore[return-value]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> type[_CountingText]:
    """Make every article's token texts count their reads."""
    original = _speakers.Tokens.__init__

    def counting(self: _speakers.Tokens, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self.text = _CountingText(self.text)

    monkeypatch.setattr(_speakers.Tokens, "__init__", counting)
    return _CountingText


def _reads(counter: type[_CountingText], text: str, quotes: int) -> int:
    """The token reads of parsing ``text``, which must hold ``quotes`` quotes."""
    counter.reads = 0
    article = newsmodel.parse(text)
    assert quotes == len(article.quotes)
    return counter.reads


class TestOneLineArticles:
    """Quotes by the thousand in a headline cost each the same."""

    def test_title_case_read_once(self, counted: type[_CountingText]) -> None:
        """Whether the headline is in title case is not read again for each quote."""
        small = _reads(counted, "Lee: " + '"x" ' * 1500, 1500)
        large = _reads(counted, "Lee: " + '"x" ' * 3000, 3000)
        assert large < 3 * small

    def test_headline_colon_found_once(self, counted: type[_CountingText]) -> None:
        """The headline's colon is not looked for from its start for each quote."""
        small = _reads(counted, '"x" now, Jones said. ' * 1500, 1500)
        large = _reads(counted, '"x" now, Jones said. ' * 3000, 3000)
        assert large < 3 * small

    def test_coordinated_verb_within_reach(self, counted: type[_CountingText]) -> None:
        """A coordinated verb is looked for near the quote, not back to the headline's verb."""
        small = _reads(counted, "Hale Says " + 'We Will Act On "Crisis" ' * 1500, 1500)
        large = _reads(counted, "Hale Says " + 'We Will Act On "Crisis" ' * 3000, 3000)
        assert large < 3 * small
