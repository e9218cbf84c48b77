"""Stage 2: find every quotation, with exact spans."""

from ._model import Article

__all__ = ["find_quotes"]


def find_quotes(article: Article) -> Article:
    """Return ``article`` with :attr:`Article.quotes` filled."""
    return article
