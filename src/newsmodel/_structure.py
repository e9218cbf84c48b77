r"""Stage 1: split the text into headline, byline, dateline, paragraphs and footer.

The parser works on lines. A line ends at ``\n``, ``\r\n`` or ``\r``; a line is
*blank* when it holds only blank characters: Unicode whitespace (what
:meth:`str.isspace` accepts, tabs and non-breaking spaces included) and the
byte-order mark U+FEFF. Every part of the article is trimmed of blank
characters at both ends, so offsets never point at a BOM, an indent or trailing
whitespace. A text made only of blank characters (a BOM and newlines, say) is
empty and raises :class:`~newsmodel.exceptions.EmptyArticleError` (its
``code`` is ``"empty-article"``).

1. The **headline** is the first non-blank line; its kicker is split off as
   described in the headline rules (a short topic label before a colon).
2. A **byline** (``By Jane Doe and John Roe``) is looked for among the first
   three non-blank lines after the headline.
3. A **copyright footer** is looked for among the last five remaining lines:
   the earliest line there that reads as a footer starts it, and up to three
   following lines that read as a rights statement (``All rights reserved``,
   ``This material may not be published ...``) continue it. Any text after the
   footer is kept as an unclassified :class:`~newsmodel.Block` with the reason
   ``"after-footer"``.
4. The remaining lines are the **paragraphs**. When the text has a blank
   line anywhere between its lines (after the headline, between paragraphs,
   before the footer), it is written in blocks: each block of lines between
   blank lines is one paragraph, even when it is hard-wrapped over several
   lines (its text keeps the line breaks), unless one of its lines is longer
   than 120 characters. No tool wraps that wide, so such a block holds
   paragraphs written one a line, and each of its lines is a paragraph.
   Without any blank line, each line is one paragraph.
5. A paragraph that is only a section label, ``ABSTRACT.`` or ``FULL TEXT.``,
   is kept as an unclassified block with the reason ``"section-label"``.
6. A **dateline** (``MOSCOW (Reuters) -``) that opens the first paragraph is
   split off; the paragraph then starts after the dateline and its spaces.

Every non-blank character of the source lies in exactly one of the headline,
the byline, the dateline, a paragraph, the footer or an unclassified block.

.. rubric:: Diagnostics

Each oddity is reported once per article, at its first occurrence; the message
says how many there are in all.

====================== ======== ===============================================
Code                   Severity Meaning
====================== ======== ===============================================
``empty-body``         error    The article has a headline but no paragraph.
                                Under ``strict=True`` it raises
                                :class:`~newsmodel.exceptions.ParseError`.
``long-headline``      warning  The first line, taken as the headline, is longer
                                than 300 characters: the text probably has no
                                headline line.
``after-footer``       warning  Text follows the copyright footer; it is kept as
                                an unclassified block.
``control-character``  warning  The text holds control characters (C0 or C1,
                                other than tab, line feed and carriage return).
``unpaired-surrogate`` warning  The text holds surrogate code points, which no
                                valid Unicode text contains.
``replacement-char``   warning  The text holds U+FFFD: it was decoded with
                                errors replaced, and some characters are lost.
``mojibake``           warning  The text looks like UTF-8 decoded as Latin-1 or
                                Windows-1252 (``JosÃ©`` for ``José``).
``markup``             info     The text holds markup tags such as
                                ``<tweet ...>``; they are kept as text.
``section-label``      info     The text holds section labels, paragraphs that
                                read ``ABSTRACT.`` or ``FULL TEXT.`` (as in New
                                York Times archives); they are kept as
                                unclassified blocks with the reason
                                ``"section-label"``.
``no-footer``          info     The article has no copyright footer. Its span is
                                empty, at the end of the text.
====================== ======== ===============================================
"""

import re
from typing import NamedTuple

import regex

from ._byline import match_byline, match_dateline
from ._copyright import is_statement_line, join_statement, match_footer
from ._headline import BLANKS, split_headline
from ._model import (
    Article,
    Block,
    Byline,
    Copyright,
    Dateline,
    Diagnostic,
    Headline,
    Paragraph,
    Severity,
)
from .exceptions import EmptyArticleError

__all__ = ["parse_structure"]

_BYLINE_WINDOW = 3
_FOOTER_WINDOW = 5
_MAX_STATEMENT_LINES = 3
_LONG_HEADLINE = 300
_WRAP_WIDTH = 120

_LINE = regex.compile(r"[^\r\n]+")
_SECTION_LABEL = regex.compile(r"(?:ABSTRACT|FULL TEXT)[.:]?")
_LABEL_NOUNS = ("section label", "section labels")
_NOT_BLANK = regex.compile(
    "[^" + "".join(f"\\u{ord(char):04x}" for char in BLANKS) + "]"
)

