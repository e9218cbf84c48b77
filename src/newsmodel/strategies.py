"""Hypothesis strategies that generate realistic news articles.

Needs the ``hypothesis`` extra: ``pip install newsmodel[hypothesis]``.

.. versionadded:: 0.1.0
"""

__all__: list[str] = []
