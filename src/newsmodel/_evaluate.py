"""Measure quote extraction and attribution against an annotated corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from ._model import Article, Quote, QuoteKind
from ._parse import parse
from .exceptions import GoldDataError

__all__ = ["Evaluation", "evaluate"]

_SPEECH = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})
_JACCARD = 0.5
_ADJACENT = 2
"""Most characters between an inverted cue and the speaker after it."""
_GAP = 300
"""Most characters between a speaker and a quote for the nearest-to-quote rule."""
_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "one"}
)
_NAME_RE = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*))*"
)


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@attrs.frozen(kw_only=True)
class Evaluation:
    """Figures from :func:`evaluate`: counts, and the rates computed from them.

    Rates are ``None`` when nothing was there to count (no gold quote of a
    kind, no prediction).

    .. versionadded:: 0.1.0
    """

    articles: int = 0
    """Number of records evaluated."""
    gold: int = 0
    """Number of gold quotes."""
    gold_direct: int = 0
    """Number of gold quotes of kind ``direct``."""
    gold_partial: int = 0
    """Number of gold quotes of kind ``partial``."""
    predicted: int = 0
    """Number of predicted quotes (direct and partial, outside discarded spans)."""
    exact_matches: int = 0
    """Gold quotes paired with a prediction of exactly the same span."""
    overlap_matches: int = 0
    """Gold quotes paired with a prediction of character Jaccard index >= 0.5."""
    exact_ignored: int = 0
    """Predictions without an exact match that overlap an unattributed quoted span."""
    overlap_ignored: int = 0
    """Predictions without an overlap match that overlap an unattributed quoted span."""
    direct_exact: int = 0
    """Direct gold quotes matched exactly."""
    direct_overlap: int = 0
    """Direct gold quotes matched by overlap."""
    partial_exact: int = 0
    """Partial gold quotes matched exactly."""
    partial_overlap: int = 0
    """Partial gold quotes matched by overlap."""
    kind_agreements: int = 0
    """Overlap-matched gold quotes whose predicted kind equals the gold kind."""
    speaker_total: int = 0
    """Overlap-matched gold quotes that have a gold speaker."""
    speaker_correct: int = 0
    """Of those, the ones attributed to the right speaker."""
    cue_total: int = 0
    """Overlap-matched gold quotes that have a gold cue."""
    cue_correct: int = 0
    """Of those, the ones whose predicted cue overlaps the gold cue."""

    @property
    def exact_precision(self) -> float | None:
        """Share of counted predictions that match a gold quote exactly."""
        return _rate(self.exact_matches, self.predicted - self.exact_ignored)

    @property
    def exact_recall(self) -> float | None:
        """Share of gold quotes matched exactly."""
        return _rate(self.exact_matches, self.gold)

    @property
    def overlap_precision(self) -> float | None:
        """Share of counted predictions that match a gold quote by overlap."""
        return _rate(self.overlap_matches, self.predicted - self.overlap_ignored)

    @property
    def overlap_recall(self) -> float | None:
        """Share of gold quotes matched by overlap."""
        return _rate(self.overlap_matches, self.gold)

    @property
    def direct_exact_recall(self) -> float | None:
        """Share of direct gold quotes matched exactly."""
        return _rate(self.direct_exact, self.gold_direct)

    @property
    def direct_overlap_recall(self) -> float | None:
        """Share of direct gold quotes matched by overlap."""
        return _rate(self.direct_overlap, self.gold_direct)

    @property
    def partial_exact_recall(self) -> float | None:
        """Share of partial gold quotes matched exactly."""
        return _rate(self.partial_exact, self.gold_partial)

    @property
    def partial_overlap_recall(self) -> float | None:
        """Share of partial gold quotes matched by overlap."""
        return _rate(self.partial_overlap, self.gold_partial)

    @property
    def kind_accuracy(self) -> float | None:
        """Share of overlap-matched gold quotes given the gold kind."""
        return _rate(self.kind_agreements, self.overlap_matches)

    @property
    def speaker_accuracy(self) -> float | None:
        """Share of found gold quotes with a speaker that are rightly attributed."""
        return _rate(self.speaker_correct, self.speaker_total)

    @property
    def cue_accuracy(self) -> float | None:
        """Share of found gold quotes with a cue whose cue is found."""
        return _rate(self.cue_correct, self.cue_total)

    def as_dict(self) -> dict[str, Any]:
        """Return the counts and the rates as a JSON-ready dict.

        Returns:
            Every count field, then every rate (a float, or ``None``).
        """
        result: dict[str, Any] = attrs.asdict(self)
        for name in _RATES:
            result[name] = getattr(self, name)
        return result

    def report(self) -> str:
        """Return the figures as a readable table.

        Returns:
            A plain-text table, one figure a line, ending in a newline.
        """
        rows: list[tuple[str, str, str]] = [
            ("articles", str(self.articles), ""),
            ("gold quotes", str(self.gold), ""),
            ("  direct", str(self.gold_direct), ""),
            ("  partial", str(self.gold_partial), ""),
            ("predicted quotes", str(self.predicted), ""),
            ("", "exact", "overlap"),
            (
                "precision",
                _percent(self.exact_precision),
                _percent(self.overlap_precision),
            ),
            ("recall", _percent(self.exact_recall), _percent(self.overlap_recall)),
            (
                "  direct recall",
                _percent(self.direct_exact_recall),
                _percent(self.direct_overlap_recall),
            ),
            (
                "  partial recall",
                _percent(self.partial_exact_recall),
                _percent(self.partial_overlap_recall),
            ),
            (
                "kind accuracy",
                "",
                _percent(self.kind_accuracy),
            ),
            (
                "speaker accuracy",
                "",
                f"{_percent(self.speaker_accuracy)} of {self.speaker_total}",
            ),
            (
                "cue accuracy",
                "",
                f"{_percent(self.cue_accuracy)} of {self.cue_total}",
            ),
        ]
        width = max(len(label) for label, _, _ in rows)
        lines = [
            f"{label:<{width}}  {first:>7}  {second:>7}".rstrip()
            for label, first, second in rows
        ]
        return "\n".join(lines) + "\n"


_RATES = (
    "exact_precision",
    "exact_recall",
    "overlap_precision",
    "overlap_recall",
    "direct_exact_recall",
    "direct_overlap_recall",
    "partial_exact_recall",
    "partial_overlap_recall",
    "kind_accuracy",
    "speaker_accuracy",
    "cue_accuracy",
)


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


@attrs.frozen
class _Gold:
    """One validated gold quote."""

    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None


@attrs.frozen
class _Record:
    """One validated gold article."""

    id: str
    text: str
    quotes: tuple[_Gold, ...]
    unattributed: tuple[tuple[int, int], ...]
    discard: tuple[tuple[int, int], ...]


def evaluate(
    records: Iterable[Mapping[str, Any]],
    *,
    parser: Callable[[str], Article] = parse,
) -> Evaluation:
    """Compare the quotes newsmodel finds with gold annotations.

    Each gold record is one article, in the layout of the PolNeAR corpus
    converted to JSON Lines::

        {"id": "...", "text": "...",
         "quotes": [{"start": 801, "end": 900, "kind": "direct",
                     "speaker": "Clinton", "speaker_start": 901, "speaker_end": 908,
                     "cue": "said"}],
         "meta": {"unattributed_quoted_spans": [[10, 20]], "discard_spans": []}}

    Quote spans include the quotation marks. ``text``, ``speaker``,
    ``speaker_start``, ``speaker_end``, ``cue`` and ``meta`` may be left out.

    How the figures are counted:

    - Predictions are the outermost quotes of kind ``direct`` or ``partial``.
      Titles and terms (:attr:`~newsmodel.QuoteKind.TITLE`, :attr:`~newsmodel.QuoteKind.TERM`) are not
      speech, so they are not predictions of a quote; a gold quote that the
      extractor calls a title is therefore missed.
    - Gold and predicted quotes are paired one to one: first by exact span (same
      start and end, marks included), and separately by overlap, the pairs of
      highest character Jaccard index (at least 0.5) first.
    - A prediction that matches no gold quote but overlaps one of the record's
      ``meta.unattributed_quoted_spans`` (quoted titles, nicknames and scare quotes
      that no attribution covers) counts neither way. Predictions overlapping
      ``meta.discard_spans`` (boilerplate) are ignored altogether.
    - Speaker accuracy is measured over the gold quotes with a speaker that an
      overlapping prediction found: the prediction is right when its attribution's
      mention overlaps the gold speaker span, or, for a gold speaker with a name,
      when the resolved speaker's name contains the gold name's last word
      (``Putin`` in ``Russian President Vladimir Putin``).
    - Cue accuracy is measured over the same gold quotes when they have a cue. The
      gold gives the cue's words but not their place, so the occurrence of those
      words nearest to the gold speaker (or, without a speaker span, to the quote)
      is taken as the gold cue; the prediction is right when its cue overlaps it.
      Occurrences inside the gold speaker or inside a gold quote are skipped, and
      of several occurrences between the speaker and the quote (``X said A and
      said "..."``) the one nearest the quote is taken, unless one stands just
      before the speaker (``said X, who said ...``).

    Args:
        records: The gold articles, one mapping each with ``id``, ``text``,
            ``quotes`` and optionally ``meta`` (layout above), for instance
            the parsed lines of a JSON Lines file.
        parser: The function that turns a text into an article; defaults to
            :func:`newsmodel.parse`.

    Returns:
        The counts and rates over all records.

    Raises:
        newsmodel.exceptions.GoldDataError: A record or one of its fields is
            malformed; the message names the record (its number and id) and
            the field.

    .. versionadded:: 0.1.0
    """
    totals: dict[str, int] = dict.fromkeys(
        (field.name for field in attrs.fields(Evaluation)), 0
    )
    for number, raw in enumerate(records, start=1):
        record = _validate(raw, number)
        article = parser(record.text)
        _count(record, article, totals)
    return Evaluation(**totals)


def _fail(number: int, record_id: object, field: str, problem: str) -> GoldDataError:
    name = f" ({record_id!r})" if isinstance(record_id, str) else ""
    return GoldDataError(f"record {number}{name}: field {field!r} {problem}")


def _validate(raw: object, number: int) -> _Record:
    """Check one gold record and turn it into a :class:`_Record`."""
    if not isinstance(raw, Mapping):
        msg = f"record {number}: expected a JSON object, got {type(raw).__name__}"
        raise GoldDataError(msg)
    record_id = raw.get("id")
    if not isinstance(record_id, str):
        raise _fail(number, record_id, "id", "must be a string")
    text = raw.get("text")
    if not isinstance(text, str):
        raise _fail(number, record_id, "text", "must be a string")
    quotes = raw.get("quotes")
    if not isinstance(quotes, Sequence) or isinstance(quotes, str):
        raise _fail(number, record_id, "quotes", "must be a list")
    gold = tuple(
        _validate_quote(quote, text, number, record_id, f"quotes[{position}]")
        for position, quote in enumerate(quotes)
    )
    meta = raw.get("meta")
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise _fail(number, record_id, "meta", "must be an object")
    return _Record(
        id=record_id,
        text=text,
        quotes=gold,
        unattributed=_spans(meta, "unattributed_quoted_spans", text, number, record_id),
        discard=_spans(meta, "discard_spans", text, number, record_id),
    )


def _offset_pair(value: object, length: int) -> tuple[int, int] | None:
    if (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and len(value) == 2
        and all(isinstance(item, int) and not isinstance(item, bool) for item in value)
        and 0 <= value[0] <= value[1] <= length
    ):
        return (value[0], value[1])
    return None


def _spans(
    meta: Mapping[str, Any], key: str, text: str, number: int, record_id: str
) -> tuple[tuple[int, int], ...]:
    value = meta.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise _fail(number, record_id, f"meta.{key}", "must be a list of [start, end]")
    spans: list[tuple[int, int]] = []
    for position, item in enumerate(value):
        pair = _offset_pair(item, len(text))
        if pair is None:
            raise _fail(
                number,
                record_id,
                f"meta.{key}[{position}]",
                "must be [start, end] offsets into the text",
            )
        spans.append(pair)
    return tuple(spans)


def _validate_quote(
    quote: object, text: str, number: int, record_id: str, field: str
) -> _Gold:
    if not isinstance(quote, Mapping):
        raise _fail(number, record_id, field, "must be an object")
    pair = _offset_pair([quote.get("start"), quote.get("end")], len(text))
    if pair is None or pair[0] == pair[1]:
        raise _fail(
            number,
            record_id,
            f"{field}.start/end",
            "must be integers with 0 <= start < end <= len(text)",
        )
    written = quote.get("text")
    if written is not None and written != text[pair[0] : pair[1]]:
        raise _fail(number, record_id, f"{field}.text", "differs from text[start:end]")
    kind = quote.get("kind")
    if not isinstance(kind, str):
        raise _fail(number, record_id, f"{field}.kind", "must be a string")
    speaker = quote.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise _fail(number, record_id, f"{field}.speaker", "must be a string or null")
    speaker_span: tuple[int, int] | None = None
    if quote.get("speaker_start") is not None or quote.get("speaker_end") is not None:
        speaker_span = _offset_pair(
            [quote.get("speaker_start"), quote.get("speaker_end")], len(text)
        )
        if speaker_span is None:
            raise _fail(
                number,
                record_id,
                f"{field}.speaker_start/speaker_end",
                "must be offsets into the text",
            )
    cue = quote.get("cue")
    if cue is not None and not isinstance(cue, str):
        raise _fail(number, record_id, f"{field}.cue", "must be a string or null")
    return _Gold(pair[0], pair[1], kind, speaker or None, speaker_span, cue or None)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = min(a[1], b[1]) - max(a[0], b[0])
    if common <= 0:
        return 0.0
    return common / (max(a[1], b[1]) - min(a[0], b[0]))


def _count(record: _Record, article: Article, totals: dict[str, int]) -> None:
    """Add one article's figures to ``totals``."""
    predictions = [
        quote
        for quote in article.quotes
        if quote.kind in _SPEECH
        and not any(
            _overlaps((quote.start, quote.end), span) for span in record.discard
        )
    ]
    totals["articles"] += 1
    totals["gold"] += len(record.quotes)
    totals["gold_direct"] += sum(gold.kind == "direct" for gold in record.quotes)
    totals["gold_partial"] += sum(gold.kind == "partial" for gold in record.quotes)
    totals["predicted"] += len(predictions)

    spans = [(quote.start, quote.end) for quote in predictions]
    exact = _match_exact(record.quotes, spans)
    overlap = _match_overlap(record.quotes, spans)
    for name, pairs in (("exact", exact), ("overlap", overlap)):
        totals[f"{name}_matches"] += len(pairs)
        used = set(pairs.values())
        totals[f"{name}_ignored"] += sum(
            1
            for position, span in enumerate(spans)
            if position not in used
            and any(_overlaps(span, other) for other in record.unattributed)
        )
        for index in pairs:
            kind = record.quotes[index].kind
            if kind in {"direct", "partial"}:
                totals[f"{kind}_{name}"] += 1
    quoted = [(gold.start, gold.end) for gold in record.quotes]
    for index, position in overlap.items():
        gold = record.quotes[index]
        quote = predictions[position]
        totals["kind_agreements"] += gold.kind == quote.kind.value
        if gold.speaker is not None or gold.speaker_span is not None:
            totals["speaker_total"] += 1
            totals["speaker_correct"] += _speaker_right(gold, quote)
        if gold.cue is not None:
            totals["cue_total"] += 1
            totals["cue_correct"] += _cue_right(record.text, gold, quote, quoted)


