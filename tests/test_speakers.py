"""Tokens, mention parsing and name splitting: the helpers of attribution."""

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import SpeakerKind
from newsmodel._speakers import (
    Doc,
    Found,
    Name,
    Tokens,
    _lexicon_indexes,
    _match_phrase,
    _phrase_index,
    mention_after,
    mention_before,
)
from newsmodel.lexicon import DEFAULT_LEXICON


def _doc(text: str, *quoted: str) -> Doc:
    """A Doc of ``text`` over the default lexicon, with the ``quoted`` substrings masked."""
    spans = [(text.index(part), text.index(part) + len(part)) for part in quoted]
    return Doc(Tokens(text, spans), DEFAULT_LEXICON)


def _at(doc: Doc, word: str, nth: int = 0) -> int:
    """The index of the ``nth`` token ``word`` (zero-based) of ``doc``."""
    found = [i for i, text in enumerate(doc.tokens.text) if text == word]
    return found[nth]


def _span(doc: Doc, found: Found | Name | None) -> str | None:
    """The source text a Found or Name covers, or ``None``."""
    if found is None:
        return None
    tokens = doc.tokens
    return tokens.source[tokens.start[found.start] : tokens.end[found.end - 1]]


def _name(doc: Doc, name: Name | None) -> tuple[str, tuple[str, ...], str | None]:
    """The name itself (titles excluded), its titles and its gender."""
    assert name is not None
    tokens = doc.tokens
    text = tokens.source[tokens.start[name.name_start] : tokens.end[name.end - 1]]
    return text, name.titles, name.gender


class TestTokens:
    """Tokens splits the source into words, numbers and marks."""

    @given(st.text())
    def test_tokens_slice_the_source_and_cover_every_visible_character(
        self, text: str
    ) -> None:
        """Every token is its source slice; together they hold all non-space text."""
        tokens = Tokens(text, [])
        assert tokens.text == tuple(
            text[s:e] for s, e in zip(tokens.start, tokens.end, strict=True)
        )
        assert regex.sub(r"\s", "", text) == "".join(tokens.text)
        assert len(tokens.text) == len(tokens)

    def test_words_abbreviations_possessives_and_numbers(self) -> None:
        """``U.S.``, ``O'Neil``, ``'s`` and ``1,200.50`` are tokens of their own."""
        tokens = Tokens(
            "U.S. aid to Mr. O'Neil's firm cost 1,200.50 dollars—twice.", []
        )
        assert [
            "U.S.",
            "aid",
            "to",
            "Mr",
            ".",
            "O'Neil",
            "'s",
            "firm",
            "cost",
            "1,200.50",
            "dollars",
            "—",
            "twice",
            ".",
        ] == list(tokens.text)

    def test_contractions_split_from_their_word(self) -> None:
        """``he’d``, ``We've``, ``they'll``: the word, then the contraction."""
        tokens = Tokens("We've said he’d go, they'll stay, O'Dea won't.", [])
        assert [
            "We",
            "'ve",
            "said",
            "he",
            "’d",
            "go",
            ",",
            "they",
            "'ll",
            "stay",
            ",",
            "O'Dea",
            "won't",
            ".",
        ] == list(tokens.text)

    def test_quoted_tokens_are_masked(self) -> None:
        """Tokens inside a quoted span are marked, the others are not."""
        text = "He said “we are ready” and left."
        start = text.index("“")
        tokens = Tokens(text, [(start, text.index("”") + 1)])
        assert [
            ("He", False),
            ("said", False),
            ("“", True),
            ("we", True),
            ("are", True),
            ("ready", True),
            ("”", True),
            ("and", False),
            ("left", False),
            (".", False),
        ] == list(zip(tokens.text, tokens.quoted, strict=True))

    def test_index_finds_the_token_at_or_after_an_offset(self) -> None:
        """``index`` is the first token starting at or after the offset."""
        tokens = Tokens("ab cd ef", [])
        assert [0, 1, 1, 2, 3] == [tokens.index(offset) for offset in (0, 1, 3, 4, 8)]

    def test_capital_and_word(self) -> None:
        """``is_capital`` reads the first letter; ``is_word`` wants a letter first."""
        tokens = Tokens("Baker baker 42 ,", [])
        assert [(True, True), (False, True), (False, False), (False, False)] == [
            (tokens.is_capital(i), tokens.is_word(i)) for i in range(4)
        ]


