"""The lexicon attribution reads: readable, immutable, extensible."""

import attrs
import pytest

import newsmodel
from newsmodel import SpeakerKind
from newsmodel.lexicon import DEFAULT_LEXICON, Lexicon


class TestLexicon:
    """The :class:`Lexicon` class."""

    def test_frozen(self) -> None:
        """A lexicon cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            DEFAULT_LEXICON.cues = DEFAULT_LEXICON.cues  # type: ignore[misc]

    def test_mappings_are_read_only(self) -> None:
        """Its tables cannot be changed in place either."""
        with pytest.raises(TypeError):
            DEFAULT_LEXICON.cues["said"] = "utter"  # type: ignore[index]

    def test_hashable_and_equal(self) -> None:
        """Equal lexicons are equal and hash alike."""
        copy = attrs.evolve(DEFAULT_LEXICON)
        assert (DEFAULT_LEXICON, hash(DEFAULT_LEXICON)) == (copy, hash(copy))

    def test_keys_are_lowercased(self) -> None:
        """Keys given in any case are stored lowercase."""
        lexicon = attrs.evolve(
            DEFAULT_LEXICON,
            cues={"Harrumphed": "harrumph"},
            titles={"Grand Vizier"},
            honorifics={"Sra": "female"},
        )
        assert (
            {"harrumphed": "harrumph"},
            frozenset({"grand vizier"}),
            {"sra": "female"},
        ) == (dict(lexicon.cues), lexicon.titles, dict(lexicon.honorifics))

    def test_extend_with_a_cue(self) -> None:
        """A cue added with ``|`` and ``attrs.evolve`` is recognised by parse()."""
        text = "Talks\n\n“We are ready,” Ann Lee harrumphed.\n"
        lexicon = attrs.evolve(
            DEFAULT_LEXICON, cues=DEFAULT_LEXICON.cues | {"harrumphed": "harrumph"}
        )
        attribution = newsmodel.parse(text, lexicon=lexicon).quotes[0].attribution
        assert attribution is not None
        assert attribution.cue is not None
        assert ("harrumphed", "harrumph") == (
            attribution.cue.text,
            attribution.cue.lemma,
        )

    def test_extend_with_a_title(self) -> None:
        """A title added to the lexicon is split from the name."""
        text = "Talks\n\nGrand Vizier Ann Lee said “no”.\n"
        lexicon = attrs.evolve(
            DEFAULT_LEXICON, titles=DEFAULT_LEXICON.titles | {"grand vizier"}
        )
        article = newsmodel.parse(text, lexicon=lexicon)
        assert [("Ann Lee", ("Grand Vizier",))] == [
            (speaker.name, speaker.titles) for speaker in article.speakers
        ]

    def test_empty_lexicon_attributes_nothing(self) -> None:
        """With no cues, a cue-led quote gets no cue."""
        empty = Lexicon(
            cues={},
            source_after_cues=(),
            titles=(),
            title_modifiers=(),
            honorifics={},
            pronouns={},
            organisation_markers=(),
            descriptions=(),
            adverbs=(),
            stopwords=(),
        )
        article = newsmodel.parse(
            "Talks\n\n“We are ready,” said Ann Lee.\n", lexicon=empty
        )
        assert [None] == [quote.attribution for quote in article.quotes]


class TestDefaultLexicon:
    """What :data:`DEFAULT_LEXICON` holds."""

    def test_inflections_map_to_lemma(self) -> None:
        """Every inflection of ``say`` maps to ``say``."""
        cues = DEFAULT_LEXICON.cues
        assert ["say"] * 4 == [cues["say"], cues["says"], cues["said"], cues["saying"]]

    def test_multi_word_cues(self) -> None:
        """Multi-word cues are listed with their lemmas."""
        cues = DEFAULT_LEXICON.cues
        assert [
            "tell reporters",
            "say in a statement",
            "according to",
            "write on twitter",
        ] == [
            cues["told reporters"],
            cues["said in a statement"],
            cues["according to"],
            cues["wrote on twitter"],
        ]

    def test_according_to_has_its_source_after(self) -> None:
        """``according to`` is the cue whose source follows it."""
        assert "according to" in DEFAULT_LEXICON.source_after_cues

    def test_nouns_are_not_cues(self) -> None:
        """Bare forms and plural nouns that are rarely verbs are left out."""
        assert [False, False, False] == [
            word in DEFAULT_LEXICON.cues for word in ("state", "states", "report")
        ]

    def test_speech_nouns(self) -> None:
        """Nouns naming something said are listed; nouns naming documents are not."""
        assert [True, True, True, False, False] == [
            word in DEFAULT_LEXICON.speech_nouns
            for word in ("claim", "remarks", "call", "report", "letter")
        ]

    def test_verbal_cues(self) -> None:
        """Noun-like inflections are cues only in verbal context, with their lemma."""
        verbal = DEFAULT_LEXICON.verbal_cues
        assert (["call", "promise", "quote", "state"], False) == (
            [verbal["calls"], verbal["promises"], verbal["quotes"], verbal["states"]],
            "calls" in DEFAULT_LEXICON.cues,
        )

    def test_verbal_cue_needs_a_subject(self) -> None:
        """``the calls for "..."`` has no cue; ``she (often) calls it "..."`` has one."""
        texts = (
            "Talks\n\nThe calls for “reform” grew.\n",
            "Talks\n\nAnn Lee spoke.\n\nShe calls it “reform”.\n",
            "Talks\n\nAnn Lee spoke.\n\nShe often calls it “reform”.\n",
        )
        cues = []
        for text in texts:
            attribution = newsmodel.parse(text).quotes[0].attribution
            cues.append(
                attribution.cue.text if attribution and attribution.cue else None
            )
        assert [None, "calls", "calls"] == cues

    def test_titles(self) -> None:
        """Titles before names are listed, multi-word ones included."""
        assert {"president", "prime minister", "secretary of state", "spokesman"} <= (
            DEFAULT_LEXICON.titles
        )

    def test_honorifics_and_pronouns_tell_gender(self) -> None:
        """``Mr``/``Mrs``/``Ms`` and ``he``/``she`` carry a gender; ``Dr`` does not."""
        honorifics = DEFAULT_LEXICON.honorifics
        pronouns = DEFAULT_LEXICON.pronouns
        assert ["male", "female", "female", None, "male", "female"] == [
            honorifics["mr"],
            honorifics["mrs"],
            honorifics["ms"],
            honorifics["dr"],
            pronouns["he"],
            pronouns["she"],
        ]

    def test_organisation_markers(self) -> None:
        """Organisation markers include ``kremlin`` and ``ministry``."""
        assert {"kremlin", "ministry"} <= DEFAULT_LEXICON.organisation_markers

    def test_parties_are_organisations(self) -> None:
        """Political parties are organisation markers."""
        assert {"labour", "tory", "tories", "conservatives"} <= (
            DEFAULT_LEXICON.organisation_markers
        )

    def test_group_nouns_are_descriptions(self) -> None:
        """Plural group nouns head descriptions: ``Critics said``, ``MPs said``."""
        assert {"critics", "prosecutors", "users", "mps", "parties", "people"} <= (
            DEFAULT_LEXICON.descriptions
        )

    def test_sentence_adverbs_are_stopwords(self) -> None:
        """Words opening a sentence such as ``Unlike`` and ``Instead`` start no name."""
        assert {"unlike", "instead", "besides", "without"} <= DEFAULT_LEXICON.stopwords

    def test_demonyms(self) -> None:
        """Nationality adjectives are listed, names of countries are not."""
        assert [True, True, True, False] == [
            word in DEFAULT_LEXICON.demonyms
            for word in ("russian", "chinese", "american", "russia")
        ]

    def test_extend_demonyms(self) -> None:
        """A demonym added to the lexicon alone is a description, no person."""
        text = "Talks\n\n“We come in peace,” the Martian said.\n"
        kinds = []
        for lexicon in (
            DEFAULT_LEXICON,
            attrs.evolve(
                DEFAULT_LEXICON, demonyms=DEFAULT_LEXICON.demonyms | {"martian"}
            ),
        ):
            article = newsmodel.parse(text, lexicon=lexicon)
            kinds.append([speaker.kind for speaker in article.speakers])
        assert [[SpeakerKind.PERSON], [SpeakerKind.DESCRIPTION]] == kinds
