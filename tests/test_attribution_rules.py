"""One focused example for each rule of the attribution stage, through ``parse``."""

import attrs
import pytest

import newsmodel
from newsmodel import Article, Attribution, Method, Placement, Speaker, SpeakerKind
from newsmodel._attribution import attribute
from newsmodel.lexicon import DEFAULT_LEXICON

_Brief = tuple[str, str | None, str, str | None]


def _brief(text: str) -> list[_Brief | None]:
    """Mention, cue, placement and speaker name of each quote; ``None`` when unattributed."""
    found: list[_Brief | None] = []
    for quote in newsmodel.parse(text).quotes:
        attribution = quote.attribution
        if attribution is None:
            found.append(None)
            continue
        found.append(
            (
                attribution.mention.text,
                None if attribution.cue is None else attribution.cue.text,
                attribution.placement.value,
                None if attribution.speaker is None else attribution.speaker.name,
            )
        )
    return found


def _attribution(text: str, index: int = 0) -> Attribution:
    """The attribution of quote ``index`` of ``text``, which must have one."""
    attribution = newsmodel.parse(text).quotes[index].attribution
    assert attribution is not None
    return attribution


def _speaker(article: Article, name: str) -> Speaker:
    """The speaker called ``name``."""
    for speaker in article.speakers:
        if speaker.name == name:
            return speaker
    msg = f"no speaker {name!r}"
    raise AssertionError(msg)


