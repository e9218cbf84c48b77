"""Tokens, mentions and their resolution to speakers, for attribution.

Everything here works on a token list of the whole article built once, and
every search looks a bounded number of tokens away, so the work is linear in
the length of the article.
"""

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from ._model import SpeakerKind
from .lexicon import Lexicon

__all__ = ["Doc", "Found", "Name", "Tokens", "mention_after", "mention_before"]

_TOKEN = regex.compile(
    r"(?:\p{L}\.){2,}"
    r"|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’](?!(?:s|d|ll|ve|re|m)\b)[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
    r"|['’](?:s|d|ll|ve|re|m)\b"
    r"|\p{N}+(?:[.,]\p{N}+)*"
    r"|\S"
)
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")
""":data:`_TOKEN` captured, to split a text into its tokens and what lies between."""
_FAST_RANGES = ((0x0000, 0x024F), (0x2000, 0x206F), (0x20A0, 0x20CF))
"""The characters the standard library splits as :data:`_TOKEN_SPLIT` does:
Latin letters, general punctuation and currency signs (most news text)."""
_OUTSIDE_FAST = re.compile(
    "[^" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _FAST_RANGES) + "]"
)
"""Finds a character outside :data:`_FAST_RANGES`."""


def _class_of(pattern: str) -> str:
    """A ``re`` character class body matching what ``pattern`` matches in the fast ranges.

    The class is read off the ``regex`` module itself, character by
    character, so that both engines agree exactly on text made of these
    characters.
    """
    compiled = regex.compile(pattern)
    inside = [
        code
        for low, high in _FAST_RANGES
        for code in range(low, high + 1)
        if compiled.fullmatch(chr(code)) is not None
    ]
    runs: list[list[int]] = []
    for code in inside:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
        for low, high in runs
    )


def _fast_token_split() -> re.Pattern[str]:
    r""":data:`_TOKEN_SPLIT` for text inside :data:`_FAST_RANGES`, in the faster ``re``.

    ``\b`` after the ``s`` of ``'s`` becomes "no word character next", as
    ``s`` is one.
    """
    letter = _class_of(r"\p{L}")
    word_part = _class_of(r"[\p{L}\p{M}\p{N}]")
    joined = _class_of(r"[\p{L}\p{N}]")
    number = _class_of(r"\p{N}")
    word = _class_of(r"\w")
    space = _class_of(r"\s")
    # ``(?:L\.){2,}|L...`` with the first letter taken out of both
    # alternatives: the same matches, one test fewer per word.
    return re.compile(
        f"([{letter}](?:\\.(?:[{letter}]\\.)+"
        f"|[{word_part}]*(?:[-'’](?!(?:s|d|ll|ve|re|m)(?![{word}]))[{joined}][{word_part}]*)*)"
        f"|['’](?:s|d|ll|ve|re|m)(?![{word}])"
        f"|[{number}]+(?:[.,][{number}]+)*"
        f"|[^{space}])"
    )


_FAST_TOKEN_SPLIT = _fast_token_split()
""":data:`_TOKEN_SPLIT` for text with no character outside :data:`_FAST_RANGES`."""

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "inc",
        "corp",
        "co",
        "ltd",
        "ft",
        "mt",
        "adm",
        "cmdr",
        "supt",
        "hon",
        "pres",
    ]
)
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "another",
        "some",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "two",
        "three",
        "several",
        "many",
        "most",
        "other",
        "this",
        "that",
        "these",
        "those",
    ]
)
_NOT_BEFORE_PARTICIPLE = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "for",
        "of",
        "about",
        "without",
    ]
)
"""Words after which an ``-ing`` cue is no report: ``the reporting``, ``was saying``."""
_SUBORDINATORS = frozenset(
    [
        "when",
        "while",
        "after",
        "before",
        "if",
        "although",
        "though",
        "because",
        "since",
        "once",
        "until",
        "unless",
        "whether",
    ]
)
"""Words that open a subordinate clause, whose subject is not the sentence's."""
_PRONOMINALS = frozenset(
    ["another", "others", "one", "some", "many", "several", "most"]
)
"""Determiners that stand alone for a speaker: ``another said``."""
_PARTITIVES = frozenset(("one", "some", "many", "most", "several", "two", "three"))
"""Determiners that take ``of`` and a described group: ``one of the aides``."""
_SHARE_NOUNS = frozenset(
    (
        "half",
        "majority",
        "minority",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "two-thirds",
        "one-third",
        "three-quarters",
        "one-quarter",
    )
)
"""Nouns naming a share of the people asked: ``half said``."""
_SHARES = _SHARE_NOUNS | {"%", "percent"}
"""Words ending the share that stands for a poll's respondents."""
_NUMBERS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a"]
)
"""Counts that may open a share: ``four in 10``, ``a third``."""
_QUALIFIERS = frozenset(
    [
        "about",
        "nearly",
        "almost",
        "roughly",
        "only",
        "just",
        "over",
        "under",
        "some",
        "more",
        "less",
        "fewer",
        "than",
        "least",
        "at",
    ]
)
"""Words qualifying a share: ``more than half``, ``at least 40%``."""
_MAX_QUANTITY = 6
"""Most tokens in a share standing as a speaker."""
_PREPOSITIONS = frozenset(
    ["at", "in", "on", "during", "with", "by", "for", "from", "of", "to"]
)
"""Prepositions whose noun phrase cannot be the subject of a cue after it."""
_EXPLETIVE_VERBS = frozenset(
    [
        "is",
        "was",
        "'s",
        "’s",
        "seems",
        "seemed",
        "appears",
        "appeared",
        "remains",
        "remained",
        "looks",
        "looked",
        "takes",
        "took",
        "makes",
        "made",
        "means",
        "meant",
        "had",
        "would",
        "will",
        "may",
        "might",
        "could",
        "can",
        "must",
        "should",
    ]
)
"""Verbs after an opening ``It`` that make it a placeholder (``It is clear``)."""
_PHRASE_WORDS = 8
"""Most words of a phrase between a subject and its verb (``A letter to ...``)."""
_SURNAME_TITLES = frozenset(
    ["pope", "king", "bishop", "judge", "dean", "knight", "duke", "earl", "prince"]
)
"""Title words that are also common surnames (``Amy Pope``, ``Carole King``)."""
_ROLE_WORDS = 5
"""Most words of a role before ``of`` in an open apposition (``chief executive``)."""
_NOT_VERBS = frozenset(["such", "so", "less", "more", "most", "no", "as", "than"])
"""Words after a subject that show no verb follows it (``Words such as``)."""
_GOVERNING = (_PREPOSITIONS - {"with", "from", "by"}) | frozenset(
    ["through", "via", "about", "against", "over", "into", "among", "between", "like"]
)
"""Prepositions whose object a participle after it does not belong to."""
_SUBJECT_DETERMINERS = frozenset(
    ["the", "a", "an", "some", "many", "several", "his", "her", "their", "its"]
)
"""Determiners that open a noun phrase standing as a clause's subject."""
_RELATIVES = frozenset(["who", "which", "whose", "whom", "where", "when", "that"])
_FAITHFUL = frozenset(
    [
        "buddhists",
        "catholics",
        "christians",
        "hindus",
        "jews",
        "muslims",
        "protestants",
        "sikhs",
    ]
)
"""Plural nouns for the followers of a faith: ``UK Muslims`` names no one."""
_PARTICLES = frozenset(
    [
        "de",
        "van",
        "von",
        "der",
        "den",
        "da",
        "del",
        "della",
        "dos",
        "das",
        "la",
        "le",
        "bin",
        "al",
        "di",
        "du",
        "ibn",
    ]
)
_HYPHENATED_PARTICLE = regex.compile(
    r"(?:al|el|ad|ar|as|ash|an|at|az|bin|ibn|abu|abd)-\p{Lu}"
)
"""A lowercase particle joined to a capitalised name: ``al-Assad``, ``bin-Salman``."""
_CONJUNCTIONS = frozenset(("and", "but", "or"))
_ADDRESS = frozenset(
    (
        "president",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "secretary",
        "ambassador",
        "mayor",
        "governor",
        "senator",
        "minister",
        "justice",
    )
)
"""Titles used with an honorific as a form of address (``Mr. President``)."""
_VERBAL = frozenset(
    [
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
    ]
)
"""Auxiliaries: never the head of a description."""
_WHEN = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "on",
        "late",
        "early",
        "last",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "today",
        "yesterday",
        "during",
        "this",
        "a",
    ]
)
"""Time words allowed between a speaker and a cue (``Trump on Friday said``,
``Lee during a Friday visit thanked``)."""
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
"""Month names, some of them also first names (``June``, ``May``)."""
_MONTH_LEADS = frozenset(
    [
        "in",
        "last",
        "next",
        "since",
        "until",
        "by",
        "from",
        "early",
        "late",
        "mid",
        "this",
        "on",
        "of",
        "during",
        "before",
        "after",
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "our",
    ]
)
"""Words before a month that make it a date: ``Last June Baker was banned``,
``her March comment``."""
_SENTENCE_OPENERS = frozenset(
    ["He", "She", "They", "It", "We", "I", "The", "But", "And", "This", "That"]
)
"""Words that open a sentence after an abbreviation ending one: ``in the U.S. He``."""
_MAX_NAME = 8
"""Most tokens in a name with its titles."""
_PhraseIndex = dict[str, list[tuple[str, ...]]]
"""Lexicon phrases by their first word, longest first."""
_MAX_DESCRIPTION = 6
"""Most tokens in a description (``a senior administration official``)."""
_OWNER_WORDS = 3
"""Most words of an owner inside a description (``the central bank's``)."""
_ROLE_PREFIXES = ("co-", "vice-", "deputy-", "ex-")
"""Prefixes of a role word that leave it a role: ``co-chairman``."""
_ROLE_OPENING = 3
"""Most words of a role before a titled name opening its sentence (``Reds policy``)."""
_MAX_APPOSITION = 40
"""Most tokens in an apposition between commas."""
_TEXTS = frozenset(
    (
        "sign",
        "signs",
        "banner",
        "banners",
        "placard",
        "poster",
        "billboard",
        "message",
        "headline",
        "letter",
        "note",
        "caption",
        "memo",
        "slogan",
        "shirt",
        "t-shirt",
        "sticker",
    )
)
"""Nouns of written text that can say something: ``a sign saying "..."``."""
_WRITINGS = _TEXTS | frozenset(
    (
        "review",
        "reviews",
        "site",
        "website",
        "report",
        "article",
        "editorial",
        "study",
        "survey",
        "poll",
        "ad",
        "advert",
        "video",
        "post",
        "tweet",
        "blog",
        "page",
        "document",
        "paper",
        "book",
    )
)
"""Nouns of texts through which the body or person after ``from`` or ``in`` speaks."""
_AGO = 8
"""Most tokens of a ``about three days ago`` phrase before a cue."""
_AGO_WORDS = frozenset(
    (
        "less",
        "more",
        "than",
        "about",
        "nearly",
        "almost",
        "just",
        "a",
        "an",
        "few",
        "several",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
    )
)
"""Words of such a phrase."""
_ASIDE_TOKENS = 8
"""Most tokens inside a parenthesis after a subject (``(D-N.Y.)``)."""
_RELATIVE_REACH = 15
"""Most tokens of a relative clause between its noun and the cue (``who spoke ...``)."""
_APPOSITION_DETERMINERS = frozenset(
    ("a", "an", "the", "one", "another", "some", "two", "three", "several")
)
"""Determiners that open a description before an apposition (``One aide, who ...,``)."""


