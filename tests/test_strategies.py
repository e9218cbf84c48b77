"""Tests of the hypothesis strategies and of the hypothesis entry point."""

import json
from collections.abc import Callable, Iterator
from importlib import metadata
from itertools import pairwise
from typing import TypeVar

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

import newsmodel
from conftest import SEEDS
from newsmodel import (
    Article,
    Byline,
    Copyright,
    Dateline,
    Headline,
    Method,
    Paragraph,
    Placement,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from newsmodel import _strategies_pools as pools
from newsmodel._hypothesis import _hypothesis_setup_hook
from newsmodel.lexicon import DEFAULT_LEXICON
from newsmodel.strategies import (
    QUOTE_STYLES,
    _wrap,
    articles,
    bylines,
    copyrights,
    datelines,
    headlines,
    names,
    paragraphs,
    quotes,
    speakers,
)

QUOTE_MARKS = frozenset("“”‘«»‹›„`")
"""Characters that only stand in quotations (``'``, ``’`` and the inch mark ``"`` do not)."""

SEED_EXPECTED = SEEDS / "000_7280440e1ed9c9bf.expected.json"
"""The seed's hand annotation."""

Spanned = tuple[str, int, int]
T = TypeVar("T")


def all_quotes(article: Article) -> Iterator[Quote]:
    """Every quote of ``article``, nested ones included."""
    stack = list(article.quotes)
    while stack:
        quote = stack.pop()
        yield quote
        stack.extend(quote.nested)


def spanned(article: Article) -> Iterator[Spanned]:
    """Every node of ``article`` that has a span, as (text, start, end)."""
    nodes: list[object] = [article.headline, *article.paragraphs]
    nodes += [n for n in (article.byline, article.dateline, article.copyright) if n]
    for quote in all_quotes(article):
        nodes += [quote, *quote.insertions, *quote.ellipses]
        if quote.attribution is not None:
            nodes.append(quote.attribution.mention)
            if quote.attribution.cue is not None:
                nodes.append(quote.attribution.cue)
            if quote.attribution.speaker is not None:
                nodes += quote.attribution.speaker.mentions
    for speaker in (*article.speakers, *article.people):
        nodes += speaker.mentions
    for node in nodes:
        yield node.text, node.start, node.end  # type: ignore[attr-defined]


FIND_SETTINGS = settings(
    phases=[Phase.generate], database=None, max_examples=5000, deadline=None
)
"""Stop at the first example found: shrinking whole articles is slow."""


def first(strategy: st.SearchStrategy[T], condition: Callable[[T], bool]) -> T:
    """The first generated example that satisfies ``condition``."""
    return find(strategy, condition, settings=FIND_SETTINGS)


def placements(article: Article) -> set[Placement]:
    """The placements of the article's attributions."""
    return {
        q.attribution.placement for q in article.quotes if q.attribution is not None
    }


class TestArticles:
    """``articles()``: whole articles with the fields a parser should produce."""

    @given(articles())
    def test_offset_invariant(self, article: Article) -> None:
        """Every node's text is exactly its slice of the source."""
        source = article.source
        assert [] == [
            (text, start, end)
            for text, start, end in spanned(article)
            if source[start:end] != text or not 0 <= start <= end <= len(source)
        ]

    @given(articles())
    def test_quote_marks_and_content(self, article: Article) -> None:
        """A quote starts with its opening mark, ends with its closing one, and holds its content."""
        for quote in all_quotes(article):
            assert quote.close_mark is not None
            assert quote.text.startswith(quote.open_mark)
            assert quote.text.endswith(quote.close_mark)
            assert quote.open_mark + quote.content + quote.close_mark == quote.text

    @given(articles())
    def test_quotes_in_order_and_apart(self, article: Article) -> None:
        """Quotes are indexed in text order and never overlap except by nesting."""
        assert list(range(len(article.quotes))) == [q.index for q in article.quotes]
        ends = [q.end for q in article.quotes]
        starts = [q.start for q in article.quotes]
        assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))
        for quote in all_quotes(article):
            for i, inner in enumerate(quote.nested):
                assert i == inner.index
                assert (
                    quote.content_start <= inner.start < inner.end <= quote.content_end
                )
            for span in (*quote.insertions, *quote.ellipses):
                assert quote.content_start <= span.start < span.end <= quote.content_end

    @given(articles())
    def test_quotes_lie_in_their_paragraphs(self, article: Article) -> None:
        """A quote covers consecutive paragraphs, the first being its own."""
        for quote in all_quotes(article):
            if quote.paragraph is None:
                assert () == quote.paragraphs
                assert quote.end <= article.headline.end
                continue
            covered = article.paragraphs[quote.paragraphs[0] : quote.paragraphs[-1] + 1]
            assert quote.paragraph == quote.paragraphs[0]
            assert list(range(quote.paragraphs[0], quote.paragraphs[-1] + 1)) == list(
                quote.paragraphs
            )
            assert covered[0].start <= quote.start
            assert quote.end <= covered[-1].end

    @given(articles())
    def test_paragraphs_in_order(self, article: Article) -> None:
        """Paragraphs are indexed in order, apart, and start after the dateline."""
        assert list(range(len(article.paragraphs))) == [
            p.index for p in article.paragraphs
        ]
        bounds = [(p.start, p.end) for p in article.paragraphs]
        assert all(one[1] < two[0] for one, two in pairwise(bounds))
        if article.dateline is not None:
            assert article.dateline.end + 1 == article.paragraphs[0].start

    @given(articles())
    def test_speakers_agree_with_attributions(self, article: Article) -> None:
        """Each speaker lists exactly the quotes attributed to it, and is the attribution's speaker."""
        by_name = {speaker.name: speaker for speaker in article.speakers}
        expected: dict[str, list[int]] = {}
        for quote in article.quotes:
            assert quote.attribution is not None
            speaker = quote.attribution.speaker
            assert speaker is not None
            assert speaker == by_name[speaker.name]
            expected.setdefault(speaker.name, []).append(quote.index)
        assert expected == {s.name: list(s.quotes) for s in article.speakers}
        assert [s for s in article.speakers if s.kind is SpeakerKind.PERSON] == list(
            article.people
        )

    @given(articles())
    def test_mentions_are_attribution_mentions(self, article: Article) -> None:
        """Every speaker mention is some quote's mention, and speakers come in order of first mention."""
        used = {
            (q.attribution.speaker.name, q.attribution.mention)
            for q in article.quotes
            if q.attribution is not None and q.attribution.speaker is not None
        }
        listed = {(s.name, m) for s in article.speakers for m in s.mentions}
        assert used == listed
        firsts = [s.mentions[0].start for s in article.speakers]
        assert sorted(firsts) == firsts

    @given(articles(quotes=False))
    def test_quotes_false(self, article: Article) -> None:
        """``quotes=False``: no quote, no speaker, no quotation mark in the text."""
        assert () == article.quotes
        assert () == article.speakers
        assert set() == QUOTE_MARKS & set(article.source)

    @given(articles(quotes=True))
    def test_quotes_true(self, article: Article) -> None:
        """``quotes=True``: at least one quote, and every quote attributed."""
        assert article.quotes
        assert [] == [q for q in article.quotes if q.attribution is None]

    @given(articles(attributions=False))
    def test_attributions_false(self, article: Article) -> None:
        """``attributions=False``: quotes, none of them attributed, and no speaker."""
        assert article.quotes
        assert [] == [q for q in article.quotes if q.attribution is not None]
        assert () == article.speakers
        assert () == article.people

    @pytest.mark.parametrize("knob", ["byline", "dateline", "copyright"])
    @pytest.mark.parametrize("flag", [True, False])
    @given(data=st.data())
    def test_part_knobs(self, knob: str, flag: bool, data: st.DataObject) -> None:
        """``byline``, ``dateline``, ``copyright``: True always and False never gives the part."""
        article = data.draw(articles(**{knob: flag}))  # type: ignore[arg-type]
        assert flag == (getattr(article, knob) is not None)

    @pytest.mark.parametrize("knob", ["byline", "dateline", "copyright"])
    def test_part_knobs_none(self, knob: str) -> None:
        """A ``None`` knob sometimes gives the part and sometimes not."""
        first(articles(), lambda a: getattr(a, knob) is None)
        first(articles(), lambda a: getattr(a, knob) is not None)

    @given(articles(layout="lines"))
    def test_layout_lines(self, article: Article) -> None:
        """``lines``: one block a line, no blank line, no carriage return."""
        source = article.source
        assert "\n\n" not in source
        assert "\r" not in source
        assert [] == [p for p in article.paragraphs if "\n" in p.text]

    @given(articles(layout="blank"))
    def test_layout_blank(self, article: Article) -> None:
        """``blank``: blocks apart by a blank line, paragraphs on one line."""
        source = article.source
        assert "\r" not in source
        assert [] == [p for p in article.paragraphs if "\n" in p.text]
        for one, two in pairwise(article.paragraphs):
            assert "\n\n" == source[one.end : two.start]

    @given(articles(layout="wrapped"))
    def test_layout_wrapped(self, article: Article) -> None:
        """``wrapped``: blocks apart by a blank line, no blank line inside a paragraph."""
        source = article.source
        assert "\r" not in source
        assert [] == [p for p in article.paragraphs if "\n\n" in p.text]
        for one, two in pairwise(article.paragraphs):
            assert "\n\n" == source[one.end : two.start]

    def test_layout_wrapped_wraps(self) -> None:
        """``wrapped`` breaks long paragraphs into lines of at most 78 columns and a word."""
        article = first(
            articles(layout="wrapped"),
            lambda a: any("\n" in p.text for p in a.paragraphs),
        )
        assert article.paragraphs

    @given(articles(layout="crlf"))
    def test_layout_crlf(self, article: Article) -> None:
        """``crlf``: every newline is CRLF and there is no blank line."""
        source = article.source
        assert source.count("\n") == source.count("\r\n")
        assert "\r\n\r\n" not in source

    def test_layout_unknown(self) -> None:
        """An unknown layout is a ValueError naming the layouts."""
        with pytest.raises(ValueError, match="lines"):
            articles(layout="tabs")  # type: ignore[arg-type]

    @given(st.from_type(Article))
    def test_from_type(self, article: Article) -> None:
        """``st.from_type(Article)`` draws generated articles (through the entry point)."""
        assert article.headline.text == article.source[: article.headline.end]