class TestSentenceEnd:
    """``Tokens.is_sentence_end``: full stops, abbreviations and initials."""

    def _ends(self, text: str) -> list[str]:
        """The tokens of ``text`` that end a sentence."""
        tokens = Tokens(text, [])
        return [tokens.text[i] for i in range(len(tokens)) if tokens.is_sentence_end(i)]

    def test_question_and_exclamation_marks(self) -> None:
        """``?`` and ``!`` always end a sentence."""
        assert ["?", "!"] == self._ends("Why? Now!")

    def test_full_stop_ends_a_sentence(self) -> None:
        """A full stop after a word ends the sentence."""
        assert [".", "."] == self._ends("It rained. It stopped.")

    def test_full_stop_first(self) -> None:
        """A full stop opening the text ends a (blank) sentence."""
        assert ["."] == self._ends(". so")

    def test_abbreviation_is_no_end(self) -> None:
        """``Mr.`` and ``Dr.`` do not end a sentence."""
        assert ["."] == self._ends("Mr. Baker met Dr. Cole.")

    def test_initial_is_no_end(self) -> None:
        """``J. Baker``: an initial's full stop does not end a sentence."""
        assert ["."] == self._ends("J. Baker spoke.")

    def test_initials_before_an_opening_quote(self) -> None:
        """``Ann Lee, R-S.C. "I agree."``: the state's initials end the sentence."""
        text = 'said Ann Lee, R-S.C. "I agree."'
        tokens = Tokens(text, [(text.index('"'), len(text))])
        ends = [i for i in range(len(tokens)) if tokens.is_sentence_end(i)]
        assert [tokens.index(text.index('"')) - 1] == ends[:1]

    @pytest.mark.parametrize(
        "text", ['John F. "Jack" Kennedy', 'Ann Lee, R-S.C. "maverick" senator']
    )
    def test_initials_before_a_quote_that_goes_on(self, text: str) -> None:
        """``John F. "Jack"``: one initial, or a quote going on in lowercase."""
        start = text.index('"')
        tokens = Tokens(text, [(start, text.index('"', start + 1) + 1)])
        assert not tokens.is_sentence_end(tokens.index(start) - 1)

    def test_lowercase_after_a_stop_is_no_end(self) -> None:
        """A full stop followed by a lowercase word or a comma does not end a sentence."""
        assert [] == self._ends("approx. twice") + self._ends("etc., and")

    def test_spaced_full_stop_ends(self) -> None:
        """A full stop standing apart from the word before it ends a sentence."""
        assert ["."] == self._ends("Mr . Baker")

    def test_abbreviation_token_before_a_pronoun(self) -> None:
        """``the U.S. He``: a dotted abbreviation ends the sentence before a pronoun."""
        assert ["U.S."] == self._ends("to the U.S. He")

    def test_abbreviation_token_mid_sentence(self) -> None:
        """``the U.S. economy``: the abbreviation does not end the sentence."""
        assert [] == self._ends("the U.S. economy") + self._ends("the U.S.")

    def test_abbreviation_token_before_a_quote(self) -> None:
        """``the U.S. “...``: an abbreviation before a quotation ends the sentence."""
        text = "to the U.S. “We”"
        tokens = Tokens(text, [(text.index("“"), len(text))])
        assert [True] == [tokens.is_sentence_end(tokens.text.index("U.S."))]


class TestDocCues:
    """``Doc.match_cue``: the longest cue of the lexicon, and verbal cues."""

    def test_longest_cue_wins(self) -> None:
        """``said in a statement`` is one cue, not ``said``."""
        doc = _doc("Baker said in a statement that")
        i = _at(doc, "said")
        assert "said in a statement" == _span(
            doc, Found(start=i, end=doc.match_cue(i, len(doc.tokens)), form="cue")
        )

    def test_no_cue(self) -> None:
        """A word that is no cue ends where it starts."""
        doc = _doc("Baker walked home")
        assert 1 == doc.match_cue(1, len(doc.tokens))

    def test_participle_after_a_determiner_is_no_cue(self) -> None:
        """``the reporting``, ``was saying``, ``for calling``: no report."""
        doc = _doc("the reporting was saying for calling")
        assert [1, 3, 5] == [
            doc.match_cue(i, len(doc.tokens))
            for i in (_at(doc, "reporting"), _at(doc, "saying"), _at(doc, "calling"))
        ]

    def test_participle_after_a_subject_is_a_cue(self) -> None:
        """``Baker left, saying``: after a comma an ``-ing`` cue still reports."""
        doc = _doc("Baker left, saying it")
        i = _at(doc, "saying")
        assert i + 1 == doc.match_cue(i, len(doc.tokens))

    def test_verbal_cue_after_a_pronoun(self) -> None:
        """``she calls``: a noun-like inflection after a subject is a cue."""
        doc = _doc("she often calls it")
        i = _at(doc, "calls")
        assert i + 1 == doc.match_cue(i, len(doc.tokens))

    def test_verbal_cue_after_a_name(self) -> None:
        """``Baker promises``: a capitalised name before a verbal cue."""
        doc = _doc("Baker promises it")
        assert 2 == doc.match_cue(1, len(doc.tokens))

    def test_verbal_cue_after_and(self) -> None:
        """``and calls``: a coordinated verb phrase."""
        doc = _doc("left and calls it")
        assert 3 == doc.match_cue(2, len(doc.tokens))

    def test_verbal_cue_as_a_noun(self) -> None:
        """``the calls``: after a determiner the inflection is a noun."""
        doc = _doc("the calls grew")
        assert 1 == doc.match_cue(1, len(doc.tokens))

    def test_quoted_verbal_cue(self) -> None:
        """A verbal cue inside a quotation is no cue."""
        text = "she “calls” it"
        doc = _doc(text, "“calls”")
        i = _at(doc, "calls")
        assert i == doc.match_cue(i, len(doc.tokens))


