"""Evaluation against gold annotations: matching, figures and bad records."""

import json
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from conftest import SHARED_DATA
from newsmodel import (
    Article,
    Attribution,
    Cue,
    Evaluation,
    GoldDataError,
    Headline,
    Mention,
    Method,
    Placement,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from newsmodel.strategies import articles

TEXT = "Head\n\nJane Roe said the plan was a disaster and she said so again today."
"""A text long enough to hold made-up quote spans; marks are not needed here."""


def _quote(
    start: int,
    end: int,
    kind: QuoteKind = QuoteKind.DIRECT,
    attribution: Attribution | None = None,
) -> Quote:
    return Quote(
        index=0,
        text=TEXT[start:end],
        start=start,
        end=end,
        content_start=start,
        content_end=end,
        open_mark='"',
        close_mark='"',
        kind=kind,
        paragraph=0,
        paragraphs=(0,),
        attribution=attribution,
    )


def _attribution(
    mention: tuple[int, int], name: str | None, cue: tuple[int, int] | None
) -> Attribution:
    return Attribution(
        mention=Mention(
            text=TEXT[mention[0] : mention[1]], start=mention[0], end=mention[1]
        ),
        speaker=None if name is None else Speaker(name=name, kind=SpeakerKind.PERSON),
        cue=None
        if cue is None
        else Cue(text=TEXT[cue[0] : cue[1]], start=cue[0], end=cue[1], lemma="say"),
        placement=Placement.AFTER,
        method=Method.EXPLICIT,
        confidence=1.0,
    )


def _parser(*quotes: Quote) -> Callable[[str], Article]:
    """A parser that returns an article holding exactly ``quotes``."""

    def parse(text: str) -> Article:
        return Article(
            source=text,
            headline=Headline(text="Head", start=0, end=4, kicker=None, title="Head"),
            quotes=quotes,
        )

    return parse


def _record(*quotes: Mapping[str, Any], **meta: Any) -> dict[str, Any]:
    return {"id": "doc-1", "text": TEXT, "quotes": list(quotes), "meta": meta}


def _gold(start: int, end: int, kind: str = "direct", **fields: Any) -> dict[str, Any]:
    return {"start": start, "end": end, "kind": kind, **fields}


def _evaluate(record: Mapping[str, Any], *quotes: Quote) -> Evaluation:
    return newsmodel.evaluate([record], parser=_parser(*quotes))


def _record_of(article: Article) -> dict[str, Any]:
    """A gold record holding an article's own speech quotes and attributions."""
    gold = []
    for quote in article.quotes:
        if quote.kind not in {QuoteKind.DIRECT, QuoteKind.PARTIAL}:
            continue
        item: dict[str, Any] = _gold(quote.start, quote.end, quote.kind.value)
        if quote.attribution is not None:
            mention = quote.attribution.mention
            item.update(
                speaker=mention.text,
                speaker_start=mention.start,
                speaker_end=mention.end,
            )
        gold.append(item)
    return {"id": "generated", "text": article.source, "quotes": gold}


class TestEvaluateProperties:
    """Properties of the figures."""

    @given(articles())
    def test_perfect_predictions(self, article: Article) -> None:
        """An article measured against its own quotes scores full marks."""
        record = _record_of(article)
        figures = newsmodel.evaluate([record], parser=lambda _: article)
        count = len(record["quotes"])
        assert (count, count, count) == (
            figures.gold,
            figures.exact_matches,
            figures.overlap_matches,
        )
        assert figures.speaker_correct == figures.speaker_total

    @given(
        st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=6),
        st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=6),
    )
    def test_counts_are_consistent(
        self, gold: list[tuple[int, int]], predicted: list[tuple[int, int]]
    ) -> None:
        """Exact matches never outnumber overlap matches, nor either side."""
        record = _record(*(_gold(start, start + size) for start, size in gold))
        quotes = [_quote(start, start + size) for start, size in predicted]
        figures = _evaluate(record, *quotes)
        assert figures.exact_matches <= figures.overlap_matches
        assert figures.overlap_matches <= min(len(gold), len(predicted))
        assert figures.as_dict()["gold"] == len(gold)


