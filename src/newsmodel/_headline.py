"""Headline parsing: split a headline into an optional kicker and its title.

A *kicker* is a short topic label printed before a colon at the start of a
headline: ``US - Russia Relations: Vladimir Putin Breaks Silence ...`` has the
kicker ``US - Russia Relations`` and the title ``Vladimir Putin Breaks Silence
...``. The text before the first colon is a kicker only when all of these hold:

1. the colon stands within the first 60 characters of the headline and is
   followed by whitespace (so ``10:30`` and ``https://`` are not kickers);
2. the label has at most 6 words and contains a letter or a digit;
3. the label has no sentence punctuation: no ``!``, ``?``, ``;``, no quotation
   mark, and no full stop ending a lowercase word (``U.S.`` and ``Dr.`` are
   fine, ``said.`` is not);
4. the title after the colon is not empty;
5. the title does not start with a quotation mark: in ``Putin: 'We will
   respond'`` or ``Trump: “...”`` the colon introduces a quote, and the part
   before it names the speaker, not a topic.

Otherwise the headline has no kicker and its title is the whole headline.
Surrounding whitespace is trimmed from the kicker and the title.
"""

import regex

__all__ = ["BLANKS", "split_headline"]

_MAX_KICKER_CHARS = 60
_MAX_KICKER_WORDS = 6
_QUOTE_MARKS = frozenset("\"'`“”„‟‘’‚‛«»‹›「」『』")
_FORBIDDEN = frozenset("!?;") | _QUOTE_MARKS
_SENTENCE_STOP = regex.compile(r"\p{Ll}{2}\.(?:\s|$)")
BLANKS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
"""The characters the parser treats as blank: Unicode whitespace and the BOM."""


def split_headline(text: str) -> tuple[str | None, str]:
    """Split a headline into its kicker and its title.

    Args:
        text: The headline, already trimmed of surrounding whitespace.

    Returns:
        ``(kicker, title)``; ``kicker`` is ``None`` and ``title`` is ``text``
        when the headline has no kicker (see the module's rules).
    """
    colon = text.find(":", 0, _MAX_KICKER_CHARS + 1)
    if colon <= 0:
        return None, text
    after = text[colon + 1 : colon + 2]
    if not after or after not in BLANKS:
        return None, text
    kicker = text[:colon].strip(BLANKS)
    title = text[colon + 1 :].strip(BLANKS)
    if (
        not title
        or title[0] in _QUOTE_MARKS
        or len(kicker.split()) > _MAX_KICKER_WORDS
        or not any(char.isalnum() for char in kicker)
        or any(char in _FORBIDDEN for char in kicker)
        or _SENTENCE_STOP.search(kicker)
    ):
        return None, text
    return kicker, title
