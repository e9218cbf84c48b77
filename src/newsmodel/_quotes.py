"""Stage 2: find every quotation, with exact spans.

The headline and each paragraph are scanned once, left to right, for quotation
marks. Each mark is given a role from the characters on either side of it (a
mark after a space and before a letter opens, one after a letter and before a
space or punctuation closes); where the surroundings do not tell, the glyph
decides (``“`` opens, ``”`` closes) and a straight mark closes when a quote of
its family is open. A stack then pairs the marks: a closing mark closes the
innermost open quote of its family, so quotes nest (``“He told me ‘no’,” she
said.``) and mixed pairs match (``"...”``).

Single marks double as apostrophes, so they are taken as quotation marks only
where an apostrophe cannot stand: never between two letters (``haven't``),
never before a left-out word or year (``'til``, ``'90s``, ``rock 'n' roll``),
and a mark that may end a plural possessive (``players' union``) closes a
quote only when no surer closing mark follows. A single mark left open at the
end of a paragraph was an apostrophe and is dropped without a word.

A paragraph that leaves a quote open and is followed by a paragraph opening
with a mark of the same family continues the quote there (a multi-paragraph
quote). The same quote run into one paragraph, as text that lost its paragraph
breaks has it (``"A. "B," he said.``), is one quote too: an opening double mark
after the end of a sentence, while a double quote is open, continues it.
Otherwise an open double quote ends at the end of its paragraph with an
``unclosed-quote`` warning, so an unbalanced mark never swallows the rest of
the article; a closing double mark with no quote open gets an
``unopened-quote`` warning. Two opening (or closing) double marks typed side
by side (``"“``) count as one mark.

Kinds are told from the words around the quote, without a model: a nickname
between two capitalised words (``Dwayne "The Rock" Johnson``) or a quote after
``so-called``, ``known as``, ``nicknamed`` or ``billed as`` is a
:attr:`~newsmodel.QuoteKind.TERM`; a capitalised quote after a word
such as ``film`` or ``book`` is a :attr:`~newsmodel.QuoteKind.TITLE`; a quote that opens
with a capital and stands as a sentence or clause of its own is
:attr:`~newsmodel.QuoteKind.DIRECT` (as is the second half of an interrupted quote);
anything embedded in the writer's sentence is :attr:`~newsmodel.QuoteKind.PARTIAL`.

Every scan is a single pass over the marks with a stack whose operations are
amortised constant time: extraction is linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from ._marks import (
    CLOSE_PREFERRING,
    CLOSING_PUNCTUATION,
    DOUBLE,
    ELISIONS,
    MARK_RE,
    OPEN_PREFERRING,
    OPENING_PUNCTUATION,
    TITLE_WORDS,
)
from ._model import Article, Diagnostic, Quote, QuoteKind, Severity, Span
from ._speakers import _OUTSIDE_FAST, _class_of

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["find_quotes"]

_OPEN = 1
_CLOSE = 2
_EITHER = 3

_MAX_NESTING = 3
"""Quotes nested deeper than this are left out of :attr:`Quote.nested`."""

_MARK_CHARS = frozenset("\"“”„‟«»'‘’‚‛‹›`")
_INSERTION_RE = regex.compile(r"\[[^\[\]]*\]")
_ELLIPSIS_RE = regex.compile(r"…|\.(?:[ \u00a0]?\.){2,}")
_ELLIPSIS_STARTS = ("…", "..", ". .", ".\u00a0.")
"""What every match of :data:`_ELLIPSIS_RE` holds."""
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_SHORT_CONTENT = 200
"""Quote contents up to this length are split into all their words at once."""
_NAMING = ("so-called", "so called", "known as", "nicknamed", "billed as")
"""Words after which a quote names something rather than quoting anyone."""
_TERMINAL = frozenset(".?!")
_SENTENCE_END = frozenset(".?!…")
_EMBEDDING = frozenset({"that", "to", "of", "as", "than", "whether", "if", "because"})
_RUNS_ON_RE = regex.compile(r"\s+\p{Ll}")
_NAME_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*\s$")
_NAME_AFTER_RE = regex.compile(r"\s\p{Lu}[\p{L}\p{M}]*(?![\p{L}\p{M}])")


class _KindPatterns(NamedTuple):
    """The patterns :func:`_kind` reads, in one engine or the other."""

    word: regex.Pattern[str] | re.Pattern[str]
    runs_on: regex.Pattern[str] | re.Pattern[str]
    name_before: regex.Pattern[str] | re.Pattern[str]
    name_after: regex.Pattern[str] | re.Pattern[str]


_KIND_PATTERNS = _KindPatterns(_WORD_RE, _RUNS_ON_RE, _NAME_BEFORE_RE, _NAME_AFTER_RE)
"""The patterns of :func:`_kind` for any text."""


def _fast_kind_patterns() -> _KindPatterns:
    """:data:`_KIND_PATTERNS` in the standard library's ``re``, for Latin text.

    Their character classes are read off the ``regex`` module for the
    characters of :data:`~newsmodel._speakers._FAST_RANGES`, so that on a
    text made of those both sets find the same matches; ``re`` calls cost
    less.
    """
    letter = _class_of(r"[\p{L}\p{M}]")
    upper = _class_of(r"\p{Lu}")
    lower = _class_of(r"\p{Ll}")
    space = _class_of(r"\s")
    return _KindPatterns(
        re.compile(f"[{letter}]+"),
        re.compile(f"[{space}]+[{lower}]"),
        re.compile(f"(?<![{letter}])[{upper}][{letter}]*[{space}]$"),
        re.compile(f"[{space}][{upper}][{letter}]*(?![{letter}])"),
    )


_FAST_KIND_PATTERNS = _fast_kind_patterns()
""":data:`_KIND_PATTERNS` for a text with no character outside the fast ranges."""


@attrs.define
class _Mark:
    """A quotation mark found in the text, with the role its surroundings give."""

    start: int
    end: int
    glyph: str
    double: bool
    role: int
    weak: bool = False
    """A single closing mark that may be an apostrophe (``players' union``)."""
    deferred: bool = False
    """A weak closing mark with a surer closing mark after it: an apostrophe."""


@attrs.define
class _Found:
    """A quote before its kind is told."""

    start: int
    end: int
    content_start: int
    content_end: int
    open_mark: str
    close_mark: str | None
    paragraph: int | None
    paragraphs: list[int]
    children: list[_Found]
    floor: int
    """Start of the paragraph (or headline) the quote starts in."""
    ceiling: int
    """End of the paragraph (or headline) the quote ends in."""


@attrs.define
class _Open:
    """An opening mark waiting for its closing mark."""

    mark: _Mark
    paragraph: int | None
    floor: int
    children: list[_Found] = attrs.Factory(list)


@attrs.define
class _Segment:
    """The headline or one paragraph, with its marks."""

    start: int
    end: int
    paragraph: int | None
    marks: list[_Mark]


def find_quotes(article: Article) -> Article:
    """Find every quotation in the headline and paragraphs of ``article``.

    Args:
        article: An article whose structure (headline, paragraphs) is filled.

    Returns:
        The article with :attr:`~newsmodel.Article.quotes` filled, in text
        order, and a diagnostic appended for every unbalanced mark.

    .. versionadded:: 0.1.0
    """
    source = article.source
    diagnostics: list[Diagnostic] = []
    fast = source.isascii() or _OUTSIDE_FAST.search(source) is None
    patterns = _FAST_KIND_PATTERNS if fast else _KIND_PATTERNS
    # Each quote is built as soon as its segment is scanned, and the marks of
    # a paragraph are found only when the scan reaches it: the marks and the
    # found quotes of a long article are never all alive at once, which
    # spares the garbage collector from following them.
    built: list[Quote] = []
    headline = article.headline
    if headline.end > headline.start:
        segment = _Segment(
            headline.start,
            headline.end,
            None,
            _marks(source, headline.start, headline.end),
        )
        for item in _scan(source, iter((segment,)), diagnostics):
            built.append(_build(source, item, len(built), 0, patterns))
    segments = (
        _Segment(p.start, p.end, p.index, _marks(source, p.start, p.end))
        for p in article.paragraphs
    )
    for item in _scan(source, segments, diagnostics):
        built.append(_build(source, item, len(built), 0, patterns))
    quotes = tuple(built)
    del built
    return attrs.evolve(
        article,
        quotes=quotes,
        diagnostics=(*article.diagnostics, *diagnostics),
    )


def _char(source: str, index: int, start: int, end: int) -> str | None:
    """Return ``source[index]``, or ``None`` outside ``[start, end)``."""
    return source[index] if start <= index < end else None


def _is_space(char: str | None) -> bool:
    return char is None or char.isspace()


def _marks(source: str, start: int, end: int) -> list[_Mark]:
    """Find the quotation marks of ``source[start:end]`` and give each a role."""
    tokens: list[tuple[int, int, str]] = []
    for match in MARK_RE.finditer(source, start, end):
        run = match.group()
        position = match.start()
        if len(run) == 1 or run[0] not in "'`":
            if (
                run not in DOUBLE
                and start < position
                and position + 1 < end
                and source[position - 1].isalnum()
                and source[position + 1].isalnum()
            ):
                continue  # haven't, it's, Russia's, 6'2: between letters or digits
            tokens.append((position, position + len(run), run))
            continue
        # A run of apostrophes or backticks: pairs are double marks. In opening
        # position (``''‘``) the odd one is the last; in closing position the first.
        before = _char(source, position - 1, start, end)
        opening = _is_space(before) or before in OPENING_PUNCTUATION
        odd = len(run) % 2
        cursor = position
        if odd and not opening:
            tokens.append((cursor, cursor + 1, run[0]))
            cursor += 1
        for _ in range(len(run) // 2):
            tokens.append((cursor, cursor + 2, run[:2]))
            cursor += 2
        if odd and opening:
            tokens.append((cursor, cursor + 1, run[0]))
    if not tokens:
        return []  # most paragraphs: no mark at all
    marks: list[_Mark] = []
    skip_until = -1
    for token_start, token_end, glyph in tokens:
        if token_start < skip_until:
            continue
        mark = _classify(source, token_start, token_end, glyph, start, end)
        if mark is None:
            continue
        if isinstance(mark, int):
            skip_until = mark
            continue
        previous = marks[-1] if marks else None
        if (
            previous is not None
            and previous.double
            and mark.double
            and previous.end == mark.start
            and previous.role == mark.role != _EITHER
            and previous.glyph in DOUBLE
        ):
            # A doubled mark (a typing slip such as "“): one mark.
            previous.end = mark.end
            previous.glyph += mark.glyph
            continue
        marks.append(mark)
    _defer_weak_closers(marks)
    return marks


def _classify(
    source: str, start: int, end: int, glyph: str, low: int, high: int
) -> _Mark | int | None:
    """Give a mark its role, or ``None`` when it is no quotation mark.

    Returns an offset instead when the mark starts an elision whose own closing
    apostrophe (``'n'``) must be skipped too. A single mark between two letters
    or digits never comes here: :func:`_marks` drops it first.
    """
    # :func:`_char` and :func:`_is_space`, inline: this runs for every mark.
    before = source[start - 1] if low <= start - 1 < high else None
    after = source[end] if low <= end < high else None
    before_space = before is None or before.isspace()
    after_space = after is None or after.isspace()
    can_open = (
        before_space or before in OPENING_PUNCTUATION or before in _MARK_CHARS
    ) and not after_space
    can_close = not before_space and (
        after_space or after in CLOSING_PUNCTUATION or after in _MARK_CHARS
    )
    if glyph in DOUBLE:
        if glyph == '"' and _is_inches(source, start, low):
            return None
        if can_open and not can_close:
            role = _OPEN
        elif can_close and not can_open:
            role = _CLOSE
        elif glyph in OPEN_PREFERRING:
            role = _OPEN
        elif glyph in CLOSE_PREFERRING:
            role = _CLOSE
        else:
            role = _EITHER
        return _Mark(start, end, glyph, double=True, role=role)
    if glyph in "'’‘" and not (before is not None and before.isalnum()):
        elision = _elision(source, end, high)
        if elision is not None:
            return elision
    if can_open and not can_close:
        return _Mark(start, end, glyph, double=False, role=_OPEN)
    if can_close and not can_open:
        weak = before is not None and before.isalnum() and after_space
        weak = weak and after is not None
        return _Mark(start, end, glyph, double=False, role=_CLOSE, weak=weak)
    if glyph == "‹":
        return _Mark(start, end, glyph, double=False, role=_OPEN)
    if glyph == "›":
        return _Mark(start, end, glyph, double=False, role=_CLOSE)
    return None


def _is_inches(source: str, start: int, low: int) -> bool:
    """Tell whether the ``"`` at ``start`` ends a height such as ``6'2"``."""
    index = start - 1
    while index >= low and source[index].isdigit():
        index -= 1
    return (
        index < start - 1
        and index - 1 >= low
        and source[index] in "'’"
        and source[index - 1].isdigit()
    )


def _elision(source: str, after: int, high: int) -> int | None:
    """Tell whether the apostrophe ending at ``after`` marks left-out letters.

    Returns the offset up to which marks are skipped (past the elision's own
    closing apostrophe in ``rock 'n' roll``), or ``None`` for no elision.
    """
    if after + 2 <= high and source[after : after + 2].isdigit():
        follower = _char(source, after + 2, after, high)
        if follower is None or not follower.isdigit():
            return after  # '90s, '16
    match = _WORD_RE.match(source, after, high)
    if match is None or match.group().lower() not in ELISIONS:
        return None
    word_end: int = match.end()
    follower = _char(source, word_end, after, high)
    if follower is not None and follower in "'’":
        return word_end + 1
    return after


def _defer_weak_closers(marks: list[_Mark]) -> None:
    """Mark weak single closers followed by a surer one as apostrophes.

    The surer closer must come before any other opening single mark and any
    double mark, so that it closes the same quote.
    """
    surer: _Mark | None = None
    for mark in reversed(marks):
        if mark.double:
            surer = None
            continue
        if mark.role == _CLOSE and mark.weak:
            mark.deferred = surer is not None
        elif mark.role == _CLOSE:
            surer = mark
        else:
            surer = None


def _scan(
    source: str, segments: Iterator[_Segment], diagnostics: list[Diagnostic]
) -> Iterator[_Found]:
    """Pair the marks of consecutive segments into quotes.

    The quotes are given in order, those of a segment once it is scanned;
    only the segment after it is read ahead.
    """
    finished: list[_Found] = []
    carried: _Open | None = None
    following = next(segments, None)
    while following is not None:
        segment = following
        following = next(segments, None)
        stack: list[_Open] = []
        doubles = 0
        marks = segment.marks
        if carried is not None:
            marks = marks[1:]  # the continuation mark of a multi-paragraph quote
            stack.append(carried)
            doubles = int(carried.mark.double)
            carried = None
        for mark in marks:
            role = mark.role
            if role == _EITHER:
                role = _CLOSE if doubles else _OPEN
            if (
                role == _OPEN
                and mark.double
                and stack
                and stack[-1].mark.double
                and _after_sentence(source, mark.start, segment.start)
            ):
                continue  # ``"A. "B."``: a multi-paragraph quote run into one paragraph
            if role == _OPEN:
                stack.append(_Open(mark, segment.paragraph, segment.start))
                doubles += mark.double
                continue
            if mark.double:
                while stack and not stack[-1].mark.double:
                    _discard(stack, finished)
                if not stack:
                    diagnostics.append(
                        Diagnostic(
                            code="unopened-quote",
                            message=f"Closing quotation mark {mark.glyph} closes no quote.",
                            start=mark.start,
                            end=mark.end,
                            severity=Severity.WARNING,
                        )
                    )
                    continue
                doubles -= 1
            elif mark.deferred or not stack or stack[-1].mark.double:
                continue
            opened = stack.pop()
            item = _Found(
                opened.mark.start,
                mark.end,
                opened.mark.end,
                mark.start,
                opened.mark.glyph,
                mark.glyph,
                opened.paragraph,
                _paragraph_run(opened.paragraph, segment.paragraph),
                opened.children,
                opened.floor,
                segment.end,
            )
            (stack[-1].children if stack else finished).append(item)
        carried = _end_segment(
            source,
            segment,
            following,
            stack,
            finished,
            diagnostics,
        )
        yield from finished
        finished.clear()


def _after_sentence(source: str, start: int, low: int) -> bool:
    """Tell whether the mark at ``start`` follows a sentence's end and a space."""
    index = start - 1
    while index >= low and source[index].isspace():
        index -= 1
    return index < start - 1 and index >= low and source[index] in _SENTENCE_END


def _paragraph_run(first: int | None, last: int | None) -> list[int]:
    """List the paragraphs from ``first`` to ``last``; none for the headline."""
    if first is None or last is None:
        return []
    return list(range(first, last + 1))


def _discard(stack: list[_Open], finished: list[_Found]) -> None:
    """Drop the innermost open mark; its quotes go to the next one out."""
    dropped = stack.pop()
    (stack[-1].children if stack else finished).extend(dropped.children)


def _end_segment(
    source: str,
    segment: _Segment,
    following: _Segment | None,
    stack: list[_Open],
    finished: list[_Found],
    diagnostics: list[Diagnostic],
) -> _Open | None:
    """Close what the segment left open; return a quote that continues into ``following``."""
    if not stack:
        return None
    keep = next((i for i, entry in enumerate(stack) if entry.mark.double), 0)
    while len(stack) > keep + 1:
        dropped = stack[-1]
        if dropped.mark.double:
            diagnostics.append(_unclosed(dropped.mark))
        _discard(stack, finished)
    outer = stack.pop()
    for entry in stack:
        finished.extend(entry.children)
    if (
        following is not None
        and following.marks
        and following.paragraph == (segment.paragraph or 0) + 1
        and segment.paragraph is not None
        and following.marks[0].double == outer.mark.double
        and following.marks[0].role != _CLOSE
        and not source[following.start : following.marks[0].start].strip()
    ):
        return outer
    if not outer.mark.double:
        finished.extend(outer.children)
        return None
    diagnostics.append(_unclosed(outer.mark))
    end = segment.end
    while end > outer.mark.end and source[end - 1].isspace():
        end -= 1
    finished.append(
        _Found(
            outer.mark.start,
            end,
            outer.mark.end,
            end,
            outer.mark.glyph,
            None,
            outer.paragraph,
            _paragraph_run(outer.paragraph, segment.paragraph),
            outer.children,
            outer.floor,
            segment.end,
        )
    )
    return None


def _unclosed(mark: _Mark) -> Diagnostic:
    return Diagnostic(
        code="unclosed-quote",
        message=(
            f"Quotation mark {mark.glyph} is never closed; "
            "the quote is ended at the end of its paragraph."
        ),
        start=mark.start,
        end=mark.end,
        severity=Severity.WARNING,
    )


def _build(
    source: str, item: _Found, index: int, depth: int, patterns: _KindPatterns
) -> Quote:
    """Turn a found quote, and those nested in it, into a :class:`Quote`."""
    nested: tuple[Quote, ...] = ()
    if item.children and depth < _MAX_NESTING:
        nested = tuple(
            _build(source, child, number, depth + 1, patterns)
            for number, child in enumerate(item.children)
        )
    return Quote(
        index=index,
        text=source[item.start : item.end],
        start=item.start,
        end=item.end,
        content_start=item.content_start,
        content_end=item.content_end,
        open_mark=item.open_mark,
        close_mark=item.close_mark,
        kind=_kind(source, item, patterns),
        paragraph=item.paragraph,
        paragraphs=tuple(item.paragraphs),
        nested=nested,
        insertions=_spans(_INSERTION_RE, source, item, ("[",)),
        ellipses=_spans(_ELLIPSIS_RE, source, item, _ELLIPSIS_STARTS),
    )


def _spans(
    pattern: regex.Pattern[str], source: str, item: _Found, needles: tuple[str, ...]
) -> tuple[Span, ...]:
    """The matches of ``pattern`` in the quote's content.

    Every match holds one of ``needles``: a content without any has none, and
    looking for them is cheaper than matching.
    """
    start = item.content_start
    end = item.content_end
    for needle in needles:
        if source.find(needle, start, end) >= 0:
            break
    else:
        return ()
    return tuple(
        Span(text=match.group(), start=match.start(), end=match.end())
        for match in pattern.finditer(source, item.content_start, item.content_end)
    )


def _kind(
    source: str, item: _Found, patterns: _KindPatterns = _KIND_PATTERNS
) -> QuoteKind:
    """Tell a direct quote from a partial one, and speech from titles and terms."""
    content = source[item.content_start : item.content_end].strip()
    before = source[max(item.floor, item.start - 80) : item.start]
    after = source[item.end : min(item.ceiling, item.end + 40)]
    # The first words tell: no more than 13 are ever counted, so a long quote
    # is not split into all of its words.
    word_re = patterns.word
    if len(content) <= _SHORT_CONTENT:
        words = word_re.findall(content)
    else:
        matches: Iterator[re.Match[str] | regex.Match[str]] = word_re.finditer(content)
        words = [m.group() for m in itertools.islice(matches, 13)]
    if not words:
        return QuoteKind.TERM
    previous = word_re.findall(before[-40:])
    last = content[-1]
    # A quote ending in a full stop, a question or exclamation mark or a
    # comma is neither a nickname, nor a title, nor runs on: most quotes
    # are told by this first.
    closed = last in _TERMINAL or last == ","
    capital = words[0][0].isupper()
    if (
        not closed
        and item.paragraph is not None
        and len(words) <= 3
        and capital
        and patterns.name_before.search(before) is not None
        and patterns.name_after.match(after) is not None
    ):
        return QuoteKind.TERM  # a nickname: Dwayne "The Rock" Johnson
    lead = before.rstrip()
    if lead.lower().endswith(_NAMING):
        return QuoteKind.TERM  # ``so-called "..."``, ``known as "..."``
    if (
        not closed
        and capital
        and len(words) <= 12
        and previous
        and any(word.lower() in TITLE_WORDS for word in previous[-2:])
    ):
        return QuoteKind.TITLE
    if not closed and patterns.runs_on.match(after):
        return QuoteKind.PARTIAL  # the sentence runs on: "no opinion" when asked
    if previous and previous[-1] in _EMBEDDING and not lead.endswith((",", ":")):
        return QuoteKind.PARTIAL  # said that "It is ...", a bid to "Make ..."
    first = (
        content[0]
        if content[0].isalnum()
        else next((c for c in content if c.isalnum()), "")
    )
    if first.isupper():
        opens_sentence = not lead or lead[-1] in ".?!:;\"“”'’—–-("
        if opens_sentence or closed:
            return QuoteKind.DIRECT
    elif lead.endswith((",", ":")) and last in _TERMINAL:
        return QuoteKind.DIRECT  # the second half of "We hope," he said, "that..."
    return QuoteKind.PARTIAL