class TestMatching:
    """How predictions are paired with gold quotes."""

    def test_exact_match(self) -> None:
        """Same start and end is an exact match."""
        figures = _evaluate(_record(_gold(6, 14)), _quote(6, 14))
        assert (1, 1, 1.0, 1.0) == (
            figures.exact_matches,
            figures.overlap_matches,
            figures.exact_precision,
            figures.exact_recall,
        )

    def test_overlap_match(self) -> None:
        """A Jaccard index of at least one half is an overlap match only."""
        figures = _evaluate(_record(_gold(6, 16)), _quote(6, 11))
        assert (0, 1) == (figures.exact_matches, figures.overlap_matches)

    def test_small_overlap_is_no_match(self) -> None:
        """A Jaccard index below one half is no match."""
        figures = _evaluate(_record(_gold(6, 16)), _quote(6, 10))
        assert (0, 0, 0.0) == (
            figures.exact_matches,
            figures.overlap_matches,
            figures.overlap_precision,
        )

    def test_one_to_one(self) -> None:
        """Two predictions over one gold quote: one match, one false positive."""
        figures = _evaluate(_record(_gold(6, 16)), _quote(6, 15), _quote(7, 16))
        assert (1, 2, 0.5) == (
            figures.overlap_matches,
            figures.predicted,
            figures.overlap_precision,
        )

    def test_best_pair_first(self) -> None:
        """The pair of highest Jaccard index is matched first."""
        record = _record(_gold(6, 16), _gold(10, 20))
        figures = _evaluate(record, _quote(10, 20), _quote(6, 16))
        assert 2 == figures.exact_matches

    def test_unattributed_span_is_neutral(self) -> None:
        """An unmatched prediction over an unattributed quoted span counts neither way."""
        record = _record(_gold(6, 14), unattributed_quoted_spans=[[30, 40]])
        figures = _evaluate(record, _quote(6, 14), _quote(30, 40))
        assert (1, 1, 1.0) == (
            figures.exact_ignored,
            figures.overlap_ignored,
            figures.exact_precision,
        )

    def test_discard_span_is_ignored(self) -> None:
        """A prediction in a discarded span is no prediction."""
        record = _record(_gold(6, 14), discard_spans=[[30, 40]])
        figures = _evaluate(record, _quote(6, 14), _quote(32, 38))
        assert (1, 1.0) == (figures.predicted, figures.exact_precision)

    def test_titles_and_terms_are_not_predictions(self) -> None:
        """Titles and terms are not speech, so they are not counted."""
        record = _record(_gold(6, 14))
        figures = _evaluate(
            record, _quote(6, 14, QuoteKind.TITLE), _quote(20, 30, QuoteKind.TERM)
        )
        assert (0, 0, None) == (
            figures.predicted,
            figures.exact_matches,
            figures.exact_precision,
        )

    def test_direct_and_partial_recall(self) -> None:
        """Recall is given for direct and partial gold quotes apart."""
        record = _record(_gold(6, 14, "direct"), _gold(20, 30, "partial"))
        figures = _evaluate(record, _quote(6, 14), _quote(20, 27, QuoteKind.PARTIAL))
        assert (1.0, 1.0, 0.0, 1.0) == (
            figures.direct_exact_recall,
            figures.direct_overlap_recall,
            figures.partial_exact_recall,
            figures.partial_overlap_recall,
        )

    def test_other_gold_kinds(self) -> None:
        """A gold kind other than direct or partial counts only overall."""
        figures = _evaluate(_record(_gold(6, 14, "indirect")), _quote(6, 14))
        assert (1, 0, 0, None) == (
            figures.exact_matches,
            figures.gold_direct,
            figures.gold_partial,
            figures.direct_exact_recall,
        )

    def test_kind_accuracy(self) -> None:
        """Kind accuracy compares the kinds of overlap-matched quotes."""
        record = _record(_gold(6, 14, "direct"), _gold(20, 30, "partial"))
        figures = _evaluate(record, _quote(6, 14), _quote(20, 30))
        assert 0.5 == figures.kind_accuracy