class Tokens:
    """The article's tokens, as parallel lists, with helpers to read them."""

    def __init__(self, source: str, quoted: Sequence[tuple[int, int]]) -> None:
        """Tokenize ``source``; tokens inside the ``quoted`` spans are masked."""
        self.source = source
        # Splitting on the tokens (captured) gives the text between them and
        # the tokens in turn, ``[gap, token, gap, ..., token, gap]``, with no
        # match object: the running sum of their lengths is then every
        # token's start (after each gap) and end (after each token).
        # ``isascii`` reads a flag of the string: no pass over the text.
        fast = source.isascii() or _OUTSIDE_FAST.search(source) is None
        parts = (_FAST_TOKEN_SPLIT if fast else _TOKEN_SPLIT).split(source)
        offsets = tuple(itertools.accumulate(map(len, parts)))
        # Tuples of strings, ints and bools leave the garbage collector's
        # tracking after its first pass: a long article's millions of
        # entries are then not traversed again by every full collection.
        self.text: tuple[str, ...] = tuple(parts[1::2])
        del parts
        self.start: Sequence[int] = offsets[0:-1:2]
        self.end: Sequence[int] = offsets[1::2]
        del offsets
        self.low: tuple[str, ...] = tuple(map(str.lower, self.text))
        self._full_stops: dict[int, bool] = {}
        """:meth:`is_sentence_end` of the full stops asked about, by index."""
        self._indices: dict[int, int] = {}
        """:meth:`index` by offset: the rules ask for the same quotes' bounds
        again and again."""
        mask = [False] * len(self.text)
        position = 0
        for start, end in sorted(quoted):
            position = self.index(start, position)
            stop = self.index(end, position)
            mask[position:stop] = [True] * (stop - position)
            position = stop
        self.quoted: tuple[bool, ...] = tuple(mask)

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.text)

    def index(self, offset: int, low: int = 0) -> int:
        """The index of the first token starting at or after ``offset``."""
        found = self._indices.get(offset)
        if found is None or found < low:
            found = bisect.bisect_left(self.start, offset, low)
            if found > low or low == 0:
                # Then no token before ``low`` starts at or after ``offset``:
                # the index is the one a search from 0 finds.
                self._indices[offset] = found
        return found

    def is_capital(self, i: int) -> bool:
        """Whether token ``i`` starts with a capital letter."""
        first = self.text[i][0]
        return first.isupper()

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is a word (starts with a letter)."""
        return self.text[i][0].isalpha()

    def is_sentence_end(self, i: int) -> bool:
        """Whether token ``i`` ends a sentence (a full stop not after an abbreviation)."""
        word = self.text[i]
        if word[-1] != ".":
            return word in {"!", "?"}  # most tokens: decided by their last character
        if word != ".":
            return (
                len(word) > 2
                and i + 1 < len(self.text)
                and not self.quoted[i]
                and (self.quoted[i + 1] or self.text[i + 1] in _SENTENCE_OPENERS)
            )
        # A full stop is asked about by several rules: each is read once.
        known = self._full_stops.get(i)
        if known is None:
            known = self._full_stops[i] = self._full_stop_ends(i)
        return known

    def _full_stop_ends(self, i: int) -> bool:
        """:meth:`is_sentence_end` for a full stop, read from the tokens."""
        if i == 0:
            return True
        if i + 1 < len(self.text):
            following = self.text[i + 1]
            if following in {")", ",", ";"} or following[0].islower():
                return False
        before = self.text[i - 1]
        if self.end[i - 1] != self.start[i]:
            return True
        initial = before[before.rfind("-") + 1 :]  # after the last hyphen
        if len(initial) == 1 and initial.isupper():
            # ``said Sen. Ann Lee, R-S.C. "I get that."``: a state's
            # initials end the sentence when a quotation opens after them.
            return (
                i >= 2
                and self.text[i - 2] == "."
                and i + 2 < len(self.text)
                and self.quoted[i + 1]
                and not self.quoted[i]
                and self.text[i + 2][:1].isupper()
            )
        return self.low[i - 1] not in _ABBREVIATIONS


@attrs.frozen(kw_only=True)
class Name:
    """A name as written: its token range, its titles and the gender it tells."""

    start: int
    """First token of the mention (titles included)."""
    end: int
    """Token just past the mention."""
    name_start: int
    """First token of the name itself (titles excluded)."""
    kind: SpeakerKind
    titles: tuple[str, ...] = ()
    gender: str | None = None


@attrs.frozen(kw_only=True)
class Found:
    """A mention found next to a cue: a name, a pronoun or a description."""

    start: int
    """First token."""
    end: int
    """Token just past the mention."""
    form: str
    """``"name"``, ``"pronoun"`` or ``"description"``."""
    name: Name | None = None
    titles: tuple[str, ...] = ()
    """Titles from an apposition (``Hugh Hill, a doctor``)."""


class Doc:
    """Tokens plus the lexicon's lookup tables: what mention parsing needs."""

    def __init__(self, tokens: Tokens, lexicon: Lexicon) -> None:
        """Index the lexicon's phrases by their first word."""
        self.tokens = tokens
        self.lexicon = lexicon
        self.cue_index, self.title_index, self.org_index = _lexicon_indexes(lexicon)
        words = _lexicon_words(lexicon)
        self.title_openers = words.title_openers
        """The words that may start a title: :meth:`title_end` is ``i`` for others."""
        self.cue_openers = words.cue_openers
        """The words that may start a cue: :meth:`match_cue` is ``i`` for others."""
        self.name_starters = words.name_starters
        """The lowercase words that may start a name or a title."""
        self.name_continuers = words.name_continuers
        """With the words holding a capital, the only words that may continue a
        name: :meth:`name_right` stops before any other."""
        self.not_lone = words.not_lone
        """The lowercase words that are never a name on their own (:meth:`lone_name`)."""
        self.lone_names: dict[str, int] = {}
        """:meth:`lone_name` by word, for this document: the parser shares no
        mutable state between documents or threads."""

    def gerund_cue(self, i: int, limit: int) -> int:
        """The end token of a cue in ``-ing`` after ``for`` at ``i``, or ``i``.

        :meth:`match_cue` reads ``for calling`` as a gerund object, no
        report; the caller decides whose act the gerund is.
        """
        tokens = self.tokens
        if not (
            0 < i < limit
            and tokens.low[i - 1] == "for"
            and tokens.low[i].endswith("ing")
            and tokens.low[i] in self.cue_openers
        ):
            return i
        return _match_phrase(tokens, self.cue_index, i, limit)

    def match_cue(self, i: int, limit: int) -> int:
        """The end token of the longest cue starting at ``i`` (before ``limit``), or ``i``.

        A :attr:`~newsmodel.lexicon.Lexicon.verbal_cues` word is a cue only
        right after a subject or ``and``: ``she calls it``, not ``the calls``.
        """
        tokens = self.tokens
        if i < 0 or i >= limit:
            return i
        if tokens.low[i] not in self.cue_openers:
            return i  # the common case, decided without matching phrases
        end = _match_phrase(tokens, self.cue_index, i, limit)
        if (
            end > i
            and i > 0
            and tokens.low[i].endswith("ing")
            and tokens.low[i - 1] in _NOT_BEFORE_PARTICIPLE
        ):
            # ``the reporting``, ``was referring``, ``for calling``: a noun,
            # a progressive or a gerund object, not a report.
            return i
        if (
            end == i
            and 0 < i < limit
            and tokens.low[i] in self.lexicon.verbal_cues
            and not tokens.quoted[i]
        ):
            k = i - 1
            while k > 0 and self.is_adverb(k) and i - k < 3:
                k -= 1
            word = tokens.low[k]
            if not tokens.quoted[k] and (
                word in self.lexicon.pronouns
                or word in {"who", "and"}
                or (
                    # Not ``United States``, ``Baltic states``, ``Lee Remarks``.
                    tokens.low[i] not in _CAPITAL_NOUNS
                    and self.is_name_word(k)
                    and tokens.is_capital(k)
                )
                or self._opening_description(k)
            ):
                return i + 1
        return end

    def _opening_description(self, head: int) -> bool:
        """Whether a description opening its sentence ends at token ``head``.

        ``The jury praises``, ``A new survey calls``: a determiner that
        opens the sentence, at most two modifiers, and a lowercase noun; not
        ``A note to the board calls``, whose last noun is in a phrase.
        """
        tokens = self.tokens
        word = tokens.low[head]
        if (
            not word.isalpha()
            or tokens.is_capital(head)
            or word in self.lexicon.stopwords
        ):
            return False
        k = head - 1
        while k >= 0 and head - k <= 3:
            low = tokens.low[k]
            if low in {"the", "a", "an", "this", "its", "their", "his", "her"}:
                return (
                    k == 0
                    or tokens.is_sentence_end(k - 1)
                    or "\n" in tokens.source[tokens.end[k - 1] : tokens.start[k]]
                )
            if (
                tokens.quoted[k]
                or not tokens.is_word(k)
                or low in self.lexicon.stopwords
            ):
                return False
            k -= 1
        return False

    def title_end(self, i: int, limit: int) -> int:
        """The end token of the longest title starting at ``i``, or ``i``."""
        tokens = self.tokens
        word = tokens.low[i]
        if word in self.title_index:
            end = _match_phrase(tokens, self.title_index, i, limit)
        else:
            end = i
        if end == i:
            if word not in self.lexicon.honorifics:
                return i
            end = i + 1
        if (
            end < limit
            and tokens.text[end] == "."
            and tokens.low[end - 1] in _ABBREVIATIONS
        ):
            end += 1
        return end

    def is_adverb(self, i: int) -> bool:
        """Whether token ``i`` may stand between a speaker and a cue."""
        word = self.tokens.low[i]
        return word in self.lexicon.adverbs or (
            len(word) > 4
            and word.endswith("ly")
            and word.isalpha()
            and word not in _LY_NOUNS
        )

    def is_role_noun(self, i: int) -> bool:
        """Whether token ``i`` is a lowercase title or description noun (``aides``)."""
        word = self.tokens.low[i]
        lexicon = self.lexicon
        for prefix in _ROLE_PREFIXES:
            if word.startswith(prefix):
                word = word[len(prefix) :]  # ``co-chairman``, ``vice-president``
                break
        singular = word.removesuffix("s")
        return (
            word.isalpha()
            and not self.tokens.is_capital(i)
            and (
                word in lexicon.descriptions
                or word in lexicon.titles
                or singular in lexicon.descriptions
                or singular in lexicon.titles
            )
        )

    def is_pronoun(self, i: int) -> bool:
        """Whether token ``i`` is a subject pronoun of the lexicon."""
        word = self.tokens.text[i]
        return word.lower() in self.lexicon.pronouns and (word not in {"i", "It"})

    def name_candidates(self) -> list[int]:
        """The tokens that may start a name or a title, in order.

        A superset of the tokens for which :meth:`is_name_word` or
        :meth:`title_end` holds, found in one pass so that scanning for names
        skips the other tokens cheaply.
        """
        tokens = self.tokens
        lowercase = self.name_starters
        # A word that differs from its lowercase form has a capital letter
        # somewhere: a superset of the capitalised words. Both tests run in
        # C over whole columns, and ``compress`` keeps the indices that pass;
        # only those few are then read for a quotation.
        possible = map(
            operator.or_,
            map(operator.ne, tokens.text, tokens.low),
            map(lowercase.__contains__, tokens.low),
        )
        quoted = tokens.quoted
        return [
            i for i in itertools.compress(itertools.count(), possible) if not quoted[i]
        ]

    def is_name_word(self, i: int) -> bool:
        """Whether token ``i`` can be part of a capitalised name."""
        tokens = self.tokens
        word = tokens.text[i]
        if tokens.quoted[i] or not word[0].isalpha():
            return False
        return (
            word[0].isupper()
            or tokens.low[i] in _PARTICLES
            or _HYPHENATED_PARTICLE.match(word) is not None
        )

    def lone_name(self, i: int) -> int:
        """Whether the unquoted word at token ``i`` is a name on its own.

        ``1`` when it is, ``0`` when it is not, ``-1`` when the word has no
        capital first letter or is a particle: only then may the answer depend
        on more than the word. Otherwise the answer is whether
        ``classify(i, i + 1)`` finds a name, which depends on the word and the
        lexicon alone, so it is remembered for the document in
        :attr:`lone_names`.
        """
        word = self.tokens.text[i]
        answer = self.lone_names.get(word)
        if answer is not None:
            return answer
        first = word[0]
        answer = -1
        low = self.tokens.low[i]
        if first.isupper() and first.isalpha() and low not in _PARTICLES:
            # What ``classify(i, i + 1)`` decides for such a word: no name when
            # it is a stopword, an honorific, a title of one word or a
            # contraction; a name (of some kind) otherwise.
            answer = int(low not in self.not_lone and not _is_contraction(low))
        if len(self.lone_names) >= _MAX_LONE_NAMES:
            self.lone_names.clear()  # bounded memory for a huge document
        self.lone_names[word] = answer
        return answer

    def classify(self, start: int, end: int) -> Name | None:
        """Split tokens ``start:end`` into titles and a name; ``None`` when no name."""
        tokens = self.tokens
        text = tokens.text
        low = tokens.low
        stopwords = self.lexicon.stopwords
        honorifics = self.lexicon.honorifics
        while start < end and (
            ((word := low[start]) in stopwords and word not in honorifics)
            or (("'" in word or "’" in word) and _is_contraction(word))
            # ``Tea-loving Baker``: a compound adjective opens no name.
            or (
                "-" in word
                and _LOWER_AFTER_HYPHEN.search(text[start]) is not None
                # ``Sixty-two``, ``Ex-foreign secretary``: a number, a title.
                and word.partition("-")[0] not in _TENS
                and not word.startswith("ex-")
            )
            # ``Defiant Tom Baker insists``: an adjective opening a sentence.
            or (word in _OPENING_ADJECTIVES and end - start > 2)
        ):
            start += 1
        if start >= end:
            return None
        if (
            end - start > 2
            and low[end - 1] in _POST_NOMINALS
            and (start == 0 or low[start - 1] not in _DETERMINERS)
        ):
            end -= 1  # ``Tom Baker MP``: a letter after the name, no name
        name_start = start
        gender: str | None = None
        # Only a title or an honorific can start a title: skip other words cheaply.
        openers = self.title_openers
        i = start
        while i < end:
            if low[i] not in openers:
                i += 1
                continue
            stop = self.title_end(i, end)
            if stop > i:
                word = low[i]
                if word in honorifics:
                    gender = honorifics[word]
                name_start = stop
                i = stop
            else:
                i += 1
        # Skip what is not a word (``tokens.is_word``) or is a stopword.
        while name_start < end and (
            not text[name_start][0].isalpha()
            or (word := low[name_start]) in stopwords
            or (("'" in word or "’" in word) and _is_contraction(word))
        ):
            name_start += 1
        while (
            name_start + 1 < end
            and low[name_start] in self.lexicon.title_modifiers
            and text[name_start] == low[name_start]
        ):
            name_start += 1  # ``the former Yukos unit``: a modifier, no name
        if (
            end - name_start >= 3
            and low[name_start] in _PARTY_WORDS
            and not self.is_organisation(name_start, end)
            and all(
                self.is_name_word(k)
                and low[k] not in self.lexicon.title_modifiers
                and low[k] not in self.lexicon.titles
                and low[k] not in self.lexicon.descriptions
                and low[k] not in stopwords
                for k in range(name_start + 1, end)
            )
        ):
            name_start += 1  # ``Republican Tom Baker``: the party is a title
        if name_start == start and end - name_start >= 3:
            name_start = self._descriptor_before_name(name_start, end)
        if name_start >= end:
            name_start = self._surname_after_honorific(start, end)
            if name_start >= end:
                name_start = self._surname_after_given_name(start, end)
            if name_start >= end:
                return None
        while end > name_start and low[end - 1] in _PARTICLES:
            end -= 1
        if end == name_start:
            # ``President Da"niel``: only a particle was left of the name.
            return None
        if not text[name_start][0].isupper() and not (
            name_start + 1 < end and text[name_start + 1][0].isupper()
        ):
            return None
        titles: tuple[str, ...] = ()
        title_end = name_start
        if title_end > start and text[title_end - 1] == ".":
            title_end -= 1
        if title_end > start and low[title_end - 1] in honorifics:
            title_end -= 1
            if title_end > start and text[title_end - 1] == ".":
                title_end -= 1
        if title_end > start:
            titles = (tokens.source[tokens.start[start] : tokens.end[title_end - 1]],)
            if (
                (end - name_start == 1 and low[name_start] in _TITLED_NOUNS)
                or all(
                    (
                        low[k] in self.lexicon.title_modifiers
                        and low[k] not in self.lexicon.titles
                        and low[k] not in _PARTY_WORDS
                    )
                    or text[k] == "."
                    for k in range(start, title_end)
                )
            ) and not self.is_organisation(name_start, end):
                # ``the General Election``, ``the former Yukos unit``, ``the
                # former All Black``: a noun after a title, a body or a team
                # after a mere modifier; no person.
                return None
        kind = SpeakerKind.PERSON
        if self.is_organisation(name_start, end):
            kind = SpeakerKind.ORGANISATION
            person = self._person_after_body(name_start, end)
            if person < end:
                # ``the Roads Committee Tom Baker``: the body's person.
                titles = (tokens.source[tokens.start[start] : tokens.end[person - 1]],)
                name_start = person
                kind = SpeakerKind.PERSON
        elif self._common_words(start, name_start, end):
            kind = SpeakerKind.DESCRIPTION
        elif (
            start > 0
            and low[start - 1] in _BODY_ROLES
            and start == name_start
            and "\n" not in tokens.source[tokens.end[start - 1] : tokens.start[start]]
        ):
            kind = SpeakerKind.ORGANISATION  # ``rail firm Acme Lines``
        return Name(
            start=start,
            end=end,
            name_start=name_start,
            kind=kind,
            titles=titles,
            gender=gender,
        )

    def _descriptor_before_name(self, start: int, end: int) -> int:
        """Where a full name starts after a party or a nationality at ``start``.

        ``Liberal Democrat Tom Baker``, ``Conservative Ann Lee``, ``American
        Tom Baker``: a party or a nationality (one or two words) before two
        or three capitalised words that are no titles, descriptions or
        organisation words describes the person they name. Returns ``start``
        when there is no such descriptor.
        """
        tokens = self.tokens
        low = tokens.low
        lexicon = self.lexicon
        word = low[start]
        first = start + 1
        if word in _PARTY_OPENERS:
            if first < end and (word, low[first]) in _PARTY_PAIRS:
                first += 1
            elif word not in _PARTIES:
                return start
        elif word in _COMPASS and first < end and low[first] in lexicon.demonyms:
            first += 1  # ``South African Tom Baker``
        elif word not in lexicon.demonyms:
            return start
        if (
            not 2 <= end - first <= 3
            or (start > 0 and low[start - 1] in _DETERMINERS)  # ``the British Open``
            or self.is_organisation(start, end)
        ):
            return start
        for k in range(first, end):
            name = low[k]
            if not (
                tokens.is_capital(k)
                and not tokens.text[k].isupper()  # ``Green MSP Ann Lee``
                and name.replace("-", "").replace("'", "").isalpha()
                and name not in lexicon.titles
                and name not in lexicon.title_modifiers
                and name not in lexicon.descriptions
                and name not in lexicon.stopwords
                and name not in lexicon.demonyms
                and name not in lexicon.honorifics
                and name not in _PARTY_OPENERS
            ):
                return start
        return first

    def _surname_after_honorific(self, start: int, end: int) -> int:
        """``Mr. King``, ``Ms. Bishop``: a title word after an honorific is a surname.

        Returns the start of that surname, or ``end`` when there is none (the
        title stands alone, or is a form of address: ``Mr. President``).
        """
        tokens = self.tokens
        last = end - 1
        before = last - 1
        if before >= start and tokens.text[before] == ".":
            before -= 1
        if (
            before < start
            or tokens.low[before] not in self.lexicon.honorifics
            or not tokens.text[last][0].isupper()
            or tokens.low[last] in _ADDRESS
        ):
            return end
        return last

    def _surname_after_given_name(self, start: int, end: int) -> int:
        """``Amy Pope``, ``Martin Luther King``: a surname that is a title word.

        One or two capitalised given names before a title that is a common
        surname, none of them a title, honorific, modifier, organisation or
        nationality, and no article before them: together they are a name.
        Returns its start, or ``end`` when there is none.
        """
        tokens = self.tokens
        lexicon = self.lexicon
        last = end - 1
        if (
            not 1 <= last - start <= 2
            or tokens.low[last] not in _SURNAME_TITLES
            or not tokens.text[last][:1].isupper()
            or (start > 0 and tokens.low[start - 1] in {"the", "a", "an"})
        ):
            return end
        for i in range(start, last):
            given = tokens.low[i]
            if (
                not tokens.text[i][:1].isupper()
                or not given.isalpha()
                or given in self.title_openers
                or given in lexicon.title_modifiers
                or given in lexicon.organisation_markers
                or given in lexicon.demonyms
                or given in lexicon.stopwords
            ):
                return end
        return start

    def _common_words(self, start: int, name_start: int, end: int) -> bool:
        """Whether capitalised tokens ``name_start:end`` are common words, no name.

        A demonym alone or before a description noun (``the American``,
        ``Chinese Officials``) stands for a person it does not name, and so
        does a description noun alone without a title (``Critics said``
        opening a sentence): both are descriptions.
        """
        low = self.tokens.low
        word = low[name_start]
        lexicon = self.lexicon
        if word in lexicon.demonyms:
            return name_start + 1 == end or low[name_start + 1] in lexicon.descriptions
        last = low[end - 1]
        if last in _FAITHFUL or last.removesuffix("s") in lexicon.demonyms:
            # ``UK Muslims``, ``US Catholics``: a group of believers or of a
            # nation, after a country's letters at most.
            text = self.tokens.text
            return last.endswith("s") and all(
                text[k].isupper() for k in range(name_start, end - 1)
            )
        return (
            name_start + 1 == end
            and start == name_start
            and self.group_noun(name_start)
        )

    def group_noun(self, i: int) -> bool:
        """Whether token ``i`` is a description noun that is no title or organisation.

        Such a noun is a description even when capitalised (``Critics``,
        ``MPs``); a title (``President``) or an organisation marker
        (``Police``) is not.
        """
        word = self.tokens.low[i]
        return (
            word in self.lexicon.descriptions
            and word not in self.lexicon.titles
            and _match_phrase(self.tokens, self.org_index, i, i + 1) == i
        )

    def is_organisation(self, start: int, end: int) -> bool:
        """Whether the name in tokens ``start:end`` is an organisation."""
        tokens = self.tokens
        if end - start == 1:
            word = tokens.text[start]
            second = word[1:2]
            # A lowercase second letter (``Smith``) settles it without the count.
            if not (second.isalpha() and second.islower()):
                letters = [c for c in word if c.isalpha()]
                if len(letters) > 1 and all(c.isupper() for c in letters):
                    return True
        org_index = self.org_index
        low = tokens.low
        for i in range(start, end):
            if low[i] in org_index and _match_phrase(tokens, org_index, i, end) > i:
                return True
        return False

    def _post_nominal(self, k: int, floor: int) -> bool:
        """Whether token ``k`` follows a person's name of two words or more (``MP``)."""
        tokens = self.tokens
        first = k - 2
        return (
            tokens.low[k] in _POST_NOMINALS
            and first >= floor
            and tokens.is_capital(k - 1)
            and tokens.is_capital(first)
            and self.is_name_word(first)
            and (first == floor or tokens.low[first - 1] not in _DETERMINERS)
            and tokens.low[first] not in self.lexicon.demonyms
            and not self._org_word(k - 1)  # ``the Acme Party MEP``
        )

    def _person_after_body(self, start: int, end: int) -> int:
        """Where a person's name of two or three words starts after a body's marker.

        ``Roads Committee Tom Baker``: ``end`` when the marker ends the name.
        """
        tokens = self.tokens
        org_index = self.org_index
        low = tokens.low
        for i in range(end - 1, start - 1, -1):
            if low[i] in org_index and _match_phrase(tokens, org_index, i, i + 1) > i:
                names = range(i + 1, end)
                if 2 <= len(names) <= 3 and all(
                    tokens.text[k][0].isupper()
                    and low[k].isalpha()
                    and low[k] not in org_index
                    for k in names
                ):
                    return i + 1
                return end
        return end

    def _org_word(self, i: int) -> bool:
        """Whether token ``i`` is a capitalised organisation marker (``Bank``)."""
        return (
            i >= 0
            and self.tokens.is_capital(i)
            and _match_phrase(self.tokens, self.org_index, i, i + 1) > i
        )

    def _the_of_the(self, head: int, floor: int) -> bool:
        """Whether the capitalised word at ``head`` opens ``X of the Y``, a body's name.

        An organisation's word (``the Department of the Environment``) or a
        word after ``the`` (``The News of the Day``).
        """
        tokens = self.tokens
        return (
            tokens.is_capital(head)
            and not tokens.quoted[head]
            and (
                self._org_word(head)
                or (head - 1 >= floor and tokens.low[head - 1] == "the")
            )
        )

    def name_left(self, last: int, floor: int) -> Name | None:
        """The name (with titles) ending at token ``last``, reading leftwards."""
        tokens = self.tokens
        if tokens.low[last] in _MONTHS and self.is_date_month(last):
            return None  # ``her March comment``: a date
        first = last
        while first - 1 >= floor and last - first < _MAX_NAME:
            before = first - 1
            if self.is_name_word(before):
                if tokens.low[before] in _MONTHS and self.is_date_month(before):
                    break  # ``In June Baker said``
                first = before
            elif (
                tokens.text[before] in {"'", "’"}
                and before - 1 >= floor
                and tokens.text[before - 1].endswith("s")
                and tokens.is_capital(before - 1)
                and tokens.end[before - 1] == tokens.start[before]
                and any(self._org_word(j) for j in range(first, last + 1))
            ):
                first = before - 1  # ``the Farmers' Union``: a body's name
            elif tokens.text[before] == "." and before - 1 >= floor:
                if tokens.low[before - 1] in _ABBREVIATIONS or (
                    len(tokens.text[before - 1]) == 1 and tokens.is_capital(before - 1)
                ):
                    first = before - 1
                else:
                    break
            elif (
                tokens.low[before] == "for"
                and before - 1 >= floor
                and self._org_word(before - 1)
            ):
                first = before - 1  # ``the Department for Canals``
            elif (
                tokens.low[before] == "the"
                and before - 2 >= floor
                and tokens.low[before - 1] == "of"
                and self._the_of_the(before - 2, floor)
            ):
                first = before - 2  # ``The News of the Day``: a body's name
            elif tokens.low[before] == "of" and before - 1 >= floor:
                if (
                    self._org_word(before - 1)
                    or self.title_end(before - 1, last + 1) > before
                    or (
                        tokens.is_capital(before - 1)
                        and self.title_end(before - 2, last + 1) > before
                        if before - 2 >= floor
                        else False
                    )
                ):
                    first = before - 1
                else:
                    break
            elif (
                tokens.low[before] in self.lexicon.title_modifiers
                or self.title_end(before, last + 1) > before
            ) and not tokens.quoted[before]:
                first = before
            else:
                break
        return self.classify(first, last + 1)

    def is_date_month(self, i: int) -> bool:
        """Whether token ``i`` is a month in a date: ``last June``, ``3 May``."""
        tokens = self.tokens
        return (
            tokens.low[i] in _MONTHS
            and i > 0
            and (tokens.low[i - 1] in _MONTH_LEADS or tokens.text[i - 1].isdigit())
        )

    def name_right(self, first: int, limit: int) -> Name | None:
        """The name (with titles) starting at token ``first``, reading rightwards."""
        tokens = self.tokens
        text = tokens.text
        low = tokens.low
        quoted = tokens.quoted
        openers = self.title_openers
        modifiers = self.lexicon.title_modifiers
        end = first
        while end < limit and end - first < _MAX_NAME:
            word = text[end]
            if (
                not quoted[end]
                and word[0].isalpha()
                and (
                    word[0].isupper()
                    or low[end] in _PARTICLES
                    or _HYPHENATED_PARTICLE.match(word) is not None
                )
            ):
                # :meth:`is_name_word`, inline: this loop is hot.
                if low[end] in _MONTHS and self.is_date_month(end):
                    # ``Last June Baker served a ban``: a date, then the name.
                    if end > first:
                        break
                    first += 1
                end += 1
            elif (
                word in {"'", "’"}
                and end > first
                and text[end - 1].endswith("s")
                and end + 1 < limit
                and tokens.end[end - 1] == tokens.start[end]
                and not quoted[end + 1]
                and text[end + 1][0].isupper()
                and any(
                    self._org_word(j)
                    for j in range(end + 1, min(limit, end + 4))
                    if text[j][0].isupper()
                )
            ):
                end += 1  # ``the Farmers' Union``: a body's name
            elif word == "." and end > first:
                before = low[end - 1]
                if before in _ABBREVIATIONS or (
                    len(before) == 1 and tokens.is_capital(end - 1)
                ):
                    end += 1
                else:
                    break
            elif not quoted[end] and (
                # :meth:`title_end` is ``end`` for a word that opens no title.
                (stop := self.title_end(end, limit) if low[end] in openers else end)
                > end
                or low[end] in modifiers
            ):
                end = max(end + 1, stop)
            elif low[end] == "of" and end > first:
                stop = self.title_end(end - 1, limit)
                if stop > end:
                    end = stop
                elif (
                    self._org_word(end - 1)
                    and end + 1 < limit
                    and self.is_name_word(end + 1)
                    and tokens.is_capital(end + 1)
                ):
                    end += 2
                else:
                    break
            elif (
                low[end] == "for"
                and end > first
                and self._org_word(end - 1)
                and end + 1 < limit
                and self.is_name_word(end + 1)
                and tokens.is_capital(end + 1)
            ):
                end += 2  # ``the Department for Canals``
            else:
                break
        if end - first > 1 and text[end - 1] == "then":
            end -= 1  # ``Mr Baker then e-mailed``: the adverb opens no title here
        if end == first:
            return None
        return self.classify(first, end)

    def description_left(self, last: int, floor: int) -> Found | None:
        """A description ending at token ``last``: ``a senior official``."""
        tokens = self.tokens
        lexicon = self.lexicon
        if tokens.low[last] in _PRONOMINALS and not tokens.quoted[last]:
            # ``Yet another said``.
            return Found(start=last, end=last + 1, form="description")
        if (
            not tokens.is_word(last)
            or tokens.low[last] in lexicon.stopwords
            or tokens.low[last] in _VERBAL
            or tokens.low[last] in lexicon.cues
        ):
            return None
        i = last
        for start in range(max(floor, last - 3), last):
            if _match_phrase(tokens, self.title_index, start, last + 1) == last + 1:
                i = start
                break
        while i >= floor and last - i < _MAX_DESCRIPTION:
            word = tokens.low[i]
            if tokens.quoted[i]:
                break
            if word in _DETERMINERS and i < last:
                return Found(start=i, end=last + 1, form="description")
            if word in {"'s", "’s"} and i < last and i - 1 >= floor:
                owner = self.name_left(i - 1, floor)
                if owner is not None:
                    return Found(start=owner.start, end=last + 1, form="description")
                for j in range(i - 1, max(floor, i - 4) - 1, -1):
                    # ``the club's owners``: a common noun's owner.
                    if tokens.quoted[j] or not tokens.is_word(j):
                        break
                    if tokens.low[j] in _DETERMINERS:
                        return Found(start=j, end=last + 1, form="description")
                break
            if (
                not tokens.is_word(i)
                or (word in lexicon.stopwords and i < last)
                or word in _VERBAL
                or self.is_adverb(i)
            ):
                break
            i -= 1
        if tokens.low[last] in lexicon.descriptions and not tokens.is_capital(last):
            start = last
            while (
                start - 1 >= floor
                and last - start < 3
                and self.is_name_word(start - 1)
                and tokens.is_capital(start - 1)
                and tokens.low[start - 1] not in lexicon.stopwords
            ):
                start -= 1  # ``Acme bosses``, ``FBI agents``: the body's people
            return Found(start=start, end=last + 1, form="description")
        return None

    def description_right(self, first: int, limit: int) -> Found | None:
        """A description starting with a determiner at token ``first``."""
        tokens = self.tokens
        if tokens.low[first] not in _DETERMINERS or tokens.low[first] == "that":
            # ``concludes that Trump is``: a clause, not ``that official``.
            return None
        if (
            first + 2 < limit
            and tokens.low[first + 1] == "of"
            and tokens.low[first] in _PARTITIVES
        ):
            # ``one of her engineers``, ``some of the voters``.
            whole = self.description_right(first + 2, limit)
            if whole is None:
                return None
            return Found(start=first, end=whole.end, form="description")
        if tokens.low[first] in _PRONOMINALS and (
            first + 1 >= limit or not tokens.is_word(first + 1)
        ):
            # ``"...," tweeted another.``
            return Found(start=first, end=first + 1, form="description")
        end = first + 1
        while end < limit and end - first <= _MAX_DESCRIPTION:
            word = tokens.low[end]
            stop = _match_phrase(tokens, self.title_index, end, limit)
            if stop > end or word in self.lexicon.descriptions:
                end = max(stop, end + 1)
                if end < limit and (
                    tokens.low[end] in {"of", "for"}
                    or tokens.low[end] in self.lexicon.descriptions
                    or _match_phrase(tokens, self.title_index, end, limit) > end
                    or self._owned_role(end, first, limit)
                ):
                    continue
                break
            if (
                word in {"'s", "’s"}
                and first + 1 < end <= first + _OWNER_WORDS
                and end + 1 < limit
                and not tokens.quoted[end + 1]
                and (
                    self.is_role_noun(end + 1)
                    or _match_phrase(tokens, self.title_index, end + 1, limit) > end + 1
                )
            ):
                end += 1  # ``the network's spokesman``: the owner, then the role
                continue
            if (
                tokens.quoted[end]
                or not (tokens.is_word(end) or word.isdigit() or word == "-")
                or (word in self.lexicon.stopwords and word not in _DETERMINERS)
                or word in _RELATIVES
                or word in _VERBAL  # ``The singer was faulted``
                or word in self.lexicon.cues
                or self._verb_after_head(end, first, limit)
            ):
                break
            end += 1
        if end == first + 1:
            return None
        return Found(start=first, end=end, form="description")

    def _owned_role(self, end: int, first: int, limit: int) -> bool:
        """``The mayor's spokesman``: a possessive at ``end`` after an owner, then a role."""
        tokens = self.tokens
        return (
            tokens.low[end] in {"'s", "’s"}
            and first + 1 < end <= first + _OWNER_WORDS
            and end + 1 < limit
            and not tokens.quoted[end + 1]
            and self.is_role_noun(end + 1)
        )

    def _verb_after_head(self, i: int, first: int, limit: int) -> bool:
        """A verb after the head, then its object.

        ``The engineer summed it up``: a past tense; ``The weekly paper
        calls it``: a cue that may be a noun elsewhere (``the calls``).
        """
        tokens = self.tokens
        return (
            i > first + 1
            and (
                tokens.low[i].endswith("ed")
                or tokens.low[i] in self.lexicon.verbal_cues
            )
            and i + 1 < limit
            and (
                tokens.low[i + 1] in self.lexicon.stopwords
                or tokens.low[i + 1] in _DETERMINERS
                or tokens.low[i + 1] in {"up", "out", "down"}
            )
        )

    def subject_left(self, cue: int, floor: int, depth: int = 0) -> Found | None:
        """The speaker standing before the cue at token ``cue``.

        The agent of a participle before the cue is not its subject: in ``A
        letter obtained by the AP warns`` or ``A study by X, prepared for Y,
        predicted``, the noun phrase the participle follows is.
        """
        found = self._subject_left(cue, floor, depth)
        if found is None or depth >= 2:
            return found
        tokens = self.tokens
        by = found.start - 1
        participle = by - 1
        if participle <= floor or tokens.low[by] not in {"by", "for"}:
            return found
        word = tokens.low[participle]
        if (
            tokens.quoted[participle]
            or tokens.is_capital(participle)
            or not word.isalpha()
            or not word.endswith(("ed", "en"))
            or word in self.lexicon.cues
        ):
            return found
        end = participle
        if tokens.text[end - 1] == ",":
            end -= 1
        outer = self._subject_left(end, floor, depth + 1)
        return outer if outer is not None else found

    def _subject_left(self, cue: int, floor: int, depth: int = 0) -> Found | None:
        """The speaker standing before the cue at token ``cue``, read as written."""
        tokens = self.tokens
        k = cue - 1
        skipped = 0
        while k >= floor and skipped < 4 and not tokens.quoted[k]:
            if (
                self.is_adverb(k)
                or tokens.low[k] in _WHEN
                or self._post_nominal(k, floor)
            ):
                k -= 1
            elif (
                tokens.low[k] in {"'s", "’s", "'ve", "’ve", "'d", "’d"}
                and k - 1 >= floor
                and self.is_pronoun(k - 1)
            ):
                k -= 1  # ``he's said``: the auxiliary after a pronoun
            elif tokens.low[k] in _MONTHS and self.is_date_month(k):
                # ``Tom Baker in July said``: a date between.
                k -= 2 if tokens.low[k - 1] in _MONTH_LEADS else 1
            elif tokens.low[k] == "ago":
                # ``The ministry about three days ago said``.
                k -= 1
                while (
                    k >= floor
                    and cue - k <= _AGO
                    and (tokens.low[k] in _AGO_WORDS or tokens.low[k].isdigit())
                ):
                    k -= 1
            elif tokens.text[k] == ")":
                opening = self._opening(k, floor)
                if opening is None:
                    break
                k = opening - 1
            elif tokens.text[k] in {"—", "–"}:
                # ``Lena Fisk — a nurse from Lake Harbor — says``.
                opening = self._dash_opening(k, floor)
                if opening is None:
                    break
                k = opening - 1
            else:
                break
            skipped += 1
        if k < floor:
            return None
        word = tokens.low[k]
        participle = tokens.low[cue].endswith("ing") and not (
            self.is_pronoun(k)
            or (self.is_name_word(k) and not self.governed_name(k, floor))
        )
        if tokens.quoted[k]:
            if self.title_quote_start(k) is not None:
                # ``Ann Lee, author of "The Long Road," said``.
                return self.apposition_left(k + 1, floor)
            # ``X hailed it as "fantastic," telling reporters``: the
            # participle's subject is the main clause's, before the quote.
            return self._main_subject(k, floor, depth) if participle else None
        if participle:
            agent = self._with_agent(cue, floor) or self._text_agent(k, floor)
            if agent is not None:
                return agent
        if (word in _CONJUNCTIONS or participle) and depth < 2:
            return self._main_subject(k, floor, depth)
        if self.is_pronoun(k) or tokens.text[k] == "It":
            # ``It said``: before a cue, a capitalised ``It`` is a subject.
            return Found(start=k, end=k + 1, form="pronoun")
        if word in {"that", "which"} and k == cue - 1 and k - 1 >= floor:
            # ``a headline that said``, ``a message which read``.
            agent = self._text_agent(k - 1, floor)
            if agent is not None:
                return agent
        if (
            word in {"who", "which"}
            and k - 1 >= floor
            and tokens.text[k - 1] in {",", "—", "–", "-"}
        ):
            antecedent = self._segment_subject(k - 1, floor, ())
            if antecedent is not None:
                return Found(start=k, end=k + 1, form="relative", name=antecedent.name)
            return None
        if tokens.text[k] == ",":
            aside = self._adverbial_aside(k, floor) or self._participle_aside(k, floor)
            if aside is not None:
                return aside
            found = self.apposition_left(k, floor)
            if found is None:
                found = self._adverbial_aside(k, floor, describe=True)
            if found is None and depth < 2 and tokens.low[cue].endswith("ed"):
                # ``He suggested ..., called her "third-rate"``: a verb
                # coordinated with an earlier one shares its subject.
                found = self._main_subject(k, floor, depth)
            return found
        relative = self._relative_head(k, floor)
        if relative is not None:
            # ``The aide who met Ann Lee said``: the aide, not Ann Lee.
            return relative
        if (self.is_name_word(k) and tokens.low[k] not in _SHARE_NOUNS) or tokens.text[
            k
        ] == ".":
            found = self._name_found(k, floor)
            if found is not None:
                return (
                    self._past_fronted_phrase(found, floor)
                    or self._participle_carrier(found.start, floor)
                    or self._of_place(found, floor)
                    or self._open_apposition(found, floor)
                    or self._at_place(found, floor)
                    or found
                )
        quantity = self._quantity_left(k, floor)
        if quantity is not None:
            return quantity
        if (
            word.isdigit()
            and k - 1 > floor
            and tokens.low[k - 1] in _PREPOSITIONS
            and depth < 2
        ):
            # ``Ann Lee in 2009 said``: a date between the subject and its verb.
            return self.subject_left(k - 1, floor, depth + 1)
        found = self.description_left(k, floor)
        before = found.start - 1 if found is not None else floor - 1
        if found is not None and before > floor and tokens.low[before] == "of":
            share = self._quantity_left(before - 1, floor)
            if share is not None:
                # ``Half of voters say``, ``At least a third of the voters``.
                return Found(start=share.start, end=found.end, form="description")
        if (
            found is not None
            and before > floor
            and tokens.low[before] in _PREPOSITIONS
            and depth < 2
        ):
            # ``Trump at the time said``, ``Trump in his speech called``:
            # the noun phrase after a preposition is no subject; the
            # subject stands before the phrase.
            outer = self.subject_left(before, floor, depth + 1)
            if outer is not None:
                return outer
        return found

    def _text_agent(self, last: int, floor: int) -> Found | None:
        """``a sign saying``, ``a headline that said``: a text that says something.

        A description ending at token ``last`` in a noun of written text (a
        sign, a message, a headline) is the subject of the cue after it.
        """
        if self.tokens.low[last] not in _TEXTS:
            return None
        found = self.description_left(last, floor)
        if found is None or self.tokens.low[found.start] not in _DETERMINERS:
            return None
        return found

    def _with_agent(self, cue: int, floor: int) -> Found | None:
        """``with the magazine describing it as "..."``: the participle's own subject."""
        tokens = self.tokens
        for with_ in range(cue - 2, max(floor, cue - _MAX_DESCRIPTION - 2) - 1, -1):
            word = tokens.low[with_]
            if tokens.quoted[with_] or (
                not tokens.is_word(with_) and word not in {"'s", "’s"}
            ):
                return None
            if word != "with":
                continue
            last = cue - 1
            found = (
                self._name_found(last, with_ + 1)
                if self.is_name_word(last) and tokens.is_capital(last)
                else self.description_left(last, with_ + 1)
            )
            if found is None or found.start != with_ + 1:
                return None
            return found
        return None

    def _of_place(self, place: Found, floor: int) -> Found | None:
        """``Tom Baker of Ohio said``, ``the mayor of Ohio said``: who is of the place."""
        tokens = self.tokens
        start = place.start
        left = start - 2
        if left < floor or tokens.low[start - 1] != "of" or tokens.quoted[left]:
            return None
        if self.title_end(left, start) > left:
            # ``The Bishop of Lindale said``: the title and its place.
            first = left
            if left - 1 >= floor and tokens.low[left - 1] == "the":
                first = left - 1
            return Found(start=first, end=place.end, form="description")
        if self.is_name_word(left) and tokens.is_capital(left):
            person = self._name_found(left, floor)
            if (
                person is not None
                and person.name is not None
                and person.name.kind is SpeakerKind.PERSON
            ):
                return person
            return None
        found = self.description_left(left, floor)
        if found is not None and tokens.low[found.start] in _DETERMINERS:
            return found
        return None

    def _at_place(self, place: Found, floor: int) -> Found | None:
        """``Officials in Kabul said``, ``Ann Lee in London said``: who is there.

        A name after ``in``, ``at`` or ``from`` right before the cue is where
        the speaker before the preposition is; a description takes the
        phrase along (``Officials in Kabul``), a name stands alone.
        """
        tokens = self.tokens
        preposition = place.start - 1
        left = preposition - 1
        if (
            left < floor
            or tokens.low[preposition] not in _LOCATIVE
            or tokens.quoted[left]
            or tokens.low[left].endswith("ing")  # ``Speaking in Leeds Mr Lee said``
            or (place.name is not None and place.name.titles)
        ):
            return None
        if self.is_name_word(left) and tokens.is_capital(left):
            found = self._name_found(left, floor)
            if (
                found is None
                or found.name is None
                or (
                    found.start > floor and tokens.low[found.start - 1] in _PREPOSITIONS
                )
            ):
                return None  # ``the University of Kent in Canterbury said``
            if found.name.kind is not SpeakerKind.DESCRIPTION:
                return found
        else:
            found = self.description_left(left, floor)
            if (
                found is None
                or tokens.low[preposition] in {"from", "at"}
                or tokens.low[left] in _WRITINGS
                or tokens.low[left] in self.lexicon.speech_nouns
            ):
                # ``a spokesman from Acme said``, ``A review in the Acme
                # Times called``: Acme speaks through them.
                return None
        return Found(start=found.start, end=place.end, form="description")

    def _open_apposition(self, place: Found, floor: int) -> Found | None:
        """``Jo Lee, chief executive of Acme said``: the person the role is of.

        A name after ``of``, ``at`` or ``for`` that ends a role set off by a
        comma after a person's name, with no comma to close it before the
        cue, belongs to the role; the person speaks, titled by it.
        """
        tokens = self.tokens
        preposition = place.start - 1
        if preposition <= floor or tokens.low[preposition] not in {"of", "at", "for"}:
            return None
        comma = preposition - 1
        while comma > floor and preposition - comma <= _ROLE_WORDS:
            if tokens.quoted[comma] or not (
                tokens.is_word(comma) or tokens.text[comma] == ","
            ):
                return None
            if tokens.text[comma] == ",":
                break
            comma -= 1
        if comma <= floor or tokens.text[comma] != "," or comma + 1 >= preposition:
            return None
        if not (
            self.is_role_noun(preposition - 1)
            or any(
                self.title_end(t, preposition) == preposition
                for t in range(comma + 1, preposition)
            )
        ):
            return None
        person = self._name_found(comma - 1, floor)
        if (
            person is None
            or person.name is None
            or person.name.kind is not SpeakerKind.PERSON
            or person.end != comma
        ):
            return None
        return attrs.evolve(
            person,
            titles=(*person.titles, *self._apposition_titles(comma + 1, place.end)),
        )

    def _fronted_participle(self, start: int, floor: int) -> bool:
        """Whether a participle phrase with no comma opens the sentence before ``start``.

        ``Speaking in Leeds Tom Baker said``, ``Speaking after the vote Tom
        Baker, leader of the Reds, said``: a capitalised word in ``-ing``
        opening the sentence, then a preposition or an article, and a few
        words with no comma or quotation up to token ``start``.
        """
        tokens = self.tokens
        low = tokens.low
        for verb in range(start - 2, max(floor, start - _FRONTED_WORDS) - 1, -1):
            if tokens.quoted[verb] or not tokens.is_word(verb):
                return False
            word = low[verb]
            if not (word.endswith("ing") and tokens.is_capital(verb)):
                continue
            after = low[verb + 1]
            return (
                (after in _PREPOSITIONS or after in _FRONTED_OPENERS)
                and word.isalpha()
                and not tokens.quoted[verb + 1]
                and (
                    verb == 0
                    or tokens.is_sentence_end(verb - 1)
                    or tokens.quoted[verb - 1]
                    or "\n" in tokens.source[tokens.end[verb - 1] : tokens.start[verb]]
                )
            )
        return False

    def _past_fronted_phrase(self, found: Found, floor: int) -> Found | None:
        """The person named after a fronted participle phrase that ran into the name.

        ``Speaking in Leeds Mr Tom Baker said``: the name read leftwards
        takes the phrase's last words along (``Leeds Mr Tom Baker``); the
        person starts at the honorific, after a body's name (``Writing in the
        Acme Times Ann Lee``) or at a first name (``Speaking in Leeds Tom
        Baker``). ``None`` when the name has no such words before it.
        """
        name = found.name
        if name is None or name.end - name.start < 3:
            return None
        tokens = self.tokens
        low = tokens.low
        lexicon = self.lexicon
        start = name.start
        split = next(
            (
                k
                for k in range(start + 1, name.name_start)
                if low[k] in lexicon.honorifics
            ),
            None,
        )
        if split is None and name.name_start > start:
            # ``the Acme Times Ann Lee``: capitalised words, no title among them.
            if all(
                tokens.is_capital(k) and self.title_end(k, name.name_start) == k
                for k in range(start, name.name_start)
            ):
                split = name.name_start
        elif split is None:
            split = next(
                (
                    k
                    for k in range(start + 1, name.end - 1)
                    if low[k] in lexicon.given_names
                ),
                None,
            )
        if split is None or not self._fronted_participle(start, floor):
            return None
        person = self.classify(split, name.end)
        if person is None or person.kind is not SpeakerKind.PERSON:
            return None
        return Found(
            start=person.start,
            end=person.end,
            form="name",
            name=person,
            titles=found.titles,
        )

    def _participle_carrier(self, start: int, floor: int) -> Found | None:
        """``A source talking to Reuters said``: the noun a participle phrase follows.

        A name at token ``start`` right after a preposition, which a participle
        a few words before governs, is that phrase's object; the subject is
        the noun phrase before the participle.
        """
        tokens = self.tokens
        preposition = start - 1
        if preposition <= floor or tokens.low[preposition] not in _PREPOSITIONS:
            return None
        for verb in range(preposition - 1, max(floor, preposition - 3), -1):
            word = tokens.low[verb]
            if tokens.quoted[verb] or not word.isalpha() or tokens.is_capital(verb):
                return None
            if not word.endswith(("ing", "ed")):
                continue
            return self._phrase_left(verb - 1, floor)
        return None

    def _phrase_left(self, last: int, floor: int) -> Found | None:
        """The name, or the description opening with a determiner, ending at ``last``."""
        tokens = self.tokens
        if self.is_name_word(last) and tokens.is_capital(last):
            return self._name_found(last, floor)
        found = self.description_left(last, floor)
        if found is not None and tokens.low[found.start] in _DETERMINERS:
            return found
        return None

    def _relative_head(self, last: int, floor: int) -> Found | None:
        """``An official who talked privately said``: the noun a relative clause follows.

        Reading leftwards from token ``last`` (the end of the relative clause)
        to ``who``, with no comma, quotation or sentence end
        between, the name or description before it is the cue's subject.
        """
        tokens = self.tokens
        for who in range(last, max(floor, last - _RELATIVE_REACH) - 1, -1):
            word = tokens.low[who]
            if (
                tokens.quoted[who]
                or word in {",", ";", ":"}
                or (tokens.is_sentence_end(who))
            ):
                return None
            if word != "who" or who - 1 < floor:
                continue
            return self._phrase_left(who - 1, floor)
        return None

    def _quantity_left(self, last: int, floor: int) -> Found | None:
        """A share of people ending at token ``last``: ``49% say``, ``four in 10 said``.

        Polls report what a share of the people asked said; the share, with
        the words that qualify it (``about``, ``more than``), is the speaker.
        """
        tokens = self.tokens
        word = tokens.low[last]
        digits = word.isdigit()
        if not (
            word in _SHARES
            or (digits and last - 2 >= floor and tokens.low[last - 1] == "in")
        ):
            return None
        start = last
        while (
            start - 1 >= floor
            and last - start < _MAX_QUANTITY
            and not tokens.quoted[start - 1]
            and (
                tokens.low[start - 1].replace(".", "").replace(",", "").isdigit()
                or tokens.low[start - 1] in _NUMBERS
                or tokens.low[start - 1] in _QUALIFIERS
                or (tokens.low[start - 1] == "in" and digits and start == last)
            )
        ):
            start -= 1
        if start == last and word not in _SHARE_NOUNS:
            # ``%`` alone, or ``in 10`` with no count before it.
            return None
        if digits and not (
            tokens.low[last - 2].isdigit() or tokens.low[last - 2] in _NUMBERS
        ):
            return None
        if start > floor and tokens.low[start - 1] in _PREPOSITIONS:
            # ``in 2009``, ``by 49%``: no subject.
            return None
        return Found(start=start, end=last + 1, form="description")

    def _main_subject(self, k: int, floor: int, depth: int) -> Found | None:
        """The subject of the clause that a participle or a coordinated verb at ``k`` hangs on.

        The subject of the nearest earlier cue, else the subject opening the
        sentence, else the nearest subject before ``k``.
        """
        tokens = self.tokens
        for earlier in range(k - 1, max(floor, k - 30) - 1, -1):
            if tokens.quoted[earlier]:
                continue
            cue_end = self.match_cue(earlier, k)
            if cue_end > earlier:
                found = self.subject_left(earlier, floor, depth + 1)
                if found is None:
                    # ``"...," said X, urging``: the inverted cue's speaker.
                    found = self.mention_right(cue_end, k)
                    if found is not None and found.form != "name":
                        found = None
                if found is not None:
                    return found
                break
        main = self.sentence_subject(floor, k)
        if main is not None:
            return main[0]
        found = self.clause_subject(k, floor)
        if found is None:
            # An auxiliary at ``k`` (``X, doing Y, is pledging``): the
            # opening subject's verb lies past it.
            main = self.sentence_subject(floor, min(k + 2, len(tokens)))
            found = main[0] if main is not None else None
        return found

    def clause_subject(self, k: int, floor: int) -> Found | None:
        """The nearest subject before token ``k``: a pronoun or name before a verb."""
        tokens = self.tokens
        for i in range(k - 1, max(floor, k - 30) - 1, -1):
            if tokens.quoted[i]:
                return None
            after = tokens.low[i + 1]
            if not tokens.is_word(i + 1) or tokens.is_capital(i + 1):
                continue
            if after in self.lexicon.stopwords and after not in _VERBAL:
                continue
            if self.is_pronoun(i):
                return Found(start=i, end=i + 1, form="pronoun")
            if self.is_name_word(i) and tokens.low[i] not in self.lexicon.stopwords:
                found = self._name_found(i, floor)
                if found is not None:
                    return found
            if (
                tokens.low[i] in {"who", "which"}
                and i - 1 >= floor
                and tokens.text[i - 1] in {",", "—", "–", "-"}
            ):
                # ``Trump, who has cast himself as the "..."``.
                antecedent = self._segment_subject(i - 1, floor, ())
                if antecedent is not None and antecedent.name is not None:
                    return Found(
                        start=i, end=i + 1, form="relative", name=antecedent.name
                    )
            if (
                i - 1 >= floor
                and tokens.low[i - 1] in _SUBJECT_DETERMINERS
                and tokens.low[i].isalpha()
                and not tokens.is_capital(i)
                and tokens.low[i] not in self.lexicon.stopwords
                and (after.endswith("ed") or self.match_cue(i + 1, k) > i + 1)
            ):
                # ``the impostor gushed``, ``the crowd chanted``: a noun
                # phrase before a past tense or a cue.
                return Found(start=i - 1, end=i + 1, form="description")
        return None

    def sentence_subject(self, floor: int, limit: int) -> tuple[Found, int] | None:
        """The subject opening the sentence at ``floor``, and its verb's token.

        Tried at the start of the sentence, then after an opening phrase that
        ends in a comma (``In a statement, the group said``).
        """
        tokens = self.tokens
        starts = [floor]
        reach = 40 if floor < limit and tokens.low[floor] in _SUBORDINATORS else 20
        for i in range(floor, min(limit, floor + reach)):
            if tokens.quoted[i]:
                break
            if tokens.text[i] == ",":
                starts.append(i + 1)
                break
        for opening in starts:
            start = opening
            while start < limit and (
                tokens.low[start] in _CONJUNCTIONS | {"so", "yet", "still", "then"}
                or not tokens.is_word(start)
            ):
                start += 1
            if start >= limit or (
                tokens.low[start] in _SUBORDINATORS
                or (tokens.low[start] in _PREPOSITIONS and len(starts) > 1)
            ):
                # ``When Wallace died, Clinton released``, ``In a statement,
                # the group said``: the subject of the main clause follows.
                continue
            if (
                tokens.text[start] == "It"
                and start + 1 < limit
                and tokens.low[start + 1] not in _EXPLETIVE_VERBS
                and not tokens.quoted[start + 1]
            ):
                # ``It goes on to fault ...``: the body or text named before;
                # not ``It is clear that`` or ``It seems``.
                found: Found | None = Found(start=start, end=start + 1, form="pronoun")
            else:
                found = self.mention_right(start, limit)
            if found is None:
                continue
            found = self._noun_before_name(found, limit)
            k = found.end
            if k < limit and tokens.text[k] == "(":
                # ``Rep. Ann Lee (D-N.Y.) reacted``: past the parenthesis.
                close = k + 1
                while close < limit and close - k <= _ASIDE_TOKENS:
                    if tokens.text[close] == ")":
                        k = close + 1
                        break
                    close += 1
            if (
                found.form == "name"
                and k + 1 < limit
                and tokens.low[k] in {"'s", "’s"}
                and self.noun_before_verb(k + 1, limit)
            ):
                # ``Ryan's campaign shrugged``: the possessed noun is the head.
                k += 1
                while k - found.end < _MAX_DESCRIPTION and self.noun_before_verb(
                    k, limit
                ):
                    k += 1
                found = Found(start=found.start, end=k, form="description")
            if (
                found.form == "description"
                and k < limit
                and tokens.low[k] in _PREPOSITIONS
            ):
                # ``A letter to the committee calls for``: past the phrase, to
                # a verb of saying.
                cue = self._cue_past_phrase(k + 1, limit)
                if cue is not None:
                    return Found(start=found.start, end=cue, form="description"), cue
                if tokens.low[k] in _ROLE_PHRASES and self.is_role_noun(k - 1):
                    # ``A spokesman for the mayor rejected the claims``: the
                    # role and its phrase, before the verb.
                    verb = self._verb_past_phrase(k + 1, limit)
                    if verb is not None:
                        return Found(
                            start=found.start, end=verb, form="description"
                        ), verb
            if k < limit and tokens.text[k] == ",":
                k += 1
                while k < limit and k - found.end < _MAX_APPOSITION:
                    if tokens.text[k] == "," or tokens.quoted[k]:
                        break
                    k += 1
                if (
                    found.form == "description"
                    and k < limit
                    and tokens.text[k] == ","
                    and self.is_role_noun(found.end - 1)
                ):
                    # ``Her policy aide, Jo Lee, calls``: the name speaks.
                    apposed = self.apposition_left(k, found.start)
                    if (
                        apposed is not None
                        and apposed.form == "name"
                        and apposed.start == found.end + 1
                        and apposed.end == k
                    ):
                        found = apposed
                k += 1
            while k < limit and (
                tokens.low[k] in _VERBAL
                or self.is_adverb(k)
                or tokens.low[k] in _WHEN
                or tokens.low[k] in {"himself", "herself", "themselves", "itself"}
            ):
                k += 1
            if k >= limit or tokens.quoted[k]:
                continue
            word = tokens.low[k]
            if (
                word.isalpha()
                and not tokens.is_capital(k)
                and word not in self.lexicon.stopwords
                and word not in _DETERMINERS
                and word not in _NOT_VERBS
            ):
                stop = k
                while (
                    found.form != "pronoun"
                    and k == found.end
                    and stop - k < _MAX_DESCRIPTION
                    and self.noun_before_verb(stop, limit)
                ):
                    stop += 1
                if stop > k:
                    # ``Legal observers note``, ``Trump supporters chanted``:
                    # the nouns after the name belong to the subject, and so
                    # does an article before it (``The Blues co-chairman``).
                    start = found.start
                    if start > 0 and tokens.low[start - 1] in {"the", "a", "an"}:
                        start -= 1
                    found = Found(start=start, end=stop, form="description")
                    verb = self._verb_after(stop, limit)
                    if verb is None:
                        continue
                    k = verb
                if word == "ago" or tokens.low[k] == "ago":
                    # ``Six years ago, he said``: a time, not a subject.
                    continue
                if k == found.end and found.form != "pronoun" and self.is_role_noun(k):
                    # ``Her policy aide, Jo Lee, calls``: the noun ends the
                    # subject, past an apposition; the verb follows.
                    return self.role_subject(found, k, limit) or (found, k)
                return found, k
        return None

    def role_subject(
        self, found: Found, noun: int, limit: int
    ) -> tuple[Found, int] | None:
        """The subject ending in the role noun at ``noun``, and its verb, if any.

        ``City Hall officials began``: the noun ends the subject. ``Her
        policy aide, Jo Lee, calls``: a name in the apposition after it is
        the subject.
        """
        after = noun + 1
        k = self.past_apposition(after, limit)
        if k is None:
            return None
        apposed = self.apposition_left(k - 1, found.start) if k > after else None
        start = found.start
        if start > 0 and self.tokens.low[start - 1] in {"the", "a", "an"}:
            start -= 1  # ``The Blues co-chairman``: the article too
        subject = apposed or Found(start=start, end=after, form="description")
        verb = self._verb_after(k, limit)
        return None if verb is None else (subject, verb)

    def _verb_after(self, k: int, limit: int) -> int | None:
        """The verb from token ``k``, past auxiliaries and adverbs, if one can be.

        ``None`` when what follows cannot be a verb: a quote, a capitalised
        word, a function word, a determiner or a word such as ``such``.
        """
        tokens = self.tokens
        while k < limit and (tokens.low[k] in _VERBAL or self.is_adverb(k)):
            k += 1
        if (
            k >= limit
            or tokens.quoted[k]
            or not tokens.low[k].isalpha()
            or tokens.is_capital(k)
            or tokens.low[k] in self.lexicon.stopwords
            or tokens.low[k] in _RELATIVES
            or tokens.low[k] in _DETERMINERS
            or tokens.low[k] in _NOT_VERBS
        ):
            return None
        return k

    def _noun_before_name(self, found: Found, limit: int) -> Found:
        """``Rock star Ann Lee``, ``Software giant Acme``: a name after its noun.

        A lowercase word between a capitalised word and a name is the
        name's role, not the verb of the word before it, when it reads as no
        verb (no cue and no ``-s``, ``-ed`` or ``-ing`` ending) and a verb, an
        adverb or a comma follows the name.
        """
        tokens = self.tokens
        k = found.end
        if (
            found.form != "name"
            or k + 1 >= limit
            or tokens.quoted[k]
            or not tokens.low[k].isalpha()
            or tokens.is_capital(k)
            or tokens.low[k].endswith(("s", "ed", "ing"))
            or tokens.low[k] in self.lexicon.stopwords
            or tokens.low[k] in _VERBAL
            or self.match_cue(k, limit) > k
            or not self.is_name_word(k + 1)
        ):
            return found
        named = self.mention_right(k + 1, limit)
        if named is None or named.form != "name" or named.start != k + 1:
            return found
        after = named.end
        if after >= limit or not (
            tokens.text[after] == ","
            or tokens.low[after] in _VERBAL
            or self.is_adverb(after)
            or tokens.low[after].endswith("ed")
            or self.match_cue(after, limit) > after
        ):
            return found  # ``MPs found Acme Corp boss``: no verb follows
        role = tokens.source[tokens.start[found.start] : tokens.end[k]]
        return Found(
            start=found.start,
            end=named.end,
            form="name",
            name=named.name,
            titles=(*named.titles, role),
        )

    def governed_name(self, last: int, floor: int) -> bool:
        """Whether the name ending at token ``last`` is the object of a preposition.

        ``a note through Acme describing``: the participle is not the
        name's. After ``with``, ``from`` or ``by`` it is (``with Ann Lee
        describing``, ``a message from the council warning``).
        """
        name = self.name_left(last, floor)
        if name is None:
            return False
        before = name.start - 1
        if before >= floor and self.tokens.low[before] in {"the", "a", "an"}:
            before -= 1
        word = self.tokens.low[before] if before >= floor else ""
        return word in _GOVERNING

    def _cue_past_phrase(self, start: int, limit: int) -> int | None:
        """The verb of saying a few words after ``start``, within the clause."""
        tokens = self.tokens
        for j in range(start, min(limit, start + _PHRASE_WORDS)):
            if (
                tokens.quoted[j]
                or tokens.is_sentence_end(j)
                or tokens.text[j] in {",", ";", ":", "(", "—", "–"}
                or tokens.low[j] in _RELATIVES
                or tokens.low[j] in _VERBAL
            ):
                return None
            if (
                j > start
                and not tokens.is_capital(j)
                and not tokens.low[j].endswith("ing")
                and (
                    self.match_cue(j, limit) > j
                    or tokens.low[j] in self.lexicon.verbal_cues
                )
                # ``rejected the claims``: a noun after its article.
                and tokens.low[j - 1] not in _DETERMINERS
            ):
                return j
        return None

    def _verb_past_phrase(self, start: int, limit: int) -> int | None:
        """The past tense a few words after ``start``, ending a phrase of a role.

        ``A spokesman for the mayor rejected``: the verb after ``the
        mayor``, with no comma, quotation, relative or auxiliary between.
        """
        tokens = self.tokens
        for j in range(start, min(limit, start + _PHRASE_WORDS)):
            word = tokens.low[j]
            if (
                tokens.quoted[j]
                or not tokens.is_word(j)
                or word in _RELATIVES
                or word in _VERBAL
            ):
                return None
            if (
                j > start
                and word.endswith("ed")
                and not tokens.is_capital(j)
                and tokens.low[j - 1] not in _DETERMINERS
                and tokens.low[j - 1] not in _PREPOSITIONS
            ):
                return j
        return None

    def _lowercase_run_end(self, first: int, limit: int) -> int:
        """The end of the few lowercase words from ``first`` (``former aide``).

        At most four words, none a stopword or a cue: the words before a name
        after a cue (``said former aide Tom Baker``) or a role after an
        organisation (``BBC political editor``).
        """
        tokens = self.tokens
        k = first
        while (
            k < limit
            and k - first < 4
            and tokens.is_word(k)
            and not tokens.is_capital(k)
            and tokens.low[k] not in self.lexicon.stopwords
            and tokens.low[k] not in self.lexicon.cues
        ):
            k += 1
        return k

    def _after_cue(self, first: int) -> bool:
        """Whether token ``first`` follows a cue or a dash (``said X``, ``- X``)."""
        tokens = self.tokens
        if first < 1:
            return False
        word = tokens.low[first - 1]
        return (
            word in self.lexicon.cues
            or word in self.lexicon.verbal_cues
            or word in _DASHES
            or (word == "to" and first > 1 and tokens.low[first - 2] == "according")
        )

    def _descriptor_end(self, first: int, limit: int) -> int:
        """The end of the few lowercase words or ages from ``first`` (``28-year-old``)."""
        tokens = self.tokens
        k = first
        while k < limit and k - first < 6 and not tokens.quoted[k]:
            text = tokens.text[k]
            if (
                text == "-"
                or text.isdigit()
                or (
                    tokens.is_word(k)
                    and not tokens.is_capital(k)
                    and tokens.low[k] not in self.lexicon.stopwords
                    and tokens.low[k] not in self.lexicon.cues
                )
            ):
                k += 1
                continue
            break
        return k

    def _person_after_role(
        self, first: int, limit: int, *, known: bool = True
    ) -> Name | None:
        """The person named after the role words at ``first`` (``political editor``).

        With ``known``, the role ends in a title or description of the
        lexicon; without, in any noun (``Dickens biographer``), and the person
        needs a first name and a surname.
        """
        tokens = self.tokens
        k = self._lowercase_run_end(first, limit)
        if k == first or k >= limit:
            return None
        role_end = k
        comma = tokens.text[k] == "," and k + 1 < limit and self.is_role_noun(k - 1)
        if comma:
            k += 1  # ``said Acme sales director, Tom Baker``
        if not (self.is_name_word(k) and tokens.is_capital(k)):
            return None
        nouns = all(
            tokens.low[i].isalpha()
            and tokens.low[i] not in _VERBAL
            and tokens.low[i] not in self.lexicon.verbal_cues
            and not tokens.low[i].endswith(("ed", "ing", "ly"))
            for i in range(first, role_end)
        )
        if not self.is_role_noun(role_end - 1) and (known or not nouns):
            return None
        person = self.name_right(k, limit)
        if person is None or person.kind is not SpeakerKind.PERSON:
            return None
        if not known and person.end - person.name_start < 2:
            return None
        if (
            comma
            and person.end < limit
            and tokens.text[person.end] not in {".", ",", ";"}
        ):
            return None  # the name must close the clause after its comma
        return person

    def _person_after_body_role(self, first: int, limit: int) -> Name | None:
        """``said Acme chief economist, Tom Baker.``: the person, titled by the role.

        A body's name, a role that is a title of the lexicon, a comma and a
        person's name that ends the clause.
        """
        tokens = self.tokens
        k = first
        while (
            k < limit
            and k - first < 4
            and not tokens.quoted[k]
            and tokens.is_capital(k)
            and self.is_name_word(k)
        ):
            k += 1
        if k == first or k >= limit or tokens.quoted[k]:
            return None
        comma = self.title_end(k, limit)
        if comma == k:
            return None
        if not (comma + 1 < limit and tokens.text[comma] == ","):
            comma = self._lowercase_run_end(k, limit)
            if not (
                k < comma < limit - 1
                and tokens.text[comma] == ","
                and self.is_role_noun(comma - 1)
            ):
                return None
        if not (self.is_name_word(comma + 1) and tokens.is_capital(comma + 1)):
            return None
        person = self.name_right(comma + 1, limit)
        if (
            person is None
            or person.kind is not SpeakerKind.PERSON
            or person.titles
            or (
                person.end < limit
                and tokens.text[person.end] not in {".", ",", ";"}
                and not tokens.quoted[person.end]
            )
        ):
            return None
        role = tokens.source[tokens.start[first] : tokens.end[comma - 1]]
        return attrs.evolve(person, titles=(role,))

    def past_apposition(self, k: int, limit: int) -> int | None:
        """Token ``k``, or past the apposition set off by commas opening at ``k``."""
        tokens = self.tokens
        if k >= limit or tokens.text[k] != ",":
            return k
        close = k + 1
        while close < limit and close - k <= _MAX_APPOSITION:
            if tokens.quoted[close] or tokens.is_sentence_end(close):
                return None
            if tokens.text[close] == ",":
                return close + 1
            close += 1
        return None

    def noun_before_verb(self, i: int, limit: int, *, strict: bool = False) -> bool:
        """Whether lowercase token ``i`` is a noun of the subject, a verb following it.

        With ``strict``, only an auxiliary or copula (``names are``) may follow.
        """
        tokens = self.tokens
        if i + 1 >= limit or tokens.quoted[i] or tokens.quoted[i + 1]:
            return False
        word = tokens.low[i]
        lexicon = self.lexicon
        if (
            not word.replace("-", "").isalpha()  # ``right-hand``
            or tokens.is_capital(i)
            or word in lexicon.stopwords
            or word in _VERBAL
            or word.endswith("ed")
            or self.is_adverb(i)
            or self.match_cue(i, limit) > i
        ):
            return False
        following = tokens.low[i + 1]
        if following in _VERBAL:
            return True
        if strict:
            return False
        if self.is_adverb(i + 1):
            return True
        return (
            following.isalpha()
            and not tokens.is_capital(i + 1)
            and following not in lexicon.stopwords
            and following not in _DETERMINERS
        )

    def _name_found(self, last: int, floor: int) -> Found | None:
        """A :class:`Found` for the name ending at ``last``, with ``the`` for organisations."""
        name = self.name_left(last, floor)
        if name is None:
            return None
        start = name.start
        if (
            name.kind is not SpeakerKind.PERSON
            and start - 1 >= floor
            and self.tokens.low[start - 1] == "the"
        ):
            start -= 1
        if (
            start - 1 >= floor
            and self.tokens.low[start - 1] in {"'s", "’s"}
            and name.kind is not SpeakerKind.PERSON
        ):
            owner = self.name_left(start - 2, floor) if start - 2 >= floor else None
            if owner is not None:
                start = owner.start
        return Found(start=start, end=name.end, form="name", name=name)

    def title_quote_start(self, last: int) -> int | None:
        """The first token of the title quote ending at token ``last``, if it is one.

        ``Ann Lee, author of "The Long Road," said``: a short quote right
        after ``of`` that ends in a comma names a work inside an apposition;
        it is read past like the apposition's words.
        """
        tokens = self.tokens
        if (
            not tokens.quoted[last]
            or tokens.text[last - 1] != ","
            or last + 1 >= len(tokens.text)
            or tokens.quoted[last + 1]
        ):
            return None
        first = last - 1
        while first > 0 and tokens.quoted[first - 1] and last - first <= _TITLE_QUOTE:
            first -= 1
        if (
            first < 2
            or last - first > _TITLE_QUOTE
            or tokens.low[first - 1] != "of"
            or not tokens.is_capital(first + 1)
        ):
            return None
        # Inside an apposition: a comma a few lowercase words before ``of``
        # (``, the co-author of``), not ``a defense of "..."`` in a clause.
        k = first - 2
        while k > 0 and first - k <= 5 and tokens.text[k] != ",":
            if not tokens.is_word(k) or tokens.is_capital(k) or tokens.quoted[k]:
                return None
            k -= 1
        return first if tokens.text[k] == "," else None

    def apposition_left(self, comma: int, floor: int) -> Found | None:
        """The speaker before an apposition: ``Hugh Hill, a doctor, said``."""
        tokens = self.tokens
        candidates: list[Found] = []
        own = self._segment_subject(comma, floor, ())
        if own is not None and own.form == "name":
            candidates.append(own)
        right = comma
        i = comma - 1
        commas = 0
        while i >= floor and comma - i < _MAX_APPOSITION and commas < 6:
            if tokens.quoted[i]:
                title = self.title_quote_start(i)
                if title is None:
                    break
                i = title - 1  # ``author of "The Long Road,"``
                continue
            if tokens.is_sentence_end(i):
                break
            if tokens.text[i] == ",":
                segment = i + 1
                if segment >= right:
                    break
                titles = self._apposition_titles(segment, right)
                found = self._segment_subject(i, floor, titles)
                if found is not None:
                    candidates.append(found)
                right = i
                commas += 1
            i -= 1
        if not candidates:
            return None
        if (
            own is not None
            and own.name is not None
            and own.name.titles
            and not self._in_phrase(own.start, floor)
        ):
            # ``... in Berea, Ohio, Gov. John Kasich (R-OH), said``: a titled
            # name just before the cue is the subject itself.
            return own
        for position in range(1, len(candidates)):
            found = candidates[position]
            named = candidates[position - 1]
            if (
                found.form == "description"
                and named.form == "name"
                and named.start == found.end + 1
                and tokens.text[found.end] == ","
                and not self._in_phrase(found.start, floor)
            ):
                # ``The museum's curator, Jo Lee, said``, ``a country that
                # the nominee, Jo Lee, called``: the name in the apposition
                # is the speaker, the description its title.
                titles = self._apposition_titles(found.start, found.end)
                return attrs.evolve(named, titles=(*named.titles, *titles))
        for found in reversed(candidates):
            if found.form == "name" and self._fronted_participle(found.start, floor):
                # ``Speaking after the vote Tom Baker, leader of the Reds,
                # said``: the name after the opening phrase is the subject.
                trimmed = self._past_fronted_phrase(found, floor)
                if trimmed is not None:
                    return trimmed
                if not self._in_phrase(found.start, floor):
                    return found
            if self._in_phrase(found.start, floor):
                # ``In a statement to the Observer, her adviser, X, said``:
                # a name inside an opening phrase is not the subject.
                continue
            before = found.start - 1
            if (
                before < floor
                or tokens.quoted[before]
                or tokens.text[before] in {",", "(", "—", "–", "-"}
                or "\n" in tokens.source[tokens.end[before] : tokens.start[before + 1]]
            ):
                return found
            if tokens.low[before] in self.lexicon.stopwords:
                return found
            if (
                found.name is not None
                and found.name.titles
                and found.start - floor <= _ROLE_OPENING
                and all(
                    tokens.is_word(k) and tokens.low[k] not in self.lexicon.stopwords
                    for k in range(floor, found.start)
                )
            ):
                # ``Reds policy chief Tom Baker, MP for Kent, added``: a titled
                # name after the few words of its role opens the sentence.
                return found
        return candidates[0]

    def _in_phrase(self, start: int, floor: int) -> bool:
        """Whether token ``start`` lies in a phrase opened by a preposition.

        The phrase runs from the previous comma (or ``floor``) to ``start``.
        """
        tokens = self.tokens
        if start - 1 >= floor and tokens.low[start - 1] in _PREPOSITIONS:
            # ``Worried by the floods in Lindale, Ann Lee said``.
            return True
        i = start - 1
        while i >= floor and start - i <= _MAX_APPOSITION and tokens.text[i] != ",":
            i -= 1
        opening = i + 1
        if opening >= start:
            return False
        word = tokens.low[opening]
        return (
            word in self.lexicon.stopwords
            and word not in _DETERMINERS
            and word not in _CONJUNCTIONS
            and word not in self.lexicon.honorifics
            and word not in self.lexicon.pronouns
        )

    def _apposition_titles(self, start: int, end: int) -> tuple[str, ...]:
        """The title an apposition gives, without its article."""
        tokens = self.tokens
        if tokens.low[start] in _RELATIVES:
            return ()
        if tokens.low[start] in {"a", "an", "the"}:
            start += 1
        if start >= end:
            return ()
        return (tokens.source[tokens.start[start] : tokens.end[end - 1]],)

    def _adverbial_aside(
        self, comma: int, floor: int, *, describe: bool = False
    ) -> Found | None:
        """``he, once again, pledged``: the subject before an adverbial aside.

        With ``describe``, a description before the aside is taken too.
        """
        tokens = self.tokens
        i = comma - 1
        while (
            i > floor
            and comma - i <= 4
            and (
                self.is_adverb(i)
                or tokens.low[i] in _WHEN
                or tokens.low[i] in {"once", "again", "for", "example", "instance"}
            )
        ):
            i -= 1
        if i == comma - 1 or i <= floor or tokens.text[i] != ",":
            return None
        if self.is_pronoun(i - 1):
            return Found(start=i - 1, end=i, form="pronoun")
        if self.is_name_word(i - 1):
            return self._name_found(i - 1, floor)
        if describe:
            # ``X's campaign, for example, said``: a description before the aside.
            found = self.description_left(i - 1, floor)
            if (
                found is not None
                and found.start > floor
                and tokens.low[found.start - 1] in {"the", "these", "those"}
            ):
                # ``The two senators, however, insist``.
                found = Found(start=found.start - 1, end=found.end, form=found.form)
            return found
        return None

    def _participle_aside(self, comma: int, floor: int) -> Found | None:
        """``Others, pointing to the Lee case, shouted``: the subject before the aside.

        An aside opening with a participle in ``-ing`` describes the subject
        before it; a name inside it (``the Lee case``) is not the speaker.
        """
        tokens = self.tokens
        i = comma - 1
        while i > floor and comma - i <= _MAX_APPOSITION:
            if tokens.quoted[i] or tokens.is_sentence_end(i):
                return None
            if tokens.text[i] == ",":
                break
            i -= 1
        if i <= floor or tokens.text[i] != "," or i + 1 >= comma:
            return None
        opening = tokens.low[i + 1]
        if not (
            opening.endswith("ing")
            and opening.isalpha()
            and not tokens.is_capital(i + 1)
            and opening not in self.lexicon.stopwords
        ):
            return None
        if self.is_pronoun(i - 1):
            return Found(start=i - 1, end=i, form="pronoun")
        found = self._name_found(i - 1, floor) if self.is_name_word(i - 1) else None
        return found or self.description_left(i - 1, floor)

    def _dash_opening(self, closing: int, floor: int) -> int | None:
        """The dash opening the aside that the dash at ``closing`` ends, if any."""
        tokens = self.tokens
        opening = closing - 1
        while opening > floor and closing - opening < _MAX_APPOSITION:
            if tokens.quoted[opening] or tokens.is_sentence_end(opening):
                return None
            if tokens.text[opening] == tokens.text[closing]:
                return opening
            opening -= 1
        return None

    def _opening(self, closing: int, floor: int) -> int | None:
        """The ``(`` matching the ``)`` at ``closing``, a few tokens back, if any."""
        tokens = self.tokens
        opening = closing - 1
        while opening >= floor and closing - opening < 12:
            if tokens.text[opening] == "(":
                return opening
            opening -= 1
        return None

    def _segment_subject(
        self, comma: int, floor: int, titles: tuple[str, ...]
    ) -> Found | None:
        """The name or description just before ``comma``."""
        last = comma - 1
        if last >= floor and self.tokens.text[last] == ")":
            opening = self._opening(last, floor)
            if opening is not None:
                last = opening - 1
        if last < floor or self.tokens.quoted[last]:
            return None
        if self.is_name_word(last) or self.tokens.text[last] == ".":
            found = self._name_found(last, floor)
            if found is not None:
                if found.name is not None and found.name.kind is SpeakerKind.PERSON:
                    # ``, Ambassador Ann Lee of Iceland,``: the person, not
                    # the place, when a title or a full name tells a person.
                    person = self._of_place(found, floor)
                    if (
                        person is not None
                        and person.name is not None
                        and (person.name.titles or person.end - person.start > 1)
                    ):
                        found = person
                return attrs.evolve(found, titles=titles)
        description = self.description_left(last, floor)
        if (
            description is not None
            and self.tokens.low[description.start] in _APPOSITION_DETERMINERS
        ):
            return description
        return None

    def relative_antecedent(self, comma: int, floor: int) -> Found | None:
        """The name or description before the comma of a relative clause (``, who``)."""
        return self._segment_subject(comma, floor, ())

    def mention_right(self, first: int, limit: int) -> Found | None:
        """The speaker after a cue or a dash: ``said Putin``, ``according to a source``."""
        tokens = self.tokens
        if first >= limit or tokens.quoted[first]:
            return None
        if self.is_pronoun(first):
            return Found(start=first, end=first + 1, form="pronoun")
        name = None
        start = first
        if tokens.low[first] == "the" and first + 1 < limit:
            name = self.name_right(first + 1, limit)
            if (
                name is not None
                and name.kind is not SpeakerKind.ORGANISATION
                # ``said the Rovers coach Tom Baker``: a titled person.
                and not (name.titles and name.kind is SpeakerKind.PERSON)
            ):
                name = None
        if name is None:
            name = self.name_right(first, limit)
            start = name.start if name is not None else first
        if name is None:
            k = self._lowercase_run_end(first, limit)
            if first < k < limit and self.is_name_word(k) and tokens.is_capital(k):
                name = self.name_right(k, limit)
                start = first
            elif tokens.low[first] == "the" and self._after_cue(first):
                # ``conceded the 29-year-old Baker``: a person after the
                # words that describe him.
                k = self._descriptor_end(first + 1, limit)
                if (
                    first + 1 < k < limit
                    and self.is_name_word(k)
                    and tokens.is_capital(k)
                ):
                    person = self.name_right(k, limit)
                    if (
                        person is not None
                        and person.kind is SpeakerKind.PERSON
                        and not (
                            # ``the two-time Acme Award winner``: a noun
                            # phrase, the name a modifier in it.
                            person.end < limit
                            and tokens.is_word(person.end)
                            and not tokens.is_capital(person.end)
                            and tokens.low[person.end] not in self.lexicon.stopwords
                        )
                    ):
                        name = person
                        start = first
            elif tokens.is_capital(first) and self._after_cue(first):
                # ``said Acme chief economist, Tom Baker.``: the person.
                name = self._person_after_body_role(first, limit)
                if name is not None:
                    start = name.start
        elif (
            name.end + 1 < limit
            and tokens.low[name.end] in {"'s", "’s"}
            and self.is_name_word(name.end + 1)
            and tokens.is_capital(name.end + 1)
            and self._after_cue(first)
        ):
            # ``said Acme Weekly's Mr Hart``: the person the body's is.
            person = self.name_right(name.end + 1, limit)
            if person is not None and person.kind is SpeakerKind.PERSON:
                owner = tokens.source[
                    tokens.start[name.start] : tokens.end[name.end - 1]
                ]
                name = attrs.evolve(person, titles=(*person.titles, owner))
        elif name.end < limit and not name.titles:
            # ``said ABC news editor Ann Lee``, ``said Dickens biographer Ann
            # Lee``: the person after the organisation or the work and the
            # role, not the organisation or the work.
            person = self._person_after_role(
                name.end,
                limit,
                known=name.kind is SpeakerKind.ORGANISATION
                or not self._after_cue(first),
            )
            if person is not None:
                role = tokens.source[
                    tokens.start[name.start] : tokens.end[person.start - 1]
                ].rstrip(",")
                name = attrs.evolve(person, titles=(*person.titles, role))
        if name is not None:
            titles: tuple[str, ...] = ()
            end = name.end
            if end + 1 < limit and tokens.text[end] == ",":
                stop = end + 1
                while (
                    stop < limit
                    and stop - end < _MAX_APPOSITION
                    and tokens.text[stop] not in {",", ".", ";", "(", ")"}
                    and not tokens.quoted[stop]
                ):
                    stop += 1
                if stop > end + 1:
                    titles = self._apposition_titles(end + 1, stop)
            return Found(start=start, end=end, form="name", name=name, titles=titles)
        found = self.description_right(first, limit)
        if (
            found is not None
            and found.end < limit
            and self.is_role_noun(found.end - 1)
            and self.is_name_word(found.end)
            and tokens.is_capital(found.end)
        ):
            # ``said the channel's spokesman Tom Hart``: the person.
            person = self.name_right(found.end, limit)
            if person is not None and person.kind is SpeakerKind.PERSON:
                role = tokens.source[
                    tokens.start[found.start + 1] : tokens.end[found.end - 1]
                ]
                person = attrs.evolve(person, titles=(*person.titles, role))
                return Found(
                    start=found.start, end=person.end, form="name", name=person
                )
        return found

    def named_after_comma(self, found: Found, limit: int) -> Found | None:
        """``said Acme spokeswoman, Ann Lee.``: the person the role is.

        After a cue, a role's description, a comma and a name that ends the
        clause name the person, titled by the role.
        """
        tokens = self.tokens
        comma = found.end
        if (
            comma + 2 >= limit
            or tokens.text[comma] != ","
            or not self.is_role_noun(comma - 1)
            or not tokens.is_capital(comma + 1)
        ):
            return None
        name = self.name_right(comma + 1, limit)
        if (
            name is None
            or name.kind is not SpeakerKind.PERSON
            or (
                name.end < limit
                and tokens.text[name.end] not in {".", ",", ";"}
                and not tokens.quoted[name.end]
            )
        ):
            return None
        titles = self._apposition_titles(found.start, comma)
        return Found(
            start=comma + 1, end=name.end, form="name", name=name, titles=titles
        )


