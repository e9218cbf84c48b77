"""Attribution: who said each quote, and who the article's speakers are."""

import json
import time

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsmodel
from conftest import SEEDS, SHARED_DATA
from newsmodel import (
    Article,
    Attribution,
    Method,
    Placement,
    Speaker,
    SpeakerKind,
)
from newsmodel._attribution import attribute
from newsmodel.lexicon import DEFAULT_LEXICON
from newsmodel.strategies import articles

_SEED = "000_7280440e1ed9c9bf"


def _bare(article: Article) -> Article:
    """The article as the quote stage leaves it: no attribution, no speakers."""
    return attrs.evolve(
        article,
        quotes=tuple(attrs.evolve(quote, attribution=None) for quote in article.quotes),
        speakers=(),
        people=(),
    )


def _summary(article: Article) -> list[Attribution | None]:
    """Each quote's attribution without its confidence, which is only a score."""
    return [
        (
            None
            if quote.attribution is None
            else attrs.evolve(quote.attribution, confidence=0.0)
        )
        for quote in article.quotes
    ]


def _attribution(text: str, index: int = 0) -> Attribution:
    """The attribution of quote ``index`` of ``text``, which must have one."""
    attribution = newsmodel.parse(text).quotes[index].attribution
    assert attribution is not None
    return attribution


def _brief(text: str) -> list[tuple[str, str | None, str, str | None]]:
    """Mention, cue, placement and speaker name of every quote of ``text``."""
    found: list[tuple[str, str | None, str, str | None]] = []
    for quote in newsmodel.parse(text).quotes:
        attribution = quote.attribution
        assert attribution is not None
        found.append(
            (
                attribution.mention.text,
                None if attribution.cue is None else attribution.cue.text,
                attribution.placement.value,
                None if attribution.speaker is None else attribution.speaker.name,
            )
        )
    return found


def _speaker(article: Article, name: str) -> Speaker:
    """The speaker called ``name``."""
    for speaker in article.speakers:
        if speaker.name == name:
            return speaker
    msg = f"no speaker {name!r}"
    raise AssertionError(msg)


class TestAttributeProperties:
    """Invariants that hold for every article."""

    @given(articles())
    def test_generated_articles_get_their_attributions(self, article: Article) -> None:
        """On generated articles, attribute() finds exactly the known attributions."""
        found = attribute(_bare(article), DEFAULT_LEXICON)
        assert _summary(article) == _summary(found)
        assert article.speakers == found.speakers
        assert article.people == found.people

    @given(articles())
    def test_parse_finds_the_known_speakers(self, article: Article) -> None:
        """parse() of a generated text yields its speakers, mentions and cues."""
        parsed = newsmodel.parse(article.source)
        assume(parsed.paragraphs == article.paragraphs)
        assume(
            [(q.start, q.end, q.kind) for q in parsed.quotes]
            == [(q.start, q.end, q.kind) for q in article.quotes]
        )
        assert _summary(article) == _summary(parsed)
        assert article.speakers == parsed.speakers

    @given(articles())
    def test_spans_slice_the_source(self, article: Article) -> None:
        """Every mention and cue of an attribution or a speaker slices the source."""
        found = attribute(_bare(article), DEFAULT_LEXICON)
        source = found.source
        spans: list[tuple[str, int, int]] = []
        for quote in found.quotes:
            if quote.attribution is not None:
                mention = quote.attribution.mention
                spans.append((mention.text, mention.start, mention.end))
                cue = quote.attribution.cue
                if cue is not None:
                    spans.append((cue.text, cue.start, cue.end))
        for speaker in found.speakers + found.people:
            spans.extend((m.text, m.start, m.end) for m in speaker.mentions)
        assert [text for text, _, _ in spans] == [
            source[start:end] for _, start, end in spans
        ]

    @given(st.text(min_size=1))
    def test_never_raises_and_is_deterministic(self, text: str) -> None:
        """Any text attributes without error, to the same result every time."""
        assume(text.strip())
        first = newsmodel.parse(text)
        assert first == newsmodel.parse(text)
        for quote in first.quotes:
            if quote.attribution is not None and quote.attribution.speaker is not None:
                assert quote.attribution.speaker in first.speakers

    @given(
        st.lists(
            st.sampled_from(
                [
                    "“No,” he said.",
                    " Mr Putin ",
                    "“Yes” ",
                    "Jane Doe, a doctor, said ",
                    "according to ",
                    ", ",
                    ". ",
                    "\n\n",
                    "the Kremlin warned: ",
                    "— Ann Lee, mayor",
                    "She ",
                ]
            ),
            min_size=1,
        )
    )
    def test_speakers_are_consistent(self, pieces: list[str]) -> None:
        """Speakers in attributions are those of the article, holding those quotes."""
        article = newsmodel.parse("Headline\n\n" + "".join(pieces))
        for index, quote in enumerate(article.quotes):
            speaker = quote.attribution.speaker if quote.attribution else None
            if speaker is not None:
                assert speaker in article.speakers
                assert index in speaker.quotes
        for speaker in article.speakers:
            for mention in speaker.mentions:
                assert mention.text == article.source[mention.start : mention.end]


