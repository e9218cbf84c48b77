r"""Hypothesis strategies that generate realistic news articles.

Needs the ``hypothesis`` extra: ``pip install newsmodel[hypothesis]``.

:func:`articles` builds an :class:`~newsmodel.Article` directly, without calling
:func:`newsmodel.parse`: its :attr:`~newsmodel.Article.source` is the generated
text and every other field is what a correct parser produces from it, so a test
can check the parser against it:

>>> from hypothesis import given, settings
>>> import newsmodel
>>> from newsmodel.strategies import articles
>>> @settings(max_examples=10, database=None)
... @given(articles(layout="blank"))
... def test_headline(article: newsmodel.Article) -> None:
...     assert article.headline == newsmodel.parse(article.source).headline
>>> test_headline()

Once the package is installed, ``st.from_type(newsmodel.Article)`` draws from
``articles()``. The strategies for the parts (:func:`headlines`,
:func:`bylines`, :func:`datelines`, :func:`paragraphs`, :func:`quotes`,
:func:`copyrights`, :func:`speakers`, :func:`names`) return model objects
whose offsets count from the start of their own text: ``start`` is 0 and
``end`` is ``len(text)``.

Every word comes from hand-written pools of invented names, titles, places and
sentences. Only canonical, unambiguous constructions are generated; this is
the grammar.

**Layout.** The headline is the first line. ``"lines"``: one block a line, no
blank lines (byline, paragraphs and footer each on their own line).
``"blank"``: blocks separated by one blank line. ``"wrapped"``: as
``"blank"``, with paragraphs hard-wrapped at 40 to 78 columns (never inside a
mention, a cue, an insertion, a dateline or next to a dash); the line breaks
are part of :attr:`~newsmodel.Paragraph.text`. ``"crlf"``: as ``"lines"`` with
``\r\n`` newlines. The text ends with a newline or not.

**Blocks.** An optional byline line ``By A``, ``By A and B`` or
``By A, B and C`` follows the headline. An optional dateline opens the first
paragraph: ``PLACE (Agency) -``, ``PLACE, Mon. D (Agency) —``, ``PLACE —``;
the first paragraph starts after the dateline and one space. An optional
copyright footer is the last block, in one of the shapes :func:`copyrights`
documents (the two-line footer puts its statement on the next line).
Paragraphs are either narrative (one to three filler sentences: apostrophes of
contractions, possessives, plural possessives and elisions, abbreviations,
numbers and currency; no quotation marks, no names, no word of the cue
lexicon) or hold exactly one of the quote constructions below, which may be
preceded and followed by one filler sentence (except continuation,
unattributed and dash paragraphs, which hold the quote alone).

**Quotation marks.** Each quote draws one style: straight ``"…"``, curly
``“…”``, single curly ``‘…’``, single straight ``'…'``, guillemets ``«…»``
and ``‹…›``, low-high ``„…“``, backticks :literal:`\`\`…''`, doubled apostrophes
``''…''``, mixed (``"…”`` and ``“…"``), or curly marks typed the wrong way round
(``”…“``). Quotes inside a quote use the
style's inner marks (``“…‘…’…”``, ``'…"…"…'``, ``«…‹…›…»``). A quote's
content has only letter-internal apostrophes (``don't``, ``it’s``).

**Quotes** (``Q`` a direct quote with its marks, ``M`` a mention, ``C`` a cue):

- after, direct: ``Q, said M.`` (cue ``said``/``added``), ``Q, M C.``;
- before, direct: ``M C: Q`` (content ending in a full stop);
- before, partial: ``M C that Q`` (a clause, full stop inside the marks),
  ``M C that … "words" ….``, ``M accused … of … "words" ….``;
- after, partial: ``The vote was "a wake-up call," M said.``;
- between (an interrupted quote): ``"A," M said, "b."`` and
  ``"A," M said. "B."``: two quotes, both with placement ``BETWEEN``, the
  same mention, cue and speaker;
- according to: ``The talks were "going nowhere," according to M.`` (partial);
- dash: ``"…." — First Last, role`` (cue ``None``, the role is a title);
- headline: ``Surname: 'Words'`` (direct, the cue is the colon with lemma
  ``say``, placement ``HEADLINE``; the same person is introduced by full name
  in the first quote of the body);
- continuation: a paragraph that is only a direct quote, after a quote
  paragraph: it inherits the previous quote's mention (same span), speaker
  and cue (the same cue, standing before the quote), with placement and
  method ``CONTINUATION``;
- multi-paragraph: ``M C: "A.`` then a paragraph ``"B."`` (or ``"A.`` then
  ``"B," M C.``), one quote from the first opening mark to the final closing
  mark, covering both paragraphs;
- nested: a direct quote's content may hold ``he told me 'no'`` (the inner
  quote is :attr:`~newsmodel.QuoteKind.PARTIAL`, unattributed, in
  :attr:`~newsmodel.Quote.nested`), an editorial insertion ``[the talks]``
  and an ellipsis (``...`` or ``…``), each spanned on the quote.

Content spans run from just after the opening mark to just before the closing
mark, so punctuation inside the marks (``,`` ``.``) belongs to the content.

**Mentions.** A mention is the noun phrase naming the speaker: a title before
a name is part of it (``Russian President Vladimir Putin``), an apposition
after it is not (``Hugh Hill, a doctor, said``: mention ``Hugh Hill``, title
``doctor``). A person's first mention in the body is the full name (with or
without a title or an apposition); later ones are the full name, the surname,
``Mr.``/``Mr``/``Ms.``/``Ms`` and the surname, ``the`` and the title's head
(``the president`` after ``Russian President Vladimir Putin``, only while no
other speaker holds a title it could mean), or a pronoun (``he``, ``she``)
that only ever refers to the speaker of the quote just before; ``the`` and
pronouns are capitalised at the start of a sentence. Organisations (``the Kremlin``) are written as they
are named; descriptions (``a senior official``, capitalised at the start of
a sentence) stand for someone new, so each is used once. Methods: a name is
``EXPLICIT``, a pronoun ``PRONOUN``, an organisation, a description or a
title reference (``the president``) ``NOMINAL``.

**Speakers.** A person's canonical name is first name and surname, their
titles are the titles and appositions of all their mentions in order of first
appearance (honorifics such as ``Mr.`` are not titles), and their gender is
set only when an honorific, a pronoun or a first name of
:attr:`DEFAULT_LEXICON.given_names <newsmodel.lexicon.Lexicon.given_names>`
tells it. An organisation's or a
description's name drops a leading article (``Kremlin``, ``senior
official``). :attr:`~newsmodel.Article.speakers` lists every speaker in
order of first mention (the headline included), each with every mention
(pronouns included) and the indices of its quotes;
:attr:`~newsmodel.Article.people` lists the persons among them (the text names
no one else, apart from byline authors). Confidence is always ``1.0``: it is
not part of what a parser is checked against. Unclassified blocks are empty;
so are diagnostics, which are left to the parser (it may, for one, note a
missing footer): compare the fields above.

.. versionadded:: 0.1.0
"""

