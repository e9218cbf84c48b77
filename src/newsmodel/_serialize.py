"""Serialization through one private cattrs converter.

The serialized form of an :class:`~newsmodel.Article` is a JSON object holding
``"format_version"`` (an integer, :data:`FORMAT_VERSION`) followed by every
field of the article, nested the same way as the model: enums are written as
their values, tuples as lists, optional parts as ``null``, and the read-only
properties (:attr:`Article.title`, :attr:`Article.text`, :attr:`Quote.content`)
are left out because they are computed from the fields. One exception keeps
the output linear in the article's size: an attribution's ``speaker`` is
written as its index in ``"speakers"`` when it is listed there (as it always
is in a parsed article), and written out in full only otherwise.

Reading is strict, because a dict or a JSON document may come from anywhere:
every value must have its field's JSON type (no ``"5"`` for ``5``), unknown
keys are refused, and the article must be consistent: every node's ``text``
is exactly ``source[start:end]``, indices point at existing paragraphs and
quotes, and confidences lie between 0 and 1. Anything else raises
:class:`~newsmodel.exceptions.SerializationError` naming the offending field
with a path such as ``$.paragraphs[2].start``.
"""

import enum
import json
import math
import re
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from . import _model
from ._model import (
    Article,
    Attribution,
    Quote,
    Speaker,
)
from .exceptions import SerializationError