class TestDash:
    """Rule 1: a dash after the quote followed by a name."""

    def test_dash_attribution(self) -> None:
        """``"..." — Maria Ortiz, treasurer``: the dash is the cue, the role a title."""
        article = newsmodel.parse(
            "Budget\n\n“Every penny counts.” — Maria Ortiz, treasurer\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("Maria Ortiz", "—", Placement.DASH, Method.EXPLICIT, 0.85) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.placement,
            attribution.method,
            attribution.confidence,
        )
        assert [("Maria Ortiz", ("treasurer",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_dash_on_the_next_paragraph(self) -> None:
        """A quote paragraph followed by a ``— Name`` line is that name's."""
        assert [("Maria Ortiz", "—", "dash", "Maria Ortiz")] == _brief(
            "Budget\n\n“Every penny counts.”\n\n— Maria Ortiz\n"
        )

    def test_dash_paragraph_without_a_name(self) -> None:
        """A ``— the mayor`` line names no one: rule 1 wants a name."""
        assert [None] == _brief("Budget\n\n“Every penny counts.”\n\n— the mayor\n")

    def test_dash_without_a_name(self) -> None:
        """A dash followed by lowercase words is no attribution."""
        assert [None] == _brief("Budget\n\n“Every penny counts” — or so we hope.\n")

    def test_dash_name_running_on(self) -> None:
        """``"..." - Maria Ortiz spoke up then.``: a clause after the name, no dash attribution."""
        briefs = _brief("Budget\n\n“Every penny counts” - Maria Ortiz spoke up then.\n")
        assert [] == [brief for brief in briefs if brief and brief[2] == "dash"]


class TestCueAfter:
    """Rule 2: a cue right after the quote."""

    def test_inverted_cue_after(self) -> None:
        """``"...," said Tom Baker``: cue, then name."""
        attribution = _attribution("Bridge\n\n“We will build it,” said Tom Baker.\n")
        assert ("Tom Baker", "said", "say", Placement.AFTER, Method.EXPLICIT, 0.95) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
            attribution.placement,
            attribution.method,
            attribution.confidence,
        )

    def test_name_then_cue_after(self) -> None:
        """``"...," Tom Baker told reporters``: a multi-word cue after the name."""
        assert [("Tom Baker", "told reporters", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“We will build it,” Tom Baker told reporters.\n"
        )

    def test_according_to(self) -> None:
        """``"...," according to Tom Baker``: the source follows the cue."""
        attribution = _attribution(
            "Bridge\n\nThe bridge will cost “far more than planned,” according to"
            " Tom Baker.\n"
        )
        assert ("Tom Baker", "according to", Placement.ACCORDING_TO, 0.9) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.placement,
            attribution.confidence,
        )

    def test_in_the_words_of(self) -> None:
        """``in the words of X`` is an according-to cue with that lemma."""
        attribution = _attribution(
            "Bridge\n\nThe bridge is “a marvel,” in the words of Tom Baker.\n"
        )
        assert ("Tom Baker", "according to", Placement.ACCORDING_TO) == (
            attribution.mention.text,
            attribution.cue.lemma if attribution.cue else None,
            attribution.placement,
        )

    def test_as_clause(self) -> None:
        """``"...," as Tom Baker said``: the ``as`` clause attributes."""
        assert [("Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nThe bridge is “a marvel,” as Tom Baker said last week.\n"
        )

    def test_loose_mention_after_an_inverted_cue(self) -> None:
        """``said former Ohio Gov. Tom Baker``: the words up to the stop, ending in a name."""
        assert [
            (
                "former Ohio Gov. and longtime Chairman Tom Baker",
                "said",
                "after",
                "Tom Baker",
            )
        ] == _brief(
            "Bridge\n\n“We will build it,” said former Ohio Gov. and longtime"
            " Chairman Tom Baker.\n"
        )

    def test_loose_mention_ending_in_an_abbreviation(self) -> None:
        """``said former Ohio Gov. and ... Tom Baker Jr.``: the final full stop is the sentence's."""
        assert [
            (
                "former Ohio Gov. and longtime Chairman Tom Baker Jr",
                "said",
                "after",
                "Tom Baker Jr",
            )
        ] == _brief(
            "Bridge\n\n“We will build it,” said former Ohio Gov. and longtime"
            " Chairman Tom Baker Jr.\n"
        )

    def test_cue_after_without_a_speaker(self) -> None:
        """``"...," said quietly.``: a cue naming no one attributes nothing."""
        assert [None] == _brief("Bridge\n\n“It is safe,” said quietly.\n")

    def test_inverted_cue_before_a_bare_description(self) -> None:
        """``"...," said former aides.``: the aides speak."""
        assert [("former aides", "said", "after", "former aides")] == _brief(
            "Bridge\n\n“Yes,” said former aides.\n"
        )

    def test_inverted_unknown_verb_before_one(self) -> None:
        """``"...," smiles one trader.``: the trader speaks."""
        assert [("one trader", "smiles", "after", "one trader")] == _brief(
            "Bridge\n\n“It will pay off,” smiles one trader.\n"
        )

    def test_inverted_unknown_verb_before_a_description(self) -> None:
        """``"...," snorted a spokesman.``: the spokesman speaks."""
        assert [("a spokesman", "snorted", "after", "spokesman")] == _brief(
            "Bridge\n\n“Never,” snorted a spokesman.\n"
        )

    def test_loose_description_with_an_adverb(self) -> None:
        """``"...," the tall, grey-haired engineer quickly said``: the adverb is no part of it."""
        assert [
            (
                "the tall, grey-haired engineer",
                "said",
                "after",
                "tall, grey-haired engineer",
            )
        ] == _brief(
            "Bridge\n\n“It is safe,” the tall, grey-haired engineer quickly said.\n"
        )

    def test_cue_between_a_quote_and_a_colon(self) -> None:
        """``"A," Tom Baker said of the plan: "B."``: both quotes are Tom Baker's."""
        article = newsmodel.parse(
            "Bridge\n\n“It is safe,” Tom Baker said of the plan: “It is new.”\n"
        )
        assert ["Tom Baker", "Tom Baker"] == [
            quote.attribution.speaker.name
            if quote.attribution and quote.attribution.speaker
            else None
            for quote in article.quotes
        ]

    def test_cue_closing_the_sentence(self) -> None:
        """``... "a marvel" for now, Tom Baker said.``: the cue closes the quote's sentence."""
        assert [("Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nThe bridge is “a marvel” for now, Tom Baker said.\n"
        )

    def test_long_subject_after_the_quote(self) -> None:
        """``"...," Tom Baker, who has run ..., said``: the name opening the subject."""
        assert [("Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“We will build it,” Tom Baker, who has run the agency for a"
            " decade and more, said.\n"
        )

    def test_long_subject_without_a_closing_comma(self) -> None:
        """``"...," Tom Baker, who is chairman of the group said``: the opening name."""
        assert [("Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“We will build it,” Tom Baker, who is chairman of the bridge"
            " group said today.\n"
        )

    def test_loose_mention_of_a_place(self) -> None:
        """``former Gov. Tom Baker of Ohio said``: the person, not the place."""
        assert [("former Gov. Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“Retract it,” former Gov. Tom Baker of Ohio said on Monday.\n"
        )

    def test_any_verb_after_an_adverb(self) -> None:
        """``"...," Tom Baker simply shrugged.``: the adverb is skipped."""
        assert [("Tom Baker", "shrugged", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“Who knows?” Tom Baker simply shrugged.\n"
        )

    def test_loose_description_before_a_cue(self) -> None:
        """``"...," the tall, grey-haired engineer said``: a short phrase as mention."""
        assert [
            (
                "the tall, grey-haired engineer",
                "said",
                "after",
                "tall, grey-haired engineer",
            )
        ] == _brief(
            "Bridge\n\n“We will build it,” the tall, grey-haired engineer said.\n"
        )

    def test_any_verb_after_the_quote(self) -> None:
        """``"...," Tom Baker shrugged.``: a name and a verb outside the lexicon."""
        assert [("Tom Baker", "shrugged", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“Who knows?” Tom Baker shrugged.\n"
        )

    def test_inverted_unknown_verb(self) -> None:
        """``"...," snorted the Kremlin.``: an unknown verb before an organisation."""
        assert [("the Kremlin", "snorted", "after", "Kremlin")] == _brief(
            "Bridge\n\n“Never,” snorted the Kremlin.\n"
        )

    def test_inverted_unknown_verb_before_a_person(self) -> None:
        """``"...," shrugged Tom Baker.``: an unknown verb before a person's name."""
        assert [("Tom Baker", "shrugged", "after", "Tom Baker")] == _brief(
            "Bridge\n\n“Who knows?” shrugged Tom Baker.\n"
        )

    def test_participle_after_the_quote_is_no_cue(self) -> None:
        """``"...," adding that Tom Baker had "..."``: Rita Cole's words, not Tom Baker's."""
        assert [
            ("Rita Cole", "warned", "before", "Rita Cole"),
            ("Rita Cole", "adding", "before", "Rita Cole"),
        ] == _brief(
            "Bridge\n\nRita Cole warned that costs were “rising,” adding"
            " that Tom Baker had “no plan.”\n"
        )


class TestCueBefore:
    """Rule 3: a cue earlier in the quote's sentence."""

    def test_cue_before_with_colon(self) -> None:
        """``Tom Baker said: "..."``: the cue and its subject before the quote."""
        attribution = _attribution("Bridge\n\nTom Baker said: “The bridge is safe.”\n")
        assert ("Tom Baker", "said", Placement.BEFORE, 0.85) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.placement,
            attribution.confidence,
        )

    def test_cue_before_with_that(self) -> None:
        """``Tom Baker insisted that the bridge was "safe"``."""
        assert [("Tom Baker", "insisted", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker insisted that the bridge was “safe”.\n"
        )

    def test_according_to_before(self) -> None:
        """``According to Tom Baker, "..."``: the source after the cue, before the quote."""
        assert [("Tom Baker", "According to", "according-to", "Tom Baker")] == _brief(
            "Bridge\n\nAccording to Tom Baker, “the bridge is safe.”\n"
        )

    def test_inverted_cue_before_the_quote(self) -> None:
        """``Then said Tom Baker: "..."``: the name between the cue and the colon."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nThen said Tom Baker: “The bridge is safe.”\n"
        )

    def test_inverted_cue_with_a_time_before_the_colon(self) -> None:
        """``Then said Tom Baker on Monday: "..."``: the cue is ``said``."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nThen said Tom Baker on Monday: “The bridge is safe.”\n"
        )

    def test_colon_without_a_speaker(self) -> None:
        """``Asked about it: "No."``: no one is named, nothing is attributed."""
        assert [None] == _brief("Bridge\n\nAsked about it: “No.”\n")

    def test_bare_colon_name(self) -> None:
        """``Tom Baker: "..."`` in the body: the colon is the cue."""
        attribution = _attribution("Bridge\n\nTom Baker: “The bridge is safe.”\n")
        assert ("Tom Baker", ":", "say", Placement.BEFORE) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
            attribution.placement,
        )

    def test_phrasal_cue_before_a_colon(self) -> None:
        """``The engineer put it bluntly: "..."``: ``put it`` is a cue of the lexicon."""
        assert [("The engineer", "put it", "before", "engineer")] == _brief(
            "Bridge\n\nThe engineer put it bluntly: “The bridge is safe.”\n"
        )

    def test_clause_before_a_colon(self) -> None:
        """``Tom Baker summed it up: "..."``: the clause's subject and its verb."""
        assert [("Tom Baker", "summed", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker summed it up: “The bridge is safe.”\n"
        )

    def test_clause_with_a_description_before_a_colon(self) -> None:
        """``The engineer summed it up: "..."``: the description and its verb."""
        assert [("The engineer", "summed", "before", "engineer")] == _brief(
            "Bridge\n\nThe engineer summed it up: “The bridge is safe.”\n"
        )

    def test_headline_name_colon_quote(self) -> None:
        """Headline ``Baker: 'Bridge Is Safe'``: the surname joins the body's full name."""
        attribution = _attribution(
            "Baker: 'The Bridge Is Safe'\n\nTom Baker spoke to the council.\n"
        )
        assert ("Baker", ":", Placement.HEADLINE, "Tom Baker", 0.8) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.placement,
            attribution.speaker.name if attribution.speaker else None,
            attribution.confidence,
        )

    def test_headline_colon_before_other_words(self) -> None:
        """``Baker: Council 'Wasted' Money``: a name the body also gives."""
        assert [("Baker", ":", "headline", "Tom Baker")] == _brief(
            "Baker: Council 'Wasted' Money\n\nTom Baker spoke to the council.\n"
        )

    def test_headline_colon_name_absent_from_body(self) -> None:
        """``Budget: Council 'Wasted' Money``: a label the body does not name."""
        assert [None] == _brief(
            "Budget: Council 'Wasted' Money\n\nThe council met on Monday.\n"
        )

    def test_headline_verb(self) -> None:
        """``Baker slams 'waste'``: the headline's opening name and its verb."""
        assert [("Baker", "slams", "before", "Tom Baker")] == _brief(
            "Baker slams 'waste' at council\n\nTom Baker spoke to the council.\n"
        )

    def test_headline_verb_after_an_adverb(self) -> None:
        """``Baker quietly slams 'waste'``: the adverb stands between name and verb."""
        assert [("Baker", "slams", "before", "Tom Baker")] == _brief(
            "Baker quietly slams 'waste'\n\nTom Baker spoke.\n"
        )

    def test_headline_without_a_verb(self) -> None:
        """``Tom Baker On The Bridge 'Soon'``: capitalised words and no verb."""
        assert [None] == _brief("Tom Baker On The Bridge 'Soon'\n\nTom Baker spoke.\n")

    def test_headline_verb_needs_the_name_to_open(self) -> None:
        """``The Baker plan slams 'waste'``: the plan, not Baker, does the slamming."""
        assert [None] == _brief(
            "The Baker plan slams 'waste' at council\n\nTom Baker spoke.\n"
        )

    def test_headline_verb_needs_a_name_first(self) -> None:
        """``Report: Baker slams 'waste'``: the headline opens with a label, not the name."""
        assert [None] == _brief(
            "Report: Baker slams 'waste' at council\n\nThe council met.\n"
        )

    def test_headline_common_noun_is_no_person(self) -> None:
        """``New budget slams 'waste'``: the budget is not a person."""
        article = newsmodel.parse(
            "New budget slams 'waste' at council\n\nThe council met.\n"
        )
        assert [] == [person.name for person in article.people]

    def test_colon_paragraph_introduces_the_next(self) -> None:
        """A paragraph ending ``Tom Baker said:`` attributes the quote paragraph after it."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nAfter the vote, Tom Baker said:\n\n“The bridge is safe.”\n"
        )

    def test_reporting_paragraph_introduces_the_next(self) -> None:
        """A reporting paragraph with no quote hands its cue to the quote paragraph after it."""
        assert [("Tom Baker", "said", "continuation", "Tom Baker")] == _brief(
            "Bridge\n\nThe bridge will open in May, Tom Baker said.\n\n“It is safe.”\n"
        )

    def test_reporting_sentence_before(self) -> None:
        """``Tom Baker said in a speech. "..."``: the sentence before introduces it."""
        assert [("Tom Baker", "said in a speech", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker said in a speech. “The bridge is safe.”\n"
        )

    def test_inverted_reporting_sentence_before(self) -> None:
        """``Then spoke Tom Baker. "..."``: the name after the cue introduces the quote."""
        assert [("Tom Baker", "spoke", "before", "Tom Baker")] == _brief(
            "Bridge\n\nThe council met. Then spoke Tom Baker. “The bridge is safe.”\n"
        )

    def test_transcript_label(self) -> None:
        """``Baker: Well, people say 'no'``: the label's name speaks the paragraph."""
        assert [("Baker", ":", "before", "Baker")] == _brief(
            "Bridge\n\nBaker: Well, people keep saying ‘not in my town.’\n"
        )

    def test_participle_takes_the_main_subject(self) -> None:
        """``Tom Baker left, saying "..."``: the participle's subject is the clause's."""
        assert [("Tom Baker", "saying", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker left early, saying the bridge was “safe”.\n"
        )

    def test_report_around_a_clause(self) -> None:
        """``Tom Baker said Rita Cole had called it "..."``: Baker's report."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker said Rita Cole had called the bridge “a marvel”.\n"
        )

    def test_sentence_subject_with_any_verb(self) -> None:
        """``Tom Baker branded the plan "reckless".``: the subject and its verb."""
        assert [("Tom Baker", "branded", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker branded the plan “reckless”.\n"
        )

    def test_sentence_starts_after_a_closed_quote(self) -> None:
        """``"It is safe." Tom Baker said the bridge was "new".``: the second sentence's cue."""
        assert ("Tom Baker", "said", "before", "Tom Baker") == _brief(
            "Bridge\n\n“It is safe.” Tom Baker said the bridge was “new”.\n"
        )[1]

    def test_cue_before_an_earlier_quote(self) -> None:
        """``Tom Baker said the "new" bridge was "safe".``: the cue reaches past a quote."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] * 2 == _brief(
            "Bridge\n\nTom Baker said the “new” bridge was “safe”.\n"
        )

    def test_reporting_sentence_without_a_speaker(self) -> None:
        """``Asked about the bridge. "..."``: a cue naming no one introduces nothing."""
        assert [None] == _brief("Bridge\n\nAsked about the bridge. “It is safe.”\n")

    def test_auxiliary_alone_is_no_verb(self) -> None:
        """``But she has "doubts".``: an auxiliary with no verb after it attributes nothing."""
        assert [None] == _brief("Bridge\n\nTom Baker spoke.\n\nBut she has “doubts”.\n")

    def test_nearest_subject_in_a_subordinate_clause(self) -> None:
        """``After she toured the site with "great pride", ...``: the clause's pronoun and verb."""
        article = newsmodel.parse(
            "Bridge\n\nMrs. Rita Cole arrived.\n\n"
            "After she toured the site with “great pride”, the council voted.\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("she", "toured", Method.PRONOUN, "Rita Cole") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.method,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_verbal_cue_after_a_pronoun(self) -> None:
        """``She calls it "..."``: a noun-like inflection after a subject, with its lemma."""
        attribution = _attribution(
            "Bridge\n\nMrs. Rita Cole spoke.\n\nShe calls it “a marvel”.\n"
        )
        assert ("She", "calls", "call", "Rita Cole") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.cue.lemma if attribution.cue else None,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_nearest_subject_fallback(self) -> None:
        """``The engineer grumbled about the "..."``: the sentence's subject and verb."""
        assert [("The engineer", "grumbled", "before", "engineer")] == _brief(
            "Bridge\n\nThe engineer grumbled about the “paperwork”.\n"
        )


class TestNewerRules:
    """Participle clauses, shared partial quotes, speech nouns and poll shares."""

    def test_participle_clause_opening_the_sentence(self) -> None:
        """``While praising the "...", she warned``: the subject after the comma."""
        attribution = _attribution(
            "Bridge\n\nMrs. Rita Cole arrived.\n\n"
            "While praising the “bold design”, she warned of costs.\n"
        )
        assert ("she", Method.PRONOUN, "Rita Cole") == (
            attribution.mention.text,
            attribution.method,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_participle_clause_cue_is_the_participle(self) -> None:
        """``While praising the "...", she warned``: ``praising`` reports the words."""
        attribution = _attribution(
            "Bridge\n\nMrs. Rita Cole arrived.\n\n"
            "While praising the “bold design”, she warned of costs.\n"
        )
        assert "praising" == (attribution.cue.text if attribution.cue else None)

    def test_reporting_clause_closing_the_sentence_wins(self) -> None:
        """``X called it "a mess," Y said.``: Y reports the whole sentence."""
        assert [("Rita Cole", "said", "after", "Rita Cole")] == _brief(
            "Bridge\n\nTom Baker called the plan “a mess,” Rita Cole said.\n"
        )

    def test_cue_before_wins_over_a_clause_after(self) -> None:
        """``X called it "a mess," and left.``: no reporting clause after, X's cue."""
        assert [("Tom Baker", "called", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker called the plan “a mess,” and left.\n"
        )

    def test_later_partial_quote_shares_the_attribution(self) -> None:
        """``X attacked the "wasteful" plan of "career engineers"``: both are X's."""
        assert [("Tom Baker", "attacked", "Tom Baker")] * 2 == [
            (brief[0], brief[1], brief[3]) if brief else None
            for brief in _brief(
                "Bridge\n\nTom Baker attacked the “wasteful” plan of"
                " “career engineers”.\n"
            )
        ]

    def test_speech_noun_owned_by_a_name(self) -> None:
        """``Tom Baker's claim that ... "perfectly safe"``: the noun is the cue."""
        assert [("Tom Baker", "claim", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker's claim that the bridge is “perfectly safe” was"
            " wrong.\n"
        )

    def test_speech_noun_owned_by_a_pronoun(self) -> None:
        """``Her call for "more money"``: the possessive resolves like a pronoun."""
        attribution = _attribution(
            "Bridge\n\nMrs. Rita Cole spoke.\n\nHer call for “more money” was heard.\n"
        )
        assert ("Her", "call", Method.PRONOUN, "Rita Cole") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.method,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_speech_noun_governed_by_a_verb(self) -> None:
        """``X defended his comments as "fair"``: the verb, not the noun, attributes."""
        assert [("Tom Baker", "defended", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker defended his comments as “fair”.\n"
        )

    def test_poll_share_speaks(self) -> None:
        """``About 49% say``: the share of people polled is a description speaker."""
        article = newsmodel.parse(
            "Bridge\n\nAbout 49% say the bridge is “too costly”.\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("About 49%", "say", Method.NOMINAL) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.method,
        )

    def test_poll_count_in_ten_speaks(self) -> None:
        """``Four in 10 said``: a count in ten is the speaker."""
        assert [("Four in 10", "said", "before", "Four in 10")] == _brief(
            "Bridge\n\nFour in 10 said it was “a waste”.\n"
        )

    def test_agent_of_a_participle_is_no_subject(self) -> None:
        """``A letter obtained by the Acme Corporation warns``: the letter warns."""
        assert [("A letter", "warns", "before", "letter")] == _brief(
            "Bridge\n\nA letter obtained by the Acme Corporation warns the bridge"
            " is “unsafe”.\n"
        )

    def test_adverbial_aside(self) -> None:
        """``Baker, however, said``: the aside between commas is skipped."""
        assert [("Baker", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker arrived.\n\nBaker, however, said the bridge was"
            " “safe”.\n"
        )


class TestOuterSource:
    """Rule 3b: a source the reporter cites for the sentence names the attribution."""

    def test_according_to_after_a_cue(self) -> None:
        """``"A," X said, according to Y.``: Y is the source of the words."""
        attribution = _attribution(
            "Bridge\n\n“The bridge is safe,” Tom Baker said, according to the"
            " Daily Courier.\n"
        )
        assert ("the Daily Courier", "according to", Placement.ACCORDING_TO) == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.placement,
        )

    def test_according_to_opening_the_sentence(self) -> None:
        """``According to Y, X called it "..."``: Y, not X."""
        attribution = _attribution(
            "Bridge\n\nAccording to the Daily Courier, Tom Baker called the bridge"
            " “perfectly safe”.\n"
        )
        assert ("the Daily Courier", "According to") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_according_to_reaches_the_second_half(self) -> None:
        """``"A," X said, according to Y. "B."``: both halves are Y's report."""
        article = newsmodel.parse(
            "Bridge\n\n“The bridge is safe,” Tom Baker said, according to the"
            " Daily Courier. “It opens in May.”\n"
        )
        assert [("the Daily Courier", "according to")] * 2 == [
            (
                quote.attribution.mention.text,
                quote.attribution.cue.text if quote.attribution.cue else None,
            )
            for quote in article.quotes
            if quote.attribution is not None
        ]

    def test_according_to_in_the_next_sentence(self) -> None:
        """``"A." According to Y, ...``: a new sentence cites Y for something else."""
        attribution = _attribution(
            "Bridge\n\n“The bridge is safe,” Tom Baker said. According to the"
            " council, it opens in May.\n"
        )
        assert ("Tom Baker", "said") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_according_to_a_phrase_without_a_name(self) -> None:
        """``according to notes shared by the council``: the phrase is the source."""
        attribution = _attribution(
            "Bridge\n\n“The bridge is safe,” Tom Baker will say, according to"
            " notes shared by the council.\n"
        )
        assert ("notes shared by the council", "according to") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_according_to_in_a_coordinated_clause(self) -> None:
        """``X promised "...," and, according to Y, told``: Y sources the next clause."""
        attribution = _attribution(
            "Bridge\n\nTom Baker had promised a “lean” budget, and, according to the"
            " Daily Courier, later told staff to cut costs.\n"
        )
        assert ("Tom Baker", "promised") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_outlet_reporting_the_attribution(self) -> None:
        """``"A," X said, Y reported.``: the outlet reports the words."""
        attribution = _attribution(
            "Bridge\n\n“The bridge is safe,” Tom Baker said, the Daily Courier"
            " reported.\n"
        )
        assert ("the Daily Courier", "reported") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_outlet_reporting_a_cue_before_the_quote(self) -> None:
        """``X said: "A," Y reported.``: the outlet reports X's words."""
        attribution = _attribution(
            "Bridge\n\nTom Baker said: “It is safe,” the Daily Courier reported.\n"
        )
        assert ("the Daily Courier", "reported") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_as_frame(self) -> None:
        """``As X put it, Y is "..."``: the framing clause's speaker."""
        attribution = _attribution(
            "Bridge\n\nAs Tom Baker put it, the council is “asleep at the wheel”.\n"
        )
        assert ("Tom Baker", "put it") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    def test_as_clause_that_is_no_frame(self) -> None:
        """``As the crowd began to cheer, X joked, "..."``: no report, X speaks."""
        attribution = _attribution(
            "Bridge\n\nAs the crowd began to cheer, Tom Baker joked, “We did it.”\n"
        )
        assert ("Tom Baker", "joked") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )


class TestObjectsAfterACue:
    """The noun phrase after a verb is its object when ``as`` or ``that`` follows."""

    def test_object_before_as(self) -> None:
        """``"a," described the plan as "b"``: the plan is described, it does not speak."""
        brief = _brief(
            "Bridge\n\nTom Baker called it “safe,” described the plan as “bold”.\n"
        )
        assert "the plan" not in [item[0] for item in brief if item]

    def test_inverted_description_ending_the_clause(self) -> None:
        """``"...," said the soft-spoken engineer.``: the engineer speaks."""
        assert [
            ("the soft-spoken engineer", "said", "after", "soft-spoken engineer")
        ] == (_brief("Bridge\n\n“It is safe,” said the soft-spoken engineer.\n"))


class TestVerbShapes:
    """Any verb may close a quote's clause, but only a word shaped like one."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("“It is over,” they conclude.", ("they", "conclude")),
            ("“It is over,” he surmised.", ("he", "surmised")),
        ],
    )
    def test_verb_after_the_speaker(self, text: str, expected: tuple[str, str]) -> None:
        """``"...," he surmised.``, ``"...," they conclude.``."""
        brief = _brief(f"Bridge\n\n{text}\n")
        assert [expected] == [item[:2] if item else None for item in brief]

    def test_adverb_is_no_verb(self) -> None:
        """``"...," Tom Baker already "paid"``: ``already`` reports nothing."""
        brief = _brief(
            "Bridge\n\nAnn Lee said, remarking that while some are “angry,” Tom Baker"
            " already “paid a price”.\n"
        )
        assert "already" not in [item[1] for item in brief if item]

    @pytest.mark.parametrize(
        "opening", ["Across town", "Outside the hall", "Near Lyon"]
    )
    def test_preposition_opening_a_sentence_is_no_name(self, opening: str) -> None:
        """``Across town, ...``: a capitalised preposition names nobody."""
        article = newsmodel.parse(
            f"Rally\n\n{opening}, supporters were “cheering loudly”.\n"
        )
        word = opening.split(maxsplit=1)[0]
        assert word not in [person.name for person in article.people]

    def test_partitive_description(self) -> None:
        """``"...," said one of her engineers``: a described group's member."""
        brief = _brief("Bridge\n\n“It is over,” said one of her engineers.\n")
        assert [("one of her engineers", "said")] == [
            item[:2] for item in brief if item
        ]


class TestSharedClosingClause:
    """Rule 4b: partial quotes of one sentence share the clause that closes it."""

    def test_earlier_partial_takes_the_closing_cue(self) -> None:
        """``It was a "fine idea" that brought "gains," he said.``: both are his."""
        brief = _brief(
            "Bridge\n\nTom Baker arrived.\n\nThe plan was a “fine idea” that"
            " yielded “real results,” he said.\n"
        )
        assert [("he", "said", "after", "Tom Baker")] * 2 == [
            (item[0], item[1], "after", item[3]) if item else None for item in brief
        ]

    def test_partial_in_an_earlier_sentence_keeps_none(self) -> None:
        """``It was a "fine idea." It brought "gains," he said.``: not the same sentence."""
        brief = _brief(
            "Bridge\n\nThe plan was a “fine idea”. It brought “real gains,” he said.\n"
        )
        assert None is brief[0]


class TestHeadlineSubjects:
    """A headline's subject may be a name, a title or a described person."""

    @pytest.mark.parametrize(
        ("headline", "expected"),
        [
            ("Judge blocks the 'liberty' law", ("Judge", "blocks")),
            ("Rep. Ann Lee slams plan as 'waste'", ("Rep. Ann Lee", "slams")),
            ("Ohio's new mayor rebuffs 'rumours'", ("Ohio's new mayor", "rebuffs")),
            ("Ann Lee slams plan, praises staff as 'heroes'", ("Ann Lee", "praises")),
            ("Ann Lee says taxes rose, calls it 'troubling'", ("Ann Lee", "calls")),
        ],
    )
    def test_headline_subject_and_verb(
        self, headline: str, expected: tuple[str, str]
    ) -> None:
        """The subject opening the headline and the verb nearest the quote."""
        brief = _brief(f"{headline}\n\nAnn Lee met the council.\n")
        assert [expected] == [item[:2] if item else None for item in brief]

    @pytest.mark.parametrize(
        "headline", ["Bus drivers 'lose patience'", "New budget slams 'waste'"]
    )
    def test_common_noun_opening_a_headline(self, headline: str) -> None:
        """``Bus drivers 'lose patience'``: nobody is named."""
        assert [None] == _brief(f"{headline}\n\nThe council met.\n")


class TestTitleCaseHeadlines:
    """In a headline in title case, a capitalised verb follows its subject."""

    def test_capitalised_verb(self) -> None:
        """``Ann Lee Endorses Tom Baker: I Am 'Horrified'``: Ann Lee, Endorses."""
        assert [("Ann Lee", "Endorses", "before", "Ann Lee")] == _brief(
            "Ann Lee Endorses Tom Baker: I Am ‘Horrified’ By The Vote\n\n"
            "Ann Lee spoke on Monday.\n"
        )

    def test_unknown_subject_is_not_taken(self) -> None:
        """``Democrats Hold Talks On 'Budget'``: no person named in the body."""
        assert [None] == _brief(
            "Democrats Hold Talks On ‘Budget’ Plans\n\nThey met on Monday.\n"
        )


class TestHeadlinePossessive:
    """A headline's possessive speech noun names its owner."""

    def test_claim_in_a_headline(self) -> None:
        """``Lee's claim that ... 'safely stored' is wrong``."""
        brief = _brief(
            "Ann Lee's claim that the files were 'safely stored' is wrong\n\nThe"
            " files were lost.\n"
        )
        assert [("Ann Lee", "claim", "before", "Ann Lee")] == brief


class TestAsides:
    """A reporting clause set off by commas reports its whole sentence."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Nor, he said, would he admit the bridge was “unsafe”.",
                ("he", "said", "before", "Tom Baker"),
            ),
            (
                "The plan, said Tom Baker, is “dead on arrival”.",
                ("Tom Baker", "said", "before", "Tom Baker"),
            ),
        ],
    )
    def test_aside_before_the_quote(
        self, text: str, expected: tuple[str, str, str, str]
    ) -> None:
        """``Nor, she said, would she admit it was "..."``: the aside, not the inner verb."""
        brief = _brief(f"Bridge\n\nTom Baker arrived.\n\n{text}\n")
        assert [expected] == brief

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The bridge opens soon, Tom Baker said, adding: “It is safe.”",
                ("Tom Baker", "adding"),
            ),
            (
                "Over the years, Tom Baker said, he smiled and admitted “it is safe”.",
                ("Tom Baker", "admitted"),
            ),
            (
                "Ann Lee, who called Tom Baker, told her supporters, “It is safe.”",
                ("Ann Lee", "told"),
            ),
            (
                "Ann Lee, his deputy, pressed for a firm line, saying it was “unsafe”.",
                ("Ann Lee", "saying"),
            ),
        ],
    )
    def test_no_aside(self, text: str, expected: tuple[str, str]) -> None:
        """A cue next to the quote, a participle after the aside, or no aside at all."""
        brief = _brief(f"Bridge\n\n{text}\n")
        assert [expected] == [item[:2] if item else None for item in brief]


class TestAppositions:
    """A description and a name in apposition: the name speaks, the description is a title."""

    @pytest.mark.parametrize("description", ["The curator", "The museum's curator"])
    def test_description_then_name(self, description: str) -> None:
        """``The museum's curator, Jo Lee, said``: Jo Lee, titled director."""
        article = newsmodel.parse(
            f"Aid\n\n{description}, Jo Lee, said: “We will act.”\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        title = description.removeprefix("The ")
        assert ("Jo Lee", "Jo Lee", (title,)) == (
            attribution.mention.text,
            attribution.speaker.name if attribution.speaker else None,
            attribution.speaker.titles if attribution.speaker else None,
        )


class TestRoleNouns:
    """A title or description noun after a name ends the subject; it is no verb."""

    def test_role_noun_after_an_organisation(self) -> None:
        """``long before City Hall officials started to call it "..."``."""
        assert [
            ("City Hall officials", "started", "before", "City Hall officials")
        ] == (
            _brief(
                "Aid\n\nIt was long before City Hall officials started to call "
                "the fire “an accident” in public.\n"
            )
        )

    def test_role_noun_before_an_apposed_name(self) -> None:
        """``Her policy aide, Jo Lee, calls it a "blueprint"``: Jo Lee and calls."""
        assert [("Jo Lee", "calls", "before", "Jo Lee")] == _brief(
            "Aid\n\nHer policy aide, Jo Lee, calls the plan a “blueprint” for jobs.\n"
        )

    def test_role_word_before_a_name(self) -> None:
        """``Rock star Ann Lee has attacked``: Ann Lee, titled, not ``Rock``."""
        article = newsmodel.parse(
            "Aid\n\nRock star Ann Lee has attacked the “silly” rules.\n"
        )
        assert [("Rock star Ann Lee", "attacked", "before", "Ann Lee")] == _brief(
            article.source
        )
        assert [("Ann Lee", ("Rock star",))] == [
            (person.name, person.titles) for person in article.people
        ]

    def test_role_word_before_a_name_needs_a_verb_after_it(self) -> None:
        """``MPs found Acme Corp giant ...``: no verb after the name, no role."""
        assert [("MPs", "found", "before", "MPs")] == _brief(
            "Aid\n\nMPs found Acme Corp giant “guilty” of waste.\n"
        )

    def test_description_stops_before_an_auxiliary(self) -> None:
        """``The singer was quick to call the show "rude"``: the singer, no ``was``."""
        attribution = _attribution(
            "Aid\n\nThe singer was quick to call the show “rude” on air.\n"
        )
        assert attribution.speaker is not None
        assert ("The singer", "singer") == (
            attribution.mention.text,
            attribution.speaker.name,
        )

    def test_that_opens_no_description(self) -> None:
        """``But that did not work for "late" fees``: ``that did`` says nothing."""
        assert [None] == _brief("Aid\n\nBut that did not work for “late” fees.\n")

    @pytest.mark.parametrize("text", ["Words such as", "Most names are the"])
    def test_no_verb_after_the_subject(self, text: str) -> None:
        """``Words such as "..."``: a term, not a report by ``Words``."""
        assert [None] == _brief(f"Aid\n\n{text} “roadmap” were popular.\n")

    def test_noun_and_copula_before_the_quote(self) -> None:
        """``an Acme aide was "pleased"``: the aide, with the copula."""
        assert [("Acme aide", "was", "before", "Acme aide")] == _brief(
            "Aid\n\nLater, an Acme aide was “pleased” with it.\n"
        )

    def test_degree_adverbs_before_the_verb(self) -> None:
        """``I very much doubt that "..."``: the verb is doubt, not very."""
        assert [("I", "doubt", "before", None)] == _brief(
            "Aid\n\nI very much doubt that “Angels” was the best song.\n"
        )


class TestOpenApposition:
    """``Jo Lee, chief executive of Acme said``: a role closed by no comma."""

    @pytest.mark.parametrize(
        ("role", "title"),
        [
            ("chief executive of Acme", "chief executive of Acme"),
            ("a manager at Acme", "manager at Acme"),
        ],
    )
    def test_person_before_an_open_role(self, role: str, title: str) -> None:
        """The person speaks, titled by the role and its organisation."""
        article = newsmodel.parse(f"Aid\n\nJo Lee, {role} said it was “sound”.\n")
        assert [("Jo Lee", "said", "before", "Jo Lee")] == _brief(article.source)
        assert [("Jo Lee", (title,))] == [
            (person.name, person.titles) for person in article.people
        ]


class TestOrganisationRolePerson:
    """``said BBC political editor Ann Lee``: the person, titled by the role."""

    def test_person_after_an_organisation_and_a_role(self) -> None:
        """The person speaks, with the organisation and role as a title."""
        article = newsmodel.parse(
            "Aid\n\n“It was good,” said BBC political editor Ann Lee.\n"
        )
        assert [("BBC political editor Ann Lee", "said", "after", "Ann Lee")] == (
            _brief(article.source)
        )
        assert [("Ann Lee", ("BBC political editor",))] == [
            (person.name, person.titles) for person in article.people
        ]

    def test_organisation_alone_speaks(self) -> None:
        """``said the BBC``: the organisation."""
        assert [("the BBC", "said", "after", "BBC")] == _brief(
            "Aid\n\n“It was good,” said the BBC.\n"
        )


class TestSurnamesThatAreTitles:
    """A title word after given names is a surname: ``Amy Pope``, ``Carole King``."""

    @pytest.mark.parametrize("name", ["Amy Pope", "Carole King", "Ann Lee Bishop"])
    def test_given_names_and_a_title_word(self, name: str) -> None:
        """``"...," Amy Pope, an adviser, said``: the full name speaks."""
        assert [(name, "said", "after", name)] == _brief(
            f"Aid\n\n“It is bad,” {name}, an adviser, said on a call.\n"
        )

    def test_article_before_keeps_the_title(self) -> None:
        """``The Catholic Bishop said``: a description, not a name."""
        assert [("The Catholic Bishop", "said", "before", "Catholic Bishop")] == (
            _brief("Aid\n\nThe Catholic Bishop said “no” to it.\n")
        )


class TestAppositionInAPhrase:
    """A titled name inside an apposition's phrase does not speak for it."""

    def test_titled_person_of_a_place(self) -> None:
        """``the chair, Ambassador Ann Lee of Iceland, warned``: Ann Lee."""
        assert [("Ambassador Ann Lee", "warned", "before", "Ann Lee")] == _brief(
            "Aid\n\nBut the chair of the party, Ambassador Ann Lee of Iceland, "
            "warned of “a lot of work”.\n"
        )

    def test_titled_name_after_a_preposition(self) -> None:
        """``Ann Lee, a director at analyst Acme, told``: Ann Lee, not Acme."""
        assert [("Ann Lee", "told reporters", "before", "Ann Lee")] == _brief(
            "Aid\n\nAnn Lee, a director at analyst Acme, told reporters the plan "
            "was “a good job”.\n"
        )


class TestLastPredicate:
    """With no verb of saying, the predicate nearest the quote is its cue."""

    def test_coordinated_verb(self) -> None:
        """``Acme studied the report and rated it "weak"``: rated."""
        assert [("Acme", "rated", "before", "Acme")] == _brief(
            "Aid\n\nAcme studied the report and rated it “weak” at once.\n"
        )

    def test_participle_after_a_comma(self) -> None:
        """``Ann Lee stayed late, backing "..."``: backing."""
        assert [("Ann Lee", "backing", "before", "Ann Lee")] == _brief(
            "Aid\n\nAnn Lee stayed late, backing two “young” candidates.\n"
        )

    def test_infinitive_keeps_the_verb(self) -> None:
        """``Acme plans to release "..."``: plans, not release."""
        assert [("Acme", "plans", "before", "Acme")] == _brief(
            "Aid\n\nAcme plans to release “The Making of a Mayor” in May.\n"
        )

    def test_including_is_no_predicate(self) -> None:
        """``Ann Lee listed issues, including "..."``: listed."""
        assert [("Ann Lee", "listed", "before", "Ann Lee")] == _brief(
            "Aid\n\nAnn Lee listed issues, including the “fair share” of taxes.\n"
        )


class TestSubjectWithAPhrase:
    """A description and its phrase before a verb of saying is the subject."""

    def test_letter_to_someone_calls_for(self) -> None:
        """``A note to the board calls for ... "..."``: the note."""
        assert [
            (
                "A note to the board",
                "calls",
                "before",
                "note to the board",
            )
        ] == _brief(
            "Aid\n\nA note to the board calls for the town to ban "
            "“loud” music at night.\n"
        )

    def test_phrase_holding_a_verb_is_no_subject(self) -> None:
        """``a foul on Tom Baker are also lambasted``: a passive with no agent, nobody."""
        assert [None] == _brief(
            "Aid\n\nAnn Lee's tackle on Jo, and a foul on Tom Baker are also "
            "lambasted for their “ugliness”.\n"
        )


class TestOpeningIt:
    """A sentence opening with ``It`` and a verb has ``It`` for its subject."""

    def test_it_and_a_participle(self) -> None:
        """``It goes on to fault her, saying "..."``: It, resolved to the agency."""
        assert [("It", "saying", "before", "Acme Agency")] == _brief(
            "Aid\n\nThe Acme Agency agreed.\n\nIt goes on to fault her, saying "
            "the data was “compromised” at once.\n"
        )

    def test_placeholder_it_mid_sentence(self) -> None:
        """``Tom Baker - a man of few words - thinks it is high time ...``: no ``it``."""
        assert [None] == _brief(
            "Aid\n\nTom Baker - a man of few words - thinks it is high time firms "
            "paid “real” wages.\n"
        )

    @pytest.mark.parametrize("verb", ["is", "seems", "means"])
    def test_placeholder_it_is_no_subject(self, verb: str) -> None:
        """``It is "clear" that ...``: a placeholder, no speaker."""
        assert [None] == _brief(f"Aid\n\nIt {verb} “clear” that he lost.\n")


class TestPossessiveSubjects:
    """A possessive before a hyphenated noun heads the subject."""

    def test_hyphenated_noun_after_a_possessive(self) -> None:
        """``Ann Lee's long-time aide cheered them, saying: "..."``."""
        assert [
            (
                "Ann Lee’s long-time aide",
                "saying",
                "before",
                "Ann Lee’s long-time aide",
            )
        ] == _brief(
            "Aid\n\nAnn Lee’s long-time aide cheered the crowd, saying: “We "
            "have to be ready.”\n"
        )


class TestWhatSheCalled:
    """``what she called "..."`` inside a report belongs to that report."""

    def test_outer_report_of_the_same_speaker(self) -> None:
        """``Ann Lee said she backed what she called "..."``: said, Ann Lee."""
        assert [("Ann Lee", "said", "before", "Ann Lee")] == _brief(
            "Aid\n\nAnn Lee said she wanted to praise what she called “a great "
            "campaign”.\n"
        )

    def test_outer_report_of_a_role(self) -> None:
        """``The mayor criticised what he called "..."``: the mayor, criticised."""
        assert [("The mayor", "criticised", "before", "mayor")] == _brief(
            "Aid\n\nThe mayor criticised what he called the “deeply gloomy” vision"
            " of the town.\n"
        )

    def test_other_pronoun_keeps_its_own_cue(self) -> None:
        """``She said he backed what he called "..."``: he, called."""
        assert [("he", "called", "before", None)] == _brief(
            "Aid\n\nShe said he backed what he called “a great campaign”.\n"
        )

    def test_verb_of_saying_keeps_its_own_cue(self) -> None:
        """``Ann Lee praised the plan, which she said was "..."``: she said."""
        assert [("she", "said", "before", "Ann Lee")] == _brief(
            "Aid\n\nAnn Lee praised the plan, which she said was “a gem”.\n"
        )


class TestColonClause:
    """A clause with a subject and a colon introduces the quote after it."""

    def test_subject_then_words_then_colon(self) -> None:
        """``A note in the file makes that clear: "..."``: the note, the colon."""
        assert [("A note", ":", "before", "note")] == _brief(
            "Aid\n\nA note in the file makes that clear: “These rules do not apply.”\n"
        )

    def test_verb_of_saying_before_the_colon(self) -> None:
        """``One reader - all are unnamed - wrote: "..."``: wrote is the cue."""
        assert [("One reader", "wrote", "before", "One reader")] == _brief(
            "Aid\n\nOne reader – all are unnamed – wrote: “I stay up late.”\n"
        )

    def test_subject_after_an_opening_adverb(self) -> None:
        """``Likewise, a paper by Acme had this to say: "..."``: the paper."""
        assert [("a paper", "say", "before", "paper")] == _brief(
            "Aid\n\nLikewise, a paper by Acme had this to say about the plan: "
            "“Families would gain.”\n"
        )

    def test_subordinate_clause_is_no_subject(self) -> None:
        """``Her wish must be that readers ...: "..."``: no speaker."""
        assert [None] == _brief(
            "Aid\n\nHer wish must be that readers will recall the motto: “Waste not.”\n"
        )


class TestPassiveAgent:
    """A passive's agent after ``by`` used the words, not the passive's subject."""

    def test_agent_after_the_quote(self) -> None:
        """``The plan was branded a "waste" by MPs.``: MPs, branded, after."""
        assert [("MPs", "branded", "after", "MPs")] == _brief(
            "Aid\n\nThe plan was branded a “waste” by MPs.\n"
        )

    def test_agent_before_the_quote(self) -> None:
        """``Ann Lee has been thanked by the mayor for "..."``: the mayor."""
        assert [("the mayor", "thanked", "before", "mayor")] == _brief(
            "Aid\n\nAnn Lee has been thanked by the mayor for “quick thinking” today.\n"
        )

    def test_place_after_by_is_no_agent(self) -> None:
        """``was arrested for "disorder" by the river``: the river says nothing."""
        assert [("Tom Baker", "arrested", "before", "Tom Baker")] == _brief(
            "Aid\n\nTom Baker was arrested for “disorder” by the river.\n"
        )

    def test_report_around_the_passive_is_kept(self) -> None:
        """``She said the plan was agreed by an adviser "..."``: she reports it."""
        assert [("Ann Lee", "said", "before", "Ann Lee")] == _brief(
            "Aid\n\nAnn Lee said the plan was agreed by an adviser “in good faith”.\n"
        )

    def test_described_as_by_an_agent(self) -> None:
        """``Baker was described as a "true gentleman" by Ann Lee.``: Ann Lee."""
        assert [("Ann Lee", "described", "after", "Ann Lee")] == _brief(
            "Awards\n\nBaker was described as a “true gentleman” by Ann Lee.\n"
        )

    def test_described_by_an_agent_as(self) -> None:
        """``Baker was described by Ann Lee as a "true gentleman".``: Ann Lee."""
        assert [("Ann Lee", "described", "before", "Ann Lee")] == _brief(
            "Awards\n\nBaker was described by Ann Lee as a “true gentleman”.\n"
        )

    def test_agent_named_after_a_role(self) -> None:
        """``by his friend Ann Lee``, ``by the film's director Ann Lee``: Ann Lee."""
        for agent in ("his friend Ann Lee", "the film's director Ann Lee"):
            brief = _brief(
                f"Awards\n\nHe was called the “best in the business” by {agent}.\n"
            )
            assert [("called", "after", "Ann Lee")] == [
                item[1:] for item in brief if item is not None
            ]

    def test_passive_without_an_agent_names_nobody(self) -> None:
        """``The phone has been hailed as "a game changer".``: no speaker."""
        assert [None] == _brief(
            "Phones\n\nThe new phone has been hailed as “a game changer”.\n"
        )

    def test_headline_participle_before_as(self) -> None:
        """``Widget tipped as a "best buy"``: the widget says nothing."""
        assert [None] == _brief(
            "Widget tipped as a “best buy”\n\nAcme’s Widget tops the list.\n"
        )

    @pytest.mark.parametrize("verb", ["crowned", "dubbed", "named"])
    def test_headline_naming_participle(self, verb: str) -> None:
        """``Acme crowned "top brand"``: Acme says nothing."""
        assert [None] == _brief(f"Acme {verb} “top brand”\n\nAcme tops the list.\n")

    def test_auxiliary_of_a_passive_is_no_cue(self) -> None:
        """``Acme was named "top brand".``: no speaker, not ``was``."""
        assert [None] == _brief("Awards\n\nAcme was named “top brand” this year.\n")

    def test_past_tense_after_an_aside_still_speaks(self) -> None:
        """``Tom Baker, who won, called it "a farce"``: Tom Baker, called."""
        assert [("Tom Baker", "called", "before", "Tom Baker")] == _brief(
            "Awards\n\nTom Baker, who won the vote, called the count “a farce”.\n"
        )


class TestSentenceOpeningWithItsVerb:
    """``And continued: "..."``: the verb's subject is the previous sentence's."""

    @pytest.mark.parametrize("opening", ["And continued", "But added"])
    def test_linking_word_and_cue(self, opening: str) -> None:
        """``X insisted: "A." And continued: "B."``: both are X's."""
        brief = _brief(
            f"Bridge\n\nAnn Lee insisted: “It is safe.” {opening}: “We checked.”\n"
        )
        assert [("Ann Lee", opening.split(maxsplit=1)[1])] == [
            item[:2] if item else None for item in brief[1:]
        ]

    def test_no_linking_word(self) -> None:
        """``Asked about it, he demurred:``: a sentence opening with a participle."""
        brief = _brief(
            "Bridge\n\nAnn Lee spoke. Asked about it, he demurred: “Not now.”\n"
        )
        assert "Asked" not in [item[1] for item in brief if item]

    def test_other_paragraph(self) -> None:
        """The previous sentence must stand in the same paragraph."""
        assert [None] == _brief("Bridge\n\nAnn Lee spoke.\n\nAnd added: “No.”\n")


class TestTrailingAs:
    """``..., as X said.`` closing the sentence reports its quotes."""

    def test_as_clause_closing_the_sentence(self) -> None:
        """``no mere "local" favourite, as her rival claimed after the vote.``."""
        brief = _brief(
            "Vote\n\nShe wins in every state and is no mere “local” favourite, as"
            " her rival's manager claimed after the vote.\n"
        )
        assert [("her rival's manager", "claimed")] == [
            item[:2] if item else None for item in brief
        ]

    def test_as_clause_before_another_quote(self) -> None:
        """``"a," and that B, as he explained, was "b"``: the aside is the second quote's."""
        brief = _brief(
            "Vote\n\nAnn Lee thought that “taxes are too low” and that the result, as"
            " she explained, was a “bubble”.\n"
        )
        assert ("Ann Lee", "thought") == (brief[0][:2] if brief[0] else None)


class TestWrittenTexts:
    """Signs, messages and headlines say things too."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Ann Lee held up a sign saying “Save the bridge.”", ("a sign", "saying")),
            (
                "Ann Lee stood below a banner which read, “Bridge saved.”",
                ("a banner", "read"),
            ),
            ("Ann Lee ended the speech saying “we will win.”", ("Ann Lee", "saying")),
        ],
    )
    def test_text_that_says(self, text: str, expected: tuple[str, str]) -> None:
        """``a sign saying "..."``; but ``ended the speech saying``: the person."""
        brief = _brief(f"Bridge\n\n{text}\n")
        assert [expected] == [item[:2] if item else None for item in brief]

    def test_name_after_a_description_deep_in_the_sentence(self) -> None:
        """``a town that the former mayor, Jo Lee, called "..."``: Jo Lee."""
        brief = _brief(
            "Bridge\n\nThe plan upset Lindale, a town that the former mayor, Jo Lee,"
            " called “our pride.”\n"
        )
        assert [("Jo Lee", "called")] == [item[:2] if item else None for item in brief]


class TestReportingVerbs:
    """The cue lexicon holds the reporting verbs of news writing."""

    @pytest.mark.parametrize(
        "verb",
        [
            "elaborated",
            "confessed",
            "surmised",
            "retweeted",
            "emailed",
            "riffed",
            "stated",
        ],
    )
    def test_reporting_verb_after_another_verb(self, verb: str) -> None:
        """``Tom Baker opened it and later confessed that "..."``: the reporting verb."""
        assert [("Tom Baker", verb, "before", "Tom Baker")] == _brief(
            f"Bridge\n\nTom Baker opened the bridge and later {verb} that it was"
            " “unsafe”.\n"
        )


class TestVerbalCuesAfterNouns:
    """A cue that may be a plural noun (``calls``, ``states``) after a noun."""

    def test_cue_after_a_description_head(self) -> None:
        """``the Acme Weekly newspaper calls it "..."``: calls, not the noun."""
        assert [
            ("the Acme Weekly newspaper", "calls", "before", "Acme Weekly newspaper")
        ] == _brief(
            "Coast\n\nToday, the Acme Weekly newspaper calls it “the gem” of the coast.\n"
        )

    def test_title_of_two_words(self) -> None:
        """``The first lady calls the plan her "..."``: the whole title speaks."""
        assert [("The first lady", "calls", "before", "first lady")] == _brief(
            "Duty\n\nThe first lady calls the plan her “best idea” so far.\n"
        )

    def test_states_after_a_pronoun(self) -> None:
        """``a verse where it states we must "..."``: a cue after a pronoun."""
        assert [("it", "states", "before", None)] == _brief(
            "Film\n\nThe video ends on a verse where it states we must “stay the course”"
            " forever.\n"
        )

    def test_cue_after_a_description_opening_the_sentence(self) -> None:
        """``The jury praises her for a "..."``: the jury, praises."""
        assert [("The jury", "praises", "before", "jury")] == _brief(
            "Film\n\nThe jury praises her for a “great number of roles” since.\n"
        )

    def test_plural_noun_after_a_determiner_is_no_cue(self) -> None:
        """``The calls for "reform" grew.``: a noun, no attribution."""
        assert [None] == _brief("Film\n\nThe calls for “reform” grew.\n")

    def test_states_after_a_capital_is_a_noun(self) -> None:
        """``many Baltic states``: a plural noun, the cue is ``said`` later."""
        assert [("Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Trade\n\nThe plan worries many Baltic states, which see “a shift in power”"
            " coming, said Tom Baker, an analyst.\n"
        )


class TestTitleQuotes:
    """A short quote after ``of`` in an apposition names a work, not words said."""

    def test_title_in_an_apposition_before_the_cue(self) -> None:
        """``Ann Lee, author of "The Long Road," said``: Ann Lee; the title unattributed."""
        assert [None, ("Ann Lee", "said", "before", "Ann Lee")] == _brief(
            "Books\n\nAnn Lee, author of “The Long Road,” said the prize was"
            " “a shock”.\n"
        )

    def test_title_in_an_apposition_after_the_cue(self) -> None:
        """``"...," said Ann Lee, author of "The Long Road," on Monday.``."""
        assert [("Ann Lee", "said", "after", "Ann Lee"), None] == _brief(
            "Books\n\n“We read too little,” said Ann Lee, author of"
            " “The Long Road,” on Monday.\n"
        )

    def test_title_in_a_source_phrase(self) -> None:
        """``As Ann Lee, author of "The Long Road," put it, "..."``."""
        assert [None, ("Ann Lee", "put it", "before", "Ann Lee")] == _brief(
            "Books\n\nAs Ann Lee, author of “The Long Road,” put it, “nobody"
            " reads now.”\n"
        )

    def test_quote_after_of_in_a_clause_is_speech(self) -> None:
        """``Tom Baker gave a defense of "Acme values," saying``: his words."""
        brief = _brief(
            "Books\n\nTom Baker gave a stout defense of “Acme Values,” saying the"
            " town had “heart”.\n"
        )
        assert [("Tom Baker", "Tom Baker"), ("Tom Baker", "Tom Baker")] == [
            (item[0], item[3]) for item in brief if item is not None
        ]


class TestPlaceAfterTheSpeaker:
    """A name after ``in``, ``at`` or ``from`` before the cue is where the speaker is."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Officials in Kabul said the talks were “useful”.",
                ("Officials in Kabul", "Officials in Kabul"),
            ),
            ("Ann Lee in London said the talks were “useful”.", ("Ann Lee", "Ann Lee")),
            (
                "Tom Baker from Acme said the talks were “useful”.",
                ("Tom Baker", "Tom Baker"),
            ),
            (
                "Tom Baker in July said the talks were “useful”.",
                ("Tom Baker", "Tom Baker"),
            ),
            (
                "Many voters in Ohio say the plan is “about right”.",
                ("Many voters in Ohio", "Many voters in Ohio"),
            ),
        ],
    )
    def test_speaker_before_the_place(
        self, text: str, expected: tuple[str, str]
    ) -> None:
        """The speaker is before the preposition, not the place after it."""
        attribution = _attribution(f"Talks\n\n{text}\n")
        assert attribution.speaker is not None
        assert expected == (attribution.mention.text, attribution.speaker.name)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # An organisation speaks through its spokesperson or its statement.
            ("“We will look,” a spokesperson from Acme said.", "Acme"),
            ("A statement from Acme said it was “sorry”.", "Acme"),
        ],
    )
    def test_speaker_through_a_role_or_text(self, text: str, expected: str) -> None:
        """``a spokesperson from Acme``: Acme, as before."""
        attribution = _attribution(f"Talks\n\n{text}\n")
        assert attribution.speaker is not None
        assert expected == attribution.speaker.name


class TestShares:
    """A share of a group is a poll's speaker, never a person."""

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ("Half of voters say the plan is “about right”.", "Half of voters"),
            (
                "Two-thirds of voters say the plan is “about right”.",
                "Two-thirds of voters",
            ),
            ("Two-thirds said the plan was “about right”.", "Two-thirds"),
            ("A third of voters say the plan is “about right”.", "A third of voters"),
        ],
    )
    def test_share_of_a_group(self, text: str, mention: str) -> None:
        """``Half of voters say``: the share and its group; nobody among the people."""
        article = newsmodel.parse(f"Poll\n\n{text}\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert (mention, Method.NOMINAL, ()) == (
            attribution.mention.text,
            attribution.method,
            article.people,
        )


class TestRoleAfterAName:
    """``said Rovers youth coach Tom Baker``: the person after the role speaks."""

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            ("said Rovers youth coach Tom Baker.", "Rovers youth coach"),
            ("said Dickens biographer Ann Lee.", "Dickens biographer"),
            ("said Ohio state archivist Ann Lee.", "Ohio state archivist"),
            ("said Macbeth star Tom Baker.", "Macbeth star"),
        ],
    )
    def test_person_after_a_role_after_a_cue(self, text: str, title: str) -> None:
        """The name before the role is a club, a work or a place, titling the person."""
        article = newsmodel.parse(f"Talks\n\n“We built a fine side,” {text}\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert attribution.speaker is not None
        assert attribution.speaker.name in {"Tom Baker", "Ann Lee"}
        assert title in attribution.speaker.titles

    def test_titled_person_after_the(self) -> None:
        """``said the Rovers coach Tom Baker``: Tom Baker, not the coach."""
        article = newsmodel.parse(
            "Talks\n\n“We built a fine side,” said the Rovers coach Tom Baker.\n"
        )
        assert [("the Rovers coach Tom Baker", "Tom Baker")] == (
            _mentions_and_speakers(article)
        )

    def test_role_at_the_start_of_a_sentence(self) -> None:
        """``Acme transport spokesman Tom Baker has criticised``: Tom Baker."""
        assert [("Tom Baker", "criticised")] == [
            (item[3], item[1])
            for item in _brief(
                "Talks\n\nAcme transport spokesman Tom Baker has criticised the plan"
                " “badly drafted”.\n"
            )
            if item is not None
        ]

    def test_verb_before_a_name_is_no_role(self) -> None:
        """``Lee believes Acme Group could be "..."``: Lee, not Acme Group."""
        assert [("Lee", "believes")] == [
            (item[0], item[1])
            for item in _brief(
                "Talks\n\nLee believes Acme Group could be “the next big thing”.\n"
            )
            if item is not None
        ]


class TestMiddleInitials:
    """``Jim R Hart said ...``: a name with a middle initial is a subject."""

    @pytest.mark.parametrize("name", ["Jim R Hart", "Jim R. Hart"])
    def test_pronoun_after_a_middle_initial(self, name: str) -> None:
        """``Jim R Hart said his client was pleased. "...," he said``."""
        article = newsmodel.parse(
            f"Talks\n\n{name} said his client was pleased. “He is glad it is"
            " over,” he said.\n"
        )
        assert [("he", name)] == _mentions_and_speakers(article)


class TestGivenNames:
    """A first name of the lexicon tells a person's gender."""

    def test_she_passes_over_a_man(self) -> None:
        """``Tom Baker wrote ... Ann Lee runs ... "...," she said``: Ann Lee."""
        article = newsmodel.parse(
            "Talks\n\nAnn Lee runs a help line. Tom Baker wrote to us about it."
            " “Many people are hurt,” she said.\n"
        )
        assert [("she", "Ann Lee")] == _mentions_and_speakers(article)
        assert [("Ann Lee", "female")] == [
            (person.name, person.gender) for person in article.people
        ]

    def test_unknown_first_name_has_no_gender(self) -> None:
        """``Jo Lee`` tells nothing: the pronoun gives the gender."""
        article = newsmodel.parse("Talks\n\n“Yes,” said Jo Lee.\n\n“No,” she said.\n")
        assert [("Jo Lee", "female")] == [
            (speaker.name, speaker.gender) for speaker in article.speakers
        ]


class TestSurnameSubjects:
    """A surname reporting after ``but`` or a comma is a subject for ``he``."""

    def test_surname_after_but(self) -> None:
        """``Tom Baker has been poor, but Hart insisted ... "...," he said``."""
        article = newsmodel.parse(
            "Cup tie\n\nSaid coach Jim Hart: “We are ready.”\n\nTom Baker has been"
            " poor, but Hart insisted the Reds will be hard to beat. “They are a"
            " fine team,” he said.\n"
        )
        assert ("he", "Jim Hart") == _mentions_and_speakers(article)[-1]

    def test_surname_closing_indirect_speech(self) -> None:
        """``The plan is a worry, Baker said. "...," he said``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nAnn Lee said: “We are fine.” Tom Baker disagreed.\n\n"
            "Jo Hart spoke next. The plan is a worry, Baker said.\n\n"
            "“You have to doubt it,” he said.\n"
        )
        assert ("he", "Tom Baker") == _mentions_and_speakers(article)[-1]


class TestSubordinateSubjects:
    """A subordinate clause's subject comes after its sentence's for a pronoun."""

    def test_main_subject_first(self) -> None:
        """``Mr Baker said ... when Mr Hart argued for it. "...," he said``: Baker."""
        article = newsmodel.parse(
            "ID cards\n\nTom Baker spoke. Mr Baker said he had backed the scheme"
            " back when Mr Hart argued for it. “ID cards keep us safe,” he said.\n"
        )
        assert [("he", "Tom Baker")] == _mentions_and_speakers(article)

    def test_subordinate_subject_alone(self) -> None:
        """``His plea came after Sir Tom Baker said ... His message``: Baker."""
        article = newsmodel.parse(
            "Budget\n\nHis plea came after Sir Tom Baker said stability was all"
            " important. His message to the board was: “Please do not spend it.”\n"
        )
        assert [("His message", "Tom Baker")] == _mentions_and_speakers(article)


class TestSubjectsAfterAConjunction:
    """``But Jim Hart refused to celebrate.``: a subject for ``he``."""

    def test_but_opens_the_paragraph(self) -> None:
        """``But Jim Hart refused ... He said``: Jim Hart, past Tom Baker."""
        article = newsmodel.parse(
            "Cup tie\n\nTom Baker said: “We can still win this.”\n\nBut Jim Hart"
            " refused to celebrate. He said: “I am not pleased at all.”\n"
        )
        assert ("He", "Jim Hart") == _mentions_and_speakers(article)[-1]

    def test_and_opens_a_sentence(self) -> None:
        """``And Ann Lee, for all her work, seems to agree. "...," she said``."""
        article = newsmodel.parse(
            "Talks\n\nJo Hart said: “It cannot work.”\n\nAnd Ann Lee, for all her"
            " work, seems to agree. “We do not know yet,” she said.\n"
        )
        assert ("she", "Ann Lee") == _mentions_and_speakers(article)[-1]


class TestApposedSubjects:
    """A name set off by an apposition before a cue is a subject pronouns resolve to."""

    def test_name_apposed_to_an_owner_s_role(self) -> None:
        """``Mr Baker's lawyer, Jim Hart, reacted ... he told``: Jim Hart."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker said: “It has been a strong year.”\n\nMr Baker's"
            " lawyer, Jim Hart, reacted sharply to the verdict. “This only helps our"
            " appeal,” he told reporters.\n"
        )
        assert ("he", "Jim Hart") == _mentions_and_speakers(article)[1]

    def test_name_after_opening_phrases(self) -> None:
        """``However, following a review, Minister Ann Lee has chosen ... She``."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker spoke first.\n\nHowever, following a review, Justice"
            " Minister Ann Lee has chosen to scrap the scheme. She will set out the"
            " change on Monday, hoping to “open the doors”.\n"
        )
        assert [("She", "Ann Lee")] == _mentions_and_speakers(article)

    def test_speaker_after_an_inverted_cue(self) -> None:
        """``..., said Ann Lee, head of Acme. "...," she said``: Ann Lee."""
        assert [("she", "Ann Lee")] == _mentions_and_speakers(
            newsmodel.parse(
                "Talks\n\nSales are climbing, said Ann Lee, head of Acme."
                " “In the case of a party, texting wins,” she said.\n"
            )
        )

    def test_name_before_a_dash_aside_and_a_cue(self) -> None:
        """``Jim Hart - who was cleared - said ... He said``: Jim Hart."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker spoke first.\n\nJim Hart - who was cleared last year"
            " - said his family was relieved. He said Mr Baker had spoken with"
            " “great care”.\n"
        )
        assert [("He", "Jim Hart")] == _mentions_and_speakers(article)

    def test_speaker_after_thinks(self) -> None:
        """``..., thinks Tom Baker, an analyst. "...," he said``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nBob Cole spoke first.\n\nRevenue will grow, thinks Tom Baker,"
            " an analyst at Beta. “Dating is key,” he said.\n"
        )
        assert [("he", "Tom Baker")] == _mentions_and_speakers(article)

    def test_object_of_a_cue_is_no_subject(self) -> None:
        """``Ann Lee told Tom Baker the news. "...," she said``: not Tom Baker."""
        assert [("she", "Ann Lee")] == _mentions_and_speakers(
            newsmodel.parse(
                "Talks\n\nAnn Lee spoke first. Later she told Tom Baker, the editor,"
                " the news. “It is final,” she said.\n"
            )
        )

    def test_name_after_an_opening_role(self) -> None:
        """``Garden expert Ann Lee left ... what she called "..."``: Ann Lee."""
        assert [("she", "Ann Lee")] == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\nJohn Hart has few friends.\n\nFeminist icon Ann Lee"
                " quit the show over what she called “bullying” tactics.\n"
            )
            if item is not None
        ]

    def test_name_after_several_capitals_and_a_role(self) -> None:
        """``Blue Owls veteran Jim Hart was a surprise choice for the award. "...," he said``."""
        assert ("he", "Jim Hart") == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\nAcme chief executive Tom Baker said: “It has been a strong"
                " year.”\n\nBlue Owls veteran Jim Hart was a surprise choice for the award on the"
                " night. “I am thrilled to bits,” he said.\n"
            )
            if item is not None
        ][1]

    def test_verb_after_a_name_is_no_role(self) -> None:
        """``Jo Perry will skip March's race``: ``March`` is nobody she resolves to."""
        article = newsmodel.parse(
            "Talks\n\nJo Perry will skip March's Acme Cross Country. She prefers"
            " the track. “I am wary of injuries,” she said.\n"
        )
        assert [("she", "Jo Perry")] == _mentions_and_speakers(article)

    def test_subject_of_a_copula(self) -> None:
        """``Jim Hart was a surprise choice for the award. "...," he said``: Jim Hart."""
        assert ("he", "Jim Hart") == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\nAcme chief executive Tom Baker said: “It has been a strong"
                " year.”\n\nJim Hart was a surprise choice for the award on the night. “I am thrilled"
                " to bits,” he said.\n"
            )
            if item is not None
        ][1]

    def test_name_after_a_pronoun_and_verb_is_no_subject(self) -> None:
        """``She told Good Morning Acme: "..."``: no subject named Good Morning Acme."""
        article = newsmodel.parse(
            "Talks\n\nAnn Lee spoke.\n\nShe told Good Morning Acme: “We will"
            " stay.”\n\nShe added: “It is final.”\n"
        )
        assert [("She", "Ann Lee"), ("She", "Ann Lee")] == _mentions_and_speakers(
            article
        )

    def test_pronoun_after_an_apposed_subject(self) -> None:
        """``But Jim Hart, an analyst at Beta Bank, warned ... "...," he said``."""
        assert [
            ("Tom Baker", "Tom Baker"),
            ("he", "Jim Hart"),
        ] == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\nAcme chief executive Tom Baker said: “It has been a strong"
                " year.”\n\nBut Jim Hart, an analyst at Beta Bank, warned that costs"
                " were rising. “Margins will come under pressure,” he said.\n"
            )
            if item is not None
        ]