import functools
import string
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Literal, NamedTuple, TypeVar, get_args

import attrs
from hypothesis import strategies as st

from . import _strategies_pools as pools
from ._model import (
    Article,
    Attribution,
    Byline,
    Copyright,
    Cue,
    Dateline,
    Headline,
    Mention,
    Method,
    Paragraph,
    Placement,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)
from .lexicon import DEFAULT_LEXICON

__all__ = [
    "LAYOUTS",
    "QUOTE_STYLES",
    "articles",
    "bylines",
    "copyrights",
    "datelines",
    "headlines",
    "names",
    "paragraphs",
    "quotes",
    "speakers",
]

T = TypeVar("T")

Layout = Literal["lines", "blank", "wrapped", "crlf"]

LAYOUTS: tuple[Layout, ...] = ("lines", "blank", "wrapped", "crlf")
"""The paragraph layouts :func:`articles` knows."""


class _Style(NamedTuple):
    open: str
    close: str
    inner_open: str | None
    inner_close: str | None


_STYLES: dict[str, _Style] = {
    "straight": _Style('"', '"', "'", "'"),
    "curly": _Style("“", "”", "‘", "’"),
    "single-curly": _Style("‘", "’", "“", "”"),
    "single-straight": _Style("'", "'", '"', '"'),
    "guillemets": _Style("«", "»", "‹", "›"),
    "single-guillemets": _Style("‹", "›", None, None),
    "low-high": _Style("„", "“", None, None),
    "backticks": _Style("``", "''", None, None),
    "doubled-apostrophes": _Style("''", "''", None, None),
    "straight-curly": _Style('"', "”", "‘", "’"),
    "curly-straight": _Style("“", '"', "‘", "’"),
    "reversed-curly": _Style("”", "“", None, None),
}

QUOTE_STYLES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {name: (style.open, style.close) for name, style in _STYLES.items()}
)
"""The quotation mark styles, by name: the opening and the closing mark."""

_HEADLINE_STYLES: tuple[str, ...] = (
    "single-straight",
    "single-curly",
    "curly",
    "straight",
)


# --------------------------------------------------------------------------
# The writer: appends text and hands out offsets into it.


class _Writer:
    """Accumulates the source text; every ``write`` returns its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.protected: list[tuple[int, int]] = []

    def write(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def protect(self, span: tuple[int, int]) -> tuple[int, int]:
        self.protected.append(span)
        return span

    def text(self) -> str:
        return "".join(self.parts)


@attrs.define
class _QuoteRec:
    start: int
    content_start: int
    open_mark: str
    kind: QuoteKind
    paragraph: int | None
    end: int = 0
    content_end: int = 0
    close_mark: str | None = None
    paragraphs: list[int] = attrs.Factory(list)
    nested: list["_QuoteRec"] = attrs.Factory(list)
    insertions: list[tuple[int, int]] = attrs.Factory(list)
    ellipses: list[tuple[int, int]] = attrs.Factory(list)
    attribution: "_AttrRec | None" = None


@attrs.define
class _AttrRec:
    mention: tuple[int, int]
    speaker: str
    cue: tuple[int, int, str] | None
    placement: Placement
    method: Method


@attrs.define
class _SpeakerRec:
    name: str
    kind: SpeakerKind
    titles: list[str] = attrs.Factory(list)
    gender: str | None = None
    mentions: list[tuple[int, int]] = attrs.Factory(list)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@functools.cache
def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    """``st.integers(low, high)``, built once (drawing is the hot path)."""
    return st.integers(low, high)


_BOOLS = st.booleans()


def _pick(draw: st.DrawFn, options: Sequence[T]) -> T:
    """Draw one of ``options``, shrinking towards the first (as ``sampled_from``)."""
    return options[draw(_ints(0, len(options) - 1))]


# --------------------------------------------------------------------------
# Quote contents.


def _write_content(
    draw: st.DrawFn,
    w: _Writer,
    style: _Style,
    rec: _QuoteRec,
    *,
    end: str,
    lower: bool = False,
    extras: bool = True,
) -> None:
    """Write a direct quote's words (one or two sentences) ending in ``end``."""
    paragraph = rec.paragraphs[-1] if rec.paragraphs else None
    n_sentences = draw(_ints(1, 2))
    for i in range(n_sentences):
        if i:
            w.write(". ")
        shape = draw(_ints(0, 4)) if extras else 0
        lowercase = i == 0 and lower
        if shape == 1 and style.inner_open is not None and style.inner_close:
            lead = _pick(draw, pools.NESTED_LEADS)
            w.write((lead if lowercase else _cap(lead)) + " ")
            words = _pick(draw, pools.NESTED_WORDS)
            start, _ = w.write(style.inner_open)
            inner = _QuoteRec(
                start=start,
                content_start=start + len(style.inner_open),
                open_mark=style.inner_open,
                kind=QuoteKind.PARTIAL,
                paragraph=paragraph,
                paragraphs=[] if paragraph is None else [paragraph],
            )
            w.write(words)
            inner.content_end = w.pos
            _, inner.end = w.write(style.inner_close)
            inner.close_mark = style.inner_close
            rec.nested.append(inner)
            continue
        if shape == 2:
            clause = _pick(draw, pools.INSERTIONS)
            before, _, rest = clause.partition("[")
            inserted, _, after = rest.partition("]")
            w.write(before if lowercase else _cap(before))
            rec.insertions.append(w.protect(w.write(f"[{inserted}]")))
            w.write(after)
            continue
        clause = _pick(draw, pools.CLAUSES)
        w.write(clause if lowercase else _cap(clause))
        if shape == 3:
            w.write(" ")
            rec.ellipses.append(w.protect(w.write(_pick(draw, pools.ELLIPSES))))
            others = [c for c in pools.CLAUSES if c != clause]
            w.write(" " + _pick(draw, others))
    w.write(end)