_ROLE_PHRASES = frozenset(["for", "of", "at", "from"])
"""Prepositions of a phrase after a role noun in a subject (``A spokesman for``)."""
_FRONTED_WORDS = 10
"""Most tokens of a participle phrase opening a sentence before its subject."""
_FRONTED_OPENERS = frozenset(
    ["after", "before", "about", "outside", "ahead", "the", "a", "an"]
)
"""Words after the participle of a fronted phrase, besides :data:`_PREPOSITIONS`."""
_LOCATIVE = frozenset(["in", "at", "from", "near", "outside", "inside", "across"])
"""Prepositions of place between a speaker and a name (``Officials in Kabul``)."""

_TITLE_QUOTE = 12
"""The most tokens of a title quote in an apposition (``of "The Long Road,"``)."""

_BODY_ROLES = frozenset(
    [
        "firm",
        "company",
        "group",
        "band",
        "club",
        "bank",
        "giant",
        "chain",
        "retailer",
        "carmaker",
        "airline",
        "charity",
        "manufacturer",
        "insurer",
        "supermarket",
        "newspaper",
        "magazine",
        "website",
        "watchdog",
        "regulator",
    ]
)
"""Lowercase nouns for a body before its name (``rail firm Acme Lines``)."""
_DASHES = frozenset(("—", "–", "-", "―"))
"""Dashes that set off an attribution or an aside."""
_POST_NOMINALS = frozenset(["mp", "mep", "msp", "qc", "kc", "mla", "td"])
"""Letters after a name (``Tom Baker MP``): titles, never the name."""
_PARTY_WORDS = frozenset(["democrat", "republican"])
"""Party words that title a full name after them (``Democrat Ann Lee``)."""
_PARTIES = frozenset(
    [
        "conservative",
        "green",
        "labour",
        "liberal",
        "snp",
        "socialist",
        "tory",
        "ukip",
        "unionist",
    ]
)
"""Parties of one word that describe a full name after them (``Tory Ann Lee``)."""
_PARTY_PAIRS = frozenset(
    [("liberal", "democrat"), ("lib", "dem"), ("plaid", "cymru"), ("sinn", "fein")]
)
"""Parties of two words that describe a full name after them."""
_PARTY_OPENERS = _PARTIES | {first for first, _ in _PARTY_PAIRS}
"""The first words of :data:`_PARTIES` and :data:`_PARTY_PAIRS`."""
_COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern"])
"""Words before a nationality of two words (``South African``)."""
_TITLED_NOUNS = frozenset(["election", "elections", "assembly", "synod", "strike"])
"""Nouns that follow a title word in no name: ``the General Election``."""
_LY_NOUNS = frozenset(
    [
        "anomaly",
        "assembly",
        "family",
        "homily",
        "monopoly",
        "oligopoly",
        "rally",
        "reply",
        "supply",
        "ugly",
    ]
)
"""Words ending in ``-ly`` that are no adverbs (``the old monopoly said``)."""
_OPENING_ADJECTIVES = frozenset(
    [
        "angry",
        "beaming",
        "beleaguered",
        "confident",
        "defiant",
        "dejected",
        "delighted",
        "determined",
        "disappointed",
        "ecstatic",
        "elated",
        "embattled",
        "emotional",
        "frustrated",
        "furious",
        "jubilant",
        "outspoken",
        "relieved",
        "shocked",
        "stunned",
        "tearful",
        "triumphant",
        "upbeat",
    ]
)
"""Adjectives that open a sentence before a name (``Defiant Tom Baker``): no
part of it."""
_TENS = frozenset(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
)
"""The first words of compound numbers (``Sixty-two percent``)."""
_LOWER_AFTER_HYPHEN = regex.compile(r"-\p{Ll}")
"""A lowercase letter after a hyphen: ``Tea-loving`` is no name word."""