class TestClauseOfItsOwn:
    """A clause joined by ``and`` or ``but`` with a subject of its own reports its quote."""

    def test_pronoun_clause_after_the_sentence_subject(self) -> None:
        """``Mr Baker has been deaf ... and he thinks that "..."``: he, thinks."""
        assert [("he", "thinks", "before", "Baker")] == _brief(
            "Talks\n\nMr Baker has been deaf since childhood and he thinks"
            " a “sound map” helps.\n"
        )

    def test_joined_objects_keep_the_sentence_subject(self) -> None:
        """``found that X is "..." and Y are "..."``: the finders, for both."""
        assert [
            ("Two analysts", "found", "before", "Two analysts"),
            ("Two analysts", "found", "before", "Two analysts"),
        ] == _brief(
            "Talks\n\nTwo analysts found last year that the Acme fleet is “the best"
            " in the world” and Acme ground crews are “the best in the region.”\n"
        )

    def test_subordinate_clause_keeps_its_cue(self) -> None:
        """``Although X admitted ... "...," he denied a deal.``: X, admitted."""
        assert [("Tom Baker", "admitted", "before", "Tom Baker")] == _brief(
            "Talks\n\nAlthough Tom Baker admitted to the paper that the two had"
            " “been friends for years,” he denied any deal.\n"
        )

    def test_relative_clause_closed_before_the_quote(self) -> None:
        """``X said the plan, which critics have claimed was rushed, was an "insult"``."""
        assert [("Ann Lee", "said", "before", "Ann Lee")] == _brief(
            "Talks\n\nAnn Lee said the plan, which critics have claimed was rushed,"
            " was an “insult” to staff.\n"
        )

    def test_quote_inside_a_relative_clause(self) -> None:
        """``the plan, which critics have called "rushed," is back``: the critics."""
        assert [("critics", "called", "before", "critics")] == _brief(
            "Talks\n\nAnn Lee said the plan, which critics have called “rushed,”"
            " is back.\n"
        )

    def test_inverted_main_clause_still_attributes(self) -> None:
        """``If ... - as Acme denies - "...?" asked Ann Lee``: Ann Lee, asked."""
        assert [("Ann Lee", "asked", "after", "Ann Lee")] == _brief(
            "Talks\n\nIf the vote was rigged — as many believe, but Acme denies —"
            " “why not check?” asked Ann Lee.\n"
        )


