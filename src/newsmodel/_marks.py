"""Tables of quotation marks and the characters around them.

Two families of marks are told apart: *double* marks (``"``, ``“ ”``, ``„``,
``« »``, and the ``''`` and ``` `` ``` of wire and newspaper text) and
*single* marks (``'``, ``‘ ’``, ``‚``, ``‹ ›``). A closing mark closes the
innermost open quote of its own family, whatever its glyph, so mixed pairs
(``"...”``) and low-high pairs (``„...“``) match.
"""

import regex

__all__ = [
    "CLOSE_PREFERRING",
    "CLOSING_PUNCTUATION",
    "DOUBLE",
    "ELISIONS",
    "MARK_RE",
    "OPENING_PUNCTUATION",
    "OPEN_PREFERRING",
    "SINGLE",
    "TITLE_WORDS",
]

DOUBLE = frozenset({'"', "“", "”", "„", "‟", "«", "»", "''", "``"})
"""Marks of the double family (a doubled apostrophe counts as one mark)."""

SINGLE = frozenset({"'", "‘", "’", "‚", "‛", "‹", "›", "`"})
"""Marks of the single family."""

OPEN_PREFERRING = frozenset({"“", "„", "‟", "«", "``", "‘", "‚", "‛", "‹", "`"})
"""Marks that open a quote when their surroundings do not tell."""

CLOSE_PREFERRING = frozenset({"”", "»", "’", "›"})
"""Marks that close a quote when their surroundings do not tell."""

MARK_RE = regex.compile(r"'+|`+|[\"“”„‟«»‘’‚‛‹›]")
"""Finds every candidate mark; runs of apostrophes and backticks are split later."""

OPENING_PUNCTUATION = frozenset("([{<—–-/")
"""Characters after which a mark may open a quote, as after a space."""

CLOSING_PUNCTUATION = frozenset(".,;:!?)]}>…—–-/*")
"""Characters before which a mark may close a quote, as before a space."""

ELISIONS = frozenset(
    {
        "bout",
        "cause",
        "cos",
        "cuz",
        "em",
        "fraid",
        "gainst",
        "n",
        "neath",
        "nuff",
        "til",
        "tis",
        "twas",
        "twere",
        "twill",
        "ya",
        "yer",
    }
)
"""Words whose leading apostrophe marks letters left out (``'til``, ``rock 'n'
roll``), compared in lower case: such an apostrophe opens no quote."""

TITLE_WORDS = frozenset(
    {
        "album",
        "article",
        "ballad",
        "book",
        "column",
        "documentary",
        "editorial",
        "entitled",
        "episode",
        "essay",
        "film",
        "headline",
        "hit",
        "memoir",
        "movie",
        "musical",
        "newsletter",
        "novel",
        "op-ed",
        "opera",
        "play",
        "podcast",
        "poem",
        "program",
        "programme",
        "series",
        "show",
        "sitcom",
        "song",
        "titled",
        "track",
    }
)
"""Words that, just before a capitalised quotation, name it as a title."""
