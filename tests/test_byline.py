"""Tests of the byline and dateline rules."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._byline import DatelineMatch, match_byline, match_dateline

NAMES = st.sampled_from(
    ["Jane Doe", "John Roe", "Ann Poe", "José Álvarez", "J. R. Hart", "Mary O'Malley"]
)


class TestMatchByline:
    """match_byline(line) -> authors or None."""

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_authors_are_written_in_the_line(self, line: str) -> None:
        """Any line gives None or authors that all stand in the line, in order."""
        authors = match_byline(line)
        if authors is not None:
            positions = [line.find(author) for author in authors]
            assert (True, sorted(positions)) == (-1 not in positions, positions)

    @given(
        st.lists(NAMES, min_size=1, max_size=4, unique=True),
        st.sampled_from(["", ", Reuters", ", Associated Press", " | Staff Writer"]),
    )
    def test_name_lists(self, names: list[str], role: str) -> None:
        """``By A, B and C`` with any trailing role gives A, B and C."""
        joined = (
            names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        )
        assert tuple(names) == match_byline(f"By {joined}{role}")

    def test_two_authors(self) -> None:
        """``By Jane Doe and John Roe`` has two authors."""
        assert ("Jane Doe", "John Roe") == match_byline("By Jane Doe and John Roe")

    def test_three_authors(self) -> None:
        """Commas and a final ``and`` separate three authors."""
        expected = ("Jane Doe", "John Roe", "Ann Poe")
        assert expected == match_byline("By Jane Doe, John Roe and Ann Poe")

    def test_oxford_comma_and_ampersand(self) -> None:
        """``, and`` and ``&`` separate authors too."""
        assert ("Jane Doe", "John Roe", "Ann Poe") == match_byline(
            "By Jane Doe, John Roe, and Ann Poe"
        )
        assert ("Jane Doe", "John Roe") == match_byline("By Jane Doe & John Roe")

    @pytest.mark.parametrize(
        "line",
        [
            "By Jane Doe, Reuters",
            "By Jane Doe, Moscow correspondent",
            "By Jane Doe | Staff Writer",
            "By Jane Doe - Reuters",
            "By Jane Doe/AP",
        ],
    )
    def test_trailing_role_or_agency(self, line: str) -> None:
        """A role or agency after a comma, bar, slash or dash is not an author."""
        assert ("Jane Doe",) == match_byline(line)

    def test_capitals(self) -> None:
        """``BY JANE DOE`` is a byline."""
        assert ("JANE DOE",) == match_byline("BY JANE DOE")

    def test_initials_and_particles(self) -> None:
        """Initials, particles and hyphenated names are parts of a name."""
        assert (
            "J. R. Hart",
            "Ludwig van Beethoven",
            "Ann Smith-Jones",
        ) == match_byline("By J. R. Hart, Ludwig van Beethoven and Ann Smith-Jones")

    @pytest.mark.parametrize(
        "line",
        [
            "By Monday morning, the talks had failed.",
            "By July 2013, the show was named.",
            "By Sanders's own argument, they have no right.",
            "By the end of the year",
            "By Madonna",
            "By The Associated Press",
            "by Jane Doe",
            "Byron Smith",
            "By Jane Doe and the staff",
            "By Jane Doe and John roe",
            "By de Gaulle Smith",
            "By Reuters, Jane Doe",
            "By Jane Doe " + "x" * 200,
        ],
    )
    def test_sentences_are_not_bylines(self, line: str) -> None:
        """Sentences, single names and agencies alone are not bylines."""
        assert None is match_byline(line)


DATELINES = [
    (
        "MOSCOW (Reuters) - The",
        DatelineMatch(length=18, place="MOSCOW", date=None, agency="Reuters"),
    ),
    (
        "NEW YORK, Nov. 19 (UPI) — The",
        DatelineMatch(length=25, place="NEW YORK", date="Nov. 19", agency="UPI"),
    ),
    ("LONDON — The", DatelineMatch(length=8, place="LONDON", date=None, agency=None)),
    (
        "WASHINGTON, D.C. (AP) -- The",
        DatelineMatch(length=24, place="WASHINGTON, D.C.", date=None, agency="AP"),
    ),
    (
        "DES MOINES, Iowa, Aug. 12 (UPI) — She",
        DatelineMatch(
            length=33, place="DES MOINES, Iowa", date="Aug. 12", agency="UPI"
        ),
    ),
    (
        "PARIS, Aug 31 (Reuters) - the",
        DatelineMatch(length=25, place="PARIS", date="Aug 31", agency="Reuters"),
    ),
    (
        "LONDON, 19 November 2024 — It",
        DatelineMatch(length=26, place="LONDON", date="19 November 2024", agency=None),
    ),
    (
        "CAIRO, Tuesday (AP) — It",
        DatelineMatch(length=21, place="CAIRO", date="Tuesday", agency="AP"),
    ),
    (
        "BOSTON —Standing",
        DatelineMatch(length=8, place="BOSTON", date=None, agency=None),
    ),
    (
        "CHARLESTON, S.C.\xa0— In",
        DatelineMatch(length=18, place="CHARLESTON, S.C.", date=None, agency=None),
    ),
    (
        "WASHINGTON ― The",
        DatelineMatch(length=12, place="WASHINGTON", date=None, agency=None),
    ),
    (
        "NASHUA, N.H. - At",
        DatelineMatch(length=14, place="NASHUA, N.H.", date=None, agency=None),
    ),
    (
        "ST. LOUIS — It",
        DatelineMatch(length=11, place="ST. LOUIS", date=None, agency=None),
    ),
    (
        "WILKES-BARRE — It",
        DatelineMatch(length=14, place="WILKES-BARRE", date=None, agency=None),
    ),
]


class TestMatchDateline:
    """match_dateline(text) -> DatelineMatch or None."""

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_dateline_is_a_prefix_ending_in_a_dash(self, text: str) -> None:
        """Any text gives None or a dateline that is a prefix ending in a dash."""
        found = match_dateline(text)
        if found is not None:
            assert (True, True) == (
                text[: found.length].endswith(("-", "—", "–", "―")),
                text.startswith(found.place.split(",")[0]),
            )

    @pytest.mark.parametrize(("text", "expected"), DATELINES)
    def test_datelines(self, text: str, expected: DatelineMatch) -> None:
        """Place, region, date and agency are read from the usual forms."""
        assert expected == match_dateline(text)

    @pytest.mark.parametrize(
        "text",
        [
            "NATO - the alliance met.",
            "NATO — the alliance met.",
            "US-RUSSIA talks resumed.",
            "LONDON -The talks.",
            "LONDON (Reuters) -The talks.",
            "SIEGEL--Jerome Arthur, 98, died.",
            "Moscow (Reuters) - The talks.",
            "A — The talks.",
            "LONDON —",
            "LONDON (Reuters) - ",
            "UPDATE: 5/12 — The website.",
            "The talks failed — again.",
        ],
    )
    def test_ordinary_sentences_are_not_datelines(self, text: str) -> None:
        """Lowercase places, hyphens in words and bare dashes are not datelines."""
        assert None is match_dateline(text)

    @pytest.mark.parametrize("mark", ['"', "“", "”", "„", "«", "‹", "``", "‘", "'"])
    def test_quote_mark_after_bare_dateline(self, mark: str) -> None:
        """A bare dateline may be followed by any opening quotation mark."""
        found = match_dateline(f"KYIV – {mark}We are ready,” the Pentagon said.")
        assert ("KYIV", len("KYIV –")) == (
            None if found is None else found.place,
            None if found is None else found.length,
        )

    def test_hyphen_needs_spaces_and_a_sentence(self) -> None:
        """A hyphen with spaces around it, before a capital, ends a dateline."""
        assert "LONDON" == getattr(match_dateline("LONDON - The talks."), "place", None)