def _open_quote(
    w: _Writer, style: _Style, kind: QuoteKind, paragraph: int | None
) -> _QuoteRec:
    start, content_start = w.write(style.open)
    return _QuoteRec(
        start=start,
        content_start=content_start,
        open_mark=style.open,
        kind=kind,
        paragraph=paragraph,
        paragraphs=[] if paragraph is None else [paragraph],
    )


def _close_quote(w: _Writer, style: _Style, rec: _QuoteRec) -> _QuoteRec:
    rec.content_end = w.pos
    _, rec.end = w.write(style.close)
    rec.close_mark = style.close
    return rec


def _direct(
    draw: st.DrawFn,
    w: _Writer,
    style: _Style,
    paragraph: int,
    *,
    end: str,
    lower: bool = False,
) -> _QuoteRec:
    rec = _open_quote(w, style, QuoteKind.DIRECT, paragraph)
    _write_content(draw, w, style, rec, end=end, lower=lower)
    return _close_quote(w, style, rec)


def _partial_words(w: _Writer, style: _Style, words: str, paragraph: int) -> _QuoteRec:
    rec = _open_quote(w, style, QuoteKind.PARTIAL, paragraph)
    w.write(words)
    return _close_quote(w, style, rec)


# --------------------------------------------------------------------------
# Filler text.


def _money(draw: st.DrawFn) -> str:
    shape = draw(_ints(0, 3))
    if shape == 0:
        return f"${draw(_ints(1, 9))}.{draw(_ints(10, 99))}bn"
    if shape == 1:
        return f"£{draw(_ints(1, 99)) * 10}m"
    if shape == 2:
        return f"€{draw(_ints(1, 9))}.{draw(_ints(1, 9))} billion"
    return f"${draw(_ints(2, 900))} million"


def _percent(draw: st.DrawFn) -> str:
    if draw(_BOOLS):
        return f"{draw(_ints(1, 99))}%"
    return f"{draw(_ints(0, 9))}.{draw(_ints(1, 9))}%"


_SLOTS: dict[str, Callable[[st.DrawFn], object]] = {
    "pct": _percent,
    "pct2": _percent,
    "money": _money,
    "money2": _money,
    "number": lambda draw: draw(_ints(2, 12)),
    "thousands": lambda draw: f"{draw(_ints(1, 99))},{draw(_ints(100, 999))}",
    "weekday": lambda draw: _pick(draw, pools.WEEKDAYS),
    "month_name": lambda draw: _pick(draw, pools.MONTH_NAMES),
    "city": lambda draw: _pick(draw, pools.CITIES),
}

_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (
        template,
        tuple(field for _, field, _, _ in string.Formatter().parse(template) if field),
    )
    for template in pools.FILLER
)


def _sentence(draw: st.DrawFn) -> str:
    template, fields = _pick(draw, _FIELDS)
    return template.format(**{field: _SLOTS[field](draw) for field in fields})


def _filler(draw: st.DrawFn) -> str:
    count = draw(_ints(1, 3))
    return " ".join(_sentence(draw) for _ in range(count))


# --------------------------------------------------------------------------
# Speakers and mentions.


class _Cast:
    """The speakers of one article and how they have been mentioned so far."""

    def __init__(
        self,
        people: Sequence[pools.Person],
        orgs: Sequence[pools.Organisation],
        descriptions: Sequence[pools.Organisation],
    ) -> None:
        self.people = list(people)
        self.orgs = list(orgs)
        self.descriptions = list(descriptions)
        self.records: dict[str, _SpeakerRec] = {}
        self.introduced: set[str] = set()
        self.last: str | None = None
        self.pre_titles: dict[str, str] = {}

    def title_reference(self, key: str) -> str | None:
        """``the president`` for ``key``, when no one else's title could be meant."""
        title = self.pre_titles.get(key)
        if title is None:
            return None
        reference = pools.TITLE_REFERENCES[title]
        for other, rec in self.records.items():
            if other != key and any(t.lower().endswith(reference) for t in rec.titles):
                return None
        return reference

    def record(self, key: str, kind: SpeakerKind) -> _SpeakerRec:
        if key not in self.records:
            self.records[key] = _SpeakerRec(name=key, kind=kind)
        return self.records[key]

    def add_title(self, key: str, title: str) -> None:
        rec = self.records[key]
        if title not in rec.titles:
            rec.titles.append(title)


class _Who(NamedTuple):
    """A drawn speaker: its key, and the person or the organisation/description."""

    key: str
    person: pools.Person | None
    nominal: pools.Organisation | None
    kind: SpeakerKind


def _person_key(person: pools.Person) -> str:
    return f"{person.first} {person.last}"


def _draw_who(draw: st.DrawFn, cast: _Cast, *, person_only: bool = False) -> _Who:
    options: list[_Who] = [
        _Who(_person_key(p), p, None, SpeakerKind.PERSON) for p in cast.people
    ]
    if not person_only:
        options += [_Who(o.name, None, o, SpeakerKind.ORGANISATION) for o in cast.orgs]
        options += [
            _Who(d.name, None, d, SpeakerKind.DESCRIPTION) for d in cast.descriptions
        ]
    who = _pick(draw, options)
    if who.kind is SpeakerKind.DESCRIPTION and who.nominal is not None:
        # "a senior official" introduces someone new each time: use it once.
        cast.descriptions.remove(who.nominal)
    return who