_CAPITAL_NOUNS = frozenset(["states", "remarks"])
"""Verbal cues that are plural nouns after a capitalised word (``United States``)."""

_CONTRACTIONS = frozenset(["d", "ll", "m", "re", "s", "t", "ve"])
"""What follows the apostrophe of a contraction (``I'd``, ``We've``, ``Don't``)."""


def _is_contraction(word: str) -> bool:
    """Whether lowercase token ``word`` is a contraction, never a name (``i'd``)."""
    if "'" not in word and "’" not in word:
        return False  # most words
    head, apostrophe, tail = word.replace("’", "'").rpartition("'")
    return bool(apostrophe) and bool(head) and tail in _CONTRACTIONS


@functools.lru_cache(maxsize=16)
def _lexicon_indexes(
    lexicon: Lexicon,
) -> tuple[_PhraseIndex, _PhraseIndex, _PhraseIndex]:
    """The cue, title and organisation indexes of ``lexicon``, built once per lexicon.

    The lexicon is frozen and hashable, so the cache only saves work: it can
    never change a result.
    """
    return (
        _phrase_index(lexicon.cues),
        _phrase_index(lexicon.titles),
        _phrase_index(lexicon.organisation_markers),
    )


_MAX_LONE_NAMES = 100_000
"""Most words whose :meth:`Doc.lone_name` is remembered for a document."""


