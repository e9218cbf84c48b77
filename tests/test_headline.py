"""Tests of the headline rules: the kicker and the title."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._headline import BLANKS, split_headline

QUOTE_MARKS = "\"'`“”„‟‘’‚‛«»‹›「」『』"


class TestBlanks:
    """The set of blank characters."""

    def test_blanks_are_whitespace_and_bom(self) -> None:
        """BLANKS holds exactly the str.isspace() characters and the BOM."""
        expected = {chr(code) for code in range(0x110000) if chr(code).isspace()}
        assert expected | {"\ufeff"} == set(BLANKS)


class TestSplitHeadline:
    """split_headline(text) -> (kicker, title)."""

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_title_and_kicker_come_from_the_text(self, text: str) -> None:
        """The kicker is a prefix and the title a non-empty, unquoted suffix."""
        kicker, title = split_headline(text)
        if kicker is None:
            assert text == title
        else:
            before, _, after = text.partition(":")
            assert (before.strip(BLANKS), after.strip(BLANKS), False) == (
                kicker,
                title,
                title[0] in QUOTE_MARKS,
            )

    @given(
        st.sampled_from(["Analysis", "US - Russia Relations", "Q&A", "2004"]),
        st.sampled_from(["Prices rise", "A long, winding title", "It's over"]),
    )
    def test_label_colon_title(self, kicker: str, title: str) -> None:
        """A short label, a colon and a space split into kicker and title."""
        assert (kicker, title) == split_headline(f"{kicker}: {title}")

    def test_seed_headline(self) -> None:
        """The seed's headline has the kicker ``US - Russia Relations``."""
        text = "US - Russia Relations: Vladimir Putin Breaks Silence On Security Concerns Over Ukraine, NATO"
        expected = (
            "US - Russia Relations",
            "Vladimir Putin Breaks Silence On Security Concerns Over Ukraine, NATO",
        )
        assert expected == split_headline(text)

    def test_no_colon(self) -> None:
        """A headline without a colon has no kicker."""
        assert (None, "Prices rise again") == split_headline("Prices rise again")

    @pytest.mark.parametrize(
        "text", ["Meeting at 10:30 today", "See https://example.org"]
    )
    def test_colon_must_be_followed_by_whitespace(self, text: str) -> None:
        """A colon inside a time or a URL is not a kicker's colon."""
        assert (None, text) == split_headline(text)

    def test_colon_at_end(self) -> None:
        """A headline ending in a colon has no kicker (the title would be empty)."""
        assert (None, "Wanted:") == split_headline("Wanted:")

    def test_colon_first(self) -> None:
        """A headline starting with a colon has no kicker."""
        assert (None, ": Title") == split_headline(": Title")

    def test_empty_title(self) -> None:
        """A colon followed by nothing but spaces leaves no title: no kicker."""
        assert (None, "Kicker:  ") == split_headline("Kicker:  ")

    def test_colon_far_from_start(self) -> None:
        """A colon after the first 60 characters does not end a kicker."""
        text = "A" * 61 + ": Title"
        assert (None, text) == split_headline(text)

    def test_kicker_of_at_most_six_words(self) -> None:
        """A label of more than six words is a sentence, not a kicker."""
        text = "One two three four five six seven: Title"
        assert (None, text) == split_headline(text)

    def test_kicker_needs_a_letter_or_digit(self) -> None:
        """A label of punctuation only is not a kicker."""
        assert (None, "— : Title") == split_headline("— : Title")

    @pytest.mark.parametrize(
        "text",
        ["Why now?: Title", "Yes; no: Title", "Stop!: Title", "The 'Big' one: Title"],
    )
    def test_kicker_without_sentence_punctuation(self, text: str) -> None:
        """A label with ``?``, ``;``, ``!`` or a quotation mark is not a kicker."""
        assert (None, text) == split_headline(text)

    def test_kicker_without_full_stop_after_word(self) -> None:
        """A full stop closing a lowercase word ends a sentence: no kicker."""
        text = "Talks failed. Then: silence"
        assert (None, text) == split_headline(text)

    def test_kicker_with_abbreviation(self) -> None:
        """Abbreviations such as ``U.S.`` and ``Dr.`` may stand in a kicker."""
        assert ("U.S. Politics", "Title") == split_headline("U.S. Politics: Title")
        assert ("Dr. Who", "Title") == split_headline("Dr. Who: Title")

    @pytest.mark.parametrize(
        "text",
        [
            "Putin: 'We will respond'",
            "Trump: “We will win”",
            'Reid: "Never underestimate"',
            "Kasich: ‘We Are Going To Cleveland.’",
        ],
    )
    def test_colon_introducing_a_quote(self, text: str) -> None:
        """A colon followed by a quotation mark introduces a quote, not a title."""
        assert (None, text) == split_headline(text)

    def test_whitespace_around_colon_is_trimmed(self) -> None:
        """Spaces, tabs and NBSPs around the colon belong to neither part."""
        assert ("Kicker", "Title") == split_headline("Kicker \t:\xa0 Title")