class TestModuleExample:
    """The usage example in the module's documentation."""

    def test_doctest(self) -> None:
        """The module docstring's example runs and passes."""
        import doctest

        import newsmodel.strategies

        result = doctest.testmod(newsmodel.strategies, raise_on_error=False)
        assert (0, 5) == (result.failed, result.attempted)


class TestHypothesisEntryPoint:
    """The ``hypothesis`` entry point and its setup hook."""

    def test_entry_point_declared(self) -> None:
        """The package metadata declares the hook as a hypothesis entry point."""
        found = [
            ep.value
            for ep in metadata.entry_points(group="hypothesis")
            if ep.value.startswith("newsmodel.")
        ]
        assert ["newsmodel._hypothesis:_hypothesis_setup_hook"] == found

    def test_hook_registers_article(self) -> None:
        """After the hook runs, ``st.from_type(Article)`` builds articles."""
        _hypothesis_setup_hook()
        article = first(st.from_type(Article), lambda a: a.byline is not None)
        assert isinstance(article, Article)
        assert article.byline is not None
        assert article.byline.text.startswith("By ")


class TestHeadlines:
    """``headlines()``: titles, kickers and headline quotes."""

    @given(headlines(kicker=None, quote=None))
    def test_offsets(self, headline: Headline) -> None:
        """The headline starts at 0 and ends at its length."""
        assert (0, len(headline.text)) == (headline.start, headline.end)

    @given(headlines(kicker=True))
    def test_kicker(self, headline: Headline) -> None:
        """A kicker and ``": "`` come before the title."""
        assert headline.kicker is not None
        assert f"{headline.kicker}: {headline.title}" == headline.text

    @given(headlines(kicker=False))
    def test_no_kicker(self, headline: Headline) -> None:
        """Without a kicker the title is the whole text and holds no colon."""
        assert headline.kicker is None
        assert headline.text == headline.title
        assert ":" not in headline.text

    @given(headlines(quote=True))
    def test_quote_is_not_a_kicker(self, headline: Headline) -> None:
        """``Name: 'quote'`` has no kicker."""
        assert headline.kicker is None
        assert headline.text == headline.title
        assert headline.text[-1] in "'’”\""

    def test_seed_kicker_in_pool(self) -> None:
        """The kicker of the seed's headline is one the strategy draws."""
        headline = first(
            headlines(kicker=True), lambda h: h.kicker == "US - Russia Relations"
        )
        assert headline.text.startswith("US - Russia Relations: ")