class TestDocWords:
    """Word classes: titles, adverbs, pronouns, name words, candidates."""

    def test_multi_word_title(self) -> None:
        """``Prime Minister`` is one title of two tokens."""
        doc = _doc("Prime Minister Ann Cole")
        assert 2 == doc.title_end(0, len(doc.tokens))

    def test_honorific_with_its_full_stop(self) -> None:
        """``Mr.``: the honorific and its full stop."""
        doc = _doc("Mr. Baker")
        assert 2 == doc.title_end(0, len(doc.tokens))

    def test_abbreviated_title_with_its_full_stop(self) -> None:
        """``Gov. Baker``: the abbreviated title takes its full stop."""
        doc = _doc("Gov. Baker")
        assert 2 == doc.title_end(0, len(doc.tokens))

    def test_no_title(self) -> None:
        """A word that is no title ends where it starts."""
        doc = _doc("Baker spoke")
        assert 0 == doc.title_end(0, len(doc.tokens))

    def test_adverbs(self) -> None:
        """Lexicon adverbs and long ``-ly`` words may stand before a cue."""
        doc = _doc("also quickly fly home")
        assert [True, True, False, False] == [doc.is_adverb(i) for i in range(4)]

    def test_pronouns(self) -> None:
        """``he``, ``it`` and ``I`` are pronouns; a capitalised ``It`` and a lowercase ``i`` are not."""
        doc = _doc("he it I It i")
        assert [True, True, True, False, False] == [doc.is_pronoun(i) for i in range(5)]

    def test_name_words(self) -> None:
        """Capitalised words and particles are name words; quoted words and marks are not."""
        text = "Baker van “Cole” , then"
        doc = _doc(text, "“Cole”")
        assert [True, True, False, False, False, False, False] == [
            doc.is_name_word(i) for i in range(len(doc.tokens))
        ]

    def test_name_candidates(self) -> None:
        """Candidates are capitalised words, particles, titles and honorifics, unquoted."""
        text = "the mayor met Baker and de Gaulle “Cole” with mr Smith"
        doc = _doc(text, "“Cole”")
        assert ["mayor", "Baker", "de", "Gaulle", "mr", "Smith"] == [
            doc.tokens.text[i] for i in doc.name_candidates()
        ]


