"""The JSON Schema of serialized articles, checked against real output."""

import enum
import json
import types
import typing
from importlib.resources import files
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import newsmodel
from newsmodel import (
    FORMAT_VERSION,
    Article,
    Attribution,
    _model,
    json_schema,
    to_dict,
)
from newsmodel.strategies import articles
from test_serialize import (
    REAL_DATA,
    SEED,
    any_articles,
    real_texts,
    small_article,
    small_dict,
)

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

MODEL_CLASSES = [
    getattr(_model, name) for name in _model.__all__ if attrs.has(getattr(_model, name))
]
MODEL_ENUMS = [
    getattr(_model, name)
    for name in _model.__all__
    if isinstance(getattr(_model, name), enum.EnumMeta)
]


def errors_of(data: Any) -> list[str]:
    """Return the schema's complaints about ``data``, as JSON paths."""
    return sorted(error.json_path for error in VALIDATOR.iter_errors(data))


def complaint(data: Any) -> str | None:
    """Return the path of the schema's most relevant complaint about ``data``."""
    error = jsonschema.exceptions.best_match(VALIDATOR.iter_errors(data))
    return None if error is None else error.json_path


class TestValidates:
    """Real output of ``to_dict`` validates against the schema."""

    @given(any_articles())
    def test_any_article(self, article: Article) -> None:
        """Articles of every shape validate."""
        assert [] == errors_of(to_dict(article))

    @given(articles())
    def test_realistic(self, article: Article) -> None:
        """Realistic articles, as generated and as parsed, validate."""
        parsed = newsmodel.parse(article.source)
        assert ([], []) == (errors_of(to_dict(article)), errors_of(to_dict(parsed)))

    def test_seed(self) -> None:
        """The parsed seed validates."""
        article = newsmodel.parse(SEED.read_text(encoding="utf-8"))
        assert [] == errors_of(to_dict(article))

    @pytest.mark.parametrize("name", REAL_DATA)
    def test_real_data(self, name: str) -> None:
        """Real articles, parsed, validate."""
        failures = {}
        for i, text in enumerate(real_texts(name)):
            errors = errors_of(to_dict(newsmodel.parse(text)))
            if errors:
                failures[i] = errors
        assert {} == failures

    def test_small_article(self) -> None:
        """The hand-built article, with a quote, a speaker and a cue, validates."""
        assert [] == errors_of(to_dict(small_article()))

    def test_json_output(self) -> None:
        """The JSON text, read back, validates."""
        text = newsmodel.to_json(small_article())
        assert [] == errors_of(json.loads(text))


class TestRefuses:
    """The schema is not vacuous: it refuses what ``from_dict`` refuses."""

    def test_extra_key(self) -> None:
        """An unknown key is refused."""
        data = small_dict()
        data["headline"]["subtitle"] = "x"
        assert "$.headline" == complaint(data)

    def test_missing_key(self) -> None:
        """A missing key is refused (``to_dict`` always writes every key)."""
        data = small_dict()
        del data["quotes"][0]["nested"]
        assert "$.quotes[0]" == complaint(data)

    def test_enum(self) -> None:
        """An unknown enum value is refused."""
        data = small_dict()
        data["quotes"][0]["attribution"]["placement"] = "below"
        assert "$.quotes[0].attribution.placement" == complaint(data)

    def test_speaker_index(self) -> None:
        """A negative speaker index is refused."""
        data = small_dict()
        data["quotes"][0]["attribution"]["speaker"] = -1
        assert "$.quotes[0].attribution.speaker" == complaint(data)

    def test_negative_offset(self) -> None:
        """A negative offset is refused."""
        data = small_dict()
        data["paragraphs"][0]["start"] = -1
        assert "$.paragraphs[0].start" == complaint(data)

    def test_version(self) -> None:
        """Another format version is refused."""
        data = small_dict()
        data["format_version"] = 2
        assert "$.format_version" == complaint(data)

    def test_confidence(self) -> None:
        """A confidence above 1 is refused."""
        data = small_dict()
        data["quotes"][0]["attribution"]["confidence"] = 1.5
        assert "$.quotes[0].attribution.confidence" == complaint(data)

    def test_string_for_integer(self) -> None:
        """A string where an integer belongs is refused."""
        data = small_dict()
        data["copyright"]["year"] = "2023"
        assert "$.copyright.year" == complaint(data)


