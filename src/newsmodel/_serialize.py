"""Serialization through one private cattrs converter."""

from typing import Any

from ._model import Article

__all__ = ["FORMAT_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

FORMAT_VERSION = 1
"""The version of the serialized format."""


def to_dict(article: Article) -> dict[str, Any]:
    """Turn an article into plain JSON-compatible data."""
    raise NotImplementedError


def from_dict(data: Any) -> Article:
    """Rebuild an article from :func:`to_dict`'s output."""
    raise NotImplementedError


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Serialize an article to a JSON string."""
    raise NotImplementedError


def from_json(text: str | bytes) -> Article:
    """Rebuild an article from :func:`to_json`'s output."""
    raise NotImplementedError
