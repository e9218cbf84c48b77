"""The document model: frozen attrs classes describing a parsed news article.

Every node that comes from the text carries ``start`` and ``end``: half-open
character offsets (Python ``str`` indices) into :attr:`Article.source`, so that
``article.source[node.start:node.end] == node.text`` holds for all of them.
"""

import enum

import attrs

__all__ = [
    "Article",
    "Attribution",
    "Block",
    "Byline",
    "Copyright",
    "Cue",
    "Dateline",
    "Diagnostic",
    "Headline",
    "Mention",
    "Method",
    "Paragraph",
    "Placement",
    "Quote",
    "QuoteKind",
    "Severity",
    "Span",
    "Speaker",
    "SpeakerKind",
]


class Severity(enum.Enum):
    """How serious a :class:`Diagnostic` is.

    .. versionadded:: 0.1.0
    """

    INFO = "info"
    """Worth knowing; nothing was wrong with the input."""
    WARNING = "warning"
    """An oddity that was recovered from; the result is still trustworthy."""
    ERROR = "error"
    """Malformed input that was recovered from by a guess; raises in strict mode."""


@attrs.frozen(kw_only=True)
class Diagnostic:
    """One oddity that lenient parsing recovered from.

    .. versionadded:: 0.1.0
    """

    code: str
    """A stable, machine-readable identifier such as ``"no-footer"``."""
    message: str
    """A human-readable explanation."""
    start: int
    """Offset of the first character concerned in :attr:`Article.source`."""
    end: int
    """Offset just past the last character concerned."""
    severity: Severity
    """How serious it is; :attr:`Severity.ERROR` raises under ``strict=True``."""


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the source text: an editorial insertion, an ellipsis, a block.

    .. versionadded:: 0.1.0
    """

    text: str
    """The text, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""


@attrs.frozen(kw_only=True)
class Block:
    """A stretch of the article that is none of the recognised parts.

    Nothing is silently dropped: text the parser cannot classify (for instance
    text after the copyright footer) is kept here, with a diagnostic.

    .. versionadded:: 0.1.0
    """

    text: str
    """The text, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""
    reason: str
    """Why the block was not classified, e.g. ``"after-footer"``."""


@attrs.frozen(kw_only=True)
class Headline:
    """The article's headline, split into an optional kicker and the title.

    A kicker is a topic label ending in a colon at the start of the headline
    (``US - Russia Relations: Vladimir Putin Breaks Silence ...``). A colon that
    introduces a quotation (``Putin: 'We will respond'``) is not a kicker.

    .. versionadded:: 0.1.0
    """

    text: str
    """The whole headline, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""
    kicker: str | None
    """The topic label before the colon, or ``None``."""
    title: str
    """The headline without its kicker; equals :attr:`text` when there is none."""


@attrs.frozen(kw_only=True)
class Byline:
    """A byline such as ``By Jane Doe and John Roe``.

    .. versionadded:: 0.1.0
    """

    text: str
    """The byline as written, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""
    authors: tuple[str, ...]
    """The authors' names, in order."""


@attrs.frozen(kw_only=True)
class Dateline:
    """A dateline opening the body, such as ``MOSCOW (Reuters) -``.

    .. versionadded:: 0.1.0
    """

    text: str
    """The dateline as written, dash included, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""
    place: str | None
    """The place, e.g. ``"MOSCOW"``."""
    date: str | None
    """The date as written, e.g. ``"Nov. 19"``, or ``None``."""
    agency: str | None
    """The news agency, e.g. ``"Reuters"``, or ``None``."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of the article body.

    A hard-wrapped paragraph keeps its line breaks in :attr:`text`.

    .. versionadded:: 0.1.0
    """

    index: int
    """Zero-based position among :attr:`Article.paragraphs`."""
    text: str
    """The paragraph, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""