class TestSeed:
    """The hand-annotated seed article."""

    def test_all_quotes_are_putins(self) -> None:
        """All seven quotes go to Vladimir Putin, with the annotated mentions and cues."""
        text = (SEEDS / f"{_SEED}.txt").read_text(encoding="utf-8")
        article = newsmodel.parse(text)
        mentions = [
            "Russian President Vladimir Putin",
            "Putin",
            "Putin",
            "he",
            "He",
            "he",
            "Putin",
        ]
        cues = ["said", "accused", "said", "said", "warned", "said", "said"]
        found = [
            (
                q.attribution.mention.text,
                q.attribution.cue.text if q.attribution.cue else None,
                q.attribution.speaker.name if q.attribution.speaker else None,
            )
            for q in article.quotes
            if q.attribution is not None
        ]
        assert list(zip(mentions, cues, ["Vladimir Putin"] * 7, strict=True)) == found

    def test_putins_titles_and_the_people(self) -> None:
        """Putin is the one speaker; Orban, Blinken and Biden are people with titles."""
        text = (SEEDS / f"{_SEED}.txt").read_text(encoding="utf-8")
        expected = json.loads(
            (SEEDS / f"{_SEED}.expected.json").read_text(encoding="utf-8")
        )
        article = newsmodel.parse(text)
        assert ["Vladimir Putin"] == [speaker.name for speaker in article.speakers]
        assert (0, 1, 2, 3, 4, 5, 6) == article.speakers[0].quotes
        people = [
            {"name": person.name, "titles": list(person.titles)}
            for person in article.people
        ]
        assert expected["people"] == people


class TestMeasured:
    """Speaker and cue accuracy on the annotated corpus, when it is present."""

    def test_accuracy_on_polnear(self) -> None:
        """Speaker and cue accuracy stay above their floors on PolNeAR train."""
        path = SHARED_DATA / "polnear-train.jsonl"
        if not path.exists():  # pragma: no cover - a user's clone has no data
            pytest.skip(f"annotated corpus absent: {path.name}")
        with path.open(encoding="utf-8") as lines:
            evaluation = newsmodel.evaluate(json.loads(line) for line in lines)
        assert evaluation.speaker_accuracy is not None
        assert evaluation.cue_accuracy is not None
        assert evaluation.speaker_accuracy >= 0.88
        assert evaluation.cue_accuracy >= 0.84


