"""The document model: frozen, keyword-only, hashable, comparable, picklable."""

import enum
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given

from newsmodel import (
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
    to_dict,
)
from test_serialize import any_articles, small_article

ARTICLE = small_article()
QUOTE = ARTICLE.quotes[0]
ATTRIBUTION = QUOTE.attribution
assert ATTRIBUTION is not None

INSTANCES: dict[type, Any] = {
    Article: ARTICLE,
    Attribution: ATTRIBUTION,
    Block: Block(text="x", start=0, end=1, reason="after-footer"),
    Byline: ARTICLE.byline,
    Copyright: ARTICLE.copyright,
    Cue: ATTRIBUTION.cue,
    Dateline: ARTICLE.dateline,
    Diagnostic: ARTICLE.diagnostics[0],
    Headline: ARTICLE.headline,
    Mention: ATTRIBUTION.mention,
    Paragraph: ARTICLE.paragraphs[0],
    Quote: QUOTE,
    Span: Span(text="T", start=0, end=1),
    Speaker: ATTRIBUTION.speaker,
}
"""One instance of every model class, built by hand."""

FIELDS: dict[type, list[str]] = {
    Article: [
        "source",
        "headline",
        "byline",
        "dateline",
        "paragraphs",
        "copyright",
        "unclassified",
        "quotes",
        "speakers",
        "people",
        "diagnostics",
    ],
    Attribution: ["mention", "speaker", "cue", "placement", "method", "confidence"],
    Block: ["text", "start", "end", "reason"],
    Byline: ["text", "start", "end", "authors"],
    Copyright: ["text", "start", "end", "holder", "year", "statement"],
    Cue: ["text", "start", "end", "lemma"],
    Dateline: ["text", "start", "end", "place", "date", "agency"],
    Diagnostic: ["code", "message", "start", "end", "severity"],
    Headline: ["text", "start", "end", "kicker", "title"],
    Mention: ["text", "start", "end"],
    Paragraph: ["index", "text", "start", "end"],
    Quote: [
        "index",
        "text",
        "start",
        "end",
        "content_start",
        "content_end",
        "open_mark",
        "close_mark",
        "kind",
        "paragraph",
        "paragraphs",
        "nested",
        "insertions",
        "ellipses",
        "attribution",
    ],
    Span: ["text", "start", "end"],
    Speaker: ["name", "kind", "titles", "gender", "mentions", "quotes"],
}
"""The fields of every class in order: the serialized format depends on it."""

ENUMS: dict[type[enum.Enum], list[str]] = {
    Method: ["explicit", "pronoun", "nominal", "continuation"],
    Placement: [
        "after",
        "before",
        "between",
        "according-to",
        "dash",
        "headline",
        "continuation",
    ],
    QuoteKind: ["direct", "partial", "title", "term"],
    Severity: ["info", "warning", "error"],
    SpeakerKind: ["person", "organisation", "description", "unknown"],
}
"""The values of every enum, as they are serialized."""

classes = pytest.mark.parametrize("cls", list(INSTANCES), ids=lambda c: c.__name__)


class TestProperties:
    """Properties that hold for every article."""

    @given(any_articles())
    def test_pickle(self, article: Article) -> None:
        """An article pickles and unpickles equal, with an equal hash."""
        copy = pickle.loads(pickle.dumps(article))  # noqa: S301 - our own data
        assert (article, hash(article)) == (copy, hash(copy))

    @given(any_articles())
    def test_pickle_dict(self, article: Article) -> None:
        """An article's dict pickles too."""
        data = to_dict(article)
        assert data == pickle.loads(pickle.dumps(data))  # noqa: S301 - our own data

    @given(any_articles())
    def test_evolve_identity(self, article: Article) -> None:
        """Evolving with no changes gives an equal, distinct article."""
        copy = attrs.evolve(article)
        assert (article, hash(article)) == (copy, hash(copy))

    @given(any_articles())
    def test_text(self, article: Article) -> None:
        """``text`` is the paragraph texts joined by blank lines."""
        expected = "\n\n".join(p.text for p in article.paragraphs)
        assert expected == article.text


