"""Quotation extraction: marks, spans, nesting, recovery and kinds."""

import json

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from conftest import SEEDS
from newsmodel import Article, Headline, Paragraph, Quote, QuoteKind, Severity
from newsmodel._quotes import find_quotes
from newsmodel.strategies import articles

_BLOCK_RE = regex.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE_RE = regex.compile(r"[^\n]+")


def _article(source: str, *, lines: bool = False) -> Article:
    """Build an article by hand: the first line is the headline, then paragraphs.

    Paragraphs are blocks separated by blank lines, or single lines with
    ``lines=True``.
    """
    first = source.find("\n")
    head_end = len(source) if first < 0 else first
    body_start = head_end
    pattern = _LINE_RE if lines else _BLOCK_RE
    paragraphs = tuple(
        Paragraph(index=index, text=match.group(), start=match.start(), end=match.end())
        for index, match in enumerate(pattern.finditer(source, body_start))
    )
    headline = source[:head_end]
    return Article(
        source=source,
        headline=Headline(
            text=headline, start=0, end=head_end, kicker=None, title=headline
        ),
        paragraphs=paragraphs,
    )


def _quotes(source: str) -> list[str]:
    """The text of every outermost quote of ``source``."""
    return [quote.text for quote in find_quotes(_article(source)).quotes]


def _only(source: str) -> Quote:
    """The one quote of ``source``."""
    quotes = find_quotes(_article(source)).quotes
    assert len(quotes) == 1
    return quotes[0]


def _walk(quotes: tuple[Quote, ...]) -> list[Quote]:
    """Every quote, nested ones included."""
    found: list[Quote] = []
    for quote in quotes:
        found.append(quote)
        found.extend(_walk(quote.nested))
    return found


_MARKY = st.text(
    alphabet=st.sampled_from(list("ab sS1\n.,[]…\"'`“”‘’«»‹›„")),
    max_size=200,
)


def _check_invariants(article: Article) -> None:
    """Assert the span, order and paragraph invariants of every quote."""
    source = article.source
    paragraphs = article.paragraphs
    previous_end = -1
    for quote in article.quotes:
        assert quote.start >= previous_end  # outermost quotes never overlap
        previous_end = quote.end
    for quote in _walk(article.quotes):
        assert source[quote.start : quote.end] == quote.text
        assert quote.start <= quote.content_start <= quote.content_end <= quote.end
        assert source.startswith(quote.open_mark, quote.start)
        if quote.close_mark is not None:
            assert source[quote.content_end : quote.end] == quote.close_mark
        for span in (*quote.insertions, *quote.ellipses):
            assert source[span.start : span.end] == span.text
            assert quote.content_start <= span.start <= span.end <= quote.content_end
        inner_end = quote.content_start
        for inner in quote.nested:
            assert inner_end <= inner.start
            assert inner.end <= quote.content_end
            inner_end = inner.end
        if quote.paragraph is None:
            headline = article.headline
            assert quote.paragraphs == ()
            assert headline.start <= quote.start <= quote.end <= headline.end
        else:
            run = quote.paragraphs
            assert run == tuple(range(run[0], run[-1] + 1))
            assert run[0] == quote.paragraph
            assert paragraphs[run[0]].start <= quote.start
            assert quote.end <= paragraphs[run[-1]].end