__all__ = ["FORMAT_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

FORMAT_VERSION = 1
"""The version of the serialized format, written as ``"format_version"``.

It changes whenever the format does (a field added, renamed or removed). A
newsmodel reads documents of its own format version and of every earlier one,
and refuses newer ones with an error that asks for an upgrade, so a document is
never read by a newsmodel that would drop some of its fields.

.. versionadded:: 0.1.0
"""

_VERSION_KEY = "format_version"
_MAX_REPORTED = 5
_MAX_NESTING = 32
"""Quotes nested deeper than this are refused (the parser nests at most 3)."""
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


class _SpeakerRef(int):
    """An attribution's speaker read as an index, before it is resolved."""


def _keep(value: Any) -> Any:
    return value


class _ShapeError(ValueError):
    """A value of the wrong JSON type or outside its field's domain."""


def _describe(value: object) -> str:
    """Name a JSON value's type the way a JSON user would."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__} object"


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {_describe(value)}"
        raise _ShapeError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an integer, got {_describe(value)}"
        raise _ShapeError(msg)
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {_describe(value)}"
        raise _ShapeError(msg)
    return float(value)


def _structure_enum(value: object, type_: type[enum.Enum]) -> enum.Enum:
    for member in type_:
        if type(value) is type(member.value) and value == member.value:
            return member
    allowed = ", ".join(repr(member.value) for member in type_)
    given = repr(value)
    if len(given) > 40:
        given = f"{given[:40]}..."
    msg = f"expected one of {allowed}, got {given}"
    raise _ShapeError(msg)


def _is_sequence(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_item(
    converter: cattrs.Converter, item: object, item_type: Any, items: list[Any]
) -> Exception | None:
    """Append ``item`` structured to ``items``, or return why it cannot be."""
    try:
        items.append(converter.structure(item, item_type))
    except Exception as error:  # noqa: BLE001 - gathered and re-raised as cattrs does
        return error
    return None


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={tuple: list},
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    for name in _model.__all__:
        member = getattr(_model, name)
        if isinstance(member, type) and issubclass(member, enum.Enum):
            converter.register_structure_hook(member, _structure_enum)

    def structure_sequence(value: object, type_: Any) -> tuple[Any, ...]:
        # A JSON array only: cattrs would otherwise turn "abc" into ("a", "b", "c").
        if not isinstance(value, (list, tuple)):
            msg = f"expected an array, got {_describe(value)}"
            raise _ShapeError(msg)
        item_type = get_args(type_)[0]
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            error = _structure_item(converter, item, item_type, items)
            if error is not None:
                note = IterableValidationNote(
                    f"Structuring {type_} @ index {index}", index, item_type
                )
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
        if errors:
            msg = f"While structuring {type_!r}"
            raise IterableValidationError(msg, errors, type_)
        return tuple(items)

    converter.register_structure_hook_func(_is_sequence, structure_sequence)

    def structure_speaker(value: object, _: type) -> Speaker | _SpeakerRef | None:
        # An index into Article.speakers, resolved once the article is built.
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return _SpeakerRef(value)
        speaker: Speaker = converter.structure(value, Speaker)
        return speaker

    def object_factory(cls: type) -> Callable[[object, type], Any]:
        # Name the JSON type given where an object is expected ("got null").
        overrides: dict[str, Any] = (
            {"speaker": override(struct_hook=structure_speaker)}
            if cls is Attribution
            else {}
        )
        structure_fields: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            **overrides,
        )

        def structure_object(value: object, type_: type) -> Any:
            if not isinstance(value, dict):
                msg = f"expected an object, got {_describe(value)}"
                raise _ShapeError(msg)
            return structure_fields(value, type_)

        return structure_object

    converter.register_structure_hook_factory(attrs.has, object_factory)
    # An attribution's speaker is left as it is, for to_dict to write as an index.
    converter.register_unstructure_hook(
        Attribution,
        make_dict_unstructure_fn(
            Attribution, converter, speaker=override(unstruct_hook=_keep)
        ),
    )
    return converter


_converter = _make_converter()


def _format_error(error: BaseException, type_: type | None) -> str:
    if isinstance(error, _ShapeError):
        return str(error)
    return format_exception(error, type_)


def _raise_errors(problems: list[str], cause: BaseException | None) -> NoReturn:
    shown = problems[:_MAX_REPORTED]
    more = len(problems) - len(shown)
    message = "not a valid serialized article: " + "; ".join(shown)
    if more:
        message += f" (and {more} more)"
    raise SerializationError(message) from cause


def _check_type(function: str, article: object) -> None:
    if not isinstance(article, Article):
        kind = type(article).__name__
        msg = f"{function}() takes an Article (from newsmodel.parse), not {kind}"
        raise TypeError(msg)


def to_dict(article: Article) -> dict[str, Any]:
    r"""Turn an article into plain, JSON-compatible data.

    The result holds only ``dict``, ``list``, ``str``, ``int``, ``float``,
    ``bool`` and ``None``: ``"format_version"`` first, then the article's
    fields. An attribution's speaker is written as its index in
    ``"speakers"`` when it is listed there. The format is described by
    :func:`newsmodel.json_schema`.

    >>> import newsmodel
    >>> article = newsmodel.parse('Talks\n\n"We agree," Ann Lee said.')
    >>> data = to_dict(article)
    >>> data["format_version"], data["paragraphs"][0]["text"]
    (1, '"We agree," Ann Lee said.')
    >>> speaker = data["quotes"][0]["attribution"]["speaker"]
    >>> speaker, data["speakers"][speaker]["name"]
    (0, 'Ann Lee')

    Args:
        article: The article to serialize.

    Returns:
        A new dict; changing it does not change the article.

    Raises:
        TypeError: ``article`` is not an :class:`~newsmodel.Article`.

    .. versionadded:: 0.1.0
    """
    _check_type("to_dict", article)
    fields: dict[str, Any] = _converter.unstructure(article)
    _write_speakers(fields["quotes"], article.speakers)
    return {_VERSION_KEY: FORMAT_VERSION, **fields}


def _write_speakers(quotes: list[Any], speakers: tuple[Speaker, ...]) -> None:
    """Write every attribution's speaker as its index in ``speakers``, if listed.

    Each speaker is then written once, however many quotes it has: embedding
    it in every attribution would grow as quotes times mentions.
    """
    by_identity = {id(speaker): i for i, speaker in reversed(list(enumerate(speakers)))}
    by_value: dict[Speaker, int] | None = None
    pending = list(quotes)
    while pending:
        quote = pending.pop()
        pending.extend(quote["nested"])
        attribution = quote["attribution"]
        if attribution is None or attribution["speaker"] is None:
            continue
        speaker: Speaker = attribution["speaker"]
        index = by_identity.get(id(speaker))
        if index is None:
            if by_value is None:
                by_value = {s: i for i, s in reversed(list(enumerate(speakers)))}
            index = by_value.get(speaker)
            by_identity[id(speaker)] = -1 if index is None else index
        attribution["speaker"] = (
            _converter.unstructure(speaker) if index is None or index < 0 else index
        )


def from_dict(data: Any) -> Article:
    """Rebuild an article from :func:`to_dict`'s output.

    Fields that have a default in the model (``byline``, ``quotes``...) may be
    left out; every other key is required, and unknown keys are refused.

    Args:
        data: A dict as returned by :func:`to_dict` or read from JSON.
            It is not modified.

    Returns:
        The article, equal to the one that was serialized.

    Raises:
        newsmodel.exceptions.SerializationError: ``data`` is not a serialized
            article: a missing, unknown or mistyped field, a format version
            this newsmodel does not read, or offsets that do not match the
            source. The message names each offending field by its path
            (``$.paragraphs[2].start``); cattrs' own error is the ``__cause__``.

    .. versionadded:: 0.1.0
    """
    if not isinstance(data, dict):
        _raise_errors([f"expected an object, got {_describe(data)} @ $"], None)
    fields = dict(data)
    _check_version(fields.pop(_VERSION_KEY, None), present=_VERSION_KEY in data)
    _check_nesting(fields.get("quotes"))
    try:
        article = _converter.structure(fields, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError) as error:
        _raise_errors(cattrs.transform_error(error, "$", _format_error), error)
    problems: list[str] = []
    quotes = tuple(
        _resolve_speakers(quote, article.speakers, f"$.quotes[{i}]", problems)
        for i, quote in enumerate(article.quotes)
    )
    article = attrs.evolve(article, quotes=quotes)
    problems += _inconsistencies(article)
    if problems:
        _raise_errors(problems, None)
    return article


def _resolve_speakers(
    quote: Quote, speakers: tuple[Speaker, ...], path: str, problems: list[str]
) -> Quote:
    """Replace speaker indices by the speakers they point at."""
    nested = tuple(
        _resolve_speakers(inner, speakers, f"{path}.nested[{i}]", problems)
        for i, inner in enumerate(quote.nested)
    )
    attribution = quote.attribution
    read: object = None if attribution is None else attribution.speaker
    if attribution is not None and isinstance(read, _SpeakerRef):
        index = int(read)
        speaker = speakers[index] if 0 <= index < len(speakers) else None
        if speaker is None:
            problems.append(f"no speaker {index} @ {path}.attribution.speaker")
        attribution = attrs.evolve(attribution, speaker=speaker)
    return attrs.evolve(quote, nested=nested, attribution=attribution)


def _check_nesting(quotes: object) -> None:
    """Refuse quotes nested so deeply that structuring them would overflow."""
    pending: list[tuple[object, int, str]] = [(quotes, 0, "$.quotes")]
    while pending:
        items, depth, path = pending.pop()
        if not isinstance(items, list) or not items:
            continue
        if depth > _MAX_NESTING:
            _raise_errors(
                [f"quotes are nested more than {_MAX_NESTING} deep @ {path}"], None
            )
        pending.extend(
            (item.get("nested"), depth + 1, f"{path}[{i}].nested")
            for i, item in enumerate(items)
            if isinstance(item, dict)
        )


def _check_version(version: object, *, present: bool) -> None:
    path = f"$.{_VERSION_KEY}"
    if not present:
        _raise_errors([f"required field missing @ {path}"], None)
    if isinstance(version, bool) or not isinstance(version, int):
        _raise_errors([f"expected an integer, got {_describe(version)} @ {path}"], None)
    if version > FORMAT_VERSION:
        _raise_errors(
            [
                (
                    f"format version {version} is newer than this newsmodel reads"
                    f" ({FORMAT_VERSION}); upgrade newsmodel @ {path}"
                )
            ],
            None,
        )
    if version < 1:
        _raise_errors([f"unknown format version {version} @ {path}"], None)


def to_json(article: Article, *, indent: int | None = None) -> str:
    r"""Serialize an article to a JSON string.

    Characters outside ASCII are written as themselves, except lone surrogates
    (which a ``str`` can hold but UTF-8 cannot encode): they are written as
    ``\uXXXX`` escapes, so the result can always be encoded as UTF-8.

    >>> import newsmodel
    >>> article = newsmodel.parse("Talks resume\n\nIt rained in Oslo.")
    >>> text = to_json(article)
    >>> text[:40]
    '{"format_version": 1, "source": "Talks r'
    >>> from_json(text) == article
    True

    Args:
        article: The article to serialize.
        indent: Indent nested values by this many spaces; ``None`` writes
            everything on one line.

    Returns:
        The JSON text of :func:`to_dict`'s output.

    Raises:
        TypeError: ``article`` is not an :class:`~newsmodel.Article`.
        newsmodel.exceptions.SerializationError: The article cannot be written
            as JSON that reads back equal: a confidence that is not a finite
            number, or a high surrogate directly followed by a low surrogate,
            which JSON reads back as the single character the pair encodes.

    .. versionadded:: 0.1.0
    """
    _check_type("to_json", article)
    try:
        text = json.dumps(
            to_dict(article), ensure_ascii=False, indent=indent, allow_nan=False
        )
    except ValueError as error:
        msg = f"the article cannot be written as JSON: {error}"
        raise SerializationError(msg) from error
    if _LONE_SURROGATE.search(text) is None:
        return text
    pair = _SURROGATE_PAIR.search(text)
    if pair is not None:
        escaped = pair.group().encode("unicode_escape").decode("ascii")
        msg = (
            f"the article cannot be written as JSON: it holds the surrogates"
            f" {escaped} as two characters, which JSON reads back as one;"
            " join them first, e.g. text.encode('utf-16', 'surrogatepass')"
            ".decode('utf-16'), then parse again"
        )
        raise SerializationError(msg)
    return _LONE_SURROGATE.sub(_escape, text)


def _escape(match: "re.Match[str]") -> str:
    return f"\\u{ord(match.group()):04x}"


def from_json(text: str | bytes) -> Article:
    """Rebuild an article from :func:`to_json`'s output.

    Args:
        text: The JSON text, or its bytes in UTF-8 (UTF-16 and UTF-32 are
            recognised too).

    Returns:
        The article, equal to the one that was serialized.

    Raises:
        TypeError: ``text`` is neither ``str`` nor ``bytes``.
        newsmodel.exceptions.SerializationError: ``text`` is not valid JSON
            (the message gives the line and column), has duplicate keys, or
            is not a serialized article (see :func:`from_dict`).

    .. versionadded:: 0.1.0
    """
    given: object = text
    if not isinstance(given, (str, bytes, bytearray)):
        kind = type(given).__name__
        msg = f"from_json() takes JSON text as str or bytes, not {kind}"
        raise TypeError(msg)
    try:
        data = json.loads(
            given, object_pairs_hook=_unique_keys, parse_constant=_no_constant
        )
    except RecursionError as error:
        msg = "not valid JSON: nested too deeply"
        raise SerializationError(msg) from error
    except ValueError as error:
        msg = f"not valid JSON: {error}"
        raise SerializationError(msg) from error
    return from_dict(data)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            msg = f"duplicate key {key!r}"
            raise ValueError(msg)
        data[key] = value
    return data


def _no_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number"
    raise ValueError(msg)


# Consistency of a structured article -----------------------------------------


def _inconsistencies(article: Article) -> Iterator[str]:
    """Yield one message for each way ``article`` contradicts its own source."""
    return _Checker(article).problems()


class _Checker:
    """Checks an article's offsets and indices against its source and lists."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.source = article.source
        self.paragraph_count = len(article.paragraphs)
        self.quote_count = len(article.quotes)
        self.checked_speakers: set[int] = set()
        """Speakers already checked, by id: a speaker shared by many
        attributions is checked once, not once per quote."""

    def problems(self) -> Iterator[str]:
        article = self.article
        yield from self.span(article.headline, "$.headline")
        if article.byline is not None:
            yield from self.span(article.byline, "$.byline")
        if article.dateline is not None:
            yield from self.span(article.dateline, "$.dateline")
        for i, paragraph in enumerate(article.paragraphs):
            path = f"$.paragraphs[{i}]"
            yield from self.span(paragraph, path)
            if paragraph.index != i:
                yield f"expected {i}, got {paragraph.index} @ {path}.index"
        if article.copyright is not None:
            yield from self.span(article.copyright, "$.copyright")
        for i, block in enumerate(article.unclassified):
            yield from self.span(block, f"$.unclassified[{i}]")
        for i, diagnostic in enumerate(article.diagnostics):
            yield from self.span(diagnostic, f"$.diagnostics[{i}]", has_text=False)
        for name in ("speakers", "people"):
            for i, speaker in enumerate(getattr(article, name)):
                yield from self.speaker(speaker, f"$.{name}[{i}]")
        for i, quote in enumerate(article.quotes):
            yield from self.quote(quote, i, f"$.quotes[{i}]")

    def span(self, node: Any, path: str, *, has_text: bool = True) -> Iterator[str]:
        start, end, source = node.start, node.end, self.source
        if not 0 <= start <= end <= len(source):
            yield (
                f"span {start}:{end} does not fit in the source"
                f" (length {len(source)}) @ {path}"
            )
        elif has_text and source[start:end] != node.text:
            yield f"text is not source[{start}:{end}] @ {path}.text"

    def quote(self, quote: Quote, index: int, path: str) -> Iterator[str]:
        yield from self.span(quote, path)
        if quote.index != index:
            yield f"expected {index}, got {quote.index} @ {path}.index"
        if not quote.start <= quote.content_start <= quote.content_end <= quote.end:
            yield (
                f"content {quote.content_start}:{quote.content_end} does not fit"
                f" in the quote {quote.start}:{quote.end} @ {path}"
            )
        count = self.paragraph_count
        if quote.paragraph is not None and not 0 <= quote.paragraph < count:
            yield f"no paragraph {quote.paragraph} @ {path}.paragraph"
        for i, paragraph in enumerate(quote.paragraphs):
            if not 0 <= paragraph < count:
                yield f"no paragraph {paragraph} @ {path}.paragraphs[{i}]"
        for name in ("insertions", "ellipses"):
            for i, span in enumerate(getattr(quote, name)):
                yield from self.span(span, f"{path}.{name}[{i}]")
        for i, nested in enumerate(quote.nested):
            yield from self.quote(nested, i, f"{path}.nested[{i}]")
        if quote.attribution is not None:
            yield from self.attribution(quote.attribution, f"{path}.attribution")

    def attribution(self, attribution: Attribution, path: str) -> Iterator[str]:
        yield from self.span(attribution.mention, f"{path}.mention")
        if attribution.cue is not None:
            yield from self.span(attribution.cue, f"{path}.cue")
        if attribution.speaker is not None:
            yield from self.speaker(attribution.speaker, f"{path}.speaker")
        confidence = attribution.confidence
        if not (math.isfinite(confidence) and 0 <= confidence <= 1):
            yield (
                f"expected a number from 0 to 1, got {confidence!r} @ {path}.confidence"
            )

    def speaker(self, speaker: Speaker, path: str) -> Iterator[str]:
        if id(speaker) in self.checked_speakers:
            return
        self.checked_speakers.add(id(speaker))
        for i, mention in enumerate(speaker.mentions):
            yield from self.span(mention, f"{path}.mentions[{i}]")
        for i, quote in enumerate(speaker.quotes):
            if not 0 <= quote < self.quote_count:
                yield f"no quote {quote} @ {path}.quotes[{i}]"
