"""The public entry point: run every stage of the pipeline over a text."""

from ._attribution import attribute
from ._model import Article, Severity
from ._quotes import find_quotes
from ._structure import parse_structure
from .exceptions import ParseError
from .lexicon import DEFAULT_LEXICON, Lexicon

__all__ = ["parse"]


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    r"""Return the one-based line and column of ``offset``; ``\r\n``, ``\r``, ``\n`` end lines."""
    before = text[:offset]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    return line, offset - line_start + 1


def parse(
    text: str, *, strict: bool = False, lexicon: Lexicon | None = None
) -> Article:
    """Parse a plain-text news article into an :class:`~newsmodel.Article`.

    Args:
        text: The article: a headline line, then the body paragraphs, optionally
            a byline, a dateline and a copyright footer.
        strict: Raise :class:`~newsmodel.exceptions.ParseError` on the first
            error-severity diagnostic instead of recovering from it.
        lexicon: The cue and title lexicon used for attribution; defaults to
            :data:`newsmodel.lexicon.DEFAULT_LEXICON`.

    Returns:
        The parsed, immutable article.

    Raises:
        TypeError: ``text`` is not a ``str``.
        newsmodel.exceptions.EmptyArticleError: ``text`` is empty or whitespace.
        newsmodel.exceptions.ParseError: ``strict=True`` and the text has an
            error-severity diagnostic.

    .. versionadded:: 0.1.0
    """
    given: object = text
    if not isinstance(given, str):
        kind = type(given).__name__
        hint = (
            " Decode it first, e.g. data.decode('utf-8')."
            if isinstance(given, (bytes, bytearray))
            else " Read the file first, e.g. Path(p).read_text(encoding='utf-8')."
            if hasattr(given, "read_text")
            else " Pass the article's text, e.g. parse(str(value)) if it is text."
        )
        msg = f"parse() takes the article's text as a str, not {kind}.{hint}"
        raise TypeError(msg)
    # One expression: no name holds the earlier stages' articles while the
    # later ones replace their parts.
    article = attribute(
        find_quotes(parse_structure(text)),
        lexicon if lexicon is not None else DEFAULT_LEXICON,
    )
    if strict:
        for diagnostic in article.diagnostics:
            if diagnostic.severity is Severity.ERROR:
                line, column = _line_and_column(text, diagnostic.start)
                raise ParseError(
                    diagnostic.message,
                    offset=diagnostic.start,
                    line=line,
                    column=column,
                    code=diagnostic.code,
                )
    return article
