"""Tests for the tidy rows: ``quote_rows`` and ``speaker_rows``."""

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Attribution,
    Cue,
    Headline,
    Mention,
    Method,
    Paragraph,
    Placement,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    quote_rows,
    speaker_rows,
)
from newsmodel._rows import QUOTE_COLUMNS, SPEAKER_COLUMNS

SOURCE = 'Title\n"Yes," said Mr Smith. She called it "odd".'
HEADLINE = Headline(text="Title", start=0, end=5, kicker=None, title="Title")
PARAGRAPH = Paragraph(index=0, text=SOURCE[6:], start=6, end=len(SOURCE))
SMITH_MENTION = Mention(text="Mr Smith", start=18, end=26)
SMITH = Speaker(
    name="John Smith",
    kind=SpeakerKind.PERSON,
    titles=("Mayor", "chairman of the board"),
    gender="male",
    mentions=(SMITH_MENTION,),
    quotes=(0,),
)
ATTRIBUTED = Quote(
    index=0,
    text='"Yes,"',
    start=6,
    end=12,
    content_start=7,
    content_end=11,
    open_mark='"',
    close_mark='"',
    kind=QuoteKind.DIRECT,
    paragraph=0,
    paragraphs=(0,),
    attribution=Attribution(
        mention=SMITH_MENTION,
        speaker=SMITH,
        cue=Cue(text="said", start=13, end=17, lemma="say"),
        placement=Placement.AFTER,
        method=Method.EXPLICIT,
        confidence=0.75,
    ),
)
UNATTRIBUTED = Quote(
    index=1,
    text='"odd"',
    start=42,
    end=47,
    content_start=43,
    content_end=46,
    open_mark='"',
    close_mark='"',
    kind=QuoteKind.TERM,
    paragraph=0,
    paragraphs=(0,),
)
ARTICLE = Article(
    source=SOURCE,
    headline=HEADLINE,
    paragraphs=(PARAGRAPH,),
    quotes=(ATTRIBUTED, UNATTRIBUTED),
    speakers=(SMITH,),
)


@st.composite
def articles_with_quotes(draw: st.DrawFn) -> Article:
    """Articles whose quotes are random slices, with or without attribution."""
    words = draw(st.lists(st.text("abc ", min_size=1, max_size=8), max_size=6))
    source = "H\n" + "".join(f'"{word}" ' for word in words)
    quotes = []
    speakers = []
    position = 2
    for index, word in enumerate(words):
        end = position + len(word) + 2
        attribution = None
        if draw(st.booleans()):
            speaker = (
                Speaker(name=f"S{index}", kind=SpeakerKind.UNKNOWN, quotes=(index,))
                if draw(st.booleans())
                else None
            )
            if speaker is not None:
                speakers.append(speaker)
            attribution = Attribution(
                mention=Mention(text="H", start=0, end=1),
                speaker=speaker,
                cue=Cue(text="H", start=0, end=1, lemma="h")
                if draw(st.booleans())
                else None,
                placement=draw(st.sampled_from(Placement)),
                method=draw(st.sampled_from(Method)),
                confidence=0.5,
            )
        quotes.append(
            Quote(
                index=index,
                text=source[position:end],
                start=position,
                end=end,
                content_start=position + 1,
                content_end=end - 1,
                open_mark='"',
                close_mark='"',
                kind=draw(st.sampled_from(QuoteKind)),
                paragraph=0,
                paragraphs=(0,),
                attribution=attribution,
            )
        )
        position = end + 1
    return Article(
        source=source,
        headline=Headline(text="H", start=0, end=1, kicker=None, title="H"),
        quotes=tuple(quotes),
        speakers=tuple(speakers),
    )