class TestDescriptorsBeforeNames:
    """Words that describe a person before the name are not part of the name."""

    def test_compound_adjective_is_no_name(self) -> None:
        """``Tea-loving Baker says``: Tom Baker, named before."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker runs a tea room. Tea-loving Baker says it pays."
            " “I should get a medal,” he adds.\n"
        )
        assert [("he", "Tom Baker")] == _mentions_and_speakers(article)
        assert ["Tom Baker"] == [person.name for person in article.people]

    def test_adjective_opening_the_sentence(self) -> None:
        """``Defiant Tom Baker insists ... he told``: Tom Baker."""
        article = newsmodel.parse(
            "Baker stays on\n\nDefiant Tom Baker insists he will stay at Rovers."
            "\n\n“I am not a man who walks away,” he told Radio Acme.\n"
        )
        assert [("he", "Tom Baker")] == _mentions_and_speakers(article)
        assert ["Tom Baker"] == [person.name for person in article.people]

    def test_age_after_a_cue(self) -> None:
        """``conceded the 29-year-old Baker``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nRovers signed Tom Baker on Monday. “I would like to stay,”"
            " conceded the 29-year-old Baker.\n"
        )
        assert [("the 29-year-old Baker", "Tom Baker")] == _mentions_and_speakers(
            article
        )

    def test_age_resolves_to_the_person_before(self) -> None:
        """``Tom Baker has signed. "...," the 34-year-old told ...``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker has signed for Rovers. “It was an easy decision,” the"
            " 34-year-old told the club website.\n"
        )
        assert [("the 34-year-old", "Tom Baker")] == _mentions_and_speakers(article)

    def test_compound_number_is_a_share(self) -> None:
        """``Sixty-two percent said``: the share, not ``percent``."""
        article = newsmodel.parse(
            "Poll\n\nSixty-two percent said the tax was “too high”.\n"
        )
        assert [("Sixty-two percent", "Sixty-two percent")] == (
            _mentions_and_speakers(article)
        )

    def test_name_inside_a_noun_phrase_is_no_person(self) -> None:
        """``added the two-time Acme Award winner``: a description, no person."""
        article = newsmodel.parse(
            "Talks\n\n“It is a special time,” added the two-time Acme Award winner.\n"
        )
        assert ((), "the two-time Acme Award winner") == (
            article.people,
            _mentions_and_speakers(article)[0][0],
        )


def _mentions_and_speakers(article: Article) -> list[tuple[str, str | None]]:
    """The mention and the speaker's name of each attributed quote."""
    return [
        (
            quote.attribution.mention.text,
            None
            if quote.attribution.speaker is None
            else quote.attribution.speaker.name,
        )
        for quote in article.quotes
        if quote.attribution is not None
    ]


class TestOneWordBodies:
    """``it`` resolves to a one-word name nothing marks as a person."""

    def test_body_after_its_trade_is_a_subject(self) -> None:
        """``Water firm Acme has cut jobs. The company says``: Acme."""
        article = newsmodel.parse(
            "Acme news\n\nWater firm Acme has cut 300 jobs.\n\nThe company says"
            " it wants “a leaner business”.\n"
        )
        assert [("The company", "Acme")] == _mentions_and_speakers(article)
        assert [SpeakerKind.ORGANISATION] == [s.kind for s in article.speakers]

    def test_it_after_a_one_word_name(self) -> None:
        """``Acme said ... Still, it said``: Acme, an organisation."""
        article = newsmodel.parse(
            "Talks\n\nAcme said the merger bid was “cheeky”. Still, it said the"
            " talks could go on “for weeks”.\n"
        )
        assert [("Acme", "Acme"), ("it", "Acme")] == _mentions_and_speakers(article)
        assert [("Acme", SpeakerKind.ORGANISATION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]
        assert () == article.people

    def test_the_company_after_a_one_word_name(self) -> None:
        """``Acme has warned ... "...," the company said``: Acme."""
        article = newsmodel.parse(
            "Talks\n\nAcme has warned that sales will slip. “Demand was weak,” the"
            " company said.\n"
        )
        assert [("the company", "Acme")] == _mentions_and_speakers(article)
        assert [SpeakerKind.ORGANISATION] == [s.kind for s in article.speakers]

    def test_the_company_after_an_organisation(self) -> None:
        """``The Acme Corporation said ... "...," the company said``."""
        article = newsmodel.parse(
            "Talks\n\nThe Acme Corporation said it would cut jobs. “Trading was"
            " tough,” the company said.\n"
        )
        assert [("the company", "Acme Corporation")] == _mentions_and_speakers(article)

    def test_it_after_a_lone_reporting_name(self) -> None:
        """``Acme said on Monday ... "...," it said``; ``he`` stays unresolved."""
        assert [("it", "Acme")] == _mentions_and_speakers(
            newsmodel.parse(
                "Talks\n\nAcme said on Monday it would cut 500 jobs. “We regret"
                " this,” it said.\n"
            )
        )
        assert [("he", None)] == _mentions_and_speakers(
            newsmodel.parse(
                "Talks\n\nAcme said on Monday it would cut 500 jobs. “We regret"
                " this,” he said.\n"
            )
        )

    def test_a_group_is_no_body(self) -> None:
        """``Opponents said ... "...," it said``: no body for ``it``."""
        assert [("it", None)] == _mentions_and_speakers(
            newsmodel.parse(
                "Talks\n\nOpponents said the plan would fail. “It is flawed,” it"
                " said.\n"
            )
        )

    def test_name_after_a_body_noun_is_a_body(self) -> None:
        """``rail firm Acme Lines told ...``: a body, which ``he`` skips."""
        article = newsmodel.parse(
            "Talks\n\nMr Baker said the state would not pay “a subsidy”. However,"
            " rail firm Acme Lines told the Daily Post it would not accept “any"
            " change”. Later he said he disliked “guesswork”.\n"
        )
        assert [
            ("Mr Baker", "Baker"),
            ("Acme Lines", "Acme Lines"),
            ("he", "Baker"),
        ] == (_mentions_and_speakers(article))
        assert [SpeakerKind.PERSON, SpeakerKind.ORGANISATION] == [
            speaker.kind for speaker in article.speakers
        ]

    def test_it_never_resolves_to_a_titled_person(self) -> None:
        """``Mr Lee said ... Still, it said``: unresolved."""
        article = newsmodel.parse(
            "Talks\n\nMr Lee said the merger bid was “cheeky”. Still, it said the"
            " talks could go on “for weeks”.\n"
        )
        assert ("it", None) == _mentions_and_speakers(article)[1]


class TestReportAfterAFullStop:
    """After a quote that ends its sentence, a new report is no attribution of it."""

    def test_new_report_is_not_the_quote_s(self) -> None:
        """``"B." Ann Lee said shoppers ought to wait.``: B stays Tom Baker's."""
        assert [("Tom Baker", "Tom Baker"), ("Tom Baker", "Tom Baker")] == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\n“The market is crowded,” said Tom Baker, an analyst at"
                " Beta. “It is a five-horse race.” Ann Lee said shoppers ought to"
                " wait.\n"
            )
            if item is not None
        ]

    def test_pronoun_clause_after_the_cue(self) -> None:
        """``"B." Ann Lee said she had called ...``: B stays Tom Baker's."""
        assert ("Tom Baker", "Tom Baker") == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\n“Their form was awesome,” said Tom Baker. “They are a"
                " strong group.” Ann Lee said she had called to rival coaches.\n"
            )
            if item is not None
        ][1]

    def test_clause_closing_the_next_sentence(self) -> None:
        """``"B." The mood may be changing, says Ann Lee.``: B stays Tom Baker's."""
        assert ("Tom Baker", "Tom Baker") == [
            (item[0], item[3])
            for item in _brief(
                "Talks\n\n“Growth is back,” said Tom Baker. “People are saying they"
                " are fine.” There may be a feeling that the world is getting worse,"
                " says Ann Lee.\n"
            )
            if item is not None
        ][1]

    def test_plain_report_after_the_quote(self) -> None:
        """``"B." Ann Lee said on Monday.``: Ann Lee's."""
        assert ("Ann Lee", "Ann Lee") == next(
            (item[0], item[3])
            for item in _brief(
                "Talks\n\n“The market is crowded,” said Tom Baker, an analyst at"
                " Beta. “It is a five-horse race.” Ann Lee said on Monday.\n"
            )[1:]
            if item is not None
        )


class TestRoleWords:
    """Role words of the lexicon title names and head descriptions."""

    @pytest.mark.parametrize("role", ["Singer", "Guitarist", "Rapper", "Presenter"])
    def test_entertainment_roles_are_titles(self, role: str) -> None:
        """``Singer Jim Hart said``: Jim Hart, titled."""
        article = newsmodel.parse(f"Talks\n\n{role} Jim Hart said: “I am thrilled.”\n")
        assert [("Jim Hart", (role,))] == [
            (person.name, person.titles) for person in article.people
        ]

    @pytest.mark.parametrize(
        "role",
        [
            "Striker",
            "Midfielder",
            "Ireland fly-half",
            "Sprinter",
            "Rovers defender",
            "Producer",
            "Broadcaster",
            "Referee",
            "Farmer",
            "Songwriter",
        ],
    )
    def test_sports_roles_are_titles(self, role: str) -> None:
        """``Striker Jim Hart said``: Jim Hart, titled."""
        article = newsmodel.parse(f"Talks\n\n{role} Jim Hart said: “I am thrilled.”\n")
        assert [("Jim Hart", (role,))] == [
            (person.name, person.titles) for person in article.people
        ]

    @pytest.mark.parametrize("party", ["Democrat", "Republican"])
    def test_party_before_a_full_name(self, party: str) -> None:
        """``Democrat Ann Lee said``: Ann Lee, titled by the party."""
        article = newsmodel.parse(f"Talks\n\n{party} Ann Lee said: “We will win.”\n")
        assert [("Ann Lee", (party,))] == [
            (person.name, person.titles) for person in article.people
        ]

    def test_party_in_a_body_s_name(self) -> None:
        """``the Republican Spring Convention said``: a body, no person."""
        article = newsmodel.parse(
            "Talks\n\nThe Republican Spring Convention said: “We will win.”\n"
        )
        assert [] == [person.name for person in article.people]

    def test_prefixed_role_word(self) -> None:
        """``The Blues co-chairman attacked the pledges as "empty"``: the co-chairman."""
        assert [
            ("he", "told", "after", None),
            ("The Blues co-chairman", "attacked", "before", "Blues co-chairman"),
        ] == _brief(
            "Poll news\n\n“It will be a dirty campaign,” he told Radio Acme. The"
            " Blues co-chairman attacked the four new pledges as “empty”.\n"
        )

    def test_role_word_as_a_title(self) -> None:
        """``Boss Dan Frost had said ... He added``: Dan Frost, titled Boss."""
        article = newsmodel.parse(
            "Talks\n\nTom Hart has been sold. Boss Dan Frost had said that he would"
            " be happy to let him go. He added: “It is not my call.”\n"
        )
        assert [("He", "Dan Frost")] == _mentions_and_speakers(article)
        assert [("Dan Frost", ("Boss",))] == [
            (person.name, person.titles)
            for person in article.people
            if person.name == "Dan Frost"
        ]

    def test_body_before_a_role_noun(self) -> None:
        """``Acme bosses say``: the body's bosses, the body in the mention."""
        assert [("Acme bosses", "say")] == [
            (item[0], item[1])
            for item in _brief(
                "Talks\n\nAcme bosses say they are “hopeful” about the sale.\n"
            )
            if item is not None
        ]

    def test_agents_are_no_verb(self) -> None:
        """``Acme agents allegedly copied 50 "secret files"``: downloaded."""
        assert [("Acme agents", "copied")] == [
            (item[0], item[1])
            for item in _brief(
                "Talks\n\nDuring its inquiry Acme agents allegedly copied 50"
                " “secret files” from the servers.\n"
            )
            if item is not None
        ]


class TestLettersAndBodiesAroundNames:
    """Letters after a name and a body before it are no part of the name."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Tom Baker MP said: “The policy is a mess.”", "Tom Baker"),
            ("“The policy is a mess,” said Ann Lee QC.", "Ann Lee"),
            (
                (
                    "Chair of the Roads Committee Tom Baker said: “The policy is"
                    " a mess.”"
                ),
                "Tom Baker",
            ),
            ("Radio One DJ Tom Baker said: “The policy is a mess.”", "Tom Baker"),
            (
                "Leader of the Commons Tom Baker said: “The policy is a mess.”",
                "Tom Baker",
            ),
            # A description or a body keeps its letters and its name.
            ("A senior Acme MP criticised the “mess”.", "senior Acme MP"),
            ("“The policy is a mess,” said the Bank of England.", "Bank of England"),
            (
                "“The policy is a mess,” the Department for Canals said.",
                "Department for Canals",
            ),
            (
                "“The policy is a mess,” the Acme Farmers' Union said.",
                "Acme Farmers' Union",
            ),
            (
                "Tom Baker from the Farmers' Union said: “The policy is a mess.”",
                "Tom Baker",
            ),
            (
                "The Office for Canal Safety said: “The policy is a mess.”",
                "Office for Canal Safety",
            ),
        ],
    )
    def test_speaker_name(self, text: str, speaker: str) -> None:
        """The speaker's name has no post-nominal letters and no body."""
        attribution = _attribution(f"Talks\n\n{text}\n")
        assert attribution.speaker is not None
        assert speaker == attribution.speaker.name


class TestUnnamedRoleOfABody:
    """``A spokesman for the Acme Association said``: a subject for ``he``."""

    def test_role_of_a_body_before_the_cue(self) -> None:
        """The spokesman, past the body he speaks for."""
        assert [("he", "spokesman")] == _mentions_and_speakers(
            newsmodel.parse(
                "Talks\n\nA spokesman for the Acme Association said the council was"
                " trying to allay fears. He said the rules were unfair. “The"
                " industry is respected,” he said.\n"
            )
        )


