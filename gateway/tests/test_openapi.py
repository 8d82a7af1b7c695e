"""One API description: the services' public paths under the gateway, with security schemes."""

from __future__ import annotations

import httpx

from jiuzhu_kit.openapi import PROBLEM_SCHEMA


async def test_the_merged_document_holds_public_paths_only_with_security(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    doc = response.json()
    assert doc["openapi"] == "3.1.0"
    paths = doc["paths"]
    assert "/v1/households" in paths, "the stand-in intake's public path is merged"
    assert "/internal/events" not in paths and "/v1/auth/token" in paths
    operation = paths["/v1/households"]["post"]
    assert operation["x-service"] == "intake"
    assert operation["security"] == [
        {"bearer": []},
        {"oauth2": ["admin", "applicant", "caseworker"]},
    ]
    schemes = doc["components"]["securitySchemes"]
    assert schemes["oauth2"]["flows"]["clientCredentials"]["tokenUrl"] == "/v1/auth/token"
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.removeprefix("#/components/schemas/") in doc["components"]["schemas"]


async def test_a_schema_name_clash_is_renamed_not_overwritten(client: httpx.AsyncClient) -> None:
    schemas = (await client.get("/openapi.json")).json()["components"]["schemas"]
    assert schemas["Problem"] == PROBLEM_SCHEMA
    assert schemas["intake_Problem"]["title"] == "intake's own variant"


async def test_every_validation_error_is_documented_as_a_problem(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    invalid = [
        operation["responses"]["422"]
        for item in doc["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "422" in operation.get("responses", {})
    ]
    assert invalid
    for response in invalid:
        content = response["content"]
        assert list(content) == ["application/problem+json"]
        assert content["application/problem+json"]["schema"]["$ref"].endswith("/Problem")


async def test_an_unavailable_service_is_marked_not_fatal(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    assert doc["x-services"]["verification"]["available"] is False
    assert doc["x-services"]["intake"]["available"] is True
    assert "verification" in doc["info"]["description"]
    docs = await client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text