class TestBylines:
    """``bylines()``: ``By A``, ``By A and B``, ``By A, B and C``."""

    @given(bylines())
    def test_authors_listed(self, byline: Byline) -> None:
        """The text lists the authors after ``By``."""
        *most, last = byline.authors
        listed = f"{', '.join(most)} and {last}" if most else last
        assert f"By {listed}" == byline.text
        assert (0, len(byline.text)) == (byline.start, byline.end)

    @given(bylines(max_authors=1))
    def test_max_authors(self, byline: Byline) -> None:
        """``max_authors`` bounds the number of authors."""
        assert 1 == len(byline.authors)

    def test_three_authors(self) -> None:
        """Three authors are joined by a comma and ``and``."""
        byline = first(bylines(), lambda b: len(b.authors) == 3)
        a, b, c = byline.authors
        assert f"By {a}, {b} and {c}" == byline.text

    def test_max_authors_invalid(self) -> None:
        """``max_authors`` below 1 is a ValueError."""
        with pytest.raises(ValueError, match="at least 1"):
            bylines(max_authors=0)


class TestDatelines:
    """``datelines()``: place, date, agency and dash."""

    @given(datelines())
    def test_parts_in_text(self, dateline: Dateline) -> None:
        """The text is the place, the date, the agency in brackets and a dash."""
        assert dateline.place is not None
        expected = dateline.place
        if dateline.date is not None:
            expected += f", {dateline.date}"
        if dateline.agency is not None:
            expected += f" ({dateline.agency})"
        assert expected == dateline.text[:-2]
        assert dateline.text[-1] in "-—–"
        assert (0, len(dateline.text)) == (dateline.start, dateline.end)

    def test_wire_dateline(self) -> None:
        """A dated wire dateline with an agency is among those drawn."""
        dateline = first(
            datelines(), lambda d: d.date is not None and d.agency == "UPI"
        )
        assert f"{dateline.place}, {dateline.date} (UPI)" == dateline.text[:-2]


