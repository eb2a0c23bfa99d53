"""Property tests of the OpenAPI document (schemathesis): no request the spec allows gives a server error."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")

from dyad.web.app import create_app  # noqa: E402

from .conftest import FakePipeline  # noqa: E402

OPERATIONS = [
    ("GET", "/v1/events"),
    ("GET", "/v1/articles/{article_id}"),
    ("GET", "/v1/series"),
    ("GET", "/v1/quotes"),
    ("GET", "/v1/actors"),
    ("POST", "/v1/code"),
    ("POST", "/v1/articles"),
]


@pytest.fixture(scope="module")
def api_schema(built_store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx2, raised when its test client is imported
        return schemathesis.openapi.from_asgi("/openapi.json", create_app(built_store, pipeline_factory=FakePipeline))


def test_the_spec_lists_every_operation(api_schema):
    listed = {(op.method.upper(), op.path) for op in (result.ok() for result in api_schema.get_all_operations())}
    assert set(OPERATIONS) <= listed


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_server_errors(api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        response = case.call()
        assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query} -> {response.text[:300]}"
        if response.status_code == 200:
            response.json()  # every /v1 answer is JSON

    check()