class TestQuoteRows:
    """Tests for ``quote_rows``."""

    @given(articles_with_quotes(), st.none() | st.text(max_size=5))
    def test_every_row_has_every_column(
        self, article: Article, id_: str | None
    ) -> None:
        """Every row has exactly the documented columns, in order."""
        rows = quote_rows(article, id=id_)

        assert [list(QUOTE_COLUMNS)] * len(article.quotes) == [list(r) for r in rows]

    @given(articles_with_quotes())
    def test_rows_are_json_scalars(self, article: Article) -> None:
        """Every cell is a JSON scalar, so the rows are flat and typed."""
        rows = quote_rows(article, id="a")

        cells = [cell for row in rows for cell in row.values()]
        assert all(
            cell is None or isinstance(cell, (str, int, float)) for cell in cells
        )
        assert rows == json.loads(json.dumps(rows))

    @given(articles_with_quotes())
    def test_spans_slice_the_source(self, article: Article) -> None:
        """Each row's text is the source between its start and end."""
        rows = quote_rows(article)

        assert [r["text"] for r in rows] == [
            article.source[r["start"] : r["end"]] for r in rows
        ]

    def test_attributed_quote(self) -> None:
        """An attributed quote fills every attribution column."""
        expected = {
            "id": "doc-1",
            "index": 0,
            "start": 6,
            "end": 12,
            "content_start": 7,
            "content_end": 11,
            "text": '"Yes,"',
            "content": "Yes,",
            "kind": "direct",
            "paragraph": 0,
            "speaker": "John Smith",
            "speaker_kind": "person",
            "mention": "Mr Smith",
            "mention_start": 18,
            "mention_end": 26,
            "cue": "said",
            "cue_start": 13,
            "cue_end": 17,
            "cue_lemma": "say",
            "placement": "after",
            "method": "explicit",
            "confidence": 0.75,
        }

        assert expected == quote_rows(ARTICLE, id="doc-1")[0]

    def test_unattributed_quote_has_null_attribution(self) -> None:
        """A quote without attribution has None in every attribution column."""
        expected = {
            "id": None,
            "index": 1,
            "start": 42,
            "end": 47,
            "content_start": 43,
            "content_end": 46,
            "text": '"odd"',
            "content": "odd",
            "kind": "term",
            "paragraph": 0,
            "speaker": None,
            "speaker_kind": None,
            "mention": None,
            "mention_start": None,
            "mention_end": None,
            "cue": None,
            "cue_start": None,
            "cue_end": None,
            "cue_lemma": None,
            "placement": None,
            "method": None,
            "confidence": None,
        }

        assert expected == quote_rows(ARTICLE)[1]

    def test_unresolved_speaker_without_cue(self) -> None:
        """An unresolved attribution without cue keeps its mention, nulls the rest."""
        assert ATTRIBUTED.attribution is not None
        attribution = attrs.evolve(
            ATTRIBUTED.attribution,
            speaker=None,
            cue=None,
            placement=Placement.CONTINUATION,
            method=Method.PRONOUN,
        )
        article = attrs.evolve(
            ARTICLE, quotes=(attrs.evolve(ATTRIBUTED, attribution=attribution),)
        )

        row = quote_rows(article)[0]

        assert {
            "speaker": None,
            "speaker_kind": None,
            "mention": "Mr Smith",
            "mention_start": 18,
            "mention_end": 26,
            "cue": None,
            "cue_start": None,
            "cue_end": None,
            "cue_lemma": None,
            "placement": "continuation",
            "method": "pronoun",
            "confidence": 0.75,
        } == {key: row[key] for key in QUOTE_COLUMNS[10:]}

    def test_headline_quote_has_no_paragraph(self) -> None:
        """A quote in the headline has None as its paragraph."""
        quote = attrs.evolve(UNATTRIBUTED, paragraph=None, paragraphs=())
        article = attrs.evolve(ARTICLE, quotes=(quote,))

        assert [None] == [row["paragraph"] for row in quote_rows(article)]

    def test_no_quotes_no_rows(self) -> None:
        """An article without quotes gives no rows."""
        article = Article(source="Title", headline=HEADLINE)

        assert [] == quote_rows(article, id="x")


class TestSpeakerRows:
    """Tests for ``speaker_rows``."""

    def test_speaker_row(self) -> None:
        """A speaker's row counts its quotes and mentions and lists its titles."""
        expected = [
            {
                "id": "doc-1",
                "name": "John Smith",
                "kind": "person",
                "gender": "male",
                "titles": ["Mayor", "chairman of the board"],
                "quotes": 1,
                "mentions": 1,
            }
        ]

        assert expected == speaker_rows(ARTICLE, id="doc-1")

    @given(articles_with_quotes())
    def test_every_row_has_every_column(self, article: Article) -> None:
        """Every row has exactly the documented columns, in order."""
        rows = speaker_rows(article)

        assert [list(SPEAKER_COLUMNS)] * len(article.speakers) == [
            list(r) for r in rows
        ]

    def test_no_speakers_no_rows(self) -> None:
        """An article without speakers gives no rows."""
        article = Article(source="Title", headline=HEADLINE)

        assert [] == speaker_rows(article)


class TestArrow:
    """The rows load into Arrow as flat, typed columns (when pyarrow is installed)."""

    def test_quote_columns_are_typed(self) -> None:
        """Offsets are integers, text is strings, confidence is floating point."""
        pyarrow = pytest.importorskip("pyarrow")

        table = pyarrow.Table.from_pylist(quote_rows(ARTICLE, id="a"))

        assert list(QUOTE_COLUMNS) == table.column_names
        assert ("int64", "string", "double") == (
            str(table.schema.field("start").type),
            str(table.schema.field("text").type),
            str(table.schema.field("confidence").type),
        )
        assert [0.75, None] == table.column("confidence").to_pylist()

    def test_speaker_titles_are_a_list_column(self) -> None:
        """A speaker's titles become an Arrow list of strings."""
        pyarrow = pytest.importorskip("pyarrow")

        table = pyarrow.Table.from_pylist(speaker_rows(ARTICLE, id="a"))

        assert "list<item: string>" == str(table.schema.field("titles").type)