class TestParagraphs:
    """``paragraphs()``: narrative sentences without quotations."""

    @given(paragraphs())
    def test_no_quotation(self, paragraph: Paragraph) -> None:
        """A paragraph holds no double or curly quotation mark, and ends a sentence."""
        assert set() == QUOTE_MARKS & set(paragraph.text)
        assert paragraph.text.endswith(".")
        assert (0, 0, len(paragraph.text)) == (
            paragraph.index,
            paragraph.start,
            paragraph.end,
        )

    @pytest.mark.parametrize(
        "needle",
        [
            "haven't",
            "It’s",
            "Russia’s",
            "NATO's",
            "players'",
            "'90s",
            "rock 'n' roll",
            "’til",
            "U.S.",
            "%",
            "$",
            "£",
            "€",
        ],
    )
    def test_patterns(self, needle: str) -> None:
        """Each apostrophe, abbreviation and currency pattern is generated."""
        paragraph = first(paragraphs(), lambda p: needle in p.text)
        assert needle in paragraph.text


class TestQuotes:
    """``quotes()``: direct quotations with their marks."""

    @given(quotes())
    def test_marks_and_content(self, quote: Quote) -> None:
        """The quote is its marks around its content, starting at 0."""
        assert quote.close_mark is not None
        assert (quote.open_mark, quote.close_mark) in set(QUOTE_STYLES.values())
        assert quote.open_mark + quote.content + quote.close_mark == quote.text
        assert (0, len(quote.text)) == (quote.start, quote.end)
        assert QuoteKind.DIRECT is quote.kind
        assert quote.attribution is None

    @given(quotes(styles=["guillemets"], extras=False))
    def test_styles_and_extras(self, quote: Quote) -> None:
        """``styles`` picks the marks; ``extras=False`` leaves no nesting, insertion or ellipsis."""
        assert ("«", "»") == (quote.open_mark, quote.close_mark)
        assert ((), (), ()) == (quote.nested, quote.insertions, quote.ellipses)

    @pytest.mark.parametrize("styles", [[], ["smart"]])
    def test_styles_invalid(self, styles: list[str]) -> None:
        """An empty or unknown style selection is a ValueError."""
        with pytest.raises(ValueError, match="styles"):
            quotes(styles=styles)

    def test_nested(self) -> None:
        """A quote inside a quote uses the inner marks and is spanned in the outer one."""
        quote = first(quotes(styles=["curly"]), lambda q: bool(q.nested))
        inner = quote.nested[0]
        assert ("‘", "’") == (inner.open_mark, inner.close_mark)
        assert inner.text == quote.text[inner.start : inner.end]

    def test_insertion(self) -> None:
        """An editorial insertion is spanned with its brackets."""
        quote = first(quotes(), lambda q: bool(q.insertions))
        insertion = quote.insertions[0]
        assert insertion.text.startswith("[")
        assert insertion.text.endswith("]")
        assert insertion.text == quote.text[insertion.start : insertion.end]

    def test_ellipsis(self) -> None:
        """An ellipsis is spanned exactly."""
        quote = first(quotes(), lambda q: bool(q.ellipses))
        assert quote.ellipses[0].text in {"...", "…"}