class TestAttribution:
    """Speaker and cue accuracy over the gold quotes found."""

    # TEXT: "Jane Roe" is 6-14, the first "said" 15-19, "she" 48-51,
    # the second "said" 52-56.

    def test_speaker_by_mention(self) -> None:
        """The predicted mention overlapping the gold speaker span is right."""
        gold = _gold(20, 30, speaker="Jane Roe", speaker_start=6, speaker_end=14)
        quote = _quote(20, 30, attribution=_attribution((11, 14), None, None))
        figures = _evaluate(_record(gold), quote)
        assert (1, 1, 1.0) == (
            figures.speaker_total,
            figures.speaker_correct,
            figures.speaker_accuracy,
        )

    def test_speaker_by_surname(self) -> None:
        """A resolved speaker whose name holds the gold surname is right."""
        gold = _gold(
            20, 30, speaker="Senator Jane Roe", speaker_start=48, speaker_end=51
        )
        quote = _quote(20, 30, attribution=_attribution((6, 14), "Jane Roe", None))
        assert 1 == _evaluate(_record(gold), quote).speaker_correct

    def test_pronoun_speaker_needs_the_mention(self) -> None:
        """A gold pronoun has no surname: only the mention can match it."""
        gold = _gold(20, 30, speaker="she", speaker_start=48, speaker_end=51)
        quote = _quote(20, 30, attribution=_attribution((6, 14), "She", None))
        assert (1, 0) == (
            _evaluate(_record(gold), quote).speaker_total,
            _evaluate(_record(gold), quote).speaker_correct,
        )

    def test_capitalised_pronoun_speaker(self) -> None:
        """A capitalised pronoun is no name either."""
        gold = _gold(20, 30, speaker="He", speaker_start=48, speaker_end=51)
        quote = _quote(20, 30, attribution=_attribution((6, 14), "He", None))
        assert 0 == _evaluate(_record(gold), quote).speaker_correct

    def test_description_speaker(self) -> None:
        """A description names no one: a capitalised ``The`` is no surname."""
        gold = _gold(20, 30, speaker="The campaign", speaker_start=48, speaker_end=51)
        quote = _quote(20, 30, attribution=_attribution((6, 14), "The", None))
        assert 0 == _evaluate(_record(gold), quote).speaker_correct

    def test_named_organisation_speaker(self) -> None:
        """A name after ``The`` is a name: its last word is compared."""
        gold = _gold(20, 30, speaker="The Kremlin's", speaker_start=48, speaker_end=51)
        quote = _quote(20, 30, attribution=_attribution((6, 14), "Kremlin", None))
        assert 1 == _evaluate(_record(gold), quote).speaker_correct

    def test_unresolved_speaker_is_wrong(self) -> None:
        """A mention elsewhere with no resolved speaker is wrong."""
        gold = _gold(20, 30, speaker="Jane Roe", speaker_start=6, speaker_end=14)
        quote = _quote(20, 30, attribution=_attribution((48, 51), None, None))
        assert 0 == _evaluate(_record(gold), quote).speaker_correct

    def test_no_attribution_is_wrong(self) -> None:
        """A found quote with no attribution has the wrong speaker and cue."""
        gold = _gold(
            20, 30, speaker="Jane Roe", speaker_start=6, speaker_end=14, cue="said"
        )
        figures = _evaluate(_record(gold), _quote(20, 30))
        assert (1, 0, 1, 0) == (
            figures.speaker_total,
            figures.speaker_correct,
            figures.cue_total,
            figures.cue_correct,
        )

    def test_gold_without_speaker(self) -> None:
        """A gold quote with no speaker is left out of speaker accuracy."""
        figures = _evaluate(_record(_gold(20, 30, speaker=None)), _quote(20, 30))
        assert (0, None) == (figures.speaker_total, figures.speaker_accuracy)

    def test_cue_nearest_the_speaker(self) -> None:
        """The gold cue is the occurrence of its words nearest the gold speaker."""
        gold = _gold(
            20, 30, speaker="she", speaker_start=48, speaker_end=51, cue="said"
        )
        right = _quote(20, 30, attribution=_attribution((48, 51), None, (52, 56)))
        wrong = _quote(20, 30, attribution=_attribution((48, 51), None, (15, 19)))
        assert (1, 0) == (
            _evaluate(_record(gold), right).cue_correct,
            _evaluate(_record(gold), wrong).cue_correct,
        )

    def test_cue_inside_the_speaker_is_skipped(self) -> None:
        """Cue words within the gold speaker span are the speaker's, not the cue."""
        gold = _gold(
            20, 30, speaker="Jane Roe said", speaker_start=6, speaker_end=19, cue="said"
        )
        right = _quote(20, 30, attribution=_attribution((6, 14), None, (52, 56)))
        inner = _quote(20, 30, attribution=_attribution((6, 14), None, (15, 19)))
        assert (1, 0) == (
            _evaluate(_record(gold), right).cue_correct,
            _evaluate(_record(gold), inner).cue_correct,
        )

    def test_cue_nearest_the_quote_between(self) -> None:
        """``X said A and said "..."``: between speaker and quote, the nearer one."""
        gold = _gold(
            57, 70, speaker="Jane Roe", speaker_start=6, speaker_end=14, cue="said"
        )
        right = _quote(57, 70, attribution=_attribution((6, 14), None, (52, 56)))
        first = _quote(57, 70, attribution=_attribution((6, 14), None, (15, 19)))
        assert (1, 0) == (
            _evaluate(_record(gold), right).cue_correct,
            _evaluate(_record(gold), first).cue_correct,
        )

    def test_inverted_cue_before_the_speaker(self) -> None:
        """``said X ... "..."``: the cue just before the speaker is the inverted one."""
        gold = _gold(
            57, 70, speaker="the plan", speaker_start=20, speaker_end=28, cue="said"
        )
        right = _quote(57, 70, attribution=_attribution((20, 28), None, (15, 19)))
        other = _quote(57, 70, attribution=_attribution((20, 28), None, (52, 56)))
        assert (1, 0) == (
            _evaluate(_record(gold), right).cue_correct,
            _evaluate(_record(gold), other).cue_correct,
        )

    def test_cue_inside_a_quote_is_skipped(self) -> None:
        """Cue words inside a gold quote are quoted speech, not the cue."""
        gold = _gold(40, 57, speaker="so", speaker_start=57, speaker_end=59, cue="said")
        right = _quote(40, 57, attribution=_attribution((57, 59), None, (15, 19)))
        inner = _quote(40, 57, attribution=_attribution((57, 59), None, (52, 56)))
        assert (1, 0) == (
            _evaluate(_record(gold), right).cue_correct,
            _evaluate(_record(gold), inner).cue_correct,
        )

    def test_cue_nearest_the_quote(self) -> None:
        """Without a speaker span, the occurrence nearest the quote is taken."""
        gold = _gold(20, 30, cue="said")
        quote = _quote(20, 30, attribution=_attribution((6, 14), None, (15, 19)))
        assert 1 == _evaluate(_record(gold), quote).cue_correct

    def test_cue_in_other_case(self) -> None:
        """Cue words written in another case are still found."""
        gold = _gold(20, 30, cue="SAID")
        quote = _quote(20, 30, attribution=_attribution((6, 14), None, (15, 19)))
        assert 1 == _evaluate(_record(gold), quote).cue_correct

    def test_cue_not_in_text(self) -> None:
        """Cue words that are not in the text cannot be matched."""
        gold = _gold(20, 30, cue="declared")
        quote = _quote(20, 30, attribution=_attribution((6, 14), None, (15, 19)))
        assert (1, 0) == (
            _evaluate(_record(gold), quote).cue_total,
            _evaluate(_record(gold), quote).cue_correct,
        )

    def test_predicted_without_cue(self) -> None:
        """A prediction with no cue is wrong when the gold has one."""
        gold = _gold(20, 30, cue="said")
        quote = _quote(20, 30, attribution=_attribution((6, 14), None, None))
        assert 0 == _evaluate(_record(gold), quote).cue_correct