class TestFindQuotesProperties:
    """Properties that hold for every text."""

    @given(_MARKY)
    def test_spans_slice_the_source_and_never_overlap(self, body: str) -> None:
        """Quotes slice their text out of the source and nest without crossing."""
        _check_invariants(find_quotes(_article("Head 'a' \"b\n\n" + body)))

    @given(st.text(max_size=300))
    def test_any_text(self, body: str) -> None:
        """Any text at all gives quotes that keep the invariants."""
        _check_invariants(find_quotes(_article(body)))

    @given(st.text(max_size=300))
    def test_parse_never_raises(self, text: str) -> None:
        """Parsing arbitrary non-blank text never raises."""
        if text.strip():
            _check_invariants(newsmodel.parse(text))

    @given(articles())
    def test_generated_articles(self, article: Article) -> None:
        """The quotes of a generated article are found with their spans and kinds."""

        def shape(quotes: tuple[Quote, ...]) -> list[object]:
            return [
                (
                    quote.start,
                    quote.end,
                    quote.content_start,
                    quote.content_end,
                    quote.kind,
                    quote.paragraph,
                    quote.paragraphs,
                    [(inner.start, inner.end) for inner in quote.nested],
                    quote.insertions,
                    quote.ellipses,
                )
                for quote in quotes
            ]

        bare = attrs.evolve(article, quotes=(), speakers=(), people=())
        assert shape(article.quotes) == shape(find_quotes(bare).quotes)

    @given(articles())
    def test_parse_generated_articles(self, article: Article) -> None:
        """``parse`` finds exactly the generated quotes' spans and kinds."""
        expected = [(q.start, q.end, q.kind) for q in article.quotes]
        actual = [
            (q.start, q.end, q.kind) for q in newsmodel.parse(article.source).quotes
        ]
        assert expected == actual


class TestSeed:
    """The hand-annotated seed article."""

    def test_seed_quotes(self) -> None:
        """All seven quotes of the seed, with their spans and kinds, and no other."""
        name = "000_7280440e1ed9c9bf"
        source = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
        expected_file = json.loads(
            (SEEDS / f"{name}.expected.json").read_text(encoding="utf-8")
        )
        expected = [
            (quote["start"], quote["end"], quote["text"], quote["kind"])
            for quote in expected_file["quotes"]
        ]
        article = find_quotes(_article(source, lines=True))
        actual = [(q.start, q.end, q.text, q.kind.value) for q in article.quotes]
        assert expected == actual
        assert article.diagnostics == ()

    def test_seed_insertion(self) -> None:
        """The seed's bracketed insertion is marked on its quote."""
        source = (SEEDS / "000_7280440e1ed9c9bf.txt").read_text(encoding="utf-8")
        article = find_quotes(_article(source, lines=True))
        insertions = [span.text for q in article.quotes for span in q.insertions]
        assert ["[to NATO's 1997 borders]"] == insertions


