"""Copyright footer parsing.

A footer line starts with one or more copyright marks (``©``, ``(c)``,
``(C)``, ``Copyright``, ``COPYRIGHT``, ``Copr.``), then gives a holder and a
year in either order, then optionally a rights statement::

    © Copyright IBTimes 2024. All rights reserved.
    Copyright 2024 The Associated Press. All rights reserved. This material ...
    (c) 2023 Reuters
    Copyright © 2021-2024 Foo Media Ltd
    © 2024 BBC

The year is the last year of a range (``2021-2024`` and ``2021-24`` give
2024). A footer whose only mark is a word (``Copyright``) must give a year, so
that a sentence such as ``Copyright law is changing`` is not a footer. The
holder ends at the first full stop that closes a word of two letters or more
and is followed by a capital letter (``U.S. News`` stays whole); the rest is
the statement. A line that follows a footer and starts like a rights
statement (``All rights reserved``, ``This material may not be published``
...) continues it: see :func:`is_statement_line`.
"""

import attrs
import regex

__all__ = ["FooterMatch", "is_statement_line", "join_statement", "match_footer"]

_MAX_FOOTER_CHARS = 400
_MARK = r"(?:©|\([cC]\)|Copyright|COPYRIGHT|Copr\.)"
_FOOTER = regex.compile(
    rf"(?P<marks>{_MARK}(?:[ \t\xa0]*{_MARK})*)[ \t\xa0]*,?[ \t\xa0]*(?P<rest>.*)",
    regex.DOTALL,
)
_YEARS = regex.compile(
    r"(?<!\d)(?P<first>\d{4})(?:[ \xa0]*[-–—/][ \xa0]*(?P<last>\d{4}|\d{2}))?(?!\d)"
)
_HOLDER_END = regex.compile(r"(?<=\w\w)\.(?=\s+\p{Lu}|\s*$)")
_STATEMENT_START = regex.compile(
    r"(?:all\s+rights\s+reserved|some\s+rights\s+reserved|this\s+material\s+may"
    r"|no\s+part\s+of|reproduction|redistribution|reprinted|republished"
    r"|used\s+(?:by|with|under)\s+permission|distributed\s+by|licensed\s+under)",
    regex.IGNORECASE,
)
_BLANK_RUN = regex.compile(r"\s*[\r\n]\s*")


@attrs.frozen(kw_only=True)
class FooterMatch:
    """The parts of a copyright footer.

    .. versionadded:: 0.1.0
    """

    holder: str | None
    """Who holds the copyright, or ``None`` when the footer does not say."""
    year: int | None
    """The (last) year, or ``None`` when the footer gives none."""
    statement: str | None
    """The rights statement, or ``None``."""


def _year(match: "regex.Match[str]") -> int:
    """The last year of a ``first[-last]`` match (``2021-24`` gives 2024)."""
    first, last = match["first"], match["last"]
    if last is None:
        return int(first)
    if len(last) == 2:
        return int(first[:2] + last)
    return int(last)


def _split_holder(text: str) -> tuple[str | None, str | None]:
    """Split ``text`` into the holder and the statement after it."""
    text = text.lstrip(" \t\xa0,")
    if text.startswith("."):
        return None, text[1:].strip() or None
    end = _HOLDER_END.search(text)
    if end is None:
        holder, statement = text, ""
    else:
        holder, statement = text[: end.start()], text[end.end() :]
    holder = holder.rstrip(" \t\xa0,")
    holder = regex.sub(r"^by\s+", "", holder, flags=regex.IGNORECASE)
    statement = statement.strip()
    return holder or None, statement or None


def match_footer(line: str) -> FooterMatch | None:
    """Recognise a copyright footer line.

    Args:
        line: One line of the article, trimmed of surrounding whitespace.

    Returns:
        The footer's parts, or ``None`` when the line is not a footer.
    """
    if len(line) > _MAX_FOOTER_CHARS:
        return None
    match = _FOOTER.fullmatch(line)
    if match is None:
        return None
    rest = match["rest"]
    symbol = "©" in match["marks"] or "(" in match["marks"]
    years = _YEARS.match(rest)
    if years is not None:
        holder, statement = _split_holder(rest[years.end() :])
        return FooterMatch(holder=holder, year=_year(years), statement=statement)
    years = _YEARS.search(rest)
    if years is not None:
        holder = rest[: years.start()].strip(" \t\xa0,")
        after = rest[years.end() :]
        if (
            holder
            and holder[0].isupper()
            and len(holder.split()) <= 6
            and (not after or after[0] in ".,;:")
        ):
            statement = after[1:].strip() or None
            return FooterMatch(holder=holder, year=_year(years), statement=statement)
    if symbol and rest[:1].isupper():
        holder, statement = _split_holder(rest)
        return FooterMatch(holder=holder, year=None, statement=statement)
    return None


def is_statement_line(line: str) -> bool:
    """Tell whether a line continues a footer with a rights statement.

    Args:
        line: The line after a footer line, trimmed of surrounding whitespace.

    Returns:
        ``True`` when the line starts like a rights statement.
    """
    return len(line) <= _MAX_FOOTER_CHARS and bool(_STATEMENT_START.match(line))


def join_statement(statement: str | None, more: str) -> str:
    """Append a continuation line to a footer's statement.

    Args:
        statement: The statement so far, or ``None``.
        more: The continuation line.

    Returns:
        The statement with line breaks folded into single spaces.
    """
    joined = more if statement is None else f"{statement}\n{more}"
    folded: str = _BLANK_RUN.sub(" ", joined)
    return folded
