"""Rendering: ``render`` writes an article back as canonical plain text."""

import re

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Article,
    Block,
    Copyright,
    Dateline,
    Headline,
    Paragraph,
    render,
)
from newsmodel.strategies import articles
from test_serialize import REAL_DATA, SEED, any_articles, real_texts, small_article


def _lines(text: str | None) -> str | None:
    r"""Write every line break as ``\n``: the canonical text does."""
    return None if text is None else re.sub(r"\r\n?", "\n", text)


def _structure(article: Article) -> dict[str, object]:
    """The parts that rendering keeps: texts with canonical line breaks."""
    headline, byline = article.headline, article.byline
    dateline, footer = article.dateline, article.copyright
    return {
        "headline": (headline.text, headline.kicker, headline.title),
        "byline": None if byline is None else (byline.text, byline.authors),
        "dateline": None
        if dateline is None
        else (dateline.text, dateline.place, dateline.date, dateline.agency),
        "paragraphs": [_lines(p.text) for p in article.paragraphs],
        "copyright": None
        if footer is None
        else (_lines(footer.text), footer.holder, footer.year, footer.statement),
    }


def _visible(text: str) -> list[str]:
    """The text's non-whitespace characters, sorted."""
    return sorted(character for character in text if not character.isspace())


HEADLINE = Headline(text="Talks", start=0, end=5, kicker=None, title="Talks")


class TestProperties:
    """Properties of rendering."""

    @given(articles())
    def test_parse_render(self, article: Article) -> None:
        """Parsing the rendered text gives back the same parts."""
        assert _structure(article) == _structure(newsmodel.parse(render(article)))

    @given(articles())
    def test_parse_render_parsed(self, article: Article) -> None:
        """Parsing the rendering of a parsed article gives back the same parts."""
        parsed = newsmodel.parse(article.source)
        assert _structure(parsed) == _structure(newsmodel.parse(render(parsed)))

    @given(articles())
    def test_fixed_point(self, article: Article) -> None:
        """Rendering a parsed rendering changes nothing."""
        text = render(newsmodel.parse(render(article)))
        assert text == render(newsmodel.parse(text))

    @given(any_articles())
    def test_canonical_line_breaks(self, article: Article) -> None:
        r"""The text has only ``\n`` line breaks and ends with one."""
        text = render(article)
        assert (False, True) == ("\r" in text, text.endswith("\n"))

    @given(st.text())
    def test_nothing_lost(self, text: str) -> None:
        """Rendering a parsed text keeps every one of its visible characters."""
        assume(text.strip())
        assert _visible(text) == _visible(render(newsmodel.parse(text)))


class TestGolden:
    """Rendered texts written out by hand."""

    def test_small_article(self) -> None:
        """Headline, byline, dateline with the first paragraph, then the footer."""
        expected = (
            "Talks: Deal near\n\nBy Ann Lee\n\n"
            'OSLO (AP) - "Yes," he said.\n\n(c) 2023 AP\n'
        )
        assert expected == render(small_article())

    @pytest.mark.parametrize("name", REAL_DATA)
    def test_real_data(self, name: str) -> None:
        """Real articles render to text that parses back to the same parts."""
        failures = []
        for i, text in enumerate(real_texts(name)):
            article = newsmodel.parse(text)
            if _structure(article) != _structure(newsmodel.parse(render(article))):
                failures.append(i)
        assert [] == failures

    def test_seed(self) -> None:
        """The seed (one paragraph a line) renders with blank lines between blocks."""
        source = SEED.read_text(encoding="utf-8")
        expected = "\n\n".join(source.strip().split("\n")) + "\n"
        assert expected == render(newsmodel.parse(source))