class TestCopyrights:
    """``copyrights()``: the footer shapes real sites print."""

    @given(copyrights())
    def test_fields_in_text(self, footer: Copyright) -> None:
        """Holder, year and statement all stand in the text."""
        assert footer.holder is not None
        assert footer.holder in footer.text
        assert str(footer.year) in footer.text
        if footer.statement is not None:
            assert footer.text.endswith(footer.statement)
        assert (0, len(footer.text)) == (footer.start, footer.end)

    @given(copyrights(two_lines=True))
    def test_two_lines(self, footer: Copyright) -> None:
        """``two_lines=True``: the statement is on the second line."""
        assert "All rights reserved." == footer.text.splitlines()[1]

    @given(copyrights(two_lines=False))
    def test_one_line(self, footer: Copyright) -> None:
        """``two_lines=False``: the footer is one line."""
        assert 1 == len(footer.text.splitlines())

    @pytest.mark.parametrize(
        "prefix",
        ["© Copyright ", "Copyright 20", "(c) ", "(C) ", "Copyright © ", "© 2"],
    )
    def test_shapes(self, prefix: str) -> None:
        """Every footer shape is generated."""
        footer = first(copyrights(), lambda c: c.text.startswith(prefix))
        assert footer.text.startswith(prefix)

    def test_year_range(self) -> None:
        """A range of years gives the last year."""
        footer = first(copyrights(), lambda c: c.text.startswith("Copyright © "))
        assert footer.year is not None
        assert f"-{footer.year} {footer.holder}" in footer.text

    def test_associated_press_statement(self) -> None:
        """The long wire statement is kept whole."""
        footer = first(copyrights(), lambda c: "redistributed" in (c.statement or ""))
        assert (
            "All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed."
        ) == footer.statement


class TestSpeakersAndNames:
    """``speakers()`` and ``names()``."""

    @given(speakers())
    def test_speakers(self, speaker: Speaker) -> None:
        """People have a first name and a surname; organisations and descriptions no article."""
        if speaker.kind is SpeakerKind.PERSON:
            assert 2 == len(speaker.name.split())
        else:
            assert speaker.kind in {SpeakerKind.ORGANISATION, SpeakerKind.DESCRIPTION}
            assert speaker.name.split()[0] not in {"the", "a", "an"}
        assert ((), ()) == (speaker.mentions, speaker.quotes)

    @given(names())
    def test_names(self, name: str) -> None:
        """A name is two capitalised words."""
        assert [True, True] == [word[0].isupper() for word in name.split()]