def _mention(
    draw: st.DrawFn,
    w: _Writer,
    cast: _Cast,
    who: _Who,
    *,
    initial: bool,
    apposition: bool = False,
    pronoun: bool = True,
) -> tuple[tuple[int, int], Method]:
    """Write a mention of ``who``; return its span and the method that finds it.

    With ``apposition`` the mention may be followed by ``, a doctor,`` (its
    trailing comma written too); without ``pronoun`` it is never a pronoun.
    """
    if who.nominal is not None:
        cast.record(who.key, who.kind)
        text = _cap(who.nominal.mention) if initial else who.nominal.mention
        span = w.protect(w.write(text))
        cast.records[who.key].mentions.append(span)
        cast.last = who.key
        return span, Method.NOMINAL
    person = who.person
    assert person is not None  # noqa: S101 -- a _Who is a person or an organisation
    rec = cast.record(who.key, SpeakerKind.PERSON)
    method = Method.EXPLICIT
    if who.key not in cast.introduced:
        shape = draw(_ints(0, 2 if apposition else 1))
        if shape == 1:
            title = _pick(draw, pools.TITLES)
            cast.add_title(who.key, title)
            cast.pre_titles[who.key] = title
            span = w.protect(w.write(f"{title} {who.key}"))
        else:
            span = w.protect(w.write(who.key))
        if shape == 2:
            written, title = _pick(draw, pools.APPOSITIONS)
            w.write(f", {written},")
            cast.add_title(who.key, title)
        cast.introduced.add(who.key)
    else:
        choices = ["full", "surname", "honorific"]
        if pronoun and cast.last == who.key:
            choices.append("pronoun")
        reference = cast.title_reference(who.key)
        if reference is not None:
            choices.append("title")
        choice = _pick(draw, choices)
        if choice == "title":
            article = "The" if initial else "the"
            span = w.protect(w.write(f"{article} {reference}"))
            method = Method.NOMINAL
        elif choice == "pronoun":
            word = "he" if person.gender == "male" else "she"
            span = w.protect(w.write(_cap(word) if initial else word))
            rec.gender = person.gender
            method = Method.PRONOUN
        elif choice == "honorific":
            honorific = "Mr" if person.gender == "male" else "Ms"
            dot = _pick(draw, (".", ""))
            span = w.protect(w.write(f"{honorific}{dot} {person.last}"))
            rec.gender = person.gender
        elif choice == "surname":
            span = w.protect(w.write(person.last))
        else:
            span = w.protect(w.write(who.key))
    rec.mentions.append(span)
    cast.last = who.key
    return span, method


def _cue(w: _Writer, cue: pools.Cue) -> tuple[int, int, str]:
    start, end = w.protect(w.write(cue.text))
    return start, end, cue.lemma


# --------------------------------------------------------------------------
# Paragraph constructions. Each writes one paragraph (or two for a
# multi-paragraph quote) and returns the quotes it made.

_Unit = Literal[
    "filler",
    "after",
    "after-inverted",
    "before",
    "before-that",
    "partial-that",
    "accuse",
    "partial-after",
    "between",
    "according-to",
    "dash",
    "continuation",
    "multi",
    "unattributed",
]

_ATTRIBUTED_UNITS: tuple[_Unit, ...] = tuple(
    unit for unit in get_args(_Unit) if unit not in {"filler", "unattributed"}
)


class _Context:
    """What a paragraph construction needs: the writer, the cast, the separator."""

    def __init__(self, w: _Writer, cast: _Cast, separator: str) -> None:
        self.w = w
        self.cast = cast
        self.separator = separator
        self.paragraphs: list[tuple[int, int]] = []
        self.quotes: list[_QuoteRec] = []
        self.last_attribution: _AttrRec | None = None
        self.after_quote = False
        self.forced: _Who | None = None

    def begin(self) -> int:
        if self.paragraphs:
            self.w.write(self.separator)
        self.paragraphs.append((self.w.pos, -1))
        return len(self.paragraphs) - 1

    def end(self) -> None:
        start, _ = self.paragraphs[-1]
        self.paragraphs[-1] = (start, self.w.pos)

    def who(self, draw: st.DrawFn, *, person_only: bool = False) -> _Who:
        if self.forced is not None:
            forced, self.forced = self.forced, None
            return forced
        return _draw_who(draw, self.cast, person_only=person_only)

    def attribute(
        self,
        rec: _QuoteRec,
        who: _Who,
        mention: tuple[tuple[int, int], Method],
        cue: tuple[int, int, str] | None,
        placement: Placement,
    ) -> None:
        rec.attribution = _AttrRec(
            mention=mention[0],
            speaker=who.key,
            cue=cue,
            placement=placement,
            method=mention[1],
        )
        self.last_attribution = rec.attribution


_STYLE_LIST: tuple[_Style, ...] = tuple(_STYLES.values())


def _draw_style(draw: st.DrawFn) -> _Style:
    return _pick(draw, _STYLE_LIST)


