"""Stage 3: attribute each quote to its speaker and list the article's speakers.

The rules, in the order they are tried for each quote:

1. A dash after the quote followed by a name: ``"..." — Jane Doe, mayor``.
2. A cue right after the quote, with the speaker after or before it:
   ``"...," said Putin``, ``"...," Putin said``, ``"...," according to X``,
   ``"...," as X said``; a long subject is represented by the noun phrase
   opening it (``"...," Mara Quill, who is ... said``). A participle after
   the quote (``"...," adding that``) is no inverted cue.
3. A cue earlier in the quote's sentence, with the speaker before it:
   ``Putin said: "..."``, ``He accused the U.S. of seeking to "contain"``;
   ``according to X, "..."``; a bare colon (``Name: "..."``, and in the
   headline ``Name: 'quote'``); a clause before a colon (``The report puts
   it this way: "..."``). Participles and verbs coordinated after a comma
   take the main clause's subject. When the clause holding the quote is
   reported by an earlier cue (``X said Y had told leaders "..."``), the
   report's cue and speaker are taken. A paragraph ending in a colon, or a
   reporting sentence just before (``X said in a statement. "..."``),
   introduces the quote; a transcript label (``Lopez: ... '...'``) gives the
   paragraph's quotes to its name; a headline's opening name and verb
   attribute its quote (``Hale drops 'reform'``). A participle clause
   opening the sentence takes the subject after its comma (``While
   denouncing the "...", she has``). When a partial quote has both a cue
   before it in its sentence and a clause after it, the cue before wins
   unless the clause after closes the sentence as a reporting clause
   (``X called it "a mess," Y said.``).
4. The second half of an interrupted quote shares the cue standing between
   the halves, also when it continues the sentence (``"A," said X, an
   economist, "b."``) or follows a short opening (``But "b."``).
5. A quote opening a sentence with no cue of its own inherits the previous
   quote's speaker and cue when that quote is in the same or the previous
   paragraph (a partial quote inside a direct quote's sentence passes the
   direct quote's attribution on). A later partial quote of the same
   sentence with no cue of its own shares the earlier quote's attribution
   (``X attacked the "rigged" system of "career politicians"``).
6. A speech noun of the lexicon owned by a name or a possessive pronoun
   (``Trump's claim that "..."``, ``his call for "..."``) attributes the
   quote, unless a subject and verb govern the noun phrase
   (``X praised his comments as "..."``) and no content clause follows the
   noun (``his warning that "..."``).
7. Failing all of these, the nearest subject and verb before a quote in its
   sentence attribute it (``The impostor gushed about a "..."``), unless
   the word is no verb (``had a great "..."``, ``on show``), the quote is
   text worn, shown or made (``wearing a "..." hat``, ``the words "..."``,
   ``making "..." soul``) or a term of no one (``what some call the
   "..."``, ``what is known as "..."``).

Three refinements apply to what these rules find. A reporting clause set off
by commas before the quote reports its whole sentence (``Nor, she said, would
she admit it was "..."``), unless a cue stands right before the quote. A
source the reporter cites for the sentence replaces the speaker found:
``according to Y`` anywhere in it, ``..., Y reported.`` closing it, or an
opening ``As Y put it,``. And a partial quote with no attribution takes the
one closing its sentence after a later quote (``a "fine idea" that brought
"real gains," he said``).

Mentions are then resolved: surnames and titles join the full name given
earlier, a possessive pronoun joins the person named before it in its
sentence, other pronouns join the most recent compatible speaker, and
descriptions and organisations become speakers of their own. A full name with no title
that opens a sentence as its subject (``Tom Baker opened the bridge.``) is
recorded too, so a later first name, surname or pronoun can join it; it is
listed among the people once something joins it.
"""

import bisect
import functools
import itertools
import operator
from collections import Counter, deque
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from ._model import (
    Article,
    Attribution,
    Cue,
    Mention,
    Method,
    Placement,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from ._speakers import (
    _BODY_ROLES,
    _DASHES,
    _DETERMINERS,
    _EXPLETIVE_VERBS,
    _MONTHS,
    _NOT_VERBS,
    _NUMBERS,
    _PARTICLES,
    _PREPOSITIONS,
    _SUBORDINATORS,
    _VERBAL,
    _WHEN,
    Doc,
    Found,
    Name,
    Tokens,
    _is_contraction,
)
from .lexicon import Lexicon

__all__ = ["attribute"]

_CLOSE_MARKS = frozenset(['"', "”", "’", "'", "»", "›"])
"""Marks that close a quotation: a cue right after one is inverted (``” wrote X``)."""
_END_CHARS = frozenset(".!?")
"""The last characters of a token that may end a sentence: a cheap test first."""
_LOOK_BACK = 80
"""Most tokens read before a quote for its cue."""
_LOOK_AHEAD = 40
"""Most tokens read after a quote for its cue."""
_CONJUNCTIONS = frozenset(("and", "but", "or"))
"""The conjunctions that open the next clause after a quote (:meth:`_Finder.sourced`)."""
_AFTER_REACH = 40
"""Most tokens between a quote and a cue that follows it."""
_PRONOUN_REACH = 40
"""Most earlier subjects a pronoun is compared with."""
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
    ]
)
_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself"))
_COPULAS = frozenset(("is", "are", "was", "were"))
_BODY_NOUNS = frozenset(
    [
        "company",
        "firm",
        "club",
        "bank",
        "carmaker",
        "retailer",
        "airline",
        "insurer",
        "broadcaster",
        "manufacturer",
        "chain",
        "operator",
        "supermarket",
        "conglomerate",
        "corporation",
        "giant",
        "studio",
        "label",
        "publisher",
        "network",
        "charity",
        "union",
        "party",
    ]
)
"""Nouns for a body that ``the`` refers back with (``the company said``)."""
_SUBJECT_BODIES = _BODY_NOUNS | frozenset(
    [
        "administration",
        "agency",
        "association",
        "authority",
        "board",
        "commission",
        "committee",
        "council",
        "court",
        "department",
        "government",
        "ministry",
        "organisation",
        "organization",
        "panel",
        "regulator",
        "watchdog",
    ]
)
"""Nouns of a body that ``the`` opening a subject names (``The committee said``)."""
_GO_FORMS = frozenset(["go", "goes", "went", "going", "gone"])
"""Forms of ``go`` in ``goes on to attack``."""
_REPORTING_TEXTS = frozenset(["report", "study", "survey", "review", "inquiry"])
"""Nouns of a text that ``the`` opening a subject names (``The report said``)."""
_AGENT_SUFFIXES = ("ent", "er", "ist", "ian", "or", "ant", "ee")
"""Endings of nouns for people (``opponent``, ``worker``): their plurals are groups."""
_NO_LEDE_PERSON = frozenset(
    ["source", "sources", "report", "study", "survey", "statement", "poll"]
)
"""Descriptions that name no person a later paragraph names (``a source``)."""
_CIRCUMSTANTIAL = frozenset(["in", "on", "during", "after", "before", "via", "with"])
"""Prepositions of a circumstance after a speaker's name (``in a note``)."""
_ASIDE_REACH = 16
"""Most tokens of an aside between dashes after a name (``- who was cleared -``)."""
_INVERTING = frozenset(
    [
        "said",
        "says",
        "thinks",
        "believes",
        "reckons",
        "predicts",
        "predicted",
        "insists",
        "insisted",
        "admits",
        "admitted",
        "writes",
        "wrote",
        "suggests",
        "suggested",
        "added",
        "adds",
        "explained",
        "explains",
        "noted",
        "notes",
        "observed",
        "observes",
        "argued",
        "argues",
        "warned",
        "warns",
    ]
)
"""Cues that a speaker follows in an inverted report (``..., said Jo Lee.``)."""
_OWNED_TEXTS = frozenset(
    [
        "statement",
        "letter",
        "website",
        "report",
        "release",
        "memo",
        "blog",
        "filing",
        "ruling",
        "message",
        "advice",
        "verdict",
        "headline",
    ]
)
"""Nouns of a text that speaks for its owner (``Acme's statement said``)."""
_NAME_VERBS = frozenset(
    ["faces", "wins", "leads", "takes", "makes", "needs", "wants", "remains"]
)
"""Verbs that a subject reading would take as a noun after a name (``Tom Baker faces``)."""
_CAME = frozenset(["came", "comes", "come", "coming"])
"""Verbs of news arriving with another event: ``His words came as``."""
_OPENING_COPULAS = frozenset(["is", "was", "has", "had"])
"""Verbs after a sentence's opening name that make it the subject."""
_CLAUSE_JOINERS = frozenset(["and", "but", "while", "whereas", "yet"])
"""Conjunctions that open a clause with a subject of its own."""
_UNNAMED_ROLES = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "aide",
        "adviser",
        "advisor",
        "source",
        "representative",
        "lawyer",
        "attorney",
        "analyst",
        "economist",
        "witness",
        "resident",
        "insider",
    ]
)
"""Roles of people an article quotes without naming them (``a spokesman``)."""
_EPITHETS = frozenset(
    [
        "actor",
        "actress",
        "athlete",
        "author",
        "boss",
        "captain",
        "coach",
        "leader",
        "manager",
        "batsman",
        "bowler",
        "boxer",
        "champion",
        "comedian",
        "cyclist",
        "defender",
        "footballer",
        "forward",
        "goalkeeper",
        "golfer",
        "midfielder",
        "musician",
        "novelist",
        "player",
        "presenter",
        "rapper",
        "singer",
        "skipper",
        "sprinter",
        "star",
        "striker",
        "swimmer",
        "teenager",
        "veteran",
        "winger",
        "youngster",
    ]
)
"""Nouns that describe a person named before (``the striker``): ``the``
and one of them stands for the most recent person named in full."""
_SITES = frozenset(["website", "site", "homepage", "blog"])
"""Nouns of a body's pages on the web: ``the help page on Acme's website``."""
_OWNER_REACH = 4
"""Most capitalised words of the owner of a website (``on the Acme Foods website``)."""
_RELATIVE_BACK = 12
"""Most tokens read back from a relative's comma for the description before it."""
_MEMBER_LETTERS = frozenset(["MP", "MEP", "MSP", "MLA", "AM", "TD"])
"""A member's letters, as written: ``the Leeds North MP`` is the person named before."""
_OFFICE_EPITHETS = frozenset(["boss", "captain", "coach", "leader", "manager"])
"""Epithets that are offices too: ``the coach`` is first whoever holds the
title, then the person named before."""
_EPITHET_REACH = 150
_LEDE_REACH = 8
"""Most tokens between a description in the lede and its ``has`` (``has said``)."""
"""Most tokens between a person and a description (``the striker``) of them."""
_OFFICE_RANKS = frozenset(["shadow", "deputy", "vice", "acting", "assistant", "junior"])
"""Words of a title that make it another office: ``the chancellor`` is not
the ``Shadow Chancellor``."""
_ROLE_REACH = 9
"""Most tokens of an open role after a name and its comma (``chief officer``)."""
_BODY_WORDS = 6
"""Most words of a body's name after ``of`` (``Ann Lee of Save the Trees``)."""
_NAMING_VERBS = frozenset(
    [
        "call",
        "calls",
        "called",
        "describe",
        "describes",
        "described",
        "dubbed",
        "termed",
    ]
)
"""Verbs that name something in ``what she called "..."``."""
_PASSIVE_AUX = frozenset(("is", "are", "was", "were", "be", "been", "being"))
"""The auxiliaries before a passive participle (``has been called``)."""
_NAMING_PASSIVES = frozenset(
    [
        "billed",
        "branded",
        "crowned",
        "dubbed",
        "hailed",
        "labeled",
        "labelled",
        "named",
        "tipped",
        "touted",
        "voted",
    ]
)
"""Participles that name what they describe: in a headline, with no
auxiliary, ``Acme crowned "top brand"`` is a passive."""
_PASSIVE_REACH = 8
"""Most tokens between a passive participle, its quote and its agent."""
_BREAKS = frozenset(
    [
        "and",
        "but",
        "or",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "if",
        "as",
        "because",
        "while",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
    ]
)
"""Words that cannot stand inside a loosely delimited mention."""
_COMMON_WORDS = (
    _DETERMINERS | _NUMBERS | _SUBORDINATORS | _VERBAL | _WHEN | _AUXILIARIES
)
"""Function words that open a sentence with a capital but name no one."""
_NAME_MARKS = frozenset("-'’")
"""Marks inside a word of a name besides letters: ``Ki-moon``, ``O'Brien``."""
_MAX_HEADLINE_SUBJECT = 6
"""Most tokens in the name opening a headline before its verb."""
_CLAUSE_BREAKS = frozenset(
    [
        ",",
        ";",
        ":",
        "(",
        ")",
        "—",
        "–",
        "and",
        "but",
        "or",
        "while",
        "whereas",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "what",
        "after",
        "before",
        "because",
        "as",
        "if",
        "since",
        "until",
        "though",
        "although",
        "how",
        "why",
    ]
)
"""Tokens that separate a clause from a reporting cue before it."""
_AFTER_VERB = frozenset(
    ["and", "on", "to", "at", "in", "as", "from", "during", "with", "into"]
)
"""Words that may follow the verb closing ``"...," X barked and ...``."""
_LABEL = 4
"""Most tokens in a transcript's speaker label, its colon included."""
_OUTER_REACH = 40
"""Most tokens between a reporting cue and the clause it reports."""
_OPENING = 12
"""Most tokens before a quote that continues the sentence before it."""
_LINKING = frozenset(("and", "but", "so", "yet", "still", "then", "indeed", "also"))
"""Words that may stand before a quote that continues the previous one."""
_OPENERS = frozenset(
    ("a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my")
)
"""Function words that may open a loosely delimited mention (``his friend X``)."""
_LOOSE = 14
"""Most tokens in a loosely delimited mention."""
_SPEAKING = frozenset((QuoteKind.DIRECT, QuoteKind.PARTIAL))
_NOUN_REACH = 12
"""Most tokens between a speech noun (``claim``) and the quote it introduces."""
_MODIFIERS = 3
"""Most words between a possessive and the speech noun it owns, or before a bare description."""
_ASIDE = 8
"""Most tokens of a reporting clause set off by commas (``, the mayor said,``)."""
_ADVERBIAL = 5
"""Most tokens of a time phrase between an inverted speaker and the quote's colon."""
_TIME_OPENERS = frozenset(
    ("on", "at", "in", "during", "after", "before", "late", "early", "last", "this")
)
"""Words opening such a time phrase (``said Tom Baker on Monday:``)."""
_NOUN_BREAKS = frozenset((",", ";", ":", "(", ")", ".", "!", "?", "—", "–"))
"""Tokens that end the clause a speech noun introduces a quote in."""
_CLOSING = 8
"""Most words after a reporting clause that closes its sentence (``on Tuesday``)."""
_QUOTE_LISTERS = frozenset(["and", "or", ","])
"""Words between quotes listed one after another (``"a" and "b"``)."""
_OPENING_PARTICIPLE = frozenset(
    ("while", "when", "after", "before", "since", "by", "in", "upon", "but", "and")
)
"""Words that may open a sentence before a participle clause: ``While denouncing``."""
_PREPOSITIONAL = frozenset(("including", "regarding", "concerning", "following"))
"""Participles that work as prepositions: ``including his promise to "..."``."""
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
"""Possessive pronouns, mapped to the subject pronoun that tells their gender."""
_LABELS = frozenset(
    [
        "banner",
        "box",
        "boxes",
        "button",
        "catchphrase",
        "category",
        "label",
        "shirts",
        "sticker",
        "t-shirts",
        "tag",
    ]
)
"""Nouns after a quote that make it the name of a label: ``the "not sure" box``."""
_NOUN_OPENERS = frozenset(("a", "an", "the"))
"""Articles: the word after one is no verb (``had a great season``)."""
_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "of", "under"))
"""Prepositions before a noun that looks like a verb: ``the boat on show``."""
_SHOWING_VERBS = MappingProxyType(
    {
        **dict.fromkeys(("wear", "wears", "wore", "worn", "wearing"), "wear"),
        **dict.fromkeys(
            (
                "display",
                "displays",
                "displayed",
                "displaying",
                "show",
                "shows",
                "showed",
                "shown",
                "showing",
            ),
            "show",
        ),
        **dict.fromkeys(("make", "makes", "made", "making"), "make"),
        **dict.fromkeys(("produce", "produces", "produced", "producing"), "make"),
    }
)
"""Verbs of wearing, showing and making, by the kind of quote they take as
no one's words: any (``wearing a "..." hat``), text shown (``shows the
words "..."``), a term describing what is made (``making "old school" soul``)."""
_SHOWN_TEXTS = frozenset(("words", "message", "slogan", "caption", "sign"))
"""Nouns of shown text right before a quote: ``displays the words "..."``."""
_IMPERSONAL_NAMING = frozenset(
    ["call", "called", "calls", "known", "termed", "dubbed", "described"]
)
"""Naming verbs of ``what is known as "..."`` and ``what some call "..."``."""
_GENERIC_CALLERS = frozenset(["some", "many", "others", "people"])
"""Subjects naming no one of ``what some call "..."``."""
_PLACED = frozenset(("based", "headquartered"))
"""Participles that place the noun before them: ``A film based on ...``."""
_PLACING = frozenset(("on", "upon", "in", "at", "near", "around", "outside"))
"""Prepositions after a :data:`_PLACED` participle."""
_PASSIVE_AFTER = frozenset(("to", "by", "of", "in", "as", "on", "with"))
"""Words after a participle cue that make it passive (``said to be``, ``told by``)."""


@attrs.define
class _Raw:
    """An attribution before resolution, in token indices."""

    found: Found
    cue: tuple[int, int] | None
    placement: Placement
    source: int | None = None
    """For an inherited attribution, the quote it is inherited from."""


@attrs.define(eq=False)
class _Entity:
    """A speaker or person being assembled."""

    key: str
    name: str
    kind: SpeakerKind
    first: int
    titles: list[str] = attrs.field(factory=list)
    gender: str | None = None
    mentions: set[tuple[int, int]] = attrs.field(factory=set)
    quotes: list[int] = attrs.field(factory=list)
    named: bool = False
    """Whether the article names it as a person (so it belongs in ``people``)."""
    tentative: bool = False
    """Whether only an untitled sentence subject names it so far: it belongs in
    ``people`` once a later mention joins it or a quote is attributed to it."""


