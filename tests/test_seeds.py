"""The seed articles parse to their hand-annotated structure."""

import json
from pathlib import Path
from typing import Any

import pytest

from newsmodel import (
    Article,
    Byline,
    Copyright,
    Dateline,
    Headline,
    Paragraph,
    parse,
)
from newsmodel._structure import parse_structure

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_NAMES = sorted(path.stem for path in SEEDS.glob("*.txt"))

VARIANTS = {
    "as-is": lambda text: text,
    "blank-lines": lambda text: text.replace("\n", "\n\n"),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "cr": lambda text: text.replace("\n", "\r"),
    "bom": lambda text: "\ufeff" + text,
    "bom-crlf-blank-lines": lambda text: "\ufeff" + text.replace("\n", "\r\n\r\n"),
}


def load(name: str) -> tuple[str, dict[str, Any]]:
    """The seed's text and its expected annotation."""
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((SEEDS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, expected


def structure(article: Article) -> dict[str, Any]:
    """The parts of an article the seed annotation describes, in its shape."""
    footer = article.copyright
    return {
        "headline": {
            "text": article.headline.text,
            "kicker": article.headline.kicker,
            "title": article.headline.title,
        },
        "paragraph_count": len(article.paragraphs),
        "paragraph_first_words": [p.text.split()[0] for p in article.paragraphs],
        "footer": None
        if footer is None
        else {
            "text": footer.text,
            "holder": footer.holder,
            "year": footer.year,
            "statement": footer.statement,
        },
    }


class TestSeeds:
    """parse() on the seeds in seeds/."""

    def test_seeds_present(self) -> None:
        """The golden seed is shipped with the project."""
        assert "000_7280440e1ed9c9bf" in SEED_NAMES

    @pytest.mark.parametrize("variant", sorted(VARIANTS))
    @pytest.mark.parametrize("name", SEED_NAMES)
    def test_structure(self, name: str, variant: str) -> None:
        """Headline, kicker, title, paragraphs and footer match the annotation."""
        text, annotation = load(name)
        expected = {
            key: annotation[key]
            for key in (
                "headline",
                "paragraph_count",
                "paragraph_first_words",
                "footer",
            )
        }
        assert expected == structure(parse(VARIANTS[variant](text)))

    @pytest.mark.parametrize("variant", sorted(VARIANTS))
    @pytest.mark.parametrize("name", SEED_NAMES)
    def test_offsets_point_into_source(self, name: str, variant: str) -> None:
        """Every node's text is the source between its offsets, in every variant."""
        article = parse(VARIANTS[variant](load(name)[0]))
        source = article.source
        spans: list[Headline | Paragraph | Copyright | Byline | Dateline]
        spans = [article.headline, *article.paragraphs]
        spans += [
            node
            for node in (article.copyright, article.byline, article.dateline)
            if node
        ]
        assert [] == [
            node for node in spans if source[node.start : node.end] != node.text
        ]

    def test_seed_has_no_byline_dateline_or_oddity(self) -> None:
        """The seed has no byline, no dateline and no structural diagnostics."""
        article = parse_structure(load("000_7280440e1ed9c9bf")[0])
        assert (None, None, ()) == (
            article.byline,
            article.dateline,
            article.diagnostics,
        )

    def test_seed_headline_offsets(self) -> None:
        """The headline spans the first line, after a BOM when there is one."""
        text = load("000_7280440e1ed9c9bf")[0]
        first_line = len(text.split("\n")[0])
        article = parse("\ufeff" + text)
        assert (1, first_line + 1) == (article.headline.start, article.headline.end)