@attrs.frozen(kw_only=True)
class Copyright:
    """A copyright footer such as ``© Copyright IBTimes 2024. All rights reserved.``.

    .. versionadded:: 0.1.0
    """

    text: str
    """The footer as written, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""
    holder: str | None
    """Who holds the copyright, e.g. ``"IBTimes"``."""
    year: int | None
    """The year; the last year when a range such as ``2021-2024`` is given."""
    statement: str | None
    """The rights statement, e.g. ``"All rights reserved."``."""


class QuoteKind(enum.Enum):
    """What a quotation is.

    .. versionadded:: 0.1.0
    """

    DIRECT = "direct"
    """A speaker's own sentence or clause standing as its own unit."""
    PARTIAL = "partial"
    """Quoted words embedded in the writer's own sentence."""
    TITLE = "title"
    """The title of a work: a film, a book, a programme, a headline."""
    TERM = "term"
    """A nickname, a scare-quoted term or a word mentioned as a word: not speech."""


class Placement(enum.Enum):
    """Where an attribution stands relative to its quote.

    .. versionadded:: 0.1.0
    """

    AFTER = "after"
    """The cue follows the quote: ``"...," said Putin`` or ``"...," Putin said``."""
    BEFORE = "before"
    """The cue precedes the quote: ``Putin said: "..."``, ``Putin said that "..."``."""
    BETWEEN = "between"
    """The cue stands between the halves of an interrupted quote."""
    ACCORDING_TO = "according-to"
    """``according to X``."""
    DASH = "dash"
    """A dash attribution: ``"..." — Jane Doe, mayor``."""
    HEADLINE = "headline"
    """A headline of the form ``Name: 'quote'``."""
    CONTINUATION = "continuation"
    """No cue of its own: the quote inherits the previous quote's attribution."""


class Method(enum.Enum):
    """How an attribution's speaker was found.

    .. versionadded:: 0.1.0
    """

    EXPLICIT = "explicit"
    """A name stands in the attribution itself."""
    PRONOUN = "pronoun"
    """A pronoun, resolved to an earlier speaker where possible."""
    NOMINAL = "nominal"
    """A description (``a senior official``) or an organisation, not a name."""
    CONTINUATION = "continuation"
    """Inherited from the previous quote (a paragraph with no cue of its own)."""


class SpeakerKind(enum.Enum):
    """What kind of entity a :class:`Speaker` is.

    .. versionadded:: 0.1.0
    """

    PERSON = "person"
    """A named person."""
    ORGANISATION = "organisation"
    """A named organisation: ``the Kremlin``, ``Reuters``."""
    DESCRIPTION = "description"
    """A description with no name: ``a senior official``."""
    UNKNOWN = "unknown"
    """Could not be told (for instance an unresolved pronoun)."""


