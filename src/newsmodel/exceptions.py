"""The exceptions newsmodel raises.

Every exception is a :class:`NewsModelError`, so ``except NewsModelError``
catches anything the library raises on purpose. Errors about bad input are
also :class:`ValueError`.

.. versionadded:: 0.1.0
"""

__all__ = [
    "EmptyArticleError",
    "GoldDataError",
    "NewsModelError",
    "ParseError",
    "SerializationError",
]


class NewsModelError(Exception):
    """Base class of every exception newsmodel raises.

    .. versionadded:: 0.1.0
    """


class ParseError(NewsModelError, ValueError):
    """The text could not be parsed (only raised for empty input or under ``strict=True``).

    Args:
        message: What went wrong.
        offset: Character offset into the source where it went wrong.
        line: One-based line number of ``offset``.
        column: One-based column of ``offset``.
        code: The diagnostic code, when the error comes from a diagnostic.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        message: str,
        *,
        offset: int = 0,
        line: int = 1,
        column: int = 1,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        """What went wrong."""
        self.offset = offset
        """Character offset into the source where it went wrong."""
        self.line = line
        """One-based line number of :attr:`offset`."""
        self.column = column
        """One-based column of :attr:`offset`."""
        self.code = code
        """The diagnostic code, when the error comes from a diagnostic."""

    def __str__(self) -> str:
        """Return the message with its position."""
        return f"{self.message} (line {self.line}, column {self.column})"

    def __reduce__(self) -> tuple[object, ...]:
        """Support pickling (keyword-only arguments need help)."""
        return (
            _rebuild_parse_error,
            (type(self), self.message, self.offset, self.line, self.column, self.code),
        )


def _rebuild_parse_error(
    cls: type[ParseError],
    message: str,
    offset: int,
    line: int,
    column: int,
    code: str | None,
) -> ParseError:
    return cls(message, offset=offset, line=line, column=column, code=code)


class EmptyArticleError(ParseError):
    """The text is empty or holds only whitespace: there is no article to parse.

    .. versionadded:: 0.1.0
    """


class SerializationError(NewsModelError, ValueError):
    """A dict or JSON document is not a valid serialized article.

    The message names the offending field; the underlying cattrs or JSON
    error is chained as ``__cause__``.

    .. versionadded:: 0.1.0
    """


class GoldDataError(NewsModelError, ValueError):
    """An annotated (gold) corpus given to :func:`newsmodel.evaluate` is malformed.

    .. versionadded:: 0.1.0
    """
