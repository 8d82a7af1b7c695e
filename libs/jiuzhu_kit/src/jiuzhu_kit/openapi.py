"""The OpenAPI a service publishes describes its errors as they are: RFC 9457 problems.

FastAPI documents every 422 as its own `HTTPValidationError` (`{"detail": [...]}` as JSON), but the
kit answers validation failures, like every other failure, with `application/problem+json`
(`errors.py`). Clients generated from the document must read what is actually sent.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from jiuzhu_kit.errors import PROBLEM_JSON

SCHEMA_REF = "#/components/schemas/"
PROBLEM_REF = {"$ref": SCHEMA_REF + "Problem"}
# FastAPI's schemas for its validation error body, which no service ever sends.
FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "request_id": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["type", "title", "status", "detail"],
}


def problem_answer(description: str) -> dict[str, Any]:
    """An OpenAPI response object for a problem answer."""
    return {"description": description, "content": {PROBLEM_JSON: {"schema": dict(PROBLEM_REF)}}}


def _is_error(status: str) -> bool:
    return status[:1] in ("4", "5")


def _describes_problem(response: dict[str, Any]) -> bool:
    """True unless the route declared a real body of its own for this error."""
    content = response.get("content")
    if not content:
        return True
    if set(content) != {"application/json"}:
        return False
    schema = content["application/json"].get("schema") or {}
    return not schema or schema.get("$ref") == SCHEMA_REF + "HTTPValidationError"


def describe_problems(document: dict[str, Any]) -> dict[str, Any]:
    """Every error response in `document` becomes a `Problem` in `application/problem+json`."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                if _is_error(str(status)) and _describes_problem(response):
                    description = response.get("description") or "Problem"
                    if description == "Validation Error":
                        description = "Invalid input: the problem lists each field in `errors`"
                    operation["responses"][status] = problem_answer(description)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = copy.deepcopy(PROBLEM_SCHEMA)
    for name in FASTAPI_VALIDATION_SCHEMAS:
        body = schemas.pop(name, None)
        if body is not None and f'"{SCHEMA_REF}{name}"' in json.dumps(document):
            schemas[name] = body  # still referenced by something else: keep it
    return document


def install_problem_openapi(app: FastAPI) -> None:
    """Make `app.openapi()` describe problems (computed once, like FastAPI's own)."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = describe_problems(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