class _Words(NamedTuple):
    """Word sets of a lexicon that :class:`Doc` reads, made once per lexicon."""

    title_openers: frozenset[str]
    cue_openers: frozenset[str]
    name_starters: frozenset[str]
    name_continuers: frozenset[str]
    not_lone: frozenset[str]


@functools.lru_cache(maxsize=16)
def _lexicon_words(lexicon: Lexicon) -> _Words:
    """The word sets of ``lexicon`` that :class:`Doc` reads, made once per lexicon."""
    cue_index, title_index, _ = _lexicon_indexes(lexicon)
    openers = frozenset(title_index.keys() | lexicon.honorifics.keys())
    return _Words(
        title_openers=openers,
        cue_openers=frozenset(cue_index.keys() | lexicon.verbal_cues.keys()),
        name_starters=openers | _PARTICLES,
        name_continuers=openers | lexicon.title_modifiers | _PARTICLES | {"of", "."},
        not_lone=frozenset(
            lexicon.stopwords
            | lexicon.honorifics.keys()
            | {
                words[0]
                for words in itertools.chain(*title_index.values())
                if len(words) == 1
            }
        ),
    )


def _phrase_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Index lexicon phrases by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(m.group().lower() for m in _TOKEN.finditer(str(phrase)))
        if words:
            index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


def _match_phrase(
    tokens: Tokens, index: dict[str, list[tuple[str, ...]]], i: int, limit: int
) -> int:
    """The end token of the longest indexed phrase starting at ``i``, or ``i``."""
    if i < 0 or i >= limit:
        return i
    entries = index.get(tokens.low[i])
    if entries is None:
        return i
    low = tokens.low
    quoted = tokens.quoted
    for words in entries:
        end = i + len(words)
        # Tuple slices compare in C: the words match, and none is quoted.
        if end <= limit and low[i:end] == words and True not in quoted[i:end]:
            return end
    return i


def mention_before(doc: Doc, cue: int, floor: int) -> Found | None:
    """The speaker before the cue at token ``cue``, no further left than ``floor``."""
    return doc.subject_left(cue, floor)


def mention_after(doc: Doc, first: int, limit: int) -> Found | None:
    """The speaker starting at token ``first``, no further right than ``limit``."""
    return doc.mention_right(first, limit)
