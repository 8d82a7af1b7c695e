"""Households: validated ID numbers and region codes, one household per person, scope by region."""

from datetime import date

import httpx
from intake.db import metadata
from jiuzhu_kit import resident_id
from jiuzhu_kit.migrations import drift
from jiuzhu_kit.testing import bearer

CASEWORKER_ANREN = bearer("caseworker", region="431028")
CASEWORKER_CONGHUA = bearer("caseworker", region="440117")


def person(seq: int, born: date = date(1980, 5, 17), area: str = "431028") -> str:
    return resident_id.make(area, born, seq)


def declaration(*ids: str, region: str = "431028206") -> dict:
    relations = ["head", "spouse", "child", "child", "parent"]
    return {
        "region_code": region,
        "address": "柏叶村 3 组",
        "registration": "rural",
        "members": [
            {"name": f"成员{i}", "id_number": n, "relation": relations[i]}
            for i, n in enumerate(ids)
        ],
    }


async def test_a_caseworker_declares_a_household_and_reads_it_back(
    client: httpx.AsyncClient,
) -> None:
    ids = [person(11), person(22, date(1982, 3, 1)), person(31, date(2012, 9, 1))]
    created = await client.post("/v1/households", json=declaration(*ids), headers=CASEWORKER_ANREN)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["region_name"] == "湖南省郴州市安仁县牌楼乡"
    assert [m["birth_date"] for m in body["members"]] == ["1980-05-17", "1982-03-01", "2012-09-01"]
    assert [m["sex"] for m in body["members"]] == ["male", "female", "male"]
    got = await client.get(f"/v1/households/{body['id']}", headers=CASEWORKER_ANREN)
    assert got.status_code == 200
    assert got.json()["members"][0]["id_number"] == ids[0]


async def test_an_invalid_id_number_is_refused_naming_the_field(client: httpx.AsyncClient) -> None:
    good = person(41)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    response = await client.post(
        "/v1/households", json=declaration(good, bad), headers=CASEWORKER_ANREN
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    fields = [e["field"] for e in response.json()["errors"]]
    assert fields == ["members.1.id_number"]


async def test_declared_birth_date_must_match_the_id_number(client: httpx.AsyncClient) -> None:
    doc = declaration(person(51))
    doc["members"][0]["birth_date"] = "1981-05-17"
    response = await client.post("/v1/households", json=doc, headers=CASEWORKER_ANREN)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "members.0.birth_date"


async def test_unknown_township_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/households", json=declaration(person(61), region="431028999"), headers=CASEWORKER_ANREN
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "region_code"


async def test_a_person_belongs_to_one_household_only(client: httpx.AsyncClient) -> None:
    shared = person(71)
    first = await client.post("/v1/households", json=declaration(shared), headers=CASEWORKER_ANREN)
    assert first.status_code == 201
    second = await client.post(
        "/v1/households", json=declaration(person(73), shared), headers=CASEWORKER_ANREN
    )
    assert second.status_code == 409
    assert second.json()["household_id"] == first.json()["id"]


async def test_a_caseworker_elsewhere_gets_404_and_cannot_list_it(
    client: httpx.AsyncClient,
) -> None:
    created = await client.post(
        "/v1/households", json=declaration(person(81)), headers=CASEWORKER_ANREN
    )
    household_id = created.json()["id"]
    other = await client.get(f"/v1/households/{household_id}", headers=CASEWORKER_CONGHUA)
    assert other.status_code == 404
    listed = await client.get("/v1/households", headers=CASEWORKER_CONGHUA)
    assert household_id not in [h["id"] for h in listed.json()["items"]]
    mine = await client.get("/v1/households?limit=200", headers=CASEWORKER_ANREN)
    assert household_id in [h["id"] for h in mine.json()["items"]]


async def test_an_applicant_sees_masked_ids_of_their_own_household_only(
    client: httpx.AsyncClient,
) -> None:
    me = bearer("applicant", subject="applicant-zhang")
    ids = [person(91)]
    created = await client.post("/v1/households", json=declaration(*ids), headers=me)
    assert created.status_code == 201
    masked = created.json()["members"][0]["id_number"]
    assert masked.startswith("431028") and masked.endswith(ids[0][-4:]) and "*" in masked
    stranger = bearer("applicant", subject="applicant-li")
    response = await client.get(f"/v1/households/{created.json()['id']}", headers=stranger)
    assert response.status_code == 404


async def test_no_token_is_401_and_a_wrong_role_is_403(client: httpx.AsyncClient) -> None:
    anonymous = await client.post("/v1/households", json=declaration(person(95)))
    assert anonymous.status_code == 401
    partner = await client.post(
        "/v1/households", json=declaration(person(96)), headers=bearer("data_partner")
    )
    assert partner.status_code == 403


async def test_models_and_migrations_agree(database_url: str) -> None:
    assert await drift(database_url, metadata) == []
