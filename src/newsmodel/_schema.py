"""The JSON Schema of :func:`newsmodel.to_dict`'s output, shipped as a resource."""

from typing import Any

__all__ = ["json_schema"]


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema describing serialized articles."""
    raise NotImplementedError