def _accepted(fragment: dict[str, Any], defs: dict[str, Any]) -> set[str]:
    """Describe what a schema fragment accepts: JSON types and referenced defs."""
    if "$ref" in fragment:
        name = fragment["$ref"].removeprefix("#/$defs/")
        target = defs[name]
        if target.get("type") == "object":
            return {f"object:{name}"}
        if "enum" in target:
            return {f"enum:{name}"}
        return _accepted(target, defs)
    if "anyOf" in fragment:
        return set().union(*(_accepted(option, defs) for option in fragment["anyOf"]))
    if "const" in fragment:
        return {"integer"}
    kinds = fragment["type"]
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    if "array" in kinds:
        kinds.remove("array")
        kinds |= {f"array:{item}" for item in _accepted(fragment["items"], defs)}
    return kinds


def _expected(annotation: Any) -> set[str]:
    """Describe what the schema must accept for a field with ``annotation``."""
    if isinstance(annotation, types.UnionType):
        return set().union(*(_expected(arg) for arg in typing.get_args(annotation)))
    if typing.get_origin(annotation) is tuple:
        (item,) = _expected(typing.get_args(annotation)[0])
        return {f"array:{item}"}
    if attrs.has(annotation):
        return {f"object:{annotation.__name__}"}
    if isinstance(annotation, enum.EnumMeta):
        return {f"enum:{annotation.__name__}"}
    names = {str: "string", int: "integer", float: "number", type(None): "null"}
    return {names[annotation]}


class TestInSync:
    """The schema describes the model exactly, so drift fails here."""

    def test_valid_schema(self) -> None:
        """The schema is a valid draft 2020-12 schema."""
        schema = json_schema()
        jsonschema.Draft202012Validator.check_schema(schema)
        assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    def test_properties(self, cls: type) -> None:
        """Every field, and nothing else, is a property, all of them required."""
        definition = json_schema()["$defs"][cls.__name__]
        fields = [field.name for field in attrs.fields(cls)]
        if cls is Article:
            fields = ["format_version", *fields]
        assert (fields, fields, False) == (
            list(definition["properties"]),
            definition["required"],
            definition["additionalProperties"],
        )

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    def test_types(self, cls: type) -> None:
        """Every property accepts exactly its field's types."""
        defs = json_schema()["$defs"]
        properties = defs[cls.__name__]["properties"]
        hints = typing.get_type_hints(cls)
        expected = {
            field.name: _expected(hints[field.name]) for field in attrs.fields(cls)
        }
        if cls is Attribution:
            # A listed speaker is written as its index in the article's speakers.
            expected["speaker"].add("integer")
        actual = {name: _accepted(properties[name], defs) for name in expected}
        assert expected == actual

    @pytest.mark.parametrize("cls", MODEL_ENUMS, ids=lambda c: c.__name__)
    def test_enums(self, cls: type[enum.Enum]) -> None:
        """Every enum lists exactly the model's values."""
        values = json_schema()["$defs"][cls.__name__]["enum"]
        assert [member.value for member in cls] == values

    def test_no_stray_defs(self) -> None:
        """Every definition is a model class, an enum or an integer kind."""
        expected = {c.__name__ for c in MODEL_CLASSES + MODEL_ENUMS}
        assert expected | {"Offset", "Index"} == set(json_schema()["$defs"])

    def test_format_version(self) -> None:
        """The schema is for the current format version."""
        properties = json_schema()["$defs"]["Article"]["properties"]
        assert FORMAT_VERSION == properties["format_version"]["const"]


class TestJsonSchema:
    """``json_schema`` and the shipped resource."""

    def test_fresh_copy(self) -> None:
        """Each call returns a new dict, so changing one changes no other."""
        json_schema()["$defs"].clear()
        assert "Article" in json_schema()["$defs"]

    def test_resource(self) -> None:
        """The schema ships inside the package as a JSON file."""
        resource = files("newsmodel") / "schema" / "article.schema.json"
        assert json_schema() == json.loads(resource.read_text(encoding="utf-8"))

    def test_root(self) -> None:
        """The schema's root is the article."""
        assert "#/$defs/Article" == json_schema()["$ref"]