@functools.lru_cache(maxsize=16)
def _cue_words(
    lexicon: Lexicon,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The cue lemmas, the words of ``report`` cues and the source openers of ``lexicon``.

    Made once per lexicon: the lexicon is frozen and hashable.
    """
    lemmas = frozenset(lexicon.cues.values())
    reports = frozenset(
        word
        for phrase, lemma in lexicon.cues.items()
        if lemma == "report"
        for word in phrase.split()
    )
    openers = frozenset(phrase.split()[0] for phrase in lexicon.source_after_cues)
    return lemmas, reports, openers


def attribute(article: Article, lexicon: Lexicon) -> Article:
    """Return ``article`` with attributions, speakers and people filled.

    Args:
        article: An article whose :attr:`~newsmodel.Article.quotes` are found.
        lexicon: The cue, title and pronoun lexicon.

    Returns:
        The article with :attr:`~newsmodel.Quote.attribution`,
        :attr:`~newsmodel.Article.speakers` and :attr:`~newsmodel.Article.people`
        filled.
    """
    quotes = article.quotes
    tokens = Tokens(article.source, [(q.start, q.end) for q in quotes])
    doc = Doc(tokens, lexicon)
    finder = _Finder(doc, article)
    raws = finder.find_all()
    resolver = _Resolver(doc, article, finder)
    del article, quotes  # the resolver lets go of the quotes it replaces
    return resolver.resolve(raws)


class _Finder:
    """Finds the mention and the cue of every quote, before resolution."""

    def __init__(self, doc: Doc, article: Article) -> None:
        """Lay out the regions (headline and paragraphs) in token indices."""
        self.doc = doc
        self.tokens = doc.tokens
        self.article = article
        tokens = self.tokens
        headline = article.headline
        self.headline = (tokens.index(headline.start), tokens.index(headline.end))
        self.paragraphs = [
            (tokens.index(p.start), tokens.index(p.end)) for p in article.paragraphs
        ]
        self.quote_starts = [q.start for q in article.quotes]
        self._sentence_starts: dict[int, int] = {}
        """:meth:`sentence_start` by its arguments, keyed by one int
        (``first * width + low``): a dict of ints only is no object for the
        garbage collector to follow."""
        self._width = len(tokens) + 1

    @functools.cached_property
    def paragraph_starts(self) -> list[int]:
        """The first token of each paragraph, in order."""
        return [low for low, _ in self.paragraphs]

    @functools.cached_property
    def lemmas(self) -> frozenset[str]:
        """The lemmas of the lexicon's cues, as bare verbs (``they conclude``)."""
        return _cue_words(self.doc.lexicon)[0]

    @functools.cached_property
    def report_words(self) -> frozenset[str]:
        """The words of the lexicon's cues whose lemma is ``report``."""
        return _cue_words(self.doc.lexicon)[1]

    @functools.cached_property
    def source_openers(self) -> frozenset[str]:
        """The first words of the lexicon's source cues (``according``)."""
        return _cue_words(self.doc.lexicon)[2]

    @functools.cached_property
    def body_words(self) -> set[str]:
        """The capitalised words of the paragraphs; few articles need them."""
        return {
            word
            for low, high in self.paragraphs
            for word in self.tokens.text[low:high]
            if word[0].isupper()
        }

    def region(self, quote: Quote) -> tuple[int, int]:
        """The token range of the headline or paragraphs the quote lies in."""
        if quote.paragraph is None:
            if self.headline[0] <= self.tokens.index(quote.start) < self.headline[1]:
                return self.headline
            return (0, len(self.tokens))
        first = quote.paragraphs[0] if quote.paragraphs else quote.paragraph
        last = quote.paragraphs[-1] if quote.paragraphs else quote.paragraph
        if 0 <= first <= last < len(self.paragraphs):
            return (self.paragraphs[first][0], self.paragraphs[last][1])
        return (0, len(self.tokens))

    def quote_at(self, offset: int) -> Quote | None:
        """The quote containing ``offset``, if any."""
        position = bisect.bisect_right(self.quote_starts, offset) - 1
        if position < 0:
            return None
        quote = self.article.quotes[position]
        return quote if quote.start <= offset < quote.end else None

    def find_all(self) -> list[_Raw | None]:
        """Attribute every quote that is speech, then link halves and continuations."""
        raws: list[_Raw | None] = []
        floors: list[int] = []
        for quote in self.article.quotes:
            if quote.kind not in _SPEAKING or self._title(quote) or self._label(quote):
                raws.append(None)
                floors.append(-1)
                continue
            raw, floor = self.find(quote)
            raw = self._quoted_as(self.passive(quote, raw, floor))
            raws.append(self.sourced(quote, raw))
            floors.append(floor)
        self.link(raws, floors)
        return raws

    def _quoted_as(self, raw: _Raw | None) -> _Raw | None:
        """``Acme Press quoted a port official as saying``: the official speaks.

        The one quoted ``as saying`` the words is the speaker, not the paper
        or agency that quotes them.
        """
        if raw is None or raw.cue is None:
            return raw
        tokens = self.tokens
        start, end = raw.cue
        if (
            end - start == 1
            and tokens.low[start] == "saying"
            and raw.found.end + 2 < start
            and tokens.low[start - 1] == "as"
            and tokens.low[raw.found.end] in {"quoted", "quotes"}
        ):
            # ``The Post quoted Tom Baker as saying: "..."``, read backwards.
            start, end = raw.found.end, raw.found.end + 1
        if end - start != 1 or tokens.low[start] not in {"quoted", "quotes", "quoting"}:
            return raw
        found = self.doc.mention_right(end, min(len(tokens.text), end + _ASIDE))
        if (
            found is None
            or found.form == "pronoun"
            or found.end + 1 >= len(tokens.text)
            or tokens.low[found.end] != "as"
            or tokens.low[found.end + 1] != "saying"
        ):
            return raw
        return _Raw(found=found, cue=(start, end), placement=raw.placement)

    def _title(self, quote: Quote) -> bool:
        """Whether a partial quote names a work in an apposition, which nobody says.

        ``Ann Lee, author of "The Long Road," said``.
        """
        if quote.kind is not QuoteKind.PARTIAL:
            return False
        tokens = self.tokens
        first = tokens.index(quote.start)
        last = tokens.index(quote.end) - 1
        return first < last and self.doc.title_quote_start(last) == first

    def _label(self, quote: Quote) -> bool:
        """Whether a partial quote names a label, which nobody says.

        ``Ann Lee chose to tick the "not sure" box``: a noun of
        :data:`_LABELS` right after the closing mark.
        """
        if quote.kind is not QuoteKind.PARTIAL:
            return False
        tokens = self.tokens
        end = tokens.index(quote.end)
        return (
            end < len(tokens.text)
            and tokens.text[end] in _LABELS
            and quote.content.rstrip()[-1:].isalnum()
        )

    def passive(self, quote: Quote, raw: _Raw | None, floor: int) -> _Raw | None:
        """``has been thanked by the mayor for "..."``, ``was called "..." by X``.

        A passive participle before the quote with ``by`` and a speaker
        after it, before or after the quote in the same clause, names who
        used the words: the agent, not the passive's subject.
        """
        if raw is not None and (
            raw.placement is not Placement.BEFORE or raw.cue is None
        ):
            return raw
        tokens = self.tokens
        first = tokens.index(quote.start)
        last = tokens.index(quote.end)
        headline = quote.paragraph is None
        participle = self._participle_before(first, floor, headline=headline)
        if participle is None:
            return raw
        if raw is not None and (
            raw.found.end > participle
            or (
                raw.cue is not None
                and raw.cue[0] != participle
                and self.doc.match_cue(raw.cue[0], first) > raw.cue[0]
            )
        ):
            # A speaker of its own after the passive, or a report around it
            # (``she said the plan was agreed by an adviser "..."``).
            return raw
        by = self._agent_by(participle + 1, first, last)
        if by is None:
            if (
                raw is not None
                and raw.cue is not None
                and (
                    raw.cue[0] == participle
                    # ``Acme was named "top brand"``: the auxiliary as the cue
                    or all(
                        tokens.low[k] in _PASSIVE_AUX or self.doc.is_adverb(k)
                        for k in range(raw.cue[0], participle)
                    )
                )
                and (headline or self._after_auxiliary(participle))
            ):
                # ``The phone has been hailed as "a game changer".``: what is
                # described says nothing, and no one is named who did.
                return None
            return raw
        agent = self._agent(by + 1)
        if agent is None:
            return raw
        return _Raw(
            found=agent,
            cue=(participle, participle + 1),
            placement=Placement.BEFORE if by < first else Placement.AFTER,
        )

    def _agent(self, start: int) -> Found | None:
        """A passive's agent that can speak: a name, or a person's or body's noun."""
        tokens = self.tokens
        doc = self.doc
        limit = len(tokens.text)
        found = doc.mention_right(start, limit)
        if found is not None and found.form == "name":
            return found
        named = self._named_after_role(start, limit)
        if named is not None:
            return named
        if found is not None and found.form == "description":
            end = found.end
        elif found is None and start < limit and tokens.is_word(start):
            end = start + 1  # ``by police``: a bare noun
        else:
            return None
        while (
            end < limit
            and end - start < _MODIFIERS + 2
            and tokens.low[end].isalpha()
            and not tokens.quoted[end]
            and not tokens.is_capital(end)
            and tokens.low[end] not in doc.lexicon.stopwords
            and tokens.low[end] not in _CLAUSE_BREAKS
            and not tokens.low[end].endswith(("ing", "ed"))
        ):
            end += 1  # ``by local bus campaigners``
        head = end - 1
        found = Found(start=start, end=end, form="description")
        if (
            doc.is_role_noun(head)
            or tokens.low[head] in doc.lexicon.organisation_markers
            # ``by scouts who saw them``: people, by their relative.
            or (end < limit and tokens.low[end] == "who")
        ):
            return found
        return None

    def _after_auxiliary(self, participle: int) -> bool:
        """Whether a passive participle follows its auxiliary (``has been hailed``).

        Adverbs may stand between (``was later described``); a participle
        after a comma may be a past tense (``Lee, who won, called``).
        """
        tokens = self.tokens
        k = participle - 1
        while k > 0 and self.doc.is_adverb(k) and tokens.low[k] not in _PASSIVE_AUX:
            k -= 1
        return k >= 0 and tokens.low[k] in _PASSIVE_AUX

    def _named_after_role(self, start: int, limit: int) -> Found | None:
        """``by his friend Ann Lee``, ``by the film's director Ann Lee``: the name.

        A possessive or an article and a few lowercase words (or an owner's
        ``'s``) before a name: the name is the agent.
        """
        tokens = self.tokens
        if start >= limit or tokens.low[start] not in {"his", "her", "their", "the"}:
            return None
        k = start + 1
        while k < limit and k - start <= _MODIFIERS + 2 and not tokens.quoted[k]:
            word = tokens.low[k]
            if tokens.is_capital(k):
                found = self.doc.mention_right(k, limit)
                if k > start + 1 and found is not None and found.form == "name":
                    return found
                return None
            if not (word.isalpha() or word in {"'s", "’s"}) or (
                word in self.doc.lexicon.stopwords or word in _CLAUSE_BREAKS
            ):
                return None
            k += 1
        return None

    def _participle_before(
        self, first: int, floor: int, *, headline: bool = False
    ) -> int | None:
        """A passive participle shortly before the quote (``been called``), if any.

        In a headline, which drops its auxiliaries, a participle before
        ``as`` is one too: ``Widget tipped as a "best buy"``.
        """
        tokens = self.tokens
        first = self._before_listed_quotes(first, floor)
        i = first - 1
        while i >= floor and first - i <= _PASSIVE_REACH:
            word = tokens.low[i]
            if tokens.quoted[i] or (word in _CLAUSE_BREAKS and word != "as"):
                return None  # ``described as "..."``: ``as`` goes on
            if word.endswith(("ed", "en")) and word.isalpha() and i > floor:
                k = i - 1
                while (
                    k > floor
                    and self.doc.is_adverb(k)
                    and tokens.low[k] not in _PASSIVE_AUX
                ):
                    k -= 1
                if (
                    tokens.low[k] in _PASSIVE_AUX
                    or (
                        # ``the inquiry, often labeled a "hunt" by critics,``:
                        # a participle opening an aside is a passive too.
                        tokens.text[k] in {",", "—", "–", "-"} and k > floor
                    )
                    or (
                        headline
                        and (tokens.low[i + 1] == "as" or word in _NAMING_PASSIVES)
                    )
                ):
                    return i
                return None
            i -= 1
        return None

    def _past_listed_quotes(self, last: int) -> int:
        """The token after the quotes listed after the one ending at ``last``.

        ``described as "reckless" and "wrong" by X``: ``and`` (``or``, a
        comma) and another quote go on with the same words.
        """
        tokens = self.tokens
        limit = len(tokens.text)
        while (
            last + 1 < limit
            and tokens.low[last] in _QUOTE_LISTERS
            and tokens.quoted[last + 1]
            and not tokens.quoted[last]
        ):
            last += 1
            while last < limit and tokens.quoted[last]:
                last += 1
        return last

    def _before_listed_quotes(self, first: int, floor: int) -> int:
        """The first token of the quotes listed before the one starting at ``first``."""
        tokens = self.tokens
        while (
            first - 2 >= floor
            and tokens.low[first - 1] in _QUOTE_LISTERS
            and tokens.quoted[first - 2]
            and not tokens.quoted[first - 1]
        ):
            first -= 1
            while first > floor and tokens.quoted[first - 1]:
                first -= 1
        return first

    def _agent_by(self, start: int, first: int, last: int) -> int | None:
        """The ``by`` of a passive's agent, or ``None``.

        It stands between the participle and the quote, or in the few words
        after the quote, within the clause.
        """
        tokens = self.tokens
        for i in range(start, first):
            if tokens.low[i] == "by" and not tokens.quoted[i]:
                return i
        last = self._past_listed_quotes(last)
        limit = min(len(tokens.text), last + _PASSIVE_REACH)
        for i in range(last, limit):
            word = tokens.low[i]
            if tokens.quoted[i] or tokens.is_sentence_end(i) or word in _CLAUSE_BREAKS:
                return None
            if word == "by":
                return i if i + 1 < len(tokens.text) else None
        return None

    def find(self, quote: Quote) -> tuple[_Raw | None, int]:
        """The attribution of one quote from its own sentence, and the sentence start."""
        tokens = self.tokens
        low, high = self.region(quote)
        first = tokens.index(quote.start)
        last = tokens.index(quote.end)
        floor = self.sentence_start(first, low)
        if quote.paragraph is not None or last < high:
            after = self.after(quote, last, high, opens=floor == first)
            if after is not None:
                if (
                    quote.kind is QuoteKind.PARTIAL
                    and floor < first
                    and (
                        not self._closing(after, last, high)
                        or (
                            tokens.low[floor] in _SUBORDINATORS
                            and after.cue is not None
                            and after.found.start < after.cue[0]
                        )
                    )
                ):
                    # ``X summed him up as "terrible," denounced ...``: a
                    # cue before a partial quote in its sentence governs it,
                    # unless the clause after reports the whole sentence
                    # (``X called it "a mess," Y said.``); a clause that
                    # opens the sentence with ``although`` or ``when`` keeps
                    # its own cue before a main clause in plain order
                    # (``Although X admitted they had "met," he denied a
                    # deal.``; but ``If ..., "...?" asked Y``).
                    before = self.before(first, floor, headline=False)
                    if before is not None:
                        return before, floor
                elif (
                    quote.kind is QuoteKind.PARTIAL
                    and floor < first
                    and tokens.low[floor] in _OPENING_PARTICIPLE
                ):
                    # ``While praising the "...", she warned``: the
                    # participle reports the words, the main verb does not.
                    before = self.before(first, floor, headline=False)
                    if (
                        before is not None
                        and before.cue is not None
                        and tokens.low[before.cue[0]].endswith("ing")
                    ):
                        return before, floor
                elif floor < first - 1 and tokens.text[first - 1] in {",", ":"}:
                    # ``When a man shouted, "Cruz," Beck joked``: a cue right
                    # before the quote introduces it.
                    before = self.before(first, floor, headline=False)
                    if (
                        before is not None
                        and before.cue is not None
                        and before.cue[1] == first - 1
                    ):
                        return before, floor
                return after, floor
        before = self.before(first, floor, headline=quote.paragraph is None)
        if (
            before is not None
            and before.cue is not None
            and quote.paragraph is None
            and before.placement is Placement.BEFORE
        ):
            # ``Clinton says X, calls Y 'troubling'``.
            before = self._coordinated(before, first)
        if before is None and quote.paragraph is None:
            before = self.headline_colon(first, low)
        if before is None and quote.content.rstrip()[-1:] != ".":
            # After a full stop inside the marks the sentence is over: a
            # clause closing the next one reports that one.
            before = self.trailing(last, high)
        if before is None and quote.paragraph is None and low <= first < high:
            before = self.headline_verb(first, low)
        if before is None and first == low and floor == low:
            before = self.introduced(quote)
        if before is None and floor == first and quote.paragraph is not None:
            before = self.previous_sentence(first, low) or self._subject_before(
                quote, first, low
            )
        if before is None and quote.paragraph is not None:
            before = self.speaker_label(first, low)
        if before is None and quote.paragraph is not None:
            owned = self.possessive(first, floor)
            guess = self.doc.sentence_subject(floor, first)
            nearest = self._nearest_subject(first, floor)
            if guess is None or (
                nearest is not None
                and nearest[0].start > guess[1]
                and tokens.low[nearest[0].start - 1] in _CLAUSE_JOINERS
                and (
                    nearest[0].form == "pronoun"
                    or self.doc.match_cue(nearest[1], first) > nearest[1]
                )
                and "that" not in tokens.low[guess[1] : nearest[0].start]
            ):
                # ``Lee has been deaf since childhood and he thinks "..."``: the
                # clause the quote stands in has a subject of its own.
                guess = nearest
            if owned is not None and (
                guess is None
                or guess[1] > owned.found.start
                or self._content_noun(owned, first)
            ):
                # ``Trump's claim that "..."``; but ``X defended his claim
                # as "..."``: the verb's subject speaks of the claim.
                before = owned
            elif guess is not None and not self._placed(guess[1], first):
                found, verb = guess
                verb = self._last_predicate(self._gone_on(verb, first), first)
                guessed = _Raw(
                    found=found, cue=(verb, verb + 1), placement=Placement.BEFORE
                )
                before = self._outer(guessed, floor)
                if before is guessed and self._no_report(verb, first, last):
                    before = None
        if before is None and quote.paragraph is None and low <= first < high:
            # ``Lee's claim that ... 'safely stored' is wrong``.
            owned = self.possessive(first, floor)
            if owned is not None and self._content_noun(owned, first):
                before = owned
        text = tokens.text
        for i in range(floor, first):
            if text[i][0].isalpha() and tokens.low[i] not in _LINKING:
                break  # a word (``tokens.is_word``, inline) that links nothing
        else:
            floor = first
        return before, floor

    def sourced(self, quote: Quote, raw: _Raw | None) -> _Raw | None:
        """The source the reporter cites for the quote's sentence, if any, else ``raw``.

        ``"...," X said, according to Y.``, ``According to Y, X called it
        "..."``, ``"...," X said, Y reported.``, ``As Y put it, X is "..."``:
        the words reach the article through Y, the outer source, and the
        attribution names Y (``X`` stays among the article's people).
        """
        if raw is not None and raw.placement is Placement.ACCORDING_TO:
            return raw
        tokens = self.tokens
        doc = self.doc
        low, high = self.region(quote)
        first = tokens.index(quote.start)
        last = tokens.index(quote.end)
        start = self.sentence_start(first, low)
        end = last
        if quote.content.rstrip()[-1:] != ".":
            stop = min(high, last + _LOOK_AHEAD)
            text = tokens.text
            while end < stop and not (
                text[end][-1] in _END_CHARS and tokens.is_sentence_end(end)
            ):
                end += 1
        if not _CONJUNCTIONS.isdisjoint(tokens.low[last:end]):
            for i in range(last, end):
                if tokens.low[i] in _CONJUNCTIONS:
                    # ``"...," and, according to Y, once told``: the next clause's.
                    end = i
                    break
        own = None if raw is None else raw.cue
        openers = self.source_openers
        words = tokens.low
        window: tuple[int, ...] = ()
        if not (
            openers.isdisjoint(words[last:end])
            and openers.isdisjoint(words[start:first])
        ):
            # Only then is a source cue in reach (most sentences have none).
            window = (*range(last, end), *range(first - 1, start - 1, -1))
        for i in window:
            if words[i] not in openers or tokens.quoted[i]:
                continue
            limit = end if i >= last else first
            cue_end = doc.match_cue(i, limit)
            if cue_end == i or (i, cue_end) == own:
                continue
            phrase = " ".join(tokens.low[i:cue_end])
            if phrase in doc.lexicon.source_after_cues:
                found = doc.mention_right(cue_end, limit) or self._source_phrase(
                    cue_end, limit
                )
                if found is not None:
                    return _Raw(
                        found=found,
                        cue=(i, cue_end),
                        placement=Placement.ACCORDING_TO,
                    )
        if raw is None or raw.cue is None:
            return raw
        framed = self._as_frame(start, first, raw)
        if framed is not None:
            return framed
        return self._reported(raw, last, end) or raw

    def _participle_subject(self, found: Found, floor: int, comma: int) -> bool:
        """Whether ``found``, opening the sentence, is the subject of ``..., saying``.

        It is followed by its verb or an aside (``She, too, is ...,``), or it
        is all the words before the comma when it is more than one bare word
        (``Mr. Manafort, citing``; but ``Later, saying``).
        """
        tokens = self.tokens
        if found.start != floor:
            return False
        if found.end < comma:
            return tokens.text[found.end] == "," or (
                tokens.low[found.end].isalpha() and not tokens.is_capital(found.end)
            )
        return found.form == "pronoun" or found.end - found.start > 1

    def _source_phrase(self, first: int, limit: int) -> Found | None:
        """``according to notes shared by the council``: the cited source.

        The words after ``according to`` up to the next comma or the end of
        the sentence, when they are few and hold no quotation.
        """
        stop = self._phrase_end(first, limit)
        if stop is None or (stop < limit and self.tokens.quoted[stop]):
            return None
        return Found(start=first, end=stop, form="description")

    def _phrase_end(self, first: int, limit: int) -> int | None:
        """The end of the few words from token ``first`` up to a comma or a stop.

        ``None`` when there are none, too many, or they do not open with a word.
        """
        tokens = self.tokens
        stop = first
        while (
            stop < limit
            and stop - first < _LOOSE
            and not tokens.quoted[stop]
            and tokens.text[stop] not in {",", ";", ":", "(", "—", "–"}
            and not tokens.is_sentence_end(stop)
        ):
            stop += 1
        if stop == first or stop - first >= _LOOSE or not tokens.is_word(first):
            return None
        return stop

    def _as_frame(self, start: int, first: int, raw: _Raw) -> _Raw | None:
        """``As Y put it, X is "..."``: a reporting clause framing the sentence."""
        tokens = self.tokens
        doc = self.doc
        i = start
        while i < first and tokens.low[i] in _LINKING:
            i += 1
        if i >= first or tokens.low[i] != "as":
            return None
        for cue in range(i + 2, min(first, i + _OPENING)):
            if tokens.quoted[cue] or tokens.text[cue] in {",", ":", ";"}:
                return None
            cue_end = doc.match_cue(cue, first)
            if cue_end == cue:
                continue
            if (raw.cue is not None and raw.cue[0] < cue_end) or tokens.text[
                cue_end
            ] not in {",", ":"}:
                # ``As Y put it, X ...``, not ``As the band began to play``.
                return None
            found = doc.subject_left(cue, i + 1)
            if found is None or found.start != i + 1:
                return None
            return _Raw(found=found, cue=(cue, cue_end), placement=Placement.BEFORE)
        return None

    def _reported(self, raw: _Raw, last: int, end: int) -> _Raw | None:
        """``"...," X said, Y reported.``: a news outlet reporting the attribution."""
        tokens = self.tokens
        doc = self.doc
        assert raw.cue is not None  # noqa: S101 -- checked by the caller
        begin = max(raw.cue[1], raw.found.end, last)
        reports = self.report_words
        if reports.isdisjoint(tokens.low[begin:end]):
            return None  # the common case: no reporting verb in reach
        starts = [begin] if begin == last else []
        starts += [
            comma + 1
            for comma in range(begin, end)
            if tokens.text[comma] == "," and not tokens.quoted[comma]
        ]
        for start in starts:
            outer = self._clause(start, end)
            if outer is None or outer.cue is None:
                continue
            phrase = " ".join(tokens.low[outer.cue[0] : outer.cue[1]])
            if (
                doc.lexicon.cues.get(phrase) == "report"
                and not phrase.endswith("ing")
                and max(outer.cue[1], outer.found.end) + _CLOSING >= end
            ):
                return outer
        return None

    def possessive(self, first: int, floor: int) -> _Raw | None:
        """``Trump's claim that "..."``, ``his call for "..."``: a speech noun's owner.

        A noun of :attr:`~newsmodel.lexicon.Lexicon.speech_nouns` shortly
        before the quote, in the same clause, owned by a name (``X's``) or a
        possessive pronoun, with at most a few modifiers between them
        (``the mayor's recent unfounded assertion``).
        """
        tokens = self.tokens
        doc = self.doc
        nouns = doc.lexicon.speech_nouns
        for noun in range(first - 1, max(floor, first - _NOUN_REACH) - 1, -1):
            if tokens.quoted[noun] or (
                tokens.text[noun] in _NOUN_BREAKS
                # ``her comment that, "..."``: the comma that opens the quote.
                and not (noun == first - 1 and tokens.text[noun] in {",", ":"})
            ):
                return None
            if tokens.low[noun] not in nouns:
                continue
            owner = noun - 1
            while (
                owner >= floor
                and noun - owner <= _MODIFIERS
                and tokens.is_word(owner)
                and not tokens.quoted[owner]
                and (
                    not tokens.is_capital(owner)
                    # ``her March comment``: a date among the modifiers
                    or (tokens.low[owner] in _MONTHS and doc.is_date_month(owner))
                )
                and tokens.low[owner] not in doc.lexicon.stopwords
            ):
                owner -= 1
            if owner < floor or tokens.quoted[owner]:
                return None
            word = tokens.low[owner]
            found: Found | None = None
            if word in _POSSESSIVES:
                found = Found(start=owner, end=owner + 1, form="pronoun")
            elif word in {"'s", "’s"} and owner > floor:
                name = doc.name_left(owner - 1, floor)
                if name is not None:
                    found = Found(
                        start=name.start, end=name.end, form="name", name=name
                    )
            if found is None:
                return None
            verb = found.start - 1
            if (
                verb >= floor
                and tokens.low[verb] not in _PREPOSITIONAL
                and (
                    tokens.low[verb].endswith("ing") or doc.match_cue(verb, noun) > verb
                )
            ):
                # ``In declaring Trump's statements "..."``: the statements
                # are the object of another's verb.
                return None
            return _Raw(found=found, cue=(noun, noun + 1), placement=Placement.BEFORE)
        return None

    def _content_noun(self, owned: _Raw, first: int) -> bool:
        """Whether a speech noun introduces the quote: ``his warning that "..."``.

        The noun is followed by the quote itself, a colon, ``for`` (``her
        call for "..."``) or, a few words on, ``that`` (``his statement on
        Wednesday that "..."``): its owner said the words, whoever the
        sentence is about.
        """
        assert owned.cue is not None  # noqa: S101 -- possessive() gives a cue
        tokens = self.tokens
        after = owned.cue[1]
        return (
            after == first
            or tokens.low[after] in {":", "for", "that"}
            or "that" in tokens.low[after:first]
        )

    @functools.cached_property
    def headline_colon_at(self) -> int:
        """The first colon from the headline on, found once for all its quotes."""
        try:
            return self.tokens.text.index(":", self.headline[0])
        except ValueError:
            return len(self.tokens)

    def headline_colon(self, first: int, low: int) -> _Raw | None:
        """``Milbank: Republicans 'X' To Trump``: a name the body also gives."""
        tokens = self.tokens
        colon = self.headline_colon_at if low == self.headline[0] else low
        while colon < first and tokens.text[colon] != ":":
            colon += 1
        if colon >= first or colon == low or tokens.quoted[colon]:
            return None
        name = self.doc.name_left(colon - 1, low)
        if (
            name is None
            or name.kind is not SpeakerKind.PERSON
            or tokens.text[colon - 1] not in self.body_words
        ):
            return None
        found = Found(start=name.start, end=name.end, form="name", name=name)
        return _Raw(found=found, cue=(colon, colon + 1), placement=Placement.HEADLINE)

    def headline_verb(self, first: int, low: int) -> _Raw | None:
        """``Hale promises report 'soon'``: the name opening the headline and its verb.

        A cue of the lexicon is found by :meth:`before`; this finds the verbs
        outside it: the first lowercase word ending in ``-s`` or ``-ed`` after
        the opening name (``Judge blocks``, ``Hale quietly drops``).
        """
        tokens = self.tokens
        doc = self.doc
        titled = (
            self.headline_title_case
            if low == self.headline[0]
            else self._title_case(low, self.headline[1])
        )
        for verb in range(low + 1, min(first, low + _MAX_HEADLINE_SUBJECT + 1)):
            if tokens.quoted[verb] or not (
                tokens.is_word(verb) or tokens.text[verb] in {".", "'s", "’s"}
            ):
                return None
            word = tokens.low[verb]
            if (
                not tokens.is_word(verb)
                or (
                    tokens.is_capital(verb)
                    and not (
                        # ``Ann Lee Backs Tom Baker``: in a headline in
                        # title case, a capitalised verb.
                        titled
                        and len(word) > 3
                        and word.isalpha()
                        and not word.endswith(("ss", "us"))
                    )
                )
                or not word.endswith(("s", "ed"))
                or word in doc.lexicon.stopwords
                or doc.is_adverb(verb)
            ):
                continue
            subject = verb
            while subject > low and doc.is_adverb(subject - 1):
                subject -= 1
            found = self._headline_subject(low, subject)
            if found is None:
                return None
            if (
                found.form == "name"
                and word not in doc.lexicon.cues
                and word not in doc.lexicon.verbal_cues
                and tokens.text[subject - 1] not in self.body_words
            ):
                # ``Bus drivers 'lose patience'``: a plural noun, unless the
                # body names the subject (``Hale drops 'reform'`` / Tom Hale).
                return None
            raw = _Raw(found=found, cue=(verb, verb + 1), placement=Placement.BEFORE)
            return self._coordinated(raw, first)
        return None

    @functools.cached_property
    def headline_title_case(self) -> bool:
        """Whether the headline is in title case, read once for all its quotes."""
        return self._title_case(*self.headline)

    def _title_case(self, low: int, high: int) -> bool:
        """Whether the headline ``low:high`` is in title case.

        Nearly all its words longer than three letters are capitalised
        (``Gingrich Takes Talk Of ...``).
        """
        tokens = self.tokens
        words = [
            i
            for i in range(low, high)
            if tokens.is_word(i) and len(tokens.text[i]) > 3 and not tokens.quoted[i]
        ]
        capital = sum(1 for i in words if tokens.is_capital(i))
        return len(words) >= 3 and capital >= 0.8 * len(words)

    def _headline_subject(self, low: int, end: int) -> Found | None:
        """The subject opening a headline, ending before token ``end``.

        A name (``Hale``), a title (``Judge``) or a described person
        (``London's Muslim mayor``); not a common noun (``New budget``).
        """
        tokens = self.tokens
        doc = self.doc
        if end == low:
            return None
        last = end - 1
        if doc.is_name_word(last):
            name = doc.name_left(last, low)
            if name is not None and name.start == low:
                return Found(start=low, end=name.end, form="name", name=name)
            if doc.title_end(low, end) == end:
                # ``Judge blocks``: a title alone.
                return Found(start=low, end=end, form="description")
            return None
        if tokens.low[last] not in doc.lexicon.descriptions:
            # ``New budget slams``: a common noun, not a name.
            return None
        found = doc.description_left(last, low)
        if found is None or found.start != low:
            return None
        return found

    def _coordinated(self, raw: _Raw, first: int) -> _Raw:
        """``X slams Y, praises Z as "..."``: the last verb before the quote.

        Verbs coordinated after a comma or ``and`` share the subject; the one
        nearest the quote governs it.
        """
        tokens = self.tokens
        doc = self.doc
        assert raw.cue is not None  # noqa: S101 -- built with a cue
        stop = max(raw.cue[1], first - _LOOK_BACK)  # a headline's reach, not a text's
        for comma in range(first - 2, stop - 1, -1):
            if tokens.text[comma] not in {",", "and"} or tokens.quoted[comma]:
                continue
            verb = comma + 1
            word = tokens.low[verb]
            if (
                verb < first
                and tokens.is_word(verb)
                and not tokens.is_capital(verb)
                and word.endswith("s")
                and word not in doc.lexicon.stopwords
                and not doc.is_adverb(verb)
            ):
                return _Raw(
                    found=raw.found, cue=(verb, verb + 1), placement=raw.placement
                )
            break
        return raw

    def trailing(self, last: int, high: int) -> _Raw | None:
        """An attribution closing the quote's sentence: ``... "a mess" now, Jones said.``."""
        tokens = self.tokens
        end = last
        stop = min(high, last + _LOOK_AHEAD)
        text = tokens.text
        while end < stop and not (
            text[end][-1] in _END_CHARS and tokens.is_sentence_end(end)
        ):
            end += 1
        for comma in range(last, end):
            if tokens.text[comma] != "," or tokens.quoted[comma]:
                continue
            j = comma + 1
            subordinate = j + 1 < end and tokens.low[j] == "as"
            if subordinate:
                # ``... a "regional" candidate, as her rival suggested.``
                j += 1
            raw = self._clause(j, end)
            if raw is not None and not (
                subordinate
                and raw.cue is not None
                and any(tokens.quoted[i] for i in range(raw.cue[1], end))
            ):
                # But ``"a," and that B, as he explained, was "b"``: the
                # aside reports the later quote.
                return raw
        return None

    def _clause(self, j: int, end: int, *, loose: bool = True) -> _Raw | None:
        """An attribution clause starting at token ``j``: ``said Jones`` or ``Jones said``."""
        tokens = self.tokens
        doc = self.doc
        cue_end = doc.match_cue(j, end)
        if cue_end > j:
            phrase = " ".join(tokens.low[j:cue_end])
            source_after = phrase in doc.lexicon.source_after_cues
            if tokens.low[j].endswith("ing") and not source_after:
                # ``"...," adding that X``: the participle's subject is the
                # main clause's, before the quote, not the words after it.
                return None
            found = doc.mention_right(cue_end, end)
            if found is None and loose:
                found = self._loose_right(cue_end, end) or self._bare_description(
                    cue_end, end
                )
            if found is not None and found.form == "description":
                # ``said Acme spokeswoman, Ann Lee.``: the person.
                found = doc.named_after_comma(found, end) or found
            if found is None or (
                not source_after
                and found.form == "description"
                and found.end < end
                and tokens.low[found.end] in {"as", "that"}
            ):
                # ``"...," described the impact as``: the object, no speaker.
                return None
            placement = Placement.ACCORDING_TO if source_after else Placement.AFTER
            return _Raw(found=found, cue=(j, cue_end), placement=placement)
        for c in range(j + 1, min(end, j + _AFTER_REACH)):
            if tokens.quoted[c]:
                return None
            if tokens.low[c] not in doc.cue_openers:
                continue  # no cue starts here: ``doc.match_cue(c, end)`` is ``c``
            cue_end = doc.match_cue(c, end)
            if cue_end == c:
                continue
            found = doc.subject_left(c, j)
            if (found is None or found.start != j) and loose:
                found = (
                    self._comma_pronoun(found, c, cue_end, end)
                    or self._loose(j, c)
                    or self._head(j, c)
                )
            elif found is not None and found.start != j:
                found = None
            if found is None:
                return None
            return _Raw(found=found, cue=(c, cue_end), placement=Placement.AFTER)
        return None

    def _comma_pronoun(
        self, found: Found | None, cue: int, cue_end: int, end: int
    ) -> Found | None:
        """``"...", as the Reds "lose ground" as a brand, he said.``: the pronoun.

        A personal pronoun right after a comma and right before a cue that
        closes the sentence is the speaker; the words between the quote and
        the comma still belong to the reported sentence.
        """
        if found is None or found.form != "pronoun" or found.end != cue:
            return None
        tokens = self.tokens
        if (
            tokens.text[found.start - 1] != ","
            or tokens.low[found.start] == "it"
            or (cue_end < end and tokens.text[cue_end] not in {".", ","})
        ):
            return None
        return found

    def _bare_description(self, first: int, end: int) -> Found | None:
        """``"...," said former aides.``: a description with no determiner.

        A few words ending in a noun of
        :attr:`~newsmodel.lexicon.Lexicon.descriptions`, which ends the clause.
        """
        tokens = self.tokens
        lexicon = self.doc.lexicon
        for head in range(first, min(end, first + _MODIFIERS + 1)):
            word = tokens.low[head]
            if (
                tokens.quoted[head]
                or not word.isalpha()
                or word in lexicon.stopwords
                or word in lexicon.cues
            ):
                return None
            if word in lexicon.descriptions:
                stop = head + 1
                if stop < end and tokens.text[stop] not in {",", ".", ";"}:
                    return None
                return Found(start=first, end=stop, form="description")
        return None

    def _head(self, j: int, c: int) -> Found | None:
        """The name or description opening a long subject: ``"...," Mara Quill, who ... said``.

        Used when the words between a quote and its cue are too long for a
        mention of their own (a relative clause, a long apposition): the noun
        phrase they open is the speaker.
        """
        found = self.doc.mention_right(j, c)
        if found is None or found.form == "pronoun" or found.start != j:
            return None
        return found

    def _nearest_subject(self, first: int, floor: int) -> tuple[Found, int] | None:
        """The nearest pronoun or name before the quote with the verb after it."""
        doc = self.doc
        tokens = self.tokens
        found = doc.clause_subject(first, floor)
        if found is None:
            return None
        if (
            tokens.low[found.start] == "it"
            and found.end < first
            and tokens.low[found.end] in _EXPLETIVE_VERBS
        ):
            return None  # ``it is high time firms paid "..."``: a placeholder
        if (
            found.name is not None
            and found.name.kind is SpeakerKind.DESCRIPTION
            and found.end - found.start == 1
            and found.end < first
            and tokens.is_word(found.end)
            and not tokens.is_capital(found.end)
        ):
            return None  # ``a large Danish paper``: an adjective, no subject
        verb = self._past_modifiers(found.end, first)
        if (
            verb == found.end
            and found.form != "pronoun"
            and doc.noun_before_verb(verb, first, strict=True)
        ):
            # ``Gadget lovers are``: the noun belongs to the subject.
            stop = verb + 1
            found = Found(start=found.start, end=stop, form="description")
            verb = self._past_modifiers(stop, first)
            if verb >= first and tokens.low[first - 1] in _COPULAS:
                # ``an Acme aide was "pleased"``: the copula.
                verb = first - 1
        elif verb < first and found.form != "pronoun" and doc.is_role_noun(verb):
            # ``long before City Hall officials began``: the noun ends
            # the subject; the verb follows.
            role = doc.role_subject(found, verb, first)
            if role is not None:
                found, verb = role
        if (
            verb >= first
            or not tokens.low[verb].isalpha()
            or tokens.is_capital(verb)
            or tokens.low[verb] in doc.lexicon.stopwords
            or tokens.low[verb] in _DETERMINERS
            or tokens.low[verb] in _NOT_VERBS
        ):
            return None
        return found, verb

    def _last_predicate(self, verb: int, first: int) -> int:
        """The verb nearest the quote of the predicates its subject's verb opens.

        ``X studied the report and rated it "weak"``, ``X supports "A,"
        opposes "B"``, ``X stayed late, backing "..."``: coordinated verbs
        and a participle after a comma report the words that follow them.
        """
        tokens = self.tokens
        doc = self.doc
        chosen = verb
        i = verb + 1
        while i < first - 1:
            word = tokens.low[i]
            if tokens.quoted[i] and tokens.low[i - 1] not in {",", "and"}:
                i += 1
                continue
            following = self._past_modifiers(i + 1, first)
            if following >= first or tokens.quoted[following]:
                break
            nxt = tokens.low[following]
            if (
                not nxt.isalpha()
                or tokens.is_capital(following)
                or nxt in doc.lexicon.stopwords
                or nxt in _DETERMINERS
                or nxt in doc.lexicon.pronouns
            ):
                i += 1
                continue
            if (
                (
                    word in {"and", "but"}
                    and any(
                        nxt.endswith(ending) and tokens.low[chosen].endswith(ending)
                        for ending in ("s", "ed")
                    )
                )
                or (
                    word == ","
                    and nxt.endswith("ing")
                    and nxt not in {"including", "featuring", "according"}
                )
                or (
                    doc.match_cue(following, first) > following
                    and word in {"and", "but", ","}
                )
            ):
                chosen = following
                i = following
            i += 1
        return chosen

    def _gone_on(self, verb: int, first: int) -> int:
        """``Tom Baker goes on to attack "..."``: the verb after ``go on to``.

        Else ``verb`` itself.
        """
        tokens = self.tokens
        low = tokens.low
        if (
            verb + 3 < first
            and low[verb] in _GO_FORMS
            and low[verb + 1] == "on"
            and low[verb + 2] == "to"
            and low[verb + 3].isalpha()
            and low[verb + 3] != "say"
            and not tokens.quoted[verb + 3]
        ):
            return verb + 3
        return verb

    def _no_report(self, verb: int, first: int, end: int) -> bool:
        """Whether the verb guessed for a quote with no cue cannot report it.

        The quote is a term that people in general use (``what some call the
        "..."``, ``what is known as the "..."``); the word is no verb (``a
        great "..."``, ``on show``); or the quote is text worn, shown or made
        (``wearing a "Hart for mayor" hat``, ``shows the words "Sorry,
        closed"``, ``making "old school" soul``).
        """
        if self._naming_by_anyone(verb, first):
            return True
        tokens = self.tokens
        low = tokens.low
        word = low[verb]
        before = low[verb - 1] if verb > 0 else ""
        if (
            before in _NOUN_OPENERS
            or (before in _PLACE_PREPOSITIONS and not word.endswith("ing"))
        ) and (word not in self.doc.lexicon.speech_nouns and word not in _OWNED_TEXTS):
            return True  # ``a great "..."``, ``on show``; not ``a report``
        lemma = _SHOWING_VERBS.get(word)
        if lemma is None:
            return False
        for i in range(verb + 1, first):
            if (
                tokens.quoted[i]
                or (low[i] in _CLAUSE_BREAKS and low[i] != "and")
                or low[i] == "that"
                or (
                    len(low[i]) > 4
                    and low[i].endswith("ed")
                    and low[i - 1] not in _NOUN_OPENERS
                )
                or self.doc.match_cue(i, first) > i
            ):
                return False  # ``A man wearing a hat attacked the "..."``
        if lemma == "wear":
            return True  # ``wearing a "Hart for mayor" hat``
        if lemma == "show":
            # ``shows a map and the words "Sorry, closed"``
            k = first - 1
            if low[k] == "," and k - 1 > verb:
                k -= 1
            return low[k] in _SHOWN_TEXTS
        # ``making "old school" soul``: the quote describes what is made.
        return (
            end < len(low)
            and low[end].isalpha()
            and not tokens.is_capital(end)
            and low[end] not in self.doc.lexicon.stopwords
            and self.doc.match_cue(end, len(low)) == end
        )

    def _naming_by_anyone(self, verb: int, first: int) -> bool:
        """``what some call the "..."``, ``what is known as "..."``: nobody's words."""
        low = self.tokens.low
        k = first - 1
        if k > verb and low[k] in _NOUN_OPENERS:
            k -= 1
        if k > verb and low[k] == "as":
            k -= 1
        if k <= verb or low[k] not in _IMPERSONAL_NAMING:
            return False
        k -= 1
        while k > verb and self.doc.is_adverb(k):
            k -= 1  # ``what is often called``
        if k > verb and low[k] in _GENERIC_CALLERS:
            k -= 1
        elif k > verb and low[k] in _PASSIVE_AUX:
            k -= 1
            if k > verb and low[k] in {"has", "have", "had"}:
                k -= 1
        else:
            return False
        return k > verb and low[k] in {"what", "which"}

    def _placed(self, verb: int, first: int) -> bool:
        """Whether the subject's verb at ``verb`` is a participle placing it.

        ``A film based on the letters of the "Kent Poet" ...``: the noun is
        described, not reporting; the quote has no speaker.
        """
        tokens = self.tokens
        return (
            tokens.low[verb] in _PLACED
            and verb + 1 < first
            and tokens.low[verb + 1] in _PLACING
        )

    def _past_modifiers(self, i: int, first: int) -> int:
        """The first token from ``i`` that is no adverb, auxiliary or reflexive."""
        tokens = self.tokens
        while i < first and (
            self.doc.is_adverb(i)
            or tokens.low[i] in _AUXILIARIES
            or tokens.low[i] in _REFLEXIVES
        ):
            i += 1
        return i

    def _loose_right(self, first: int, end: int) -> Found | None:
        """``said former Ohio Gov. and ... Chairman Ed Marlow``: up to a stop.

        The words after an inverted cue up to the next comma or full stop, when
        they end in a capitalised name.
        """
        tokens = self.tokens
        stop = self._phrase_end(first, end)
        if stop is None:
            return None
        last = stop - 1
        if tokens.text[last] == "." and last > first:
            last -= 1
        for i in range(first + 1, last):
            if tokens.low[i] in _CIRCUMSTANTIAL and tokens.is_capital(i - 1):
                # ``wrote analysts from Acme in a memo``: the
                # speaker ends with the name, before the circumstances.
                last = i - 1
                break
        if not (tokens.is_word(last) and tokens.is_capital(last)):
            return None
        name = self.doc.name_left(last, first)
        return Found(start=first, end=last + 1, form="name", name=name)

    def _any_verb(self, j: int, limit: int, *, opens: bool) -> _Raw | None:
        """``"...," he surmised.``: a speaker and any verb closing the clause.

        When the quote opens its sentence, the verb may also be followed by
        a preposition or ``and`` (``"...," Trump barked and left``).
        """
        tokens = self.tokens
        doc = self.doc
        found = doc.mention_right(j, limit)
        if (
            (found is None or doc.title_end(j, limit) == j)
            and tokens.low[j].isalpha()
            and not tokens.is_capital(j)
            and tokens.low[j].endswith(("ed", "s"))
            and tokens.low[j] not in doc.lexicon.stopwords
        ):
            # ``"...!" beamed Donald Hartley``: a verb, not a title, when
            # the lexicon does not list it as one.
            inverted = doc.mention_right(j + 1, limit)
            if inverted is not None and (
                inverted.form == "name"
                or (
                    inverted.form == "description"
                    and tokens.low[j + 1] in {"a", "an", "the", "one", "another"}
                    and (inverted.end >= limit or tokens.text[inverted.end] == ",")
                )
            ):
                # ``"...," snorted a spokesman.``: the whole clause is theirs.
                return _Raw(found=inverted, cue=(j, j + 1), placement=Placement.AFTER)
        if found is None or found.start != j:
            return None
        verb = found.end
        while verb < limit and doc.is_adverb(verb):
            verb += 1
        if verb >= limit:
            return None
        word = tokens.low[verb]
        if (
            not word.isalpha()
            or tokens.is_capital(verb)
            or word in doc.lexicon.stopwords
            or word in _AUXILIARIES
            or not (
                word.endswith(("ed", "s"))
                or word in doc.lexicon.cues
                or word in self.lemmas
            )
        ):
            # ``"...," Democrats are "..."``, ``"...," Rubio already``: no
            # verb of saying.
            return None
        after = verb + 1
        if (
            after < limit
            and tokens.text[after] not in {",", ".", ";", "—", "–"}
            and not (opens and tokens.low[after] in _AFTER_VERB)
        ):
            return None
        return _Raw(found=found, cue=(verb, verb + 1), placement=Placement.AFTER)

    def _loose(self, j: int, c: int) -> Found | None:
        """Everything between a quote and its cue as the mention, when short.

        ``"...," the soft-spoken, 64-year-old envoy said``: a phrase opening
        with a determiner or a capital, with no sentence break, of a few words.
        """
        tokens = self.tokens
        doc = self.doc
        end = c
        while end > j and doc.is_adverb(end - 1):
            end -= 1
        if end <= j or end - j > 8:
            return None
        if any(
            tokens.quoted[i]
            or tokens.text[i] in {";", ":"}
            or (tokens.text[i] == "." and tokens.is_sentence_end(i))
            for i in range(j, end)
        ):
            return None
        if not tokens.is_word(end - 1):
            return None
        lexicon = doc.lexicon
        if not tokens.is_word(j):
            return None
        if tokens.low[j] in lexicon.stopwords and tokens.low[j] not in _OPENERS:
            return None
        if any(tokens.low[i] in _BREAKS for i in range(j + 1, end)):
            return None
        if doc.is_name_word(end - 1):
            last = end - 1
            if (
                last - 2 >= j
                and tokens.low[last - 1] == "of"
                and doc.is_name_word(last - 2)
            ):
                # ``Ann Rowe of Ohio``: the person, not the place.
                last -= 2
            name = doc.name_left(last, j)
            if name is not None:
                return Found(start=j, end=end, form="name", name=name)
        person = self._name_and_role(j, end)
        if person is not None:
            return person
        return Found(start=j, end=end, form="description")

    def _name_and_role(self, j: int, end: int) -> Found | None:
        """``"...," Tom Baker, Acme director said``: the person, titled by the role."""
        tokens = self.tokens
        doc = self.doc
        name = doc.name_right(j, end)
        if (
            name is None
            or name.kind is not SpeakerKind.PERSON
            or name.end + 1 >= end
            or tokens.text[name.end] != ","
            or not doc.is_role_noun(end - 1)
            or "," in tokens.text[name.end + 1 : end]
        ):
            return None
        role = tokens.source[tokens.start[name.end + 1] : tokens.end[end - 1]]
        return Found(start=j, end=name.end, form="name", name=name, titles=(role,))

    def sentence_start(self, first: int, low: int) -> int:
        """The first token of the sentence holding token ``first``."""
        # Several rules ask for the same quote's sentence: each is read once.
        if not 0 <= low < self._width:
            return self._read_sentence_start(first, low)
        key = first * self._width + low
        known = self._sentence_starts.get(key)
        if known is None:
            known = self._sentence_starts[key] = self._read_sentence_start(first, low)
        return known

    def _read_sentence_start(self, first: int, low: int) -> int:
        """:meth:`sentence_start`, read from the tokens."""
        tokens = self.tokens
        quoted = tokens.quoted
        text = tokens.text
        i = first - 1
        floor = max(low, first - _LOOK_BACK)
        while i >= floor:
            if quoted[i]:
                other = self.quote_at(tokens.start[i])
                if other is None:
                    i -= 1
                    continue
                after = tokens.index(other.end)
                closing = other.content.rstrip()[-1:]
                if closing in {".", "!", "?"} and not (
                    closing != "."
                    and after < first
                    and tokens.text[after] in {"and", "but", "or"}
                ):
                    # ``She declared "What a day!" and said ...``: a lowercase
                    # conjunction goes on with the sentence.
                    return i + 1
                i = tokens.index(other.start) - 1
                continue
            if text[i][-1] in _END_CHARS and tokens.is_sentence_end(i):
                return i + 1
            i -= 1
        return max(i + 1, low)

    def after(
        self, quote: Quote, last: int, high: int, *, opens: bool = False
    ) -> _Raw | None:
        """A cue after the quote: ``"...," said Putin`` / ``"...," Putin said``.

        ``opens`` tells whether the quote opens its sentence.
        """
        tokens = self.tokens
        doc = self.doc
        limit = last
        stop = min(high, last + _LOOK_AHEAD)
        quoted = tokens.quoted
        text = tokens.text
        while (
            limit < stop
            and not quoted[limit]
            and not (text[limit][-1] in _END_CHARS and tokens.is_sentence_end(limit))
        ):
            limit += 1
        j = last
        if j == high and quote.paragraphs:
            following = quote.paragraphs[-1] + 1
            if following < len(self.paragraphs):
                low, limit = self.paragraphs[following]
                if low < limit and tokens.text[low] in _DASHES:
                    found = doc.mention_right(low + 1, limit)
                    if found is not None and found.form == "name":
                        return _Raw(
                            found=found, cue=(low, low + 1), placement=Placement.DASH
                        )
            return None
        if j < limit and tokens.text[j] in _DASHES:
            found = doc.mention_right(j + 1, limit)
            if found is not None and found.form == "name":
                stop = found.end
                if stop >= limit or tokens.text[stop] in {",", ".", ";", "("}:
                    return _Raw(found=found, cue=(j, j + 1), placement=Placement.DASH)
            return None
        if j < limit and tokens.text[j] == ",":
            j += 1
        subordinate = j + 1 < limit and tokens.low[j] == "as"
        if subordinate:
            # ``"...," as Cruz said on Monday``.
            j += 1
        if j >= limit:
            return None
        closing = quote.content.rstrip()[-1:]
        # After a full stop inside the marks a new sentence begins: only a
        # plain ``X said.`` attributes the quote, not a loose phrase.
        ended = (closing in {",", "?", "!"} or j > last) and closing != "."
        raw = self._clause(j, limit, loose=ended)
        if raw is None and closing in {",", "?", "!", "."}:
            raw = self._any_verb(j, limit, opens=opens)
        if raw is None:
            raw = self._closing_finding(j, limit)
        if raw is None and closing == "," and quote.paragraph is not None:
            return self._bare_name(j, limit, high)
        if raw is None or raw.cue is None:
            return None
        if subordinate and tokens.low[min(raw.cue[1], limit - 1)] in {"to", "that"}:
            # ``"...," as he promised to defend``: the quote is not his.
            return None
        if (
            not opens
            and limit < high
            and tokens.quoted[limit]
            and tokens.text[limit - 1] == ":"
            and not any(
                self.doc.match_cue(i, limit) > i for i in range(raw.cue[1], limit)
            )
        ):
            # ``After X said "a," Y said: "B."``: the cue introduces the
            # next quote; but ``"A," Y said of it: "B."`` opens with Y's words.
            return None
        if closing == "." and (
            limit - raw.cue[1] > 6
            or (limit < high and tokens.quoted[limit])
            or self._reports_more(raw.cue[1], limit)
        ):
            return None
        return raw

    def _bare_name(self, j: int, limit: int, high: int) -> _Raw | None:
        """``"The winter will be hard," Mr Baker.``: a name alone after the quote.

        A quote ending in a comma and followed by nothing but a person's
        name and a full stop is that person's, though no verb of saying
        stands between.
        """
        tokens = self.tokens
        if limit >= high or tokens.text[limit] != "." or limit - j > 4:
            return None
        name = self.doc.name_right(j, limit)
        if (
            name is None
            or name.start != j
            or name.end != limit
            or name.kind is not SpeakerKind.PERSON
        ):
            return None
        found = Found(start=j, end=limit, form="name", name=name)
        return _Raw(found=found, cue=None, placement=Placement.AFTER)

    def _closing_finding(self, j: int, limit: int) -> _Raw | None:
        """``The council had "lost control", the auditors found.``: their finding.

        ``found`` (or ``has found``) after a comma and a subject, closing the
        sentence, reports the sentence as the subject's finding.
        """
        low = self.tokens.low
        verb = limit - 1
        if verb <= j or low[verb] != "found" or limit >= len(low) or low[limit] != ".":
            return None
        start = verb
        if low[start - 1] in {"has", "have", "had"}:
            start -= 1
        comma = start - 1
        while comma >= j - 1 and low[comma] != ",":
            comma -= 1
        if comma < j - 1 or start - comma > _ASIDE or self.tokens.quoted[comma]:
            return None
        found = self.doc.mention_right(comma + 1, start)
        if found is None or found.start != comma + 1 or found.end != start:
            return None
        return _Raw(found=found, cue=(verb, verb + 1), placement=Placement.AFTER)

    def _reports_more(self, end: int, limit: int) -> bool:
        """Whether a cue ending at ``end`` goes on to report a clause of its own.

        ``"A." Ann Lee said shoppers ought to wait.``: the new sentence
        reports her words, it does not attribute the quote before it; ``"A."
        Ann Lee said on Monday.`` does.
        """
        tokens = self.tokens
        if end >= limit or tokens.quoted[end]:
            return False
        word = tokens.low[end]
        if word == "that" or (
            # ``Ann Lee said she had called``: a clause with its own subject.
            word in self.doc.lexicon.pronouns
            and word != "it"
            and end + 1 < limit
            and tokens.is_word(end + 1)
        ):
            return True
        return (
            word.isalpha()
            and not tokens.is_capital(end)
            and word not in self.doc.lexicon.stopwords
            and word not in _DETERMINERS
            and not self.doc.is_adverb(end)
        )

    def before(self, first: int, floor: int, *, headline: bool) -> _Raw | None:
        """A cue earlier in the sentence: ``Putin said: "..."``."""
        tokens = self.tokens
        doc = self.doc
        aside = self._aside(first, floor)
        if aside is not None:
            return aside
        tries = 0
        i = first - 1
        while i >= floor and tries < 3:
            if tokens.quoted[i] or tokens.low[i] not in doc.cue_openers:
                i -= 1  # quoted, or no cue starts here (``doc.match_cue`` is ``i``)
                continue
            cue_end = doc.match_cue(i, first)
            if cue_end == i and i - 1 > floor:
                gerund = self._gerund(i, floor, first)
                if gerund is not None:
                    return gerund
            if cue_end > i:
                tries += 1
                i = self._longer_cue(i, cue_end, floor, first)
                phrase = " ".join(tokens.low[i:cue_end])
                if phrase in doc.lexicon.source_after_cues:
                    found = doc.mention_right(cue_end, first)
                    if found is not None:
                        return _Raw(
                            found=found,
                            cue=(i, cue_end),
                            placement=Placement.ACCORDING_TO,
                        )
                else:
                    found = None
                    if tokens.low[i].endswith("ing"):
                        found = self._said_participle(i, floor)
                    if found is None:
                        found = doc.subject_left(i, floor)
                    if found is None:
                        found = self._inverted(cue_end, first)
                    if found is None and tokens.low[i].endswith("ing"):
                        found = self._dangling(i, floor)
                    if (
                        found is None
                        and i > floor
                        and tokens.low[i] in doc.lexicon.cues
                        and all(tokens.low[t] in _LINKING for t in range(floor, i))
                    ):
                        # ``... insisted: "A." And continued: "B."``.
                        found = self._previous_subject(floor)
                    if (
                        found is None
                        and tokens.low[i].endswith("ing")
                        and i - 1 > floor
                        and tokens.text[i - 1] == ","
                    ):
                        # ``X thanked the crowd, saying: "..."``: the
                        # participle's subject is the sentence's.
                        subject = doc.sentence_subject(floor, i - 1)
                        if subject is not None:
                            found = subject[0]
                        else:
                            found = doc.mention_right(floor, i - 1)
                            if found is not None and not self._participle_subject(
                                found, floor, i - 1
                            ):
                                found = None
                    if found is not None and self._closed_relative(
                        found, cue_end, first
                    ):
                        i -= 1
                        continue
                    if found is not None:
                        cue = (i, cue_end)
                        if tokens.low[i] == "went":
                            gone = self._gone_on(i, first)
                            if gone != i:
                                cue = (gone, gone + 1)
                        if (
                            tokens.low[i].endswith("ing")
                            and found.end < i - 1
                            and doc.is_name_word(i - 1)
                            and doc.governed_name(i - 1, floor)
                        ):
                            # ``Ann Lee wrote to Tom Baker asking``: the
                            # clause's own reporting verb is the cue.
                            cue = self._main_cue(found.end, i) or cue
                        raw = _Raw(found=found, cue=cue, placement=Placement.BEFORE)
                        if i > floor and tokens.low[i - 1] in {"that", "which"}:
                            # ``a headline that said``: the relative clause's
                            # own subject, no report around it.
                            return raw
                        return self._outer(raw, floor)
            i -= 1
        colon = first - 1
        if colon > floor and tokens.text[colon] == ":" and not tokens.quoted[colon]:
            found = doc.subject_left(colon, floor)
            if found is not None and (
                found.start == floor or headline or found.form == "name"
            ):
                return _Raw(
                    found=found,
                    cue=(colon, colon + 1),
                    placement=Placement.HEADLINE if headline else Placement.BEFORE,
                )
            clause = None if headline else doc.sentence_subject(floor, colon)
            if clause is not None:
                # ``Article 33 affirms: "..."``, ``Smith put it this way:``:
                # a clause with a subject introduces the quote after its colon.
                found, verb = clause
                return _Raw(
                    found=found, cue=(verb, verb + 1), placement=Placement.BEFORE
                )
            if not headline:
                return self._colon_clause(floor, colon)
        return None

    def _said_participle(self, i: int, floor: int) -> Found | None:
        """``..., he said adding that "..."``: the subject of the cue before.

        A participle cue right after another cue (no comma between) reports
        for that cue's subject, a pronoun or a name just before it.
        """
        tokens = self.tokens
        said = i - 1
        if said - 1 <= floor or tokens.quoted[said]:
            return None
        if self.doc.match_cue(said, i) != i:
            return None
        found = self.doc.subject_left(said, floor)
        if found is None or found.end != said or found.form not in {"name", "pronoun"}:
            return None
        return found

    def _gerund(self, i: int, floor: int, first: int) -> _Raw | None:
        """``X has been banned for calling a referee "a joke"``: X, ``calling``.

        A cue in ``-ing`` after ``for`` in a passive sentence is what its
        subject did; in ``X mocked Y for calling`` the report is X's.
        """
        cue_end = self.doc.gerund_cue(i, first)
        if cue_end == i:
            return None
        subject = self.doc.sentence_subject(floor, i - 1)
        if subject is None or not any(
            self.tokens.low[k] in _PASSIVE_AUX for k in range(subject[0].end, i - 1)
        ):
            return None
        raw = _Raw(found=subject[0], cue=(i, cue_end), placement=Placement.BEFORE)
        return self._outer(raw, floor)

    def _closed_relative(self, found: Found, cue_end: int, first: int) -> bool:
        """Whether a cue's clause is an aside closed before the quote.

        ``X said the plan, which critics have claimed was rushed, was an
        "insult"``: the relative clause after its comma ends at the next
        comma, and the quote is not in it.
        """
        tokens = self.tokens
        start = found.start
        return (
            start >= 2
            and tokens.low[start - 1] in {"which", "who"}
            and tokens.text[start - 2] == ","
            and any(
                tokens.text[k] == "," and not tokens.quoted[k]
                for k in range(cue_end, first - 1)
            )
        )

    def _longer_cue(self, i: int, cue_end: int, floor: int, first: int) -> int:
        """Where a longer cue ending at ``cue_end`` starts, else ``i``.

        Read backwards, ``saying`` is found before ``was quoted as saying``
        that holds it.
        """
        tokens = self.tokens
        doc = self.doc
        for k in range(i - 1, max(floor, i - 3) - 1, -1):
            if (
                not tokens.quoted[k]
                and tokens.low[k] in doc.cue_openers
                and doc.match_cue(k, first) == cue_end
            ):
                return k
        return i

    def _colon_clause(self, floor: int, colon: int) -> _Raw | None:
        """``A note in the file makes that clear: "..."``: the clause's subject.

        When no verb can be told after the subject, a clause that opens with
        a name or a description and holds a lowercase word before its colon
        still introduces the quote; its last verb of saying is the cue, or
        else the colon.
        """
        tokens = self.tokens
        doc = self.doc
        start = floor
        while start < colon and tokens.low[start] in _LINKING:
            start += 1
        if (
            start + 1 < colon
            and tokens.text[start + 1] == ","
            and (
                doc.is_adverb(start)
                or tokens.low[start] in {"likewise", "similarly", "meanwhile"}
            )
        ):
            start += 2  # ``Likewise, a paper ... had this to say:``
        found = doc.mention_right(start, colon)
        if (
            found is None
            or found.form == "pronoun"
            or found.start != start
            or found.end >= colon
            or colon - found.end > _AFTER_REACH
        ):
            return None
        words = range(found.end, colon)
        if (
            tokens.low[found.end] in {"'s", "’s"}
            or any(
                tokens.quoted[i]
                or tokens.is_sentence_end(i)
                or (tokens.low[i] == "that" and i + 2 < colon)  # not ``that clear:``
                for i in words
            )
            or not any(
                tokens.low[i].isalpha()
                and not tokens.is_capital(i)
                and tokens.low[i] not in doc.lexicon.stopwords
                for i in words
            )
        ):
            return None
        cue = (colon, colon + 1)
        for i in words:
            end = doc.match_cue(i, colon)
            if end > i:
                cue = (i, end)  # ``Ann Lee, a nurse and activist, said:``
        return _Raw(found=found, cue=cue, placement=Placement.BEFORE)

    def _main_cue(self, start: int, participle: int) -> tuple[int, int] | None:
        """The reporting verb right after a subject, before its participle."""
        verb = self._past_modifiers(start, participle)
        end = self.doc.match_cue(verb, participle)
        if end > verb and not self.tokens.low[verb].endswith("ing"):
            return verb, end
        return None

    def _aside(self, first: int, floor: int) -> _Raw | None:
        """``Nor, she said, would she admit it was "..."``: a reporting clause between commas.

        A cue and its speaker set off by commas before the quote report the
        whole sentence, whatever verbs of saying the sentence holds besides.
        """
        tokens = self.tokens
        doc = self.doc
        if any(
            tokens.low[i] in doc.cue_openers and doc.match_cue(i, first) > i
            for i in range(max(floor, first - 3), first)
        ):
            # ``..., she said, ... and admitted "..."``: a cue next to the
            # quote introduces it.
            return None
        if tokens.text[floor:first].count(",") < 2:
            return None  # most sentences: no two commas to set a clause off
        commas = [
            i
            for i in range(floor, first)
            if tokens.text[i] == "," and not tokens.quoted[i]
        ]
        for left, right in itertools.pairwise(commas):
            if right - left > _ASIDE:
                continue
            raw = self._clause(left + 1, right, loose=False)
            if (
                raw is None
                or raw.cue is None
                or raw.placement is not Placement.AFTER
                or max(raw.cue[1], raw.found.end) != right
            ):
                continue
            if right + 1 < first and (
                tokens.low[right + 1].endswith("ing")
                and doc.match_cue(right + 1, first) > right + 1
            ):
                # ``..., X said, adding: "..."``: the participle introduces it.
                continue
            if raw.cue[0] == left + 1 and not self._inverted_aside(raw):
                # ``X, his deputy, pressed for a firm line, saying``, ``X, who
                # ..., told her supporters, "..."``: no aside.
                continue
            return _Raw(found=raw.found, cue=raw.cue, placement=Placement.BEFORE)
        return None

    def _inverted_aside(self, raw: _Raw) -> bool:
        """Whether an inverted clause (``, said the mayor,``) names the speaker.

        Only ``said`` or ``added`` and a name or a described person qualify:
        after ``told`` or ``said of`` comes the listener or the subject.
        """
        assert raw.cue is not None  # noqa: S101 -- checked by the caller
        tokens = self.tokens
        lexicon = self.doc.lexicon
        phrase = " ".join(tokens.low[raw.cue[0] : raw.cue[1]])
        if lexicon.cues.get(phrase) not in {"say", "add"} or phrase.endswith(" of"):
            return False
        found = raw.found
        return found.form == "name" or (
            tokens.low[found.start] in {"a", "an", "the"}
            and tokens.low[found.end - 1] in lexicon.descriptions
        )

    def _previous_subject(self, floor: int) -> Found | None:
        """The subject of the sentence before the one starting at token ``floor``.

        For a sentence that opens with its verb (``And continued: "..."``),
        in the same paragraph.
        """
        tokens = self.tokens
        last = floor - 1
        if last < 0 or not (tokens.is_sentence_end(last) or tokens.quoted[last]):
            return None
        paragraph = self._paragraph_of(last)
        if paragraph is None or paragraph != self._paragraph_of(floor):
            return None
        limit = last
        if tokens.quoted[last]:
            # The sentence before ends with a quote: its words come first.
            quote = self.quote_at(tokens.start[last])
            if quote is None:
                return None
            limit = tokens.index(quote.start)
        start = self.sentence_start(limit, self.paragraphs[paragraph][0])
        subject = self.doc.sentence_subject(start, limit)
        return None if subject is None else subject[0]

    def _paragraph_of(self, i: int) -> int | None:
        """The index of the paragraph holding token ``i``, if any."""
        starts = self.paragraph_starts
        position = bisect.bisect_right(starts, i) - 1
        if position < 0 or i >= self.paragraphs[position][1]:
            return None
        return position

    def _outer(self, raw: _Raw, floor: int) -> _Raw:
        """``Ross said Obama had told leaders that "..."``: the report around a clause.

        When the speaker found heads a clause that an earlier cue of the same
        sentence reports (``X said [that] Y did "..."``), the quoted words are
        part of X's report: X and that cue are taken instead. The search stops
        at a clause boundary (``;``, ``but``, ``, and``), so a coordinated
        clause with a speaker of its own keeps it.
        """
        tokens = self.tokens
        doc = self.doc
        found = raw.found
        if (
            found.form == "pronoun"
            and found.start - 1 > floor
            and tokens.low[found.start - 1] in {"what", "whom", "which"}
            and raw.cue is not None
            and tokens.low[raw.cue[0]] in _NAMING_VERBS
        ):
            relative = self._relative_report(raw, floor)
            if relative is not None:
                return relative
        low = max(floor, found.start - _OUTER_REACH)
        i = found.start - 1
        while i >= low:
            if tokens.quoted[i] or _clause_break(tokens, i):
                return raw
            cue_end = doc.match_cue(i, found.start)
            if (
                cue_end > i
                and " ".join(tokens.low[i:cue_end]) not in doc.lexicon.source_after_cues
            ):
                outer = doc.subject_left(i, floor)
                if outer is None or outer.end > i:
                    return raw
                return _Raw(found=outer, cue=(i, cue_end), placement=raw.placement)
            i -= 1
        return raw

    def _relative_report(self, raw: _Raw, floor: int) -> _Raw | None:
        """``Ann Lee said she backed what she called "..."``: Ann Lee's report.

        A pronoun's ``what she called`` (or ``whom he described as``) inside
        a sentence that the same speaker reports belongs to that report: its
        cue and subject are taken, past commas and clauses, up to the
        sentence start.
        """
        tokens = self.tokens
        doc = self.doc
        pronoun = tokens.low[raw.found.start]
        i = raw.found.start - 2
        while i >= floor and raw.found.start - i <= _OUTER_REACH * 2:
            if tokens.quoted[i]:
                i -= 1
                continue
            cue_end = doc.match_cue(i, raw.found.start)
            if (
                cue_end > i
                and " ".join(tokens.low[i:cue_end]) not in doc.lexicon.source_after_cues
                and not tokens.low[i].endswith("ing")
            ):
                outer = doc.subject_left(i, floor)
                if outer is None or outer.end > i:
                    return None
                if outer.form == "pronoun" and tokens.low[outer.start] != pronoun:
                    return None
                if outer.form == "description" and not (
                    # ``The mayor criticised what he called "..."``: a
                    # person's role in the singular.
                    pronoun in {"he", "she"}
                    and doc.is_role_noun(outer.end - 1)
                    and not tokens.low[outer.end - 1].endswith("s")
                ):
                    return None
                return _Raw(found=outer, cue=(i, cue_end), placement=raw.placement)
            i -= 1
        return None

    def _closing(self, raw: _Raw, last: int, high: int) -> bool:
        """Whether an attribution after a quote closes its sentence: ``..., Y said.``.

        The cue and speaker follow the quote's comma (not ``as``) and only a
        few words (``on Tuesday``) stand between them and the sentence end.
        """
        tokens = self.tokens
        j = last
        if j < high and tokens.text[j] == ",":
            j += 1
        if j >= high or tokens.low[j] == "as" or raw.cue is None:
            return False
        end = max(raw.cue[1], raw.found.end)
        stop = end
        while stop < high and stop - end <= _CLOSING:
            if (
                tokens.is_sentence_end(stop)
                or tokens.quoted[stop]
                or tokens.text[stop] in _DASHES
            ):
                # The sentence, or the aside (``- his "negatives," he
                # called them -``), ends.
                return True
            if (
                tokens.text[stop] == ","
                and stop + 1 < high
                and tokens.low[stop + 1].endswith("ing")
            ):
                # ``..., the source recalled, adding that``.
                return True
            stop += 1
        return stop >= high

    def _dangling(self, cue: int, floor: int) -> Found | None:
        """``While denouncing the "...", she has not``: the main clause's subject.

        A participle clause opening the sentence takes the subject of the
        clause after its comma.
        """
        tokens = self.tokens
        if any(tokens.low[i] not in _OPENING_PARTICIPLE for i in range(floor, cue)):
            return None
        comma = cue + 1
        while (
            comma < len(tokens)
            and comma - cue < _OUTER_REACH
            and not tokens.is_sentence_end(comma)
            and not (
                tokens.text[comma] == ","
                and (not tokens.quoted[comma] or self._closes(comma))
            )
        ):
            comma += 1
        if comma >= len(tokens) or tokens.text[comma] != ",":
            return None
        start = self._past_marks(comma)
        limit = start
        while (
            limit < len(tokens)
            and limit - start < _LOOSE
            and not tokens.quoted[limit]
            and not tokens.is_sentence_end(limit)
        ):
            limit += 1
        found = self.doc.mention_right(start, limit)
        if found is None or found.start != start or found.end >= limit:
            return None
        return found

    def _past_marks(self, i: int) -> int:
        """The token after ``i`` and the (at most three) quoted marks that follow it."""
        tokens = self.tokens
        j = i + 1
        while (
            j < len(tokens)
            and j - i <= 3
            and tokens.quoted[j]
            and not tokens.is_word(j)
        ):
            j += 1
        return j

    def _closes(self, i: int) -> bool:
        """Whether quoted token ``i`` is the last word inside its quote (``"a disaster,"``)."""
        j = self._past_marks(i)
        return j >= len(self.tokens) or not self.tokens.quoted[j]

    def _inverted(self, cue_end: int, first: int) -> Found | None:
        """An inverted speaker between a cue and the quote: ``said Putin: "..."``."""
        found = self.doc.mention_right(cue_end, first)
        if found is None:
            return None
        if found.form == "description" and (
            self.tokens.low[found.start] not in {"a", "an", "the"}
            or self.tokens.low[found.end - 1] not in self.doc.lexicon.descriptions
        ):
            # ``said the engineer:``, but not ``to say the phrase "..."``.
            return None
        rest = self.tokens.text[found.end : first]
        if all(word in {",", ":", "—", "–"} for word in rest) and len(rest) <= 2:
            return found
        if (
            len(rest) <= _ADVERBIAL
            and rest[-1] in {",", ":"}
            and self.tokens.low[found.end] in _TIME_OPENERS
            and not any(self.tokens.quoted[found.end : first - 1])
        ):
            # ``Then said Tom Baker on Monday: "..."``.
            return found
        return None

    def introduced(self, quote: Quote) -> _Raw | None:
        """A quote opening a paragraph after one that ends with a colon."""
        if quote.paragraph is None or quote.paragraph < 1:
            return None
        if quote.paragraph > len(self.paragraphs):
            return None
        low, high = self.paragraphs[quote.paragraph - 1]
        if high <= low or self.tokens.quoted[high - 1]:
            return None
        tokens = self.tokens
        if tokens.text[high - 1] == ":":
            floor = self.sentence_start(high - 1, low)
            return self.before(high, floor, headline=False)
        last = high - 1 if tokens.is_sentence_end(high - 1) else high
        return self._reporting_sentence(last, low, Placement.CONTINUATION)

    def speaker_label(self, first: int, low: int) -> _Raw | None:
        """``Lopez: Well, no one is like, 'My 401(k)...'``: a transcript's label.

        A paragraph opening with a short name and a colon gives its words,
        quotes included, to that name.
        """
        tokens = self.tokens
        colon = low + 1
        while colon < min(first, low + _LABEL) and tokens.text[colon] != ":":
            colon += 1
        if colon >= first or tokens.text[colon] != ":" or tokens.quoted[colon]:
            return None
        name = self.doc.name_right(low, colon)
        if name is None or name.start != low or name.end != colon:
            return None
        found = Found(start=low, end=colon, form="name", name=name)
        return _Raw(found=found, cue=(colon, colon + 1), placement=Placement.BEFORE)

    def previous_sentence(self, first: int, low: int) -> _Raw | None:
        """``X said in a statement. "..."``: a quote after a reporting sentence.

        The sentence before the quote, in the same paragraph, holds a cue and
        no quotation of its own.
        """
        tokens = self.tokens
        last = first - 1
        if last <= low or not tokens.is_sentence_end(last):
            return None
        floor = self.sentence_start(last, low)
        if (
            floor > low
            and tokens.quoted[floor - 1]
            and not (floor - 2 > low and tokens.text[floor - 2] == ".")
        ):
            # ``"A?" said X, who accused Y. "B."``: the sentence goes on
            # from a quote, whose attribution the next quote shares; after
            # ``"We will win."`` a new sentence begins.
            return None
        return self._reporting_sentence(last, low, Placement.BEFORE)

    def _subject_before(self, quote: Quote, first: int, low: int) -> _Raw | None:
        """``Tom Baker was unmoved. "We will rebuild."``: the person just before.

        A direct quote standing as a sentence of its own, with no cue, right
        after a sentence of the same paragraph that opens with a person's
        name and holds no quotation: that person speaks, the sentence's verb
        the cue.
        """
        tokens = self.tokens
        last = first - 1
        if (
            quote.kind is not QuoteKind.DIRECT
            or last <= low
            or not tokens.is_sentence_end(last)
        ):
            return None
        floor = self.sentence_start(last, low)
        if (
            floor > low
            and tokens.quoted[floor - 1]
            and not (floor - 2 > low and tokens.text[floor - 2] == ".")
        ):
            # ``"A?" said X, who met Y. "B."``: the sentence goes on from a
            # quote; after ``"We will win."`` a new sentence begins.
            return None
        if any(tokens.quoted[i] for i in range(floor, last)):
            return None
        subject = self.doc.sentence_subject(floor, last)
        if subject is None:
            return None
        found, verb = subject
        name = found.name
        if (
            found.form != "name"
            or name is None
            or name.kind is not SpeakerKind.PERSON
            or found.start != floor
            # A full name or a titled one: a lone capitalised word opening a
            # sentence (``Funding, in her view, ...``) may be anything.
            or not (name.end - name.name_start > 1 or name.titles or name.gender)
        ):
            return None
        start = verb
        while start > found.end and tokens.low[start - 1] in _VERBAL:
            start -= 1  # ``was unmoved``: the copula with its complement
        return _Raw(found=found, cue=(start, verb + 1), placement=Placement.BEFORE)

    def _reporting_sentence(
        self, last: int, low: int, placement: Placement
    ) -> _Raw | None:
        """The last cue and its speaker in the sentence ending before token ``last``."""
        floor = self.sentence_start(last, low)
        if any(self._speech_at(i) for i in range(floor, last)):
            return None
        for i in range(last - 1, floor - 1, -1):
            cue_end = self.doc.match_cue(i, last)
            if cue_end > i:
                if (
                    self.tokens.low[i] in _NAMING_VERBS
                    and cue_end < last
                    and self.tokens.is_capital(cue_end)
                ):
                    continue  # ``tablets called Slates``: a name given, no report
                found = self.doc.subject_left(i, floor)
                if (
                    found is None
                    and cue_end < last
                    and self.tokens.low[cue_end] == "that"
                ):
                    # ``X also noted that Reagan ...``: not the clause
                    # reported but the sentence's subject.
                    opening = self.doc.sentence_subject(floor, i + 1)
                    found = None if opening is None else opening[0]
                elif found is None and (
                    all(
                        self.tokens.low[t] in _LINKING or self.doc.is_adverb(t)
                        for t in range(floor, i)
                    )
                    or self.tokens.text[i - 1] in {",", "(", *_DASHES, *_CLOSE_MARKS}
                    or self.tokens.quoted[i - 1]
                    or " ".join(self.tokens.low[i:cue_end])
                    in self.doc.lexicon.source_after_cues
                ):
                    # ``Said coach Jim Hart: ...``, ``Then, says Mr Lee, ...``;
                    # not ``had to argue his case``.
                    found = self.doc.mention_right(cue_end, last)
                if found is None:
                    return None
                raw = _Raw(found=found, cue=(i, cue_end), placement=placement)
                if found.form == "description":
                    return self._said_if(raw, floor) or raw
                return raw
        return None

    def _said_if(self, raw: _Raw, floor: int) -> _Raw | None:
        """``He said if the strike went on, the firm may cut jobs.``: his report.

        A description heading a clause that ``if`` or ``whether`` opens right
        after a cue is part of the report of that cue's subject, a person.
        """
        tokens = self.tokens
        joiner = raw.found.start - 1
        if joiner - 1 <= floor or tokens.low[joiner] not in {"if", "whether"}:
            return None
        for i in range(joiner - 1, max(floor, joiner - 4) - 1, -1):
            if self.doc.match_cue(i, joiner) == joiner:
                outer = self.doc.subject_left(i, floor)
                if outer is None or outer.form not in {"name", "pronoun"}:
                    return None
                return _Raw(found=outer, cue=(i, joiner), placement=raw.placement)
        return None

    def _bare_opening(self, gap: range, first: int) -> bool:
        """Whether the words opening the quote's sentence in ``gap`` are few and hold no cue.

        ``"A," said X, an economist. Now, "b."``: the second quote goes on
        with X's words.
        """
        tokens = self.tokens
        opening = first
        while opening > gap.start and not tokens.is_sentence_end(opening - 1):
            opening -= 1
        return first - opening <= _OPENING and not any(
            self.doc.match_cue(i, first) > i for i in range(opening, first)
        )

    def _quoted_sentence(self, quote: Quote, floor: int) -> bool:
        """Whether a quote is direct or opens its sentence: ``"A," X said.``."""
        return quote.kind is QuoteKind.DIRECT or floor == self.tokens.index(quote.start)

    def _goes_on(self, gap: range, first: int, quote: Quote) -> bool:
        """Whether a quote after a few words of a new sentence goes on with the last one.

        ``"A," said X. Now, "b."`` and ``"A," said X. It "b."``: linking
        words, or a quote closing its sentence, go on with X's words; not a
        term in the middle of a new sentence (``"A," the magazine said. The
        oldest "widget" on the list is ...``). Asked only after a direct
        quote or one opening its sentence: after reported speech (``X was
        "a," Y said. The aim was a "b" of ...``) the next sentence goes on
        reporting.
        """
        tokens = self.tokens
        if tokens.text[first - 1] == "," or quote.content.rstrip()[-1:] in _END_CHARS:
            return True
        opening = first
        while opening > gap.start and not tokens.is_sentence_end(opening - 1):
            opening -= 1
        if all(
            tokens.low[i] in _LINKING or self.doc.is_adverb(i)
            for i in range(opening, first)
        ):
            return True
        end = tokens.index(quote.end)
        return (
            end >= len(tokens.text)
            or tokens.is_sentence_end(end)
            or "\n" in tokens.source[quote.end : tokens.start[end]]
        )

    def _speech_at(self, i: int) -> bool:
        """Whether token ``i`` lies in a direct or partial quote."""
        if not self.tokens.quoted[i]:
            return False
        quote = self.quote_at(self.tokens.start[i])
        return quote is None or quote.kind in _SPEAKING

    def link(self, raws: list[_Raw | None], floors: list[int]) -> None:
        """Share cues between halves of interrupted quotes; inherit continuations."""
        quotes = self.article.quotes
        tokens = self.tokens
        previous: int | None = None
        direct: int | None = None
        for index, quote in enumerate(quotes):
            if floors[index] < 0:
                continue  # not speech, or a title
            raw = raws[index]
            earlier = raws[previous] if previous is not None else None
            if previous is not None and earlier is not None:
                before = quotes[previous]
                same = before.paragraphs[-1:] == quote.paragraphs[:1] and (
                    before.paragraph is not None
                )
                if (
                    raw is not None
                    and same
                    and earlier.placement is Placement.AFTER
                    and raw.placement is Placement.BEFORE
                    and raw.cue == earlier.cue
                ):
                    raws[index] = attrs.evolve(raw, placement=Placement.BETWEEN)
                    raws[previous] = attrs.evolve(earlier, placement=Placement.BETWEEN)
                elif (
                    raw is None
                    and same
                    and earlier.placement in {Placement.AFTER, Placement.BETWEEN}
                    and earlier.cue is not None
                ):
                    first = tokens.index(quote.start)
                    gap = range(max(earlier.cue[1], earlier.found.end), first)
                    ends = sum(tokens.is_sentence_end(i) for i in gap)
                    # ``"A," said X, a ..., "b."`` continues the sentence;
                    # ``"A," X said. "B."`` opens the next one.
                    opens = (
                        floors[index] == first
                        or (ends == 0 and first > 0 and tokens.text[first - 1] == ",")
                        or (
                            ends == 1
                            and self._bare_opening(gap, first)
                            and (
                                not self._quoted_sentence(before, floors[previous])
                                or self._goes_on(gap, first, quote)
                            )
                        )
                    )
                    if (
                        opens
                        and len(gap) <= _LOOK_AHEAD
                        and not any(self._speech_at(i) for i in gap)
                        and ends <= 1
                    ):
                        raws[index] = _Raw(
                            found=earlier.found,
                            cue=earlier.cue,
                            placement=Placement.BETWEEN,
                            source=previous,
                        )
                        raws[previous] = attrs.evolve(
                            earlier, placement=Placement.BETWEEN
                        )
                if raws[index] is None and floors[index] == tokens.index(quote.start):
                    near = quote.paragraph is not None and (
                        before.paragraph is not None
                        and 0 <= quote.paragraph - before.paragraphs[-1] <= 1
                    )
                    if near:
                        source = previous
                        if (
                            before.kind is not QuoteKind.DIRECT
                            and direct is not None
                            and quotes[direct].paragraph == before.paragraph
                            and (
                                self._same_source(earlier, raws[direct])
                                or self._same_sentence_after(quotes[direct], before)
                            )
                        ):
                            # ``"A," X said, calling it "b." / "C."``: the
                            # paragraph continues the direct quote, not the
                            # words quoted inside X's sentence.
                            source = direct
                        model = raws[source] or earlier
                        raws[index] = _Raw(
                            found=model.found,
                            cue=model.cue,
                            placement=Placement.CONTINUATION,
                            source=source,
                        )
            if (
                raws[index] is None
                and earlier is not None
                and previous is not None
                and quote.kind is QuoteKind.PARTIAL
                and self._same_sentence(quotes[previous], quote)
            ):
                raws[index] = _Raw(
                    found=earlier.found,
                    cue=earlier.cue,
                    placement=Placement.BEFORE,
                    source=previous,
                )
            if quote.kind is QuoteKind.DIRECT and raws[index] is not None:
                direct = index
            previous = index
        self._share_backwards(raws)

    def _same_sentence_after(self, direct: Quote, later: Quote) -> bool:
        """Whether ``later`` stands in the sentence that ``direct`` opens or holds.

        ``"Why?" asked X, referring to what he calls "b."``: one sentence;
        ``"A." Ann Lee said it was "b."``: two.
        """
        tokens = self.tokens
        end = tokens.index(direct.end)
        closing = direct.content.rstrip()[-1:]
        if closing == "." or (
            closing in {"?", "!"} and end < len(tokens.text) and tokens.is_capital(end)
        ):
            return False
        return not any(
            tokens.is_sentence_end(i) for i in range(end, tokens.index(later.start))
        )

    @staticmethod
    def _same_source(raw: _Raw | None, model: _Raw | None) -> bool:
        """Whether two attributions name the same mention (or one has none).

        ``"A," X said. X called it "b." / "C."``: the partial quote is X's
        too, and the paragraph continues X's direct quote; ``"A," X said. Ann
        Lee said the plan was "a mess". / "C."`` continues Ann Lee's. (In the
        direct quote's own sentence, the partial quote is always X's report.)
        """
        return (
            raw is None
            or model is None
            or raw.found.start == model.found.start
            or raw.source is not None
            or raw.cue is None
            or raw.found.form not in {"name", "pronoun"}
        )

    def _share_backwards(self, raws: list[_Raw | None]) -> None:
        """``X was a "fine idea" that brought "real gains," he said.``.

        A partial quote with no attribution takes the one that closes its
        sentence after a later quote of the same sentence.
        """
        quotes = self.article.quotes
        tokens = self.tokens
        following: int | None = None
        for index in range(len(quotes) - 1, -1, -1):
            quote = quotes[index]
            if quote.kind not in _SPEAKING:
                continue
            raw = raws[index]
            if raw is None and following is not None:
                model = raws[following]
                later = quotes[following]
                if (
                    quote.kind is QuoteKind.PARTIAL
                    and model is not None
                    and model.cue is not None
                    and model.placement in {Placement.AFTER, Placement.BETWEEN}
                    and model.cue[0] >= tokens.index(later.end)
                    and self._same_sentence(quote, later)
                ):
                    raws[index] = _Raw(
                        found=model.found, cue=model.cue, placement=Placement.AFTER
                    )
            following = index

    def _same_sentence(self, before: Quote, quote: Quote) -> bool:
        """Whether a partial quote goes on with the sentence of the quote ``before``.

        ``Trump attacked the "rigged" system of "career politicians"``: a later
        quotation of the same sentence, with no cue or subject of its own,
        quotes the same speaker.
        """
        tokens = self.tokens
        if before.paragraph is None or before.paragraphs[-1:] != quote.paragraphs[:1]:
            return False
        if before.content.rstrip()[-1:] in {".", "!", "?"}:
            return False
        gap = range(tokens.index(before.end), tokens.index(quote.start))
        return len(gap) <= _LOOK_BACK and not any(
            tokens.is_sentence_end(i) or self._speech_at(i) for i in gap
        )


class _Resolver:
    """Joins mentions into entities and builds the speakers."""

    def __init__(self, doc: Doc, article: Article, finder: _Finder) -> None:
        """Keep what resolution reads."""
        self.doc = doc
        self.tokens = doc.tokens
        self.article = article
        self.finder = finder
        self.entities: dict[str, _Entity] = {}
        self.by_surname: dict[str, tuple[list[_Entity], list[int]]] = {}
        self.by_first: dict[str, tuple[list[_Entity], list[int]]] = {}
        self.indexed: set[str] = set()
        self.subject_names: set[int] = set()
        """Name starts of untitled full names opening a sentence as its subject."""
        self.scanned: dict[int, Name | None] = {}
        """Every name of the body by its start, resolved or not, in order."""
        self.scanned_starts: list[int] = []
        self.subordinate: set[int] = set()
        """Subjects of a clause opened by ``when`` or ``after`` inside a sentence."""
        self.bodies: set[int] = set()
        """Starts of the subjects that :meth:`_body_subjects` found."""
        self.vocabulary: frozenset[str] | None = None
        """The lowercase words of the article, once :meth:`_positions` needs them."""
        self.subjects: list[tuple[int, _Entity]] = []
        self.order: list[_Entity] = []
        self.openings = {low for low, _ in finder.paragraphs}

    def text(self, start: int, end: int) -> str:
        """The source text of tokens ``start:end``."""
        tokens = self.tokens
        return tokens.source[tokens.start[start] : tokens.end[end - 1]]

    def entity(self, key: str, name: str, kind: SpeakerKind, first: int) -> _Entity:
        """The entity under ``key``, created when new."""
        found = self.entities.get(key)
        if found is None:
            found = _Entity(key=key, name=name, kind=kind, first=first)
            self.entities[key] = found
            self.order.append(found)
        return found

    def add_titles(self, entity: _Entity, titles: tuple[str, ...]) -> None:
        """Record titles, once each, in order."""
        for written in titles:
            title = " ".join(written.split())
            if title not in entity.titles:
                entity.titles.append(title)

    def scan_names(
        self, raws: list[_Raw | None]
    ) -> tuple[dict[int, Name | None], set[int]]:
        """Every name in the body by its name start, in order, and the spoken ones.

        A name of one word with no title, no speaker mention, is ``None``: all
        resolution needs of it is its token. The set holds the name starts of
        the speakers' names (a set rather than a flag beside each name: one
        object fewer per name for the garbage collector to follow).
        """
        doc = self.doc
        names: dict[int, Name | None] = {}
        spoken: set[int] = set()
        for raw in raws:
            if raw is not None and raw.source is None and raw.found.name is not None:
                name = raw.found.name
                names[name.name_start] = name
                spoken.add(name.name_start)
        candidates = doc.name_candidates()
        text = doc.tokens.text
        lows = doc.tokens.low
        openers = doc.title_openers
        continuers = doc.name_continuers
        lone_names = doc.lone_names
        for low, high in self.finder.paragraphs:
            i = low
            first_k = bisect.bisect_left(candidates, low)
            last_k = bisect.bisect_left(candidates, high, first_k)
            for candidate in candidates[first_k:last_k]:
                if candidate < i:
                    continue  # inside the name found last
                i = candidate
                following = i + 1
                if following >= high or (
                    text[following] == lows[following]
                    and lows[following] not in continuers
                ):
                    # Nothing after the word can join it: ``doc.name_right(i,
                    # high)`` reads the word alone, and the lexicon's memo
                    # tells whether that makes a name.
                    if lows[i] in _MONTHS and doc.is_date_month(i):
                        i = following  # ``her March comment``: a date
                        continue
                    lone = lone_names.get(text[i])
                    if lone is None:
                        lone = doc.lone_name(i)
                    if lone >= 0:
                        if lone and i not in names:
                            names[i] = None
                        i = following
                        continue
                # Candidates are never quoted: ``doc.is_name_word(i)`` is then
                # this first test, and ``doc.title_end(i, high)`` can pass
                # only for a title opener.
                first = text[i][0]
                if not (
                    (
                        first.isalpha()
                        and (first.isupper() or doc.tokens.low[i] in _PARTICLES)
                    )
                    or (doc.tokens.low[i] in openers and doc.title_end(i, high) > i)
                ):
                    continue
                run = doc.name_right(i, high)
                if run is None:
                    i += 1
                    continue
                name = run
                if (
                    name.name_start not in names
                    # The cheap tests of :meth:`_opens_as_subject` first.
                    and name.start == name.name_start
                    and 2 <= name.end - name.start <= 4
                    and self._opens_as_subject(name, low, high)
                ):
                    self.subject_names.add(name.name_start)
                names.setdefault(name.name_start, name)
                i = max(name.end, i + 1)
        return {key: names[key] for key in sorted(names)}, spoken

    def _opens_as_subject(self, name: Name, low: int, high: int) -> bool:
        """Whether an untitled full name is the subject opening its sentence.

        ``Tom Baker opened the bridge.``: two or three capitalised words at the
        start of a sentence, followed by a lowercase word that reads as a verb
        (not a title, a description or a noun of the subject, as in ``New
        York police arrested``), name a person even with no title, honorific
        or lone surname elsewhere, so later first names and pronouns can join
        them.
        """
        tokens = self.tokens
        start = name.start
        if (
            name.kind is not SpeakerKind.PERSON
            or name.titles
            or start != name.name_start
            or not 2 <= name.end - start - (tokens.text[name.end - 2] == ".") <= 3
        ):
            return False
        if not (
            start == low
            or tokens.is_sentence_end(start - 1)
            or (
                # ``But Jim Hart refused to celebrate.``
                tokens.low[start - 1] in _CLAUSE_JOINERS
                and (start - 1 == low or tokens.is_sentence_end(start - 2))
            )
            or self._after_opening_owner(start)
            or self._after_opening_role(start, low)
        ):
            # The cheap test first: most names stand before no cue.
            return (
                self._cue_subject(start, name.end, high)
                or self._inverted_subject(start, name.end)
                or self._apposed_to_owner(start, name.end)
                or self._focus_subject(start, name.end)
                or self._came_as_subject(start, name.end)
                or self._according_to(start)
                or self._after_opening_phrase(start, name.end)
            ) and self._given_words(start, name.end)
        if not self._given_words(start, name.end):
            return False
        subject = self.doc.sentence_subject(start, high)
        if subject is None:
            return (
                self._cue_subject(start, name.end, high)
                or (
                    # ``Singer Jo Lee was a surprise choice for the award.``: a copula's subject.
                    name.end + 1 < high
                    and tokens.low[name.end] in {"is", "was"}
                    and tokens.low[name.end + 1] in {"a", "an", "the", "another", "one"}
                )
                or self._copula_subject(name.end, high)
            )
        found, verb = subject
        return (
            (
                found.form == "name"
                and found.start == start
                and found.end == name.end
                and not self._common_word(tokens.low[verb])
            )
            or self._cue_subject(start, name.end, high)
            or (
                # ``Tom Baker faces strong rivals``: a verb, not a noun of the subject.
                found.end > name.end
                and found.start == start
                and tokens.low[name.end] in _NAME_VERBS
            )
        )

    def _closes_quoted_sentence(self, k: int) -> bool:
        """Whether token ``k`` closes a quotation that ends a sentence (``here."``)."""
        tokens = self.tokens
        return (
            k >= 1
            and tokens.text[k] in {'"', "\u201d"}
            and tokens.quoted[k]
            and tokens.text[k - 1] in {".", "!", "?"}
        )

    def _came_as_subject(self, start: int, end: int) -> bool:
        """``His words came as Bishop Tom Baker backed the plan``: a subject.

        A name after ``came as`` (or ``comes as``), before a lowercase verb
        (past an apposition: ``Tom Baker, the bishop of Leeds, backed``), is
        the subject of the clause the news came with.
        """
        tokens = self.tokens
        if not (
            start > 1
            and tokens.low[start - 1] == "as"
            and tokens.low[start - 2] in _CAME
        ):
            return False
        limit = len(tokens.text)
        verb = self.doc.past_apposition(end, limit)
        return (
            verb is not None
            and verb < limit
            and not tokens.quoted[verb]
            and tokens.low[verb].isalpha()
            and not tokens.is_capital(verb)
            and tokens.low[verb] not in {"and", "or", "of"}
        )

    def _according_to(self, start: int) -> bool:
        """``..., according to Ann Lee, chief of Acme.``: a source, like a subject.

        The person a report is credited to is one that a later ``she said``
        may refer back to.
        """
        tokens = self.tokens
        return (
            start > 1
            and tokens.low[start - 1] == "to"
            and tokens.low[start - 2] == "according"
        )

    def _copula_subject(self, end: int, high: int) -> bool:
        """``But Ann Lee is in good spirits.``: a name before ``is`` or ``has``.

        The name opening its sentence, with ``is``, ``was``, ``has`` or
        ``had`` and a lowercase word after it, is the sentence's subject.
        """
        tokens = self.tokens
        following = end + 1
        return (
            following < high
            and tokens.low[end] in _OPENING_COPULAS
            and not tokens.quoted[following]
            and tokens.is_word(following)
            and not tokens.is_capital(following)
        )

    def _after_opening_phrase(self, start: int, end: int) -> bool:
        """``However, after a review, Minister Ann Lee has decided``: the subject.

        A name after the comma closing the opening phrases of its sentence
        (opened by a connective, a preposition or a participle), followed by
        a lowercase verb.
        """
        tokens = self.tokens
        if (
            start < 2
            or tokens.text[start - 1] != ","
            or end >= len(tokens.text)
            or not tokens.is_word(end)
            or tokens.is_capital(end)
        ):
            return False
        lexicon = self.doc.lexicon
        i = start - 2
        while i >= 0 and start - i <= _OPENING:
            if tokens.quoted[i]:
                return False
            if i == 0 or i in self.openings or tokens.is_sentence_end(i - 1):
                word = tokens.low[i]
                return tokens.is_capital(i) and (
                    word in lexicon.stopwords
                    or word.endswith(("ing", "ly", "ed"))
                    or word in lexicon.adverbs
                )
            i -= 1
        return False

    def _apposed_to_owner(self, start: int, end: int) -> bool:
        """``Mr Baker's lawyer, Jim Hart, reacted``: the name apposed to an opening role.

        A full name between commas right after an owner's role (``Mr Baker's
        lawyer``) that opens the sentence is its subject.
        """
        tokens = self.tokens
        role = start - 2
        owner = role - 2
        return (
            owner >= 0
            and tokens.text[start - 1] == ","
            and end < len(tokens.text)
            and tokens.text[end] == ","
            and tokens.is_word(role)
            and not tokens.is_capital(role)
            and tokens.low[role - 1] in {"'s", "’s"}
            and self._capitals_open(owner, 0)
        )

    def _focus_subject(self, start: int, end: int) -> bool:
        """Whether the name in tokens ``start:end`` is a subject wherever it stands.

        A role's name (:meth:`_apposed_to_opening_role`), a speaker in a
        relative clause (:meth:`_relative_speaker`), a described person
        (:meth:`_described_with_who`) or the source of words
        (:meth:`_voice_from`): later pronouns refer to it.
        """
        if end < len(self.tokens.text) and self.tokens.text[end] == ",":
            return (
                self._relative_speaker(end)
                or self._described_with_who(end)
                or self._apposed_to_opening_role(start, end)
                or self._voice_from(start)
            )
        return self._voice_from(start) or self._opening_clause_subject(start, end)

    def _apposed_to_opening_role(self, start: int, end: int) -> bool:
        """``The Chief Judge, Lord Tom Baker, has ruled``: a role's name, the subject.

        A name between commas right after ``the`` (or ``its``, ``his``,
        ``her``, ``their``), at most two more words and a role (``the chief
        judge``, ``its director``) opening the sentence, and followed by a
        verb (an auxiliary, or a lowercase word in ``-ed`` or ``-s``), is its
        subject, whatever the verb.
        """
        tokens = self.tokens
        role = start - 2
        limit = len(tokens.text)
        if (
            role < 1
            or end + 1 >= limit
            or tokens.text[start - 1] != ","
            or tokens.text[end] != ","
        ):
            return False
        verb = end + 1
        lexicon = self.doc.lexicon
        if tokens.low[verb] not in _AUXILIARIES:
            verb = self._past_adverbs(verb, limit)  # ``also ruled``
            if verb >= limit or tokens.is_capital(verb) or tokens.quoted[verb]:
                return False
            word = tokens.low[verb]
            if (
                len(word) < 4
                or not word.isalpha()
                or not word.endswith(("ed", "s"))
                or word in lexicon.stopwords
            ):
                return False
        noun = tokens.low[role]
        if not (
            noun in lexicon.titles
            or noun in lexicon.descriptions
            or self.doc.is_role_noun(role)
        ):
            return False
        first = role - 1
        while first >= 0 and role - first <= _MODIFIERS:
            if tokens.quoted[first] or not tokens.is_word(first):
                return False
            if tokens.low[first] in {"the", "its", "his", "her", "their"}:
                return (
                    first == 0
                    or first in self.openings
                    or tokens.is_sentence_end(first - 1)
                )
            first -= 1
        return False

    def _relative_speaker(self, end: int) -> bool:
        """``a nomination for Lee, 49, who told reporters``: a speaker in a relative.

        A name ending before token ``end``, followed by a comma, an age
        between commas at most, ``who`` and a reporting cue is the subject of
        that report, wherever the name stands.
        """
        tokens = self.tokens
        limit = len(tokens.text)
        if end + 2 >= limit or tokens.text[end] != ",":
            return False  # most names: decided here
        who = end + 1
        if (
            tokens.text[who].isdigit()
            and who + 2 < limit
            and tokens.text[who + 1] == ","
        ):
            who += 2  # ``Lee, 49, who``
        return tokens.low[who] == "who" and self._cue_at(
            self._past_adverbs(who + 1, limit), limit
        )

    def _described_with_who(self, end: int) -> bool:
        """``Mary Cole, the Leeds woman who shouted at him``: a person in focus.

        A name ending before token ``end``, followed by a comma, ``the`` or
        ``a``, at most three more words, a description noun of the lexicon
        (``woman``, ``mother``) and ``who``.
        """
        tokens = self.tokens
        limit = len(tokens.text)
        if (
            end + 3 >= limit
            or tokens.text[end] != ","
            or tokens.low[end + 1] not in {"the", "a", "an"}
        ):
            return False  # most names: decided here
        descriptions = self.doc.lexicon.descriptions
        for k in range(end + 2, min(end + 6, limit - 1)):
            if not tokens.is_word(k) or tokens.quoted[k]:
                return False
            if tokens.low[k + 1] == "who":
                return tokens.low[k] in descriptions
        return False

    def _opening_clause_subject(self, start: int, end: int) -> bool:
        """``But although Baker admitted he was surprised, he insisted``: a subject.

        A name right after a subordinator opening its sentence (after ``But``
        or ``And`` at most), followed by a cue, an auxiliary or a verb in
        ``-ed``, then by ``he`` or ``she`` before any other capitalised word
        of the sentence, is the subject of the opening clause that the
        pronoun refers back to (not ``If Jim Hart was a star, then Tom Baker
        was ...``).
        """
        tokens = self.tokens
        opener = start - 1
        if opener < 0 or tokens.low[opener] not in _SUBORDINATORS:
            return False  # most names: decided here
        if opener > 0 and tokens.low[opener - 1] in _CLAUSE_JOINERS:
            opener -= 1
        if not (
            opener == 0 or opener in self.openings or tokens.is_sentence_end(opener - 1)
        ):
            return False
        limit = len(tokens.text)
        if end >= limit or not (
            self._verb_at(end) or self._cue_at(self._past_adverbs(end, limit), limit)
        ):
            return False
        j = end
        while j < limit and j - end <= _OUTER_REACH:
            if tokens.is_sentence_end(j) or tokens.quoted[j]:
                return False
            if tokens.low[j] in {"he", "she"}:
                return True
            if tokens.is_capital(j):
                return False
            j += 1
        return False

    def _voice_from(self, start: int) -> bool:
        """``Criticism came from Tom Baker``: the source of the words, a subject."""
        tokens = self.tokens
        return (
            start > 1
            and tokens.low[start - 1] == "from"
            and tokens.low[start - 2] in {"came", "comes", "come"}
        )

    def _inverted_subject(self, start: int, end: int) -> bool:
        """``..., said Ann Lee, head of Acme.``: a speaker after the cue."""
        tokens = self.tokens
        return (
            start > 0
            and tokens.low[start - 1] in _INVERTING
            and end < len(tokens.text)
            and tokens.text[end] in {",", "."}
        )

    def _after_opening_role(self, start: int, low: int) -> bool:
        """``Garden expert Ann Lee left``: a name after a role opening its sentence."""
        opening = start - 2
        if opening < low:
            return False
        tokens = self.tokens
        letter = tokens.text[start - 1][0]
        if not letter.isalpha() or letter.isupper() or not tokens.is_capital(opening):
            return False  # most names: decided here
        lexicon = self.doc.lexicon
        role = tokens.low[start - 1]
        return (
            role not in lexicon.stopwords
            and role not in lexicon.cues
            and role not in lexicon.verbal_cues
            and not role.endswith("ed")
            and role not in lexicon.organisation_markers
            and role not in _BODY_NOUNS
            and role not in {"band", "team", "side", "group"}
            and (
                self._capitals_open(opening, low, most=0)
                # ``Blue Owls veteran Jo Lee``: after several capitalised
                # words, only a role of the lexicon (not ``Jo Lee will miss``).
                or (
                    self.doc.is_role_noun(start - 1)
                    and self._capitals_open(opening, low)
                )
            )
        )

    def _capitals_open(self, last: int, low: int, most: int = 2) -> bool:
        """Whether one to three capitalised words ending at ``last`` open a sentence.

        ``Garden expert``, ``Blue Owls veteran``: not a pronoun or a stopword.
        """
        tokens = self.tokens
        lexicon = self.doc.lexicon
        first = last
        while True:
            if (
                first < low
                or not tokens.is_word(first)
                or not tokens.is_capital(first)
                or tokens.low[first] in lexicon.pronouns
                or (
                    tokens.low[first] in lexicon.stopwords
                    and tokens.low[first] not in lexicon.honorifics
                )
            ):
                return False
            if (
                first == low
                or first in self.openings
                or tokens.is_sentence_end(first - 1)
            ):
                return True
            if last - first >= most:
                return False
            first -= 1

    def _after_opening_owner(self, start: int) -> bool:
        """``Labour's Ann Lee won the seat.``: a name after a possessive opening its sentence."""
        tokens = self.tokens
        owner = start - 2
        return (
            owner >= 0
            and tokens.low[start - 1] in {"'s", "’s"}
            and tokens.is_capital(owner)
            and (
                owner == 0
                or owner in self.openings
                or tokens.is_sentence_end(owner - 1)
            )
        )

    def _cue_subject(self, start: int, end: int, high: int) -> bool:
        """Whether the words ``start:end`` are the subject of a reporting cue.

        ``His mother Ann Lee told reporters``, ``The director, Tom Baker,
        said``: a name right before a cue, or set off by commas right before
        one, is the person who speaks, wherever it stands in its sentence;
        not after a preposition or an article (``a partner of Tods Murray
        said``, ``who hosts The Quiz Hour tells``), and not before a
        participle (``e-mailed Mr Lee pointing out``: an object).
        """
        tokens = self.tokens
        if start > 0 and (
            tokens.low[start - 1] in _PREPOSITIONS
            or tokens.low[start - 1] in {"the", "a", "an"}
        ):
            return False  # ``of the Campaign for Clean Air said``: not the subject
        after = end
        if (
            after < high
            and tokens.text[after] == ","
            and start > 0
            and tokens.text[start - 1] == ","
        ):
            after += 1
            if not self._cue_at(self._past_adverbs(after, high), high):
                # ``But, Tom Baker, a board member of Acme, said``: past the
                # apposition after the name, or two (``a board member of the
                # central bank, Beta Bank, said``).
                closed = self.doc.past_apposition(end, high)
                if closed is not None and self._cue_at(
                    self._past_adverbs(closed, high), high
                ):
                    return True
                if closed is not None and tokens.text[closed - 1] == ",":
                    closed = self.doc.past_apposition(closed - 1, high)
                    if closed is not None and self._cue_at(
                        self._past_adverbs(closed, high), high
                    ):
                        return True
        elif after + 1 < high and tokens.low[after] == "of":
            # ``Ann Lee of Save the Trees said``: past the body she is of.
            after = self._past_body(after, high, {"the", "of", "and", "for", "&"})
        elif after + 1 < high and tokens.text[after] == ",":
            # ``Jo Lee, Acme's chief officer said``: an open role, then the cue.
            role = self._open_role_end(after + 1, high)
            if role is not None:
                after = role
            else:
                # ``But Jo Lee, an analyst at Acme, warned``: past the apposition.
                closed = self.doc.past_apposition(after, high)
                if closed is not None and self._cue_at(
                    self._past_adverbs(closed, high), high
                ):
                    return True
                if self._stray_comma_cue(start, after + 1, high):
                    return True
        elif after + 1 < high and tokens.text[after] in _DASHES:
            # ``Jo Lee - who was cleared - said``: past the aside.
            close = after + 1
            while close < high and close - after <= _ASIDE_REACH:
                if tokens.quoted[close] or tokens.is_sentence_end(close):
                    break
                if tokens.text[close] == tokens.text[after]:
                    return self._cue_at(self._past_adverbs(close + 1, high), high)
                close += 1
        return self._cue_at(self._past_adverbs(after, high), high)

    def _stray_comma_cue(self, start: int, i: int, limit: int) -> bool:
        """``The lawyer Tom Baker, said that``: a cue right after a stray comma.

        The words from the sentence's start to the name at ``start`` hold no
        comma (else the comma closes an aside: ``Jo Lee, head of Acme
        Banking, said``); the cue at ``i`` is no participle of a passive aside
        (``Tom Baker, said to be ill,`` or ``told by``).
        """
        if not self._cue_at(i, limit):
            return False
        tokens = self.tokens
        end = self.doc.match_cue(i, limit)
        if end < limit and tokens.low[end] in _PASSIVE_AFTER:
            return False
        k = start
        while k >= 0 and start - k <= _OPENING:
            if k == 0 or k in self.openings or tokens.is_sentence_end(k - 1):
                return True
            k -= 1
            if tokens.quoted[k] or not (
                tokens.is_word(k) or tokens.low[k] in {"'s", "’s"}
            ):
                return False
        return False

    def _past_body(self, preposition: int, limit: int, joiners: set[str]) -> int:
        """The token after a body's name following ``preposition``, or ``preposition``.

        ``of Save the Trees``, ``for the Acme Association``: a few capitalised
        words and ``joiners``, ending in a capitalised word.
        """
        tokens = self.tokens
        place = preposition + 1
        while (
            place < limit
            and place - preposition <= _BODY_WORDS
            and not tokens.quoted[place]
            and (tokens.is_capital(place) or tokens.low[place] in joiners)
        ):
            place += 1
        if place > preposition + 1 and tokens.is_capital(place - 1):
            return place
        return preposition

    def _past_adverbs(self, i: int, limit: int) -> int:
        """The first token from ``i`` that is no adverb (``has also said``)."""
        while i < limit and self.doc.is_adverb(i):
            i += 1
        return i

    def _cue_at(self, i: int, limit: int) -> bool:
        """Whether a reporting cue, not a participle, starts at token ``i``."""
        return (
            i < limit
            and not self.tokens.low[i].endswith("ing")
            and self.doc.match_cue(i, limit) > i
        )

    def _open_role_end(self, first: int, high: int) -> int | None:
        """The end of a role no comma closes, right before a cue: ``chief officer``."""
        tokens = self.tokens
        doc = self.doc
        for j in range(first + 1, min(high, first + _ROLE_REACH)):
            if (
                tokens.quoted[j]
                or tokens.is_sentence_end(j)
                or tokens.text[j] in {",", ";", ":", "(", "—", "–"}
            ):
                return None
            if doc.match_cue(j, high) > j and not tokens.low[j].endswith("ing"):
                role = any(
                    doc.is_role_noun(t) or doc.title_end(t, j) > t
                    for t in range(first, j)
                )
                return j if role else None
        return None

    def _reports(self, name: Name) -> bool:
        """Whether a reporting cue follows the name, past adverbs (``has also said``).

        Not after a preposition (``a report by the Commission said``).
        """
        tokens = self.tokens
        before = name.start - 1
        if before >= 0 and tokens.low[before] in {"the", "a", "an"}:
            before -= 1
        if before >= 0 and tokens.low[before] in _PREPOSITIONS:
            return False
        limit = len(tokens.text)
        after = name.end
        if (
            after + 2 < limit
            and tokens.text[after] == "("
            and tokens.text[after + 2] == ")"
        ):
            after += 3  # ``The Acme Arts Council (AAC) voted``
        after = self._past_adverbs(after, limit)
        if after >= limit or tokens.low[after].endswith("ing"):
            return False
        if self._cue_at(after, limit):
            return True
        # ``The Acme Corporation welcomed the plan.``: an organisation opening
        # its sentence with any verb is the subject a later ``it`` refers to,
        # also after its trade (``Water firm Acme has cut``).
        stopwords = self.doc.lexicon.stopwords
        if before >= 0 and tokens.low[before] in _BODY_ROLES:
            before = self._before_trade(before)  # ``Toy maker``, ``water firm``
        return (
            (
                before < 0
                or tokens.is_sentence_end(before)
                or before + 1 in self.openings
            )
            and tokens.low[after].isalpha()
            and tokens.low[after].endswith(("s", "ed"))
            and not tokens.is_capital(after)
            and tokens.low[after] not in stopwords
        )

    def _body_before_which(self, start: int, after: int) -> bool:
        """Whether the name in tokens ``start:after`` opens its sentence before ``, which``.

        ``Acme Homes, which reports next week, has had a hard year.``: a
        relative ``which`` marks a thing, not a person.
        """
        tokens = self.tokens
        return (
            after + 1 < len(tokens.text)
            and tokens.low[after + 1] == "which"
            and tokens.text[after] == ","
            and (
                start == 0
                or start in self.openings
                or tokens.is_sentence_end(start - 1)
            )
        )

    def _before_trade(self, trade: int) -> int:
        """The token before a body's trade opening a sentence (``Toy maker``).

        ``trade`` is the noun of the trade (``firm``, ``maker``); one word
        may stand before it.
        """
        tokens = self.tokens
        before = trade - 1
        if (
            before >= 0
            and tokens.is_word(before)
            and tokens.low[before] not in self.doc.lexicon.stopwords
        ):
            before -= 1
        return before

    def _lone_body(self, i: int) -> bool:
        """Whether the lone capitalised word at ``i`` opens its sentence with a cue.

        ``Acme has said``, ``DrKW said``; not a group noun (``Analysts said``).
        After its trade (``Toy maker Acme is casting``), any verb will do.
        """
        tokens = self.tokens
        if i > 0 and tokens.low[i - 1] in _BODY_ROLES:
            before = self._before_trade(i - 1)
            if (
                before < 0
                or tokens.is_sentence_end(before)
                or before + 1 in self.openings
            ):
                limit = len(tokens.text)
                after = self._past_adverbs(i + 1, limit)
                return (
                    after < limit
                    and tokens.low[after].isalpha()
                    and not tokens.is_capital(after)
                    and tokens.low[after] not in self.doc.lexicon.stopwords
                )
        if not (i == 0 or i in self.openings or tokens.is_sentence_end(i - 1)):
            return False  # most lone words: decided here
        word = tokens.low[i]
        descriptions = self.doc.lexicon.descriptions
        if (
            word in descriptions
            or word.removesuffix("s") in descriptions
            or (word.endswith("s") and word[:-1].endswith(_AGENT_SUFFIXES))
        ):
            return False  # ``Opponents said``, ``Analysts said``: a group
        limit = len(tokens.text)
        return self._cue_at(self._past_adverbs(i + 1, limit), limit)

    def _given_words(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` read as a person's name, initials inside.

        ``Jim R Hart``, ``Jim R. Hart``: a middle initial is no word of the
        name, but leaves it one.
        """
        text = self.tokens.text
        return all(
            self._given_word(i)
            or (
                start < i < end - 1
                and (
                    (len(text[i]) == 1 and text[i].isupper())
                    or (text[i] == "." and len(text[i - 1]) == 1)
                )
            )
            for i in range(start, end)
        )

    def _given_word(self, i: int) -> bool:
        """Whether token ``i`` reads as a word of a person's name (``Baker``).

        A word of a name has a capital and a lowercase letter (not ``EU``
        or ``I``), no apostrophe of a contraction (``I've``), and is no common
        word written with a capital at the start of a sentence: not a
        function word, adverb, title, description, nationality or
        organisation marker (``Had``, ``Late``, ``Republicans``, ``County``).
        """
        word = self.tokens.text[i]
        if (
            len(word) < 2
            or not word[0].isupper()
            or word.isupper()
            or not all(c.isalpha() or c in _NAME_MARKS for c in word)
            or _is_contraction(self.tokens.low[i])
            or self.doc.is_adverb(i)
        ):
            return False
        return not self._common_word(self.tokens.low[i])

    def _common_word(self, word: str) -> bool:
        """Whether lowercase ``word`` is a function word or a noun of the lexicon."""
        lexicon = self.doc.lexicon
        singular = word.removesuffix("s")
        return (
            word in _COMMON_WORDS
            or word in lexicon.stopwords
            or word in lexicon.pronouns
            or word in lexicon.titles
            or word in lexicon.title_modifiers
            or word in lexicon.honorifics
            or word in lexicon.organisation_markers
            or singular in lexicon.descriptions
            or singular in lexicon.demonyms
            or word in lexicon.descriptions
        )

    def resolve_names(self, raws: list[_Raw | None]) -> dict[int, _Entity]:
        """Resolve every name to an entity; return them by name start token."""
        tokens = self.tokens
        scanned, spoken_starts = self.scan_names(raws)
        self.scanned = scanned
        self.scanned_starts = list(scanned)
        token_text = tokens.text
        singles = Counter(
            token_text[key]
            for key, found in scanned.items()
            if found is None or found.end - key == 1
        )
        resolved: dict[int, _Entity] = {}
        for key, name in scanned.items():
            if name is None:
                continue
            if name.end - name.name_start < 2 or name.kind is not SpeakerKind.PERSON:
                continue  # fewer than two words, or no person: decided cheaply
            # The words of the name (``tokens.is_word``, inline).
            words = [
                token_text[i]
                for i in range(name.name_start, name.end)
                if token_text[i][0].isalpha()
            ]
            if len(words) < 2 or name.kind is not SpeakerKind.PERSON:
                continue
            confirmed = bool(
                key in spoken_starts or name.titles or name.gender or singles[words[-1]]
            )
            if not (confirmed or name.name_start in self.subject_names):
                continue
            if not confirmed and self._body_before_which(name.start, name.end):
                continue  # a body: taken below
            text = self.text(name.name_start, name.end)
            new = text not in self.entities
            entity = self.entity(text, text, SpeakerKind.PERSON, name.start)
            entity.named = True
            if confirmed:
                entity.tentative = False
            elif new:
                entity.tentative = True
            self._record(entity, name)
            resolved[name.name_start] = entity
            if entity.key not in self.indexed:
                self.indexed.add(entity.key)
                for table, word in (
                    (self.by_surname, words[-1]),
                    (self.by_first, words[0]),
                ):
                    entities, firsts = table.setdefault(word, ([], []))
                    entities.append(entity)
                    firsts.append(entity.first)
        by_surname = self.by_surname
        by_first = self.by_first
        by_key = self.entities
        for key, entry in scanned.items():
            if key in resolved:
                continue
            if entry is None:
                # A lone word: it only joins a name (``Baker``) or a speaker.
                text = token_text[key]
                if text in by_surname or text in by_first:
                    joined = self._join(text, key)
                else:
                    joined = by_key.get(text)  # :meth:`_join`, inline
                if joined is None:
                    if self._lone_body(key) or self._body_before_which(key, key + 1):
                        # ``Acme has said ...``: a one-word name reporting at
                        # the start of its sentence, a subject for ``it``.
                        body = self.entity(text, text, SpeakerKind.UNKNOWN, key)
                        self.subjects.append((key, body))
                    elif self._relative_speaker(key + 1) and self._given_word(key):
                        # ``a nomination for Lee, 49, who told reporters``: a
                        # person reporting, a subject for ``he`` or ``she``.
                        person = self.entity(text, text, SpeakerKind.PERSON, key)
                        person.named = True
                        person.tentative = True
                        self._mention(person, key, key + 1)
                        resolved[key] = person
                    continue
                if joined.key != text:
                    joined.tentative = False
                self._mention(joined, key, key + 1)
                resolved[key] = joined
                continue
            name = entry
            text = self.text(name.name_start, name.end)
            joined = self._join(text, name.start)
            if joined is None:
                if key not in spoken_starts and not (
                    name.kind is SpeakerKind.PERSON and (name.titles or name.gender)
                ):
                    if name.start == name.name_start and self._body_before_which(
                        name.start, name.end
                    ):
                        # ``Acme Homes, which reports next week, has had a
                        # hard year.``: a body, a subject for ``the company``.
                        joined = self.entity(
                            text, text, SpeakerKind.ORGANISATION, name.start
                        )
                        self._record(joined, name)
                        self.subjects.append((name.start, joined))
                        resolved[name.name_start] = joined
                        continue
                    if name.kind is SpeakerKind.ORGANISATION and self._reports(name):
                        # ``The Commission said ... "...," it said``: an
                        # organisation reporting is a subject for ``it``.
                        joined = self.entity(text, text, name.kind, name.start)
                        self._record(joined, name)
                        if (name.start, joined) not in self.subjects[-1:]:
                            self.subjects.append((name.start, joined))
                        resolved[name.name_start] = joined
                    continue
                joined = self.entity(text, text, name.kind, name.start)
                joined.named = name.kind is SpeakerKind.PERSON
            if joined.key != text:
                # A shorter form (``Tom``, ``Baker``) refers back to the name.
                joined.tentative = False
            self._record(joined, name)
            resolved[name.name_start] = joined
        low, high = self.finder.headline
        places: dict[str, list[int]] = {}
        for i in range(low, high):
            if self.tokens.is_word(i) and not self.tokens.quoted[i]:
                places.setdefault(self.tokens.text[i], []).append(i)
        pairs = Counter(
            " ".join(entity.name.split()[-2:])
            for entity in self.order
            if entity.kind is SpeakerKind.PERSON
        )
        for entity in self.order:
            if entity.kind is SpeakerKind.PERSON:
                self._headline(entity, places.get(entity.name.split()[-1], ()), pairs)
        return resolved

    def _record(self, entity: _Entity, name: Name) -> None:
        """Add a name's mention, titles and gender to its entity.

        The gender comes from an honorific (``Mrs``), else from a first name
        of :attr:`~newsmodel.lexicon.Lexicon.given_names` (``Ann Lee``).
        """
        self.add_titles(entity, name.titles)
        if entity.gender is None:
            if name.gender is not None:
                entity.gender = name.gender
            elif entity.kind is SpeakerKind.PERSON and " " in entity.name:
                first = entity.name.split()[0].lower()
                entity.gender = self.doc.lexicon.given_names.get(first)
        self._mention(entity, name.start, name.end)

    def _mention(self, entity: _Entity, start: int, end: int) -> None:
        """Add the mention in tokens ``start:end`` to its entity."""
        entity.mentions.add((start, end))
        tokens = self.tokens
        if (
            (
                start == 0
                or start in self.openings
                or tokens.is_sentence_end(start - 1)
                or tokens.text[start - 1]
                in {
                    "\u201c",
                    '"',
                }
                or (
                    (
                        end - start > 1
                        or tokens.low[start - 1] in _CLAUSE_JOINERS
                        or tokens.text[start - 1] == ","
                    )
                    and entity.kind is SpeakerKind.PERSON
                    and self._cue_subject(start, end, len(tokens.text))
                )
            )
            or (
                tokens.low[start - 1] in self.doc.lexicon.stopwords
                and (
                    start < 2
                    or tokens.is_sentence_end(start - 2)
                    or start - 1 in self.openings
                    or self._closes_quoted_sentence(start - 2)
                )
            )
            or (
                entity.kind is SpeakerKind.PERSON
                and (
                    self._after_opening_owner(start)
                    or self._focus_subject(start, end)
                    or self._came_as_subject(start, end)
                    or self._according_to(start)
                    or (
                        end - start > 1
                        and (
                            self._after_opening_role(start, 0)
                            or self._inverted_subject(start, end)
                            or self._apposed_to_owner(start, end)
                            or self._after_opening_phrase(start, end)
                        )
                    )
                )
            )
        ):
            self.subjects.append((start, entity))
            if (
                start > 1
                and tokens.low[start - 1] in _SUBORDINATORS
                and not tokens.is_sentence_end(start - 2)
                and start - 1 not in self.openings
            ):
                # ``Mr Baker said he backed it when Mr Hart argued for it``.
                self.subordinate.add(start)

    def _join(self, text: str, position: int) -> _Entity | None:
        """The full-name entity a surname or first name refers to, if any."""
        for table in (self.by_surname, self.by_first):
            entry = table.get(text)
            if entry is not None:
                candidates, firsts = entry
                point = bisect.bisect_right(firsts, position)
                return candidates[point - 1] if point else candidates[0]
        return self.entities.get(text)

    def _headline(
        self, entity: _Entity, places: Sequence[int], pairs: Mapping[str, int]
    ) -> None:
        """Add the entity's mentions in the headline at ``places`` (its surname).

        ``pairs`` counts the persons by the last two words of their names: a
        surname after another person's first name (``Bob Lee``) is not this
        entity's (``Ann Lee``).
        """
        tokens = self.tokens
        low = self.finder.headline[0]
        words = entity.name.split()
        own = " ".join(words[-2:])
        for i in places:
            start = i
            k = len(words) - 2
            while k >= 0 and start - 1 >= low and tokens.text[start - 1] == words[k]:
                start -= 1
                k -= 1
            if (
                start == i
                and start - 1 >= low
                and tokens.low[start - 1] not in _PARTICLES
            ):
                pair = f"{tokens.text[start - 1]} {tokens.text[i]}"
                if pairs.get(pair, 0) > (pair == own):
                    continue  # ``Bob Lee sues``: another person's surname, not Ann Lee's
            entity.mentions.add((start, i + 1))

    def resolve(self, raws: list[_Raw | None]) -> Article:
        """Resolve every attribution and build the article's speakers."""
        names = self.resolve_names(raws)
        self._role_subjects()
        self._body_subjects()
        self._text_subjects()
        self.subjects.sort(key=lambda pair: pair[0])
        subject_starts = [start for start, _ in self.subjects]
        name_starts = sorted(names)
        # Only the last few speakers are ever compared with a pronoun.
        spoken: deque[tuple[int, _Entity]] = deque(maxlen=_PRONOUN_REACH)
        targets: list[_Entity | None] = [None] * len(raws)
        methods: list[Method | None] = [None] * len(raws)
        for index, raw in enumerate(raws):
            if raw is None:
                continue
            found = raw.found
            entity: _Entity | None
            if raw.source is not None:
                entity = targets[raw.source]
                inherited = methods[raw.source]
                method = (
                    Method.CONTINUATION
                    if raw.placement is Placement.CONTINUATION
                    else inherited or Method.EXPLICIT
                )
            elif (national := self._titled_national(found, names)) is not None:
                method = Method.NOMINAL
                entity = national
            elif found.name is not None and not self._the_demonym(found):
                entity = names.get(found.name.name_start)
                method = Method.PRONOUN if found.form == "relative" else Method.EXPLICIT
                if entity is None:
                    text = self.text(found.name.name_start, found.name.end)
                    entity = self.entity(text, text, found.name.kind, found.start)
                if entity.kind is SpeakerKind.ORGANISATION:
                    method = Method.NOMINAL
                self.add_titles(entity, found.titles)
            elif found.form == "pronoun":
                method = Method.PRONOUN
                entity = self._owner(found, names, name_starts) or self._pronoun(
                    found, subject_starts, spoken
                )
            elif self._owned_by_pronoun(found):
                # ``His message to the board was: "..."``: his words.
                method = Method.PRONOUN
                entity = self._owner(found, names, name_starts) or self._pronoun(
                    found, subject_starts, spoken
                )
            else:
                method = Method.NOMINAL
                entity = (
                    self._named_body(found, subject_starts, spoken)
                    or self._aged_person(found, subject_starts, spoken)
                    or self._person_described(found, subject_starts, spoken, names)
                    or self._seat_member(found, subject_starts, spoken, names)
                    or self._relative_description(found)
                    or self._site_owner(found)
                    or self._lede_person(found, names)
                    or self._description(found)
                )
            targets[index] = entity
            methods[index] = method
            if entity is not None:
                entity.quotes.append(index)
                if raw.source is None:
                    entity.mentions.add((found.start, found.end))
                    spoken.append((found.start, entity))
        # What only resolution reads is let go before the article is built.
        del names, name_starts, subject_starts, spoken
        self.subjects.clear()
        self.subordinate.clear()
        self.bodies.clear()
        return self.build(raws, targets, methods)

    def _owner(
        self, found: Found, names: dict[int, _Entity], name_starts: list[int]
    ) -> _Entity | None:
        """``Ann Lee repeated her call``: a possessive's person in its sentence.

        The nearest person named before a possessive pronoun, in the same
        sentence and of a compatible gender, owns it.
        """
        tokens = self.tokens
        word = tokens.low[found.start]
        if word not in {"his", "her"}:
            return None
        gender = self.doc.lexicon.pronouns.get(_POSSESSIVES[word])
        point = bisect.bisect_left(name_starts, found.start)
        if point == 0:
            return None
        start = name_starts[point - 1]
        entity = names[start]
        if (
            found.start - start > _OUTER_REACH
            or entity.kind is not SpeakerKind.PERSON
            or entity.gender not in {None, gender}
            or any(tokens.is_sentence_end(i) for i in range(start, found.start))
        ):
            return None
        if entity.gender is None:
            entity.gender = gender
        return entity

    def _recent(
        self,
        start: int,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
    ) -> list[tuple[int, _Entity]]:
        """The last few subjects and speakers before token ``start``, in order.

        Only these are ever compared with a pronoun or a description, so
        resolution stays linear.
        """
        point = bisect.bisect_left(subject_starts, start)
        recent = self.subjects[max(point - _PRONOUN_REACH, 0) : point]
        recent.extend(pair for pair in spoken if pair[0] < start)
        recent.sort(key=operator.itemgetter(0))
        return recent

    def _pronoun(
        self,
        found: Found,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
    ) -> _Entity | None:
        """The most recent compatible subject before a pronoun, or ``None``.

        Subjects are the persons opening a sentence and the speakers of earlier
        quotes; only the last few of each are compared, so this stays linear.
        """
        word = self.tokens.low[found.start]
        word = _POSSESSIVES.get(word, word)
        gender = self.doc.lexicon.pronouns.get(word)
        if gender is None:
            return None
        recent = self._recent(found.start, subject_starts, spoken)
        recent = self._main_first(recent)
        if gender in {"male", "female"}:
            # The test of the gender made once, not for each subject: a
            # pronoun may pass over many subjects of the other gender.
            for position, entity in reversed(recent):
                kind = entity.kind
                if kind is SpeakerKind.PERSON:
                    if entity.gender is None:
                        entity.gender = gender
                        return entity
                    if entity.gender == gender:
                        return entity
                elif kind is SpeakerKind.DESCRIPTION and self._described_person(
                    entity, gender
                ):
                    # ``A spokesman said: "A." "B," he added.``: a person's
                    # description in the singular, of a compatible gender.
                    return entity
                elif kind is SpeakerKind.ORGANISATION and self._body_role_before(
                    position, gender
                ):
                    # ``A spokesman for Acme said: "..." He said``: the
                    # body's unnamed voice, not an earlier person.
                    return entity
                elif kind is SpeakerKind.UNKNOWN and self._said_pronoun_after(
                    position, word
                ):
                    # ``Baker said he was calm``: a person, of that gender.
                    entity.kind = SpeakerKind.PERSON
                    entity.gender = gender
                    return entity
            return None
        for index in range(len(recent) - 1, -1, -1):
            position, entity = recent[index]
            if position in self.bodies:
                if word != "it":
                    continue  # ``they`` is no single body
                # ``Acme said ... The company said ... it``: the body's name.
                return self._named_body_before(recent, index) or entity
            if word != "it" and entity.key in _REPORTING_TEXTS:
                continue  # ``they`` is no single text
            if entity.kind is SpeakerKind.DESCRIPTION and self._is_role(entity):
                continue  # ``it`` is no spokesman
            if entity.kind is SpeakerKind.UNKNOWN:
                if word != "it":
                    continue
                entity.kind = SpeakerKind.ORGANISATION
                return entity
            if entity.kind is not SpeakerKind.PERSON:
                return entity
            if (
                word == "it"
                and index == len(recent) - 1
                and self._owned_text_at(entity, position)
            ):
                # ``Mr Baker's statement said: "..." It added``: the text
                # speaks for its owner again.
                return entity
            if word == "it" and (
                self._company_like(entity) or self._company_pair(entity)
            ):
                # ``Acme said ... Still, it said``: a one-word name that no
                # title, honorific or pronoun makes a person is a body.
                entity.kind = SpeakerKind.ORGANISATION
                entity.named = False
                return entity
            return None
        return None

    def _body_role_before(self, position: int, gender: str) -> bool:
        """Whether an unnamed role speaks for the body at ``position``: ``a spokesman for``.

        The role's gender (``spokeswoman``) must fit the pronoun's.
        """
        tokens = self.tokens
        if position < 2 or tokens.low[position - 1] not in {"for", "at"}:
            return False
        head = tokens.low[position - 2]
        if head not in _UNNAMED_ROLES or tokens.quoted[position - 2]:
            return False
        if head.endswith("woman"):
            return gender == "female"
        if head.endswith("man"):
            return gender == "male"
        return True

    def _said_pronoun_after(self, position: int, word: str) -> bool:
        """Whether the one-word name at ``position`` reports with ``word``: ``Baker said he``."""
        tokens = self.tokens
        following = position + 2
        return (
            following < len(tokens.text)
            and tokens.low[following] == word
            and tokens.low[position + 1] in self.doc.lexicon.cues
        )

    def _owned_text_at(self, entity: _Entity, position: int) -> bool:
        """Whether ``entity`` spoke at ``position`` through its text (``Mr Baker's statement``)."""
        tokens = self.tokens
        return any(
            start == position and tokens.low[end - 1] in _OWNED_TEXTS
            for start, end in entity.mentions
        )

    def _named_body_before(
        self, recent: list[tuple[int, _Entity]], index: int
    ) -> _Entity | None:
        """The named body that the body subject ``recent[index]`` refers back to.

        ``Acme Council said ... The council said ... it``: the last body
        among ``recent[:index]`` whose name holds the subject's noun, or
        that is the subject of the sentence before (``Acme cut jobs. The firm
        said ...``).
        """
        start, body = recent[index]
        tokens = self.tokens
        for position, entity in reversed(recent[:index]):
            if entity.kind is not SpeakerKind.ORGANISATION:
                continue
            if body.key in entity.name.lower().split():
                return entity
            if start - position <= _OUTER_REACH * 2 and (
                sum(map(tokens.is_sentence_end, range(position, start))) <= 1
            ):
                return entity
        return None

    def _main_first(
        self, recent: list[tuple[int, _Entity]]
    ) -> list[tuple[int, _Entity]]:
        """``recent`` with a subordinate clause's subject put before its sentence's.

        ``Mr Baker said he backed it when Mr Hart argued for it. "...," he
        said``: the main clause's subject comes first for a pronoun after.
        """
        if not self.subordinate or not recent:
            return recent
        position = recent[-1][0]
        if position not in self.subordinate or len(recent) < 2:
            return recent
        earlier = recent[-2][0]
        tokens = self.tokens
        if any(tokens.is_sentence_end(i) for i in range(earlier, position)):
            return recent
        return [*recent[:-2], recent[-1], recent[-2]]

    def _named_body(
        self,
        found: Found,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
    ) -> _Entity | None:
        """``Acme cut jobs. "...," the company said``: the body named before.

        ``the`` and a noun for a company or a club refers, like ``it``, to
        the most recent organisation subject or speaker; ``None`` when there
        is none.
        """
        tokens = self.tokens
        start = found.start
        if (
            found.end - start != 2
            or tokens.low[start] != "the"
            or tokens.low[start + 1] not in _BODY_NOUNS
        ):
            return None
        recent = self._recent(start, subject_starts, spoken)
        for _, entity in reversed(recent):
            if entity.kind is SpeakerKind.ORGANISATION:
                return entity
            if entity.kind is SpeakerKind.UNKNOWN or (
                entity.kind is SpeakerKind.PERSON and self._company_like(entity)
            ):
                entity.kind = SpeakerKind.ORGANISATION
                entity.named = False
                return entity
        return None

    def _aged_person(
        self,
        found: Found,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
    ) -> _Entity | None:
        """``Rovers signed Tom Baker. "...," the 34-year-old said``: the person before.

        ``the`` and an age (``34-year-old``), with at most a noun after it,
        refers to the most recent person subject or speaker, like a pronoun
        whose gender is not known.
        """
        tokens = self.tokens
        start = found.start
        end = found.end
        if not (
            3 < end - start <= 5
            and tokens.low[start] == "the"
            and tokens.text[start + 1].isdigit()
            and tokens.text[start + 2] == "-"
            and tokens.low[start + 3] == "year-old"
        ):
            return None
        recent = self._recent(start, subject_starts, spoken)
        for _, entity in reversed(recent):
            if (
                entity.kind is SpeakerKind.PERSON
                and entity.named
                and " " in entity.name
            ):
                return entity
        return None

    def _person_described(
        self,
        found: Found,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
        names: dict[int, _Entity],
    ) -> _Entity | None:
        """The person a description stands for: by office or as an epithet.

        An office that is also an epithet (``the coach``) names whoever holds
        it by title first, else the person named before; any other
        description the person named before first (``the actress``), else
        the holder of the office.
        """
        if self.tokens.low[found.end - 1] in _OFFICE_EPITHETS:
            return self._office_holder(found) or self._epithet_person(
                found, subject_starts, spoken, names
            )
        return self._epithet_person(
            found, subject_starts, spoken, names
        ) or self._office_holder(found)

    def _epithet_person(
        self,
        found: Found,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
        names: dict[int, _Entity],
    ) -> _Entity | None:
        """``Tom Baker scored twice. "...," the striker said``: the person described.

        ``the`` and an epithet in lowercase (``the striker``, ``the two-time
        champion``, not ``the Morning Star``) or a nationality (``the Scot``)
        refers to the most recent person subject or speaker named in full,
        like an age (``the 34-year-old``), unless another person named in a
        later sentence may be the one meant (see :meth:`_other_person`).
        """
        tokens = self.tokens
        start = found.start
        end = found.end
        if end - start < 2 or tokens.low[start] != "the":
            return None
        head = tokens.low[end - 1]
        if not (
            (head in _EPITHETS and tokens.text[end - 1] == head)
            or (
                self._the_demonym(found)
                and not (
                    # ``by The Irishman magazine``: a title before its noun.
                    end < len(tokens.text)
                    and tokens.is_word(end)
                    and not tokens.is_capital(end)
                    and self.doc.match_cue(end, len(tokens.text)) == end
                    and not self.doc.is_adverb(end)
                )
            )
        ):
            return None
        recent = self._recent(start, subject_starts, spoken)
        for position, entity in reversed(recent):
            if entity.kind is not SpeakerKind.PERSON or not entity.named:
                continue
            if (
                " " not in entity.name
                or any(
                    tokens.low[i] == head and tokens.low[i + 1] in {"'s", "’s"}
                    for i in range(max(position - 4, 0), position - 1)
                )  # ``The actor's friend Tom Baker``
                or self._other_person(entity, position, start, names)
            ):
                return None
            return entity
        return None

    def _seat_member(
        self,
        found: Found,
        subject_starts: list[int],
        spoken: deque[tuple[int, _Entity]],
        names: dict[int, _Entity],
    ) -> _Entity | None:
        """``Mr Baker said ... said the Leeds North MP``: the member named before.

        ``the``, the capitalised words of a seat or a party and a member's
        letters (``MP``, ``MEP``) stand for the most recent person subject
        or speaker, even one named by surname only, unless another person
        may be meant (see :meth:`_other_person`); an office holder titled so
        is found first (:meth:`_office_holder`).
        """
        tokens = self.tokens
        start = found.start
        end = found.end
        if (
            tokens.text[end - 1] not in _MEMBER_LETTERS
            or end - start < 2
            or tokens.low[start] != "the"
        ):
            return None
        modifiers = self.doc.lexicon.title_modifiers
        if not all(
            tokens.is_word(i) and (tokens.is_capital(i) or tokens.low[i] in modifiers)
            for i in range(start + 1, end - 1)
        ):
            return None
        recent = self._recent(start, subject_starts, spoken)
        for position, entity in reversed(recent):
            if entity.kind is not SpeakerKind.PERSON or not entity.named:
                continue
            if self._other_person(entity, position, start, names):
                return None
            return entity
        return None

    def _other_person(
        self, entity: _Entity, low: int, high: int, names: dict[int, _Entity]
    ) -> bool:
        """Whether a person other than ``entity`` may be meant in tokens ``low:high``.

        ``low`` is where ``entity`` was last a subject or speaker. Other
        people named in that sentence (``Lee beat Tom Baker``) leave it the
        subject; a person named in a later sentence, by a name joined to
        another person, an unjoined name of two words or more, or another
        person's surname, may have taken over. So does a distance beyond
        :data:`_EPITHET_REACH` tokens.
        """
        if high - low > _EPITHET_REACH:
            return True
        tokens = self.tokens
        own = entity.name.split()[-1]
        starts = self.scanned_starts
        point = bisect.bisect_right(starts, low)
        stop = bisect.bisect_left(starts, high)
        sentence = low
        for key in starts[point:stop]:
            joined = names.get(key)
            if joined is entity:
                continue
            if joined is not None:
                other = joined.kind is SpeakerKind.PERSON
            else:
                name = self.scanned[key]
                if name is not None:
                    other = (
                        name.kind is SpeakerKind.PERSON
                        and name.end - name.name_start > 1
                    )
                else:
                    word = tokens.text[key]
                    other = word != own and word in self.by_surname
            if not other:
                continue
            while sentence < key and not tokens.is_sentence_end(sentence):
                sentence += 1
            if sentence < key:
                return True  # a later sentence names someone else
        return False

    def _titled_national(
        self, found: Found, names: dict[int, _Entity]
    ) -> _Entity | None:
        """``American Tom Baker won. "...," said the American``: the person so titled.

        ``the`` and a nationality stand for the one person named before with
        that nationality as a title; ``None`` when none or several are.
        """
        tokens = self.tokens
        nationality = tokens.low[found.end - 1]
        if nationality not in self.doc.lexicon.demonyms:
            return None  # the common case, decided by one look-up
        length = found.end - found.start
        if not (
            (length == 2 and tokens.low[found.start] == "the")
            or (
                length == 1
                and found.start > 0
                and tokens.low[found.start - 1] == "the"
                and not tokens.quoted[found.start - 1]
            )
        ) or not tokens.is_capital(found.end - 1):
            return None
        person: _Entity | None = None
        for start, entity in names.items():
            if (
                start < found.start
                and entity.kind is SpeakerKind.PERSON
                and entity is not person
                and any(title.lower() == nationality for title in entity.titles)
            ):
                if person is not None:
                    return None
                person = entity
        return person

    def _the_demonym(self, found: Found) -> bool:
        """Whether a mention is ``the`` and a nationality: ``the Irishman``."""
        tokens = self.tokens
        return (
            found.end - found.start == 2
            and tokens.low[found.start] == "the"
            and tokens.low[found.start + 1] in self.doc.lexicon.demonyms
        )

    def _holds_office(self, title: str, start: int, end: int) -> bool:
        """Whether ``title`` names the office that tokens ``start + 1:end`` describe.

        Both end in the same word, the title holds every word described, and
        both have the same ranks: ``the chancellor`` fits ``Chancellor`` and
        ``Labour chancellor`` but not ``Shadow Chancellor``, and ``the French
        president`` not ``US President``.
        """
        words = title.lower().split()
        described = self.tokens.low[start + 1 : end]
        return (
            bool(words and described)
            and words[-1] == described[-1]
            and set(described) <= set(words)
            and not any(
                (word in words) != (word in described) for word in _OFFICE_RANKS
            )
        )

    @staticmethod
    def _company_like(entity: _Entity) -> bool:
        """Whether a person entity is one bare word nothing marks as a person."""
        return entity.gender is None and not entity.titles and " " not in entity.name

    def _company_pair(self, entity: _Entity) -> bool:
        """``Acme Foods said ... it said``: two words nothing makes a person.

        An untitled subject of two words, the first no given name of the
        lexicon, that no pronoun of a gender has joined, read as a body by a
        later ``it``.
        """
        words = entity.name.split()
        return (
            entity.tentative
            and entity.gender is None
            and not entity.titles
            and len(words) == 2
            and words[0].lower() not in self.doc.lexicon.given_names
        )

    @staticmethod
    def _is_role(entity: _Entity) -> bool:
        """Whether a description ends in an unnamed person's role (``spokesman``)."""
        words = entity.name.lower().split()
        return bool(words) and words[-1] in _UNNAMED_ROLES

    def _described_person(self, entity: _Entity, gender: str) -> bool:
        """Whether a description is one unnamed person a pronoun of ``gender`` fits.

        ``A spokesman said: "A." "B," he added.``: a role of the people
        articles quote without naming them, in the singular.
        """
        if not self._is_role(entity):
            # ``the prime minister`` most often stands for a person the
            # article names, whom an earlier subject already gives.
            return False
        head = entity.name.lower().split()[-1]
        if head.endswith("woman"):
            return gender == "female"
        if head.endswith("man"):
            return gender == "male"
        return True

    def _positions(self, words: frozenset[str]) -> list[int]:
        """The positions of the tokens whose lowercase form is in ``words``, in order.

        The article's words are gathered into a set once, in C; a table is
        then compared with that set (the smaller one is read), and
        ``tuple.index`` finds each word present, so that most articles,
        holding none of the words, cost no Python loop over their tokens.
        """
        low = self.tokens.low
        vocabulary = self.vocabulary
        if vocabulary is None:
            vocabulary = self.vocabulary = frozenset(low)
        positions: list[int] = []
        for word in words.intersection(vocabulary):
            k = low.index(word)
            while True:
                positions.append(k)
                try:
                    k = low.index(word, k + 1)
                except ValueError:
                    break
        positions.sort()
        return positions

    def _role_subjects(self) -> None:
        """``A ministry spokeswoman confirmed ...``: unnamed roles reporting.

        A description ending in an unnamed role (``spokeswoman``, ``official``)
        and opening its clause before a verb of saying is a subject that a
        later ``he`` or ``she`` may refer to, like a speaker.
        """
        tokens = self.tokens
        low = tokens.low
        doc = self.doc
        limit = len(low)
        for k in self._positions(_UNNAMED_ROLES):
            after = k + 1
            if after + 1 < limit and low[after] in {"for", "from", "at", "of", "with"}:
                # ``A spokesman for the Acme Association said``: past the body.
                after = self._past_body(after, limit, {"the", "of", "and", "&"})
            while after < limit and doc.is_adverb(after):
                after += 1
            if (
                after >= limit
                or low[after].endswith("ing")
                or doc.match_cue(after, limit) == after
            ):
                continue
            start = k - 1
            while (
                start >= 0
                and k - start <= _MODIFIERS + 3
                and low[start] not in {"a", "an", "the"}
                and tokens.is_word(start)
                and not tokens.quoted[start]
            ):
                start -= 1
            if start < 0 or low[start] not in {"a", "an"}:
                continue  # ``the spokesman`` most often refers back to a name
            if not (
                start == 0
                or start in self.openings
                or tokens.is_sentence_end(start - 1)
                or low[start - 1] in {",", "and", "but"}
            ):
                continue
            entity = self._description(
                Found(start=start, end=k + 1, form="description")
            )
            self.subjects.append((start, entity))

    def _lede_person(self, found: Found, names: dict[int, _Entity]) -> _Entity | None:
        """``..., a leading figure in the trade has said.`` Then ``Tom Baker ... told``.

        A person described with ``a`` in the article's first paragraph, in
        the present perfect that opens a report (``has said``, ``has told``),
        is the person whose full name opens the next paragraph as the subject
        of a cue. A description with a plain past (``A senior official said
        ...``) is a source of its own.
        """
        tokens = self.tokens
        start = found.start
        head = found.end - 1
        if tokens.low[start] not in {"a", "an"}:
            return None
        perfect = found.end
        limit = min(len(tokens.low), perfect + _LEDE_REACH)
        while (
            perfect < limit
            and tokens.low[perfect] not in {"has", "have"}
            and not tokens.is_sentence_end(perfect)
        ):
            perfect += 1  # ``a leading figure in the trade has said``
        if (
            perfect >= limit
            or tokens.low[perfect] not in {"has", "have"}
            or found.name is not None
            or tokens.low[head] in _NO_LEDE_PERSON
            or not (
                tokens.low[head] == "figure"
                or self.doc.is_role_noun(head)
                or tokens.low[head].endswith(_AGENT_SUFFIXES)
            )
        ):
            return None
        paragraphs = self.finder.paragraphs
        if len(paragraphs) < 2 or not paragraphs[0][0] <= start < paragraphs[0][1]:
            return None
        opening = paragraphs[1][0]
        entity = names.get(opening)
        if (
            entity is None
            or entity.kind is not SpeakerKind.PERSON
            or " " not in entity.name
        ):
            return None
        name = self.scanned.get(opening)
        if name is None or not self._cue_subject(opening, name.end, paragraphs[1][1]):
            return None
        return entity

    def _site_owner(self, found: Found) -> _Entity | None:
        """``says the help page on Acme's website``: the body whose site speaks.

        A description followed by ``on``, a capitalised owner and ``'s
        website`` (or ``on the Acme website``) stands for the owner.
        """
        tokens = self.tokens
        on = found.end
        limit = len(tokens.text)
        if (
            on + 3 >= limit
            or tokens.low[on] != "on"
            or found.name is not None
            or tokens.quoted[on]
        ):
            return None
        start = on + 1
        if tokens.low[start] == "the":
            start += 1
        mark = start
        while mark < limit and mark - start < _OWNER_REACH and tokens.is_capital(mark):
            if tokens.quoted[mark] or not tokens.is_word(mark):
                return None
            mark += 1
        site = mark + 1 if mark < limit and tokens.low[mark] in {"'s", "’s"} else mark
        if (
            mark == start
            or site >= limit
            or tokens.low[site] not in _SITES
            or (site == mark and tokens.low[on + 1] != "the")
        ):
            return None
        text = self.text(start, mark)
        known = self.entities.get(text)
        if known is None and mark - start == 1 and text in self.by_surname:
            known = self._join(text, start)  # ``on Baker's blog``: Tom Baker
        return known or self.entity(text, text, SpeakerKind.ORGANISATION, start)

    def _relative_description(self, found: Found) -> _Entity | None:
        """``let down by the council, who promised``: the description ``who`` is.

        A relative with no name before its comma stands for the description
        there (``the council``), which speaks.
        """
        if found.form != "relative" or found.name is not None:
            return None
        tokens = self.tokens
        comma = found.start - 1
        floor = comma
        while (
            floor > 0
            and comma - floor < _RELATIVE_BACK
            and not tokens.quoted[floor - 1]
            and not tokens.is_sentence_end(floor - 1)
        ):
            floor -= 1
        antecedent = self.doc.relative_antecedent(comma, floor)
        if antecedent is None or antecedent.name is not None:
            return None
        head = tokens.low[antecedent.end - 1]
        lexicon = self.doc.lexicon
        if (
            tokens.low[found.start] == "who"
            and not head.endswith("s")
            and head not in lexicon.descriptions
            and head not in lexicon.titles
            and head not in lexicon.organisation_markers
        ):
            # ``one aide familiar with the talks, who added``: ``who`` is a
            # person or a group, not the last noun before it.
            return None
        return self._description(antecedent)

    def _body_subjects(self) -> None:
        """``The committee said ... It blamed``: a body opening its sentence.

        ``The`` and a noun of a body (``committee``, ``government``), two
        modifiers between at most (``The new government``), opening a
        sentence before a cue, an auxiliary or a verb in ``-ed`` (past an
        apposition: ``The government, led by the Reds, was``) is a subject
        that a later ``it`` may refer to.
        """
        tokens = self.tokens
        low = tokens.low
        limit = len(low)
        for k in self._positions(_SUBJECT_BODIES):
            start = k - 1
            while start >= 1 and k - start <= 2 and low[start] != "the":
                if not tokens.is_word(start):
                    break
                start -= 1  # ``The new government``, ``The new Acme government``
            if start < 0 or low[start] != "the" or tokens.quoted[k]:
                continue
            if not (
                start == 0
                or start in self.openings
                or tokens.is_sentence_end(start - 1)
                or (
                    # ``"... poverty." The new government``
                    start > 1
                    and tokens.text[start - 1] in _CLOSE_MARKS
                    and tokens.is_sentence_end(start - 2)
                )
            ):
                continue
            after = self.doc.past_apposition(k + 1, limit)
            if after is None or after >= limit:
                continue
            if not (
                self._cue_at(self._past_adverbs(after, limit), limit)
                or (self._verb_at(after) and self._it_follows(after, limit))
            ):
                continue
            entity = self.entity(low[k], tokens.text[k], SpeakerKind.DESCRIPTION, start)
            self.subjects.append((start, entity))
            self.bodies.add(start)

    def _text_subjects(self) -> None:
        """``The report said ... It said``: a text reporting opens its sentence.

        ``The`` and a noun of a text (``report``, ``study``), a word between
        at most (``The new report``), opening a sentence before a cue is a
        subject that a later ``it`` may refer to.
        """
        tokens = self.tokens
        low = tokens.low
        limit = len(low)
        for k in self._positions(_REPORTING_TEXTS):
            start = k - 1
            if start >= 1 and low[start] != "the" and tokens.is_word(start):
                start -= 1  # ``The new report``
            if start < 0 or low[start] != "the" or tokens.quoted[k]:
                continue
            if not (
                start == 0
                or start in self.openings
                or tokens.is_sentence_end(start - 1)
            ):
                continue
            after = self._past_adverbs(k + 1, limit)
            if after < limit and self._cue_at(after, limit):
                entity = self.entity(
                    low[k], tokens.text[k], SpeakerKind.DESCRIPTION, start
                )
                self.subjects.append((start, entity))

    def _verb_at(self, i: int) -> bool:
        """Whether token ``i`` reads as a finite verb: an auxiliary or ``-ed``."""
        tokens = self.tokens
        word = tokens.low[i]
        return word in _AUXILIARIES or (
            word.endswith("ed")
            and word.isalpha()
            and not tokens.is_capital(i)
            and word not in self.doc.lexicon.stopwords
        )

    def _it_follows(self, i: int, limit: int) -> bool:
        """Whether ``it`` follows token ``i`` in its sentence, outside quotes."""
        tokens = self.tokens
        j = i + 1
        while j < limit and j - i <= _OUTER_REACH:
            if tokens.is_sentence_end(j) or tokens.quoted[j]:
                return False
            if tokens.low[j] == "it":
                return True
            j += 1
        return False

    def _description(self, found: Found) -> _Entity:
        """The entity of a description or an organisation without a name."""
        tokens = self.tokens
        start = found.start
        if tokens.low[start] in {"a", "an", "the"} and found.end - start > 1:
            start += 1
        text = self.text(start, found.end)
        owner = self._text_owner(found)
        if owner is not None:
            return owner
        key = text.lower()
        return self.entity(key, text, SpeakerKind.DESCRIPTION, found.start)

    def _office_holder(self, found: Found) -> _Entity | None:
        """``Chancellor Ann Lee ... the chancellor said``: the person in the office.

        The most recently introduced person whose title holds the office
        ``the`` and the description name (see :meth:`_holds_office`).
        """
        if self.tokens.low[found.start] != "the" or found.end - found.start < 2:
            return None
        for entity in reversed(self.order[-_PRONOUN_REACH:]):
            if (
                entity.kind is SpeakerKind.PERSON
                and entity.first < found.start
                and any(
                    self._holds_office(title, found.start, found.end)
                    for title in entity.titles
                )
            ):
                return entity
        return None

    def _owned_by_pronoun(self, found: Found) -> bool:
        """Whether a description is a possessive pronoun's text: ``His message``."""
        tokens = self.tokens
        return (
            found.end - found.start == 2
            and tokens.low[found.start] in _POSSESSIVES
            and tokens.low[found.start + 1] in _OWNED_TEXTS
        )

    def _text_owner(self, found: Found) -> _Entity | None:
        """``Acme's statement said``: the body or person whose text speaks.

        A name, its ``'s`` and a noun of written or spoken text (``statement``,
        ``letter``, ``website``) stand for the owner.
        """
        tokens = self.tokens
        end = found.end
        start = found.start
        if tokens.low[start] in {"a", "an", "the"}:
            start += 1  # ``the Acme Council's ruling``, ``an Acme statement``
        mark = start + 1
        while mark < end - 1 and tokens.low[mark] not in {"'s", "’s"}:
            mark += 1
        if mark >= end - 1 and tokens.low[found.start] in {"a", "an", "the"}:
            mark = end - 1  # ``an Acme statement``: the owner before the noun
        if (
            mark >= end
            or mark <= start
            or tokens.low[end - 1] not in _OWNED_TEXTS
            or not all(tokens.is_capital(i) for i in range(start, mark))
        ):
            return None
        text = self.text(start, mark)
        words = text.split()
        entity = self._join(words[-1], start) or self.entities.get(text)
        if entity is None:
            lexicon = self.doc.lexicon
            titled = words[0].lower().rstrip(".") in lexicon.honorifics or (
                words[0].lower() in lexicon.titles
            )
            kind = SpeakerKind.PERSON if titled else SpeakerKind.ORGANISATION
            entity = self.entity(text, text, kind, start)
        return entity

    def build(
        self,
        raws: list[_Raw | None],
        targets: list[_Entity | None],
        methods: list[Method | None],
    ) -> Article:
        """Assemble Speaker objects and attributions into a new article."""
        quotes = list(self.article.quotes)
        # Only ``quotes`` holds the quotes now: each is let go once replaced.
        article = self.article = self.finder.article = attrs.evolve(
            self.article, quotes=()
        )
        tokens = self.tokens
        source = tokens.source
        speakers: dict[int, Speaker] = {}
        made: dict[int, Mention] = {}
        """The mentions built so far, by token span: equal mentions are shared.

        A span is keyed by one int, ``start * width + end``: unlike a tuple,
        an int is no object for the garbage collector to count."""
        width = len(tokens) + 1

        def mention_of(start: int, end: int) -> Mention:
            key = start * width + end
            mention = made.get(key)
            if mention is None:
                mention = made[key] = Mention(
                    text=source[tokens.start[start] : tokens.end[end - 1]],
                    start=tokens.start[start],
                    end=tokens.end[end - 1],
                )
            return mention

        cues: dict[tuple[int, int], Cue] = {}
        ordered = sorted(
            self.order, key=lambda e: (min(e.mentions, default=(e.first, 0)), e.key)
        )
        for entity in ordered:
            if not (
                entity.quotes
                or (
                    entity.named
                    and entity.kind is SpeakerKind.PERSON
                    and not entity.tentative
                )
            ):
                continue  # neither a speaker nor a person: never built
            # By start, the longest first: two sorts with C keys, and no
            # key tuple per mention.
            spans = sorted(entity.mentions, key=operator.itemgetter(1), reverse=True)
            spans.sort(key=operator.itemgetter(0))
            kept: list[tuple[int, int]] = []
            for span in spans:
                if kept and span[1] <= kept[-1][1]:
                    continue
                kept.append(span)
            mentions = tuple(mention_of(start, end) for start, end in kept)
            speakers[id(entity)] = Speaker(
                name=entity.name,
                kind=entity.kind,
                titles=tuple(entity.titles),
                gender=entity.gender if entity.gender in {"male", "female"} else None,
                mentions=mentions,
                quotes=tuple(sorted(set(entity.quotes))),
            )
        for index, raw in enumerate(raws):
            if raw is None:
                continue
            raws[index] = None  # let go of it, and its mention, once read
            found = raw.found
            target = targets[index]
            method = methods[index] or Method.EXPLICIT
            mention = mention_of(found.start, found.end)
            cue = None
            if raw.cue is not None:
                cue = cues.get(raw.cue)
                if cue is None:
                    start, end = raw.cue
                    cue = cues[raw.cue] = Cue(
                        text=source[tokens.start[start] : tokens.end[end - 1]],
                        start=tokens.start[start],
                        end=tokens.end[end - 1],
                        lemma=self._lemma(" ".join(tokens.low[start:end])),
                    )
            quotes[index] = _attributed(
                quotes[index],
                Attribution(
                    mention=mention,
                    speaker=speakers[id(target)] if target is not None else None,
                    cue=cue,
                    placement=raw.placement,
                    method=method,
                    confidence=_CONFIDENCES[raw.placement, method, target is not None],
                ),
            )
        quoted = tuple(speakers[id(e)] for e in ordered if e.quotes)
        people = tuple(
            speakers[id(e)]
            for e in ordered
            if e.named
            and e.kind is SpeakerKind.PERSON
            and (e.quotes or not e.tentative)
        )
        return attrs.evolve(
            article, quotes=tuple(quotes), speakers=quoted, people=people
        )

    def _lemma(self, phrase: str) -> str:
        """The lemma of a cue phrase: the lexicon's, ``say`` for a colon or dash, else itself."""
        lexicon = self.doc.lexicon
        if phrase in lexicon.cues:
            return lexicon.cues[phrase]
        if phrase in lexicon.verbal_cues:
            return lexicon.verbal_cues[phrase]
        return "say" if phrase == ":" or phrase in _DASHES else phrase


def _clause_break(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` stands between a reported clause and a reporting cue.

    Punctuation, conjunctions and subordinators open a clause of their own
    (``after Y said``, ``which Y called``, ``, and Y said``): the cue
    beyond them reports something else.
    """
    return tokens.low[i] in _CLAUSE_BREAKS


_PLACEMENT_SCORES: Mapping[Placement, float] = MappingProxyType(
    {
        Placement.AFTER: 0.95,
        Placement.BETWEEN: 0.9,
        Placement.ACCORDING_TO: 0.9,
        Placement.DASH: 0.85,
        Placement.HEADLINE: 0.8,
        Placement.BEFORE: 0.85,
        Placement.CONTINUATION: 0.6,
    }
)
"""The confidence of an attribution by its placement, before adjustments."""
_QUOTE_FIELDS = tuple(
    (field.name, field.alias or field.name)
    for field in attrs.fields(Quote)
    if field.init and field.name != "attribution"
)
"""The fields of :class:`Quote` that :func:`_attributed` copies, with their
arguments' names."""


_QUOTE_VALUES = operator.attrgetter(*(name for name, _ in _QUOTE_FIELDS))
"""The values of :data:`_QUOTE_FIELDS` of a quote, read in one call."""
_QUOTE_ALIASES = tuple(alias for _, alias in _QUOTE_FIELDS)
"""The arguments' names of :data:`_QUOTE_FIELDS`, in the same order."""


def _attributed(quote: Quote, attribution: Attribution) -> Quote:
    """``attrs.evolve(quote, attribution=attribution)``, without its per-call lookups."""
    values = dict(zip(_QUOTE_ALIASES, _QUOTE_VALUES(quote), strict=True))
    return Quote(**values, attribution=attribution)


def _confidence(placement: Placement, method: Method, resolved: bool) -> float:
    """A rough score for an attribution, from how it was found."""
    score = _PLACEMENT_SCORES[placement]
    if method is Method.PRONOUN:
        score -= 0.1
    if not resolved:
        score -= 0.2
    return round(score, 2)


_CONFIDENCES: Mapping[tuple[Placement, Method, bool], float] = MappingProxyType(
    {
        (placement, method, resolved): _confidence(placement, method, resolved)
        for placement in Placement
        for method in Method
        for resolved in (True, False)
    }
)
""":func:`_confidence` of every placement, method and resolution, made once."""