class TestFields:
    """The fields of every class."""

    @classes
    def test_order(self, cls: type) -> None:
        """The fields are in the documented order."""
        assert FIELDS[cls] == [field.name for field in attrs.fields(cls)]

    @classes
    def test_keyword_only(self, cls: type) -> None:
        """Every field is keyword-only."""
        assert all(field.kw_only for field in attrs.fields(cls))

    def test_positional_refused(self) -> None:
        """Positional arguments are refused."""
        with pytest.raises(TypeError):
            Span("T", 0, 1)  # type: ignore[call-arg]

    def test_article_defaults(self) -> None:
        """An article needs only a source and a headline."""
        headline = Headline(text="H", start=0, end=1, kicker=None, title="H")
        article = Article(source="H", headline=headline)
        assert (None, None, None, (), (), (), (), (), ()) == (
            article.byline,
            article.dateline,
            article.copyright,
            article.paragraphs,
            article.unclassified,
            article.quotes,
            article.speakers,
            article.people,
            article.diagnostics,
        )

    def test_quote_defaults(self) -> None:
        """A quote has no nested quotes, insertions, ellipses or attribution by default."""
        quote = Quote(
            index=0,
            text='"a"',
            start=0,
            end=3,
            content_start=1,
            content_end=2,
            open_mark='"',
            close_mark='"',
            kind=QuoteKind.TERM,
            paragraph=None,
            paragraphs=(),
        )
        assert ((), (), (), None) == (
            quote.nested,
            quote.insertions,
            quote.ellipses,
            quote.attribution,
        )

    def test_speaker_defaults(self) -> None:
        """A speaker needs only a name and a kind."""
        speaker = Speaker(name="Reuters", kind=SpeakerKind.ORGANISATION)
        assert ((), None, (), ()) == (
            speaker.titles,
            speaker.gender,
            speaker.mentions,
            speaker.quotes,
        )

    @pytest.mark.parametrize("cls", list(ENUMS), ids=lambda c: c.__name__)
    def test_enum_values(self, cls: type[enum.Enum]) -> None:
        """Every enum has the documented values, in order."""
        assert ENUMS[cls] == [member.value for member in cls]


class TestFrozen:
    """Objects cannot be changed in place."""

    @classes
    def test_assignment(self, cls: type) -> None:
        """Assigning to a field raises ``FrozenInstanceError``."""
        name = FIELDS[cls][0]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(INSTANCES[cls], name, None)

    @classes
    def test_deletion(self, cls: type) -> None:
        """Deleting a field raises ``FrozenInstanceError``."""
        name = FIELDS[cls][0]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(INSTANCES[cls], name)

    def test_collections_are_tuples(self) -> None:
        """Collections are tuples, so they cannot be changed either."""
        assert isinstance(ARTICLE.paragraphs, tuple)
        assert isinstance(QUOTE.paragraphs, tuple)

    def test_evolve(self) -> None:
        """``attrs.evolve`` gives a changed copy and leaves the original alone."""
        headline = attrs.evolve(ARTICLE.headline, kicker=None, title="Talks: Deal near")
        changed = attrs.evolve(ARTICLE, headline=headline)
        assert ("Talks: Deal near", "Deal near") == (changed.title, ARTICLE.title)


class TestEquality:
    """Equality and hashing by value."""

    @classes
    def test_equal_copy(self, cls: type) -> None:
        """An object equals a copy of itself, with the same hash."""
        copy = attrs.evolve(INSTANCES[cls])
        assert (INSTANCES[cls], hash(INSTANCES[cls])) == (copy, hash(copy))

    @classes
    def test_pickle(self, cls: type) -> None:
        """Every class pickles."""
        instance = INSTANCES[cls]
        assert instance == pickle.loads(pickle.dumps(instance))  # noqa: S301 - our own data

    def test_field_difference(self) -> None:
        """Objects that differ in one field are unequal."""
        assert Span(text="T", start=0, end=1) != Span(text="T", start=1, end=2)

    def test_other_class(self) -> None:
        """Objects of different classes with the same fields are unequal."""
        mention: object = Mention(text="T", start=0, end=1)
        assert Span(text="T", start=0, end=1) != mention

    def test_set(self) -> None:
        """Equal objects collapse in a set."""
        spans = {Span(text="T", start=0, end=1), Span(text="T", start=0, end=1)}
        assert 1 == len(spans)

    def test_unordered(self) -> None:
        """Objects have no order: positions are compared through their offsets."""
        with pytest.raises(TypeError):
            _ = Span(text="T", start=0, end=1) < Span(text="T", start=1, end=2)


class TestArticle:
    """``Article``'s read-only properties."""

    def test_title(self) -> None:
        """``title`` is the headline's title, without the kicker."""
        assert "Deal near" == ARTICLE.title

    def test_text(self) -> None:
        """``text`` joins the paragraphs with blank lines."""
        paragraphs = (
            Paragraph(index=0, text="One", start=0, end=3),
            Paragraph(index=1, text="Two\nlines", start=4, end=13),
        )
        article = attrs.evolve(ARTICLE, paragraphs=paragraphs)
        assert "One\n\nTwo\nlines" == article.text

    def test_text_empty(self) -> None:
        """An article without paragraphs has empty ``text``."""
        assert "" == attrs.evolve(ARTICLE, paragraphs=()).text

    def test_title_not_a_field(self) -> None:
        """``title`` and ``text`` are properties, not fields."""
        names = {field.name for field in attrs.fields(Article)}
        assert set() == names & {"title", "text"}


class TestQuote:
    """``Quote.content``."""

    def test_content(self) -> None:
        """``content`` is the text inside the marks."""
        assert "Yes," == QUOTE.content

    def test_content_unclosed(self) -> None:
        """An unclosed quote's content runs to its end."""
        quote = attrs.evolve(
            QUOTE,
            text="“Yes",
            start=0,
            end=4,
            content_start=1,
            content_end=4,
            close_mark=None,
        )
        assert "Yes" == quote.content

    def test_content_not_a_field(self) -> None:
        """``content`` is a property, not a field."""
        assert "content" not in {field.name for field in attrs.fields(Quote)}
