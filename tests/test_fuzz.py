"""Fuzzing ``parse``: arbitrary text and mutated real-looking articles.

Whatever the text, ``parse`` either returns an article whose every span slices
its source and whose blocks hold every non-whitespace character exactly once, or
raises :class:`~newsmodel.EmptyArticleError` for text with nothing in it.
"""

from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, EmptyArticleError, Quote
from newsmodel.strategies import articles

QUOTE_MARKS = "\"'`«»‹›„‚“”‘’‛‟「」『』〝〞〟＂＇❛❜❝❞⹂"
"""Every quotation mark the parser may meet, and a few it should merely survive."""
TRICKY = QUOTE_MARKS + " \n\n\r\t\u00a0\ufeff\u200b\x00\x0c.,:;-—–()[]…©Ã"
"""Characters worth inserting into an article."""


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing but whitespace (U+FEFF counting as such)."""
    return not text.replace("\ufeff", "").strip()


def is_space(char: str) -> bool:
    """Whether ``char`` is whitespace; U+FEFF (a byte-order mark) is taken as such."""
    return char.isspace() or char == "\ufeff"


def spans(article: Article) -> Iterator[tuple[str, str, int, int]]:
    """Every (name, text, start, end) of the article that must slice its source."""
    parts = [article.headline, article.byline, article.dateline, article.copyright]
    for part in parts:
        if part is not None:
            yield type(part).__name__, part.text, part.start, part.end
    for paragraph in article.paragraphs:
        yield "Paragraph", paragraph.text, paragraph.start, paragraph.end
    for block in article.unclassified:
        yield "Block", block.text, block.start, block.end
    for quote in article.quotes:
        yield from quote_spans(quote)
    for speaker in (*article.speakers, *article.people):
        for mention in speaker.mentions:
            yield "Mention", mention.text, mention.start, mention.end


def quote_spans(quote: Quote) -> Iterator[tuple[str, str, int, int]]:
    """The spans of a quote, its content, insertions, attribution and nested quotes."""
    yield "Quote", quote.text, quote.start, quote.end
    for span in (*quote.insertions, *quote.ellipses):
        yield "Span", span.text, span.start, span.end
    if quote.attribution is not None:
        mention = quote.attribution.mention
        yield "Mention", mention.text, mention.start, mention.end
        if quote.attribution.cue is not None:
            cue = quote.attribution.cue
            yield "Cue", cue.text, cue.start, cue.end
    for inner in quote.nested:
        yield from quote_spans(inner)


def assert_invariants(text: str) -> None:
    """Parse ``text`` and check every invariant of the result."""
    try:
        article = newsmodel.parse(text)
    except EmptyArticleError:
        assert is_blank(text)
        return
    assert not is_blank(text)
    assert text == article.source
    # Every span slices the source.
    wrong = [
        (name, start, end, node_text)
        for name, node_text, start, end in spans(article)
        if not 0 <= start <= end <= len(text) or text[start:end] != node_text
    ]
    assert [] == wrong
    # A quote's content lies within its marks, nested quotes within their quote.
    for quote in article.quotes:
        assert_quote_within(quote)
    # Diagnostics point into the source.
    assert [] == [
        d for d in article.diagnostics if not 0 <= d.start <= d.end <= len(text)
    ]
    # Nothing is lost: every non-whitespace character lies in exactly one block.
    assert_nothing_lost(article)


def assert_quote_within(quote: Quote) -> None:
    """A quote's content and its nested quotes lie within the quote."""
    assert quote.start <= quote.content_start <= quote.content_end <= quote.end
    for inner in quote.nested:
        assert quote.content_start <= inner.start <= inner.end <= quote.content_end
        assert_quote_within(inner)


