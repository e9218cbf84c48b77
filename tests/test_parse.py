"""Tests of the public entry point: argument checks, strict mode and its stages."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import EmptyArticleError, NewsModelError, ParseError, Severity, parse
from newsmodel._attribution import attribute
from newsmodel._quotes import find_quotes
from newsmodel._structure import parse_structure
from newsmodel.lexicon import DEFAULT_LEXICON


class TestParse:
    """parse(text, *, strict=False, lexicon=None) -> Article."""

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_never_raises_but_empty(self, text: str) -> None:
        """Any str parses, or is blank and raises EmptyArticleError."""
        try:
            article = parse(text)
        except EmptyArticleError:
            assert "" == text.replace("\ufeff", "").strip()
        else:
            assert text == article.source

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_strict_raises_only_parse_errors(self, text: str) -> None:
        """Under strict=True, any str parses or raises a ParseError."""
        try:
            article = parse(text, strict=True)
        except ParseError as error:
            outcome = (error.line >= 1, error.column >= 1, error.code is not None)
        else:
            errors = [d for d in article.diagnostics if d.severity is Severity.ERROR]
            outcome = (True, True, not errors)
        assert (True, True, True) == outcome

    def test_bytes_are_refused(self) -> None:
        """Bytes get a TypeError that says to decode them."""
        with pytest.raises(TypeError) as raised:
            parse(b"Title\nOne.")  # type: ignore[arg-type]
        message = str(raised.value)
        assert (True, True) == ("not bytes" in message, ".decode('utf-8')" in message)

    def test_path_is_refused(self) -> None:
        """A Path gets a TypeError that says to read the file."""
        with pytest.raises(TypeError) as raised:
            parse(Path("article.txt"))  # type: ignore[arg-type]
        message = str(raised.value)
        assert (True, True) == ("Path" in message, "read_text(" in message)

    def test_none_is_refused(self) -> None:
        """None gets a TypeError naming NoneType and asking for the text."""
        with pytest.raises(TypeError) as raised:
            parse(None)  # type: ignore[arg-type]
        message = str(raised.value)
        assert (True, True) == ("not NoneType" in message, "article's text" in message)

    @pytest.mark.parametrize("text", ["", " \n\t", "\ufeff\r\n", "\u3000\xa0"])
    def test_blank_text_raises_empty_article_error(self, text: str) -> None:
        """Blank text raises EmptyArticleError, a ParseError and a ValueError."""
        with pytest.raises(EmptyArticleError) as raised:
            parse(text)
        assert (True, True) == (
            isinstance(raised.value, NewsModelError),
            isinstance(raised.value, ValueError),
        )

    def test_lenient_keeps_error_diagnostic(self) -> None:
        """Without strict, a headline alone parses with an empty-body error diagnostic."""
        article = parse("Only a headline")
        assert ["empty-body"] == [
            d.code for d in article.diagnostics if d.severity is Severity.ERROR
        ]

    @pytest.mark.parametrize(
        ("text", "offset", "line", "column"),
        [
            ("Only a headline", 15, 1, 16),
            ("\n\nTitle\n", 7, 3, 6),
            ("\r\n\r\nTitle\r\n", 9, 3, 6),
            ("\r\rTitle", 7, 3, 6),
            ("\ufeffTitle", 6, 1, 7),
        ],
    )
    def test_strict_raises_with_position(
        self, text: str, offset: int, line: int, column: int
    ) -> None:
        """Under strict, empty-body raises ParseError with offset, line and column."""
        with pytest.raises(ParseError) as raised:
            parse(text, strict=True)
        error = raised.value
        assert ("empty-body", offset, line, column) == (
            error.code,
            error.offset,
            error.line,
            error.column,
        )

    def test_strict_ignores_warnings(self) -> None:
        """Under strict, warnings and infos do not raise."""
        article = parse("Title\nJosÃ© said \x07 <b>hi</b>.", strict=True)
        assert ["control-character", "markup", "mojibake", "no-footer"] == sorted(
            d.code for d in article.diagnostics
        )

    def test_public_name(self) -> None:
        """The parse function is exported from the package."""
        assert parse is newsmodel.parse


class TestStages:
    """parse() runs parse_structure, find_quotes and attribute in turn."""

    TEXT = (
        "Talks resume\n\n"
        '"We will not accept this," Jane Doe said.\n\n'
        'She added: "The door remains open."\n'
    )

    def test_stages_compose_to_parse(self) -> None:
        """The three stages called one by one give what parse() gives."""
        staged = attribute(find_quotes(parse_structure(self.TEXT)), DEFAULT_LEXICON)
        assert parse(self.TEXT) == staged

    def test_attribute_leaves_its_input_unchanged(self) -> None:
        """Attribution builds new quotes and leaves the article it was given as it was."""
        quoted = find_quotes(parse_structure(self.TEXT))
        attributed = attribute(quoted, DEFAULT_LEXICON)
        assert (
            [None, None],
            ["Jane Doe", "Jane Doe"],
        ) == (
            [quote.attribution for quote in quoted.quotes],
            [
                quote.attribution.speaker.name
                for quote in attributed.quotes
                if quote.attribution is not None and quote.attribution.speaker
            ],
        )
