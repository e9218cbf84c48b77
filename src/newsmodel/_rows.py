"""Tidy, flat rows (one per quote or speaker) for pandas, Arrow and CSV.

Every row has the same keys in the same order, whatever the quote or speaker:
a missing value is ``None``, never a missing key, so that
``pandas.DataFrame(rows)`` and ``pyarrow.Table.from_pylist(rows)`` infer one
typed column per key.
"""

from typing import Any

from ._model import Article

__all__ = ["QUOTE_COLUMNS", "SPEAKER_COLUMNS", "quote_rows", "speaker_rows"]

QUOTE_COLUMNS: tuple[str, ...] = (
    "id",
    "index",
    "start",
    "end",
    "content_start",
    "content_end",
    "text",
    "content",
    "kind",
    "paragraph",
    "speaker",
    "speaker_kind",
    "mention",
    "mention_start",
    "mention_end",
    "cue",
    "cue_start",
    "cue_end",
    "cue_lemma",
    "placement",
    "method",
    "confidence",
)
"""The keys of every row :func:`quote_rows` returns, in order."""

SPEAKER_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "kind",
    "gender",
    "titles",
    "quotes",
    "mentions",
)
"""The keys of every row :func:`speaker_rows` returns, in order."""


def quote_rows(article: Article, *, id: str | None = None) -> list[dict[str, Any]]:  # noqa: A002 -- `id` is the column's name, as in the corpora
    """Return one flat row per quote of ``article``, in text order.

    The columns (see :data:`QUOTE_COLUMNS`) and their types:

    - ``id`` (``str | None``): the ``id`` argument, repeated on every row so that
      rows of many articles can be stacked into one table;
    - ``index``, ``start``, ``end``, ``content_start``, ``content_end``
      (``int``): the quote's position among :attr:`Article.quotes` and its
      offsets into :attr:`Article.source`, marks included and excluded;
    - ``text``, ``content`` (``str``): the quote with and without its marks;
    - ``kind`` (``str``): a :class:`~newsmodel.QuoteKind` value such as
      ``"direct"``;
    - ``paragraph`` (``int | None``): the paragraph it starts in, ``None`` for
      the headline;
    - ``speaker`` and ``speaker_kind`` (``str | None``): the resolved speaker's
      name and :class:`~newsmodel.SpeakerKind` value;
    - ``mention``, ``mention_start``, ``mention_end``: the speaker as written
      near the quote;
    - ``cue``, ``cue_start``, ``cue_end``, ``cue_lemma``: the attributing words;
    - ``placement``, ``method`` (``str | None``): the
      :class:`~newsmodel.Placement` and :class:`~newsmodel.Method` values;
    - ``confidence`` (``float | None``).

    The attribution columns are ``None`` when the quote has no attribution,
    and the speaker and cue columns are ``None`` when the attribution has no
    resolved speaker or no cue. Quotes nested inside another quote are part of
    the outer quote's ``text`` and get no row of their own.

    Args:
        article: A parsed article.
        id: The article's identifier, copied into the ``id`` column.

    Returns:
        A list of dicts with the keys of :data:`QUOTE_COLUMNS`, one per quote.

    .. versionadded:: 0.1.0
    """
    rows: list[dict[str, Any]] = []
    for quote in article.quotes:
        attribution = quote.attribution
        speaker = attribution.speaker if attribution is not None else None
        cue = attribution.cue if attribution is not None else None
        rows.append(
            {
                "id": id,
                "index": quote.index,
                "start": quote.start,
                "end": quote.end,
                "content_start": quote.content_start,
                "content_end": quote.content_end,
                "text": quote.text,
                "content": quote.content,
                "kind": quote.kind.value,
                "paragraph": quote.paragraph,
                "speaker": speaker.name if speaker is not None else None,
                "speaker_kind": speaker.kind.value if speaker is not None else None,
                "mention": attribution.mention.text
                if attribution is not None
                else None,
                "mention_start": (
                    attribution.mention.start if attribution is not None else None
                ),
                "mention_end": attribution.mention.end
                if attribution is not None
                else None,
                "cue": cue.text if cue is not None else None,
                "cue_start": cue.start if cue is not None else None,
                "cue_end": cue.end if cue is not None else None,
                "cue_lemma": cue.lemma if cue is not None else None,
                "placement": (
                    attribution.placement.value if attribution is not None else None
                ),
                "method": attribution.method.value if attribution is not None else None,
                "confidence": attribution.confidence
                if attribution is not None
                else None,
            }
        )
    return rows


def speaker_rows(article: Article, *, id: str | None = None) -> list[dict[str, Any]]:  # noqa: A002 -- `id` is the column's name, as in the corpora
    """Return one flat row per speaker of ``article`` (:attr:`Article.speakers`).

    The columns (see :data:`SPEAKER_COLUMNS`) and their types:

    - ``id`` (``str | None``): the ``id`` argument, repeated on every row;
    - ``name`` (``str``): the canonical name;
    - ``kind`` (``str``): a :class:`~newsmodel.SpeakerKind` value;
    - ``gender`` (``str | None``);
    - ``titles`` (``list[str]``): the titles and roles, in order; a list, which
      Arrow stores as ``list<string>`` and pandas as an object column (the
      command line's CSV output joins them with ``"; "``);
    - ``quotes`` (``int``): how many quotes are attributed to the speaker;
    - ``mentions`` (``int``): how many times the article mentions the speaker.

    Args:
        article: A parsed article.
        id: The article's identifier, copied into the ``id`` column.

    Returns:
        A list of dicts with the keys of :data:`SPEAKER_COLUMNS`, one per speaker.

    .. versionadded:: 0.1.0
    """
    return [
        {
            "id": id,
            "name": speaker.name,
            "kind": speaker.kind.value,
            "gender": speaker.gender,
            "titles": list(speaker.titles),
            "quotes": len(speaker.quotes),
            "mentions": len(speaker.mentions),
        }
        for speaker in article.speakers
    ]
