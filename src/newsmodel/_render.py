"""Write an article back to canonical plain text."""

from ._model import Article

__all__ = ["render"]


def render(article: Article) -> str:
    """Return the canonical plain text of ``article``."""
    raise NotImplementedError
