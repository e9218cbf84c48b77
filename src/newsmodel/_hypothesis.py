"""Hypothesis entry point: lets ``st.from_type(Article)`` build articles.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis``
entry point declared in the package metadata, so that
``st.from_type(newsmodel.Article)`` draws from
:func:`newsmodel.strategies.articles`.
"""

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """Register newsmodel's strategies with hypothesis."""
    from hypothesis import strategies as st  # noqa: PLC0415 -- only when hypothesis loads us

    from ._model import Article  # noqa: PLC0415 -- keep the entry point light
    from .strategies import articles  # noqa: PLC0415 -- needs hypothesis, imported late

    st.register_type_strategy(Article, articles())