class TestPools:
    """The word pools agree with the lexicon and stay apart from each other."""

    def test_cue_lemmas_match_lexicon(self) -> None:
        """Every cue's lemma is the one the default lexicon gives."""
        cues = {*pools.AFTER_CUES, *pools.INVERTED_CUES, *pools.THAT_CUES, pools.ACCUSE}
        cues.add(pools.ACCORDING_TO)
        assert {c.text: c.lemma for c in cues} == {
            c.text: DEFAULT_LEXICON.cues.get(c.text.lower()) for c in cues
        }

    def test_filler_names_no_speaker(self) -> None:
        """No filler sentence holds a speaker's name or an organisation speaker."""
        words = {p.first for p in pools.PERSONS} | {p.last for p in pools.PERSONS}
        words |= {o.name for o in pools.ORGANISATIONS}
        assert [] == [s for s in pools.FILLER for w in words if w in s]

    def test_filler_has_no_cue(self) -> None:
        """No filler sentence or headline holds a cue of the default lexicon."""
        texts = [*pools.FILLER, *pools.TITLES_OF_HEADLINES]
        found = [
            (cue, text)
            for text in texts
            for cue in DEFAULT_LEXICON.cues
            if f" {cue} "
            in " " + text.lower().replace(".", " ").replace(",", " ") + " "
        ]
        assert [] == found

    def test_names_unique(self) -> None:
        """First names and surnames are all distinct."""
        firsts = [p.first for p in pools.PERSONS]
        lasts = [p.last for p in pools.PERSONS]
        assert len(set(firsts + lasts)) == len(firsts + lasts)


class TestWrap:
    """The hard-wrapping helper behind the ``wrapped`` layout."""

    def test_wrap(self) -> None:
        """Spaces turn into newlines at the width, keeping the length."""
        chars = list("aaa bbb ccc")
        _wrap(chars, [(0, 11)], [], 4)
        assert "aaa\nbbb\nccc" == "".join(chars)

    def test_wrap_protected(self) -> None:
        """A space inside or next to a protected span is never broken."""
        chars = list("aaa bbb ccc")
        _wrap(chars, [(0, 11)], [(4, 7)], 4)
        assert "aaa bbb ccc" == "".join(chars)


