"""Write an article back to canonical plain text."""

import re

from ._model import Article

__all__ = ["render"]

_LINE_BREAK = re.compile(r"\r\n?")


def render(article: Article) -> str:
    r"""Return the canonical plain text of ``article``.

    The canonical layout puts each part in its own block, blocks separated by
    one blank line, in this order: the headline, the byline as written, the
    dateline as written followed by a space and the first paragraph, the
    other paragraphs, and the copyright footer. Unclassified blocks keep their
    place relative to the parts around them (usually after the footer), so no
    text is lost. A hard-wrapped paragraph keeps its line breaks; every line
    break is written as ``\n`` and the text ends with one.

    Rendering reads the parts' ``text`` fields, so an article changed with
    :func:`attrs.evolve` renders with its changes, and parsing the rendered
    text gives back the same headline, byline, dateline, paragraphs and
    footer.

    >>> import newsmodel
    >>> article = newsmodel.parse("Title\r\nBy Jane Doe\r\nOne.\r\nTwo.\r\n")
    >>> print(render(article), end="")
    Title
    <BLANKLINE>
    By Jane Doe
    <BLANKLINE>
    One.
    <BLANKLINE>
    Two.

    Args:
        article: The article to write.

    Returns:
        The text.

    Raises:
        TypeError: ``article`` is not an :class:`~newsmodel.Article`.

    .. versionadded:: 0.1.0
    """
    given: object = article
    if not isinstance(given, Article):
        kind = type(given).__name__
        msg = f"render() takes an Article (from newsmodel.parse), not {kind}"
        raise TypeError(msg)
    parts: list[tuple[int, str]] = [(article.headline.start, article.headline.text)]
    if article.byline is not None:
        parts.append((article.byline.start, article.byline.text))
    paragraphs = [(p.start, p.text) for p in article.paragraphs]
    dateline = article.dateline
    if dateline is not None:
        if not paragraphs:
            paragraphs.append((dateline.start, dateline.text))
        elif paragraphs[0][0] > dateline.start:
            paragraphs[0] = (dateline.start, f"{dateline.text} {paragraphs[0][1]}")
        # Otherwise the first paragraph already holds its dateline.
    parts.extend(paragraphs)
    if article.copyright is not None:
        parts.append((article.copyright.start, article.copyright.text))
    blocks = iter(sorted(article.unclassified, key=lambda block: block.start))
    pending = next(blocks, None)
    texts: list[str] = []
    for start, text in parts:
        while pending is not None and pending.start < start:
            texts.append(pending.text)
            pending = next(blocks, None)
        texts.append(text)
    while pending is not None:
        texts.append(pending.text)
        pending = next(blocks, None)
    return "\n\n".join(_LINE_BREAK.sub("\n", text) for text in texts) + "\n"
