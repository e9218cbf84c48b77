r"""Hypothesis strategies that generate realistic news articles.

Needs the ``hypothesis`` extra: ``pip install newsmodel[hypothesis]``.

:func:`articles` builds an :class:`~newsmodel.Article` directly, without calling
:func:`newsmodel.parse`: its :attr:`~newsmodel.Article.source` is the generated
text and every other field is what a correct parser produces from it, so a test
can check the parser against it::

    from hypothesis import given

    import newsmodel
    from newsmodel.strategies import articles


    @given(articles())
    def test_headline(article: newsmodel.Article) -> None:
        assert article.headline == newsmodel.parse(article.source).headline

Once the package is installed, ``st.from_type(newsmodel.Article)`` is
``articles()``. The strategies for the parts (:func:`headlines`,
:func:`bylines`, :func:`datelines`, :func:`paragraphs`, :func:`quotes`,
:func:`copyrights`, :func:`speakers`, :func:`names`) return model objects whose
offsets count from the start of their own text: ``node.text[0:len(node.text)]``
is the node, ``start`` is 0 and ``end`` is ``len(node.text)``.

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
numbers and currency; no quotation marks, no names, no cue verbs) or hold
exactly one of the quote constructions below, and nothing else.

**Quotation marks.** Each quote draws one style: straight ``"…"``, curly
``“…”``, single curly ``‘…’``, single straight ``'…'``, guillemets ``«…»``
and ``‹…›``, low-high ``„…“``, backticks ````…''``, doubled apostrophes
``''…''``, or mixed (``"…”`` and ``“…"``). Quotes inside a quote use the
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
- headline: ``Surname: 'Words'`` (direct, cue ``None``, placement
  ``HEADLINE``; the same person is introduced by full name in the first
  quote of the body);
- continuation: a paragraph that is only a direct quote, after a quote
  paragraph: it inherits the previous quote's mention (same span) and speaker,
  with cue ``None`` and placement and method ``CONTINUATION``;
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
``Mr.``/``Mr``/``Ms.``/``Ms`` and the surname, or a pronoun (``he``, ``she``,
capitalised at the start of a sentence) that only ever refers to the speaker
of the quote just before. Organisations (``the Kremlin``) are written as they
are named. Methods: a name is ``EXPLICIT``, a pronoun ``PRONOUN``, an
organisation ``NOMINAL``.

**Speakers.** A person's canonical name is first name and surname, their
titles are the titles and appositions of all their mentions in order of first
appearance (honorifics such as ``Mr.`` are not titles), and their gender is
set only when an honorific or a pronoun tells it. An organisation's name drops
a leading ``the`` (``Kremlin``). :attr:`~newsmodel.Article.speakers` lists
every speaker in order of first mention (the headline included), each with
every mention (pronouns included) and the indices of its quotes;
:attr:`~newsmodel.Article.people` lists the persons among them (the text names
no one else, apart from byline authors). Confidence is always ``1.0``: it is
not part of what a parser is checked against.

.. versionadded:: 0.1.0
"""

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Literal, NamedTuple

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
    n_sentences = draw(st.integers(1, 2))
    for i in range(n_sentences):
        if i:
            w.write(". ")
        shape = draw(st.integers(0, 4)) if extras else 0
        first = i == 0 and lower
        if shape == 1 and style.inner_open is not None and style.inner_close:
            lead = draw(st.sampled_from(pools.NESTED_LEADS))
            w.write((lead if first else _cap(lead)) + " ")
            words = draw(st.sampled_from(pools.NESTED_WORDS))
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
            clause = draw(st.sampled_from(pools.INSERTIONS))
            before, _, rest = clause.partition("[")
            inserted, _, after = rest.partition("]")
            w.write(before if first else _cap(before))
            if not before:
                inserted = inserted if first else _cap(inserted)
            rec.insertions.append(w.protect(w.write(f"[{inserted}]")))
            w.write(after)
            continue
        clause = draw(st.sampled_from(pools.CLAUSES))
        w.write(clause if first else _cap(clause))
        if shape == 3:
            w.write(" ")
            rec.ellipses.append(
                w.protect(w.write(draw(st.sampled_from(pools.ELLIPSES))))
            )
            others = [c for c in pools.CLAUSES if c != clause]
            w.write(" " + draw(st.sampled_from(others)))
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
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"${draw(st.integers(1, 9))}.{draw(st.integers(10, 99))}bn"
    if shape == 1:
        return f"£{draw(st.integers(1, 99)) * 10}m"
    if shape == 2:
        return f"€{draw(st.integers(1, 9))}.{draw(st.integers(1, 9))} billion"
    return f"${draw(st.integers(2, 900))} million"


