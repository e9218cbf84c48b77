"""Hypothesis entry point: lets ``st.from_type(Article)`` build articles.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis``
entry point declared in the package metadata, so that
``st.from_type(newsmodel.Article)`` draws from
:func:`newsmodel.strategies.articles`.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from ._model import Article

__all__: list[str] = []


def _articles_for(thing: type) -> "SearchStrategy[Article]":
    """Build the strategy only when hypothesis first asks for an Article.

    Importing :mod:`newsmodel.strategies` here, not in the hook, keeps the hook
    safe when hypothesis is itself being imported by :mod:`newsmodel.strategies`.
    """
    del thing
    from .strategies import articles  # noqa: PLC0415 -- see the docstring

    return articles()


def _hypothesis_setup_hook() -> None:
    """Register newsmodel's strategies with hypothesis."""
    from hypothesis import strategies as st  # noqa: PLC0415 -- only when hypothesis loads us

    from ._model import Article  # noqa: PLC0415 -- keep the entry point light

    st.register_type_strategy(Article, _articles_for)
