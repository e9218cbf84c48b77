"""Serialization: ``to_dict``, ``from_dict``, ``to_json``, ``from_json``."""

import copy
import itertools
import json
import math
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from conftest import SEEDS, SHARED_DATA
from newsmodel import (
    FORMAT_VERSION,
    Article,
    Attribution,
    Block,
    Byline,
    Copyright,
    Cue,
    Dateline,
    Diagnostic,
    Headline,
    Mention,
    Method,
    Paragraph,
    Placement,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Speaker,
    SpeakerKind,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from newsmodel.exceptions import SerializationError
from newsmodel.strategies import articles

SEED = SEEDS / "000_7280440e1ed9c9bf.txt"

REAL_DATA = ("bbc.jsonl", "polnear-train.jsonl")
"""Files of real news in the shared data folder (absent in a user's clone)."""


def real_texts(name: str, count: int = 200) -> list[str]:
    """Read the first ``count`` texts of a real data file, or skip the test."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: real data is only in the development tree")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, count)]


# Consistent articles of any shape ---------------------------------------------
#
# Every field of every class is exercised, including the ones the parser rarely
# fills; offsets are drawn first and texts cut from the source, so the articles
# satisfy every invariant ``from_dict`` checks.

SURROGATES = "\ud800\udbff\udc80\udfff"
"""Lone surrogates: a ``str`` holds them, UTF-8 cannot encode them."""

characters = st.one_of(
    st.characters(),
    st.sampled_from(f'{SURROGATES}"“”‘’«»…[]\n\r\t\x00 é😀'),
)
texts = st.text(characters, max_size=8)
optional_texts = st.none() | texts


def _no_surrogate_pair(text: str) -> bool:
    """Tell whether ``text`` has no high surrogate directly followed by a low one."""
    return not any(
        "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff"
        for a, b in itertools.pairwise(text)
    )


def indices(count: int, max_size: int) -> st.SearchStrategy[list[int]]:
    """Draw a list of indices below ``count``."""
    if not count:
        return st.just([])
    return st.lists(st.integers(0, count - 1), max_size=max_size)


@st.composite
def spans(draw: st.DrawFn, source: str) -> tuple[str, int, int]:
    """Draw ``(text, start, end)`` with ``text == source[start:end]``."""
    start = draw(st.integers(0, len(source)))
    end = draw(st.integers(start, len(source)))
    return source[start:end], start, end


@st.composite
def mentions(draw: st.DrawFn, source: str) -> Mention:
    """Draw a mention of ``source``."""
    text, start, end = draw(spans(source))
    return Mention(text=text, start=start, end=end)


@st.composite
def speakers(draw: st.DrawFn, source: str, quote_count: int) -> Speaker:
    """Draw a speaker whose quote indices are below ``quote_count``."""
    return Speaker(
        name=draw(texts),
        kind=draw(st.sampled_from(SpeakerKind)),
        titles=tuple(draw(st.lists(texts, max_size=2))),
        gender=draw(optional_texts),
        mentions=tuple(draw(st.lists(mentions(source), max_size=2))),
        quotes=tuple(draw(indices(quote_count, 2))),
    )


@st.composite
def attributions(
    draw: st.DrawFn, source: str, quote_count: int, listed: tuple[Speaker, ...]
) -> Attribution:
    """Draw an attribution with an optional speaker and cue.

    The speaker is none, a new one, one of ``listed`` or an equal copy of one.
    """
    choices = st.none() | speakers(source, quote_count)
    if listed:
        choices |= st.sampled_from(listed) | st.sampled_from(listed).map(attrs.evolve)
    cue = None
    if draw(st.booleans()):
        text, start, end = draw(spans(source))
        cue = Cue(text=text, start=start, end=end, lemma=draw(texts))
    return Attribution(
        mention=draw(mentions(source)),
        speaker=draw(choices),
        cue=cue,
        placement=draw(st.sampled_from(Placement)),
        method=draw(st.sampled_from(Method)),
        confidence=draw(st.floats(0, 1)),
    )


@st.composite
def quotes(
    draw: st.DrawFn,
    source: str,
    index: int,
    paragraph_count: int,
    quote_count: int,
    listed: tuple[Speaker, ...],
    depth: int = 0,
) -> Quote:
    """Draw a quote, with nested quotes up to two levels deep."""
    text, start, end = draw(spans(source))
    content_start = draw(st.integers(start, end))
    content_end = draw(st.integers(content_start, end))
    nested = []
    if depth < 2:
        count = draw(st.integers(0, 2 - depth))
        nested = [
            draw(quotes(source, i, paragraph_count, quote_count, listed, depth + 1))
            for i in range(count)
        ]
    span_lists = st.lists(spans(source), max_size=2)
    return Quote(
        index=index,
        text=text,
        start=start,
        end=end,
        content_start=content_start,
        content_end=content_end,
        open_mark=draw(texts),
        close_mark=draw(optional_texts),
        kind=draw(st.sampled_from(QuoteKind)),
        paragraph=draw(st.none() | st.sampled_from([None, *range(paragraph_count)])),
        paragraphs=tuple(draw(indices(paragraph_count, 3))),
        nested=tuple(nested),
        insertions=tuple(Span(text=t, start=s, end=e) for t, s, e in draw(span_lists)),
        ellipses=tuple(Span(text=t, start=s, end=e) for t, s, e in draw(span_lists)),
        attribution=draw(st.none() | attributions(source, quote_count, listed)),
    )


@st.composite
def any_articles(draw: st.DrawFn, *, json_safe: bool = False) -> Article:
    """Draw a consistent article with every kind of part.

    Args:
        draw: Hypothesis' draw function.
        json_safe: Leave out surrogate pairs, which JSON cannot keep apart
            from the character they encode.
    """
    source = draw(st.text(characters, max_size=40))
    if json_safe:
        source = draw(st.just(source).filter(_no_surrogate_pair))
    text, start, end = draw(spans(source))
    headline = Headline(
        text=text, start=start, end=end, kicker=draw(optional_texts), title=draw(texts)
    )
    byline = None
    if draw(st.booleans()):
        text, start, end = draw(spans(source))
        authors = tuple(draw(st.lists(texts, max_size=3)))
        byline = Byline(text=text, start=start, end=end, authors=authors)
    dateline = None
    if draw(st.booleans()):
        text, start, end = draw(spans(source))
        dateline = Dateline(
            text=text,
            start=start,
            end=end,
            place=draw(optional_texts),
            date=draw(optional_texts),
            agency=draw(optional_texts),
        )
    paragraphs = tuple(
        Paragraph(index=i, text=t, start=s, end=e)
        for i, (t, s, e) in enumerate(draw(st.lists(spans(source), max_size=4)))
    )
    footer = None
    if draw(st.booleans()):
        text, start, end = draw(spans(source))
        footer = Copyright(
            text=text,
            start=start,
            end=end,
            holder=draw(optional_texts),
            year=draw(st.none() | st.integers(0, 9999)),
            statement=draw(optional_texts),
        )
    unclassified = tuple(
        Block(text=t, start=s, end=e, reason=draw(texts))
        for t, s, e in draw(st.lists(spans(source), max_size=2))
    )
    quote_count = draw(st.integers(0, 3))
    people = st.lists(speakers(source, quote_count), max_size=2)
    listed = tuple(draw(people))
    quote_list = tuple(
        draw(quotes(source, i, len(paragraphs), quote_count, listed))
        for i in range(quote_count)
    )
    diagnostics = tuple(
        Diagnostic(
            code=draw(texts),
            message=draw(texts),
            start=s,
            end=e,
            severity=draw(st.sampled_from(Severity)),
        )
        for _, s, e in draw(st.lists(spans(source), max_size=2))
    )
    return Article(
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        paragraphs=paragraphs,
        copyright=footer,
        unclassified=unclassified,
        quotes=quote_list,
        speakers=listed,
        people=tuple(draw(people)),
        diagnostics=diagnostics,
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(texts, children, max_size=3)
    ),
    max_leaves=10,
)
"""Any JSON-like value."""


def _slots(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) pair in nested dicts and lists."""
    found: list[tuple[Any, Any]] = []
    pending = [data]
    while pending:
        container = pending.pop()
        keys = container if isinstance(container, dict) else range(len(container))
        for key in keys:
            found.append((container, key))
            if isinstance(container[key], (dict, list)):
                pending.append(container[key])
    return found


# A small article written out by hand ------------------------------------------

SOURCE = 'Talks: Deal near\nBy Ann Lee\nOSLO (AP) - "Yes," he said.\n(c) 2023 AP'
"""Offsets, counted by hand: headline 0-16, byline 17-27, dateline 28-39,
paragraph 40-55 (the quote 40-46, content 41-45, ``he`` 47-49, ``said`` 50-54),
footer 56-67."""


def small_article() -> Article:
    """Build the article of :data:`SOURCE` by hand, with one attributed quote."""
    speaker = Speaker(
        name="he",
        kind=SpeakerKind.UNKNOWN,
        mentions=(Mention(text="he", start=47, end=49),),
        quotes=(0,),
    )
    quote = Quote(
        index=0,
        text='"Yes,"',
        start=40,
        end=46,
        content_start=41,
        content_end=45,
        open_mark='"',
        close_mark='"',
        kind=QuoteKind.DIRECT,
        paragraph=0,
        paragraphs=(0,),
        attribution=Attribution(
            mention=Mention(text="he", start=47, end=49),
            speaker=speaker,
            cue=Cue(text="said", start=50, end=54, lemma="say"),
            placement=Placement.AFTER,
            method=Method.PRONOUN,
            confidence=0.5,
        ),
    )
    return Article(
        source=SOURCE,
        headline=Headline(
            text="Talks: Deal near", start=0, end=16, kicker="Talks", title="Deal near"
        ),
        byline=Byline(text="By Ann Lee", start=17, end=27, authors=("Ann Lee",)),
        dateline=Dateline(
            text="OSLO (AP) -", start=28, end=39, place="OSLO", date=None, agency="AP"
        ),
        paragraphs=(Paragraph(index=0, text='"Yes," he said.', start=40, end=55),),
        copyright=Copyright(
            text="(c) 2023 AP", start=56, end=67, holder="AP", year=2023, statement=None
        ),
        quotes=(quote,),
        speakers=(speaker,),
        diagnostics=(
            Diagnostic(
                code="no-body",
                message="m",
                start=0,
                end=0,
                severity=Severity.WARNING,
            ),
        ),
    )


def small_dict() -> dict[str, Any]:
    """The expected ``to_dict`` output of :func:`small_article`, written by hand."""
    mention = {"text": "he", "start": 47, "end": 49}
    speaker = {
        "name": "he",
        "kind": "unknown",
        "titles": [],
        "gender": None,
        "mentions": [mention],
        "quotes": [0],
    }
    return {
        "format_version": 1,
        "source": SOURCE,
        "headline": {
            "text": "Talks: Deal near",
            "start": 0,
            "end": 16,
            "kicker": "Talks",
            "title": "Deal near",
        },
        "byline": {
            "text": "By Ann Lee",
            "start": 17,
            "end": 27,
            "authors": ["Ann Lee"],
        },
        "dateline": {
            "text": "OSLO (AP) -",
            "start": 28,
            "end": 39,
            "place": "OSLO",
            "date": None,
            "agency": "AP",
        },
        "paragraphs": [{"index": 0, "text": '"Yes," he said.', "start": 40, "end": 55}],
        "copyright": {
            "text": "(c) 2023 AP",
            "start": 56,
            "end": 67,
            "holder": "AP",
            "year": 2023,
            "statement": None,
        },
        "unclassified": [],
        "quotes": [
            {
                "index": 0,
                "text": '"Yes,"',
                "start": 40,
                "end": 46,
                "content_start": 41,
                "content_end": 45,
                "open_mark": '"',
                "close_mark": '"',
                "kind": "direct",
                "paragraph": 0,
                "paragraphs": [0],
                "nested": [],
                "insertions": [],
                "ellipses": [],
                "attribution": {
                    "mention": mention,
                    "speaker": 0,
                    "cue": {"text": "said", "start": 50, "end": 54, "lemma": "say"},
                    "placement": "after",
                    "method": "pronoun",
                    "confidence": 0.5,
                },
            }
        ],
        "speakers": [speaker],
        "people": [],
        "diagnostics": [
            {
                "code": "no-body",
                "message": "m",
                "start": 0,
                "end": 0,
                "severity": "warning",
            }
        ],
    }


def error_of(data: Any) -> SerializationError:
    """Return the error ``from_dict(data)`` raises."""
    with pytest.raises(SerializationError) as caught:
        from_dict(data)
    return caught.value


def test_small_article_offsets() -> None:
    """The hand-counted offsets of the small article match its source."""
    assert SOURCE[0:16] == "Talks: Deal near"
    assert SOURCE[40:46] == '"Yes,"'
    assert SOURCE[56:67] == "(c) 2023 AP"


class TestToDict:
    """``to_dict``: an article as plain data."""

    @given(any_articles())
    def test_json_native(self, article: Article) -> None:
        """The output is made of JSON types only, so JSON keeps it unchanged."""
        data = to_dict(article)
        assert data == json.loads(json.dumps(data))

    @given(any_articles())
    def test_version_first(self, article: Article) -> None:
        """The format version is the first key, then the fields in model order."""
        fields = [field.name for field in attrs.fields(Article)]
        assert ["format_version", *fields] == list(to_dict(article))

    def test_golden(self) -> None:
        """The small article serializes to the dict written out by hand."""
        assert small_dict() == to_dict(small_article())

    def test_seed(self) -> None:
        """The parsed seed serializes its headline and footer as annotated."""
        data = to_dict(newsmodel.parse(SEED.read_text(encoding="utf-8")))
        assert "US - Russia Relations" == data["headline"]["kicker"]
        assert 2024 == data["copyright"]["year"]
        assert 11 == len(data["paragraphs"])

    def test_unlisted_speaker_embedded(self) -> None:
        """A speaker missing from ``speakers`` is written out in the attribution."""
        article = attrs.evolve(small_article(), speakers=())
        attribution = to_dict(article)["quotes"][0]["attribution"]
        assert small_dict()["speakers"][0] == attribution["speaker"]

    def test_equal_speaker_indexed(self) -> None:
        """A speaker equal to a listed one, though another object, is an index."""
        article = small_article()
        copy = attrs.evolve(article.speakers[0])
        article = attrs.evolve(article, speakers=(copy,))
        assert 0 == to_dict(article)["quotes"][0]["attribution"]["speaker"]

    def test_first_equal_speaker(self) -> None:
        """A speaker listed twice is written as its first index."""
        article = small_article()
        article = attrs.evolve(article, speakers=article.speakers * 2)
        assert 0 == to_dict(article)["quotes"][0]["attribution"]["speaker"]

    def test_properties_left_out(self) -> None:
        """Derived properties (``title``, ``text``, ``content``) are not written."""
        data = to_dict(small_article())
        assert "title" not in data
        assert "text" not in data
        assert "content" not in data["quotes"][0]

    def test_not_an_article(self) -> None:
        """Anything but an article is a TypeError that names what was given."""
        with pytest.raises(TypeError, match="not dict"):
            to_dict(small_dict())  # type: ignore[arg-type]


class TestFromDict:
    """``from_dict``: an article rebuilt from plain data, strictly checked."""

    @given(any_articles())
    def test_round_trip(self, article: Article) -> None:
        """``from_dict(to_dict(a)) == a`` for every article."""
        assert article == from_dict(to_dict(article))

    @given(articles())
    def test_round_trip_realistic(self, article: Article) -> None:
        """Realistic articles, as generated and as parsed, read back equal."""
        parsed = newsmodel.parse(article.source)
        assert (article, parsed) == (
            from_dict(to_dict(article)),
            from_dict(to_dict(parsed)),
        )

    @given(json_values)
    def test_any_value(self, value: Any) -> None:
        """Any JSON value but an article is refused with a ``SerializationError``."""
        with pytest.raises(SerializationError):
            from_dict(value)

    @given(any_articles(), st.data())
    def test_tampered(self, article: Article, data: st.DataObject) -> None:
        """A serialized article with one value replaced reads or is refused cleanly."""
        serialized = to_dict(article)
        container, key = data.draw(st.sampled_from(_slots(serialized)))
        container[key] = data.draw(json_values)
        try:
            result = from_dict(serialized)
        except SerializationError:
            return
        assert isinstance(result, Article)

    def test_golden(self) -> None:
        """The dict written out by hand reads back as the small article."""
        assert small_article() == from_dict(small_dict())

    def test_seed(self) -> None:
        """The parsed seed reads back equal."""
        article = newsmodel.parse(SEED.read_text(encoding="utf-8"))
        assert article == from_dict(to_dict(article))

    def test_speaker_shared(self) -> None:
        """An attribution's speaker index reads back as the listed speaker itself."""
        article = from_dict(small_dict())
        assert article.quotes[0].attribution is not None
        assert article.quotes[0].attribution.speaker is article.speakers[0]

    def test_speaker_embedded(self) -> None:
        """An attribution's speaker may be written out in full."""
        data = small_dict()
        data["quotes"][0]["attribution"]["speaker"] = data["speakers"][0]
        assert small_article() == from_dict(data)

    def test_input_not_changed(self) -> None:
        """The given dict is left as it was."""
        data = small_dict()
        from_dict(data)
        assert small_dict() == data

    def test_defaults_may_be_left_out(self) -> None:
        """Fields with a default may be missing; they take their default."""
        data = {
            "format_version": 1,
            "source": "Hi",
            "headline": {
                "text": "Hi",
                "start": 0,
                "end": 2,
                "kicker": None,
                "title": "Hi",
            },
        }
        expected = Article(
            source="Hi",
            headline=Headline(text="Hi", start=0, end=2, kicker=None, title="Hi"),
        )
        assert expected == from_dict(data)

    def test_integer_confidence(self) -> None:
        """An integer confidence (JSON has one number type) reads as a float."""
        data = small_dict()
        data["quotes"][0]["attribution"]["confidence"] = 1
        confidence = from_dict(data).quotes[0].attribution.confidence  # type: ignore[union-attr]
        assert (1.0, float) == (confidence, type(confidence))

    def test_not_an_object(self) -> None:
        """A top level that is not an object is refused."""
        assert "expected an object, got an array @ $" in str(error_of([]))

    def test_wrong_type(self) -> None:
        """A string where an integer belongs names the field's path."""
        data = small_dict()
        data["paragraphs"][0]["start"] = "40"
        message = str(error_of(data))
        assert "expected an integer, got a string @ $.paragraphs[0].start" in message

    def test_bool_is_not_an_integer(self) -> None:
        """``true`` is not accepted for an integer field."""
        data = small_dict()
        data["copyright"]["year"] = True
        assert "expected an integer, got a boolean @ $.copyright.year" in str(
            error_of(data)
        )

    def test_bool_is_not_a_number(self) -> None:
        """``true`` is not accepted for a confidence."""
        data = small_dict()
        data["quotes"][0]["attribution"]["confidence"] = True
        expected = (
            "expected a number, got a boolean @ $.quotes[0].attribution.confidence"
        )
        assert expected in str(error_of(data))

    def test_null_string(self) -> None:
        """``null`` where a string is required names the field."""
        data = small_dict()
        data["source"] = None
        assert "expected a string, got null @ $.source" in str(error_of(data))

    def test_object_for_string(self) -> None:
        """An object where a string is required names the field."""
        data = small_dict()
        data["headline"]["text"] = {}
        assert "expected a string, got an object @ $.headline.text" in str(
            error_of(data)
        )

    def test_python_value(self) -> None:
        """A Python value that JSON does not have is named by its type."""
        data = small_dict()
        data["source"] = b"Talks"
        assert "expected a string, got a bytes object @ $.source" in str(error_of(data))

    def test_null_object(self) -> None:
        """``null`` where an object is required names the field."""
        data = small_dict()
        data["headline"] = None
        assert "expected an object, got null @ $.headline" in str(error_of(data))

    def test_string_is_not_an_array(self) -> None:
        """A string is not read as an array of its characters."""
        data = small_dict()
        data["byline"]["authors"] = "Ann Lee"
        assert "expected an array, got a string @ $.byline.authors" in str(
            error_of(data)
        )

    def test_array_item(self) -> None:
        """A bad item in an array is named by its index."""
        data = small_dict()
        data["quotes"][0]["paragraphs"] = [0, "x"]
        assert "expected an integer, got a string @ $.quotes[0].paragraphs[1]" in str(
            error_of(data)
        )

    def test_unknown_enum_value(self) -> None:
        """An enum value the model does not know lists the ones it does."""
        data = small_dict()
        data["quotes"][0]["kind"] = "DIRECT"
        expected = (
            "expected one of 'direct', 'partial', 'title', 'term', got 'DIRECT'"
            " @ $.quotes[0].kind"
        )
        assert expected in str(error_of(data))

    def test_long_enum_value(self) -> None:
        """A long wrong value is shortened in the message."""
        data = small_dict()
        data["diagnostics"][0]["severity"] = "x" * 1000
        expected = "got '" + "x" * 39 + "... @ $.diagnostics[0].severity"
        assert expected in str(error_of(data))

    def test_missing_field(self) -> None:
        """A missing required field is named."""
        data = small_dict()
        del data["headline"]["title"]
        assert "required field missing @ $.headline.title" in str(error_of(data))

    def test_extra_field(self) -> None:
        """An unknown key is refused rather than dropped."""
        data = small_dict()
        data["dateline"]["city"] = "OSLO"
        assert "extra fields found (city) @ $.dateline" in str(error_of(data))

    def test_nested_quote_path(self) -> None:
        """Errors inside nested quotes carry the whole path."""
        data = small_dict()
        inner = copy.deepcopy(data["quotes"][0])
        inner["attribution"] = None
        inner["open_mark"] = 5
        data["quotes"][0]["nested"] = [inner]
        assert "@ $.quotes[0].nested[0].open_mark" in str(error_of(data))

    def test_several_errors(self) -> None:
        """Every error is reported, up to five, then counted."""
        data = small_dict()
        for key in ("text", "start", "end", "place", "date", "agency"):
            data["dateline"][key] = []
        message = str(error_of(data))
        assert 5 == message.count("@ $.dateline.")
        assert message.endswith("(and 1 more)")

    def test_cause_kept(self) -> None:
        """The cattrs error is chained as the cause."""
        data = small_dict()
        data["source"] = 1
        assert isinstance(error_of(data).__cause__, cattrs.ClassValidationError)

    def test_is_a_value_error(self) -> None:
        """The error is a ``NewsModelError`` and a ``ValueError``."""
        error = error_of(None)
        assert isinstance(error, newsmodel.NewsModelError)
        assert isinstance(error, ValueError)

    def test_deep_nesting(self) -> None:
        """Quotes nested more than 32 deep are refused before they overflow."""
        data = small_dict()
        quote = data["quotes"][0]
        quote["attribution"] = None
        for _ in range(33):
            quote = {**quote, "nested": [{**quote, "index": 0}]}
        data["quotes"] = [quote]
        expected = "quotes are nested more than 32 deep @ $.quotes" + "[0].nested" * 33
        assert expected in str(error_of(data))

    def test_nesting_limit(self) -> None:
        """Quotes nested 32 deep are still read."""
        article = small_article()
        quote = attrs.evolve(article.quotes[0], attribution=None)
        for _ in range(32):
            quote = attrs.evolve(quote, nested=(quote,))
        article = attrs.evolve(article, quotes=(quote,))
        assert article == from_dict(to_dict(article))


class TestConsistency:
    """``from_dict`` refuses articles that contradict their own source."""

    def test_text_not_source(self) -> None:
        """A node whose text is not ``source[start:end]`` is named."""
        data = small_dict()
        data["paragraphs"][0]["start"] = 41
        assert "text is not source[41:55] @ $.paragraphs[0].text" in str(error_of(data))

    def test_span_past_the_end(self) -> None:
        """A span beyond the source is named."""
        data = small_dict()
        data["diagnostics"][0]["end"] = 68
        expected = "span 0:68 does not fit in the source (length 67) @ $.diagnostics[0]"
        assert expected in str(error_of(data))

    def test_span_reversed(self) -> None:
        """A span that ends before it starts is refused."""
        data = small_dict()
        data["headline"]["start"] = 17
        assert "span 17:16 does not fit" in str(error_of(data))

    def test_negative_offset(self) -> None:
        """A negative offset is refused (Python would count it from the end)."""
        data = small_dict()
        data["copyright"]["start"] = -11
        data["copyright"]["end"] = 67
        assert "span -11:67 does not fit" in str(error_of(data))

    def test_paragraph_index(self) -> None:
        """A paragraph's index must be its position."""
        data = small_dict()
        data["paragraphs"][0]["index"] = 1
        assert "expected 0, got 1 @ $.paragraphs[0].index" in str(error_of(data))

    def test_quote_index(self) -> None:
        """A quote's index must be its position."""
        data = small_dict()
        data["quotes"][0]["index"] = 3
        assert "expected 0, got 3 @ $.quotes[0].index" in str(error_of(data))

    def test_nested_quote_index(self) -> None:
        """A nested quote's index is its position among the outer quote's."""
        data = small_dict()
        inner = copy.deepcopy(data["quotes"][0])
        inner["index"] = 1
        data["quotes"][0]["nested"] = [inner]
        assert "expected 0, got 1 @ $.quotes[0].nested[0].index" in str(error_of(data))

    def test_content_outside_quote(self) -> None:
        """A quote's content must lie inside the quote."""
        data = small_dict()
        data["quotes"][0]["content_end"] = 47
        expected = "content 41:47 does not fit in the quote 40:46 @ $.quotes[0]"
        assert expected in str(error_of(data))

    def test_quote_paragraph(self) -> None:
        """A quote's paragraph must exist."""
        data = small_dict()
        data["quotes"][0]["paragraph"] = 1
        assert "no paragraph 1 @ $.quotes[0].paragraph" in str(error_of(data))

    def test_quote_paragraphs(self) -> None:
        """Every paragraph a quote covers must exist."""
        data = small_dict()
        data["quotes"][0]["paragraphs"] = [0, 2]
        assert "no paragraph 2 @ $.quotes[0].paragraphs[1]" in str(error_of(data))

    def test_speaker_quote(self) -> None:
        """A speaker's quotes must exist."""
        data = small_dict()
        data["speakers"][0]["quotes"] = [1]
        assert "no quote 1 @ $.speakers[0].quotes[0]" in str(error_of(data))

    def test_speaker_index(self) -> None:
        """An attribution's speaker index must point at a listed speaker."""
        data = small_dict()
        data["quotes"][0]["attribution"]["speaker"] = 1
        assert "no speaker 1 @ $.quotes[0].attribution.speaker" in str(error_of(data))

    def test_nested_speaker_index(self) -> None:
        """Speaker indices in nested quotes are checked too."""
        data = small_dict()
        inner = copy.deepcopy(data["quotes"][0])
        inner["attribution"]["speaker"] = -1
        data["quotes"][0]["nested"] = [inner]
        expected = "no speaker -1 @ $.quotes[0].nested[0].attribution.speaker"
        assert expected in str(error_of(data))

    def test_speaker_not_boolean(self) -> None:
        """``true`` is neither a speaker index nor a speaker."""
        data = small_dict()
        data["quotes"][0]["attribution"]["speaker"] = True
        expected = "expected an object, got a boolean @ $.quotes[0].attribution.speaker"
        assert expected in str(error_of(data))

    def test_embedded_speaker(self) -> None:
        """A speaker written out in an attribution is checked too."""
        data = small_dict()
        speaker = copy.deepcopy(data["speakers"][0])
        speaker["mentions"][0]["text"] = "she"
        data["quotes"][0]["attribution"]["speaker"] = speaker
        expected = "text is not source[47:49] @ $.quotes[0].attribution.speaker.mentions[0].text"
        assert expected in str(error_of(data))

    def test_cue(self) -> None:
        """An attribution's cue is checked against the source."""
        data = small_dict()
        data["quotes"][0]["attribution"]["cue"]["text"] = "says"
        assert "@ $.quotes[0].attribution.cue.text" in str(error_of(data))

    def test_span_lists(self) -> None:
        """Insertions and ellipses are checked against the source."""
        data = small_dict()
        data["quotes"][0]["ellipses"] = [{"text": "...", "start": 40, "end": 43}]
        assert "@ $.quotes[0].ellipses[0].text" in str(error_of(data))

    @pytest.mark.parametrize("confidence", [-0.1, 1.5, math.inf, math.nan])
    def test_confidence_range(self, confidence: float) -> None:
        """A confidence must be a number from 0 to 1."""
        data = small_dict()
        data["quotes"][0]["attribution"]["confidence"] = confidence
        assert "@ $.quotes[0].attribution.confidence" in str(error_of(data))

    def test_block(self) -> None:
        """Unclassified blocks are checked against the source."""
        data = small_dict()
        data["unclassified"] = [{"text": "x", "start": 0, "end": 1, "reason": "r"}]
        assert "@ $.unclassified[0].text" in str(error_of(data))


class TestFormatVersion:
    """The ``format_version`` key."""

    def test_value(self) -> None:
        """The current format is version 1."""
        assert 1 == FORMAT_VERSION

    def test_missing(self) -> None:
        """A dict without a version is refused."""
        data = small_dict()
        del data["format_version"]
        assert "required field missing @ $.format_version" in str(error_of(data))

    def test_newer(self) -> None:
        """A newer version asks for an upgrade."""
        data = small_dict()
        data["format_version"] = 2
        assert "format version 2 is newer than this newsmodel reads (1)" in str(
            error_of(data)
        )

    def test_zero(self) -> None:
        """Version 0 never existed."""
        data = small_dict()
        data["format_version"] = 0
        assert "unknown format version 0 @ $.format_version" in str(error_of(data))

    @pytest.mark.parametrize("version", ["1", True, 1.0, None])
    def test_not_an_integer(self, version: object) -> None:
        """A version that is not an integer is refused."""
        data = small_dict()
        data["format_version"] = version
        assert "@ $.format_version" in str(error_of(data))


class TestToJson:
    """``to_json``: an article as JSON text."""

    @given(any_articles(json_safe=True))
    def test_utf8(self, article: Article) -> None:
        """The JSON of any article, lone surrogates and all, encodes as UTF-8."""
        data = to_json(article).encode("utf-8")
        assert article == from_json(data)

    def test_golden(self) -> None:
        """The JSON is the hand-written dict, non-ASCII written as itself."""
        article = attrs.evolve(small_article(), source=SOURCE + "é")
        expected = small_dict()
        expected["source"] = SOURCE + "é"
        text = to_json(article)
        assert expected == json.loads(text)
        assert '"source": "Talks: Deal near\\nBy Ann Lee' in text
        assert 'AP\\u00e9"' not in text
        assert '2023 APé"' in text

    def test_indent(self) -> None:
        """``indent`` spreads the JSON over lines."""
        text = to_json(small_article(), indent=2)
        assert text.startswith('{\n  "format_version": 1,\n  "source": ')

    def test_lone_surrogate_escaped(self) -> None:
        r"""A lone surrogate is written as a ``\u`` escape."""
        article = Article(
            source="\udc80",
            headline=Headline(text="\udc80", start=0, end=1, kicker=None, title="x"),
        )
        assert '"source": "\\udc80"' in to_json(article)

    def test_surrogate_pair_refused(self) -> None:
        """Two surrogates that JSON would read back as one character are refused."""
        article = Article(
            source="\ud83d\ude00",
            headline=Headline(text="", start=0, end=0, kicker=None, title=""),
        )
        with pytest.raises(SerializationError, match=r"\\ud83d\\ude00"):
            to_json(article)

    def test_nan_refused(self) -> None:
        """A confidence that is not a number cannot be written as JSON."""
        article = small_article()
        quote = attrs.evolve(
            article.quotes[0],
            attribution=attrs.evolve(
                article.quotes[0].attribution,  # type: ignore[misc]
                confidence=math.nan,
            ),
        )
        with pytest.raises(SerializationError, match="cannot be written as JSON"):
            to_json(attrs.evolve(article, quotes=(quote,)))

    def test_not_an_article(self) -> None:
        """Anything but an article is a TypeError that names what was given."""
        with pytest.raises(TypeError, match="not str"):
            to_json("Headline")  # type: ignore[arg-type]


class TestFromJson:
    """``from_json``: an article rebuilt from JSON text."""

    @given(any_articles(json_safe=True))
    def test_round_trip(self, article: Article) -> None:
        """``from_json(to_json(a)) == a`` for every article."""
        assert article == from_json(to_json(article))

    @given(articles())
    def test_round_trip_realistic(self, article: Article) -> None:
        """Realistic articles, as generated and as parsed, read back equal."""
        parsed = newsmodel.parse(article.source)
        assert (article, parsed) == (
            from_json(to_json(article)),
            from_json(to_json(parsed)),
        )

    @given(any_articles(json_safe=True), st.sampled_from([None, 0, 2]))
    def test_round_trip_indented(self, article: Article, indent: int | None) -> None:
        """Indented JSON reads back the same."""
        assert article == from_json(to_json(article, indent=indent))

    @given(st.text() | st.binary())
    def test_any_text(self, text: str | bytes) -> None:
        """Any text or bytes but an article is refused with a ``SerializationError``."""
        with pytest.raises(SerializationError):
            from_json(text)

    def test_seed(self) -> None:
        """The parsed seed reads back equal."""
        article = newsmodel.parse(SEED.read_text(encoding="utf-8"))
        assert article == from_json(to_json(article))

    @pytest.mark.parametrize("name", REAL_DATA)
    def test_real_data(self, name: str) -> None:
        """Real articles, parsed, read back equal."""
        for text in real_texts(name):
            article = newsmodel.parse(text)
            assert article == from_json(to_json(article))

    def test_utf16(self) -> None:
        """Bytes in UTF-16 are recognised."""
        data = to_json(small_article()).encode("utf-16")
        assert small_article() == from_json(data)

    def test_malformed(self) -> None:
        """Malformed JSON gives its line and column."""
        with pytest.raises(SerializationError, match="line 2 column 1") as caught:
            from_json('{"format_version": 1,\n}')
        assert isinstance(caught.value.__cause__, json.JSONDecodeError)

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are refused."""
        with pytest.raises(SerializationError, match="can't decode byte 0xff"):
            from_json(b'{"source": "\xff"}')

    def test_duplicate_key(self) -> None:
        """A key given twice is refused rather than one value dropped."""
        with pytest.raises(SerializationError, match="duplicate key 'source'"):
            from_json('{"source": "a", "source": "b"}')

    @pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
    def test_constants(self, constant: str) -> None:
        """``NaN`` and ``Infinity``, which are not JSON, are refused."""
        with pytest.raises(SerializationError, match="not a JSON number"):
            from_json(f'{{"x": {constant}}}')

    def test_deep_nesting(self) -> None:
        """Arrays nested beyond the recursion limit are refused cleanly."""
        with pytest.raises(SerializationError, match="nested too deeply"):
            from_json("[" * 100_000)

    def test_shape(self) -> None:
        """Valid JSON of the wrong shape names the field."""
        with pytest.raises(SerializationError, match=r"@ \$\.headline"):
            from_json('{"format_version": 1, "source": "", "headline": 3}')

    def test_not_text(self) -> None:
        """Anything but str or bytes is a TypeError that names what was given."""
        with pytest.raises(TypeError, match="not dict"):
            from_json(small_dict())  # type: ignore[arg-type]
