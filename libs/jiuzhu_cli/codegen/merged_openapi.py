"""The gateway's merged OpenAPI, built in-process exactly as `GET /openapi.json` builds it.

Each service's app is imported and asked for its own document (nothing is started, no database is
opened), then the gateway's `merge` joins them under the gateway's paths. The running gateway serves
the same document; building it here makes `make client` and the freshness test need no processes.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from typing import Any

SERVICES = ("intake", "verification", "matching", "charity")


def merged_openapi() -> dict[str, Any]:
    for name in (*SERVICES, "gateway"):
        os.environ.setdefault(f"{name.upper()}_ENVIRONMENT", "test")
    from gateway.apidocs.merge import merge
    from gateway.main import build_app
    from gateway.tokens.router import TOKEN_PATH

    documents = {
        name: importlib.import_module(f"{name}.main").build_app().openapi() for name in SERVICES
    }
    return merge(build_app().openapi(), documents, token_url=TOKEN_PATH, errors={})


def for_generation(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the generator needs it: every component schema titled by its own name.

    The generator names a model class after a schema's `title`. Pydantic titles both halves of a
    split schema (`GeoPoint-Input`, `GeoPoint-Output`) alike, and the gateway's merge renames a clash
    (`charity_HouseholdRead`) without retitling it: two models would get one class name.
    """
    schemas = document.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        schema["title"] = name.replace("-", "_")
    return document


if __name__ == "__main__":
    json.dump(
        for_generation(merged_openapi()), sys.stdout, ensure_ascii=False, indent=2, sort_keys=True
    )
    sys.stdout.write("\n")
