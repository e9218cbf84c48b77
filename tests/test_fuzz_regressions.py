"""Regressions found by fuzzing ``parse``: each test is one problem, named after it.

A text with no line break is all headline, so a rule run for every quote of
the headline must not read the whole headline each time. The tests count the
tokens read (the ``token_reads`` fixture) rather than time the parse.
"""

from conftest import TokenReads


def _reads(token_reads: TokenReads, text: str, quotes: int) -> int:
    """The token reads of parsing ``text``, which must hold ``quotes`` quotes."""
    reads, article = token_reads(text)
    assert quotes == len(article.quotes)
    return reads


class TestOneLineArticles:
    """Quotes by the thousand in a headline cost each the same."""

    def test_title_case_read_once(self, token_reads: TokenReads) -> None:
        """Whether the headline is in title case is not read again for each quote."""
        small = _reads(token_reads, "Lee: " + '"x" ' * 1500, 1500)
        large = _reads(token_reads, "Lee: " + '"x" ' * 3000, 3000)
        assert large < 3 * small

    def test_headline_colon_found_once(self, token_reads: TokenReads) -> None:
        """The headline's colon is not looked for from its start for each quote."""
        small = _reads(token_reads, '"x" now, Jones said. ' * 1500, 1500)
        large = _reads(token_reads, '"x" now, Jones said. ' * 3000, 3000)
        assert large < 3 * small

    def test_coordinated_verb_within_reach(self, token_reads: TokenReads) -> None:
        """A coordinated verb is looked for near the quote, not back to the headline's verb."""
        small = _reads(
            token_reads, "Hale Says " + 'We Will Act On "Crisis" ' * 1500, 1500
        )
        large = _reads(
            token_reads, "Hale Says " + 'We Will Act On "Crisis" ' * 3000, 3000
        )
        assert large < 3 * small