class TestClassify:
    """``Doc.classify`` splits titles from a name and tells its kind."""

    def test_titles_before_the_name(self) -> None:
        """``Russian President Vladimir Putin``: the title absorbs the adjective."""
        doc = _doc("Russian President Vladimir Putin")
        assert ("Vladimir Putin", ("Russian President",), None) == _name(
            doc, doc.classify(0, len(doc.tokens))
        )

    def test_honorific_tells_gender_and_is_no_title(self) -> None:
        """``Mrs. Rita Cole``: female, no title."""
        doc = _doc("Mrs. Rita Cole")
        assert ("Rita Cole", (), "female") == _name(doc, doc.classify(0, 4))

    def test_title_and_honorific(self) -> None:
        """``Senator Mr. Tom Baker``: the title stays, the honorific goes."""
        doc = _doc("Senator Mr. Tom Baker")
        assert ("Tom Baker", ("Senator",), "male") == _name(doc, doc.classify(0, 5))

    def test_leading_stopwords_are_skipped(self) -> None:
        """``The Acme Bank``: the article is no part of the name."""
        doc = _doc("The Acme Bank")
        name = doc.classify(0, 3)
        assert ("Acme Bank", SpeakerKind.ORGANISATION) == (
            _name(doc, name)[0],
            name.kind if name else None,
        )

    def test_title_and_honorific_with_full_stops(self) -> None:
        """``Gen. Mr. Tom Baker``: both full stops go, the title stays."""
        doc = _doc("Gen. Mr. Tom Baker")
        assert ("Tom Baker", ("Gen",), "male") == _name(doc, doc.classify(0, 6))

    def test_punctuation_after_a_title_is_skipped(self) -> None:
        """``Mayor: Tom Baker``: the name starts at the first word after the title."""
        doc = _doc("Mayor: Tom Baker")
        assert "Tom Baker" == _name(doc, doc.classify(0, 4))[0]

    def test_only_stopwords(self) -> None:
        """Stopwords alone make no name."""
        doc = _doc("The And")
        assert None is doc.classify(0, 2)

    def test_only_a_title(self) -> None:
        """A title with no name after it makes no name."""
        doc = _doc("Dr.")
        assert None is doc.classify(0, 2)

    @pytest.mark.parametrize(
        ("text", "surname"),
        [("Mr. King", "King"), ("Ms Bishop", "Bishop"), ("Dr. Judge", "Judge")],
    )
    def test_title_word_after_an_honorific_is_a_surname(
        self, text: str, surname: str
    ) -> None:
        """``Mr. King``: the honorific shows that the title word is a surname."""
        doc = _doc(text)
        assert surname == _name(doc, doc.classify(0, len(doc.tokens)))[0]

    @pytest.mark.parametrize("text", ["Bashar al-Assad", "Salman bin-Rashid"])
    def test_hyphenated_particle_in_a_name(self, text: str) -> None:
        """``al-Assad``: a lowercase particle joined to a capital is part of the name."""
        doc = _doc(f"said {text} today")
        name = doc.name_right(1, len(doc.tokens))
        assert (text, text) == (
            _name(doc, name)[0],
            _name(doc, doc.name_left(2, 0))[0],
        )

    @pytest.mark.parametrize("text", ["Mr. President", "Madam Speaker", "Mr. king"])
    def test_form_of_address_is_no_name(self, text: str) -> None:
        """``Mr. President``: a form of address, not a surname."""
        doc = _doc(text)
        assert None is doc.classify(0, len(doc.tokens))

    def test_title_and_a_particle_alone(self) -> None:
        """``President Da``: when the particle goes, no name is left."""
        doc = _doc("President Da")
        assert None is doc.classify(0, 2)

    def test_trailing_particle_is_dropped(self) -> None:
        """``Ludwig van``: a particle cannot end a name."""
        doc = _doc("Ludwig van")
        assert "Ludwig" == _name(doc, doc.classify(0, 2))[0]

    def test_particle_before_a_capital(self) -> None:
        """``de Gaulle``: a name may open with a lowercase particle."""
        doc = _doc("de Gaulle")
        assert "de Gaulle" == _name(doc, doc.classify(0, 2))[0]

    def test_lowercase_is_no_name(self) -> None:
        """Lowercase words make no name."""
        doc = _doc("city officials")
        assert None is doc.classify(0, 2)

    def test_organisations(self) -> None:
        """Capitals and organisation markers make organisations; others are persons."""
        doc = _doc("NATO Acme Bank Tom Baker A")
        assert [True, True, False, False] == [
            doc.is_organisation(0, 1),
            doc.is_organisation(1, 3),
            doc.is_organisation(3, 5),
            doc.is_organisation(5, 6),
        ]


