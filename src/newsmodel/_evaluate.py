"""Measure quote extraction and attribution against an annotated corpus."""

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = ["Evaluation", "evaluate"]


@attrs.frozen(kw_only=True)
class Evaluation:
    """Figures from :func:`evaluate`."""


def evaluate(records: Iterable[Mapping[str, Any]]) -> Evaluation:
    """Compare newsmodel's quotes with gold annotations."""
    raise NotImplementedError
