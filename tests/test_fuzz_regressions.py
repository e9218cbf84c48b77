"""Regressions found by fuzzing ``parse``: each test is one problem, named after it.

A text with no line break is all headline, so a rule run for every quote of
the headline must not read the whole headline each time: these texts parse in
well under a second, and took many seconds when such a rule did.
"""

import time

import newsmodel

CPU_SECONDS = 2.0
"""The most CPU time one of these texts may take (they need a few tenths)."""


def cpu_time_of_parse(text: str) -> tuple[float, newsmodel.Article]:
    """The CPU seconds ``parse`` takes on ``text``, and the article it returns."""
    start = time.process_time()
    article = newsmodel.parse(text)
    return time.process_time() - start, article


class TestOneLineArticles:
    """Quotes by the thousand in a headline cost each the same."""

    def test_title_case_read_once(self) -> None:
        """Whether the headline is in title case is not read again for each quote."""
        elapsed, article = cpu_time_of_parse("Lee: " + '"x" ' * 6000)
        assert 6000 == len(article.quotes)
        assert elapsed < CPU_SECONDS

    def test_headline_colon_found_once(self) -> None:
        """The headline's colon is not looked for from its start for each quote."""
        elapsed, article = cpu_time_of_parse('"x" now, Jones said. ' * 12000)
        assert 12000 == len(article.quotes)
        assert elapsed < CPU_SECONDS

    def test_coordinated_verb_within_reach(self) -> None:
        """A coordinated verb is looked for near the quote, not back to the headline's verb."""
        elapsed, article = cpu_time_of_parse(
            "Hale Says " + 'We Will Act On "Crisis" ' * 8000
        )
        assert 8000 == len(article.quotes)
        assert elapsed < CPU_SECONDS