class TestPatterns:
    """Every construction of the grammar is generated, spanned as documented."""

    @pytest.mark.parametrize("placement", list(Placement))
    def test_placement(self, placement: Placement) -> None:
        """Each placement occurs."""
        article = first(articles(), lambda a: placement in placements(a))
        assert placement in placements(article)

    @pytest.mark.parametrize("method", list(Method))
    def test_method(self, method: Method) -> None:
        """Each method occurs."""
        article = first(
            articles(),
            lambda a: any(
                q.attribution and q.attribution.method is method for q in a.quotes
            ),
        )
        assert article.quotes

    @pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
    def test_style(self, style: str) -> None:
        """Each quotation mark style occurs in articles."""
        marks = QUOTE_STYLES[style]
        article = first(
            articles(),
            lambda a: any((q.open_mark, q.close_mark) == marks for q in a.quotes),
        )
        assert article.quotes

    def test_interrupted_quote(self) -> None:
        """``"A," M said, "b."``: two quotes, both BETWEEN, same mention and cue."""
        article = first(articles(), lambda a: Placement.BETWEEN in placements(a))
        one, two = [
            q
            for q in article.quotes
            if q.attribution and q.attribution.placement is Placement.BETWEEN
        ][:2]
        assert one.attribution is not None
        assert two.attribution is not None
        assert one.attribution.mention == two.attribution.mention
        assert one.attribution.cue == two.attribution.cue
        between = article.source[one.end : two.start]
        assert between.startswith(f" {one.attribution.mention.text}")

    def test_multi_paragraph_quote(self) -> None:
        """A quote over two paragraphs re-opens its mark on the second."""
        article = first(
            articles(), lambda a: any(len(q.paragraphs) == 2 for q in a.quotes)
        )
        quote = next(q for q in article.quotes if len(q.paragraphs) == 2)
        second = article.paragraphs[quote.paragraphs[1]]
        assert second.text.startswith(quote.open_mark)
        assert quote.close_mark is not None
        first_part = article.source[quote.content_start : second.start]
        # The first paragraph ends unclosed (an apostrophe inside it, as in
        # ``haven't``, may share the closing mark's character).
        assert not first_part.rstrip().endswith(quote.close_mark)
        assert quote.end > second.start

    def test_titled_mention(self) -> None:
        """A title before a name is part of the mention and a title of the speaker."""
        article = first(
            articles(),
            lambda a: any(
                s.titles and m.text.endswith(s.name) and m.text != s.name
                for s in a.speakers
                for m in s.mentions
            ),
        )
        speaker, mention = next(
            (s, m)
            for s in article.speakers
            for m in s.mentions
            if s.titles and m.text != s.name and m.text.endswith(s.name)
        )
        # The speaker the predicate found (not merely the first with a title);
        # whitespace collapsed, as a hard-wrapped layout may break the mention.
        assert " ".join(mention.text.split()) in {
            f"{title} {speaker.name}" for title in speaker.titles
        }

    def test_apposition(self) -> None:
        """``Hugh Hill, a doctor, said``: the mention is the name, the title the apposition."""
        article = first(
            articles(),
            lambda a: any(
                a.source[m.end : m.end + 4] in {", a ", ", an"}
                for s in a.speakers
                for m in s.mentions
            ),
        )
        speaker, mention = next(
            (s, m)
            for s in article.speakers
            for m in s.mentions
            if article.source[m.end : m.end + 4] in {", a ", ", an"}
        )
        assert speaker.name == mention.text
        written = article.source[mention.end + 2 :].split(",")[0]
        # Titles are recorded with their whitespace collapsed (a hard-wrapped
        # layout may break the apposition across lines).
        assert " ".join(written.split()[1:]) in speaker.titles

    def test_pronoun_resolves_to_previous_speaker(self) -> None:
        """A pronoun refers to the previous quote's speaker, whose gender it sets."""
        article = first(
            articles(),
            lambda a: any(
                q.attribution and q.attribution.method is Method.PRONOUN
                for q in a.quotes
            ),
        )
        for previous, quote in pairwise(article.quotes):
            if quote.attribution and quote.attribution.method is Method.PRONOUN:
                assert previous.attribution is not None
                assert previous.attribution.speaker == quote.attribution.speaker
                speaker = quote.attribution.speaker
                assert speaker is not None
                pronoun = quote.attribution.mention.text.lower()
                assert {"he": "male", "she": "female"}[pronoun] == speaker.gender

    def test_headline_quote(self) -> None:
        """``Surname: 'Words'``: a headline quote by the person the body names in full."""
        article = first(articles(), lambda a: Placement.HEADLINE in placements(a))
        quote = article.quotes[0]
        assert quote.attribution is not None
        assert quote.attribution.speaker is not None
        assert (None, ()) == (quote.paragraph, quote.paragraphs)
        assert quote.attribution.speaker.name.endswith(
            " " + quote.attribution.mention.text
        )
        assert (
            article.headline.text == f"{quote.attribution.mention.text}: {quote.text}"
        )
        cue = quote.attribution.cue
        assert cue is not None
        colon = quote.attribution.mention.end
        assert (":", colon, colon + 1, "say") == (
            cue.text,
            cue.start,
            cue.end,
            cue.lemma,
        )

    def test_continuation(self) -> None:
        """A quote-only paragraph inherits the previous quote's mention, speaker and cue."""
        article = first(articles(), lambda a: Placement.CONTINUATION in placements(a))
        for previous, quote in pairwise(article.quotes):
            if (
                quote.attribution
                and quote.attribution.placement is Placement.CONTINUATION
            ):
                assert previous.attribution is not None
                assert previous.attribution.mention == quote.attribution.mention
                assert previous.attribution.cue == quote.attribution.cue
                assert article.paragraphs[quote.paragraph or 0].text == quote.text

    def test_organisation(self) -> None:
        """``the Kremlin said``: an organisation, found nominally, named without ``the``."""
        article = first(
            articles(),
            lambda a: any(s.kind is SpeakerKind.ORGANISATION for s in a.speakers),
        )
        speaker = next(
            s for s in article.speakers if s.kind is SpeakerKind.ORGANISATION
        )
        assert speaker.mentions[0].text.lower().endswith(speaker.name.lower())

    def test_title_reference(self) -> None:
        """``the president`` after ``Russian President NAME``: the title holder, nominally."""

        def person_by_title(article: Article) -> Quote | None:
            return next(
                (
                    q
                    for q in article.quotes
                    if q.attribution is not None
                    and q.attribution.method is Method.NOMINAL
                    and q.attribution.speaker is not None
                    and q.attribution.speaker.kind is SpeakerKind.PERSON
                ),
                None,
            )

        article = first(articles(), lambda a: person_by_title(a) is not None)
        quote = person_by_title(article)
        assert quote is not None
        assert quote.attribution is not None
        speaker = quote.attribution.speaker
        assert speaker is not None
        reference = pools.TITLE_REFERENCES[speaker.titles[0]]
        assert f"the {reference}" == quote.attribution.mention.text.lower()

    def test_description(self) -> None:
        """``a senior official said``: a description, found nominally, used once."""
        article = first(
            articles(),
            lambda a: any(s.kind is SpeakerKind.DESCRIPTION for s in a.speakers),
        )
        speaker = next(s for s in article.speakers if s.kind is SpeakerKind.DESCRIPTION)
        (mention,) = speaker.mentions
        assert mention.text.lower() in {f"a {speaker.name}", f"an {speaker.name}"}
        methods = {
            q.attribution.method
            for q in article.quotes
            if q.attribution is not None and q.attribution.mention == mention
        }
        assert methods <= {Method.NOMINAL, Method.CONTINUATION}

    def test_framing_sentence(self) -> None:
        """A quote paragraph may carry a filler sentence before its construction."""
        article = first(
            articles(),
            lambda a: any(
                q.paragraph is not None
                and q.attribution is not None
                and q.attribution.placement is Placement.AFTER
                and q.start > a.paragraphs[q.paragraph].start
                and q.kind is QuoteKind.DIRECT
                for q in a.quotes
            ),
        )
        quote = next(
            q
            for q in article.quotes
            if q.paragraph is not None
            and q.attribution is not None
            and q.attribution.placement is Placement.AFTER
            and q.kind is QuoteKind.DIRECT
            and q.start > article.paragraphs[q.paragraph].start
        )
        assert quote.paragraph is not None
        before = article.source[article.paragraphs[quote.paragraph].start : quote.start]
        assert before.endswith(". ")

    def test_partial_kind(self) -> None:
        """``M said that ... "words" ...``: a partial quote attributed before it."""
        article = first(
            articles(),
            lambda a: any(
                q.kind is QuoteKind.PARTIAL
                and q.attribution
                and q.attribution.placement is Placement.BEFORE
                for q in a.quotes
            ),
        )
        assert article.quotes