class TestOutput:
    """``as_dict`` and ``report``."""

    def test_as_dict(self) -> None:
        """The dict holds the counts and the rates, JSON-ready."""
        figures = _evaluate(_record(_gold(6, 14)), _quote(6, 14), _quote(20, 30))
        data = figures.as_dict()
        assert (1, 2, 0.5, None) == (
            data["exact_matches"],
            data["predicted"],
            data["exact_precision"],
            data["speaker_accuracy"],
        )
        assert data == json.loads(json.dumps(data))

    def test_report(self) -> None:
        """The report is a table with one figure a line."""
        report = _evaluate(_record(_gold(6, 14)), _quote(6, 14)).report()
        lines = report.splitlines()
        assert "articles" + " " * 16 + "1" == lines[0]
        assert "precision" + " " * 11 + "1.000" + " " * 4 + "1.000" == lines[6]
        assert "speaker accuracy" + " " * 11 + "n/a of 0" == lines[11]

    def test_empty_corpus(self) -> None:
        """No records: counts are zero and rates are ``None``."""
        figures = newsmodel.evaluate([])
        assert (0, None, None) == (
            figures.articles,
            figures.exact_recall,
            figures.cue_accuracy,
        )

    def test_default_parser(self) -> None:
        """Without a parser, :func:`newsmodel.parse` finds the quotes."""
        text = 'Head\n\n"We will win," she said.'
        record = {"id": "a", "text": text, "quotes": [_gold(6, 20)]}
        assert 1 == newsmodel.evaluate([record]).exact_matches