@attrs.frozen(kw_only=True)
class Mention:
    """A place where the text names or refers to a speaker.

    .. versionadded:: 0.1.0
    """

    text: str
    """The mention as written, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""


@attrs.frozen(kw_only=True)
class Cue:
    """The words that attribute a quote: ``said``, ``told reporters``, ``according to``.

    .. versionadded:: 0.1.0
    """

    text: str
    """The cue as written, exactly ``source[start:end]``."""
    start: int
    """Offset of the first character in :attr:`Article.source`."""
    end: int
    """Offset just past the last character."""
    lemma: str
    """The dictionary form, e.g. ``"say"`` for ``said``."""


@attrs.frozen(kw_only=True)
class Speaker:
    """A person, organisation or description that the article names or quotes.

    .. versionadded:: 0.1.0
    """

    name: str
    """The canonical name: the fullest form the article gives (``Vladimir Putin``)."""
    kind: SpeakerKind
    """Person, organisation or description."""
    titles: tuple[str, ...] = ()
    """Titles and roles split from the name (``Russian President``)."""
    gender: str | None = None
    """``"male"`` or ``"female"`` where the text tells (``Mr``, ``she``), else ``None``."""
    mentions: tuple[Mention, ...] = ()
    """Every mention of the speaker in the article, in text order."""
    quotes: tuple[int, ...] = ()
    """Indices into :attr:`Article.quotes` of the quotes attributed to the speaker."""


@attrs.frozen(kw_only=True)
class Attribution:
    """Who said a quote, and how the text says so.

    .. versionadded:: 0.1.0
    """

    mention: Mention
    """The speaker as written near the quote (``Putin``, ``he``, ``a senior official``)."""
    speaker: Speaker | None
    """The resolved speaker, or ``None`` when the mention could not be resolved."""
    cue: Cue | None
    """The attributing words. A continuation shares the cue of the quote it
    continues (which stands elsewhere in the text); a headline ``Name:
    'quote'`` has the colon as its cue and a dash attribution the dash (both
    with lemma ``say``). ``None`` only in attributions built by hand."""
    placement: Placement
    """Where the attribution stands relative to the quote."""
    method: Method
    """How the speaker was found."""
    confidence: float
    """A score between 0 and 1; higher is surer."""


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation, with exact spans for the whole and for its words.

    .. versionadded:: 0.1.0
    """

    index: int
    """Zero-based position among :attr:`Article.quotes` (or among the outer quote's
    :attr:`nested` quotes)."""
    text: str
    """The quote with its marks, exactly ``source[start:end]``."""
    start: int
    """Offset of the opening mark in :attr:`Article.source`."""
    end: int
    """Offset just past the closing mark (or the end of the paragraph when unclosed)."""
    content_start: int
    """Offset of the first character inside the marks."""
    content_end: int
    """Offset just past the last character inside the marks."""
    open_mark: str
    """The opening mark as written (``"``, ``“``, ``‘``, ``«``, ``` `` ```...)."""
    close_mark: str | None
    """The closing mark as written, or ``None`` when the quote was never closed."""
    kind: QuoteKind
    """Direct, partial, or not speech at all (a title, a term)."""
    paragraph: int | None
    """Index of the paragraph the quote starts in; ``None`` for the headline."""
    paragraphs: tuple[int, ...]
    """Indices of every paragraph the quote covers; empty for the headline."""
    nested: tuple["Quote", ...] = ()
    """Quotes inside this one (``“He told me ‘no’,” she said.``)."""
    insertions: tuple[Span, ...] = ()
    """Editorial insertions in square brackets inside the quote."""
    ellipses: tuple[Span, ...] = ()
    """Ellipses (``...``, ``…``) inside the quote."""
    attribution: Attribution | None = None
    """Who said it, or ``None`` when the text does not say."""

    @property
    def content(self) -> str:
        """The words inside the marks: :attr:`text` less its marks."""
        return self.text[
            self.content_start - self.start : self.content_end - self.start
        ]


attrs.resolve_types(Quote)


@attrs.frozen(kw_only=True)
class Article:
    """A parsed news article.

    Build one with :func:`newsmodel.parse`; change one with :func:`attrs.evolve`.

    .. versionadded:: 0.1.0
    """

    source: str
    """The exact text the article was parsed from; every offset points into it."""
    headline: Headline
    """The headline: the first non-blank line."""
    byline: Byline | None = None
    """The byline, or ``None``."""
    dateline: Dateline | None = None
    """The dateline opening the body, or ``None``."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body paragraphs, in order."""
    copyright: Copyright | None = None
    """The copyright footer, or ``None``."""
    unclassified: tuple[Block, ...] = ()
    """Text that is none of the above, kept so that nothing is lost."""
    quotes: tuple[Quote, ...] = ()
    """Every quotation, in text order (outermost quotes; see :attr:`Quote.nested`)."""
    speakers: tuple[Speaker, ...] = ()
    """Who is quoted: every speaker with at least one attributed quote."""
    people: tuple[Speaker, ...] = ()
    """Every named person of the article, quoted or not."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Oddities that lenient parsing recovered from."""

    @property
    def title(self) -> str:
        """The headline's title (without its kicker), as newspaper4k and trafilatura."""
        return self.headline.title

    @property
    def text(self) -> str:
        """The paragraph texts joined with blank lines, as newspaper4k and trafilatura."""
        return "\n\n".join(p.text for p in self.paragraphs)