def _percent(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return f"{draw(st.integers(1, 99))}%"
    return f"{draw(st.integers(0, 9))}.{draw(st.integers(1, 9))}%"


def _sentence(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(pools.FILLER))
    return template.format(
        pct=_percent(draw),
        pct2=_percent(draw),
        money=_money(draw),
        money2=_money(draw),
        number=draw(st.integers(2, 12)),
        thousands=f"{draw(st.integers(1, 99))},{draw(st.integers(100, 999))}",
        weekday=draw(st.sampled_from(pools.WEEKDAYS)),
        month_name=draw(st.sampled_from(pools.MONTH_NAMES)),
        city=draw(st.sampled_from(pools.CITIES)),
    )


def _filler(draw: st.DrawFn) -> str:
    count = draw(st.integers(1, 3))
    return " ".join(_sentence(draw) for _ in range(count))


# --------------------------------------------------------------------------
# Speakers and mentions.


class _Cast:
    """The speakers of one article and how they have been mentioned so far."""

    def __init__(
        self, people: Sequence[pools.Person], orgs: Sequence[pools.Organisation]
    ) -> None:
        self.people = list(people)
        self.orgs = list(orgs)
        self.records: dict[str, _SpeakerRec] = {}
        self.introduced: set[str] = set()
        self.last: str | None = None

    def record(self, key: str, kind: SpeakerKind) -> _SpeakerRec:
        if key not in self.records:
            self.records[key] = _SpeakerRec(name=key, kind=kind)
        return self.records[key]

    def add_title(self, key: str, title: str) -> None:
        rec = self.records[key]
        if title not in rec.titles:
            rec.titles.append(title)


class _Who(NamedTuple):
    """A drawn speaker: its key and, for a person, the person."""

    key: str
    person: pools.Person | None
    org: pools.Organisation | None


def _person_key(person: pools.Person) -> str:
    return f"{person.first} {person.last}"


def _draw_who(draw: st.DrawFn, cast: _Cast, *, person_only: bool = False) -> _Who:
    options: list[_Who] = [_Who(_person_key(p), p, None) for p in cast.people]
    if not person_only:
        options += [_Who(o.name, None, o) for o in cast.orgs]
    return draw(st.sampled_from(options))


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
    if who.org is not None:
        cast.record(who.key, SpeakerKind.ORGANISATION)
        text = _cap(who.org.mention) if initial else who.org.mention
        span = w.protect(w.write(text))
        cast.records[who.key].mentions.append(span)
        cast.last = who.key
        return span, Method.NOMINAL
    person = who.person
    assert person is not None  # noqa: S101 -- a _Who is a person or an organisation
    rec = cast.record(who.key, SpeakerKind.PERSON)
    method = Method.EXPLICIT
    if who.key not in cast.introduced:
        shape = draw(st.integers(0, 2 if apposition else 1))
        if shape == 1:
            title = draw(st.sampled_from(pools.TITLES))
            cast.add_title(who.key, title)
            span = w.protect(w.write(f"{title} {who.key}"))
        else:
            span = w.protect(w.write(who.key))
        if shape == 2:
            written, title = draw(st.sampled_from(pools.APPOSITIONS))
            w.write(f", {written},")
            cast.add_title(who.key, title)
        cast.introduced.add(who.key)
    else:
        choices = ["full", "surname", "honorific"]
        if pronoun and cast.last == who.key:
            choices.append("pronoun")
        choice = draw(st.sampled_from(choices))
        if choice == "pronoun":
            word = "he" if person.gender == "male" else "she"
            span = w.protect(w.write(_cap(word) if initial else word))
            rec.gender = person.gender
            method = Method.PRONOUN
        elif choice == "honorific":
            honorific = "Mr" if person.gender == "male" else "Ms"
            dot = draw(st.sampled_from((".", "")))
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

_ATTRIBUTED_UNITS: tuple[_Unit, ...] = (
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


def _draw_style(draw: st.DrawFn) -> _Style:
    return _STYLES[draw(st.sampled_from(tuple(_STYLES)))]


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
                cue=None,
                placement=Placement.CONTINUATION,
                method=Method.CONTINUATION,
            )
        return
    who = ctx.who(draw, person_only=unit == "dash")
    index = ctx.begin()
    if unit == "after":
        rec = _direct(draw, w, style, index, end=",")
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False, apposition=True)
        w.write(" ")
        cue = _cue(w, draw(st.sampled_from(pools.AFTER_CUES)))
        w.write(".")
        ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit == "after-inverted":
        rec = _direct(draw, w, style, index, end=",")
        w.write(" ")
        cue = _cue(w, draw(st.sampled_from(pools.INVERTED_CUES)))
        w.write(" ")
        mention = _mention(draw, w, ctx.cast, who, initial=False, pronoun=False)
        w.write(".")
        ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit in {"before", "multi"}:
        multi_before = unit == "multi" and draw(st.booleans())
        if unit == "before" or multi_before:
            mention = _mention(draw, w, ctx.cast, who, initial=True, apposition=True)
            w.write(" ")
            cue = _cue(w, draw(st.sampled_from(pools.AFTER_CUES)))
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
            cue = _cue(w, draw(st.sampled_from(pools.AFTER_CUES)))
            w.write(".")
            ctx.attribute(rec, who, mention, cue, Placement.AFTER)
        ctx.quotes.append(rec)
    elif unit == "before-that":
        mention = _mention(draw, w, ctx.cast, who, initial=True, apposition=True)
        w.write(" ")
        cue = _cue(w, draw(st.sampled_from(pools.THAT_CUES)))
        w.write(draw(st.sampled_from(pools.WHEN)) + " that ")
        rec = _open_quote(w, style, QuoteKind.PARTIAL, index)
        w.write(draw(st.sampled_from(pools.CLAUSES)) + ".")
        _close_quote(w, style, rec)
        ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        ctx.quotes.append(rec)
    elif unit == "partial-that":
        mention = _mention(draw, w, ctx.cast, who, initial=True, apposition=True)
        w.write(" ")
        cue = _cue(w, draw(st.sampled_from(pools.THAT_CUES)))
        before, words, after = draw(st.sampled_from(pools.PARTIALS))
        w.write(draw(st.sampled_from(pools.WHEN)) + f" that {before} ")
        rec = _partial_words(w, style, words, index)
        w.write(f" {after}." if after else ".")
        ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        ctx.quotes.append(rec)
    elif unit == "accuse":
        mention = _mention(draw, w, ctx.cast, who, initial=True)
        w.write(" ")
        cue = _cue(w, pools.ACCUSE)
        target, gerund, words, rest = draw(st.sampled_from(pools.ACCUSALS))
        w.write(f" {target} of {gerund} ")
        rec = _partial_words(w, style, words, index)
        w.write(f" {rest}." if rest else ".")
        ctx.attribute(rec, who, mention, cue, Placement.BEFORE)
        ctx.quotes.append(rec)
    elif unit == "partial-after":
        before, words = draw(st.sampled_from(pools.PARTIAL_AFTER))
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
        before, words = draw(st.sampled_from(pools.ACCORDING))
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
        comma = draw(st.booleans())
        w.write(", " if comma else ". ")
        second = _direct(draw, w, style, index, end=".", lower=comma)
        ctx.attribute(first, who, mention, cue, Placement.BETWEEN)
        ctx.attribute(second, who, mention, cue, Placement.BETWEEN)
        ctx.quotes += [first, second]
    else:  # dash
        rec = _direct(draw, w, style, index, end=".")
        w.protect(w.write(" " + draw(st.sampled_from(("—", "–"))) + " "))
        assert who.person is not None  # noqa: S101 -- dash speakers are people
        cast = ctx.cast
        span = w.protect(w.write(who.key))
        person_rec = cast.record(who.key, SpeakerKind.PERSON)
        person_rec.mentions.append(span)
        cast.introduced.add(who.key)
        cast.last = who.key
        role = draw(st.sampled_from(pools.ROLES))
        w.write(f", {role}")
        cast.add_title(who.key, role)
        ctx.attribute(rec, who, (span, Method.EXPLICIT), None, Placement.DASH)
        ctx.quotes.append(rec)
    ctx.end()