def _unit(draw: st.DrawFn, ctx: _Context, unit: _Unit) -> None:
    w = ctx.w
    if unit == "continuation" and not ctx.after_quote:
        unit = "after"
    ctx.after_quote = unit not in {"filler", "unattributed"}
    if unit == "filler":
        ctx.begin()
        w.write(_filler(draw))
        ctx.end()
        return
    style = _draw_style(draw)
    if unit in {"unattributed", "continuation"}:
        index = ctx.begin()
        rec = _direct(draw, w, style, index, end=".")
        ctx.end()
        ctx.quotes.append(rec)
        if unit == "continuation":
            previous = ctx.last_attribution
            assert previous is not None  # noqa: S101 -- checked above
            rec.attribution = _AttrRec(
                mention=previous.mention,
                speaker=previous.speaker,
                cue=previous.cue,
                placement=Placement.CONTINUATION,
                method=Method.CONTINUATION,
            )
        return
    who = ctx.who(draw, person_only=unit == "dash")
    index = ctx.begin()
    framed = unit != "dash"
    if framed and draw(_ints(0, 3)) == 0:
        w.write(_sentence(draw) + " ")
    if unit == "after":
        rec = _direct(draw, w, style, index, end=",")
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False, apposition=True)
        w.write(" ")
        cue = _cue(w, _pick(draw, pools.AFTER_CUES))
        w.write(".")
        ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit == "after-inverted":
        rec = _direct(draw, w, style, index, end=",")
        w.write(" ")
        cue = _cue(w, _pick(draw, pools.INVERTED_CUES))
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False, pronoun=False)
        w.write(".")
        ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit in {"before", "multi"}:
        multi_before = unit == "multi" and draw(_BOOLS)
        if unit == "before" or multi_before:
            mention = _mention(draw, w, ctx.cast, who, initial=True, apposition=True)
            w.write(" ")
            cue = _cue(w, _pick(draw, pools.AFTER_CUES))
            w.write(": ")
            rec = _open_quote(w, style, QuoteKind.DIRECT, index)
            _write_content(draw, w, style, rec, end=".")
            if unit == "multi":
                ctx.end()
                rec.paragraphs.append(ctx.begin())
                w.write(style.open)
                _write_content(draw, w, style, rec, end=".")
            _close_quote(w, style, rec)
            ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        else:
            rec = _open_quote(w, style, QuoteKind.DIRECT, index)
            _write_content(draw, w, style, rec, end=".")
            ctx.end()
            rec.paragraphs.append(ctx.begin())
            w.write(style.open)
            _write_content(draw, w, style, rec, end=",")
            _close_quote(w, style, rec)
            w.write(" ")
            mention = _mention(draw, w, ctx.cast, who, initial=False)
            w.write(" ")
            cue = _cue(w, _pick(draw, pools.AFTER_CUES))
            w.write(".")
            ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit == "before-that":
        mention = _mention(draw, w, ctx.cast, who, initial=True, apposition=True)
        w.write(" ")
        cue = _cue(w, _pick(draw, pools.THAT_CUES))
        w.write(_pick(draw, pools.WHEN) + " that ")
        rec = _open_quote(w, style, QuoteKind.PARTIAL, index)
        w.write(_pick(draw, pools.CLAUSES) + ".")
        _close_quote(w, style, rec)
        ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        ctx.quotes.append(rec)
    elif unit == "partial-that":
        mention = _mention(draw, w, ctx.cast, who, initial=True, apposition=True)
        w.write(" ")
        cue = _cue(w, _pick(draw, pools.THAT_CUES))
        before, words, after = _pick(draw, pools.PARTIALS)
        w.write(_pick(draw, pools.WHEN) + f" that {before} ")
        rec = _partial_words(w, style, words, index)
        w.write(f" {after}." if after else ".")
        ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        ctx.quotes.append(rec)
    elif unit == "accuse":
        mention = _mention(draw, w, ctx.cast, who, initial=True)
        w.write(" ")
        cue = _cue(w, pools.ACCUSE)
        target, gerund, words, rest = _pick(draw, pools.ACCUSALS)
        w.write(f" {target} of {gerund} ")
        rec = _partial_words(w, style, words, index)
        w.write(f" {rest}." if rest else ".")
        ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        ctx.quotes.append(rec)
    elif unit == "partial-after":
        before, words = _pick(draw, pools.PARTIAL_AFTER)
        w.write(before + " ")
        rec = _partial_words(w, style, words + ",", index)
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False)
        w.write(" ")
        cue = _cue(w, pools.AFTER_CUES[0])
        w.write(".")
        ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit == "according-to":
        before, words = _pick(draw, pools.ACCORDING)
        w.write(before + " ")
        rec = _partial_words(w, style, words + ",", index)
        w.write(" ")
        cue = _cue(w, pools.ACCORDING_TO)
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False)
        w.write(".")
        ctx.attribute(rec, who, mention, cue, Placement.ACCORDING_TO)
        ctx.quotes.append(rec)
    elif unit == "between":
        first = _direct(draw, w, style, index, end=",")
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False)
        w.write(" ")
        cue = _cue(w, pools.AFTER_CUES[0])
        comma = draw(_BOOLS)
        w.write(", " if comma else ". ")
        second = _direct(draw, w, style, index, end=".", lower=comma)
        ctx.attribute(first, who, mention, cue, Placement.BETWEEN)
        ctx.attribute(second, who, mention, cue, Placement.BETWEEN)
        ctx.quotes += [first, second]
    else:  # dash
        rec = _direct(draw, w, style, index, end=".")
        dash = w.protect(w.write(" " + _pick(draw, ("—", "–")) + " "))
        assert who.person is not None  # noqa: S101 -- dash speakers are people
        cast = ctx.cast
        span = w.protect(w.write(who.key))
        person_rec = cast.record(who.key, SpeakerKind.PERSON)
        person_rec.mentions.append(span)
        cast.introduced.add(who.key)
        cast.last = who.key
        role = _pick(draw, pools.ROLES)
        w.write(f", {role}")
        cast.add_title(who.key, role)
        cue = (dash[0] + 1, dash[0] + 2, "say")
        ctx.attribute(rec, who, (span, Method.EXPLICIT), cue, Placement.DASH)
        ctx.quotes.append(rec)
    if framed and draw(_ints(0, 3)) == 0:
        w.write(" " + _sentence(draw))
    ctx.end()


# --------------------------------------------------------------------------
# Part strategies.


@st.composite
def _headline_parts(
    draw: st.DrawFn, kicker: bool | None
) -> tuple[str, str | None, str]:
    title = _pick(draw, pools.TITLES_OF_HEADLINES)
    if kicker is None:
        kicker = draw(_BOOLS)
    if kicker:
        label = _pick(draw, pools.KICKERS)
        return f"{label}: {title}", label, title
    return title, None, title