class TestNameLeftAndRight:
    """``name_left`` and ``name_right`` read a name with its titles."""

    def test_name_left_with_title_of(self) -> None:
        """``Secretary of State Ann Cole`` read leftwards from ``Cole``."""
        doc = _doc("met Secretary of State Ann Cole")
        name = doc.name_left(_at(doc, "Cole"), 0)
        assert ("Secretary of State Ann Cole", ("Secretary of State",)) == (
            _span(doc, name),
            name.titles if name else None,
        )

    def test_name_left_organisation_of(self) -> None:
        """``Bank of England``: an organisation word before ``of``."""
        doc = _doc("the Bank of England")
        name = doc.name_left(_at(doc, "England"), 0)
        assert ("Bank of England", SpeakerKind.ORGANISATION) == (
            _span(doc, name),
            name.kind if name else None,
        )

    def test_name_left_stops_at_a_plain_of(self) -> None:
        """``friends of Tom Baker``: ``of`` after a common noun ends the name."""
        doc = _doc("friends of Tom Baker")
        assert "Tom Baker" == _span(doc, doc.name_left(_at(doc, "Baker"), 0))

    def test_name_left_with_initials_and_abbreviations(self) -> None:
        """``Gov. J. Baker``: initials and abbreviations; the title drops its full stop."""
        doc = _doc("by Gov. J. Baker")
        name = doc.name_left(_at(doc, "Baker"), 0)
        assert ("Gov. J. Baker", ("Gov",)) == (
            _span(doc, name),
            name.titles if name else None,
        )

    def test_name_left_stops_at_a_sentence_end(self) -> None:
        """``home. Baker``: the full stop ends the sentence, not a name."""
        doc = _doc("went home. Baker")
        assert "Baker" == _span(doc, doc.name_left(_at(doc, "Baker"), 0))

    def test_name_left_with_title_modifier(self) -> None:
        """``former mayor Tom Baker``: lowercase modifier and title join the name."""
        doc = _doc("said former mayor Tom Baker")
        name = doc.name_left(_at(doc, "Baker"), 0)
        assert ("former mayor Tom Baker", ("former mayor",)) == (
            _span(doc, name),
            name.titles if name else None,
        )

    def test_name_right(self) -> None:
        """``Gov. J. Baker of Ohio``: read rightwards up to ``of``."""
        doc = _doc("Gov. J. Baker of Ohio said")
        assert "Gov. J. Baker" == _span(doc, doc.name_right(0, len(doc.tokens)))

    def test_name_right_with_title_of(self) -> None:
        """``Secretary of State Ann Cole`` read rightwards."""
        doc = _doc("Secretary of State Ann Cole said")
        assert "Secretary of State Ann Cole" == _span(
            doc, doc.name_right(0, len(doc.tokens))
        )

    def test_name_right_organisation_of(self) -> None:
        """``Bank of England`` read rightwards."""
        doc = _doc("Bank of England said")
        assert "Bank of England" == _span(doc, doc.name_right(0, len(doc.tokens)))

    def test_name_right_stops_at_a_full_stop(self) -> None:
        """``Baker. Then``: a full stop after a surname ends the name."""
        doc = _doc("Baker. Then")
        assert "Baker" == _span(doc, doc.name_right(0, len(doc.tokens)))

    def test_name_right_of_a_lowercase_word(self) -> None:
        """No name starts at a lowercase word."""
        doc = _doc("engineers said")
        assert None is doc.name_right(0, len(doc.tokens))


class TestDescriptions:
    """``description_left`` and ``description_right``."""

    def test_description_left_with_determiner(self) -> None:
        """``a senior official`` read leftwards from ``official``."""
        doc = _doc("then a senior official said")
        found = doc.description_left(_at(doc, "official"), 0)
        assert ("a senior official", "description") == (
            _span(doc, found),
            found.form if found else None,
        )

    def test_description_left_owned_by_a_common_noun(self) -> None:
        """``the club's owners`` read leftwards from ``controllers``."""
        doc = _doc("then the club's owners said")
        found = doc.description_left(_at(doc, "owners"), 0)
        assert ("the club's owners", "description") == (
            _span(doc, found),
            found.form if found else None,
        )

    def test_description_left_with_an_ownerless_possessive(self) -> None:
        """``ago's results``: no determiner or name owns it, no description."""
        doc = _doc("then years ago's results said")
        assert None is doc.description_left(_at(doc, "results"), 0)

    def test_description_left_lone_pronominal(self) -> None:
        """``Yet another said``: ``another`` alone."""
        doc = _doc("Yet another said")
        assert "another" == _span(doc, doc.description_left(1, 0))

    def test_description_left_bare_noun(self) -> None:
        """``officials said``: a description noun of the lexicon alone."""
        doc = _doc("Then officials said")
        assert "officials" == _span(doc, doc.description_left(1, 0))

    def test_description_left_possessive(self) -> None:
        """``Tom Baker's spokesman``: the owner opens the description."""
        doc = _doc("Tom Baker's spokesman said")
        assert "Tom Baker's spokesman" == _span(
            doc, doc.description_left(_at(doc, "spokesman"), 0)
        )

    def test_description_left_at_the_floor(self) -> None:
        """A description noun at the floor stands alone."""
        doc = _doc("Then the official said")
        i = _at(doc, "official")
        assert "official" == _span(doc, doc.description_left(i, i))

    def test_description_left_stops_at_a_quote(self) -> None:
        """``the “new” official``: the quoted word ends the phrase."""
        doc = _doc("the “new” official said", "“new”")
        assert "official" == _span(doc, doc.description_left(_at(doc, "official"), 0))

    def test_description_left_possessive_without_owner(self) -> None:
        """``city's spokesman``: a lowercase owner without a determiner is no name."""
        doc = _doc("then city's spokesman said")
        assert "spokesman" == _span(doc, doc.description_left(_at(doc, "spokesman"), 0))

    def test_description_left_rejects_cues_and_stopwords(self) -> None:
        """A cue, a stopword or an auxiliary heads no description."""
        doc = _doc("the said was")
        assert [None, None, None] == [doc.description_left(i, 0) for i in range(3)]

    def test_description_left_needs_a_known_noun(self) -> None:
        """``Then engineers said``: a noun outside the lexicon, with no determiner."""
        doc = _doc("Then engineers said")
        assert None is doc.description_left(1, 0)

    def test_description_right(self) -> None:
        """``a government spokesman said``: description nouns run on to the last."""
        doc = _doc("a government spokesman said")
        assert "a government spokesman" == _span(
            doc, doc.description_right(0, len(doc.tokens))
        )

    def test_description_right_over_words(self) -> None:
        """``a tall engineer said``: plain words up to the cue."""
        doc = _doc("a tall engineer said")
        assert "a tall engineer" == _span(
            doc, doc.description_right(0, len(doc.tokens))
        )

    def test_description_right_lone_pronominal(self) -> None:
        """``another.``: a pronominal alone."""
        doc = _doc("another.")
        assert "another" == _span(doc, doc.description_right(0, len(doc.tokens)))

    def test_description_right_needs_a_determiner(self) -> None:
        """A description after a cue starts with a determiner."""
        doc = _doc("senior officials")
        assert None is doc.description_right(0, len(doc.tokens))

    def test_description_right_needs_a_noun(self) -> None:
        """A determiner alone is no description."""
        doc = _doc("the .")
        assert None is doc.description_right(0, len(doc.tokens))


