"""The API reference at /docs, rendered on the server from the OpenAPI spec (no script, nothing from a CDN)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Parameter:
    """One query or path parameter of an operation."""

    name: str
    where: str
    required: bool
    type: str
    description: str


@dataclass(frozen=True)
class Operation:
    """One method on one path."""

    method: str
    path: str
    summary: str
    description: str
    parameters: list[Parameter]
    body: str | None
    responses: list[tuple[str, str]]


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of an OpenAPI spec, in the spec's order."""
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    summary=operation.get("summary", ""),
                    description=operation.get("description", ""),
                    parameters=[_parameter(p) for p in operation.get("parameters", [])],
                    body=_body(operation),
                    responses=[(code, r.get("description", "")) for code, r in operation.get("responses", {}).items()],
                )
            )
    return found


def _parameter(parameter: dict[str, Any]) -> Parameter:
    schema = parameter.get("schema", {})
    kinds = [s.get("type", "") for s in schema.get("anyOf", [])] or [schema.get("type", "")]
    return Parameter(
        name=parameter["name"],
        where=parameter.get("in", ""),
        required=bool(parameter.get("required")),
        type=" or ".join(k for k in kinds if k and k != "null"),
        description=parameter.get("description") or schema.get("description", ""),
    )


def _body(operation: dict[str, Any]) -> str | None:
    content = operation.get("requestBody", {}).get("content", {})
    for media, body in content.items():
        reference = body.get("schema", {}).get("$ref", "")
        return f"{media}: {reference.rsplit('/', 1)[-1]}" if reference else media
    return None
