"""Attribution: who said each quote, and who the article's speakers are."""

import json

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsmodel
from conftest import SEEDS, SHARED_DATA, TokenReads
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


def _brief_speech(text: str) -> list[tuple[str, str | None, str, str | None]]:
    """:func:`_brief` of the quotes of ``text`` that have an attribution."""
    found: list[tuple[str, str | None, str, str | None]] = []
    for quote in newsmodel.parse(text).quotes:
        attribution = quote.attribution
        if attribution is not None:
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
        assert evaluation.speaker_accuracy >= 0.9
        assert evaluation.cue_accuracy >= 0.87


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
        """``"..." — Jane Doe, mayor``: the dash is the cue, the role becomes a title."""
        article = newsmodel.parse("Talks\n\n“We are ready.” — Jane Doe, mayor\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert (Placement.DASH, "—", "say", 23) == (
            attribution.placement,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
            attribution.cue.start if attribution.cue else None,
        )
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
        article = newsmodel.parse("Talks\n\n“Yes,” said Jo Lee.\n\n“No,” he said.\n")
        assert [("Jo Lee", "male")] == [
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
        attribution = _attribution("Talks\n\nAnn Lee branded the remarks “shameful”.\n")
        assert ("Ann Lee", "branded", "branded") == (
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


def _cues(*texts: str) -> list[tuple[str, str | None, str]]:
    """Mention, cue and placement of every quote of each of ``texts``, in order."""
    return [(m, c, p) for text in texts for m, c, p, _ in _brief(text)]


class TestRules:
    """One focused example for each rule of the reporting-clause syntax."""

    def test_participle_after_a_quote(self) -> None:
        """``X hailed it as "A," telling reporters "B"``: X, with the participle."""
        assert [
            ("Ann Lee", "hailed", "before"),
            ("Ann Lee", "telling", "before"),
        ] == _cues(
            "Talks\n\nAnn Lee hailed the vote as “fantastic,” telling reporters"
            " it was “a great thing.”\n"
        )

    def test_participle_is_not_an_inverted_cue(self) -> None:
        """``"A," adding that Y had "B"``: X still speaks, not the words after it."""
        assert [
            ("Ann Lee", "told", "before"),
            ("Ann Lee", "adding", "before"),
        ] == _cues(
            "Talks\n\nAnn Lee told investors the fears were “overblown,” adding"
            " that the firm had “upside.”\n"
        )

    def test_verb_coordinated_after_a_comma(self) -> None:
        """``She suggested ..., called it "..."``: the first verb's subject."""
        assert [("She", "called", "before")] == _cues(
            "Talks\n\nAnn Lee spoke.\n\n"
            "She suggested the plan was dead, called it “third-rate”.\n"
        )

    def test_long_subject_after_the_quote(self) -> None:
        """``"A," Mara Quill, who is ... said``: the name opening the subject."""
        assert [("Mara Quill", "said in a statement", "after")] == _cues(
            "Talks\n\n“We are ready,” Mara Quill, who is chairman of the group"
            " said in a statement.\n"
        )

    def test_loose_mention_with_abbreviation(self) -> None:
        """``former Gov. Ann Rowe of Ohio said``: the person, not the place."""
        assert [
            ("former Gov. Ann Rowe", "said on Twitter", "after", "Ann Rowe")
        ] == _brief(
            "Talks\n\n“Retract it,” former Gov. Ann Rowe of Ohio said on Twitter.\n"
        )

    def test_loose_mention_with_determiner(self) -> None:
        """``one Amiens employee told``: a description opened by ``one``."""
        assert [("one Amiens employee", "told", "after")] == _cues(
            "Talks\n\n“We are shocked,” one Amiens employee told the station.\n"
        )

    def test_second_half_after_an_apposition(self) -> None:
        """``"A," said X, an economist who ..., "b."``: both halves are X's."""
        assert [("Ed Leamer", "said", "between")] * 2 == _cues(
            "Talks\n\n“The risk,” said Ed Leamer, an economist who directs the"
            " forecast, “is that jobs leave.”\n"
        )

    def test_quote_after_a_linking_word(self) -> None:
        """``"A," X said. But "b."``: the next sentence goes on with X's words."""
        assert [("Ann Lee", "said", "between")] * 2 == _cues(
            "Talks\n\n“We are ready,” Ann Lee said outside. But “we will wait.”\n"
        )

    def test_quote_after_a_short_opening(self) -> None:
        """``"A," said X, an economist. Now, "b."``: a short opening without a cue."""
        assert [("Ann Lee", "said", "between")] * 2 == _cues(
            "Talks\n\n“We are ready,” said Ann Lee, an economist. Now, “we will"
            " wait.”\n"
        )

    def test_verbal_cue_after_a_subject(self) -> None:
        """``She calls it "..."``: a noun-like inflection after a pronoun is a cue."""
        attribution = _attribution(
            "Talks\n\nAnn Lee spoke.\n\nShe calls it “a mess”.\n"
        )
        assert ("She", "calls", "call") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
        )

    def test_headline_verb(self) -> None:
        """``Hale quietly drops 'reform'``: the headline's name and its verb."""
        assert [("Hale", "drops", "before", "Tom Hale")] == _brief(
            "Hale quietly drops report 'soon'\n\nTom Hale spoke.\n"
        )

    def test_headline_verbal_cue(self) -> None:
        """``Hale promises report 'soon'``: a noun-like cue after the name."""
        assert [("Hale", "promises", "before", "Tom Hale")] == _brief(
            "Hale promises report 'soon'\n\nTom Hale spoke.\n"
        )

    def test_headline_without_verb(self) -> None:
        """``Hale On 'Reform'``: no verb after the name, no attribution."""
        article = newsmodel.parse("Hale On The Report 'Soon'\n\nTom Hale spoke.\n")
        assert [None] == [quote.attribution for quote in article.quotes]

    def test_nouns_after_a_sentence_opening_name(self) -> None:
        """``Legal observers note ...``: the nouns join the subject, the verb is the cue."""
        assert [("Legal observers", "note", "before")] == _cues(
            "Talks\n\nLegal observers note the plan is “dead”.\n"
        )

    def test_continuation_of_the_direct_quote(self) -> None:
        """A quote paragraph continues the direct quote, not a partial one after it."""
        assert [
            ("Ann Lee", "said", "after"),
            ("Ann Lee", "calling", "before"),
            ("Ann Lee", "said", "continuation"),
        ] == _cues(
            "Talks\n\n“We are ready,” Ann Lee said, calling the deal “a start.”"
            "\n\n“We will talk.”\n"
        )

    def test_clause_before_a_colon(self) -> None:
        """``The report puts it this way: "..."``: the clause's subject and verb."""
        assert [("The report", "puts it", "before")] == _cues(
            "Talks\n\nThe report puts it this way: “No state shall expel anyone.”\n"
        )

    def test_report_around_a_clause(self) -> None:
        """``X said Y had told leaders "..."``: the words are part of X's report."""
        assert [("Ann Lee", "said", "before")] == _cues(
            "Talks\n\nAnn Lee said Bob Day had told leaders there would be"
            " “no daylight”.\n"
        )

    def test_report_around_a_pronoun(self) -> None:
        """``X however said she would welcome "..."``: X's report, past the adverb."""
        assert [("Ann Lee", "said", "before")] == _cues(
            "Talks\n\nAnn Lee however said she would welcome “a network”.\n"
        )

    def test_description_before_a_past_tense(self) -> None:
        """``The impostor gushed about a "..."``: a noun phrase before its verb."""
        assert [("The impostor", "gushed", "before")] == _cues(
            "Talks\n\nThe impostor gushed about a “common interest”.\n"
        )

    def test_relative_after_a_dash(self) -> None:
        """``Ann Lee - who previously said ...``: ``who`` stands for Ann Lee."""
        assert [("who", "said", "before", "Ann Lee")] == _brief(
            "Talks\n\nAnn Lee - who previously said she would “fight” - left.\n"
        )

    def test_relative_before_any_verb(self) -> None:
        """``Ann Lee, who has cast herself as the "..."``: the relative's verb."""
        assert [("who", "cast", "before", "Ann Lee")] == _brief(
            "Talks\n\nAnn Lee, who has cast herself as the “law candidate,” left.\n"
        )

    def test_apposition_between_dashes(self) -> None:
        """``Lena Fisk — a nurse — says``: the name before the dashed aside."""
        assert [("Lena Fisk", "says", "before")] == _cues(
            "Talks\n\nLena Fisk — a nurse from Lake Harbor — says the vote"
            " was “a big deal.”\n"
        )

    def test_unclosed_dash_is_no_apposition(self) -> None:
        """``X — says "..."`` with one dash: no aside, so no speaker before it.

        After a quote of the same sentence, the partial quote only shares
        that quote's attribution.
        """
        assert [
            None,
            ("Ann Lee", "says", "after", "Ann Lee"),
            ("Ann Lee", "says", "before", "Ann Lee"),
        ] == [
            None
            if quote.attribution is None
            else (
                quote.attribution.mention.text,
                None if quote.attribution.cue is None else quote.attribution.cue.text,
                quote.attribution.placement.value,
                None
                if quote.attribution.speaker is None
                else quote.attribution.speaker.name,
            )
            for text in (
                "Talks\n\nAnn Lee — says “no”.\n",
                "Talks\n\n“Yes,” Ann Lee — says “no”.\n",
            )
            for quote in newsmodel.parse(text).quotes
        ]

    def test_phrase_between_subject_and_cue(self) -> None:
        """``Ann Lee at the time said``: the phrase after ``at`` is no subject."""
        assert [("Ann Lee", "said", "before")] == _cues(
            "Talks\n\nAnn Lee at the time said the fees were “fair”.\n"
        )

    def test_name_in_an_opening_phrase(self) -> None:
        """``In a statement to the Observer, her adviser, X, said``: X, not Observer."""
        assert [("Jake Sullivan", "said", "before")] == _cues(
            "Talks\n\nIn a statement to the Observer, her adviser, Jake Sullivan,"
            " said: “We are ready.”\n"
        )

    def test_multi_word_cue(self) -> None:
        """``"...," Trump shot back``: a phrasal cue of the lexicon."""
        attribution = _attribution(
            "Talks\n\n“Jeb wants to be a tough guy,” Trump shot back.\n"
        )
        assert ("Trump", "shot back", "shoot back") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
        )

    def test_any_verb_before_and(self) -> None:
        """``"...," Trump barked and left``: a quote opening its sentence."""
        assert [("Trump", "barked", "after")] == _cues(
            "Talks\n\n“Go back,” Trump barked and a guard escorted Ramos out.\n"
        )

    def test_any_verb_of_a_main_clause_after_a_partial(self) -> None:
        """``When he did it to the "...," X has struggled``: not X's words."""
        assert [("he", "devoted", "before")] == _cues(
            "Talks\n\nWhen he devoted his bid to the “middle class,” Ann Lee has"
            " struggled to win.\n"
        )

    def test_reporting_sentence_before_the_quote(self) -> None:
        """``X said in a statement. "..."``: the sentence before introduces it."""
        assert [("Ann Lee", "said in a statement", "before")] == _cues(
            "Talks\n\nAnn Lee said in a statement. “There are no ballots.”\n"
        )

    def test_sentence_after_a_quote_is_no_introduction(self) -> None:
        """``"A?" said X, who accused Y. "B."``: B shares A's attribution."""
        assert [("Bob Day", "said", "between")] * 2 == _cues(
            "Talks\n\n“Do these people read?” said Bob Day, who has accused Ann"
            " Lee of lying. “They do not.”\n"
        )

    def test_introduction_with_a_term(self) -> None:
        """A term in quotation marks does not stop a sentence from introducing."""
        assert [("Ann Lee", "said", "continuation")] == [
            (mention, cue, placement)
            for mention, cue, placement, _ in _brief_speech(
                "Talks\n\nThe so-called “Brexit” vote was on Monday, Ann Lee said."
                "\n\n“We have to do something.”\n"
            )
        ]

    def test_abbreviation_ends_a_sentence(self) -> None:
        """``the U.S. He says``: the abbreviation closes the sentence before."""
        assert [("He", "says", "before")] == _cues(
            "Talks\n\nAnn Lee spoke about the trip to the U.S. He says the talks"
            " were “a waste”.\n"
        )

    def test_as_clause_after_the_quote(self) -> None:
        """``... "a dead heat," as Ted Cruz said``: the ``as`` clause attributes."""
        assert [("Ted Cruz", "said", "after")] == _cues(
            "Talks\n\nThe race is “a dead heat,” as Ted Cruz said on Monday.\n"
        )

    def test_as_clause_with_an_object(self) -> None:
        """``"..." as X promised to fight``: X promised something else."""
        article = newsmodel.parse(
            "Talks\n\nThe race is “a dead heat” as Ann Lee promised to fight on.\n"
        )
        assert [None] == [quote.attribution for quote in article.quotes]

    def test_capitalised_it_before_a_cue(self) -> None:
        """``It added, "..."``: ``It`` before a cue is a subject."""
        assert [("It", "added", "before")] == _cues(
            "Talks\n\nThe Acme company denied it.\n\nIt added, “We want no part.”\n"
        )

    def test_time_between_subject_and_verb(self) -> None:
        """``X on Thursday ratcheted up ..., saying``: the time words are skipped."""
        assert [("Ann Lee", "saying", "before")] == _cues(
            "Talks\n\nAnn Lee on Thursday ratcheted up her attacks, saying he is"
            " “weak”.\n"
        )

    def test_lone_determiner_speaker(self) -> None:
        """``"...," tweeted another`` and ``Yet another said``: descriptions."""
        assert [
            ("another", "tweeted", "after"),
            ("another", "said", "before"),
        ] == _cues(
            "Talks\n\n“Better watch out,” tweeted another.\n",
            "Talks\n\nYet another said, “Rubio is in a battle.”\n",
        )

    def test_transcript_speaker_label(self) -> None:
        """``Lopez: Well, no one is like, '...'``: the label's name speaks."""
        assert [("Lopez", ":", "before")] == _cues(
            "Talks\n\nLopez: Well, no one is like, ‘My savings are speculation.’"
            " It is odd.\n"
        )

    def test_adverbial_aside(self) -> None:
        """``he, once again, pledged``: the subject before the aside."""
        assert [("he", "pledged", "before"), ("Ann Lee", "called", "before")] == _cues(
            (
                "Talks\n\nAnn Lee spoke.\n\n"
                "He vowed reform, and he, once again, pledged a “revolution”.\n"
            ),
            "Talks\n\nAnn Lee, for example, called it “a revolution”.\n",
        )

    def test_gerund_is_no_cue(self) -> None:
        """``mocked X for calling``, ``was referring``: the ``-ing`` form reports nothing."""
        assert [
            ("Ann Lee", "mocked", "before"),
            ("Ann Lee", "said", "before"),
        ] == _cues(
            (
                "Talks\n\nAnn Lee mocked Bob Day for calling himself the “king"
                " of debt”.\n"
            ),
            "Talks\n\nAnn Lee said Bob Day was referring to the “same attitude”.\n",
        )

    def test_sentence_after_a_full_stop(self) -> None:
        """``"...." Her move was reported by MSNBC.``: a new sentence, no mention."""
        assert [
            ("Ann Lee", "spoke", "continuation"),
            ("Ann Lee", "said", "after"),
        ] == _cues(
            (
                "Talks\n\nAnn Lee spoke.\n\n“We will compete for it.” Her move"
                " was first reported by MSNBC.\n"
            ),
            "Talks\n\n“We will compete.” Ann Lee said.\n",
        )

    def test_possessive_subject(self) -> None:
        """``Ryan's campaign shrugged ..., telling``: the possessed noun heads it."""
        assert [("Ryan’s campaign", "telling", "before")] == _cues(
            "Talks\n\nRyan’s campaign shrugged off the comments, telling"
            " reporters, “We never asked.”\n"
        )

    def test_participle_after_an_inverted_cue(self) -> None:
        """``"A," said X, urging critics to "b"``: X, the inverted cue's speaker."""
        assert [
            ("Vice President Joe Biden", "said", "after"),
            ("Vice President Joe Biden", "urging", "before"),
        ] == _cues(
            "Talks\n\n“Let him decide,” said Vice President Joe Biden, urging"
            " critics to “give him time.”\n"
        )

    def test_subordinate_clause_before_the_subject(self) -> None:
        """``When X died, Y released the following statement:``: Y introduces it."""
        assert [("Bob Day", "released", "before")] == _cues(
            "Talks\n\nWhen Ann Lee died in 1998, Bob Day released the following"
            " statement:\n\n“We mourn her.”\n"
        )

    def test_titled_name_before_the_cue(self) -> None:
        """``..., in Berea, Ohio, ..., Gov. John Kasich (R-OH), said``: the titled name."""
        assert [("Gov. John Kasich", "said", "before")] == _cues(
            "Talks\n\nOn Tuesday in Berea, Ohio, after winning the primary, Gov."
            " John Kasich (R-OH), said, “I am ready.”\n"
        )

    def test_description_stops_before_its_verb(self) -> None:
        """``The engineer summed it up: "..."``: ``summed`` is the verb, not the noun."""
        assert [("The engineer", "summed", "before")] == _cues(
            "Talks\n\nThe engineer summed it up: “We are ready.”\n"
        )

    def test_coordinated_clause_keeps_its_speaker(self) -> None:
        """``X called it "A", and Y said it was "B"``: each clause its own speaker."""
        assert [
            ("Ann Lee", "called", "before"),
            ("Bob Day", "said", "before"),
        ] == _cues(
            "Talks\n\nAnn Lee called the plan “a disaster”, and Bob Day said it"
            " was “fine”.\n"
        )

    def test_later_partial_quote_of_the_same_sentence(self) -> None:
        """``X attacked the "a" of "b"``: the second quote shares the first's speaker."""
        assert [
            ("Ann Lee", "attacked", "before", "Ann Lee"),
            ("Ann Lee", "attacked", "before", "Ann Lee"),
        ] == _brief(
            "Talks\n\nAnn Lee attacked the “rigged system” of the “career"
            " politicians” in Ohio.\n"
        )

    def test_partial_quote_after_a_full_stop(self) -> None:
        """A quote of the next sentence does not share the previous one's speaker."""
        assert [
            ("Ann Lee", "attacked", "before", "Ann Lee"),
            None,
        ] == [
            None
            if quote.attribution is None
            else (
                quote.attribution.mention.text,
                None if quote.attribution.cue is None else quote.attribution.cue.text,
                quote.attribution.placement.value,
                None
                if quote.attribution.speaker is None
                else quote.attribution.speaker.name,
            )
            for quote in newsmodel.parse(
                "Talks\n\nAnn Lee attacked the “rigged system” in Ohio. Prices"
                " of the “tickets” rose.\n"
            ).quotes
        ]

    def test_quantifier_subject(self) -> None:
        """``most said they were "..."``: a lone quantifier is the speaker."""
        assert [("most", "said", "before")] == _cues(
            "Talks\n\nIn the poll, most said they were “very worried.”\n"
        )

    def test_speech_noun_of_a_name(self) -> None:
        """``X's assertion that "..."``: the noun is the cue, its owner the speaker."""
        assert [("Ann Lee", "assertion", "before", "Ann Lee")] == _brief(
            "Talks\n\nAnn Lee’s recent assertion that “thousands” were there"
            " was wrong.\n"
        )

    def test_speech_noun_of_a_pronoun(self) -> None:
        """``his call for "..."``: a possessive pronoun resolves like its subject."""
        assert [("his", "call", "before", "Bob Day")] == _brief(
            "Talks\n\nSenator Bob Day spoke on Monday.\n\nHis standing rose after his"
            " call for “a total ban” on imports.\n"
        )

    def test_speech_noun_object_of_a_verb(self) -> None:
        """``X defended his comments as "..."``: the verb's subject speaks."""
        assert [("Bob Day", "defended", "before")] == _cues(
            "Talks\n\nBob Day later defended his comments as “sarcastic.”\n"
        )

    def test_agent_of_a_participle_is_no_subject(self) -> None:
        """``A letter from X obtained by Y warns``: not Y, the agent."""
        assert [("Legion", "warns", "before")] == _cues(
            "Talks\n\nA letter from the Legion obtained by The Associated Press"
            " warns that “any further use will be challenged.”\n"
        )

    def test_exclamation_inside_a_sentence(self) -> None:
        """``X declared "A!" and said "b"``: the sentence goes on after ``!``."""
        assert [
            ("Ann Lee", "declared", "before"),
            ("Ann Lee", "said", "before"),
        ] == _cues(
            "Talks\n\nAnn Lee declared “What a day!” and said the campaign would"
            " “break barriers” soon.\n"
        )

    def test_share_of_respondents_as_subject(self) -> None:
        """``About four in 10 said``, ``49% say``: the share is the speaker."""
        assert [
            ("About four in 10", "said", "before"),
            ("49%", "say", "before"),
        ] == _cues(
            "Talks\n\nAbout four in 10 said they were “angry” with it.\n",
            "Talks\n\nIn the poll, 49% say the plan is “a disaster.”\n",
        )

    def test_year_after_a_preposition_is_no_share(self) -> None:
        """``Ann Lee in 2009 said``: a year is no share of respondents."""
        assert [("Ann Lee", "said", "before")] == _cues(
            "Talks\n\nAnn Lee in 2009 said the plan was “a disaster.”\n"
        )

    def test_description_before_an_aside(self) -> None:
        """``X's campaign, for example, said``: the description before the aside."""
        assert [("Senator Ann Lee’s campaign", "said", "before")] == _cues(
            "Talks\n\nSenator Ann Lee’s campaign, for example, said she would"
            " “support the nominee” soon.\n"
        )

    def test_speech_noun_after_including(self) -> None:
        """``including his promise to be "..."``: ``including`` is no verb."""
        assert [("his", "promise", "before")] == _cues(
            "Talks\n\nBob Day’s statements, including his promise to be"
            " “neutral” in talks, caused concern.\n"
        )

    def test_participle_opening_the_sentence(self) -> None:
        """``While denouncing the "...", she has``: the main clause's subject."""
        assert [("Senator Ann Lee", "denouncing", "before")] == _cues(
            "Talks\n\nWhile denouncing the “perversion” of tax avoidance,"
            " Senator Ann Lee has not outlined a plan.\n"
        )

    def test_participle_before_a_quote_with_its_comma(self) -> None:
        """``Calling it a "disaster," X voted``: the comma inside the marks ends it."""
        assert [("Senator Ann Lee", "Calling", "before")] == _cues(
            "Talks\n\nCalling it a “disaster,” Senator Ann Lee voted against it.\n"
        )

    def test_cue_before_a_partial_quote_wins(self) -> None:
        """``X described Y as "a," denounced ...``: the cue before the quote."""
        assert [("Ann Lee", "described", "before")] == _cues(
            "Talks\n\nAnn Lee described Bob Day as “terrible,” denounced his"
            " record as governor and left the stage early that night.\n"
        )

    def test_reporting_clause_closing_the_sentence_wins(self) -> None:
        """``X called it "a mess," Y said.``: Y reports the whole sentence."""
        assert [("Bob Day", "said", "after")] == _cues(
            "Talks\n\nAnn Lee called the plan “a mess,” Bob Day said on Tuesday.\n"
        )

    def test_reporting_aside_between_dashes_wins(self) -> None:
        """``his "negatives," he called them - but``: the aside closes at the dash."""
        assert [("he", "called", "after")] == _cues(
            "Talks\n\nSenator Ann Lee spoke.\n\nBob Day acknowledged Ann"
            " Lee’s unpopularity - her “negatives,” he called them - but"
            " went on.\n"
        )

    def test_speech_noun_without_an_owner(self) -> None:
        """``Claims that "..." spread``: a speech noun with no owner names no speaker."""
        assert [None] == [
            quote.attribution
            for quote in newsmodel.parse(
                "Talks\n\nClaims that “the vote was rigged” spread quickly.\n"
            ).quotes
        ]

    def test_inverted_unknown_verb_is_no_title(self) -> None:
        """``"...!" beamed X``: a verb the title lexicon lacks is the cue."""
        assert [("Donald Hartley", "beamed", "after")] == _cues(
            "Talks\n\n“This is fantastic!” beamed Donald Hartley of Madison,"
            " who came early.\n"
        )

    def test_reporting_sentence_subject_before_that(self) -> None:
        """``X was quick to add that Y ...`` / ``"..."``: X, not the clause after ``that``."""
        assert [("Senator Ann Lee", "add", "continuation")] == _cues(
            "Talks\n\nSenator Ann Lee was quick to add that the deal does not"
            " include it.\n\n“Building it? Not negotiable.”\n"
        )

    def test_group_noun_opening_a_sentence_is_a_description(self) -> None:
        """``Critics said``: a capitalised plural noun is a description, no person."""
        article = newsmodel.parse("Talks\n\nCritics said the plan was “a mess”.\n")
        assert ([("Critics", SpeakerKind.DESCRIPTION)], ()) == (
            [(speaker.name, speaker.kind) for speaker in article.speakers],
            article.people,
        )

    def test_party_is_an_organisation(self) -> None:
        """``Tories said``: a political party is an organisation."""
        article = newsmodel.parse("Talks\n\n“We will win,” Tories said.\n")
        assert [("Tories", SpeakerKind.ORGANISATION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]

    def test_party_and_mp_before_a_name_are_titles(self) -> None:
        """``Labour MP Ann Lee said``: the party and ``MP`` are her titles."""
        article = newsmodel.parse("Talks\n\nLabour MP Ann Lee said “no”.\n")
        assert [("Ann Lee", SpeakerKind.PERSON, ("Labour MP",))] == [
            (speaker.name, speaker.kind, speaker.titles) for speaker in article.speakers
        ]

    def test_demonym_alone_is_a_description(self) -> None:
        """``the American said``: a nationality alone names nobody."""
        attribution = _attribution("Talks\n\n“We are ready,” the American said.\n")
        assert attribution.speaker is not None
        assert ("the American", SpeakerKind.DESCRIPTION) == (
            attribution.mention.text,
            attribution.speaker.kind,
        )

    def test_demonym_before_a_name_is_part_of_it(self) -> None:
        """``Dutch Schultz said``: a demonym before a capitalised name is a name."""
        article = newsmodel.parse("Talks\n\n“It is late,” Dutch Schultz said.\n")
        assert [("Dutch Schultz", SpeakerKind.PERSON)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]

    def test_sentence_adverb_is_no_name(self) -> None:
        """``Instead, said Mr Lee, ...``: the adverb opening the sentence is no speaker."""
        article = newsmodel.parse(
            "Talks\n\nInstead, said Mr Lee, the plan was “dead”.\n"
        )
        assert (["Lee"], ["Lee"]) == (
            [speaker.name for speaker in article.speakers],
            [person.name for person in article.people],
        )

    def test_contraction_is_no_name(self) -> None:
        """``I'd hate to see "..."``: a contraction opening a sentence is no speaker."""
        article = newsmodel.parse(
            "Talks\n\n“The risk is low,” Ann Lee said. I'd hate to see “a crash”.\n"
        )
        assert ["Ann Lee"] == [speaker.name for speaker in article.speakers]

    def test_untitled_three_word_subject_joined_by_its_first_name(self) -> None:
        """``Ann Marie Lee has opened ... "...," Ann said``: Ann is Ann Marie Lee."""
        article = newsmodel.parse(
            "Talks\n\nAnn Marie Lee has opened the talks.\n\n“It is safe,” Ann said.\n"
        )
        assert (["Ann Marie Lee"], ["Ann Marie Lee"]) == (
            [speaker.name for speaker in article.speakers],
            [person.name for person in article.people],
        )

    def test_untitled_subject_alone_is_no_person(self) -> None:
        """``Ann Lee opened the talks.`` with nothing referring back lists no person."""
        article = newsmodel.parse("Talks\n\nAnn Lee opened the talks.\n")
        assert [] == [person.name for person in article.people]

    def test_untitled_subject_before_a_noun_is_no_person(self) -> None:
        """``New Town police arrested``: the subject is the police, not a person."""
        assert [("he", "said", "after", None)] == _brief(
            "Talks\n\nNew Town police arrested two men.\n\n“It is safe,” he said.\n"
        )

    def test_capitals_are_no_untitled_subject(self) -> None:
        """``ANN LEE opened``: words all in capitals are no name for a pronoun."""
        assert [("she", "said", "after", None)] == _brief(
            "Talks\n\nANN LEE opened the talks.\n\n“It is safe,” she said.\n"
        )

    def test_function_word_is_no_untitled_subject(self) -> None:
        """``Had Ann known``: a capitalised function word opens no name."""
        assert [("she", "said", "after", None)] == _brief(
            "Talks\n\nHad Ann known, she would stay.\n\n“It is safe,” she said.\n"
        )

    def test_later_speaker_wins_over_an_untitled_subject(self) -> None:
        """A quoted speaker after the subject is the more recent antecedent."""
        assert [
            ("Ann Lee", "said", "after", "Ann Lee"),
            ("she", "said", "after", "Ann Lee"),
        ] == _brief(
            "Talks\n\nTom Baker opened the talks.\n\n“It works,” Ann Lee said."
            "\n\n“It is safe,” she said.\n"
        )

    def test_pronoun_joins_an_untitled_subject(self) -> None:
        """``Ann Lee, a nurse, arrived. "...," she said``: she is Ann Lee, a person."""
        article = newsmodel.parse(
            "Talks\n\n“It works,” Tom Baker said.\n\nAnn Lee, a nurse, arrived."
            "\n\n“It is safe,” she said.\n"
        )
        assert (["Tom Baker", "Ann Lee"], ["Tom Baker", "Ann Lee"]) == (
            [speaker.name for speaker in article.speakers],
            [person.name for person in article.people],
        )


class TestLinear:
    """Look-back windows are bounded: doubling an input about doubles the work."""

    def test_long_capitalised_run(self, token_reads: TokenReads) -> None:
        """A long run of capitalised words before a cue is read a bounded number of times."""
        small, _ = token_reads("Talks\n\n" + "Word " * 10_000 + "said “no”.\n")
        large, _ = token_reads("Talks\n\n" + "Word " * 20_000 + "said “no”.\n")
        assert large < 3 * small

    def test_many_quotes(self, token_reads: TokenReads) -> None:
        """Thousands of attributed quotes in one paragraph cost each the same."""
        small, article = token_reads(
            "Talks\n\n" + "“Yes,” Ann Lee said. " * 1500 + "\n"
        )
        large, _ = token_reads("Talks\n\n" + "“Yes,” Ann Lee said. " * 3000 + "\n")
        assert 1500 == len(article.quotes)
        assert large < 3 * small
