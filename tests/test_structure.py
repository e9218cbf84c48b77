"""Tests of the structural parser: headline, byline, dateline, paragraphs, footer."""

import itertools
import json
import textwrap
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Block,
    Byline,
    Copyright,
    Dateline,
    Diagnostic,
    EmptyArticleError,
    Headline,
    Paragraph,
    Severity,
)
from newsmodel._structure import parse_structure

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

Node = Headline | Byline | Dateline | Paragraph | Copyright | Block


def is_blank(char: str) -> bool:
    """Tell whether the parser may leave ``char`` outside every node."""
    return char.isspace() or char == "\ufeff"


def nodes(article: Article) -> list[Node]:
    """Every node of ``article`` that has a span, in text order."""
    found: list[Node] = [article.headline, *article.paragraphs, *article.unclassified]
    found.extend(
        node
        for node in (article.byline, article.dateline, article.copyright)
        if node is not None
    )
    return sorted(found, key=lambda node: node.start)


def uncovered(article: Article) -> str:
    """The non-blank characters of the source that lie in no node."""
    source = article.source
    left: list[str] = []
    position = 0
    for node in nodes(article):
        left.extend(
            char for char in source[position : node.start] if not is_blank(char)
        )
        position = max(position, node.end)
    left.extend(char for char in source[position:] if not is_blank(char))
    return "".join(left)


def assert_well_formed(article: Article) -> None:
    """Check the offset, coverage and ordering invariants of a parsed article."""
    source = article.source
    spans = nodes(article)
    assert [] == [node for node in spans if source[node.start : node.end] != node.text]
    assert [] == [
        (one, two) for one, two in itertools.pairwise(spans) if one.end > two.start
    ]
    assert "" == uncovered(article)
    assert [] == [
        node
        for node in spans
        if not node.text or is_blank(node.text[0]) or is_blank(node.text[-1])
    ]
    assert list(range(len(article.paragraphs))) == [
        paragraph.index for paragraph in article.paragraphs
    ]
    assert [] == [
        diagnostic
        for diagnostic in article.diagnostics
        if not 0 <= diagnostic.start <= diagnostic.end <= len(source)
    ]


def codes(article: Article) -> list[str]:
    """The codes of the article's diagnostics, in order."""
    return [diagnostic.code for diagnostic in article.diagnostics]


def diagnostic(article: Article, code: str) -> Diagnostic:
    """The article's diagnostic with ``code``."""
    (found,) = [d for d in article.diagnostics if d.code == code]
    return found


# Strategies for the properties -------------------------------------------------

NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
TOKENS = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        "\t",
        "\xa0",
        "\ufeff",
        "\u2028",
        "\x0b",
        "\x00",
        "\ud800",
        "\ufffd",
        "By ",
        "Jane Doe",
        " and ",
        ", ",
        "MOSCOW",
        " (Reuters) ",
        "- ",
        "— ",
        "©",
        "(c) ",
        "Copyright ",
        "2024",
        "-24",
        "All rights reserved.",
        ":",
        "'",
        "“",
        "Ã©",
        "<tweet id=1>",
        "word",
        "Word",
        ".",
    ]
)
TOKEN_TEXTS = st.lists(TOKENS, max_size=40).map("".join)
BLANK_TEXTS = st.text(
    alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\ufeff")
)