_CP1252_TAIL = (
    "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"  # bytes 0x80-0xBF read as cp1252 or Latin-1
)
_SCANS = (
    (
        "control-character",
        Severity.WARNING,
        regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+"),
        ("control character", "control characters"),
    ),
    (
        "unpaired-surrogate",
        Severity.WARNING,
        regex.compile(r"[\ud800-\udfff]+"),
        ("surrogate code point", "surrogate code points"),
    ),
    (
        "replacement-char",
        Severity.WARNING,
        regex.compile(r"\ufffd+"),
        ("replacement character (U+FFFD)", "replacement characters (U+FFFD)"),
    ),
    (
        "mojibake",
        Severity.WARNING,
        regex.compile(rf"[ÂÃ][{_CP1252_TAIL}]|â€[{_CP1252_TAIL}]?"),
        (
            "sequence that looks like UTF-8 decoded as Latin-1 or Windows-1252",
            "sequences that look like UTF-8 decoded as Latin-1 or Windows-1252",
        ),
    ),
    (
        "markup",
        Severity.INFO,
        regex.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>\r\n]{0,300})?/?>"),
        ("markup tag", "markup tags"),
    ),
)

_ODDITY = re.compile(
    "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufffd\\xc2\\xc3\\xe2<]"
)
"""The first characters of every pattern of :data:`_SCANS`: one pass over a text
without any of them shows that it has none of the oddities. A plain character
class means the same to :mod:`re` as to :mod:`regex`, and :mod:`re` tests it
faster."""


class _Line(NamedTuple):
    """A non-blank line, trimmed: ``source[start:end]``, in block ``block``."""

    start: int
    end: int
    block: int


def _lines(source: str) -> list[_Line]:
    """Split ``source`` into its non-blank lines, numbering the blocks."""
    lines: list[_Line] = []
    block = 0
    previous_end = 0
    blank_before = False
    for match in _LINE.finditer(source):
        start, end = match.span()
        # The gap holds only ``\r`` and ``\n``: two or more of them are two
        # line breaks or more (a blank line), except ``\r\n``.
        if start - previous_end > 1 and source[previous_end:start] != "\r\n":
            blank_before = True
        previous_end = end
        text = match.group()
        left = text.lstrip(BLANKS)
        if not left:
            blank_before = True
            continue
        if blank_before and lines:
            block += 1
        blank_before = False
        lines.append(_Line(end - len(left), start + len(text.rstrip(BLANKS)), block))
    return lines


def _count(count: int, nouns: tuple[str, str]) -> str:
    """Say ``count`` with the singular or plural of ``nouns``."""
    return f"{count} {nouns[0] if count == 1 else nouns[1]}"


def _scan(source: str) -> list[Diagnostic]:
    """Report the character-level oddities of ``source``."""
    diagnostics: list[Diagnostic] = []
    if _ODDITY.search(source) is None:
        return diagnostics  # most texts
    for code, severity, pattern, nouns in _SCANS:
        first = pattern.search(source)
        if first is None:
            continue
        found = pattern.findall(source)
        # Runs of characters count character by character; sequences and tags
        # count one each.
        count = len(found) if code in {"mojibake", "markup"} else len("".join(found))
        diagnostics.append(
            Diagnostic(
                code=code,
                message=f"The text holds {_count(count, nouns)}; the first is at "
                f"offset {first.start()}.",
                start=first.start(),
                end=first.end(),
                severity=severity,
            )
        )
    return diagnostics


def _find_byline(source: str, body: list[_Line]) -> tuple[int, Byline] | None:
    """Find the byline among the first lines of ``body``: its index and node."""
    for index, line in enumerate(body[:_BYLINE_WINDOW]):
        text = source[line.start : line.end]
        authors = match_byline(text)
        if authors is not None:
            return index, Byline(
                text=text, start=line.start, end=line.end, authors=authors
            )
    return None


def _find_footer(
    source: str, lines: list[_Line], first: int
) -> tuple[int, int, Copyright] | None:
    """Find the footer in ``lines[first:]``: its first and past-last line, and node."""
    for index in range(max(first, len(lines) - _FOOTER_WINDOW), len(lines)):
        line = lines[index]
        found = match_footer(source[line.start : line.end])
        if found is None:
            continue
        statement = found.statement
        last = index + 1
        while last < len(lines) and last - index <= _MAX_STATEMENT_LINES:
            more = source[lines[last].start : lines[last].end]
            if not is_statement_line(more):
                break
            statement = join_statement(statement, more)
            last += 1
        end = lines[last - 1].end
        return (
            index,
            last,
            Copyright(
                text=source[line.start : end],
                start=line.start,
                end=end,
                holder=found.holder,
                year=found.year,
                statement=statement,
            ),
        )
    return None


def _paragraph_spans(
    lines: list[tuple[int, _Line]], *, blocks: bool
) -> list[tuple[int, int]]:
    """Group the paragraph lines (with their line numbers) into paragraph spans.

    ``blocks`` tells whether the article separates its blocks with blank lines.
    """
    if not blocks:
        return [(line.start, line.end) for _, line in lines]
    runs: list[list[_Line]] = []
    previous = -2
    for number, line in lines:
        if runs and runs[-1][-1].block == line.block and previous + 1 == number:
            runs[-1].append(line)
        else:
            runs.append([line])
        previous = number
    spans: list[tuple[int, int]] = []
    for run in runs:
        if len(run) == 1:
            spans.append((run[0].start, run[0].end))  # either way below: one span
        elif any(line.end - line.start > _WRAP_WIDTH for line in run):
            spans.extend((line.start, line.end) for line in run)
        else:
            spans.append((run[0].start, run[-1].end))
    return spans


