"""The exceptions: their hierarchy, messages and pickling."""

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.exceptions import (
    EmptyArticleError,
    GoldDataError,
    NewsModelError,
    ParseError,
    SerializationError,
)


class TestHierarchy:
    """Every exception is a NewsModelError; bad input is also a ValueError."""

    @pytest.mark.parametrize(
        "cls", [EmptyArticleError, GoldDataError, ParseError, SerializationError]
    )
    def test_input_errors_are_value_errors(self, cls: type[Exception]) -> None:
        """Errors about bad input are NewsModelError and ValueError alike."""
        assert (True, True) == (
            issubclass(cls, NewsModelError),
            issubclass(cls, ValueError),
        )

    def test_base_is_no_value_error(self) -> None:
        """The base class is a plain Exception, not a ValueError."""
        assert (True, False) == (
            issubclass(NewsModelError, Exception),
            issubclass(NewsModelError, ValueError),
        )

    def test_empty_article_error_is_a_parse_error(self) -> None:
        """EmptyArticleError is caught by ``except ParseError``."""
        assert issubclass(EmptyArticleError, ParseError)

    def test_public_names(self) -> None:
        """The package re-exports the same classes."""
        assert (
            NewsModelError,
            ParseError,
            EmptyArticleError,
            SerializationError,
            GoldDataError,
        ) == (
            newsmodel.NewsModelError,
            newsmodel.ParseError,
            newsmodel.EmptyArticleError,
            newsmodel.SerializationError,
            newsmodel.GoldDataError,
        )


class TestParseError:
    """ParseError carries the position and code of what went wrong."""

    @given(
        message=st.text(),
        offset=st.integers(min_value=0),
        line=st.integers(min_value=1),
        column=st.integers(min_value=1),
        code=st.none() | st.text(),
    )
    def test_pickle_round_trip_keeps_fields(
        self, message: str, offset: int, line: int, column: int, code: str | None
    ) -> None:
        """Pickling and unpickling keeps the class, message, position and code."""
        error = ParseError(message, offset=offset, line=line, column=column, code=code)
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
        assert (ParseError, message, offset, line, column, code, (message,)) == (
            type(copy),
            copy.message,
            copy.offset,
            copy.line,
            copy.column,
            copy.code,
            copy.args,
        )

    def test_pickle_keeps_the_subclass(self) -> None:
        """An EmptyArticleError unpickles as an EmptyArticleError, fields intact."""
        error = EmptyArticleError("empty", offset=3, line=2, column=1, code="empty")
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
        assert (EmptyArticleError, "empty", 3, 2, 1, "empty") == (
            type(copy),
            copy.message,
            copy.offset,
            copy.line,
            copy.column,
            copy.code,
        )

    def test_str_gives_line_and_column(self) -> None:
        """``str()`` appends the one-based line and column to the message."""
        error = ParseError("unclosed quote", offset=17, line=3, column=5)
        assert "unclosed quote (line 3, column 5)" == str(error)

    def test_defaults(self) -> None:
        """Without a position the error points at the first character, with no code."""
        error = ParseError("bad")
        assert ("bad", 0, 1, 1, None, "bad (line 1, column 1)") == (
            error.message,
            error.offset,
            error.line,
            error.column,
            error.code,
            str(error),
        )

    def test_str_of_a_strict_error(self) -> None:
        """Under ``strict=True`` the message ends with the diagnostic's position."""
        with pytest.raises(ParseError) as caught:
            newsmodel.parse("Only a headline", strict=True)
        assert ("empty-body", True) == (
            caught.value.code,
            str(caught.value).endswith(" (line 1, column 16)"),
        )


class TestEmptyArticleError:
    """Empty input raises EmptyArticleError."""

    @pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
    def test_empty_text_raises(self, text: str) -> None:
        """Empty or whitespace-only text raises an EmptyArticleError (a ValueError)."""
        with pytest.raises(ValueError, match=r"\(line \d+, column \d+\)") as caught:
            newsmodel.parse(text)
        assert (EmptyArticleError, "empty-article") == (
            type(caught.value),
            getattr(caught.value, "code", None),
        )