class TestOwnedTexts:
    """``Acme's statement said``: the text speaks for its owner."""

    def test_statement_of_a_body(self) -> None:
        """The body, an organisation."""
        article = newsmodel.parse(
            "Talks\n\nAcme's statement to investors said: “The board has"
            " noted the speculation.”\n"
        )
        assert [("Acme's statement", "Acme")] == _mentions_and_speakers(article)
        assert [SpeakerKind.ORGANISATION] == [s.kind for s in article.speakers]

    def test_report_of_a_person_named_before(self) -> None:
        """``Mr Baker's report noted``: Tom Baker, named before."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker led the review. Mr Baker's report noted that the"
            " plan was “a failure”.\n"
        )
        assert [("Mr Baker's report", "Tom Baker")] == _mentions_and_speakers(article)

    def test_a_person_s_lawyer_speaks_for_himself(self) -> None:
        """``Tom Baker's lawyer said``: the lawyer, not Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker's lawyer said: “We will appeal.”\n"
        )
        assert [("Tom Baker's lawyer", "Tom Baker's lawyer")] == (
            _mentions_and_speakers(article)
        )

    def test_ruling_of_a_body_with_an_article(self) -> None:
        """``the Acme Media Council's ruling said``: the council."""
        article = newsmodel.parse(
            "Talks\n\n“The show may not go on,” the Acme Media Council's ruling said.\n"
        )
        assert [("the Acme Media Council's ruling", "Acme Media Council")] == (
            _mentions_and_speakers(article)
        )

    @pytest.mark.parametrize(
        ("mention", "owner"),
        [("an Acme statement", "Acme"), ("the Pew report", "Pew")],
    )
    def test_owner_before_the_noun(self, mention: str, owner: str) -> None:
        """``"...," an Acme statement said``: Acme."""
        article = newsmodel.parse(
            f"Talks\n\n“Baker broke the rules,” {mention} said.\n"
        )
        assert [(mention, owner)] == _mentions_and_speakers(article)

    def test_a_plain_text_noun_stays_a_description(self) -> None:
        """``The report said``: the report, not ``The``."""
        article = newsmodel.parse("Talks\n\nThe report said: “Costs will rise.”\n")
        assert [("The report", "report")] == _mentions_and_speakers(article)

    def test_possessive_pronoun_s_message(self) -> None:
        """``Sir Tom Baker said ... His message was: "..."``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nSir Tom Baker said stability mattered most. His message to"
            " the board was: “Please do not spend it all.”\n"
        )
        assert [("His message", "Tom Baker")] == _mentions_and_speakers(article)


class TestContractedAuxiliaries:
    """``he's said``: a pronoun and its contracted auxiliary before the cue."""

    def test_contracted_auxiliary_after_a_subordinate_clause(self) -> None:
        """``Ever since Tom Baker announced his bid, he's said: "..."``: he, said."""
        assert [("he", "said", "before", "Tom Baker")] == _brief(
            "Talks\n\nEver since Tom Baker announced his bid last year, he's said"
            " it at each rally: “It is not about me.”\n"
        )

    def test_contraction_of_would_or_had(self) -> None:
        """``Tom Baker at that point said he’d urged his "staff"``: his report."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            "Talks\n\nTom Baker at that point said he’d urged his “staff” to act.\n"
        )


class TestSubjectJustBefore:
    """A direct quote standing alone after a sentence opening with a person's name."""

    def test_person_of_the_sentence_before(self) -> None:
        """``Tom Baker was unmoved. "We will rebuild."``: Tom Baker, ``was unmoved``."""
        assert [("Tom Baker", "was unmoved", "before", "Tom Baker")] == _brief(
            "Talks\n\nTom Baker was unmoved. “We will rebuild.”\n"
        )

    def test_lone_capitalised_word_is_no_person(self) -> None:
        """``Funding, in her view, can be found. "..."``: nobody named."""
        assert [None] == _brief(
            "Talks\n\nFunding, in her view, can be found for shows. “It will work.”\n"
        )

    def test_partial_quote_or_another_subject(self) -> None:
        """Not a partial quote, nor a sentence opening with something else."""
        assert [None, None] == _brief(
            "Talks\n\nTom Baker was unmoved. The “rebuild” plan is new.\n\nThe"
            " weather was bad. “We will rebuild.”\n"
        )


class TestPassiveAsides:
    """A participle opening an aside is a passive whose agent used the words."""

    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            (
                "The inquiry, often dubbed a “fishing trip” by critics, goes on.",
                "critics",
            ),
            (
                "The inquiry - often dubbed a “fishing trip” by the Acme Party - goes on.",
                "the Acme Party",
            ),
        ],
    )
    def test_agent_of_a_participle_aside(self, text: str, agent: str) -> None:
        """``, often dubbed a "..." by critics,``: the critics, with ``dubbed``."""
        assert [(agent, "dubbed")] == [
            (item[0], item[1]) for item in _brief(f"Talks\n\n{text}\n") if item
        ]


class TestParticipleAsides:
    """An aside opening with a participle describes the subject before it."""

    def test_name_inside_the_aside_is_no_speaker(self) -> None:
        """``Others, pointing to the Lee case, shouted, "..."``: the others."""
        assert [("Others", "shouted")] == [
            (item[0], item[1])
            for item in _brief(
                "Talks\n\nSome chanted. Others, pointing to the Lee case, shouted,"
                " “Stop the cover-up!”\n"
            )
            if item is not None
        ]


class TestDemonymsAsAdjectives:
    """A nationality before a noun is an adjective, neither a speaker nor a cue."""

    def test_demonym_before_a_noun(self) -> None:
        """``comments in a large Danish paper that the "..."``: no ``Danish``."""
        assert [None] == _brief(
            "Talks\n\nThe plan won despite comments in a large Danish paper"
            " that the “hour has come” for reform.\n"
        )


class TestLooseSpeakers:
    """The words between a quote and its cue, read as a name and what follows it."""

    def test_name_and_open_role(self) -> None:
        """``"...," Tom Baker, Acme director said``: Tom Baker, titled."""
        article = newsmodel.parse(
            "Talks\n\n“We are pleased,” Tom Baker, Acme director said.\n"
        )
        assert [("Tom Baker", "Tom Baker")] == _mentions_and_speakers(article)
        assert [("Acme director",)] == [person.titles for person in article.people]

    def test_person_of_a_body_after_a_cue(self) -> None:
        """``said Rail Weekly's Tom Hart``: Tom Hart, titled by the body."""
        article = newsmodel.parse(
            "Talks\n\n“Acme is catching up,” said Rail Weekly’s Tom Hart.\n"
        )
        assert [("Rail Weekly’s Tom Hart", "Tom Hart")] == _mentions_and_speakers(
            article
        )
        assert [("Tom Hart", ("Rail Weekly",))] == [
            (person.name, person.titles) for person in article.people
        ]

    def test_circumstance_after_an_inverted_speaker(self) -> None:
        """``wrote analysts from Beta Bank in a memo``: up to the bank."""
        article = newsmodel.parse(
            "Talks\n\n“Sales will slow,” wrote analysts from Beta Bank in a note to"
            " clients on Friday.\n"
        )
        assert [("analysts from Beta Bank", "Beta Bank")] == _mentions_and_speakers(
            article
        )


class TestIntroducedQuote:
    """Rule 3f: a cue right before a quote introduces it, whatever follows."""

    def test_cue_and_comma_before_the_quote(self) -> None:
        """``When a man shouted, "Cruz," Baker joked.``: the man shouted it."""
        assert [("a man", "shouted", "before", "man")] == _brief(
            "Rally\n\nWhen a man shouted, “Cruz,” Tom Baker joked.\n"
        )

    def test_cue_further_before_the_quote(self) -> None:
        """``Ann Lee said, sadly, "A," Baker added``: the cue is not next to the quote."""
        brief = _brief(
            "Rally\n\nAnn Lee left early, sadly, “too early,” Tom Baker added.\n"
        )
        assert [("Tom Baker", "added", "after", "Tom Baker")] == brief


