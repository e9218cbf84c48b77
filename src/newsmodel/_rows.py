"""Tidy, flat rows (one per quote or speaker) for pandas, Arrow and CSV."""

from typing import Any

from ._model import Article

__all__ = ["quote_rows", "speaker_rows"]


def quote_rows(article: Article, *, id: str | None = None) -> list[dict[str, Any]]:  # noqa: A002
    """Return one flat row per quote."""
    raise NotImplementedError


def speaker_rows(article: Article, *, id: str | None = None) -> list[dict[str, Any]]:  # noqa: A002
    """Return one flat row per speaker."""
    raise NotImplementedError