class TestMarks:
    """One test per style of quotation mark."""

    def test_straight(self) -> None:
        """Straight double marks."""
        quote = _only('Head\n\n"We will win," she said.')
        assert ('"We will win,"', '"', '"') == (
            quote.text,
            quote.open_mark,
            quote.close_mark,
        )
        assert "We will win," == quote.content

    def test_curly(self) -> None:
        """Curly double marks."""
        assert ["“We will win,”"] == _quotes("Head\n\n“We will win,” she said.")

    def test_single_headline(self) -> None:
        """Single marks in a headline; the quote has no paragraph."""
        quote = _only("Putin: 'We will respond'\n\nBody.")
        assert ("'We will respond'", None, ()) == (
            quote.text,
            quote.paragraph,
            quote.paragraphs,
        )

    def test_single_british(self) -> None:
        """British style: single marks outside, punctuation after the mark."""
        assert ["‘We will win’"] == _quotes("Head\n\n‘We will win’, she said.")

    def test_single_straight_stretch(self) -> None:
        """A straight single-quoted stretch is a quote."""
        assert ["'a disaster'"] == _quotes(
            "Head\n\nHe called it 'a disaster' on Friday."
        )

    def test_guillemets(self) -> None:
        """Guillemets « »."""
        assert ["«Nous gagnerons»"] == _quotes(
            "Head\n\nIl a dit «Nous gagnerons» hier."
        )

    def test_reversed_guillemets(self) -> None:
        """Guillemets pointing inwards » « as in German and Danish."""
        assert ["»Wir gewinnen«"] == _quotes("Head\n\nEr sagte »Wir gewinnen« heute.")

    def test_single_guillemets(self) -> None:
        """Single guillemets ‹ ›."""
        assert ["‹non›"] == _quotes("Head\n\nIl a dit ‹non› hier.")

    def test_low_high(self) -> None:
        """Low-high marks „ “."""
        assert ["„Wir gewinnen“"] == _quotes("Head\n\nEr sagte „Wir gewinnen“ heute.")

    def test_doubled_apostrophe(self) -> None:
        """Two apostrophes for each double mark, as newspaper archives write them."""
        quote = _only("Head\n\n''We will win,'' she said.")
        assert ("''We will win,''", "''", "''") == (
            quote.text,
            quote.open_mark,
            quote.close_mark,
        )

    def test_backtick_pairs(self) -> None:
        """Backticks open and two apostrophes close."""
        quote = _only("Head\n\n``We will win,'' she said.")
        assert ("``", "''", "We will win,") == (
            quote.open_mark,
            quote.close_mark,
            quote.content,
        )

    def test_triple_apostrophe(self) -> None:
        """``'''`` closes an inner single quote and the outer double one."""
        quote = _only("Head\n\n''She said 'no,''' he said.")
        assert ("''She said 'no,'''", ["'no,'"]) == (
            quote.text,
            [inner.text for inner in quote.nested],
        )

    def test_triple_apostrophe_opening(self) -> None:
        """``'''`` opens an outer double quote and an inner single one."""
        quote = _only("Head\n\n'''Jaws,''' he said.")
        assert ("'''Jaws,'''", "''", ["'Jaws,'"]) == (
            quote.text,
            quote.open_mark,
            [inner.text for inner in quote.nested],
        )

    def test_mixed_straight_then_curly(self) -> None:
        """A straight opening mark closed by a curly one."""
        quote = _only('Head\n\n"We hope,” he said.')
        assert ('"', "”") == (quote.open_mark, quote.close_mark)

    def test_mixed_curly_then_straight(self) -> None:
        """A curly opening mark closed by a straight one."""
        quote = _only('Head\n\n“We hope," he said.')
        assert ("“", '"') == (quote.open_mark, quote.close_mark)

    def test_curly_wrong_way_round(self) -> None:
        """Curly marks typed the wrong way round still pair by position."""
        assert ["”We hope,“"] == _quotes("Head\n\n”We hope,“ he said.")

    def test_single_wrong_way_round(self) -> None:
        """A single closing glyph used to close after a wrongly typed one."""
        assert ["‘over their heads‘"] == _quotes(
            "Head\n\nIt went ‘over their heads‘ today."
        )

    def test_doubled_mark(self) -> None:
        """Two opening marks typed side by side count as one mark."""
        quote = _only('Head\n\n"“We hope,” he said.')
        assert ('"“We hope,”', '"“') == (quote.text, quote.open_mark)


class TestApostrophes:
    """Apostrophes are not quotation marks."""

    def test_contractions(self) -> None:
        """Contractions with straight and curly apostrophes."""
        assert [] == _quotes("Head\n\nWe haven't seen it and it’s late.")

    def test_possessives(self) -> None:
        """Possessives."""
        assert [] == _quotes("Head\n\nRussia’s army and NATO's plans.")

    def test_plural_possessives(self) -> None:
        """Plural possessives, even two in a paragraph."""
        assert [] == _quotes("Head\n\nThe players' union met the owners' group.")

    def test_plural_possessive_inside_single_quote(self) -> None:
        """A plural possessive inside a single-quoted stretch does not close it."""
        assert ["'The players' union is strong,'"] == _quotes(
            "Head\n\n'The players' union is strong,' he said."
        )

    def test_decade_elision(self) -> None:
        """``'90s``."""
        assert [] == _quotes("Head\n\nIn the '90s and the ’80s it grew.")

    def test_year_is_no_elision(self) -> None:
        """A single mark before a four-digit year opens a quote."""
        assert ["'1990 was great,'"] == _quotes("Head\n\n'1990 was great,' he said.")

    def test_rock_n_roll(self) -> None:
        """``rock 'n' roll`` inside a single-quoted stretch."""
        assert ["'I love rock 'n' roll,'"] == _quotes(
            "Head\n\n'I love rock 'n' roll,' he said."
        )

    def test_til(self) -> None:
        """``’til``."""
        assert [] == _quotes("Head\n\nWait ’til Friday and 'em all.")

    def test_feet_and_inches(self) -> None:
        """``6'2"`` is a height."""
        assert ['"tall"'] == _quotes('Head\n\nHe is 6\'2" and "tall" today.')

    def test_unclosed_single_is_an_apostrophe(self) -> None:
        """A single mark never closed is dropped without a diagnostic."""
        article = find_quotes(_article("Head\n\nThe 'old guard left."))
        assert ((), ()) == (article.quotes, article.diagnostics)

    def test_lone_single_mark(self) -> None:
        """A single mark between spaces is no quote."""
        assert [] == _quotes("Head\n\nA ' B.")


