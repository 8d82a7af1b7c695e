"""`/v1/policies` and `/v1/parameters`: readable catalog, validated atomic publishing without restart."""

from __future__ import annotations

import copy

import httpx
import yaml

from jiuzhu_kit.testing import bearer
from matching.rules import catalog
from tests.rule_cases import load_cases

ADMIN = bearer("admin")
XIAO = next(f for n, f, _ in load_cases() if "case 3" in n)
# A county no other test decides in, so publishing here leaves the other tests' figures alone.
GUIYANG = "431021"


async def test_anyone_signed_in_reads_the_catalog_and_its_sources(
    client: httpx.AsyncClient,
) -> None:
    applicant = bearer("applicant")
    listed = await client.get("/v1/policies", headers=applicant)
    assert listed.status_code == 200
    codes = [p["code"] for p in listed.json()["items"]]
    assert {"dibao", "tekun", "temporary_expenditure", "disability_care_subsidy"} <= set(codes)
    one = await client.get("/v1/policies/tekun", headers=applicant)
    assert (
        one.json()["department"] == "民政" and "tekun_standard_multiple" in one.json()["parameters"]
    )
    param = await client.get(
        "/v1/parameters/tekun_standard_multiple?region=440117001&on=2026-11-28", headers=applicant
    )
    assert param.json()["in_force"]["value"] == "1.6"
    assert "1,792" in param.json()["in_force"]["source"]
    assert (await client.get("/v1/policies")).status_code == 401
    assert (await client.get("/v1/policies/nope", headers=applicant)).status_code == 404


async def test_a_new_parameter_value_is_published_and_used_at_once_while_old_decisions_replay(
    client: httpx.AsyncClient,
) -> None:
    facts = dict(XIAO, region_code=f"{GUIYANG}100")
    caseworker = bearer("caseworker", region=GUIYANG)
    before = (await client.post("/v1/decisions", json={"facts": facts}, headers=caseworker)).json()
    assert before["result"]["policies"][0]["amount_monthly_yuan"] == "878.25"
    published = await client.post(
        "/v1/parameters/dibao_standard_rural/values",
        json={
            "region": GUIYANG,
            "from": "2026-01-01",
            "value": "400.00",
            "source": "桂阳县 2026 年标准（测试）",
        },
        headers=ADMIN,
    )
    assert published.status_code == 201, published.text
    version = published.json()["version"]
    assert version > before["catalog_version"]
    after = (await client.post("/v1/decisions", json={"facts": facts}, headers=caseworker)).json()
    assert after["catalog_version"] == version
    assert (
        after["result"]["policies"][0]["amount_monthly_yuan"] == "1200.00"
    )  # (400 − 200) × 5 + 0.5 × 400
    replay = await client.get(f"/v1/decisions/{before['id']}/replay", headers=caseworker)
    assert replay.json()["identical"] is True
    assert replay.json()["catalog_version"] == before["catalog_version"]


async def test_a_whole_document_is_validated_before_it_is_published(
    client: httpx.AsyncClient,
) -> None:
    versions_before = (await client.get("/v1/policies/versions", headers=ADMIN)).json()
    document = copy.deepcopy(catalog.shipped_document())
    document["policies"][0]["conditions"][0]["when"] = "__import__('os').getcwd()"
    document["parameters"][0]["values"][0]["until"] = "2017-01-01"
    refused = await client.post(
        "/v1/policies/versions",
        json={"document_yaml": yaml.safe_dump(document, allow_unicode=True)},
        headers=ADMIN,
    )
    assert refused.status_code == 422
    fields = {e["field"] for e in refused.json()["errors"]}
    assert "document_yaml.policies[0].conditions[0].when" in fields
    assert "document_yaml.parameters[0].values[0].until" in fields
    versions_after = (await client.get("/v1/policies/versions", headers=ADMIN)).json()
    assert versions_after == versions_before  # nothing half-published


async def test_only_admins_publish(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/policies/versions",
        json={"document": catalog.shipped_document()},
        headers=bearer("reviewer"),
    )
    assert response.status_code == 403
    unknown = await client.post(
        "/v1/parameters/no_such_parameter/values",
        json={"region": "43", "from": "2026-01-01", "value": "1", "source": "x"},
        headers=ADMIN,
    )
    assert unknown.status_code == 404


async def test_a_valid_document_is_published_as_the_next_version(client: httpx.AsyncClient) -> None:
    latest = (await client.get("/v1/policies/versions", headers=ADMIN)).json()[0]
    document = catalog.shipped_document()
    published = await client.post(
        "/v1/policies/versions", json={"document": document, "note": "再次发布"}, headers=ADMIN
    )
    assert published.status_code == 201, published.text
    body = published.json()
    assert body["version"] == latest["version"] + 1 and body["note"] == "再次发布"
    listed = await client.get(f"/v1/policies?version={body['version']}", headers=ADMIN)
    assert listed.json()["content_hash"] == body["content_hash"] == catalog.document_hash(document)
