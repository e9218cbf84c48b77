"""Tests of the copyright footer rules."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._copyright import (
    FooterMatch,
    is_statement_line,
    join_statement,
    match_footer,
)

FOOTERS = [
    (
        "© Copyright IBTimes 2024. All rights reserved.",
        FooterMatch(holder="IBTimes", year=2024, statement="All rights reserved."),
    ),
    (
        (
            "Copyright 2024 The Associated Press. All rights reserved. This material "
            "may not be published, broadcast, rewritten or redistributed."
        ),
        FooterMatch(
            holder="The Associated Press",
            year=2024,
            statement="All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.",
        ),
    ),
    ("(c) 2023 Reuters", FooterMatch(holder="Reuters", year=2023, statement=None)),
    (
        "Copyright © 2021-2024 Foo Media Ltd",
        FooterMatch(holder="Foo Media Ltd", year=2024, statement=None),
    ),
    ("© 2024 BBC", FooterMatch(holder="BBC", year=2024, statement=None)),
    ("© 2021–24 BBC", FooterMatch(holder="BBC", year=2024, statement=None)),
    ("(C) 2019, Reuters", FooterMatch(holder="Reuters", year=2019, statement=None)),
    (
        "Copyright © 2015 by Nadia Orwell. Reprinted courtesy of Harbour Lane Books.",
        FooterMatch(
            holder="Nadia Orwell",
            year=2015,
            statement="Reprinted courtesy of Harbour Lane Books.",
        ),
    ),
    (
        "© 2024 U.S. News & World Report. All rights reserved.",
        FooterMatch(
            holder="U.S. News & World Report",
            year=2024,
            statement="All rights reserved.",
        ),
    ),
    (
        "Copyright 2024. All rights reserved.",
        FooterMatch(holder=None, year=2024, statement="All rights reserved."),
    ),
    ("© 2024", FooterMatch(holder=None, year=2024, statement=None)),
    (
        "© Reuters. All rights reserved.",
        FooterMatch(holder="Reuters", year=None, statement="All rights reserved."),
    ),
    ("COPYRIGHT BBC 2005", FooterMatch(holder="BBC", year=2005, statement=None)),
    (
        "Copr. Foo Ltd 2001, all rights reserved",
        FooterMatch(holder="Foo Ltd", year=2001, statement="all rights reserved"),
    ),
]


class TestMatchFooter:
    """match_footer(line) -> FooterMatch or None."""

    @given(st.text(alphabet=st.characters(exclude_categories=())))
    def test_any_line(self, line: str) -> None:
        """Any line gives None or a footer whose holder stands in the line."""
        found = match_footer(line)
        if found is not None and found.holder is not None:
            assert True is (found.holder in line)

    @given(
        st.sampled_from(["©", "(c)", "Copyright", "© Copyright", "Copyright ©"]),
        st.integers(1900, 2099),
        st.sampled_from(["BBC", "Reuters", "The Associated Press", "Foo Media Ltd"]),
    )
    def test_marks_year_holder(self, marks: str, year: int, holder: str) -> None:
        """Every mark, year and holder combination is read back."""
        expected = FooterMatch(holder=holder, year=year, statement=None)
        assert expected == match_footer(f"{marks} {year} {holder}")

    @pytest.mark.parametrize(("line", "expected"), FOOTERS)
    def test_footers(self, line: str, expected: FooterMatch) -> None:
        """The footers real sites print are read into holder, year and statement."""
        assert expected == match_footer(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Copyright law is changing.",
            "Copyright Act of 1976 was amended.",
            "Copyright laws of 1976 apply.",
            "(c) the minister shall report.",
            "©",
            "The BBC © 2024",
            "© " + "x" * 400,
        ],
    )
    def test_not_footers(self, line: str) -> None:
        """Sentences about copyright and over-long lines are not footers."""
        assert None is match_footer(line)


class TestIsStatementLine:
    """is_statement_line(line) -> bool."""

    @pytest.mark.parametrize(
        "line",
        [
            "All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "No part of this article may be reproduced.",
            "Reprinted with permission.",
            "Used with permission.",
        ],
    )
    def test_statements(self, line: str) -> None:
        """Rights statements continue a footer."""
        assert True is is_statement_line(line)

    @pytest.mark.parametrize(
        "line", ["Read more here", "All the rights", "All rights reserved." * 30]
    )
    def test_not_statements(self, line: str) -> None:
        """Other lines, and over-long lines, do not continue a footer."""
        assert False is is_statement_line(line)


class TestJoinStatement:
    """join_statement(statement, more) -> str."""

    def test_join_folds_line_breaks(self) -> None:
        """A line break and the spaces around it become one space."""
        assert "All rights reserved. This material" == join_statement(
            "All rights reserved.", "This material"
        )

    def test_join_to_nothing(self) -> None:
        """With no statement yet, the continuation is the statement."""
        assert "All rights reserved." == join_statement(None, "All rights reserved.")

    def test_join_keeps_other_spaces(self) -> None:
        """Line breaks inside the continuation are folded too."""
        assert "A. B c" == join_statement("A.", "B\r\n  c")
