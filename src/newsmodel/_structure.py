"""Stage 1: split the text into headline, byline, dateline, paragraphs and footer."""

from ._model import Article

__all__ = ["parse_structure"]


def parse_structure(source: str) -> Article:
    """Build an :class:`Article` with its structure filled and no quotes yet."""
    raise NotImplementedError