LOWER = st.sampled_from(
    [
        "talks",
        "said",
        "the",
        "minister",
        "U.S.",
        "Mr.",
        "$5",
        "12%",
        "don't",
        "players'",
        "on",
        "weeks",
        "official",
        "2,500",
    ]
)
CAPITAL = st.sampled_from(["The", "Officials", "Russia", "After", "Prices", "It"])
TITLE_WORD = st.sampled_from(["Putin", "Talks", "Fail", "Over", "Ukraine", "Prices"])
NAMES = st.sampled_from(
    ["Jane Doe", "John Roe", "Ann Poe", "José Álvarez", "J. R. Hart"]
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence: a capitalised word, lowercase words, a full stop."""
    return (
        " ".join([draw(CAPITAL), *draw(st.lists(LOWER, min_size=1, max_size=12))]) + "."
    )


@st.composite
def paragraph_texts(draw: st.DrawFn) -> str:
    """A paragraph of one to four sentences."""
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@attrs.frozen(kw_only=True)
class Expected:
    """What a generated article must parse to."""

    headline: str
    kicker: str | None
    authors: tuple[str, ...] | None
    place: str | None
    agency: str | None
    paragraphs: tuple[str, ...]
    holder: str | None
    year: int | None
    footer: bool


FOOTERS = st.sampled_from(
    [
        (["© Copyright IBTimes 2024. All rights reserved."], "IBTimes", 2024),
        (
            [
                (
                    "Copyright 2024 The Associated Press. All rights reserved. This "
                    "material may not be published, broadcast, rewritten or redistributed."
                )
            ],
            "The Associated Press",
            2024,
        ),
        (["(c) 2023 Reuters"], "Reuters", 2023),
        (["Copyright © 2021-2024 Foo Media Ltd"], "Foo Media Ltd", 2024),
        (["© 2024 BBC"], "BBC", 2024),
        (["© 2024 BBC.", "All rights reserved."], "BBC", 2024),
    ]
)
DATELINES = st.sampled_from(
    [
        ("MOSCOW (Reuters) -", "MOSCOW", "Reuters"),
        ("NEW YORK, Nov. 19 (UPI) —", "NEW YORK", "UPI"),
        ("LONDON —", "LONDON", None),
        ("WASHINGTON, D.C. (AP) --", "WASHINGTON, D.C.", "AP"),
    ]
)


@st.composite
def generated(draw: st.DrawFn) -> tuple[str, Expected]:
    """An article in any layout, with the parts it must parse to."""
    layout = draw(st.sampled_from(["lines", "blocks", "wrapped", "grouped"]))
    newline = draw(NEWLINES)
    trailing = draw(st.sampled_from(["", " ", "\t", "\xa0 "]))
    kicker = draw(st.none() | st.sampled_from(["US - Russia Relations", "Analysis"]))
    title = " ".join(draw(st.lists(TITLE_WORD, min_size=1, max_size=8)))
    headline = title if kicker is None else f"{kicker}: {title}"
    names = draw(st.none() | st.lists(NAMES, min_size=1, max_size=3, unique=True))
    byline = None
    if names is not None:
        joined = (
            names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        )
        byline = (
            "By " + joined + draw(st.sampled_from(["", ", Reuters", " | Staff Writer"]))
        )
    dateline = draw(st.none() | DATELINES)
    bodies = draw(
        st.lists(
            paragraph_texts(), min_size=2 if layout == "wrapped" else 1, max_size=6
        )
    )
    footer = draw(st.none() | FOOTERS)

    if layout == "grouped":
        bodies = [body + " The talks went on." * 6 for body in bodies]
    first = bodies[0] if dateline is None else f"{dateline[0]} {bodies[0]}"
    texts = [first, *bodies[1:]]
    if layout == "wrapped":
        texts = ["\n".join(textwrap.wrap(text, width=30)) for text in texts]
    if layout == "grouped":
        texts = ["\n".join(texts[at : at + 2]) for at in range(0, len(texts), 2)]
    parts = [headline, *([byline] if byline else []), *texts]
    if footer is not None:
        parts.append("\n".join(footer[0]))
    separator = "\n" if layout == "lines" else "\n\n"
    source = separator.join(parts).replace("\n", trailing + "\n")
    source = draw(st.sampled_from(["", "\ufeff"])) + source.replace("\n", newline)
    source += draw(st.sampled_from(["", newline, newline * 2 + " "]))
    expected = Expected(
        headline=headline,
        kicker=kicker,
        authors=tuple(names) if names is not None else None,
        place=dateline[1] if dateline else None,
        agency=dateline[2] if dateline else None,
        paragraphs=tuple(bodies),
        holder=footer[1] if footer else None,
        year=footer[2] if footer else None,
        footer=footer is not None,
    )
    return source, expected


# Tests ---------------------------------------------------------------------------


class TestParseStructureProperties:
    """Properties of parse_structure over any text and over generated articles."""

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_any_text_parses_or_is_empty(self, source: str) -> None:
        """Any str parses to a well-formed article, or is blank and raises."""
        if all(is_blank(char) for char in source):
            with pytest.raises(EmptyArticleError):
                parse_structure(source)
        else:
            assert_well_formed(parse_structure(source))

    @given(TOKEN_TEXTS)
    def test_article_like_text_is_well_formed(self, source: str) -> None:
        """Text built from bylines, datelines, footers and newlines loses nothing."""
        if all(is_blank(char) for char in source):
            with pytest.raises(EmptyArticleError):
                parse_structure(source)
        else:
            assert_well_formed(parse_structure(source))

    @given(BLANK_TEXTS)
    def test_blank_text_is_empty(self, source: str) -> None:
        """Whitespace, BOMs and newlines alone raise EmptyArticleError."""
        with pytest.raises(EmptyArticleError) as raised:
            parse_structure(source)
        assert "empty-article" == raised.value.code

    @given(generated())
    def test_generated_articles_parse_to_their_parts(
        self, case: tuple[str, Expected]
    ) -> None:
        """Generated articles in every layout parse back to the parts they were made of."""
        source, expected = case
        article = parse_structure(source)
        assert_well_formed(article)
        actual = Expected(
            headline=article.headline.text,
            kicker=article.headline.kicker,
            authors=article.byline.authors if article.byline else None,
            place=article.dateline.place if article.dateline else None,
            agency=article.dateline.agency if article.dateline else None,
            paragraphs=tuple(" ".join(p.text.split()) for p in article.paragraphs),
            holder=article.copyright.holder if article.copyright else None,
            year=article.copyright.year if article.copyright else None,
            footer="no-footer" not in codes(article),
        )
        assert expected == actual
        assert [] == [code for code in codes(article) if code != "no-footer"]


class TestRealData:
    """Real articles (skipped when the shared data folder is absent)."""

    @staticmethod
    def _rows(name: str, limit: int | None = None) -> list[str]:
        path = DATA / name
        if not path.is_file():
            pytest.skip(f"{path.name} not found next to the project (../shared/data)")
        with path.open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in itertools.islice(lines, limit)]

    def test_bbc_first_400(self) -> None:
        """The first 400 BBC articles keep their first line as headline and lose nothing."""
        texts = self._rows("bbc.jsonl", 400)
        assert 400 == len(texts)
        for text in texts:
            article = parse_structure(text)
            assert text.strip().splitlines()[0].strip() == article.headline.text
            assert "" == uncovered(article)
            assert_well_formed(article)

    def test_polnear_all(self) -> None:
        """Every PolNeAR article parses with its first line as headline and nothing lost."""
        texts = self._rows("polnear-train.jsonl")
        assert 840 == len(texts)
        for text in texts:
            article = parse_structure(text)
            assert text.strip().splitlines()[0].strip() == article.headline.text
            assert_well_formed(article)


class TestLayouts:
    """One test per paragraph layout rule."""

    def test_one_paragraph_a_line(self) -> None:
        """Without blank lines between paragraphs, each line is a paragraph."""
        article = parse_structure("Title\nOne.\nTwo.\nThree.")
        assert ("One.", "Two.", "Three.") == tuple(p.text for p in article.paragraphs)

    def test_blank_line_separated_paragraphs(self) -> None:
        """Blocks separated by blank lines are paragraphs."""
        article = parse_structure("Title\n\nOne.\n\n  \n\nTwo.\n")
        assert ("One.", "Two.") == tuple(p.text for p in article.paragraphs)

    def test_hard_wrapped_block_is_one_paragraph(self) -> None:
        """When the body has blank-line separators, a wrapped block stays whole."""
        source = "Title\n\nOne line\nwrapped here.\n\nTwo."
        article = parse_structure(source)
        assert ("One line\nwrapped here.", "Two.") == tuple(
            p.text for p in article.paragraphs
        )
        assert (7, 29) == (article.paragraphs[0].start, article.paragraphs[0].end)

    def test_block_with_a_long_line_is_one_paragraph_a_line(self) -> None:
        """A block with a line over 120 characters was not wrapped: one paragraph a line."""
        long = "Word " * 30 + "end."
        source = f"Title\n\nShort one.\n{long}\n\nTwo."
        article = parse_structure(source)
        assert ("Short one.", long, "Two.") == tuple(p.text for p in article.paragraphs)

    def test_wrap_width_is_120(self) -> None:
        """Lines of exactly 120 characters may still be hard-wrapped."""
        line = "x" * 119 + "."
        article = parse_structure(f"Title\n\n{line}\n{line}\n\nTwo.")
        assert (f"{line}\n{line}", "Two.") == tuple(p.text for p in article.paragraphs)

    def test_blank_line_after_headline_means_blocks(self) -> None:
        """A blank line after the headline alone makes a wrapped body one paragraph."""
        article = parse_structure("Title\n\nOne line\nwrapped.")
        assert ("One line\nwrapped.",) == tuple(p.text for p in article.paragraphs)

    def test_blank_line_before_footer_means_blocks(self) -> None:
        """A blank line before the footer alone makes the body a block too."""
        article = parse_structure("Title\nOne line\nwrapped.\n\n© 2024 BBC")
        assert ("One line\nwrapped.",) == tuple(p.text for p in article.paragraphs)

    def test_crlf_newlines(self) -> None:
        """CRLF newlines end lines and are never part of a paragraph's ends."""
        article = parse_structure("Title\r\n\r\nOne.\r\nwrapped\r\n\r\nTwo.\r\n")
        assert ("One.\r\nwrapped", "Two.") == tuple(p.text for p in article.paragraphs)

    def test_cr_newlines(self) -> None:
        """Old Mac CR newlines end lines."""
        article = parse_structure("Title\rOne.\rTwo.")
        assert ("Title", ("One.", "Two.")) == (
            article.headline.text,
            tuple(p.text for p in article.paragraphs),
        )

    def test_byte_order_mark(self) -> None:
        """A BOM is left out of the headline, and offsets count it."""
        article = parse_structure("\ufeffTitle\nOne.")
        assert (1, 6) == (article.headline.start, article.headline.end)

    def test_tabs_nbsp_and_trailing_whitespace(self) -> None:
        """Indents, tabs, NBSPs and trailing whitespace are trimmed off every node."""
        article = parse_structure("\tTitle \xa0\n \xa0One.\t\n\tTwo. ")
        assert ("Title", "One.", "Two.") == (
            article.headline.text,
            *(p.text for p in article.paragraphs),
        )

    def test_headline_is_first_non_blank_line(self) -> None:
        """Leading blank lines are skipped; the first non-blank line is the headline."""
        article = parse_structure("\n \n\u3000\nTitle\nOne.")
        assert "Title" == article.headline.text

    def test_headline_block_extra_line_is_paragraph(self) -> None:
        """A second line in the headline's block (a standfirst) is a paragraph."""
        article = parse_structure("Title;\nstandfirst.\n\nOne.\n\nTwo.")
        assert ("standfirst.", "One.", "Two.") == tuple(
            p.text for p in article.paragraphs
        )

    def test_section_labels_are_unclassified(self) -> None:
        """``ABSTRACT.`` and ``FULL TEXT.`` paragraphs are kept as unclassified blocks."""
        source = "Title\n\nABSTRACT.\n\nIn short.\n\nFULL TEXT:\n\nIn full."
        article = parse_structure(source)
        expected = (
            Block(text="ABSTRACT.", start=7, end=16, reason="section-label"),
            Block(text="FULL TEXT:", start=29, end=39, reason="section-label"),
        )
        assert (expected, ("In short.", "In full.")) == (
            article.unclassified,
            tuple(p.text for p in article.paragraphs),
        )
        found = diagnostic(article, "section-label")
        assert (Severity.INFO, 7, 16) == (found.severity, found.start, found.end)

    def test_section_label_inside_a_sentence_is_text(self) -> None:
        """A paragraph that only starts with a label word stays a paragraph."""
        article = parse_structure("Title\nABSTRACT. In short.")
        assert ((), 1) == (article.unclassified, len(article.paragraphs))

    def test_paragraph_indices(self) -> None:
        """Paragraphs are numbered from zero in text order."""
        article = parse_structure("Title\nA.\nB.")
        assert (0, 1) == tuple(p.index for p in article.paragraphs)


class TestHeadlineAndByline:
    """The headline's kicker and the byline inside an article."""

    def test_kicker(self) -> None:
        """A topic label before a colon is the kicker."""
        article = parse_structure("Analysis: Prices rise\nOne.")
        assert ("Analysis", "Prices rise") == (
            article.headline.kicker,
            article.title,
        )

    def test_quote_headline_has_no_kicker(self) -> None:
        """A colon introducing a quote is not a kicker."""
        article = parse_structure("Putin: 'We will respond'\nOne.")
        assert (None, "Putin: 'We will respond'") == (
            article.headline.kicker,
            article.title,
        )

    def test_byline_after_headline(self) -> None:
        """A byline line right after the headline is the byline, not a paragraph."""
        article = parse_structure("Title\nBy Jane Doe and John Roe\nOne.\nTwo.")
        assert (("Jane Doe", "John Roe"), ("One.", "Two.")) == (
            article.byline.authors if article.byline else None,
            tuple(p.text for p in article.paragraphs),
        )

    def test_byline_within_first_three_lines(self) -> None:
        """A byline after a standfirst line is still found."""
        article = parse_structure("Title\n\nA standfirst.\n\nBy Jane Doe\n\nOne.")
        assert (
            Byline(text="By Jane Doe", start=22, end=33, authors=("Jane Doe",))
        ) == (article.byline)
        assert ("A standfirst.", "One.") == tuple(p.text for p in article.paragraphs)

    def test_byline_inside_headline_block(self) -> None:
        """A byline on the line under the headline splits it from the rest."""
        article = parse_structure("Title\nBy Jane Doe\nSub line.\n\nOne.\n\nTwo.")
        assert ("Sub line.", "One.", "Two.") == tuple(
            p.text for p in article.paragraphs
        )

    def test_byline_too_late_is_a_paragraph(self) -> None:
        """A byline-like line past the first three lines stays a paragraph."""
        article = parse_structure("Title\nA.\nB.\nC.\nBy Jane Doe\nD.")
        assert (None, 5) == (article.byline, len(article.paragraphs))

    def test_sentence_starting_with_by_is_a_paragraph(self) -> None:
        """``By Monday morning, ...`` is a sentence, not a byline."""
        article = parse_structure("Title\nBy Monday morning, the talks had failed.")
        assert (None, 1) == (article.byline, len(article.paragraphs))


class TestDatelineInArticle:
    """The dateline opening the first paragraph."""

    def test_dateline_splits_first_paragraph(self) -> None:
        """The first paragraph starts after the dateline and its spaces."""
        source = "Title\n\nMOSCOW (Reuters) -  The talks failed.\n\nTwo."
        article = parse_structure(source)
        expected = Dateline(
            text="MOSCOW (Reuters) -",
            start=7,
            end=25,
            place="MOSCOW",
            date=None,
            agency="Reuters",
        )
        assert expected == article.dateline
        assert ("The talks failed.", 27) == (
            article.paragraphs[0].text,
            article.paragraphs[0].start,
        )

    def test_dateline_after_byline(self) -> None:
        """A dateline after the byline opens the first paragraph."""
        article = parse_structure("Title\nBy Jane Doe\nLONDON — It rained.")
        assert ("LONDON", "It rained.") == (
            article.dateline.place if article.dateline else None,
            article.paragraphs[0].text,
        )

    def test_dateline_only_in_first_paragraph(self) -> None:
        """A dateline-shaped opening of a later paragraph is left alone."""
        article = parse_structure("Title\nOne.\nLONDON — It rained.")
        assert (None, "LONDON — It rained.") == (
            article.dateline,
            article.paragraphs[1].text,
        )

    def test_dateline_alone_is_a_paragraph(self) -> None:
        """A dateline with nothing after it in its paragraph is not split off."""
        article = parse_structure("Title\nMOSCOW (Reuters) - \ufeff\nOne.")
        assert (None, "MOSCOW (Reuters) -") == (
            article.dateline,
            article.paragraphs[0].text,
        )

    def test_dateline_over_a_line_break(self) -> None:
        """A dateline at the end of a wrapped line leaves the paragraph on the next."""
        article = parse_structure("Title\n\nMOSCOW (Reuters) -\nThe talks.\n\nTwo.")
        assert ("MOSCOW (Reuters) -", "The talks.") == (
            article.dateline.text if article.dateline else None,
            article.paragraphs[0].text,
        )


class TestFooterInArticle:
    """The copyright footer and the text after it."""

    def test_footer_last_line(self) -> None:
        """A footer on the last line is the copyright, not a paragraph."""
        article = parse_structure("Title\nOne.\n© 2024 BBC")
        assert (("BBC", 2024), 1) == (
            (article.copyright.holder, article.copyright.year)
            if article.copyright
            else None,
            len(article.paragraphs),
        )

    def test_footer_over_two_lines(self) -> None:
        """A rights statement on the next line continues the footer."""
        source = "Title\nOne.\n\n© 2024 BBC.\r\nAll rights reserved.\r\n"
        article = parse_structure(source)
        expected = Copyright(
            text="© 2024 BBC.\r\nAll rights reserved.",
            start=12,
            end=45,
            holder="BBC",
            year=2024,
            statement="All rights reserved.",
        )
        assert expected == article.copyright

    def test_footer_statement_joins_lines(self) -> None:
        """Continuation lines are joined to the statement with single spaces."""
        source = (
            "Title\nOne.\nCopyright 2024 The Associated Press. All rights reserved.\n"
            "This material may not be published, broadcast, rewritten or redistributed."
        )
        article = parse_structure(source)
        assert (
            "All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed."
        ) == (article.copyright.statement if article.copyright else None)

    def test_text_after_footer_is_unclassified(self) -> None:
        """Text after the footer is an unclassified block with a warning."""
        article = parse_structure("Title\nOne.\n(c) 2023 Reuters\n\nRead more\nhere")
        expected = Block(
            text="Read more\nhere", start=29, end=43, reason="after-footer"
        )
        assert ((expected,), Severity.WARNING) == (
            article.unclassified,
            diagnostic(article, "after-footer").severity,
        )

    def test_footer_only_near_the_end(self) -> None:
        """A footer-shaped line far from the end stays a paragraph."""
        lines = ["Title", "© 2024 BBC", *[f"Line {n}." for n in range(6)]]
        article = parse_structure("\n".join(lines))
        assert (None, 7) == (article.copyright, len(article.paragraphs))

    def test_footer_not_before_byline(self) -> None:
        """A footer-shaped line is not looked for before the byline."""
        article = parse_structure("Title\n© 2024 BBC\nBy Jane Doe\nOne.")
        assert (None, ("© 2024 BBC", "One.")) == (
            article.copyright,
            tuple(p.text for p in article.paragraphs),
        )


class TestDiagnostics:
    """One test per diagnostic code."""

    def test_empty_body(self) -> None:
        """A headline alone gives an error-severity empty-body diagnostic."""
        article = parse_structure("Only a headline\n\n")
        expected = Diagnostic(
            code="empty-body",
            message="The article has a headline but no paragraph.",
            start=15,
            end=17,
            severity=Severity.ERROR,
        )
        assert expected == diagnostic(article, "empty-body")

    def test_no_footer(self) -> None:
        """An article without a footer gets an info diagnostic at its end."""
        article = parse_structure("Title\nOne.")
        found = diagnostic(article, "no-footer")
        assert (Severity.INFO, 10, 10) == (found.severity, found.start, found.end)

    def test_clean_article_has_no_diagnostics(self) -> None:
        """A tidy article with a footer has no diagnostics at all."""
        article = parse_structure("Title\nOne.\n© 2024 BBC")
        assert () == article.diagnostics

    def test_long_headline(self) -> None:
        """A first line over 300 characters is flagged."""
        article = parse_structure("word " * 70 + "\nOne.")
        found = diagnostic(article, "long-headline")
        assert (Severity.WARNING, 0, 349) == (found.severity, found.start, found.end)

    def test_control_characters(self) -> None:
        """Control characters are counted, and the first run is located."""
        article = parse_structure("Title\nOne\x07\x07 two\x00.")
        found = diagnostic(article, "control-character")
        assert (Severity.WARNING, 9, 11, "3 control characters") == (
            found.severity,
            found.start,
            found.end,
            found.message.split(";")[0].removeprefix("The text holds "),
        )

    def test_unpaired_surrogate(self) -> None:
        """Surrogate code points are flagged."""
        article = parse_structure("Title\nOne \ud83d.")
        found = diagnostic(article, "unpaired-surrogate")
        assert (Severity.WARNING, 10, 11) == (found.severity, found.start, found.end)

    def test_replacement_character(self) -> None:
        """U+FFFD is flagged as lost characters."""
        article = parse_structure("Title\nOne \ufffd.")
        found = diagnostic(article, "replacement-char")
        assert (Severity.WARNING, 10, 11) == (found.severity, found.start, found.end)

    def test_mojibake(self) -> None:
        """UTF-8 read as Latin-1 (``JosÃ©``) is flagged."""
        article = parse_structure("Title\nJosÃ© said itâ€™s fine.")
        found = diagnostic(article, "mojibake")
        assert (Severity.WARNING, 9, 11, "2 sequences") == (
            found.severity,
            found.start,
            found.end,
            " ".join(found.message.split()[3:5]),
        )

    def test_markup(self) -> None:
        """Markup tags such as ``<tweet ...>`` are noted."""
        article = parse_structure('Title\n<tweet id="1">Hi</tweet>')
        found = diagnostic(article, "markup")
        assert (Severity.INFO, 6, 20) == (found.severity, found.start, found.end)

    def test_diagnostics_sorted_by_offset(self) -> None:
        """Diagnostics come in text order."""
        article = parse_structure("Title\nOne\x07.\nTwo \ufffd.")
        assert ["control-character", "replacement-char", "no-footer"] == codes(article)

    def test_empty_input_raises(self) -> None:
        """The empty string raises EmptyArticleError at line 1, column 1."""
        with pytest.raises(EmptyArticleError) as raised:
            parse_structure("")
        assert (0, 1, 1) == (
            raised.value.offset,
            raised.value.line,
            raised.value.column,
        )