def assert_nothing_lost(article: Article) -> None:
    """Every non-whitespace character lies in exactly one block of the article."""
    text = article.source
    blocks = [
        (part.start, part.end)
        for part in (
            article.headline,
            article.byline,
            article.dateline,
            article.copyright,
        )
        if part is not None
    ]
    blocks += [(p.start, p.end) for p in article.paragraphs]
    blocks += [(b.start, b.end) for b in article.unclassified]
    covered = bytearray(len(text))
    for start, end in blocks:
        for offset in range(start, end):
            covered[offset] += 1
    lost = [
        (offset, char)
        for offset, char in enumerate(text)
        if covered[offset] != 1 and not is_space(char)
    ]
    assert [] == lost


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """The text of a generated article with characters inserted, deleted, swapped."""
    text = draw(articles()).source
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(text)))
        operation = draw(st.sampled_from(["insert", "delete", "swap", "duplicate"]))
        if operation == "insert":
            text = text[:position] + draw(st.sampled_from(TRICKY)) + text[position:]
        elif operation == "delete":
            text = text[:position] + text[position + 1 :]
        elif operation == "swap" and position + 1 < len(text):
            pair = text[position + 1] + text[position]
            text = text[:position] + pair + text[position + 2 :]
        else:
            size = draw(st.integers(1, 40))
            text = (
                text[:position]
                + text[position : position + size] * 2
                + text[position + size :]
            )
    return text


ANY_CHARACTER = st.characters(exclude_categories=())
"""Any code point, surrogates and control characters included."""


class TestParseNeverBreaks:
    """``parse`` on any text: documented errors only, spans slice, nothing lost."""

    @given(st.text(ANY_CHARACTER))
    def test_arbitrary_text(self, text: str) -> None:
        """Arbitrary text, surrogates and control characters included."""
        assert_invariants(text)

    @given(
        st.text(st.sampled_from(TRICKY) | st.sampled_from("aA Zz'sS\n"), max_size=300)
    )
    def test_quote_marks_and_apostrophes(self, text: str) -> None:
        """Text made mostly of quotation marks, apostrophes and line breaks."""
        assert_invariants(text)

    @given(mutated_articles())
    def test_mutated_articles(self, text: str) -> None:
        """Generated articles with characters inserted, deleted, swapped, doubled."""
        assert_invariants(text)

    @given(articles())
    def test_generated_articles(self, article: Article) -> None:
        """Generated articles as they are."""
        assert_invariants(article.source)

    @given(
        st.lists(
            st.sampled_from(
                [
                    "Officials said",
                    '"We will act,"',
                    "he said.",
                    "“Never,” she told reporters.",
                    "The players' union",
                    "it's",
                    "‘no’",
                    "« oui »",
                    "''",
                    "``",
                    "\n",
                    "\n\n",
                    "Mr. Smith",
                    "(Reuters) -",
                    "© 2024 BBC",
                ]
            ),
            min_size=1,
            max_size=30,
        ).map(" ".join)
    )
    def test_composed_fragments(self, text: str) -> None:
        """Real-looking fragments of news put together in any order."""
        assert_invariants(text)


class TestFuzzExamples:
    """The invariants on hand-picked hostile inputs, each named after its trap."""

    def test_only_whitespace_is_empty(self) -> None:
        """Whitespace of every kind (and a byte-order mark) is an empty article."""
        assert_invariants("\ufeff \t\r\n\u00a0\u2028\u3000")

    def test_lone_surrogate(self) -> None:
        """A lone surrogate does not break parsing."""
        assert_invariants("Head\ud800line\n\nBody \udfff text.")

    def test_unclosed_quote_at_end(self) -> None:
        """An opening mark at the very end of the text."""
        assert_invariants('Headline\n\nHe said "')

    def test_nul_and_form_feed(self) -> None:
        """Control characters inside and between paragraphs."""
        assert_invariants("Head\x00line\n\x0c\nBody\x07 “x”\n\n\x1b")

    def test_crlf_and_cr_mixed(self) -> None:
        """Mixed line endings."""
        assert_invariants('Title\r\n\r\n"A," he said.\r\rB\n\r\nC')
