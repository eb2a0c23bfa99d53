"""Real output validates against the published JSON Schema, and the schema doc names every field."""

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from dyad.model import Article
from dyad.read import read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


@pytest.fixture(scope="module")
def schema():
    return json.loads(files("dyad").joinpath("schema/record.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def example_records(pipeline):
    articles = [item for item in read_inputs([str(EXAMPLES)]) if isinstance(item, Article)]
    return [record.to_dict() for record in pipeline.code_many(articles)]


def test_schema_is_valid(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


def test_example_output_validates(schema, example_records):
    validator = jsonschema.Draft202012Validator(schema)
    for record in example_records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{record['id']}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_offsets_point_into_the_input_text(example_records):
    texts = {item.id: item.text for item in read_inputs([str(EXAMPLES)])}
    for record in example_records:
        text = texts[record["id"]]
        spans = [*record["entities"], *record["times"], *record["places"], *record["quotes"]]
        spans += [e["trigger"] for e in record["events"]]
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"] or span.get("segments"), span


def test_error_record_validates(schema, pipeline):
    record = pipeline.code(Article(id="x", text="", published=date(2020, 1, 1))).to_dict()
    assert record["error"]
    jsonschema.validate(record, schema)


def test_schema_doc_names_every_output_field(schema):
    doc = SCHEMA_DOC.read_text(encoding="utf-8")
    for name in schema["properties"]:
        assert f"`{name}`" in doc, name
    for item in ("events", "quotes", "places", "times", "entities"):
        for name in schema["properties"][item]["items"]["properties"]:
            assert f"`{name}`" in doc, f"{item}.{name}"