class TestRender:
    """One example for each rule of the canonical layout."""

    def test_headline_only(self) -> None:
        """An article with a headline alone is the headline and a newline."""
        assert "Talks\n" == render(Article(source="Talks", headline=HEADLINE))

    def test_dateline_joins_first_paragraph(self) -> None:
        """The dateline opens the first paragraph, one space before it."""
        article = Article(
            source="Talks\nOSLO -\n\nIt rained.\nMore.",
            headline=HEADLINE,
            dateline=Dateline(
                text="OSLO -", start=6, end=12, place="OSLO", date=None, agency=None
            ),
            paragraphs=(
                Paragraph(index=0, text="It rained.", start=14, end=24),
                Paragraph(index=1, text="More.", start=25, end=30),
            ),
        )
        assert "Talks\n\nOSLO - It rained.\n\nMore.\n" == render(article)

    def test_dateline_alone(self) -> None:
        """A dateline with no paragraph after it stands as its own block."""
        article = Article(
            source="Talks\nOSLO -",
            headline=HEADLINE,
            dateline=Dateline(
                text="OSLO -", start=6, end=12, place="OSLO", date=None, agency=None
            ),
        )
        assert "Talks\n\nOSLO -\n" == render(article)

    def test_dateline_inside_paragraph(self) -> None:
        """A first paragraph that already holds its dateline is not given it twice."""
        article = Article(
            source="Talks\nOSLO - It rained.",
            headline=HEADLINE,
            dateline=Dateline(
                text="OSLO -", start=6, end=12, place="OSLO", date=None, agency=None
            ),
            paragraphs=(Paragraph(index=0, text="OSLO - It rained.", start=6, end=23),),
        )
        assert "Talks\n\nOSLO - It rained.\n" == render(article)

    def test_footer_last(self) -> None:
        """The footer follows the paragraphs."""
        article = Article(
            source="Talks\nA.\n© 2024 BBC",
            headline=HEADLINE,
            paragraphs=(Paragraph(index=0, text="A.", start=6, end=8),),
            copyright=Copyright(
                text="© 2024 BBC",
                start=9,
                end=19,
                holder="BBC",
                year=2024,
                statement=None,
            ),
        )
        assert "Talks\n\nA.\n\n© 2024 BBC\n" == render(article)

    def test_unclassified_after_footer(self) -> None:
        """Blocks after the footer stay after it."""
        article = Article(
            source="Talks\n© BBC\nMore\nEnd",
            headline=HEADLINE,
            copyright=Copyright(
                text="© BBC", start=6, end=11, holder="BBC", year=None, statement=None
            ),
            unclassified=(
                Block(text="End", start=17, end=20, reason="after-footer"),
                Block(text="More", start=12, end=16, reason="after-footer"),
            ),
        )
        assert "Talks\n\n© BBC\n\nMore\n\nEnd\n" == render(article)

    def test_unclassified_in_place(self) -> None:
        """A block between paragraphs stays between them."""
        article = Article(
            source="Talks\nA.\n***\nB.",
            headline=HEADLINE,
            paragraphs=(
                Paragraph(index=0, text="A.", start=6, end=8),
                Paragraph(index=1, text="B.", start=13, end=15),
            ),
            unclassified=(Block(text="***", start=9, end=12, reason="separator"),),
        )
        assert "Talks\n\nA.\n\n***\n\nB.\n" == render(article)

    def test_hard_wrapped_paragraph(self) -> None:
        r"""A hard-wrapped paragraph keeps its line breaks, written as ``\n``."""
        article = Article(
            source="Talks\r\nOne\r\ntwo\rthree",
            headline=HEADLINE,
            paragraphs=(Paragraph(index=0, text="One\r\ntwo\rthree", start=7, end=21),),
        )
        assert "Talks\n\nOne\ntwo\nthree\n" == render(article)

    def test_reads_text_fields(self) -> None:
        """An evolved article renders with its changes."""
        article = small_article()
        headline = attrs.evolve(article.headline, text="New headline")
        assert render(attrs.evolve(article, headline=headline)).startswith(
            "New headline\n\nBy Ann Lee\n\n"
        )

    def test_not_an_article(self) -> None:
        """Anything but an article is a TypeError that names what was given."""
        with pytest.raises(TypeError, match="not str"):
            render("Talks")  # type: ignore[arg-type]