class TestSubjects:
    """``subject_left``, ``mention_right`` and the sentence's subject."""

    def _left(self, text: str, cue: str = "said") -> str | None:
        """The subject before ``cue`` in ``text``, as written."""
        doc = _doc(text)
        return _span(doc, mention_before(doc, _at(doc, cue), 0))

    def _right(self, text: str, first: int = 1) -> Found | None:
        """The mention starting at token ``first`` of ``text``."""
        doc = _doc(text)
        return mention_after(doc, first, len(doc.tokens))

    def test_name_before_a_cue(self) -> None:
        """``Tom Baker said``."""
        assert "Tom Baker" == self._left("Tom Baker said")

    @pytest.mark.parametrize(
        ("text", "subject"),
        [
            ("An official who talked privately to reporters said", "An official"),
            ("The aide who met Ann Lee on Monday said", "The aide"),
            ("Tom Baker, who ran for mayor, said", "Tom Baker"),
        ],
    )
    def test_relative_clause_before_the_cue(self, text: str, subject: str) -> None:
        """``An official who talked privately said``: the noun before ``who``."""
        assert subject == self._left(text)

    def test_relative_clause_too_long(self) -> None:
        """A ``who`` too far back is not followed: no subject is guessed."""
        filler = " ".join(["more"] * 16)
        assert None is self._left(f"An official who spoke {filler} said")

    def test_apposition_opening_with_a_number(self) -> None:
        """``One aide, who ..., said``: a description opening with ``One``."""
        assert "One aide" == self._left(
            "One aide, who like the others gave no name, said"
        )

    def test_adverbs_and_time_words_are_skipped(self) -> None:
        """``Tom Baker on Friday also said``."""
        assert "Tom Baker" == self._left("Tom Baker on Friday also said")

    @pytest.mark.parametrize(
        ("text", "subject"),
        [
            ("with the city's TV magazine describing", "the city's TV magazine"),
            ("with a spokesman describing", "a spokesman"),
        ],
    )
    def test_participle_after_with(self, text: str, subject: str) -> None:
        """``with the magazine describing it``: the participle's own subject."""
        assert subject == self._left(f"The show ran long, {text}", "describing")

    @pytest.mark.parametrize(
        ("text", "subject"),
        [
            ("The Bishop of Lindale said", "The Bishop of Lindale"),
            ("Analyst Eva van den Berg said", "Analyst Eva van den Berg"),
            ("A source talking to Reuters said", "A source"),
            ("Tom Baker of Ohio said", "Tom Baker"),
            ("The mayor of Ohio said", "The mayor of Ohio"),
            ("The University of Ohio said", "The University of Ohio"),
            ("The ministry about three days ago said", "The ministry"),
        ],
    )
    def test_phrases_between_subject_and_cue(self, text: str, subject: str) -> None:
        """A participle's object, a place after ``of``, a time ``ago``: the subject before."""
        assert subject == self._left(text)

    @pytest.mark.parametrize(
        ("text", "subject"),
        [
            ("Six years ago, he backed the plan", "he"),
            ("In a statement, Rep. Ann Lee (D-N.Y.) reacted to it", "Rep. Ann Lee"),
        ],
    )
    def test_sentence_subject_after_an_opening(self, text: str, subject: str) -> None:
        """``Six years ago,`` and ``In a statement,`` open the sentence; no subject."""
        doc = _doc(text)
        found = doc.sentence_subject(0, len(doc.tokens))
        assert subject == (_span(doc, found[0]) if found else None)

    def test_time_phrase_is_skipped(self) -> None:
        """``Tom Baker during a Sunday rally thanked``: back past the time phrase."""
        assert "Tom Baker" == self._left("Tom Baker during a Sunday thanked", "thanked")

    def test_parenthesis_is_skipped(self) -> None:
        """``Tom Baker (Ohio) said``."""
        assert "Tom Baker" == self._left("Tom Baker (Ohio) said")

    def test_unmatched_parenthesis(self) -> None:
        """``Ohio) said``: no opening parenthesis, no subject."""
        assert None is self._left("Ohio) said")

    def test_dashed_aside_is_skipped(self) -> None:
        """``Tom Baker — an engineer — said``."""
        assert "Tom Baker" == self._left("Tom Baker — an engineer — said")

    def test_pronoun_before_a_cue(self) -> None:
        """``she said`` and ``It said``."""
        assert ["she", "It"] == [self._left("then she said"), self._left("It said")]

    def test_relative_before_a_cue(self) -> None:
        """``Tom Baker, who said``: the relative stands for the name before it."""
        doc = _doc("Tom Baker, who said")
        found = mention_before(doc, _at(doc, "said"), 0)
        assert ("who", "relative", "Tom Baker") == (
            _span(doc, found),
            found.form if found else None,
            _span(doc, found.name if found else None),
        )

    def test_relative_without_antecedent(self) -> None:
        """``, who said`` after no name or description has no subject."""
        assert None is self._left("and then, who said")

    def test_apposition_before_a_cue(self) -> None:
        """``Tom Baker, a city engineer, said``: the name, with the title."""
        doc = _doc("Tom Baker, a city engineer, said")
        found = mention_before(doc, _at(doc, "said"), 0)
        assert ("Tom Baker", ("city engineer",)) == (
            _span(doc, found),
            found.titles if found else None,
        )

    def test_description_before_a_cue(self) -> None:
        """``a senior official said``."""
        assert "a senior official" == self._left("Then a senior official said")

    def test_phrase_after_a_preposition_is_no_subject(self) -> None:
        """``Tom Baker at the hearing said``: the subject stands before the phrase."""
        assert "Tom Baker" == self._left("Tom Baker at the hearing said")

    def test_conjunction_takes_the_main_subject(self) -> None:
        """``Tom Baker left and said``: the coordinated verb's subject."""
        assert "Tom Baker" == self._left("Tom Baker left and said")

    def test_participle_takes_the_main_subject(self) -> None:
        """``Tom Baker left, saying``: the participle's subject."""
        assert "Tom Baker" == self._left("Tom Baker left early, saying", "saying")

    def test_possessive_organisation(self) -> None:
        """``Tom Baker's Acme Bank said``: the owner opens the mention."""
        assert "Tom Baker's Acme Bank" == self._left("Tom Baker's Acme Bank said")

    def test_apposition_after_a_sentence(self) -> None:
        """``It rained. Tom Baker, the mayor, said``: the apposition stops at the sentence."""
        assert "Tom Baker" == self._left("It rained. Tom Baker, the mayor, said")

    def test_apposition_after_a_conjunction(self) -> None:
        """``and Tom Baker, the mayor, said``: a stopword before the name."""
        assert "Tom Baker" == self._left("and Tom Baker, the mayor, said")

    def test_apposition_after_a_word(self) -> None:
        """``cheering fans Tom Baker, the mayor, said``: the first candidate wins."""
        assert "Tom Baker" == self._left("cheering fans Tom Baker, the mayor, said")

    def test_apposition_after_a_parenthesis(self) -> None:
        """``Tom Baker (Ohio), the mayor, said``: the parenthesis is skipped."""
        assert "Tom Baker" == self._left("Tom Baker (Ohio), the mayor, said")

    def test_unclosed_dash_before_a_cue(self) -> None:
        """``Baker — said``: a dash that opens no aside gives no subject."""
        assert None is self._left("Baker — said")

    def test_earlier_cue_without_subject(self) -> None:
        """``said nothing and warned``: no subject anywhere."""
        assert None is self._left("said nothing and warned", "warned")

    def test_nothing_before_the_cue(self) -> None:
        """A cue opening the text has no subject."""
        assert None is self._left("said")

    def test_mention_right_name_with_apposition(self) -> None:
        """``said Tom Baker, an engineer.``: the name and its apposition title."""
        found = self._right("said Tom Baker, an engineer.")
        assert ("name", ("engineer",)) == (
            found.form if found else None,
            found.titles if found else None,
        )

    def test_mention_right_pronoun(self) -> None:
        """``said he``: a pronoun."""
        found = self._right("said he.")
        assert "pronoun" == (found.form if found else None)

    def test_mention_right_organisation_with_the(self) -> None:
        """``said the Kremlin``: the article belongs to the organisation's mention."""
        doc = _doc("said the Kremlin.")
        assert "the Kremlin" == _span(doc, mention_after(doc, 1, len(doc.tokens)))

    def test_mention_right_person_after_the(self) -> None:
        """``said the engineer Tom Baker``: a title between ``the`` and the name."""
        doc = _doc("said the engineer Tom Baker.")
        assert "the engineer Tom Baker" == _span(
            doc, mention_after(doc, 1, len(doc.tokens))
        )

    def test_mention_right_person_name_after_the(self) -> None:
        """``said the Baker family``: a person's name after ``the`` is a description."""
        doc = _doc("said the Baker family.")
        found = mention_after(doc, 1, len(doc.tokens))
        assert ("the Baker family", "description") == (
            _span(doc, found),
            found.form if found else None,
        )

    def test_mention_right_name_before_a_quote(self) -> None:
        """``said Tom Baker, “...”``: a quote after the comma is no apposition."""
        text = "said Tom Baker, “We are ready.”"
        doc = _doc(text, "“We are ready.”")
        found = mention_after(doc, 1, len(doc.tokens))
        assert ("Tom Baker", ()) == (_span(doc, found), found.titles if found else None)

    def test_mention_right_description(self) -> None:
        """``said a senior official``: a description."""
        found = self._right("said a senior official.")
        assert "description" == (found.form if found else None)

    def test_mention_right_nothing(self) -> None:
        """``said on Monday``: no speaker after the cue."""
        assert None is self._right("said on Monday.")

    def test_sentence_subject_after_an_opening_phrase(self) -> None:
        """``In a statement, the Acme Bank warned``: subject and verb after the comma."""
        doc = _doc("In a statement, the Acme Bank warned of losses")
        found = doc.sentence_subject(0, len(doc.tokens))
        assert ("the Acme Bank", "warned") == (
            _span(doc, found[0] if found else None),
            doc.tokens.text[found[1]] if found else None,
        )

    def test_sentence_subject_with_nouns_after_a_name(self) -> None:
        """``Baker supporters chanted``: the nouns join the name as a description."""
        doc = _doc("Baker supporters chanted loudly")
        found = doc.sentence_subject(0, len(doc.tokens))
        assert ("Baker supporters", "description", "chanted") == (
            _span(doc, found[0] if found else None),
            found[0].form if found else None,
            doc.tokens.text[found[1]] if found else None,
        )

    def test_sentence_subject_past_an_apposition(self) -> None:
        """``Tom Baker, the mayor, warned``: the verb after the apposition."""
        doc = _doc("Tom Baker, the mayor, warned of delays")
        found = doc.sentence_subject(0, len(doc.tokens))
        assert ("Tom Baker", "warned") == (
            _span(doc, found[0] if found else None),
            doc.tokens.text[found[1]] if found else None,
        )

    def test_sentence_subject_without_verb(self) -> None:
        """``Tom Baker, the mayor.``: no verb, no subject."""
        doc = _doc("Tom Baker, the mayor.")
        assert None is doc.sentence_subject(0, len(doc.tokens))

    def test_clause_subject(self) -> None:
        """The nearest pronoun before a verb: ``when she arrived``."""
        doc = _doc("The vote came when she arrived at")
        found = doc.clause_subject(_at(doc, "at"), 0)
        assert "she" == _span(doc, found)


class TestLexiconIndexes:
    """The phrase indexes built from a lexicon."""

    def test_built_once_per_lexicon(self) -> None:
        """The same lexicon gives the very same indexes."""
        assert _lexicon_indexes(DEFAULT_LEXICON) is _lexicon_indexes(DEFAULT_LEXICON)

    def test_longest_phrase_first(self) -> None:
        """Phrases sharing a first word are tried longest first."""
        cues = _lexicon_indexes(DEFAULT_LEXICON)[0]["said"]
        assert sorted(cues, key=len, reverse=True) == cues

    def test_empty_phrase_is_not_indexed(self) -> None:
        """A phrase with no words is left out of the index."""
        assert {"said": [("said",)]} == _phrase_index([" ", "said"])

    def test_match_outside_the_tokens(self) -> None:
        """A position outside ``0..limit`` matches nothing."""
        tokens = Tokens("said in a statement", [])
        index = _lexicon_indexes(DEFAULT_LEXICON)[0]
        assert [-1, 4, 2] == [
            _match_phrase(tokens, index, -1, 4),
            _match_phrase(tokens, index, 4, 4),
            _match_phrase(tokens, index, 2, 1),
        ]