class TestStructure:
    """Nesting, paragraphs, interruption and recovery."""

    def test_nesting(self) -> None:
        """A single-quoted quote inside a double one stays part of it."""
        quote = _only("Head\n\n“He told me ‘no’,” she said.")
        inner = quote.nested[0]
        assert ("“He told me ‘no’,”", "‘no’", 0, 0) == (
            quote.text,
            inner.text,
            inner.index,
            inner.paragraph,
        )

    def test_british_nesting(self) -> None:
        """A double-quoted quote inside a single one."""
        quote = _only("Head\n\n‘He told me “no”,’ she said.")
        assert ["“no”"] == [inner.text for inner in quote.nested]

    def test_double_inside_double(self) -> None:
        """A double quote inside a double quote nests."""
        quote = _only('Head\n\n"He called it "fake" today," she said.')
        assert ['"fake"'] == [inner.text for inner in quote.nested]

    def test_nesting_depth_is_bounded(self) -> None:
        """Quotes nested more than three deep are left out of ``nested``."""
        quote = _only("Head\n\n“a ‘b “c ‘d “e” d’ c” b’ a”")
        depth = 0
        while quote.nested:
            quote = quote.nested[0]
            depth += 1
        assert 3 == depth

    def test_multi_paragraph(self) -> None:
        """A quote reopened on the next paragraph is one quote across both."""
        source = 'Head\n\nShe said: "We will win.\n\n"And we will stay," she said.'
        quote = _only(source)
        assert (
            '"We will win.\n\n"And we will stay,"',
            0,
            (0, 1),
            'We will win.\n\n"And we will stay,',
        ) == (quote.text, quote.paragraph, quote.paragraphs, quote.content)

    def test_multi_paragraph_run_in(self) -> None:
        """A multi-paragraph quote whose paragraph break was lost is one quote."""
        article = find_quotes(
            _article('Head\n\n"We will win. "We will stay," he said.')
        )
        assert (['"We will win. "We will stay,"'], ()) == (
            [q.text for q in article.quotes],
            article.diagnostics,
        )

    def test_multi_paragraph_never_closed(self) -> None:
        """A multi-paragraph quote never closed ends at its last paragraph."""
        source = 'Head\n\n"One.\n\n"Two.\n\nThree.'
        article = find_quotes(_article(source))
        quote = article.quotes[0]
        assert ('"One.\n\n"Two.', None, (0, 1)) == (
            quote.text,
            quote.close_mark,
            quote.paragraphs,
        )
        assert ["unclosed-quote"] == [d.code for d in article.diagnostics]

    def test_interrupted_quote(self) -> None:
        """A quote interrupted by its attribution is two quotes."""
        quotes = find_quotes(
            _article('Head\n\n"We hope," he said, "that this ends."')
        ).quotes
        assert [
            ('"We hope,"', QuoteKind.DIRECT),
            ('"that this ends."', QuoteKind.DIRECT),
        ] == [(quote.text, quote.kind) for quote in quotes]

    def test_unclosed_quote_recovery(self) -> None:
        """An unclosed mark ends its quote at the paragraph's end, with a warning."""
        source = 'Head\n\nHe said "we will win \n\nThe "next" one.'
        article = find_quotes(_article(source))
        assert ['"we will win', '"next"'] == [q.text for q in article.quotes]
        diagnostic = article.diagnostics[0]
        assert ("unclosed-quote", 14, 15, Severity.WARNING) == (
            diagnostic.code,
            diagnostic.start,
            diagnostic.end,
            diagnostic.severity,
        )

    def test_unclosed_inner_double(self) -> None:
        """Two unclosed double marks: the inner one is dropped with a warning."""
        article = find_quotes(_article('Head\n\n"One "two'))
        assert (['"One "two'], 2) == (
            [q.text for q in article.quotes],
            len(article.diagnostics),
        )

    def test_unopened_closing_mark(self) -> None:
        """A closing mark with no quote open is reported and skipped."""
        article = find_quotes(_article("Head\n\nThe end.” Then “more”."))
        assert ["“more”"] == [q.text for q in article.quotes]
        assert ["unopened-quote"] == [d.code for d in article.diagnostics]

    def test_headline_quote_does_not_continue(self) -> None:
        """An unclosed headline quote stays in the headline."""
        article = find_quotes(_article('Head "one\n\n"Two," he said.'))
        assert ['"one', '"Two,"'] == [q.text for q in article.quotes]

    def test_editorial_insertion(self) -> None:
        """Bracketed insertions inside a quote are kept and marked."""
        quote = _only('Head\n\n"He [Putin] said so," she said.')
        assert [("[Putin]", 10, 17)] == [
            (span.text, span.start, span.end) for span in quote.insertions
        ]

    def test_ellipses(self) -> None:
        """Ellipses inside a quote, in each spelling, are kept and marked."""
        quote = _only('Head\n\n"We ... will … win. . . soon," she said.')
        assert ["...", "…", ". . ."] == [span.text for span in quote.ellipses]

    def test_nothing_outside_paragraphs(self) -> None:
        """An article whose headline is empty yields no headline quote."""
        article = Article(
            source='"a"',
            headline=Headline(text="", start=0, end=0, kicker=None, title=""),
        )
        assert () == find_quotes(article).quotes


