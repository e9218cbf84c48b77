"""The shortcuts that keep parsing fast give the answers of the long way round."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import _speakers
from newsmodel._quotes import (
    _ELLIPSIS_RE,
    _ELLIPSIS_STARTS,
    _FAST_KIND_PATTERNS,
    _INSERTION_RE,
    _KIND_PATTERNS,
)
from newsmodel._speakers import (
    _FAST_TOKEN_SPLIT,
    _OUTSIDE_FAST,
    _TOKEN_SPLIT,
    Doc,
    Tokens,
)
from newsmodel._structure import _ODDITY, _SCANS, _scan
from newsmodel.lexicon import DEFAULT_LEXICON

_WORDS = [
    "The",
    "Baker",
    "Mr",
    "Dr",
    "Sir",
    "President",
    "De",
    "van",
    "Van",
    "US",
    "Chinese",
    "Critics",
    "I'd",
    "Don't",
    "O'Neill",
    "said",
]
"""Words that make lone names, titles, particles, stopwords and plain words."""
_MARKS = [" ", " ", ", ", ". ", " of ", '"']


def _doc(text: str) -> Doc:
    """A Doc of ``text`` over the default lexicon, nothing quoted."""
    return Doc(Tokens(text, []), DEFAULT_LEXICON)


def _first(doc: Doc, word: str) -> int:
    """The index of the first token ``word`` of ``doc``."""
    return doc.tokens.text.index(word)


class TestLoneName:
    """Doc.lone_name tells whether a capitalised word alone is a name."""

    @given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_MARKS))))
    def test_agrees_with_classify(self, pairs: list[tuple[str, str]]) -> None:
        """For a capitalised word that is no particle, it is what classify finds."""
        doc = _doc("".join(word + mark for word, mark in pairs))
        for i, word in enumerate(doc.tokens.text):
            if word[0].isupper() and doc.tokens.low[i] not in {"van", "de"}:
                expected = int(doc.classify(i, i + 1) is not None)
                assert expected == doc.lone_name(i)

    def test_surname(self) -> None:
        """A capitalised surname is a name."""
        doc = _doc("Baker spoke.")
        assert 1 == doc.lone_name(_first(doc, "Baker"))

    def test_function_word(self) -> None:
        """A capitalised function word is no name."""
        doc = _doc("The talks ended.")
        assert 0 == doc.lone_name(_first(doc, "The"))

    def test_title(self) -> None:
        """A title alone is no name."""
        doc = _doc("Dr spoke.")
        assert 0 == doc.lone_name(_first(doc, "Dr"))

    def test_contraction(self) -> None:
        """A capitalised contraction is no name."""
        doc = _doc("Don't go.")
        assert 0 == doc.lone_name(_first(doc, "Don't"))

    def test_apostrophe_in_name(self) -> None:
        """An apostrophe inside a surname leaves it a name."""
        doc = _doc("O'Neill spoke.")
        assert 1 == doc.lone_name(_first(doc, "O'Neill"))

    def test_lowercase_word(self) -> None:
        """A lowercase word is left to the long way round."""
        doc = _doc("talks ended.")
        assert -1 == doc.lone_name(_first(doc, "talks"))

    def test_capitalised_particle(self) -> None:
        """A particle, even capitalised, is left to the long way round."""
        doc = _doc("Van der Berg spoke.")
        assert -1 == doc.lone_name(_first(doc, "Van"))

    def test_remembered_for_the_document_only(self) -> None:
        """A word's answer is remembered within its document, not shared with the next."""
        first = _doc("Okonkwo spoke.")
        first.lone_name(_first(first, "Okonkwo"))
        second = _doc("Later Okonkwo left.")
        assert ({"Okonkwo": 1}, {}) == (first.lone_names, second.lone_names)

    def test_bounded(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A full memo is emptied before it takes a new word."""
        monkeypatch.setattr(_speakers, "_MAX_LONE_NAMES", 1)
        doc = _doc("Abernethy met Zebulon.")
        doc.lone_names.clear()
        doc.lone_name(_first(doc, "Abernethy"))
        answer = doc.lone_name(_first(doc, "Zebulon"))
        assert (1, {"Zebulon": 1}) == (answer, doc.lone_names)


class TestNameCandidates:
    """Doc.name_candidates keeps every unquoted token a name or title may start at."""

    @given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_MARKS))))
    def test_superset_of_name_starts(self, pairs: list[tuple[str, str]]) -> None:
        """Every unquoted name word or title opener is a candidate."""
        doc = _doc("".join(word + mark for word, mark in pairs))
        candidates = set(doc.name_candidates())
        for i in range(len(doc.tokens)):
            if doc.is_name_word(i) or doc.title_end(i, len(doc.tokens)) > i:
                assert i in candidates

    def test_quoted_tokens_left_out(self) -> None:
        """Capitalised words inside a quotation are no candidates."""
        text = 'Ann said "Bob Lee" to Mr Hill.'
        doc = Doc(Tokens(text, [(9, 18)]), DEFAULT_LEXICON)
        expected = [0, 7, 8]
        assert expected == doc.name_candidates()


_FAST_TEXT = st.text(
    st.sampled_from(list("aAsS'’-.,09 \n\t_\u00a0\u200c²ªé‿"))
    | st.characters(min_codepoint=0, max_codepoint=0x024F)
    | st.characters(min_codepoint=0x2000, max_codepoint=0x206F)
    | st.characters(min_codepoint=0x20A0, max_codepoint=0x20CF)
)
"""Text inside the ranges where tokens are split by the standard library."""


class TestFastTokenSplit:
    """The standard-library split of Latin text gives the ``regex`` split's tokens."""

    @given(_FAST_TEXT)
    def test_agrees_with_regex(self, text: str) -> None:
        """On text inside the fast ranges both patterns split alike."""
        assert _TOKEN_SPLIT.split(text) == _FAST_TOKEN_SPLIT.split(text)

    def test_fast_ranges_detected(self) -> None:
        """Latin text with curly quotes and a pound sign stays in the fast ranges."""
        assert None is _OUTSIDE_FAST.search("“Café,” £5 — O’Neill’s")

    def test_other_script_leaves_fast_ranges(self) -> None:
        """A Greek letter sends the text to the ``regex`` split."""
        found = _OUTSIDE_FAST.search("Ann Ωmega")
        assert "Ω" == (found.group() if found else None)

    def test_possessive_split(self) -> None:
        """A possessive ``'s`` is a token of its own, a contraction stays whole."""
        tokens = Tokens("O'Neill's car isn't", [])
        assert ("O'Neill", "'s", "car", "isn't") == tokens.text


def _spans_of(pattern: object, method: str, text: str) -> list[tuple[int, int]]:
    """The spans ``pattern.<method>(text)`` finds (``finditer``, ``search`` or ``match``)."""
    if method == "finditer":
        return [match.span() for match in getattr(pattern, method)(text)]
    found = getattr(pattern, method)(text)
    return [] if found is None else [found.span()]


class TestFastKindPatterns:
    """The standard-library patterns that tell a quote's kind agree with ``regex``'s."""

    @given(_FAST_TEXT)
    def test_agrees_with_regex(self, text: str) -> None:
        """Each pattern finds the same spans in text inside the fast ranges."""
        for name, method in (
            ("word", "finditer"),
            ("runs_on", "match"),
            ("name_before", "search"),
            ("name_after", "match"),
        ):
            expected = _spans_of(getattr(_KIND_PATTERNS, name), method, text)
            actual = _spans_of(getattr(_FAST_KIND_PATTERNS, name), method, text)
            assert expected == actual

    def test_name_before(self) -> None:
        """A capitalised word and a space end the text before a nickname."""
        found = _FAST_KIND_PATTERNS.name_before.search("Dwayne ")
        assert (0, 7) == (found.span() if found else None)


class TestOddities:
    """_scan looks for character oddities only in a text holding a first character."""

    @given(
        st.text(
            alphabet=st.characters(codec="utf-8")
            | st.sampled_from("\x01<>b/\u00c3\u00a9")
        )
    )
    def test_prefilter_misses_nothing(self, text: str) -> None:
        """A text in which a scan finds an oddity holds an oddity character."""
        if any(pattern.search(text) for _, _, pattern, _ in _SCANS):
            assert True is (_ODDITY.search(text) is not None)

    def test_every_first_character(self) -> None:
        """Every character that opens a match of a scan is an oddity character."""
        tails = ["", "\u00a9", "\u20ac", "b>", "/b>"]
        openers = {
            chr(code)
            for code in range(0x10000)
            for _, _, pattern, _ in _SCANS
            if any(pattern.match(chr(code) + tail) for tail in tails)
        }
        assert set() == {char for char in openers if _ODDITY.match(char) is None}

    @pytest.mark.parametrize(
        ("example", "code"),
        [
            ("a\x01b", "control-character"),
            ("a\ud800b", "unpaired-surrogate"),
            ("a\ufffdb", "replacement-char"),
            ("caf\u00c3\u00a9", "mojibake"),
            ("a <b>bold</b>", "markup"),
        ],
    )
    def test_each_scan(self, example: str, code: str) -> None:
        """Every scan still reports its oddity."""
        assert [code] == [diagnostic.code for diagnostic in _scan(example)]

    def test_plain_text(self) -> None:
        """A plain text has no oddity."""
        assert [] == _scan("Talks resume as council weighs new budget.\n\nIt said so.")


class TestSpanNeedles:
    """Insertions and ellipses are matched only in contents holding their needles."""

    @given(st.text(alphabet=".\u00a0 …[]ab"))
    def test_every_ellipsis_holds_a_needle(self, text: str) -> None:
        """A text with an ellipsis holds one of the ellipsis needles."""
        if _ELLIPSIS_RE.search(text) is not None:
            assert True is any(needle in text for needle in _ELLIPSIS_STARTS)

    @given(st.text(alphabet=".[]ab"))
    def test_every_insertion_holds_a_bracket(self, text: str) -> None:
        """A text with an insertion holds an opening bracket."""
        if _INSERTION_RE.search(text) is not None:
            assert True is ("[" in text)