def _match_exact(
    gold: Sequence[_Gold], spans: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """Pair gold quotes with predictions of the same span, one to one."""
    free: dict[tuple[int, int], list[int]] = {}
    for position, span in enumerate(spans):
        free.setdefault(span, []).append(position)
    pairs: dict[int, int] = {}
    for index, quote in enumerate(gold):
        waiting = free.get((quote.start, quote.end))
        if waiting:
            pairs[index] = waiting.pop(0)
    return pairs


def _match_overlap(
    gold: Sequence[_Gold], spans: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """Pair gold quotes with predictions by character Jaccard, best pairs first."""
    order = sorted(range(len(spans)), key=lambda position: spans[position])
    candidates: list[tuple[float, int, int]] = []
    for index, quote in enumerate(gold):
        span = (quote.start, quote.end)
        for position in order:
            if spans[position][0] >= span[1]:
                break
            score = _jaccard(span, spans[position])
            if score >= _JACCARD:
                candidates.append((score, index, position))
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, index, position in candidates:
        if index not in pairs and position not in taken:
            pairs[index] = position
            taken.add(position)
    return pairs


def _surname(speaker: str) -> str | None:
    """Return the last word of the first name in ``speaker``, if it has one."""
    for match in _NAME_RE.finditer(speaker):
        words = match.group().split()
        while words and words[0].lower() in {"the", "a", "an"}:
            words.pop(0)
        if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
            continue
        last = words[-1]
        for suffix in ("'s", "’s", "'", "’"):
            last = last.removesuffix(suffix)
        return last.strip(".") or None
    return None


def _speaker_right(gold: _Gold, quote: Quote) -> bool:
    attribution = quote.attribution
    if attribution is None:
        return False
    mention = (attribution.mention.start, attribution.mention.end)
    if gold.speaker_span is not None and _overlaps(mention, gold.speaker_span):
        return True
    surname = _surname(gold.speaker) if gold.speaker is not None else None
    return (
        surname is not None
        and attribution.speaker is not None
        and surname.lower() in attribution.speaker.name.lower()
    )


def _cue_span(
    text: str, gold: _Gold, cue: str, quoted: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """Find the occurrence of ``cue`` that attributes the gold quote.

    The occurrence nearest the gold speaker, else the quote, with three
    refinements that follow the syntax of reporting clauses:

    - an occurrence inside the gold speaker span is part of the speaker's
      words (``X, who said she ...``), and one inside a gold quote is quoted
      speech: neither is the cue;
    - ``said X, who said ... "..."``: an occurrence just before the speaker
      is the inverted cue;
    - ``X said A and said that "..."``: of the occurrences between the
      speaker and the quote, the one nearest the quote governs it.
    """
    speaker = gold.speaker_span
    anchor = speaker or (gold.start, gold.end)
    for haystack, needle in ((text, cue), (text.lower(), cue.lower())):
        spans: list[tuple[int, int]] = []
        start = haystack.find(needle)
        while start >= 0:
            span = (start, start + len(needle))
            if not (speaker is not None and _overlaps(span, speaker)) and not any(
                low < span[0] and span[1] < high for low, high in quoted
            ):
                spans.append(span)
            start = haystack.find(needle, start + 1)
        if not spans:
            continue
        if speaker is not None:
            if speaker[1] <= gold.start:
                gap = (speaker[1], gold.start)
            else:
                gap = (gold.end, speaker[0])
            between = [s for s in spans if gap[0] <= s[0] and s[1] <= gap[1]]
            inverted = [s for s in spans if 0 <= speaker[0] - s[1] <= _ADJACENT]
            if between and not inverted and gap[1] - gap[0] <= _GAP:
                quote = (gold.start, gold.end)
                return min(between, key=lambda s: _distance(s, quote))
        return min(spans, key=lambda s: _distance(s, anchor))
    return None


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans, 0 when they touch or overlap."""
    return max(b[0] - a[1], a[0] - b[1], 0)


def _cue_right(
    text: str, gold: _Gold, quote: Quote, quoted: Sequence[tuple[int, int]] = ()
) -> bool:
    attribution = quote.attribution
    if attribution is None or attribution.cue is None or gold.cue is None:
        return False
    span = _cue_span(text, gold, gold.cue, quoted)
    cue = (attribution.cue.start, attribution.cue.end)
    return span is not None and _overlaps(cue, span)