class TestSeedShapes:
    """Shapes of the seed article, generated with the seed's hand annotation."""

    def test_seed_footer(self) -> None:
        """The seed's footer shape gets the holder, year and statement of its annotation."""
        expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["footer"]
        footer = first(copyrights(), lambda c: c.text == expected["text"])
        assert (expected["holder"], expected["year"], expected["statement"]) == (
            footer.holder,
            footer.year,
            footer.statement,
        )

    def test_seed_titled_mention(self) -> None:
        """``Russian President NAME``: the mention keeps the title, the speaker lists it."""
        article = first(
            articles(),
            lambda a: any(
                q.attribution is not None
                and q.attribution.mention.text.startswith("Russian President ")
                for q in a.quotes
            ),
        )
        quote = next(
            q
            for q in article.quotes
            if q.attribution is not None
            and q.attribution.mention.text.startswith("Russian President ")
        )
        assert quote.attribution is not None
        speaker = quote.attribution.speaker
        assert speaker is not None
        assert f"Russian President {speaker.name}" == quote.attribution.mention.text
        assert "Russian President" in speaker.titles

    def test_parse_reads_generated_headline(self) -> None:
        """A generated kicker headline parses to the same headline (a smoke check)."""
        article = first(
            articles(
                quotes=False,
                byline=False,
                dateline=False,
                copyright=False,
                layout="lines",
            ),
            lambda a: a.headline.kicker is not None,
        )
        assert article.headline == newsmodel.parse(article.source).headline
