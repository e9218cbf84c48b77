"""Byline and dateline parsing.

A *byline* is a line of its own such as ``By Jane Doe and John Roe`` or
``By Jane Doe, John Roe and Ann Poe, Associated Press``: ``By`` (or ``BY``),
then one or more names separated by commas, ``and`` or ``&``, then optionally,
after a comma, ``|``, ``/`` or a spaced dash, a role or an agency that is not
part of the authors. A name is two to five capitalised words (initials such as
``J.``, particles such as ``de`` or ``van`` and suffixes such as ``Jr.`` are
allowed inside it); a name-shaped part holding a word such as ``Press``,
``Reuters`` or ``Correspondent`` is taken for the role. Sentences such as
``By Monday morning, the talks had failed`` are not bylines, because
``Monday morning`` is not a name.

A *dateline* opens the first body paragraph: an all-capitals place, an
optional region (``D.C.``, ``Calif.``) or date (``Nov. 19``, ``Tuesday``), an
optional agency in parentheses, then a dash::

    MOSCOW (Reuters) -
    NEW YORK, Nov. 19 (UPI) —
    WASHINGTON, D.C. (AP) --
    LONDON —

It is recognised conservatively so that ordinary sentences are never eaten:
the place must be in capitals, text must follow the dash, and a dateline with
neither a date nor an agency needs a long dash (``—``, ``–``, ``--``) followed
by a capital letter, a digit or a quotation mark.
"""

import attrs
import regex

__all__ = ["DatelineMatch", "match_byline", "match_dateline"]

_MAX_BYLINE_CHARS = 200
_MAX_DATELINE_CHARS = 160

_BY = regex.compile(r"(?:By|BY)[ \t\xa0]+(?P<rest>\S.*)", regex.DOTALL)
_ROLE_SEPARATOR = regex.compile(r"\s*[|/]\s*|\s+(?:--|[-—–])\s+")
_NAME_SEPARATOR = regex.compile(r"(\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)")
_NAME_WORD = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*"  # Jane, O'Malley, McDONALD, J., Smith-Jones
    r"|(?:de|del|della|der|den|di|da|dos|du|la|le|van|von|ter|ten|bin|al|el)"
)
_NOT_NAME_START = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "Then",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_ROLE_WORDS = frozenset(
    [
        "agency",
        "associated",
        "bureau",
        "columnist",
        "contributor",
        "correspondent",
        "editor",
        "herald",
        "journal",
        "media",
        "network",
        "news",
        "online",
        "post",
        "press",
        "reporter",
        "reuters",
        "service",
        "staff",
        "times",
        "tribune",
        "wire",
        "writer",
    ]
)

_PLACE_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.&]*(?:-\p{Lu}[\p{Lu}\p{M}'’.&]*)*"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?"
    r"|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}[ \xa0]+\d{{1,2}}(?:,?[ \xa0]+\d{{4}})?"
    rf"|\d{{1,2}}[ \xa0]+{_MONTH}(?:[ \xa0]+\d{{4}})?"
    rf"|{_WEEKDAY})"
)
_REGION = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \xa0]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}"
_DATELINE = regex.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ \xa0]+{_PLACE_WORD}){{0,4}})"
    rf"(?:,[ \xa0]+(?P<date>{_DATE})(?=[ \xa0,(\-—–―])"
    rf"|,[ \xa0]+(?P<region>{_REGION})(?:,[ \xa0]+(?P<date2>{_DATE}))?)?"
    r"(?:[ \xa0]*\((?P<agency>\p{Lu}[\p{L}\p{N} .&'’-]{0,39})\))?"
    r"(?P<space>[ \xa0]*)(?P<dash>--|[-—–―])(?P<after>\s*)",
    regex.VERSION1,
)
_SENTENCE_START = regex.compile(r"[\p{Lu}\p{N}\p{Pi}\p{Pf}\"'`„‚]")


@attrs.frozen(kw_only=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph.

    .. versionadded:: 0.1.0
    """

    length: int
    """How many characters the dateline takes, dash included."""
    place: str
    """The place, with its region when one is given (``WASHINGTON, D.C.``)."""
    date: str | None
    """The date as written, or ``None``."""
    agency: str | None
    """The agency inside the parentheses, or ``None``."""


def _is_name(part: str) -> bool:
    """Tell whether ``part`` is shaped like a person's name (2 to 5 words)."""
    words = part.split()
    if not 2 <= len(words) <= 5 or words[0] in _NOT_NAME_START:
        return False
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words)


def _is_role(part: str) -> bool:
    """Tell whether ``part`` holds a word of a role or an agency (``Press``)."""
    return any(word.strip(".,'’").lower() in _ROLE_WORDS for word in part.split())


def match_byline(line: str) -> tuple[str, ...] | None:
    """Read the authors of a byline.

    Args:
        line: One line of the article, trimmed of surrounding whitespace.

    Returns:
        The authors' names in order, or ``None`` when the line is not a byline.
    """
    if len(line) > _MAX_BYLINE_CHARS:
        return None
    match = _BY.fullmatch(line)
    if match is None:
        return None
    names = _ROLE_SEPARATOR.split(match["rest"], maxsplit=1)[0]
    parts = _NAME_SEPARATOR.split(names)
    authors: list[str] = []
    for index in range(0, len(parts), 2):
        part = parts[index]
        if _is_name(part) and not _is_role(part):
            authors.append(part)
            continue
        separator = parts[index - 1] if index else ""
        if (
            authors
            and "," in separator
            and not separator.rstrip().endswith(("and", "&"))
        ):
            break
        return None
    return tuple(authors)


def match_dateline(text: str) -> DatelineMatch | None:
    """Recognise a dateline at the start of a paragraph.

    Args:
        text: The paragraph (only its first characters are looked at).

    Returns:
        The dateline, or ``None`` when the paragraph does not open with one.
    """
    head = text[:_MAX_DATELINE_CHARS]
    match = _DATELINE.match(head)
    if match is None or sum(char.isupper() for char in match["place"]) < 2:
        return None
    date = match["date"] or match["date2"]
    dash, spaced = match["dash"], bool(match["after"])
    if (
        (dash == "-" and not (match["space"] and spaced))
        or (dash == "--" and not spaced)
        or match.end() == len(head)
        or (
            match["agency"] is None
            and date is None
            and not _SENTENCE_START.match(head, match.end())
        )
    ):
        return None
    place = match["place"]
    if match["region"]:
        place = f"{place}, {match['region']}"
    return DatelineMatch(
        length=match.start("after"), place=place, date=date, agency=match["agency"]
    )