class TestGoldDataErrors:
    """Malformed records raise :class:`GoldDataError` naming record and field."""

    @pytest.mark.parametrize(
        ("record", "message"),
        [
            ([], "record 1: expected a JSON object, got list"),
            ({"text": TEXT, "quotes": []}, "record 1: field 'id' must be a string"),
            (
                {"id": "d", "quotes": []},
                "record 1 ('d'): field 'text' must be a string",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": "x"},
                "record 1 ('d'): field 'quotes' must be a list",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [1]},
                "record 1 ('d'): field 'quotes[0]' must be an object",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [_gold(5, 5)]},
                (
                    "record 1 ('d'): field 'quotes[0].start/end' must be integers with "
                    "0 <= start < end <= len(text)"
                ),
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [_gold(5, 999)]},
                (
                    "record 1 ('d'): field 'quotes[0].start/end' must be integers with "
                    "0 <= start < end <= len(text)"
                ),
            ),
            (
                {
                    "id": "d",
                    "text": TEXT,
                    "quotes": [{"start": True, "end": 9, "kind": "direct"}],
                },
                (
                    "record 1 ('d'): field 'quotes[0].start/end' must be integers with "
                    "0 <= start < end <= len(text)"
                ),
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [_gold(0, 4, text="Heat")]},
                "record 1 ('d'): field 'quotes[0].text' differs from text[start:end]",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [{"start": 0, "end": 4}]},
                "record 1 ('d'): field 'quotes[0].kind' must be a string",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [_gold(0, 4, speaker=3)]},
                "record 1 ('d'): field 'quotes[0].speaker' must be a string or null",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [_gold(0, 4, speaker_start=3)]},
                (
                    "record 1 ('d'): field 'quotes[0].speaker_start/speaker_end' "
                    "must be offsets into the text"
                ),
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [_gold(0, 4, cue=["said"])]},
                "record 1 ('d'): field 'quotes[0].cue' must be a string or null",
            ),
            (
                {"id": "d", "text": TEXT, "quotes": [], "meta": []},
                "record 1 ('d'): field 'meta' must be an object",
            ),
            (
                {
                    "id": "d",
                    "text": TEXT,
                    "quotes": [],
                    "meta": {"discard_spans": "0-4"},
                },
                (
                    "record 1 ('d'): field 'meta.discard_spans' must be a list of "
                    "[start, end]"
                ),
            ),
            (
                {
                    "id": "d",
                    "text": TEXT,
                    "quotes": [],
                    "meta": {"unattributed_quoted_spans": [[4, 2]]},
                },
                (
                    "record 1 ('d'): field 'meta.unattributed_quoted_spans[0]' must be "
                    "[start, end] offsets into the text"
                ),
            ),
        ],
    )
    def test_malformed(self, record: Any, message: str) -> None:
        """Each malformed field is named in the error."""
        with pytest.raises(GoldDataError) as caught:
            newsmodel.evaluate([record], parser=_parser())
        assert message == str(caught.value)

    def test_record_number(self) -> None:
        """The error names the record's position in the corpus."""
        good = _record()
        with pytest.raises(GoldDataError, match=r"^record 2 \('doc-1'\)"):
            newsmodel.evaluate([good, {**good, "text": None}], parser=_parser())

    def test_null_meta_and_spans(self) -> None:
        """``meta`` and its span lists may be null."""
        record = {
            "id": "d",
            "text": TEXT,
            "quotes": [],
            "meta": {"discard_spans": None},
        }
        figures = newsmodel.evaluate(
            [record, {**record, "meta": None}], parser=_parser()
        )
        assert 2 == figures.articles


class TestPolnear:
    """The measured figures on the annotated corpus, when it is present."""

    def test_targets(self) -> None:
        """Direct recall, precision and partial overlap recall meet their targets."""
        path = SHARED_DATA / "polnear-train.jsonl"
        if not path.exists():
            pytest.skip(f"annotated corpus not found at {path}")
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines]
        figures = newsmodel.evaluate(records)
        assert figures.direct_exact_recall is not None
        assert figures.exact_precision is not None
        assert figures.partial_overlap_recall is not None
        assert figures.direct_exact_recall >= 0.97
        assert figures.exact_precision >= 0.95
        assert figures.partial_overlap_recall >= 0.90


def test_evaluation_is_frozen() -> None:
    """Evaluation is an immutable attrs class."""
    figures = Evaluation(articles=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        figures.articles = 2  # type: ignore[misc]