# --------------------------------------------------------------------------
# Part strategies.


@st.composite
def _headline_parts(
    draw: st.DrawFn, kicker: bool | None
) -> tuple[str, str | None, str]:
    title = draw(st.sampled_from(pools.TITLES_OF_HEADLINES))
    if kicker is None:
        kicker = draw(st.booleans())
    if kicker:
        label = draw(st.sampled_from(pools.KICKERS))
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
        quote: Always, never or sometimes make the headline a quotation
            ``Surname: 'Words'``.

    Returns:
        A strategy for :class:`~newsmodel.Headline` objects starting at 0.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Headline:
        wants_quote = draw(st.booleans()) if quote is None else quote
        if wants_quote:
            person = draw(st.sampled_from(pools.PERSONS))
            open_mark, close_mark = QUOTE_STYLES[
                draw(st.sampled_from(_HEADLINE_STYLES))
            ]
            words = draw(st.sampled_from(pools.HEADLINE_WORDS))
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
    place = draw(st.sampled_from(pools.PLACES))
    agency = draw(st.one_of(st.none(), st.sampled_from(pools.AGENCIES)))
    date = draw(
        st.one_of(
            st.none(),
            st.builds(
                "{} {}".format, st.sampled_from(pools.MONTHS), st.integers(1, 28)
            ),
        )
    )
    dash = draw(st.sampled_from(pools.DASHES))
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
        style = _STYLES[draw(st.sampled_from(chosen))]
        w = _Writer()
        rec = _open_quote(w, style, QuoteKind.DIRECT, 0)
        _write_content(draw, w, style, rec, end=".", extras=extras)
        _close_quote(w, style, rec)
        return _quote(w.text(), rec, 0, {})

    return build()