class TestKinds:
    """Direct, partial, title and term."""

    def test_direct(self) -> None:
        """A sentence of its own is direct."""
        assert QuoteKind.DIRECT == _only('Head\n\n"We will win," she said.').kind

    def test_partial(self) -> None:
        """Words embedded in the writer's sentence are partial."""
        assert QuoteKind.PARTIAL == _only('Head\n\nThey "ignored" the plan.').kind

    def test_partial_after_that(self) -> None:
        """A clause after ``that`` is partial even with a capital and a stop."""
        assert QuoteKind.PARTIAL == _only('Head\n\nHe said that "We will win."').kind

    def test_partial_when_the_sentence_runs_on(self) -> None:
        """A capitalised quote the sentence runs on after is partial."""
        assert QuoteKind.PARTIAL == _only('Head\n\n"No opinion" when asked.').kind

    def test_direct_after_colon(self) -> None:
        """A capitalised quote after a colon is direct."""
        assert QuoteKind.DIRECT == _only('Head\n\nHe said: "We will win"').kind

    def test_title(self) -> None:
        """A capitalised quote after ``film`` is a title."""
        assert QuoteKind.TITLE == _only('Head\n\nThe film "Red Dawn" opened.').kind

    def test_nickname(self) -> None:
        """A nickname between first and last name is a term."""
        quote = _only('Head\n\nDwayne "The Rock" Johnson spoke.')
        assert QuoteKind.TERM == quote.kind

    def test_no_nickname_in_headline(self) -> None:
        """Title case in a headline is no nickname."""
        assert (
            QuoteKind.PARTIAL == _only("Trump Calls Rival ‘Weak’ Again\n\nBody.").kind
        )

    def test_so_called(self) -> None:
        """A quote after ``so-called`` is a term."""
        assert QuoteKind.TERM == _only('Head\n\nThe so-called "reform" failed.').kind

    @pytest.mark.parametrize("naming", ["known as", "nicknamed", "billed as"])
    def test_naming_words(self, naming: str) -> None:
        """``known as "the squeeze"``: a term, not speech."""
        text = f'Head\n\nCopying its design, {naming} "the squeeze", is unlawful.'
        assert QuoteKind.TERM == _only(text).kind

    def test_empty(self) -> None:
        """An empty quote is a term."""
        assert QuoteKind.TERM == _only('Head\n\nHe wrote "" there.').kind