class TestPlacement:
    """One example for each placement of an attribution."""

    def test_after_inverted(self) -> None:
        """``"...," said Putin``: the cue after the quote, the name after the cue."""
        assert [("Putin", "said", "after", "Putin")] == _brief(
            "Talks\n\n“We are ready,” said Putin.\n"
        )

    def test_after(self) -> None:
        """``"...," Putin said``: the name after the quote, then the cue."""
        assert [("Jane Doe", "told reporters", "after", "Jane Doe")] == _brief(
            "Talks\n\n“We are ready,” Jane Doe told reporters.\n"
        )

    def test_after_closing_the_sentence(self) -> None:
        """A partial quote whose sentence ends with ``, Jones said``."""
        assert [("Ann Jones", "said", "after", "Ann Jones")] == _brief(
            "Talks\n\nThe plan is “a mess” for now, Ann Jones said.\n"
        )

    def test_before_colon(self) -> None:
        """``Putin said: "..."``: the cue and name before the quote."""
        assert [("Ann Lee", "said", "before", "Ann Lee")] == _brief(
            "Talks\n\nAnn Lee said: “We are ready.”\n"
        )

    def test_before_that(self) -> None:
        """``Putin said that "..."``, with a time word between name and cue."""
        assert [("Ann Lee", "warned", "before", "Ann Lee")] == _brief(
            "Talks\n\nAnn Lee on Tuesday warned that the plan was “a disaster”.\n"
        )

    def test_between_with_comma(self) -> None:
        """``"A," he said, "b."``: both halves share the cue between them."""
        text = "Talks\n\nAnn Lee spoke.\n\n“We are ready,” Ann Lee said, “to talk.”\n"
        expected = [
            ("Ann Lee", "said", "between", "Ann Lee"),
            ("Ann Lee", "said", "between", "Ann Lee"),
        ]
        assert expected == _brief(text)

    def test_between_with_full_stop(self) -> None:
        """``"A," M said. "B."``: two sentences, one cue between them."""
        text = "Talks\n\n“We are ready,” said Ann Lee, a doctor. “We will talk.”\n"
        expected = [
            ("Ann Lee", "said", "between", "Ann Lee"),
            ("Ann Lee", "said", "between", "Ann Lee"),
        ]
        assert expected == _brief(text)

    def test_according_to_after(self) -> None:
        """``"...," according to X``."""
        assert [("Ann Lee", "according to", "according-to", "Ann Lee")] == _brief(
            "Talks\n\nThe talks were “going nowhere,” according to Ann Lee.\n"
        )

    def test_according_to_before(self) -> None:
        """``According to X, "..."``."""
        assert [("a senior official", "According to", "according-to", None)] == [
            (mention, cue, placement, None)
            for mention, cue, placement, _ in _brief(
                "Talks\n\nAccording to a senior official, “nothing” moved.\n"
            )
        ]

    def test_dash(self) -> None:
        """``"..." — Jane Doe, mayor``: no cue, the role becomes a title."""
        article = newsmodel.parse("Talks\n\n“We are ready.” — Jane Doe, mayor\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert (Placement.DASH, None) == (attribution.placement, attribution.cue)
        assert ("Jane Doe", ("mayor",)) == (
            article.speakers[0].name,
            article.speakers[0].titles,
        )

    def test_headline(self) -> None:
        """``Surname: 'Words'`` in the headline joins the full name in the body."""
        article = newsmodel.parse(
            "Lee: 'We Are Ready'\n\n“We are ready,” said Ann Lee.\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("Lee", Placement.HEADLINE, (":", 3, 4, "say"), "Ann Lee") == (
            attribution.mention.text,
            attribution.placement,
            (
                (
                    attribution.cue.text,
                    attribution.cue.start,
                    attribution.cue.end,
                    attribution.cue.lemma,
                )
                if attribution.cue
                else None
            ),
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_continuation(self) -> None:
        """A quote paragraph with no cue inherits the previous quote's mention and cue."""
        article = newsmodel.parse(
            "Talks\n\n“We are ready,” said Ann Lee.\n\n“We will talk.”\n"
        )
        first = article.quotes[0].attribution
        second = article.quotes[1].attribution
        assert first is not None
        assert second is not None
        assert first.cue is not None
        assert (first.mention, first.speaker, ("said", 23)) == (
            second.mention,
            second.speaker,
            (first.cue.text, first.cue.start),
        )
        assert first.cue == second.cue
        assert (Placement.CONTINUATION, Method.CONTINUATION) == (
            second.placement,
            second.method,
        )

    def test_colon_paragraph_introduces_the_next(self) -> None:
        """A paragraph ending ``X said:`` attributes the quote paragraph after it."""
        assert [("Ann Lee", "said", "before", "Ann Lee")] == _brief(
            "Talks\n\nAt the meeting, Ann Lee said:\n\n“We are ready.”\n"
        )

    def test_unattributed_quote_stays_none(self) -> None:
        """A quote with no cue and no earlier quote has no attribution."""
        article = newsmodel.parse("Talks\n\nThe film “Heat” opened.\n")
        assert [None] == [quote.attribution for quote in article.quotes]


class TestResolution:
    """Mentions join their speakers without a model."""

    def test_surname_joins_full_name(self) -> None:
        """A later surname mention resolves to the full name given earlier."""
        article = newsmodel.parse(
            "Talks\n\n“Yes,” said Ann Lee.\n\nLater, “no,” Lee said.\n"
        )
        speaker = _speaker(article, "Ann Lee")
        assert (0, 1) == speaker.quotes
        assert ["Ann Lee", "Lee"] == [mention.text for mention in speaker.mentions]

    def test_title_split_from_name(self) -> None:
        """``Russian President Vladimir Putin``: titles apart from the name."""
        article = newsmodel.parse(
            "Talks\n\nRussian President Vladimir Putin said “no”.\n"
        )
        assert [("Vladimir Putin", ("Russian President",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_apposition_title(self) -> None:
        """``Hugh Hill, a doctor, said``: the apposition is a title."""
        article = newsmodel.parse(
            "Talks\n\nHugh Hill, a doctor, said that the plan was “a disaster”.\n"
        )
        assert ("Hugh Hill", ("doctor",)) == (
            article.speakers[0].name,
            article.speakers[0].titles,
        )

    def test_pronoun_resolves_by_gender(self) -> None:
        """``she`` skips a man and joins the woman named by ``Ms``."""
        article = newsmodel.parse(
            "Talks\n\nMs. Ann Lee met John Roe.\n\n"
            "“We are ready,” said Mr. Roe.\n\nLater, “no,” she said.\n"
        )
        attribution = article.quotes[1].attribution
        assert attribution is not None
        assert ("she", Method.PRONOUN, "Ann Lee", "female") == (
            attribution.mention.text,
            attribution.method,
            attribution.speaker.name if attribution.speaker else None,
            attribution.speaker.gender if attribution.speaker else None,
        )

    def test_pronoun_gives_gender(self) -> None:
        """A resolved ``he`` tells the speaker's gender."""
        article = newsmodel.parse("Talks\n\n“Yes,” said Ann Lee.\n\n“No,” he said.\n")
        assert [("Ann Lee", "male")] == [
            (speaker.name, speaker.gender) for speaker in article.speakers
        ]

    def test_unresolved_pronoun(self) -> None:
        """A pronoun with no earlier person stays unresolved."""
        attribution = _attribution("Talks\n\n“Yes,” she said.\n")
        assert ("she", None, Method.PRONOUN) == (
            attribution.mention.text,
            attribution.speaker,
            attribution.method,
        )

    def test_organisation(self) -> None:
        """``the Kremlin said``: an organisation speaker without its article."""
        article = newsmodel.parse("Talks\n\n“No,” the Kremlin said.\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("the Kremlin", Method.NOMINAL) == (
            attribution.mention.text,
            attribution.method,
        )
        assert [("Kremlin", SpeakerKind.ORGANISATION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]
        assert () == article.people

    def test_description(self) -> None:
        """``a spokesman said``: a description speaker."""
        article = newsmodel.parse("Talks\n\n“No,” a spokesman said.\n")
        assert [("spokesman", SpeakerKind.DESCRIPTION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]

    def test_title_mention_joins_person(self) -> None:
        """``the president said`` joins the person titled President earlier."""
        article = newsmodel.parse(
            "Talks\n\nPresident Joe Biden spoke.\n\n“No,” the president said.\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert "Joe Biden" == (
            attribution.speaker.name if attribution.speaker else None
        )

    def test_relative_pronoun(self) -> None:
        """``Ann Lee, who says ...``: the mention is ``who``, the speaker Ann Lee."""
        attribution = _attribution(
            "Talks\n\nWe met Ann Lee, who says the plan is “a mess”.\n"
        )
        assert ("who", "Ann Lee") == (
            attribution.mention.text,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_coordinated_cue(self) -> None:
        """``He has accused X and warned of "..."``: the subject of the first verb."""
        attribution = _attribution(
            "Talks\n\nAnn Lee spoke.\n\n"
            "She has accused the West and warned of “measures”.\n"
        )
        assert ("She", "warned") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_participle_cue(self) -> None:
        """``X did Y, saying "..."``: the clause's subject is the speaker."""
        attribution = _attribution(
            "Talks\n\nAnn Lee left the room, saying the deal was “dead”.\n"
        )
        assert ("Ann Lee", "saying") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_unknown_verb(self) -> None:
        """A partial quote with a verb outside the lexicon keeps the verb as its cue."""
        attribution = _attribution(
            "Talks\n\nAnn Lee denounced the remarks as “shameful”.\n"
        )
        assert ("Ann Lee", "denounced", "denounced") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
        )

    def test_people_lists_unquoted_persons(self) -> None:
        """A titled person who says nothing is among the people, not the speakers."""
        article = newsmodel.parse(
            "Talks\n\nPrime Minister Viktor Orban met them.\n\n“No,” said Ann Lee.\n"
        )
        assert ["Viktor Orban", "Ann Lee"] == [p.name for p in article.people]
        assert ["Ann Lee"] == [s.name for s in article.speakers]


class TestLinear:
    """Look-back windows are bounded: long inputs stay fast."""

    def test_long_capitalised_run(self) -> None:
        """A very long run of capitalised words before a cue is quick."""
        text = "Talks\n\n" + "Word " * 50_000 + "said “no”.\n"
        started = time.perf_counter()
        newsmodel.parse(text)
        assert time.perf_counter() - started < 20

    def test_many_quotes(self) -> None:
        """Thousands of attributed quotes are quick."""
        text = "Talks\n\n" + "“Yes,” Ann Lee said. " * 3000 + "\n"
        started = time.perf_counter()
        article = newsmodel.parse(text)
        assert time.perf_counter() - started < 20
        assert 6000 > len(article.quotes) > 0