def _copyright_text(draw: st.DrawFn, shape: int) -> Copyright:
    holder = draw(st.sampled_from(pools.HOLDERS))
    year = draw(st.integers(1995, 2026))
    statement: str | None = None
    if shape == 0:
        statement = pools.STATEMENTS[0]
        text = f"© Copyright {holder} {year}. {statement}"
    elif shape == 1:
        statement = draw(st.sampled_from(pools.STATEMENTS))
        text = f"Copyright {year} {holder}. {statement}"
    elif shape == 2:
        mark = draw(st.sampled_from(("(c)", "(C)")))
        text = f"{mark} {year} {holder}"
    elif shape == 3:
        first = draw(st.integers(1990, year - 1)) if year > 1995 else 1990
        text = f"Copyright © {first}-{year} {holder}"
    elif shape == 4:
        text = f"© {year} {holder}"
    else:
        statement = pools.STATEMENTS[0]
        newline = draw(st.sampled_from(("\n", "\r\n")))
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
    """Generate speakers: people (possibly with a title) and organisations.

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
    return st.one_of(people, orgs)


# --------------------------------------------------------------------------
# Whole articles.


def _maybe(draw: st.DrawFn, flag: bool | None) -> bool:
    return draw(st.booleans()) if flag is None else flag


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
        chosen: Layout = (
            layout if layout is not None else draw(st.sampled_from(LAYOUTS))
        )
        newline = "\r\n" if chosen == "crlf" else "\n"
        separator = newline if chosen in {"lines", "crlf"} else newline * 2
        w = _Writer()
        people = draw(
            st.lists(
                st.sampled_from(pools.PERSONS), min_size=1, max_size=3, unique=True
            )
        )
        orgs = draw(st.lists(st.sampled_from(pools.ORGANISATIONS), max_size=1))
        cast = _Cast(people, orgs)
        ctx = _Context(w, cast, separator)
        quote_recs: list[_QuoteRec] = []

        # The headline.
        kicker: str | None = None
        title: str | None = None
        if quotes and attributions and draw(st.integers(0, 3)) == 0:
            person = people[0]
            key = _person_key(person)
            style = _STYLES[draw(st.sampled_from(_HEADLINE_STYLES))]
            span = w.protect(w.write(person.last))
            cast.record(key, SpeakerKind.PERSON).mentions.append(span)
            w.write(": ")
            rec = _open_quote(w, style, QuoteKind.DIRECT, None)
            w.write(draw(st.sampled_from(pools.HEADLINE_WORDS)))
            _close_quote(w, style, rec)
            rec.attribution = _AttrRec(
                mention=span,
                speaker=key,
                cue=None,
                placement=Placement.HEADLINE,
                method=Method.EXPLICIT,
            )
            quote_recs.append(rec)
            ctx.forced = _Who(key, person, None)
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
            shape = draw(st.integers(0, _COPYRIGHT_SHAPES - 1))
            drawn_copyright = _copyright_text(draw, shape)
            footer_text = drawn_copyright.text.replace("\r\n", "\n").replace(
                "\n", newline
            )
            w.write(separator)
            start, end = w.write(footer_text)
            copyright_node = attrs.evolve(
                drawn_copyright, text=footer_text, start=start, end=end
            )
        if draw(st.booleans()):
            w.write(newline)

        source = w.text()
        if chosen == "wrapped":
            chars = list(source)
            _wrap(chars, ctx.paragraphs, w.protected, draw(st.integers(40, 78)))
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
        speakers_by_key[who.name] = Speaker(
            name=who.name,
            kind=who.kind,
            titles=tuple(who.titles),
            gender=who.gender,
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