def headlines(
    *, kicker: bool | None = None, quote: bool | None = False
) -> st.SearchStrategy[Headline]:
    """Generate headlines, with and without a kicker.

    A kicker is a topic label and a colon before the title
    (``US - Russia Relations: Talks Stall ...``). A headline quote
    (``Hill: 'We will respond'``) is not a kicker: its ``kicker`` is ``None``
    and its ``title`` is the whole text.

    Args:
        kicker: Always (``True``), never (``False``) or sometimes (``None``)
            start with a kicker. Ignored for headline quotes.
        quote: Always, never (the default) or sometimes make the headline a
            quotation ``Surname: 'Words'``.

    Returns:
        A strategy for :class:`~newsmodel.Headline` objects starting at 0.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Headline:
        wants_quote = draw(_BOOLS) if quote is None else quote
        if wants_quote:
            person = _pick(draw, pools.PERSONS)
            open_mark, close_mark = QUOTE_STYLES[_pick(draw, _HEADLINE_STYLES)]
            words = _pick(draw, pools.HEADLINE_WORDS)
            text = f"{person.last}: {open_mark}{words}{close_mark}"
            return Headline(text=text, start=0, end=len(text), kicker=None, title=text)
        text, label, title = draw(_headline_parts(kicker))
        return Headline(text=text, start=0, end=len(text), kicker=label, title=title)

    return build()


def names() -> st.SearchStrategy[str]:
    """Generate people's names: a first name and a surname.

    Returns:
        A strategy for names such as ``"Hugh Hill"``.
    """
    return st.sampled_from(pools.PERSONS).map(_person_key)


def bylines(*, max_authors: int = 3) -> st.SearchStrategy[Byline]:
    """Generate bylines: ``By A``, ``By A and B``, ``By A, B and C``.

    Args:
        max_authors: The most authors a byline names (at least 1).

    Returns:
        A strategy for :class:`~newsmodel.Byline` objects starting at 0.

    Raises:
        ValueError: ``max_authors`` is less than 1.
    """
    if max_authors < 1:
        msg = f"max_authors must be at least 1, not {max_authors}"
        raise ValueError(msg)

    def build(authors: list[str]) -> Byline:
        if len(authors) == 1:
            listed = authors[0]
        else:
            listed = ", ".join(authors[:-1]) + " and " + authors[-1]
        text = f"By {listed}"
        return Byline(text=text, start=0, end=len(text), authors=tuple(authors))

    return st.lists(
        st.sampled_from(pools.AUTHORS), min_size=1, max_size=max_authors, unique=True
    ).map(build)


@st.composite
def _dateline(draw: st.DrawFn) -> Dateline:
    place = _pick(draw, pools.PLACES)
    agency = draw(st.one_of(st.none(), st.sampled_from(pools.AGENCIES)))
    date = draw(
        st.one_of(
            st.none(),
            st.builds(
                "{} {}".format, st.sampled_from(pools.MONTHS), st.integers(1, 28)
            ),
        )
    )
    dash = _pick(draw, pools.DASHES)
    text = place
    if date is not None:
        text += f", {date}"
    if agency is not None:
        text += f" ({agency})"
    text += f" {dash}"
    return Dateline(
        text=text, start=0, end=len(text), place=place, date=date, agency=agency
    )


def datelines() -> st.SearchStrategy[Dateline]:
    """Generate datelines: ``MOSCOW (Reuters) -``, ``NEW YORK, Nov. 19 (UPI) —``, ``PARIS —``.

    Returns:
        A strategy for :class:`~newsmodel.Dateline` objects starting at 0; the
        text ends with its dash.
    """
    return _dateline()


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """Generate narrative paragraphs of one to three sentences.

    The sentences carry apostrophes (``haven't``, ``it’s``, ``Russia’s``,
    ``NATO's``, ``players'``, ``'90s``, ``rock 'n' roll``, ``’til``, ``6'2"``),
    abbreviations (``U.S.``, ``U.K.``) and numbers and currency (``$1.13bn``,
    ``£600m``, ``76%``), and no quotation.

    Returns:
        A strategy for :class:`~newsmodel.Paragraph` objects with index 0,
        starting at 0.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Paragraph:
        text = _filler(draw)
        return Paragraph(index=0, text=text, start=0, end=len(text))

    return build()


def quotes(
    *, styles: Sequence[str] | None = None, extras: bool = True
) -> st.SearchStrategy[Quote]:
    """Generate direct quotations, marks included, with no attribution.

    Args:
        styles: Names from :data:`QUOTE_STYLES` to draw the marks from; all by
            default.
        extras: Let the content hold a nested quote, an editorial insertion
            or an ellipsis.

    Returns:
        A strategy for :class:`~newsmodel.Quote` objects starting at 0, in
        paragraph 0, of kind :attr:`~newsmodel.QuoteKind.DIRECT`.

    Raises:
        ValueError: ``styles`` is empty or names an unknown style.
    """
    chosen = tuple(QUOTE_STYLES) if styles is None else tuple(styles)
    unknown = [s for s in chosen if s not in _STYLES]
    if unknown or not chosen:
        msg = f"styles must be a non-empty selection of {sorted(_STYLES)}, not {list(chosen)}"
        raise ValueError(msg)

    @st.composite
    def build(draw: st.DrawFn) -> Quote:
        style = _STYLES[_pick(draw, chosen)]
        w = _Writer()
        rec = _open_quote(w, style, QuoteKind.DIRECT, 0)
        _write_content(draw, w, style, rec, end=".", extras=extras)
        _close_quote(w, style, rec)
        return _quote(w.text(), rec, 0, {})

    return build()


def _copyright_text(draw: st.DrawFn, shape: int) -> Copyright:
    holder = _pick(draw, pools.HOLDERS)
    year = draw(_ints(1995, 2026))
    statement: str | None = None
    if shape == 0:
        statement = pools.STATEMENTS[0]
        text = f"© Copyright {holder} {year}. {statement}"
    elif shape == 1:
        statement = _pick(draw, pools.STATEMENTS)
        text = f"Copyright {year} {holder}. {statement}"
    elif shape == 2:
        mark = draw(st.sampled_from(("(c)", "(C)")))
        text = f"{mark} {year} {holder}"
    elif shape == 3:
        first = draw(_ints(1990, year - 1)) if year > 1995 else 1990
        text = f"Copyright © {first}-{year} {holder}"
    elif shape == 4:
        text = f"© {year} {holder}"
    else:
        statement = pools.STATEMENTS[0]
        newline = _pick(draw, ("\n", "\r\n"))
        text = f"© {year} {holder}{newline}{statement}"
    return Copyright(
        text=text, start=0, end=len(text), holder=holder, year=year, statement=statement
    )


_COPYRIGHT_SHAPES = 6


def copyrights(*, two_lines: bool | None = None) -> st.SearchStrategy[Copyright]:
    """Generate copyright footers in the shapes real sites print.

    The shapes: ``© Copyright HOLDER YEAR. All rights reserved.``,
    ``Copyright YEAR HOLDER. STATEMENT`` (the statement may add ``This material
    may not be published, broadcast, rewritten or redistributed.``),
    ``(c) YEAR HOLDER``, ``Copyright © FIRST-YEAR HOLDER`` (the year is the
    last of the range), ``© YEAR HOLDER``, and the two-line
    ``© YEAR HOLDER`` / ``All rights reserved.`` The statement is everything
    after the holder's sentence, or ``None``.

    Args:
        two_lines: Always, never or sometimes (``None``) the two-line footer.

    Returns:
        A strategy for :class:`~newsmodel.Copyright` objects starting at 0.
    """
    if two_lines is True:
        shapes = st.just(_COPYRIGHT_SHAPES - 1)
    elif two_lines is False:
        shapes = st.integers(0, _COPYRIGHT_SHAPES - 2)
    else:
        shapes = st.integers(0, _COPYRIGHT_SHAPES - 1)

    @st.composite
    def build(draw: st.DrawFn) -> Copyright:
        return _copyright_text(draw, draw(shapes))

    return build()


def speakers() -> st.SearchStrategy[Speaker]:
    """Generate speakers: people (possibly with a title), organisations, descriptions.

    Returns:
        A strategy for :class:`~newsmodel.Speaker` objects with no mentions
        and no quotes.
    """
    people = st.builds(
        lambda p, titles: Speaker(
            name=_person_key(p), kind=SpeakerKind.PERSON, titles=tuple(titles)
        ),
        st.sampled_from(pools.PERSONS),
        st.lists(st.sampled_from(pools.TITLES), max_size=1),
    )
    orgs = st.sampled_from(pools.ORGANISATIONS).map(
        lambda o: Speaker(name=o.name, kind=SpeakerKind.ORGANISATION)
    )
    descriptions = st.sampled_from(pools.DESCRIPTIONS).map(
        lambda d: Speaker(name=d.name, kind=SpeakerKind.DESCRIPTION)
    )
    return st.one_of(people, orgs, descriptions)


# --------------------------------------------------------------------------
# Whole articles.


def _maybe(draw: st.DrawFn, flag: bool | None) -> bool:
    return draw(_BOOLS) if flag is None else flag


def _quote(
    source: str,
    rec: _QuoteRec,
    index: int,
    speakers_by_key: dict[str, Speaker],
) -> Quote:
    attribution = None
    if rec.attribution is not None:
        a = rec.attribution
        m_start, m_end = a.mention
        cue = None
        if a.cue is not None:
            c_start, c_end, lemma = a.cue
            cue = Cue(text=source[c_start:c_end], start=c_start, end=c_end, lemma=lemma)
        attribution = Attribution(
            mention=Mention(text=source[m_start:m_end], start=m_start, end=m_end),
            speaker=speakers_by_key[a.speaker],
            cue=cue,
            placement=a.placement,
            method=a.method,
            confidence=1.0,
        )
    return Quote(
        index=index,
        text=source[rec.start : rec.end],
        start=rec.start,
        end=rec.end,
        content_start=rec.content_start,
        content_end=rec.content_end,
        open_mark=rec.open_mark,
        close_mark=rec.close_mark,
        kind=rec.kind,
        paragraph=rec.paragraph,
        paragraphs=tuple(rec.paragraphs),
        nested=tuple(
            _quote(source, inner, i, speakers_by_key)
            for i, inner in enumerate(rec.nested)
        ),
        insertions=tuple(
            Span(text=source[s:e], start=s, end=e) for s, e in rec.insertions
        ),
        ellipses=tuple(Span(text=source[s:e], start=s, end=e) for s, e in rec.ellipses),
        attribution=attribution,
    )


def _wrap(
    chars: list[str],
    ranges: Sequence[tuple[int, int]],
    protected: Sequence[tuple[int, int]],
    width: int,
) -> None:
    """Hard-wrap each range in place: turn spaces into newlines (same length)."""
    blocked: set[int] = set()
    for start, end in protected:
        blocked.update(range(start - 1, end + 1))
    for start, end in ranges:
        line_start = start
        last_space = -1
        for i in range(start, end):
            if chars[i] == " " and i not in blocked:
                last_space = i
            if i - line_start >= width and last_space > line_start:
                chars[last_space] = "\n"
                line_start = last_space + 1
                last_space = -1


_UNIT_WEIGHTS: tuple[_Unit, ...] = ("filler", "filler", *_ATTRIBUTED_UNITS)


def articles(
    *,
    quotes: bool = True,
    attributions: bool = True,
    byline: bool | None = None,
    dateline: bool | None = None,
    copyright: bool | None = None,  # noqa: A002 -- the name users know from the model
    layout: Layout | None = None,
) -> st.SearchStrategy[Article]:
    """Generate whole articles, with every field a correct parser should produce.

    The grammar of the text is in the module's documentation.

    Args:
        quotes: Include at least one quotation (``False``: none at all).
        attributions: Attribute every quotation (``False``: no quotation is
            attributed, and the quotes stand as paragraphs of their own).
            Meaningless without ``quotes``.
        byline: Always, never or sometimes (``None``) a byline.
        dateline: Always, never or sometimes a dateline.
        copyright: Always, never or sometimes a copyright footer.
        layout: One of :data:`LAYOUTS`, or any (``None``).

    Returns:
        A strategy for :class:`~newsmodel.Article` objects.

    Raises:
        ValueError: ``layout`` is not one of :data:`LAYOUTS`.
    """
    if layout is not None and layout not in LAYOUTS:
        msg = f"layout must be one of {LAYOUTS} or None, not {layout!r}"
        raise ValueError(msg)

    @st.composite
    def build(draw: st.DrawFn) -> Article:
        chosen: Layout = layout if layout is not None else _pick(draw, LAYOUTS)
        newline = "\r\n" if chosen == "crlf" else "\n"
        separator = newline if chosen in {"lines", "crlf"} else newline * 2
        w = _Writer()
        people = draw(
            st.lists(
                st.sampled_from(pools.PERSONS), min_size=1, max_size=3, unique=True
            )
        )
        orgs = draw(st.lists(st.sampled_from(pools.ORGANISATIONS), max_size=1))
        descriptions = draw(
            st.lists(st.sampled_from(pools.DESCRIPTIONS), max_size=1, unique=True)
        )
        cast = _Cast(people, orgs, descriptions)
        ctx = _Context(w, cast, separator)
        quote_recs: list[_QuoteRec] = []

        # The headline.
        kicker: str | None = None
        title: str | None = None
        if quotes and attributions and draw(_ints(0, 3)) == 0:
            person = people[0]
            key = _person_key(person)
            style = _STYLES[_pick(draw, _HEADLINE_STYLES)]
            span = w.protect(w.write(person.last))
            cast.record(key, SpeakerKind.PERSON).mentions.append(span)
            colon, _ = w.protect(w.write(":"))
            w.write(" ")
            rec = _open_quote(w, style, QuoteKind.DIRECT, None)
            w.write(_pick(draw, pools.HEADLINE_WORDS))
            _close_quote(w, style, rec)
            rec.attribution = _AttrRec(
                mention=span,
                speaker=key,
                cue=(colon, colon + 1, "say"),
                placement=Placement.HEADLINE,
                method=Method.EXPLICIT,
            )
            quote_recs.append(rec)
            ctx.forced = _Who(key, person, None, SpeakerKind.PERSON)
        else:
            text, kicker, title = draw(_headline_parts(None))
            w.write(text)
        headline_end = w.pos
        head_text = w.text()
        headline = Headline(
            text=head_text,
            start=0,
            end=headline_end,
            kicker=kicker,
            title=head_text if title is None else title,
        )

        # The byline.
        byline_node: Byline | None = None
        if _maybe(draw, byline):
            drawn = draw(bylines())
            w.write(separator)
            start, end = w.write(drawn.text)
            byline_node = attrs.evolve(drawn, start=start, end=end)

        # The body.
        units: list[_Unit] = draw(
            st.lists(
                st.sampled_from(_UNIT_WEIGHTS if quotes else ("filler",)),
                min_size=1,
                max_size=7,
            )
        )
        if quotes:
            if not attributions:
                units = ["unattributed" if u != "filler" else u for u in units]
            if all(u == "filler" for u in units):
                units.append("unattributed" if not attributions else "after")
        dateline_node: Dateline | None = None
        w.write(separator)
        if _maybe(draw, dateline):
            drawn_dateline = draw(datelines())
            start, end = w.protect(w.write(drawn_dateline.text))
            dateline_node = attrs.evolve(drawn_dateline, start=start, end=end)
            w.write(" ")
        for unit in units:
            _unit(draw, ctx, unit)
        quote_recs += ctx.quotes

        # The footer.
        copyright_node: Copyright | None = None
        if _maybe(draw, copyright):
            shape = draw(_ints(0, _COPYRIGHT_SHAPES - 1))
            drawn_copyright = _copyright_text(draw, shape)
            footer_text = drawn_copyright.text.replace("\r\n", "\n").replace(
                "\n", newline
            )
            w.write(separator)
            start, end = w.write(footer_text)
            copyright_node = attrs.evolve(
                drawn_copyright, text=footer_text, start=start, end=end
            )
        if draw(_BOOLS):
            w.write(newline)

        source = w.text()
        if chosen == "wrapped":
            chars = list(source)
            _wrap(chars, ctx.paragraphs, w.protected, draw(_ints(40, 78)))
            source = "".join(chars)
        return _assemble(
            source,
            headline,
            byline_node,
            dateline_node,
            ctx.paragraphs,
            copyright_node,
            quote_recs,
            cast,
        )

    return build()


def _assemble(
    source: str,
    headline: Headline,
    byline: Byline | None,
    dateline: Dateline | None,
    paragraph_spans: Sequence[tuple[int, int]],
    copyright: Copyright | None,  # noqa: A002 -- the model's name
    quote_recs: Sequence[_QuoteRec],
    cast: _Cast,
) -> Article:
    """Turn the records into model objects, every text sliced from ``source``."""
    quote_indices: dict[str, list[int]] = {}
    for i, rec in enumerate(quote_recs):
        if rec.attribution is not None:
            quote_indices.setdefault(rec.attribution.speaker, []).append(i)
    ordered = sorted(cast.records.values(), key=lambda r: min(r.mentions))
    speakers_by_key: dict[str, Speaker] = {}
    for who in ordered:
        gender = who.gender
        if gender is None and who.kind is SpeakerKind.PERSON and " " in who.name:
            # The first name tells it (``Maria Kovalenko``).
            gender = DEFAULT_LEXICON.given_names.get(who.name.split()[0].lower())
        speakers_by_key[who.name] = Speaker(
            name=who.name,
            kind=who.kind,
            titles=tuple(who.titles),
            gender=gender,
            mentions=tuple(
                Mention(text=source[s:e], start=s, end=e)
                for s, e in sorted(who.mentions)
            ),
            quotes=tuple(quote_indices.get(who.name, ())),
        )
    all_speakers = tuple(speakers_by_key[who.name] for who in ordered)
    return Article(
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        paragraphs=tuple(
            Paragraph(index=i, text=source[s:e], start=s, end=e)
            for i, (s, e) in enumerate(paragraph_spans)
        ),
        copyright=copyright,
        quotes=tuple(
            _quote(source, rec, i, speakers_by_key) for i, rec in enumerate(quote_recs)
        ),
        speakers=all_speakers,
        people=tuple(s for s in all_speakers if s.kind is SpeakerKind.PERSON),
    )
