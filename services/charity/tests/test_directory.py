"""Organizations and resources: known regions, partners manage only their own, the stock ledger."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from jiuzhu_kit.testing import bearer

ADMIN = bearer("admin")


async def test_an_organization_with_an_unknown_region_is_refused_naming_the_field(
    client: httpx.AsyncClient,
) -> None:
    body = {
        "name": "x",
        "kind": "charity",
        "region_code": "430203",
        "regions_served": ["430203", "999999"],
    }
    response = await client.post("/v1/organizations", json=body, headers=ADMIN)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == ["regions_served.1"]


async def test_a_caseworker_registers_organizations_only_in_their_region(
    client: httpx.AsyncClient,
) -> None:
    body = {"name": "y", "kind": "charity", "region_code": "440117", "regions_served": ["440117"]}
    response = await client.post(
        "/v1/organizations", json=body, headers=bearer("caseworker", region="430203")
    )
    assert response.status_code == 403


async def test_a_partner_publishes_resources_only_for_its_own_organization(
    client: httpx.AsyncClient, api: Any
) -> None:
    mine = await api.organization("charity", "430203", ["430203"])
    theirs = await api.organization("charity", "430203", ["430203"])
    body = {
        "organization_id": theirs["id"],
        "kind": "service",
        "name": "s",
        "category": "care",
        "benefit_kind": "k",
    }
    response = await client.post(
        "/v1/resources", json=body, headers=bearer("charity_partner", organization_id=mine["id"])
    )
    assert response.status_code == 403


async def test_goods_need_a_unit_and_lots_add_to_stock_in_that_unit(
    client: httpx.AsyncClient, api: Any
) -> None:
    org = await api.organization("charity", "430203", ["430203"])
    me = bearer("charity_partner", organization_id=org["id"])
    body = {
        "organization_id": org["id"],
        "kind": "goods",
        "name": "牛奶",
        "category": "basic_living",
        "benefit_kind": "milk",
    }
    no_unit = await client.post("/v1/resources", json=body, headers=me)
    assert no_unit.status_code == 422 and no_unit.json()["errors"][0]["field"] == "unit"
    goods = (await client.post("/v1/resources", json=body | {"unit": "箱"}, headers=me)).json()
    assert goods["regions_served"] == ["430203"], "defaults to the organization's regions"
    wrong_unit = await client.post(
        f"/v1/resources/{goods['id']}/lots",
        json={"lot_code": "a", "quantity": 5, "unit": "袋"},
        headers=me,
    )
    assert wrong_unit.status_code == 422
    negative = await client.post(
        f"/v1/resources/{goods['id']}/lots",
        json={"lot_code": "a", "quantity": -5, "unit": "箱"},
        headers=me,
    )
    assert negative.status_code == 422
    added = await client.post(
        f"/v1/resources/{goods['id']}/lots",
        json={"lot_code": "a", "quantity": 5, "unit": "箱", "expires_on": "2027-01-31"},
        headers=me,
    )
    assert added.json()["stock_on_hand"] == 5 and added.json()["available"] == 5
    ledger = (await client.get(f"/v1/resources/{goods['id']}/ledger", headers=me)).json()
    assert ledger["lots"][0]["expires_on"] == "2027-01-31"


async def test_people_phones_are_masked_for_other_readers(
    client: httpx.AsyncClient, api: Any
) -> None:
    org = await api.organization("volunteer_team", "440117001", ["440117"])
    added = await client.post(
        f"/v1/organizations/{org['id']}/people",
        json={
            "name": "陈跑腿",
            "role": "errand_runner",
            "region_code": "440117001",
            "phone": "13812345678",
        },
        headers=bearer("charity_partner", organization_id=org["id"]),
    )
    assert added.json()["phone"] == "13812345678"
    seen = (
        await client.get(f"/v1/organizations/{org['id']}/people", headers=bearer("applicant"))
    ).json()
    assert seen[0]["phone"] == "138****5678" and seen[0]["name"] == "陈**"


async def test_every_route_but_hsds_needs_a_token(client: httpx.AsyncClient) -> None:
    assert (await client.get("/v1/organizations")).status_code == 401
    assert (await client.get(f"/v1/referrals/{uuid.uuid4()}")).status_code == 401
    assert (await client.get("/v1/resources", headers=bearer("data_partner"))).status_code == 403