def _split_dateline(
    source: str, spans: list[tuple[int, int]]
) -> tuple[Dateline | None, list[tuple[int, int]]]:
    """Split a dateline off the first paragraph span, if it opens with one."""
    if not spans:
        return None, spans
    start, end = spans[0]
    found = match_dateline(source[start:end])
    if found is None:
        return None, spans
    after = start + found.length
    # The span ends with a non-blank character after the dash, so ``rest`` is
    # never all blank: the first paragraph starts at its first non-blank one.
    rest = source[after:end].lstrip(BLANKS)
    dateline = Dateline(
        text=source[start:after],
        start=start,
        end=after,
        place=found.place,
        date=found.date,
        agency=found.agency,
    )
    return dateline, [(end - len(rest), end), *spans[1:]]


def parse_structure(source: str) -> Article:
    """Build an :class:`Article` with its structure filled and no quotes yet.

    Args:
        source: The article's text.

    Returns:
        The article with its headline, byline, dateline, paragraphs, footer,
        unclassified blocks and diagnostics.

    Raises:
        EmptyArticleError: ``source`` holds only blank characters.
    """
    if _NOT_BLANK.search(source) is None:
        msg = "The article is empty: the text holds no characters but whitespace."
        raise EmptyArticleError(msg, code="empty-article")
    lines = _lines(source)
    head = lines[0]
    headline_text = source[head.start : head.end]
    kicker, title = split_headline(headline_text)
    headline = Headline(
        text=headline_text, start=head.start, end=head.end, kicker=kicker, title=title
    )
    diagnostics = _scan(source)
    if len(headline_text) > _LONG_HEADLINE:
        diagnostics.append(
            Diagnostic(
                code="long-headline",
                message=f"The first line, taken as the headline, is "
                f"{len(headline_text)} characters long: the text may have no "
                "headline line.",
                start=head.start,
                end=head.end,
                severity=Severity.WARNING,
            )
        )

    body = lines[1:]
    byline_found = _find_byline(source, body)
    byline = byline_found[1] if byline_found else None
    skipped = byline_found[0] if byline_found else -1
    footer_found = _find_footer(source, body, skipped + 1)
    copyright_ = footer_found[2] if footer_found else None
    stop = footer_found[0] if footer_found else len(body)
    unclassified: tuple[Block, ...] = ()
    if footer_found and footer_found[1] < len(body):
        after_start, after_end = body[footer_found[1]].start, body[-1].end
        unclassified = (
            Block(
                text=source[after_start:after_end],
                start=after_start,
                end=after_end,
                reason="after-footer",
            ),
        )
        diagnostics.append(
            Diagnostic(
                code="after-footer",
                message="Text follows the copyright footer; it is kept as an "
                "unclassified block.",
                start=after_start,
                end=after_end,
                severity=Severity.WARNING,
            )
        )
    if copyright_ is None:
        diagnostics.append(
            Diagnostic(
                code="no-footer",
                message="The article has no copyright footer.",
                start=len(source),
                end=len(source),
                severity=Severity.INFO,
            )
        )

    kept = [
        (number, line) for number, line in enumerate(body[:stop]) if number != skipped
    ]
    spans = _paragraph_spans(kept, blocks=lines[-1].block > 0)
    labels = [span for span in spans if _SECTION_LABEL.fullmatch(source, *span)]
    if labels:
        label_set = set(labels)
        spans = [span for span in spans if span not in label_set]
        unclassified = (
            *(
                Block(
                    text=source[start:end], start=start, end=end, reason="section-label"
                )
                for start, end in labels
            ),
            *unclassified,
        )
        diagnostics.append(
            Diagnostic(
                code="section-label",
                message=f"The text holds {_count(len(labels), _LABEL_NOUNS)} "
                "(ABSTRACT., FULL TEXT.); they are kept as unclassified blocks.",
                start=labels[0][0],
                end=labels[0][1],
                severity=Severity.INFO,
            )
        )
    dateline, spans = _split_dateline(source, spans)
    paragraphs = tuple(
        Paragraph(index=index, text=source[start:end], start=start, end=end)
        for index, (start, end) in enumerate(spans)
    )
    if not paragraphs:
        diagnostics.append(
            Diagnostic(
                code="empty-body",
                message="The article has a headline but no paragraph.",
                start=head.end,
                end=len(source),
                severity=Severity.ERROR,
            )
        )
    diagnostics.sort(key=lambda diagnostic: (diagnostic.start, diagnostic.code))
    return Article(
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        paragraphs=paragraphs,
        copyright=copyright_,
        unclassified=unclassified,
        diagnostics=tuple(diagnostics),
    )
