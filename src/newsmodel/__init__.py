r"""newsmodel: plain-text news articles into a typed, immutable document model.

>>> import newsmodel
>>> article = newsmodel.parse("Headline\\n\\nFirst paragraph.")
>>> article.title
'Headline'
"""

from ._evaluate import Evaluation, evaluate
from ._model import (
    Article,
    Attribution,
    Block,
    Byline,
    Copyright,
    Cue,
    Dateline,
    Diagnostic,
    Headline,
    Mention,
    Method,
    Paragraph,
    Placement,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Speaker,
    SpeakerKind,
)
from ._parse import parse
from ._render import render
from ._rows import QUOTE_COLUMNS, SPEAKER_COLUMNS, quote_rows, speaker_rows
from ._schema import json_schema
from ._serialize import FORMAT_VERSION, from_dict, from_json, to_dict, to_json
from .exceptions import (
    EmptyArticleError,
    GoldDataError,
    NewsModelError,
    ParseError,
    SerializationError,
)
from .lexicon import DEFAULT_LEXICON, Lexicon

__all__ = [
    "DEFAULT_LEXICON",
    "FORMAT_VERSION",
    "QUOTE_COLUMNS",
    "SPEAKER_COLUMNS",
    "Article",
    "Attribution",
    "Block",
    "Byline",
    "Copyright",
    "Cue",
    "Dateline",
    "Diagnostic",
    "EmptyArticleError",
    "Evaluation",
    "GoldDataError",
    "Headline",
    "Lexicon",
    "Mention",
    "Method",
    "NewsModelError",
    "Paragraph",
    "ParseError",
    "Placement",
    "Quote",
    "QuoteKind",
    "SerializationError",
    "Severity",
    "Span",
    "Speaker",
    "SpeakerKind",
    "evaluate",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "quote_rows",
    "render",
    "speaker_rows",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> str:
    """Read ``__version__`` lazily from the installed package's metadata."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415

        return version("newsmodel")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