class TestParticiples:
    """Rule 3d: a participle after a comma reports the words of the sentence's subject."""

    def test_participle_after_the_main_clause(self) -> None:
        """``X thanked the crowd, saying: "..."``: X says it."""
        assert [("Tom Baker", "saying", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker thanked the crowd, saying: “We will win.”\n"
        )

    def test_participle_with_no_subject_to_take(self) -> None:
        """``Later, saying "..."``: no subject before the comma, nothing is guessed."""
        assert [None] == _brief("Bridge\n\nLater, saying “never” twice.\n")

    def test_participle_after_a_governed_name(self) -> None:
        """``a note through Acme describing``: the sentence's subject speaks."""
        assert [("Tom Baker", "describing", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker sent a note through Acme describing "
            "the talks as “useful”.\n"
        )

    def test_reporting_verb_before_a_governed_name(self) -> None:
        """``Ann Lee wrote to Tom Baker asking ...``: Ann Lee, and wrote is the cue."""
        assert [("Ann Lee", "wrote", "before", "Ann Lee")] == _brief(
            "Bridge\n\nAnn Lee wrote to Tom Baker asking him to end the “fiasco”.\n"
        )


class TestNotSpeakers:
    """Rule 3e: words that cannot speak are not taken for speakers."""

    def test_infinitive_cue_before_an_object(self) -> None:
        """``choosing to say the phrase "..."``: the phrase says nothing; X said."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker said that by choosing to say the phrase “no deal” the"
            " council lost.\n"
        )


class TestSpeechNouns:
    """Rule 3c: a possessive speech noun introducing the quote names its owner."""

    def test_noun_with_a_content_clause(self) -> None:
        """``Critics seized on his warning that "..."``: the warning's owner speaks."""
        brief = _brief(
            "Bridge\n\nTom Baker arrived.\n\nCritics seized on his warning that the"
            " bridge was “unsafe”.\n"
        )
        assert [("his", "warning", "before", "Tom Baker")] == brief

    def test_possessive_owned_by_the_sentence_subject(self) -> None:
        """``On Friday, X renewed his call for "..."``: his is X, not the last speaker."""
        article = newsmodel.parse(
            "Bridge\n\nTom Baker said the bridge was “safe”.\n\nOn Friday, council"
            " leader Ian Pike renewed his call for a “delay”.\n"
        )
        attribution = article.quotes[1].attribution
        assert attribution is not None
        assert ("his", "call", "Ian Pike") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_noun_as_an_object(self) -> None:
        """``Critics mocked his claim as "..."``: no content clause, the critics."""
        brief = _brief(
            "Bridge\n\nTom Baker arrived.\n\nCritics mocked his claim as “silly”.\n"
        )
        assert [("Critics", "mocked", "before", "Critics")] == brief


class TestInterrupted:
    """Rule 4: the halves of an interrupted quote share their cue."""

    def test_interrupted_quote_between(self) -> None:
        """``"The bridge," said Tom Baker, "is safe."``: both halves, one cue."""
        article = newsmodel.parse(
            "Bridge\n\n“The bridge,” said Tom Baker, “is safe.”\n"
        )
        first = article.quotes[0].attribution
        second = article.quotes[1].attribution
        assert first is not None
        assert second is not None
        assert (Placement.BETWEEN, Placement.BETWEEN) == (
            first.placement,
            second.placement,
        )
        assert (first.cue, first.mention, "Tom Baker") == (
            second.cue,
            second.mention,
            second.speaker.name if second.speaker else None,
        )
        assert (0, 1) == _speaker(article, "Tom Baker").quotes

    def test_interrupted_after_a_short_opening(self) -> None:
        """``"A," said X, an engineer. Now, "b."``: a short opening with no cue goes on."""
        assert [("Tom Baker", "said", "between", "Tom Baker")] * 2 == _brief(
            "Bridge\n\n“The bridge is safe,” said Tom Baker, an engineer. Now,"
            " “it opens in May.”\n"
        )

    def test_interrupted_across_a_full_stop(self) -> None:
        """``"A," Tom Baker said. "B."``: the next sentence goes on."""
        assert [("Tom Baker", "said", "between", "Tom Baker")] * 2 == _brief(
            "Bridge\n\n“The bridge is safe,” Tom Baker said. “It opens in May.”\n"
        )


class TestContinuationAfterAnotherReport:
    """A cue-less quote goes on with the last report, not an older direct quote."""

    @pytest.mark.parametrize(
        "middle",
        [
            " Ann Lee said the plan was “a mess”. ",
            " Ann Lee said the plan was “a mess”.\n\n",
            " Ann Lee said the plan would fail, since the rules were the same. ",
        ],
    )
    def test_later_speaker(self, middle: str) -> None:
        """``"A," said Tom Baker. Ann Lee said ... "C."``: Ann Lee's."""
        article = newsmodel.parse(
            f"Talks\n\nTom Baker said: “We will win.”{middle}“It cannot work.”\n"
        )
        last = article.quotes[-1].attribution
        assert last is not None
        assert last.speaker is not None
        assert "Ann Lee" == last.speaker.name

    def test_partial_quote_in_the_direct_quote_s_sentence(self) -> None:
        """``"Why?" asked Tom Baker, on what he calls "b." "C."``: Tom Baker's."""
        article = newsmodel.parse(
            "Talks\n\n“Is it fair?” asked Tom Baker, referring to what he calls the"
            " “rigged” vote. “The answer is no.”\n"
        )
        last = article.quotes[-1].attribution
        assert last is not None
        assert ("asked", "Tom Baker") == (
            last.cue.text if last.cue else None,
            last.speaker.name if last.speaker else None,
        )

    def test_to_and_a_verb_is_no_report(self) -> None:
        """``Mr Baker had to argue his case. "..."``: no ``his case`` speaker."""
        article = newsmodel.parse(
            "Talks\n\n“I built a left foot,” said Tom Baker. Mr Baker had to argue"
            " his case to race again. “They would not let me.”\n"
        )
        last = article.quotes[-1].attribution
        assert last is not None
        assert last.speaker is not None
        assert "Tom Baker" == last.speaker.name


class TestContinuation:
    """Rule 5: a quote with no cue of its own inherits the previous one."""

    def test_continuation_paragraph(self) -> None:
        """A quote paragraph after an attributed one continues it."""
        article = newsmodel.parse(
            "Bridge\n\n“The bridge is safe,” said Tom Baker.\n\n“It opens in May.”\n"
        )
        first = article.quotes[0].attribution
        second = article.quotes[1].attribution
        assert first is not None
        assert second is not None
        assert (Placement.CONTINUATION, Method.CONTINUATION, 0.6) == (
            second.placement,
            second.method,
            second.confidence,
        )
        assert (first.mention, first.cue, first.speaker) == (
            second.mention,
            second.cue,
            second.speaker,
        )

    def test_continuation_of_the_direct_quote(self) -> None:
        """After ``"A," X said, calling it "b."``, the next paragraph continues ``A``."""
        assert [
            ("Tom Baker", "said", "after", "Tom Baker"),
            ("Tom Baker", "calling", "before", "Tom Baker"),
            ("Tom Baker", "said", "continuation", "Tom Baker"),
        ] == _brief(
            "Bridge\n\n“It is safe,” Tom Baker said, calling the bridge “a marvel.”"
            "\n\n“It opens in May.”\n"
        )

    def test_continuation_needs_the_previous_paragraph(self) -> None:
        """A paragraph in between breaks the continuation."""
        assert [("Tom Baker", "said", "after", "Tom Baker"), None] == _brief(
            "Bridge\n\n“The bridge is safe,” said Tom Baker.\n\n"
            "The council met later.\n\n“It opens in May.”\n"
        )

    def test_continuation_of_a_pronoun(self) -> None:
        """A continuation of a pronoun's quote resolves to the same speaker."""
        article = newsmodel.parse(
            "Bridge\n\nMayor Tom Baker arrived.\n\n“The bridge is safe,” he said.\n\n"
            "“It opens in May.”\n"
        )
        second = article.quotes[1].attribution
        assert second is not None
        assert ("he", Method.CONTINUATION, "Tom Baker") == (
            second.mention.text,
            second.method,
            second.speaker.name if second.speaker else None,
        )


class TestResolution:
    """Mentions join speakers: names, titles, pronouns, descriptions."""

    def test_surname_joins_full_name(self) -> None:
        """``Baker said`` after ``Tom Baker`` is Tom Baker."""
        article = newsmodel.parse(
            "Bridge\n\nTom Baker opened the bridge.\n\n“It is safe,” Baker said.\n"
        )
        speaker = _speaker(article, "Tom Baker")
        assert ((0,), ["Tom Baker", "Baker"]) == (
            speaker.quotes,
            [mention.text for mention in speaker.mentions],
        )

    def test_first_name_joins_full_name(self) -> None:
        """``Tom said`` after ``Mayor Tom Baker`` is Tom Baker."""
        assert [("Tom", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nMayor Tom Baker opened the bridge.\n\n“It is safe,” Tom said.\n"
        )

    def test_first_name_joins_an_untitled_full_name(self) -> None:
        """``Tom said`` after ``Tom Baker opened`` is Tom Baker."""
        assert [("Tom", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker opened the bridge.\n\n“It is safe,” Tom said.\n"
        )

    def test_pronoun_resolves_to_an_untitled_sentence_subject(self) -> None:
        """``Tom Baker arrived. "...," he said.``: he is Tom Baker."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker arrived.\n\n“The bridge is safe,” he said.\n"
        )

    def test_pronoun_resolves_to_a_name_in_apposition_before_a_cue(self) -> None:
        """``The engineer, Tom Baker, said ... "...," he said``: he is Tom Baker."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nThe city engineer, Tom Baker, said the work was done."
            "\n\n“The bridge is safe,” he said.\n"
        )

    def test_pronoun_resolves_to_a_name_after_a_noun_before_a_cue(self) -> None:
        """``Her sister Ann Lee told reporters ...`` makes Ann Lee a subject."""
        article = newsmodel.parse(
            "Bridge\n\nMayor Tom Baker opened the bridge. Her sister Ann Lee "
            "told reporters it was late.\n\n“It took years,” she said.\n"
        )
        assert ["Tom Baker", "Ann Lee"] == [person.name for person in article.people]
        assert [("she", "said", "after", "Ann Lee")] == _brief(article.source)

    def test_pronoun_resolves_to_an_unnamed_spokesman(self) -> None:
        """``A spokesman said: "A." "B," he added.``: the spokesman."""
        assert [
            ("A spokesman", "said", "before", "spokesman"),
            ("he", "added", "after", "spokesman"),
        ] == _brief(
            "Bridge\n\nA spokesman said: “We will act.” Later, “We are ready,” "
            "he added.\n"
        )

    def test_pronoun_resolves_to_an_unnamed_role_reporting(self) -> None:
        """``An Acme spokeswoman noted it. "...," she said.``: the spokeswoman."""
        assert [("she", "said", "after", "Acme spokeswoman")] == _brief(
            "Bridge\n\nAn Acme spokeswoman noted the bridge was shut.\n\n"
            "“No date was given,” she said.\n"
        )

    def test_definite_role_is_no_new_subject(self) -> None:
        """``The Acme spokesman criticised it`` refers back to Tom Baker."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker, an Acme spokesman, spoke. The Acme spokesman "
            "criticised the plan.\n\n“It is late,” he said.\n"
        )

    def test_it_is_no_spokesman(self) -> None:
        """``An Acme spokesman confirmed it. Acme declined ... what it calls``."""
        attribution = _attribution(
            "Bridge\n\nAn Acme spokesman confirmed it. Acme declined to say what "
            "it calls “internal matters”.\n"
        )
        assert ("it", None) == (attribution.mention.text, attribution.speaker)

    @pytest.mark.parametrize("speaker", ["Critics", "A spokeswoman"])
    def test_pronoun_skips_plural_or_other_gender_descriptions(
        self, speaker: str
    ) -> None:
        """``Critics said: "A." "B," he added.``: he is not the critics."""
        attribution = _attribution(
            f"Bridge\n\n{speaker} said: “We will act.” Later, “We are ready,” "
            "he added.\n",
            1,
        )
        assert ("he", None) == (attribution.mention.text, attribution.speaker)

    def test_pronoun_resolves_to_a_name_before_adverbs_and_a_cue(self) -> None:
        """``Its leader, Tom Baker, has also said ...``: he is Tom Baker."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nIts leader, Tom Baker, has also said it was late.\n\n"
            "“The bridge is safe,” he said.\n"
        )

    def test_pronoun_resolves_to_a_name_before_an_open_role(self) -> None:
        """``Tom Baker, Acme's chief officer said ... "...," he said``: Tom Baker."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker, Acme’s chief officer said a test was due.\n\n"
            "“We are ready,” he said.\n"
        )

    def test_pronoun_resolves_to_a_name_of_a_body(self) -> None:
        """``Ann Lee of Save the Trees said ... "...," she said``: Ann Lee."""
        assert [("she", "said", "after", "Ann Lee")] == _brief(
            "Bridge\n\nAnn Lee of Save the Trees said there were concerns.\n\n"
            "“The bridge is unsafe,” she said.\n"
        )

    def test_name_after_a_preposition_is_no_subject(self) -> None:
        """``a partner of Hill Lane said``: the firm is not the pronoun's person."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker opened it. A partner of Hill Lane said it was done."
            "\n\n“The bridge is safe,” he said.\n"
        )

    def test_name_before_a_participle_is_no_subject(self) -> None:
        """``e-mailed Mr Lee pointing out``: the object does not catch the pronoun."""
        assert [("He", "said", "before", "Tom Baker")] == _brief(
            "Bridge\n\nTom Baker opened it. Later, Mr Baker e-mailed Mr Lee pointing"
            " out the delay."
            "\n\nHe said: “The bridge is safe.”\n"
        )

    def test_apposition_titles(self) -> None:
        """``Tom Baker, the city engineer, said``: the apposition is a title."""
        article = newsmodel.parse(
            "Bridge\n\nTom Baker, the city engineer, said the bridge was “safe”.\n"
        )
        assert [("Tom Baker", ("city engineer",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_apposition_after_an_inverted_cue(self) -> None:
        """``said Tom Baker, an engineer``: the apposition after the name is a title."""
        article = newsmodel.parse(
            "Bridge\n\n“It is safe,” said Tom Baker, an engineer.\n"
        )
        assert [("Tom Baker", ("engineer",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_title_before_the_name(self) -> None:
        """``Mayor Tom Baker said``: the title is split from the name."""
        article = newsmodel.parse("Bridge\n\n“It is safe,” said Mayor Tom Baker.\n")
        assert [("Tom Baker", ("Mayor",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_title_reference_joins_person(self) -> None:
        """``the mayor said`` after ``Mayor Tom Baker`` is Tom Baker."""
        article = newsmodel.parse(
            "Bridge\n\nMayor Tom Baker opened the bridge.\n\n"
            "“It is safe,” the mayor said.\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("the mayor", "Tom Baker") == (
            attribution.mention.text,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_title_reference_needs_a_matching_title(self) -> None:
        """``the engineer said`` after ``Mayor Tom Baker``: a description of its own."""
        article = newsmodel.parse(
            "Bridge\n\nMayor Tom Baker opened the bridge.\n\n"
            "“It is safe,” the engineer said.\n"
        )
        assert [("engineer", SpeakerKind.DESCRIPTION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]

    def test_repeated_title_is_kept_once(self) -> None:
        """A title given twice is listed once."""
        article = newsmodel.parse(
            "Bridge\n\nMayor Tom Baker opened it.\n\n"
            "“It is safe,” said Mayor Tom Baker.\n"
        )
        assert [("Tom Baker", ("Mayor",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_honorific_gives_gender(self) -> None:
        """``Mrs. Rita Cole``: the honorific tells the gender and is no title."""
        article = newsmodel.parse("Bridge\n\n“It is safe,” said Mrs. Rita Cole.\n")
        assert [("Rita Cole", "female", ())] == [
            (speaker.name, speaker.gender, speaker.titles)
            for speaker in article.speakers
        ]

    def test_neutral_honorific_gives_no_gender(self) -> None:
        """``Dr. Rita Cole``: the honorific tells nothing of gender."""
        article = newsmodel.parse("Bridge\n\n“It is safe,” said Dr. Rita Cole.\n")
        assert [("Rita Cole", None)] == [
            (speaker.name, speaker.gender) for speaker in article.speakers
        ]

    def test_pronoun_resolves_to_same_gender(self) -> None:
        """``he`` skips the woman quoted last and joins the man quoted before her."""
        article = newsmodel.parse(
            "Bridge\n\n“The bridge is safe,” said Mr. Tom Baker.\n\n"
            "“The road is not,” said Ms. Rita Cole.\n\n“I disagree,” he said.\n"
        )
        attribution = article.quotes[2].attribution
        assert attribution is not None
        assert ("he", Method.PRONOUN, "Tom Baker", 0.85) == (
            attribution.mention.text,
            attribution.method,
            attribution.speaker.name if attribution.speaker else None,
            attribution.confidence,
        )

    def test_pronoun_gives_gender(self) -> None:
        """A resolved ``she`` tells the speaker's gender."""
        article = newsmodel.parse(
            "Bridge\n\n“It is safe,” said Rita Cole.\n\n“It is new,” she added.\n"
        )
        assert [("Rita Cole", "female", (0, 1))] == [
            (speaker.name, speaker.gender, speaker.quotes)
            for speaker in article.speakers
        ]

    def test_unresolvable_pronoun_stays_none(self) -> None:
        """``she`` after only a man stays unresolved, with a lower confidence."""
        attribution = _attribution(
            "Bridge\n\n“It is safe,” said Mr. Tom Baker.\n\n“It is not,” she said.\n",
            1,
        )
        assert ("she", None, Method.PRONOUN, 0.65) == (
            attribution.mention.text,
            attribution.speaker,
            attribution.method,
            attribution.confidence,
        )

    def test_first_person_pronoun_stays_none(self) -> None:
        """``I said`` tells no gender and resolves to no one."""
        attribution = _attribution(
            "Bridge\n\nTom Baker arrived.\n\n“It is safe,” I said.\n"
        )
        assert ("I", None) == (attribution.mention.text, attribution.speaker)

    def test_gendered_pronoun_skips_organisations(self) -> None:
        """``she`` after an organisation's quote does not stand for it."""
        attribution = _attribution(
            "Bridge\n\n“We will appeal,” the Acme Corporation said.\n\n"
            "“We are confident,” she said.\n",
            1,
        )
        assert ("she", None) == (attribution.mention.text, attribution.speaker)

    def test_plural_pronoun_resolves_to_organisation(self) -> None:
        """``they`` after an organisation's quote is that organisation."""
        attribution = _attribution(
            "Bridge\n\n“We will appeal,” the Acme Corporation said.\n\n"
            "“We are confident,” they said.\n",
            1,
        )
        assert ("they", "Acme Corporation") == (
            attribution.mention.text,
            attribution.speaker.name if attribution.speaker else None,
        )

    def test_it_resolves_to_a_reporting_organisation(self) -> None:
        """``The Acme Corporation has said ... "...," it said``: Acme is it."""
        article = newsmodel.parse(
            "Bridge\n\nThe Acme Corporation has also said the bridge was sound.\n\n"
            "“We will appeal,” it said.\n"
        )
        assert [("it", "said", "after", "Acme Corporation")] == _brief(article.source)
        assert () == article.people

    def test_it_resolves_to_an_organisation_opening_its_sentence(self) -> None:
        """``The Acme Trust welcomed the plan. "...," it said``: the trust."""
        assert [("it", "said", "after", "Acme Trust")] == _brief(
            "Bridge\n\nFirms had opposed it. The Acme Trust welcomed the plan. "
            "“It is a fair deal for all,” it said.\n"
        )

    def test_it_resolves_to_an_organisation_opening_a_paragraph(self) -> None:
        """The first body paragraph opens with the trust: it is the trust."""
        assert [("it", "said", "after", "Acme Trust")] == _brief(
            "Bridge\n\nThe Acme Trust welcomed the plan.\n\n"
            "“It is a fair deal for all,” it said.\n"
        )

    def test_it_resolves_to_an_organisation_with_its_acronym(self) -> None:
        """``The Acme Arts Council (AAC) voted. It claimed "..."``."""
        assert [("It", "claimed", "before", "Acme Arts Council")] == _brief(
            "Bridge\n\nThe games ended. The Acme Arts Council (AAC) voted. It "
            "claimed both “broke new ground”.\n"
        )

    def test_pronoun_resolves_to_a_name_after_an_opening_possessive(self) -> None:
        """``Labour's Ann Lee won the seat. She says "..."``: Ann Lee."""
        assert [("She", "says", "before", "Ann Lee")] == _brief(
            "Bridge\n\nLabour’s Ann Lee won the seat in 1997. She says she will "
            "fight on “as a local MP”.\n"
        )

    def test_organisation_after_a_preposition_is_no_subject(self) -> None:
        """``a report by the Acme Corporation said``: the report, not Acme, is it."""
        assert [("it", "said", "after", None)] == _brief(
            "Bridge\n\nA report by the Acme Corporation said the bridge was sound."
            "\n\n“We will appeal,” it said.\n"
        )

    def test_plural_pronoun_after_a_person_stays_none(self) -> None:
        """``they`` after one person's quote does not stand for that person."""
        attribution = _attribution(
            "Bridge\n\n“We will appeal,” said Tom Baker.\n\n"
            "“We are confident,” they said.\n",
            1,
        )
        assert ("they", None) == (attribution.mention.text, attribution.speaker)

    def test_organisation_speaker(self) -> None:
        """``the Acme Corporation said``: an organisation, found nominally."""
        article = newsmodel.parse(
            "Bridge\n\n“We will appeal,” the Acme Corporation said.\n"
        )
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("the Acme Corporation", Method.NOMINAL) == (
            attribution.mention.text,
            attribution.method,
        )
        assert [("Acme Corporation", SpeakerKind.ORGANISATION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]
        assert () == article.people

    def test_acronym_organisation_speaker(self) -> None:
        """``NATO said``: a name in capitals is an organisation."""
        article = newsmodel.parse("Bridge\n\n“We will help,” NATO said.\n")
        assert [("NATO", SpeakerKind.ORGANISATION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]

    def test_description_speaker(self) -> None:
        """``a city official said``: a description, without its article."""
        article = newsmodel.parse("Bridge\n\n“It is safe,” a city official said.\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert ("a city official", Method.NOMINAL, 0.95) == (
            attribution.mention.text,
            attribution.method,
            attribution.confidence,
        )
        assert [("city official", SpeakerKind.DESCRIPTION)] == [
            (speaker.name, speaker.kind) for speaker in article.speakers
        ]

    def test_same_description_is_one_speaker(self) -> None:
        """Two quotes of ``a city official`` share one description speaker."""
        article = newsmodel.parse(
            "Bridge\n\n“It is safe,” a city official said.\n\n"
            "Later, “it is open,” a city official said.\n"
        )
        assert [("city official", (0, 1))] == [
            (speaker.name, speaker.quotes) for speaker in article.speakers
        ]

    def test_people_lists_unquoted_persons(self) -> None:
        """A titled person who is not quoted is among the people only."""
        article = newsmodel.parse(
            "Bridge\n\nMayor Tom Baker cut the ribbon.\n\n“It is safe,” said Rita Cole.\n"
        )
        assert (["Tom Baker", "Rita Cole"], ["Rita Cole"]) == (
            [person.name for person in article.people],
            [speaker.name for speaker in article.speakers],
        )

    def test_headline_mentions_join_the_person(self) -> None:
        """The surname in the headline is a mention of the body's full name."""
        article = newsmodel.parse(
            "Baker opens bridge\n\n“It is safe,” said Tom Baker.\n"
        )
        assert ["Baker", "Tom Baker"] == [
            mention.text for mention in _speaker(article, "Tom Baker").mentions
        ]

    def test_headline_surname_of_another_person(self) -> None:
        """``Bob Lee sues council``: the headline's Lee is Bob Lee's, not Ann Lee's."""
        article = newsmodel.parse(
            "Bob Lee sues council\n\nAnn Lee said “no”. Bob Lee said “yes”.\n"
        )
        assert (["Ann Lee"], ["Bob Lee", "Bob Lee"]) == (
            [mention.text for mention in _speaker(article, "Ann Lee").mentions],
            [mention.text for mention in _speaker(article, "Bob Lee").mentions],
        )


class TestNotSpeech:
    """Titles and terms in quotation marks get no attribution."""

    def test_term_is_not_attributed(self) -> None:
        """A scare-quoted term after a cue gets no attribution."""
        article = newsmodel.parse(
            "Bridge\n\nTom Baker said the so-called “smart bridge” was late.\n"
        )
        assert [(newsmodel.QuoteKind.TERM, None)] == [
            (quote.kind, quote.attribution) for quote in article.quotes
        ]


class TestRegions:
    """Quotes the structure stage places outside the headline and paragraphs."""

    def test_quote_outside_any_region(self) -> None:
        """A quote that is neither in the headline nor a known paragraph is searched whole."""
        article = newsmodel.parse("Bridge\n\n“It is safe,” said Tom Baker.\n")
        moved = attrs.evolve(
            article,
            quotes=tuple(
                attrs.evolve(quote, paragraph=None, paragraphs=(), attribution=None)
                for quote in article.quotes
            ),
            headline=attrs.evolve(article.headline, start=0, end=0),
            speakers=(),
            people=(),
        )
        found = attribute(moved, DEFAULT_LEXICON)
        attribution = found.quotes[0].attribution
        assert attribution is not None
        assert ("Tom Baker", "said") == (
            attribution.mention.text,
            attribution.cue.text if attribution.cue else None,
        )

    @pytest.mark.parametrize("paragraph", [5, -1])
    def test_quote_in_an_unknown_paragraph(self, paragraph: int) -> None:
        """A paragraph index out of range falls back to the whole text."""
        article = newsmodel.parse("Bridge\n\n“It is safe,” said Tom Baker.\n")
        moved = attrs.evolve(
            article,
            quotes=tuple(
                attrs.evolve(
                    quote, paragraph=paragraph, paragraphs=(), attribution=None
                )
                for quote in article.quotes
            ),
            speakers=(),
            people=(),
        )
        found = attribute(moved, DEFAULT_LEXICON)
        attribution = found.quotes[0].attribution
        assert attribution is not None
        assert "Tom Baker" == attribution.mention.text


class TestDescriptionsOfNamedPeople:
    """``the striker``, ``the Scot``, ``the chancellor``: the person named before."""

    def test_epithet_is_the_person_named_before(self) -> None:
        """``Tom Baker scored twice. "...," the striker said``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker scored twice as Rovers beat City.\n\n"
            "“It was hard,” the striker said.\n"
        )
        assert [("the striker", "Tom Baker")] == _mentions_and_speakers(article)

    def test_epithet_with_modifiers(self) -> None:
        """``the two-time world champion said``: the person before."""
        article = newsmodel.parse(
            "Talks\n\nAnn Lee won her third title in Paris on Sunday.\n\n"
            "The two-time world champion said: “It never gets easier.”\n"
        )
        assert [("The two-time world champion", "Ann Lee")] == (
            _mentions_and_speakers(article)
        )

    def test_nationality_noun(self) -> None:
        """``said the Scot``: the person before."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker lost in the final on Sunday. “I was tired,”"
            " said the Scot.\n"
        )
        assert [("the Scot", "Tom Baker")] == _mentions_and_speakers(article)

    @pytest.mark.parametrize("noun", ["Irishman", "Dutchman", "German"])
    def test_nationality_noun_before_the_cue(self, noun: str) -> None:
        """``"...," the Irishman said``: the person before, not a name."""
        article = newsmodel.parse(
            f"Talks\n\nTom Baker scored the second goal.\n\n“We rode our luck,”"
            f" the {noun} said.\n"
        )
        assert [(f"the {noun}", "Tom Baker")] == _mentions_and_speakers(article)

    def test_paper_named_after_a_nationality_is_no_person(self) -> None:
        """``hailed by The Irishman magazine as "..."``: no person."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker unveiled the plan on Monday. It was hailed by The"
            " Irishman magazine as “bold”.\n"
        )
        assert "Tom Baker" not in [
            speaker
            for mention, speaker in _mentions_and_speakers(article)
            if mention.startswith("The Irishman")
        ]

    def test_office_epithet_without_a_holder(self) -> None:
        """``Baker said: "..." The Rovers boss continued: "..."``: Tom Baker."""
        article = newsmodel.parse(
            "Cup news\n\nTom Baker backed the plan. Baker said: “It is a fine"
            " idea.” The Rovers boss continued: “We need a change.”\n"
        )
        assert [("Baker", "Tom Baker"), ("The Rovers boss", "Tom Baker")] == (
            _mentions_and_speakers(article)
        )

    def test_leader_without_a_holder(self) -> None:
        """``Tom Baker has denied ... The Tory leader said ...``: Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker has denied his party is split over the plan.\n\n"
            "The Tory leader insisted the party stood “as one”.\n"
        )
        assert [("The Tory leader", "Tom Baker")] == _mentions_and_speakers(article)

    def test_office_epithet_goes_to_its_holder_first(self) -> None:
        """``Coach Ann Lee ... Tom Baker ... the coach admitted``: Ann Lee."""
        article = newsmodel.parse(
            "Cup news\n\nCoach Ann Lee picked a young side.\n\nTom Baker, given"
            " little chance to shine, was praised by Lee, though the coach"
            " admitted it was an “unforgiving place”.\n"
        )
        assert ("the coach", "Ann Lee") == _mentions_and_speakers(article)[-1]

    def test_epithet_goes_to_the_person_just_named_first(self) -> None:
        """``Actress Ann Lee ... Jo Hart spoke. The actress explained``: Jo Hart."""
        article = newsmodel.parse(
            "Talks\n\nActress Ann Lee spoke first.\n\nJo Hart opened up about"
            " her youth. The actress explained why it was a “backhanded"
            " compliment”.\n"
        )
        assert [("The actress", "Jo Hart")] == _mentions_and_speakers(article)

    def test_office_joins_the_person_who_holds_it(self) -> None:
        """``Chancellor Ann Lee ... the chancellor said``: Ann Lee, past Tom Baker."""
        article = newsmodel.parse(
            "Budget\n\nChancellor Ann Lee set out her plans on Monday. Tom Baker"
            " called them weak.\n\n“We will hold our nerve,” the chancellor said.\n"
        )
        assert [("the chancellor", "Ann Lee")] == _mentions_and_speakers(article)

    def test_office_of_another_rank_stays_a_description(self) -> None:
        """``Shadow Chancellor Ann Lee ... the chancellor said``: not Ann Lee."""
        article = newsmodel.parse(
            "Budget\n\nShadow Chancellor Ann Lee attacked the plans on Monday.\n\n"
            "“We will hold our nerve,” the chancellor said.\n"
        )
        assert [("the chancellor", "chancellor")] == _mentions_and_speakers(article)

    def test_office_passes_over_another_rank(self) -> None:
        """``President Tom Baker met Vice President Ann Lee``: the president is Baker."""
        article = newsmodel.parse(
            "Talks\n\nPresident Tom Baker met Vice President Ann Lee on Monday.\n\n"
            "“We will hold our nerve,” the president said.\n"
        )
        assert [("the president", "Tom Baker")] == _mentions_and_speakers(article)

    def test_office_nobody_holds_stays_a_description(self) -> None:
        """``Tom Baker spoke. "...," the minister said``: no title, no person."""
        article = newsmodel.parse(
            "Budget\n\nTom Baker spoke first on Monday.\n\n"
            "“We will hold our nerve,” the minister said.\n"
        )
        assert [("the minister", "minister")] == _mentions_and_speakers(article)

    def test_person_named_in_a_later_sentence_blocks(self) -> None:
        """Another person named after the subject may be meant: no guess."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker scored twice as Rovers beat City.\n\n"
            "The second goal came after a pass from Jim Hart.\n\n"
            "“It was hard,” the striker said.\n"
        )
        assert [("the striker", "striker")] == _mentions_and_speakers(article)

    def test_person_named_in_the_subjects_sentence_does_not_block(self) -> None:
        """``Tom Baker beat Jim Hart in the final. "...," said the Scot``: Baker."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker beat Jim Hart in the final on Sunday.\n\n"
            "“I was tired,” said the Scot.\n"
        )
        assert [("the Scot", "Tom Baker")] == _mentions_and_speakers(article)

    def test_epithet_owning_the_subject_is_someone_else(self) -> None:
        """``The actor's friend Tom Baker said ... The actor refused``: not Baker."""
        article = newsmodel.parse(
            "Talks\n\nThe actor's friend Tom Baker told a magazine about the role."
            " The actor refused, saying: “I will not do it.”\n"
        )
        assert [("The actor", "actor")] == _mentions_and_speakers(article)

    def test_capitalised_noun_is_a_title(self) -> None:
        """``the Morning Star said``: a paper, not the person before."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker wants the ban lifted.\n\n"
            "“It is unfair,” the Morning Star said.\n"
        )
        assert [("the Morning Star", "Morning Star")] == _mentions_and_speakers(article)


class TestRoleAndNameAroundCommas:
    """A role and a name set apart by commas name the person."""

    @pytest.mark.parametrize(
        "role", ["Acme spokeswoman", "the Acme spokeswoman", "Acme sales spokeswoman"]
    )
    def test_role_comma_name_after_the_cue(self, role: str) -> None:
        """``"...," said Acme spokeswoman, Ann Lee.``: Ann Lee, titled."""
        article = newsmodel.parse(
            f"Talks\n\n“It will cut costs,” said {role}, Ann Lee.\n"
        )
        assert ["Ann Lee"] == [name for _, name in _mentions_and_speakers(article)]
        assert [("Ann Lee", (role.removeprefix("the "),))] == [
            (person.name, person.titles) for person in article.people
        ]

    def test_titled_name_before_an_apposition(self) -> None:
        """``Reds policy chief Tom Baker, MP for Kent, added``: Tom Baker."""
        attribution = _attribution(
            "Talks\n\nReds policy chief Tom Baker, MP for Kent, added: “This is"
            " grave.”\n"
        )
        assert attribution.speaker is not None
        assert "Tom Baker" == attribution.speaker.name


class TestNamingVerbInAReport:
    """``told Radio Acme how it hands out tablets called Slates. "..."``."""

    def test_naming_verb_is_no_cue(self) -> None:
        """The report's cue, ``told``, and its speaker."""
        assert [("Tom Baker", "told", "before", "Tom Baker")] == _brief(
            "Tablets\n\nTom Baker of Acme told Radio Acme how the charity hands out"
            " cheap tablets called Slates. “Each tablet talks to a hub.”\n"
        )


class TestCompanyWords:
    """``Acme Exchange``, ``Acme Airways``: a company, which ``it`` can be."""

    @pytest.mark.parametrize("word", ["Exchange", "Airways", "Motors", "Holdings"])
    def test_it_after_a_company_name(self, word: str) -> None:
        """``Acme Exchange said ... "...," it said``: the company."""
        article = newsmodel.parse(
            f"Acme bid\n\nAcme {word} said the protest would not alter its plans."
            " “We are sure of our case,” it said.\n"
        )
        assert [("it", f"Acme {word}")] == _mentions_and_speakers(article)
        assert [] == [person.name for person in article.people]


class TestNounsEndingInLy:
    """``the old monopoly said``: a noun in ``-ly`` is no adverb."""

    def test_monopoly_heads_its_description(self) -> None:
        """The whole description is the speaker."""
        attribution = _attribution(
            "Talks\n\n“We are making generous offers,” the old monopoly said.\n"
        )
        assert "the old monopoly" == attribution.mention.text

    def test_adverb_still_skipped(self) -> None:
        """``the old firm quickly said``: the adverb is skipped."""
        attribution = _attribution(
            "Talks\n\n“We are making generous offers,” the old firm quickly said.\n"
        )
        assert "the old firm" == attribution.mention.text


class TestOwnersOfRoles:
    """``said the channel's spokesman``: a role of an owner, and its person."""

    @pytest.mark.parametrize(
        ("after", "speaker"),
        [
            ("the channel's spokesman", "channel's spokesman"),
            ("the channel's spokesman Tom Hart", "Tom Hart"),
            ("his coach Tom Hart", "Tom Hart"),
        ],
    )
    def test_speaker_after_the_cue(self, after: str, speaker: str) -> None:
        """The role with its owner, or the person it names."""
        attribution = _attribution(f"Talks\n\n“It will stay,” said {after}.\n")
        assert attribution.speaker is not None
        assert speaker == attribution.speaker.name


class TestQuotedAsSaying:
    """``quoted ... as saying``: the one quoted speaks, not the paper."""

    def test_agency_quoted_a_person(self) -> None:
        """``"...," Acme Press quoted a port official as saying.``: the official."""
        assert [("a port official", "quoted", "after", "port official")] == _brief(
            "Talks\n\n“This is about pride,” Acme Press quoted a port official"
            " as saying.\n"
        )

    def test_named_person_before_the_quote(self) -> None:
        """``The Post quoted Tom Baker as saying: "..."``: Tom Baker."""
        assert [("Tom Baker", "quoted", "before", "Tom Baker")] == _brief(
            "Talks\n\nThe Daily Post quoted Tom Baker as saying: “We need help.”\n"
        )

    def test_passive_quoted_as_saying(self) -> None:
        """``"...," the charity was quoted as saying.``: the charity."""
        assert [("the charity", "was quoted as saying", "after", "charity")] == (
            _brief("Talks\n\n“We need blankets,” the charity was quoted as saying.\n")
        )

    def test_passive_quoted_as_saying_that(self) -> None:
        """``Tom Baker, ..., was quoted as saying that help must come "..."``."""
        assert [("Tom Baker", "was quoted as saying", "before", "Tom Baker")] == (
            _brief(
                "Talks\n\nThe aid chief, Tom Baker, was quoted as saying that help"
                " must arrive “in the first hours”.\n"
            )
        )


class TestNoPersonAfterAModifier:
    """A body after ``former``, a noun after a title: nobody."""

    @pytest.mark.parametrize(
        ("text", "people"),
        [
            (
                (
                    "The vote comes before the General Election in May. “It is"
                    " close,” said Tom Baker."
                ),
                ["Tom Baker"],
            ),
            (
                (
                    "Acme sold its plant. The former Acme unit was sold to Beta."
                    " Acme said it was pleased."
                ),
                [],
            ),
            (
                (
                    "Tom Baker played for Acme. The former Acme and Beta full-back"
                    " is from Lindale. Acme was his club."
                ),
                [],
            ),
        ],
    )
    def test_people(self, text: str, people: list[str]) -> None:
        """Only the people named are people of the article."""
        article = newsmodel.parse(f"Talks\n\n{text}\n")
        assert people == [person.name for person in article.people]

    @pytest.mark.parametrize("word", ["Any", "Neither", "Either"])
    def test_determiner_opening_a_sentence(self, word: str) -> None:
        """``Neither Tom Baker nor ...``, ``Any exit plan``: no part of a name."""
        article = newsmodel.parse(
            f"Talks\n\nTom Baker spoke.\n\n{word} Baker plan is “sound”, he said."
            " “It will work,” Baker said.\n"
        )
        assert f"{word} Baker" not in [speaker.name for speaker in article.speakers]

    def test_titled_person_after_a_modifier(self) -> None:
        """``former President Tom Baker``: a person, titled."""
        article = newsmodel.parse(
            "Talks\n\nFormer President Tom Baker said: “We lost.”\n"
        )
        assert ["Tom Baker"] == [person.name for person in article.people]


class TestMonthsBeforeNames:
    """A month in a date is no first name: ``Last June Baker``."""

    @pytest.mark.parametrize("date", ["Last June", "In May", "On 3 April"])
    def test_month_then_surname(self, date: str) -> None:
        """``Last June Baker served a ban``: the person is Tom Baker."""
        article = newsmodel.parse(
            f"Cup news\n\nRovers lock Tom Baker was sent off. {date} Baker served"
            " a ban.\n\n“I did not mean to hurt anyone,” said Baker.\n"
        )
        assert ["Tom Baker"] == [person.name for person in article.people]
        assert [("Baker", "Tom Baker")] == _mentions_and_speakers(article)

    def test_month_between_a_possessive_and_its_noun(self) -> None:
        """``her April remark that, "..."``: Ann Lee's remark."""
        article = newsmodel.parse(
            "Talks\n\nAnn Lee spoke. The union will not back her after her April"
            " remark that, “We will shut the pits.”\n"
        )
        assert [("her", "Ann Lee")] == _mentions_and_speakers(article)
        assert ["Ann Lee"] == [person.name for person in article.people]

    def test_month_name_as_a_first_name(self) -> None:
        """``June Baker said``: a person called June Baker."""
        article = newsmodel.parse("Talks\n\nJune Baker said the plan was “a mess”.\n")
        assert [("June Baker", "June Baker")] == _mentions_and_speakers(article)


class TestAdverbAfterAName:
    """``then`` after a name is an adverb, no part of the name."""

    def test_then_after_a_titled_name(self) -> None:
        """``Mr Baker then e-mailed``: the speaker is Baker."""
        article = newsmodel.parse(
            "Talks\n\nMr Baker then e-mailed the editor. “I am sorry,” he wrote.\n"
        )
        assert [("he", "Baker")] == _mentions_and_speakers(article)

    def test_then_after_a_full_name(self) -> None:
        """``Tom Baker then missed``: a person named Tom Baker."""
        article = newsmodel.parse(
            "Talks\n\nTom Baker then missed a chance. “I should have scored,”"
            " he said.\n"
        )
        assert ["Tom Baker"] == [person.name for person in article.people]


# Non-speech quotes: terms and names that no speaker says.


class TestTermInTheNextSentence:
    """A term inside a new sentence is no second half of an interrupted quote."""

    def test_term_after_an_interrupted_quote(self) -> None:
        """``"A," the club said. The oldest "kit" on show is ...``: no attribution."""
        assert [("the club", "said", "after", "club"), None] == _brief(
            "Museum\n\n“We kept every shirt we could find,” the club said. The"
            " oldest “kit” on show is a wool jersey.\n"
        )

    def test_quote_closing_the_next_sentence(self) -> None:
        """``"A," Ann Lee said. It "b."``: the quote closing the sentence goes on."""
        assert [("Ann Lee", "said", "between", "Ann Lee")] * 2 == _brief(
            "Museum\n\n“We kept every shirt,” Ann Lee said. It “was a labour of"
            " love.”\n"
        )

    def test_quote_after_reported_speech(self) -> None:
        """``X was "a," Y said. The aim was a "b" for ...``: the report goes on."""
        assert [("a club spokesman", "said", "between", "club spokesman")] * 2 == (
            _brief(
                "Museum\n\nThe sale was “a last resort”, a club spokesman said. The"
                " aim was a “fresh start” for the ground.\n"
            )
        )


class TestPlacingParticiple:
    """``A film based on ...``: a participle describing the subject reports nothing."""

    def test_based_on(self) -> None:
        """``A play based on the diaries of the "Leeds Painter" opens``: no speaker."""
        assert [None] == _brief(
            "Theatre\n\nA play based on the diaries of the “Leeds Painter” opens"
            " tonight.\n"
        )

    def test_subject_based_somewhere_speaks(self) -> None:
        """``A firm based in Leeds said ... "mad"``: the firm, with ``said``."""
        assert [("A firm", "said", "before", "firm")] == _brief(
            "Theatre\n\nA firm based in Leeds said the plan was “mad”.\n"
        )


class TestLabelQuote:
    """``the "not sure" box``: a quote naming a label is nobody's words."""

    def test_quote_before_a_label_noun(self) -> None:
        """``Jim Hart chose to tick the "no view" box``: no attribution."""
        assert [None] == _brief(
            "Vote\n\nAsked about the vote, Jim Hart again chose to tick the “no"
            " view” box.\n"
        )

    def test_quote_on_shirts(self) -> None:
        """``fans wearing "Save the Reds" shirts``: nobody's words."""
        assert [None] == _brief(
            "Vote\n\nFans stood outside, wearing “Save the Reds” shirts.\n"
        )

    def test_speech_beside_a_label(self) -> None:
        """``Jim Hart said the "yes" tag was "a joke"``: only the second is his."""
        assert [None, ("Jim Hart", "said", "before", "Jim Hart")] == _brief(
            "Vote\n\nJim Hart said the “yes” tag was “a joke”.\n"
        )


# Subject spans before a cue: descriptors, fronted clauses, possessive owners.


class TestDescriptorsBeforeAFullName:
    """A party or a nationality before a full name describes the person."""

    @pytest.mark.parametrize(
        "party", ["Liberal Democrat", "Lib Dem", "Conservative", "Green", "SNP"]
    )
    def test_party_before_a_full_name(self, party: str) -> None:
        """``Liberal Democrat Tom Baker said``: Tom Baker, titled by the party."""
        article = newsmodel.parse(
            f'Vote row\n\n{party} Tom Baker said it was a "grave matter".\n'
        )
        assert [(f"{party} Tom Baker", "said", "before", "Tom Baker")] == _brief(
            article.text
        )
        assert [("Tom Baker", (party,))] == [
            (person.name, person.titles) for person in article.people
        ]

    @pytest.mark.parametrize("nationality", ["American", "South African"])
    def test_nationality_before_a_full_name(self, nationality: str) -> None:
        """``American Tom Baker beat Jim Hart. "...," said Baker``: Tom Baker."""
        assert [("Baker", "said", "after", "Tom Baker")] == _brief(
            f"Tennis\n\n{nationality} Tom Baker beat Jim Hart in two sets.\n\n"
            '"He is very good," said Baker.\n'
        )

    def test_nationality_in_a_body_s_name(self) -> None:
        """``The British Widget Makers said``: after ``the``, part of the name."""
        article = newsmodel.parse(
            'Trade\n\nThe British Widget Makers said sales were "flat".\n'
        )
        assert ["British Widget Makers"] == [
            speaker.name for speaker in article.speakers
        ]

    def test_the_nationality_is_the_person_so_titled(self) -> None:
        """``American Tom Baker beat ... The American said``: Tom Baker."""
        assert [("The American", "said", "before", "Tom Baker")] == _brief(
            "Tennis\n\nAmerican Tom Baker beat Jim Hart in two sets, as Ann Lee"
            ' watched.\n\nThe American said the match was "very hard".\n'
        )


class TestFrontedParticiplePhrase:
    """A participle phrase opening the sentence with no comma is no part of the subject."""

    @pytest.mark.parametrize(
        ("opening", "mention", "speaker"),
        [
            ("Speaking in Leeds Mr Tom Baker", "Mr Tom Baker", "Tom Baker"),
            ("Speaking in Leeds Tom Baker", "Tom Baker", "Tom Baker"),
            ("Writing in the Acme Times Ann Lee", "Ann Lee", "Ann Lee"),
        ],
    )
    def test_name_after_the_phrase(
        self, opening: str, mention: str, speaker: str
    ) -> None:
        """``Speaking in Leeds Mr Tom Baker said``: the mention is ``Mr Tom Baker``."""
        assert [(mention, "said", "before", speaker)] == _brief(
            f'Vote row\n\n{opening} said: "People want a fair deal."\n'
        )

    @pytest.mark.parametrize("place", ["after the vote", "in Leeds"])
    def test_name_and_apposition_after_the_phrase(self, place: str) -> None:
        """``Speaking after the vote Tom Baker, leader of the Acme Party, said``."""
        article = newsmodel.parse(
            f"Vote row\n\nSpeaking {place} Tom Baker, leader of the Acme Party,"
            ' said: "This is a sad day."\n'
        )
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(article.text)
        assert [("Tom Baker", ("leader of the Acme Party",))] == [
            (person.name, person.titles) for person in article.people
        ]


class TestRoleSubjectBeforeAVerb:
    """A role with its owner or its phrase opens the sentence before a verb."""

    @pytest.mark.parametrize(
        ("verbs", "cue"),
        [
            ("also rejected the claims, saying", "saying"),
            ("rejected it and said", "said"),
        ],
    )
    def test_possessive_owner_and_role(self, verbs: str, cue: str) -> None:
        """``The mayor's spokesman also rejected the claims, saying: "..."``."""
        assert [
            ("The mayor's spokesman", cue, "before", "mayor's spokesman")
        ] == _brief(
            f"Town hall\n\nThe mayor's spokesman {verbs}:"
            ' "The mayor has done nothing wrong."\n'
        )

    def test_role_and_its_phrase(self) -> None:
        """``A spokesman for the mayor rejected the claims, saying``: not ``the claims``."""
        assert [
            ("A spokesman for the mayor", "saying", "before", "spokesman for the mayor")
        ] == _brief(
            "Town hall\n\nA spokesman for the mayor rejected the claims, saying:"
            ' "The mayor has done nothing wrong."\n'
        )


class TestSeatMember:
    """``the Leeds North MP`` stands for the person named before."""

    @pytest.mark.parametrize("member", ["the Leeds North MP", "the former Kent MEP"])
    def test_member_after_a_surname(self, member: str) -> None:
        """``Mr Baker said: "..." "...," said the Leeds North MP``: Baker."""
        assert [
            ("Mr Baker", "said", "before", "Baker"),
            (member, "said", "between", "Baker"),
            (member, "said", "between", "Baker"),
        ] == _brief(
            'Talks\n\nMr Baker said: "I was wild but I was not lost."'
            f' "It was a hard time," said {member}. "I do not blame anyone."\n'
        )


class TestRelativeAfterADescription:
    """A relative after a description's comma stands for the description."""

    def test_who_after_a_description(self) -> None:
        """``let down by the council, who promised he would get a "fair hearing"``."""
        assert [("who", "promised", "before", "council")] == _brief(
            "Council row\n\nTom Baker says he was let down by the council, who"
            ' promised he would get a "fair hearing".\n'
        )

    def test_which_after_a_text(self) -> None:
        """``a line from the film's poster, which claimed``: the poster."""
        assert [("which", "claimed", "before", "film's poster")] == _brief(
            "Film row\n\nTom Baker asked that a line from the film's poster, which"
            ' claimed the film was "a true story", be cut.\n'
        )

    def test_who_after_a_thing(self) -> None:
        """``one aide familiar with the discussion, who added``: not the discussion."""
        article = newsmodel.parse(
            'Talks\n\n"It was a poor plan," said one aide familiar with the'
            ' discussion, who added that the staff were "rattled".\n'
        )
        assert "discussion" not in [speaker.name for speaker in article.speakers]


class TestSiteOwner:
    """A page on a body's website speaks for the body."""

    @pytest.mark.parametrize(
        ("site", "owner"),
        [("on Acme's website", "Acme"), ("on the Acme Foods website", "Acme Foods")],
    )
    def test_page_on_a_website(self, site: str, owner: str) -> None:
        """``says the help page on Acme's website``: Acme."""
        assert [("the help page", "says", "after", owner)] == _brief(
            f'Files\n\n"The tool removes hidden data," says the help page {site}.\n'
        )


# Pronoun subjects: punctuation around a subject and antecedents of ``it``.


class TestPronounSubjectPunctuation:
    """A subject set off by stray or extra commas is still a pronoun's antecedent."""

    def test_stray_comma_between_a_subject_and_its_cue(self) -> None:
        """``The firm's lawyer Tom Baker, said that``: ``he`` is Tom Baker."""
        assert [("he", "said", "after", "Tom Baker")] == _brief(
            "Court news\n\nJim Hart was charged. The firm's lawyer Tom Baker, said"
            " that the charge would fail.\n\n“There is no case to answer,” he"
            " said.\n"
        )

    def test_said_to_after_a_comma_is_no_cue(self) -> None:
        """``Tom Baker, said to be ill,``: a passive aside, no report."""
        assert [("he", "said", "after", "Jim Hart")] == _brief(
            "Court news\n\nJim Hart spoke first. The lawyer Tom Baker, said to be"
            " ill, stayed away.\n\n“There is no case to answer,” he said.\n"
        )

    def test_name_after_a_connective_comma_then_an_apposition(self) -> None:
        """``But, Tom Baker, a board member of Acme, said``: ``he`` is Tom Baker."""
        assert [
            ("Jim Hart", "said", "after", "Jim Hart"),
            ("he", "said", "after", "Tom Baker"),
        ] == _brief(
            "Bank move\n\n“We will move fast,” Jim Hart said. But, Tom Baker, a"
            " board member of Acme Bank, said that the office should stay. “It"
            " must not leave the city,” he said.\n"
        )

    def test_name_after_a_connective_comma_then_two_appositions(self) -> None:
        """``But, Tom Baker, a board member of the central bank, Beta Bank, said``."""
        assert [
            ("Jim Hart", "said", "after", "Jim Hart"),
            ("he", "said", "after", "Tom Baker"),
        ] == _brief(
            "Bank move\n\n“We will move fast,” Jim Hart said. But, Tom Baker, a"
            " board member of the central bank, Beta Bank, said that the office"
            " should stay. “It must not leave the city,” he said.\n"
        )

    @pytest.mark.parametrize("name", ["Tom Baker", "Sir Tom Baker"])
    def test_name_apposed_to_an_opening_role_before_any_verb(self, name: str) -> None:
        """``The chief judge, Tom Baker, has issued``: ``He`` is Tom Baker."""
        assert [
            ("Jim Hart", "said", "after", "Jim Hart"),
            ("He", "rejected", "before", "Tom Baker"),
        ] == _brief(
            f"Court news\n\n“Nobody can enforce this,” Jim Hart said.\n\nThe chief"
            f" judge, {name}, has so far issued no guidance. He has rejected a"
            " “blanket policy” of waiting.\n"
        )


class TestPronounRelativeSpeaker:
    """A name followed by ``who`` and a cue is a subject for a later pronoun."""

    @pytest.mark.parametrize("name", ["Lee", "Ann Lee"])
    def test_name_then_age_then_who_told(self, name: str) -> None:
        """``a first nomination for Lee, 49, who told``: ``she`` is Lee."""
        assert [("she", "said", "after", name)] == _brief(
            "Awards\n\nJim Hart is the favourite to win. It is also a first"
            f" nomination for {name}, 49, who told Radio Acme she had not expected"
            " it. “I cannot believe it,” she said.\n"
        )


class TestPronounBodySubject:
    """``The committee said``: a body opening its sentence is a subject for ``it``."""

    def test_the_body_reporting_then_it(self) -> None:
        """``The committee said ... It blamed``: the committee."""
        assert [("It", "blamed", "before", "committee")] == _brief(
            "Audit\n\nThe committee said the regulator should look into the matter."
            " It blamed the board for a “string of failures” at the firm.\n"
        )

    def test_it_in_the_sentence_of_the_body(self) -> None:
        """``The new government, led by the Reds, was elected after it promised``."""
        assert [("it", "promised", "before", "government")] == _brief(
            "Vote\n\nThe new government, led by the Reds, was elected last May"
            " after it promised reforms with a “human touch”.\n"
        )

    def test_the_body_after_a_quote_with_two_modifiers(self) -> None:
        """``"..." The new Acme government, led by the Reds, was voted in after it``."""
        assert [
            ("Ann Lee", "said", "between", "Ann Lee"),
            ("Ann Lee", "said", "between", "Ann Lee"),
            ("it", "pledged", "before", "government"),
        ] == _brief(
            "Vote\n\n“We won,” Ann Lee said. “Now we work.” The new Acme"
            " government, led by the Reds, was voted in last May after it pledged"
            " reforms with a “human face”.\n"
        )

    def test_the_body_refers_back_to_its_name(self) -> None:
        """``Acme Council said ... The council said ... it said``: Acme Council."""
        assert [("it", "said", "after", "Acme Council")] == _brief(
            "Cuts\n\nAcme Council said it would cut jobs. Jobs went. Prices rose."
            " The council said the cuts were needed. “We had no choice,” it said.\n"
        )

    @pytest.mark.parametrize(
        ("between", "speaker"),
        [("", "Acme Corp"), (" Prices rose. Sales fell.", "firm")],
    )
    def test_the_body_after_a_named_body(self, between: str, speaker: str) -> None:
        """``Acme Corp said ... The firm said``: Acme Corp, if said just before."""
        assert [("it", "said", "after", speaker)] == _brief(
            f"Cuts\n\nAcme Corp said it would cut jobs.{between} The firm said the"
            " cuts were needed. “We had no choice,” it said.\n"
        )

    def test_they_is_no_body(self) -> None:
        """``The committee said ... they said``: no single body."""
        assert [("they", "said", "after", None)] == _brief(
            "Audit\n\nThe committee said the regulator should act. “It is a"
            " mess,” they said.\n"
        )


class TestPronounVoiceFrom:
    """``One dissenting voice came from Tom Baker``: the newest speaker."""

    def test_name_after_came_from(self) -> None:
        """``He said`` after ``came from Tom Baker, head of research``: Tom Baker."""
        assert [
            ("Jim Hart", "said", "after", "Jim Hart"),
            ("He", "said", "before", "Tom Baker"),
        ] == _brief(
            "Phones\n\n“It is a fine phone,” said Jim Hart of Acme Research.\n\nOne"
            " dissenting voice came from Tom Baker, head of research at Beta. He"
            " said: “I do not think it changes much.”\n"
        )


class TestPronounCompanyPair:
    """``Acme Foods said ... it said``: two words no given name opens are a body."""

    def test_two_word_company_then_it(self) -> None:
        """``Acme Foods said ... "...," it said``: Acme Foods."""
        assert [
            ("it", "said", "between", "Acme Foods"),
            ("it", "said", "between", "Acme Foods"),
        ] == _brief(
            "Results\n\nAcme Foods said its sales fell last year. “Our plan is"
            " sound,” it said. “Profits will return.”\n"
        )

    def test_given_name_keeps_a_person(self) -> None:
        """``Tom Baker said ... "...," it said``: no person is ``it``."""
        assert [
            ("it", "said", "between", None),
            ("it", "said", "between", None),
        ] == _brief(
            "Results\n\nTom Baker said his sales fell last year. “Our plan is"
            " sound,” it said. “Profits will return.”\n"
        )


class TestPronounDescribedWithWho:
    """``Mary Cole, the Leeds woman who shouted``: a subject for ``she``."""

    def test_name_then_description_then_who(self) -> None:
        """``she told`` after ``his clash with Mary Cole, the Leeds woman who``."""
        assert [("she", "told", "after", "Mary Cole")] == _brief(
            "Polls\n\nAnn Lee, a teacher, said the visit went well.\n\nHe must"
            " recall his clash with Mary Cole, the Leeds woman who shouted at him"
            " in 2001. “You never help anyone,” she told Mr Hart.\n"
        )


class TestPronounOpeningClauseSubject:
    """``But although Baker admitted he was surprised, he insisted``: Baker."""

    def test_name_after_an_opening_subordinator(self) -> None:
        """The opening clause's subject, not the last speaker, is ``he``."""
        assert [
            ("Jim Hart", "said", "after", "Jim Hart"),
            ("he", "insisted", "before", "Tom Baker"),
        ] == _brief(
            "Cup news\n\nReds coach Tom Baker spoke.\n\n“The Reds are poor,” said"
            " Jim Hart.\n\nThe Reds are second from bottom. But although Baker"
            " admitted he was surprised, he insisted the Reds were “no longer a top"
            " side”.\n"
        )

    def test_another_name_before_the_pronoun(self) -> None:
        """``If Jim Hart was a star, then Tom Baker was ...``: not Jim Hart."""
        assert [("he", "said", "before", "Tom Baker")] == _brief(
            "Music\n\nTom Baker has died. If Jim Hart was the king of soul, then"
            " Tom Baker was its prince. Along with Ann Lee, he said it was “a true"
            " pioneer”.\n"
        )


# Cue choice, nominal resolution and name spans.


class TestBodyRoleCommaName:
    """``said Acme chief economist, Tom Baker.``: the person after the comma."""

    def test_role_comma_name_after_the_cue(self) -> None:
        """The person, titled by the body's role, not a missed quote."""
        attribution = _attribution(
            'Rates\n\n"The rises have done no harm," said Acme chief economist,'
            " Tom Baker.\n"
        )
        assert attribution.mention.text == "Tom Baker"
        assert attribution.cue is not None
        assert attribution.cue.text == "said"
        assert attribution.speaker is not None
        assert attribution.speaker.name == "Tom Baker"
        assert "Acme chief economist" in attribution.speaker.titles

    def test_no_continuation_of_the_body_before(self) -> None:
        """A body quoted in the paragraph before does not take the quote."""
        assert [("Tom Baker", "said", "after", "Tom Baker")] == _brief(
            "Rates\n\nAcme Group said it expected rates to stay low. It also said"
            ' trade was slowing.\n\n"The rises have done no harm," said Acme'
            " chief economist, Tom Baker.\n"
        )


class TestSportsRoleTitles:
    """A sports role before a full name is a title, no part of the name."""

    @pytest.mark.parametrize("role", ["Goalscorer", "Keeper", "Golfer"])
    def test_role_before_a_full_name(self, role: str) -> None:
        """``Goalscorer Tom Baker added:``: Tom Baker, titled by the role."""
        attribution = _attribution(
            f'Match\n\n{role} Tom Baker added: "It was not a pretty match."\n'
        )
        assert attribution.mention.text == f"{role} Tom Baker"
        assert attribution.cue is not None
        assert attribution.cue.text == "added"
        assert attribution.speaker is not None
        assert attribution.speaker.name == "Tom Baker"
        assert role in attribution.speaker.titles


class TestGerundAfterFor:
    """A cue in ``-ing`` after ``for`` in a passive is what the subject did."""

    def test_banned_for_calling(self) -> None:
        """``has been banned for calling a referee "a joke"``: the cue is ``calling``."""
        assert [("Coach Tom Baker", "calling", "before", "Tom Baker")] == _brief(
            "Ban\n\nCoach Tom Baker has been fined and banned for two weeks for"
            ' calling a referee "a joke".\n'
        )

    def test_active_report_keeps_its_verb(self) -> None:
        """``X mocked Y for calling``: the report is X's, by ``mocked``."""
        assert [("Ann Lee", "mocked", "before", "Ann Lee")] == _brief(
            'Row\n\nAnn Lee mocked Tom Baker for calling himself "a genius".\n'
        )


class TestBodyBeforeWhich:
    """A name opening its sentence before ``, which`` is a body ``the company`` means."""

    @pytest.mark.parametrize("body", ["Acme Homes", "Acme"])
    def test_the_company_after_which(self, body: str) -> None:
        """``Acme Homes, which reports ..., has had a hard year.``: the company."""
        attribution = _attribution(
            f"Homes\n\n{body}, which reports its results next week, has had a hard"
            " year. In May, the company had said that its sales had been"
            ' "below plan".\n'
        )
        assert attribution.mention.text == "the company"
        assert attribution.cue is not None
        assert attribution.cue.text == "said"
        assert attribution.speaker is not None
        assert attribution.speaker.name == body


class TestOfTheBodyName:
    """``The News of the Day``: a body's name keeps its ``of the``."""

    def test_paper_name_with_of_the(self) -> None:
        """``The News of the Day reports that``: the paper, not ``Day``."""
        attribution = _attribution(
            "Titles\n\nThe News of the Day reports that Baker told a radio station:"
            ' "I want to win titles."\n'
        )
        assert attribution.mention.text == "The News of the Day"
        assert attribution.cue is not None
        assert attribution.cue.text == "reports"
        assert attribution.speaker is not None
        assert attribution.speaker.name == "News of the Day"

    def test_body_word_with_of_the(self) -> None:
        """``The Department of the Environment said``: the department."""
        assert [
            (
                "The Department of the Environment",
                "said",
                "before",
                "Department of the Environment",
            )
        ] == _brief(
            'Plan\n\nThe Department of the Environment said: "The plan is sound."\n'
        )


class TestPassiveListedQuotes:
    """Quotes listed with ``and`` in a passive share its agent."""

    def test_agent_after_two_quotes(self) -> None:
        """``described as "reckless" and "wrong" by the Acme Rights Group``."""
        assert [
            ("the Acme Rights Group", "described", "after", "Acme Rights Group"),
            ("the Acme Rights Group", "described", "after", "Acme Rights Group"),
        ] == _brief(
            "Row\n\nAnn Lee said shops would be hit. Her remarks have been described"
            ' as "reckless" and "wrong" by the Acme Rights Group (ARG).\n'
        )

    def test_no_agent_after_two_quotes(self) -> None:
        """``has been hailed as "smart" and "cheap"``: no one is named who did."""
        assert [None, None] == _brief(
            'Phone\n\nThe Acme phone has been hailed as "smart" and "cheap".\n'
        )

    def test_bare_agent_before_who(self) -> None:
        """``by scouts who saw them``: a bare plural before ``who`` is the agent."""
        assert [
            ("scouts", "described", "after", "scouts"),
            ("scouts", "described", "after", "scouts"),
        ] == _brief(
            "Band\n\nThe Reds were later described as"
            ' "dull" and "odd" by scouts who saw them live.\n'
        )


class TestLedePerson:
    """A person described in the first paragraph is named by the next one."""

    def test_described_then_named(self) -> None:
        """``a leading figure in the trade has said.`` Then ``Tom Baker ... told``."""
        attribution = _attribution(
            'Music slump\n\nThe Acme music trade is "in a deep sleep" because it'
            " ignored the web, a leading figure in the trade has said.\n\nTom"
            " Baker, the former head of Acme Records, told a radio show that the"
            " trade was in trouble.\n"
        )
        assert attribution.mention.text == "a leading figure"
        assert attribution.cue is not None
        assert attribution.cue.text == "said"
        assert attribution.speaker is not None
        assert attribution.speaker.name == "Tom Baker"

    def test_a_source_stays_unnamed(self) -> None:
        """``a source has said``: no person the next paragraph names."""
        attribution = _attribution(
            'Talks\n\nThe talks are "close to a deal", a source has said.\n\n'
            "Tom Baker, the head of Acme, told a radio show that talks went on.\n"
        )
        assert attribution.speaker is not None
        assert attribution.speaker.name != "Tom Baker"

    def test_a_plain_past_is_its_own_source(self) -> None:
        """``A senior official said ...`` then ``Tom Baker said ...``: two sources."""
        assert [
            ("A senior official", "said", "before", "senior official"),
            ("Tom Baker", "said", "before", "Tom Baker"),
        ] == _brief(
            'Talks\n\nA senior official said that "we will not give way."\n\n'
            'Tom Baker said that "we will not give way."\n'
        )


# Quotes that the subject and first verb of their sentence do not report.


class TestNamingByAnyone:
    """``what some call "..."``, ``what is known as "..."``: a term nobody says."""

    @pytest.mark.parametrize(
        "text",
        [
            'The scheme will close what some call the "north-south gap" in pay.',
            'Tom Baker grows his apples in what are called "frost pockets" on the hill.',
            'The Reds play in what is known as the "Acme derby" each spring.',
        ],
    )
    def test_term_of_no_one(self, text: str) -> None:
        """The sentence's subject and verb do not attribute the term."""
        assert [None] == _brief(f"Plans\n\n{text}\n")

    def test_named_caller_still_speaks(self) -> None:
        """``what she called "..."``: the caller's words."""
        assert [("she", "called", "before", "Mary Cole")] == _brief(
            'Plans\n\nMary Cole would close what she called the "north-south gap"'
            " in pay.\n"
        )


class TestGuessedWordIsNoVerb:
    """A word after an article or ``on`` is no verb that could report a quote."""

    @pytest.mark.parametrize(
        "text",
        [
            'The Reds had a great season, with "Hart magic" on every lip.',
            'The boat on show at the fair has a "twin keel" for shallow water.',
        ],
    )
    def test_noun_after_article_or_preposition(self, text: str) -> None:
        """``had a great season``, ``The boat on show``: no attribution."""
        assert [None] == _brief(f"Show\n\n{text}\n")

    def test_verb_still_reports(self) -> None:
        """``Jim Hart attacked the "..." plan``: the verb guessed reports it."""
        assert [("Jim Hart", "attacked", "before", "Jim Hart")] == _brief(
            'Show\n\nJim Hart attacked the "reckless" plan.\n'
        )


class TestWornShownOrMade:
    """Text worn or shown, and a term for what is made, are nobody's words."""

    @pytest.mark.parametrize(
        "text",
        [
            'Tom Baker sang, wearing a "Hart for mayor" hat.',
            (
                "The screen at the station showed a map of the town and the words"
                ' "Sorry, closed".'
            ),
            'Tom Baker is now making "old school" soul in his shed.',
        ],
    )
    def test_no_attribution(self, text: str) -> None:
        """``wearing a "..." hat``, ``the words "..."``, ``making "..." soul``."""
        assert [None] == _brief(f"Fans\n\n{text}\n")

    def test_shown_figure_keeps_its_source(self) -> None:
        """``The poll showed "strong" support``: not shown text; the poll."""
        assert [("The poll", "showed", "before", "poll")] == _brief(
            'Fans\n\nThe poll showed "strong" support for Ann Lee.\n'
        )

    def test_verb_after_the_worn_thing(self) -> None:
        """``A man wearing a hat attacked the "..."``: not the hat's text."""
        attribution = _attribution(
            'Fans\n\nA man wearing a hat attacked the "rigged" system.\n'
        )
        assert attribution.speaker is not None
        assert ("A man", "man") == (
            attribution.mention.text,
            attribution.speaker.name,
        )

    def test_cue_after_the_verb_reports(self) -> None:
        """``Tom Baker wore a hat and said ... "..."``: the cue reports it."""
        assert [("Tom Baker", "said", "before", "Tom Baker")] == _brief(
            'Fans\n\nTom Baker wore a red hat and said the plan was "a mess".\n'
        )


class TestClosingFinding:
    """``..., the auditors found.`` closing the sentence reports its quote."""

    @pytest.mark.parametrize(
        ("closing", "mention", "speaker"),
        [
            ("the auditors found", "the auditors", "auditors"),
            ("a new review has found", "a new review", "new review"),
        ],
    )
    def test_finding_after_the_quote(
        self, closing: str, mention: str, speaker: str
    ) -> None:
        """``The council had "lost control" ..., the auditors found.``: theirs."""
        assert [(mention, "found", "after", speaker)] == _brief(
            f'Report\n\nThe council had "lost control" of its budget, {closing}.\n'
        )


class TestFollowersOfAFaith:
    """``UK Muslims``: the followers of a faith or a nation are nobody's name."""

    _TEXT = (
        "Plan\n\nUS Catholics should expect a change, a church official has said.\n\n"
        "Ann Lee said Catholics would gain. Rules for US priests could be"
        " tougher, she told a panel. Her remarks have been described as"
        " “rash” and “wrong” by the Acme Rights Group.\n\n"
        "“The risk is real,” the Leeds North MP told the committee.\n"
    )

    def test_no_person(self) -> None:
        """``US Catholics`` is no person of the article."""
        names = [person.name for person in newsmodel.parse(self._TEXT).people]
        assert "US Catholics" not in names

    def test_member_after_the_group(self) -> None:
        """``the Leeds North MP`` is still Ann Lee, the person named before."""
        assert ("the Leeds North MP", "told", "after", "Ann Lee") == _brief(self._TEXT)[
            -1
        ]

    @pytest.mark.parametrize("group", ["Americans", "Hindus", "UK Sikhs"])
    def test_group_subject_is_a_description(self, group: str) -> None:
        """``Americans said``: a description, not a person."""
        article = newsmodel.parse(f"Poll\n\n{group} said the tax was “unfair”.\n")
        attribution = article.quotes[0].attribution
        assert attribution is not None
        assert attribution.speaker is not None
        assert attribution.speaker.kind is newsmodel.SpeakerKind.DESCRIPTION


# Pronouns: the newest subject, source or voice that they refer back to.


class TestPronounAfterCopulaSubject:
    """``But Ann Lee is in fine form ...``: the newest subject for ``she``."""

    def test_she_after_copula_subject(self) -> None:
        """The opening name before ``is`` is the subject, not the earlier speaker."""
        text = (
            'Open\n\n"It was tough," said Mary Cole after the match. But Ann Lee'
            " is in fine form ahead of her game against the younger Cole sister."
            ' "I am ready," she said.\n'
        )
        assert ("she", "said", "after", "Ann Lee") == _brief(text)[1]

    def test_she_after_joiner_past_closing_quote(self) -> None:
        """``... it." But Lee is ...``: the sentence opens after the quote."""
        text = (
            "Open\n\nAnn Lee beat Sue Hill in two sets. Mary Cole won too."
            ' "I am tired," she said. "It was hot and I did not feel it." But Lee'
            " is in fine form ahead of her game against the older Cole sister."
            ' "I am ready," she said.\n'
        )
        assert ("she", "said", "after", "Ann Lee") == _brief(text)[2]


class TestPronounAfterNameVerb:
    """``Tom Baker faces tough rivals``: a verb after the name, not a noun."""

    def test_he_after_faces(self) -> None:
        """The name before ``faces`` is the subject that ``he`` refers to."""
        text = (
            "Show\n\nTom Baker faces tough rivals at the show."
            ' "It is a great night," he told reporters.\n'
        )
        assert [("he", "told reporters", "after", "Tom Baker")] == _brief(text)


class TestPronounAfterCameAs:
    """``The remarks came as Bishop Tom Baker backed ...``: the newest subject."""

    def test_he_after_came_as_clause(self) -> None:
        """The name after ``came as``, past its apposition, is the subject."""
        text = (
            'Plan\n\nAnn Lee\'s spokesman said: "We stand by the plan." The remarks'
            " came as Bishop Tom Baker, the head of the Acme trust, backed the"
            ' scheme. In a letter, he said: "It is a good step."\n'
        )
        assert ("he", "said", "before", "Tom Baker") == _brief(text)[1]


class TestItAfterOwnedText:
    """``Ms Lee's statement said: "..." It added``: the text's owner again."""

    def test_it_added_after_statement(self) -> None:
        """``It`` refers back to the statement, which speaks for its owner."""
        text = (
            "Row\n\nAnn Lee quit on Monday. Ms Lee's statement said:"
            ' "We have done nothing wrong." It added: "We will fight on."\n'
        )
        assert ("It", "added", "before", "Ann Lee") == _brief(text)[1]


class TestPronounAfterAccordingTo:
    """``..., according to Ann Lee, head of Acme.``: a source for ``she``."""

    def test_she_after_according_to(self) -> None:
        """The person a report is credited to is the antecedent of ``she``."""
        text = (
            "Shops\n\nShops face a hard year, according to Ann Lee, head of Acme."
            '\n\nThe trade, she told a meeting, must adapt. "We must change," she'
            " said.\n"
        )
        assert [("she", "said", "after", "Ann Lee")] == _brief(text)


class TestPronounAfterBodyRole:
    """``A spokesman for Beta Bank said ... He said``: the bank, not an earlier man."""

    def test_he_after_spokesman_for_body(self) -> None:
        """``He`` stays with the body's unnamed spokesman."""
        text = (
            'Bank\n\nMr Hart said the deal was good but he added: "It is not done."'
            ' A spokesman for Beta Bank said: "We are calm." He said the bank'
            ' would wait. He said the talks were slow. "There is no rush."\n'
        )
        assert ("He", "said", "before", "Beta Bank") == _brief(text)[2]

    def test_spokeswoman_is_no_he(self) -> None:
        """A spokeswoman's body is no antecedent of ``he``."""
        text = (
            'Bank\n\nMr Hart said the deal was good but he added: "It is not done."'
            ' A spokeswoman for Beta Bank said: "We are calm." He said the bank'
            ' would wait. "There is no rush," he said.\n'
        )
        assert ("he", "said", "after", "Hart") == _brief(text)[2]


class TestPronounAfterLoneNameSaidHe:
    """``Baker said he was calm``: a one-word name reporting with ``he`` is a man."""

    def test_he_after_surname_said_he(self) -> None:
        """The lone surname, not yet known as a person, is the antecedent."""
        text = (
            "Match\n\nBaker said he was trying to stay calm this year. The Scot"
            ' lost his temper only once. "It is a long game," he said.\n'
        )
        assert [("he", "said", "after", "Baker")] == _brief(text)


# --- Pronouns and quotes with no verb of saying ---------------------------


class TestPronounAfterCommaClosingCue:
    """``... as the Reds "lose ground" as a brand, he said.``: the pronoun speaks."""

    def test_pronoun_not_trailing_phrase(self) -> None:
        """The words between the quote and the comma are not the speaker."""
        text = (
            "Poll\n\nTom Baker spoke to reporters. Sales will fall, as the Reds"
            ' "lose ground" as a brand for the young, he said.\n'
        )
        assert [("he", "said", "after", "Tom Baker")] == _brief(text)


class TestItForReportingText:
    """``The report said ... It said``: ``it`` is the report."""

    def test_it_after_the_report_said(self) -> None:
        """A text opening its sentence before a cue is an antecedent of ``it``."""
        text = (
            "Roads\n\nThe study said the roads were unsafe. It said new lights"
            ' would be "a waste" of money.\n'
        )
        assert [("It", "said", "before", "study")] == _brief(text)

    def test_they_is_no_report(self) -> None:
        """``they`` does not resolve to the report."""
        text = (
            "Roads\n\nThe study said the roads were unsafe. It said new lights"
            ' would be "a waste" of money. Instead they called for'
            ' "wider paths" in town.\n'
        )
        assert _brief(text)[1] == ("they", "called for", "before", None)


class TestBareNameAfterQuote:
    """``"...," Mr Baker.``: a name alone after a quote ending in a comma."""

    def test_name_with_no_verb(self) -> None:
        """The name speaks, with no cue, rather than the body before."""
        text = (
            "Shops\n\nMr Baker said the good times were gone. Acme said sales"
            ' would hold. It sees "steady" demand. "The winter will be hard for'
            ' shops," Mr Baker.\n'
        )
        assert ("Mr Baker", None, "after", "Baker") == _brief(text)[1]

    def test_headline_title_case_is_no_name(self) -> None:
        """A title-case headline clause after a quote names no one."""
        text = (
            "Acme Plan 'Defies Belief,' Needs More Work.\n\nThe plan was"
            " published on Monday.\n"
        )
        assert [None] == _brief(text)


class TestSaidIfReport:
    """``He said if the strike went on ...``: the clause is his report."""

    def test_paragraph_quote_after_said_if(self) -> None:
        """A quote opening the next paragraph goes on with his words."""
        text = (
            "Sales\n\nSales will slow this year, Mr Baker said. He said if the"
            " strike went on into May then the firm may cut jobs.\n\n"
            '"In my view it all depends on the weather."\n'
        )
        assert [("He", "said", "continuation", "Baker")] == _brief(text)


class TestCueAfterGoOnTo:
    """``Tom Baker goes on to attack "..."``: the cue is ``attack``."""

    def test_goes_on_to(self) -> None:
        """The verb after ``goes on to`` is the cue, not ``goes``."""
        text = 'Shops\n\nTom Baker goes on to attack "prices that rise every week".\n'
        assert [("Tom Baker", "attack", "before", "Tom Baker")] == _brief(text)

    def test_went_on_to(self) -> None:
        """The verb after ``went on to`` is the cue, not ``went on``."""
        text = 'Shows\n\nTom Baker went on to warn: "Shows will get worse."\n'
        assert [("Tom Baker", "warn", "before", "Tom Baker")] == _brief(text)

    def test_went_on_to_say(self) -> None:
        """``went on to say`` stays one cue."""
        text = 'Shows\n\nTom Baker went on to say: "Shows will get worse."\n'
        assert [("Tom Baker", "went on to say", "before", "Tom Baker")] == _brief(text)


class TestParticipleRightAfterCue:
    """``..., he said adding that "..."``: the participle reports for ``he``."""

    def test_said_adding_without_comma(self) -> None:
        """The subject of ``said`` speaks, not the subject opening the sentence."""
        text = (
            "Club\n\nAcme chief Tom Baker spoke out. Fans came in"
            ' "to prove the plan was wrong", he said adding that the club had'
            ' acted "fairly" on the day.\n'
        )
        assert ("he", "adding", "before", "Tom Baker") == _brief(text)[1]


class TestSubjectAfterOpeningParticiple:
    """``Chased by fans, Tom Baker left town.``: a subject for a later ``he``."""

    def test_he_after_fronted_participle(self) -> None:
        """An untitled full name after a fronted ``-ed`` phrase is a subject."""
        text = (
            "Move\n\nChased by reporters, Tom Baker grew weary of life in Hull,"
            ' where Beta Rovers had let him go. Now he says he wants "quiet".\n'
        )
        assert [("he", "says", "before", "Tom Baker")] == _brief(text)


class TestSubjectBeforeAfterEndedQuote:
    """``"... up." Tom Baker repeated his call ... "..."``: Tom Baker's words."""

    def test_new_sentence_after_quote_ending_in_full_stop(self) -> None:
        """A sentence after a quote ending in a full stop is a new one."""
        text = (
            'Books\n\nAcme chief Jim Hart spoke first, saying: "We will not give'
            ' up." Beta Bank boss Tom Baker repeated his call for the books to be'
            ' opened. "Only the truth will do."\n'
        )
        assert ("Beta Bank boss Tom Baker", "repeated", "before", "Tom Baker") == (
            _brief(text)[1]
        )
