"""Merging the services' OpenAPI documents into the gateway's, with one set of security schemes.

Only public paths the gateway routes to a service are taken (never `/internal`, `/healthz` …);
a schema name two services use differently is renamed `<service>_<Name>` in the second one.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from gateway.routing.table import READ_METHODS, route_for
from jiuzhu_kit.openapi import PROBLEM_SCHEMA

SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ROLES = {
    "applicant": "a household applying for assistance (困难群众)",
    "caseworker": "village/township caseworker, scoped to a region (民政助理员)",
    "reviewer": "county reviewer, scoped to a region (县民政局)",
    "admin": "administrator",
    "auditor": "reads the audit log",
    "data_partner": "partner system pushing records of its allowed sources",
    "charity_partner": "charity partner bound to one organization",
}


def security_schemes(token_url: str) -> dict[str, Any]:
    return {
        "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
        "oauth2": {
            "type": "oauth2",
            "description": "Short-lived JWTs from the gateway; the roles are the scopes.",
            "flows": {
                "clientCredentials": {"tokenUrl": token_url, "scopes": ROLES},
                "password": {
                    "tokenUrl": token_url,
                    "refreshUrl": token_url,
                    "scopes": ROLES,
                },
            },
        },
    }


def _rewrite_refs(node: Any, renames: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_REF):
                name = value.removeprefix(SCHEMA_REF)
                out[key] = SCHEMA_REF + renames.get(name, name)
            else:
                out[key] = _rewrite_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, renames) for v in node]
    return node


def _secure(operation: dict[str, Any], roles: frozenset[str]) -> None:
    operation["security"] = [{"bearer": []}, {"oauth2": sorted(roles)}]
    operation["x-roles"] = sorted(roles)
    responses = operation.setdefault("responses", {})
    for status, words in (
        ("401", "Missing, expired or untrusted token"),
        ("403", "The token's roles do not include one of x-roles"),
        ("429", "Rate limit reached; see Retry-After"),
        ("503", "The owning service is unavailable"),
        ("504", "The owning service did not answer in time"),
    ):
        responses.setdefault(
            status,
            {
                "description": words,
                "content": {
                    "application/problem+json": {"schema": {"$ref": SCHEMA_REF + "Problem"}}
                },
            },
        )


def merge(
    own: dict[str, Any],
    services: Mapping[str, dict[str, Any] | None],
    *,
    token_url: str,
    errors: Mapping[str, str],
) -> dict[str, Any]:
    """The gateway's own document plus every reachable service's public paths.

    `services` maps a name to its document, or None when it could not be fetched; those are listed
    under `x-services` as unavailable so a reader knows the description is partial.
    """
    doc = copy.deepcopy(own)
    doc["openapi"] = "3.1.0"
    components = doc.setdefault("components", {})
    schemas: dict[str, Any] = components.setdefault("schemas", {})
    schemas.setdefault("Problem", PROBLEM_SCHEMA)
    components["securitySchemes"] = security_schemes(token_url)
    doc["security"] = [{"bearer": []}, {"oauth2": []}]
    paths: dict[str, Any] = doc.setdefault("paths", {})
    status: dict[str, Any] = {}
    for name, service_doc in services.items():
        if service_doc is None:
            status[name] = {"available": False, "error": errors.get(name, "unreachable")}
            continue
        theirs = service_doc.get("components", {}).get("schemas", {})
        renames = {
            key: f"{name}_{key}"
            for key, value in theirs.items()
            if key in schemas and schemas[key] != _rewrite_refs(value, {})
        }
        for key, value in theirs.items():
            schemas[renames.get(key, key)] = _rewrite_refs(value, renames)
        taken = 0
        for path, item in service_doc.get("paths", {}).items():
            route = route_for(path)
            if route is None or route.service != name:
                continue
            item = _rewrite_refs(item, renames)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                upper = method.upper()
                roles = route.read if upper in READ_METHODS else route.write
                operation["operationId"] = f"{name}_{operation.get('operationId', method + path)}"
                operation["x-service"] = name
                _secure(operation, roles)
                taken += 1
            paths[path] = item
        status[name] = {"available": True, "operations": taken}
    doc["x-services"] = status
    info = doc.setdefault("info", {})
    unavailable = sorted(n for n, s in status.items() if not s["available"])
    if unavailable:
        info["description"] = (
            info.get("description", "")
            + f"\n\n**Partial:** unavailable when this was generated: {', '.join(unavailable)}."
        )
    return doc
