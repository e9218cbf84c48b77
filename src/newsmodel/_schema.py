"""The JSON Schema of :func:`newsmodel.to_dict`'s output, shipped as a resource."""

import json
from importlib.resources import files
from typing import Any

__all__ = ["json_schema"]


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) describing serialized articles.

    The schema describes exactly what :func:`~newsmodel.to_dict` and
    :func:`~newsmodel.to_json` write for the current
    :data:`~newsmodel.FORMAT_VERSION`: every key present, no other key. It
    cannot express that offsets match the source; :func:`~newsmodel.from_dict`
    checks that too. The same document ships inside the package, for tools
    that read files: ``importlib.resources.files("newsmodel") / "schema" /
    "article.schema.json"``.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["$defs"]["Paragraph"]["required"])
    ['end', 'index', 'start', 'text']

    Returns:
        The schema as a new dict on every call, so it may be changed freely.

    .. versionadded:: 0.1.0
    """
    resource = files("newsmodel") / "schema" / "article.schema.json"
    text = resource.read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
