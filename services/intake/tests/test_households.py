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


async def test_members_keep_their_attributes_incomes_and_assets(client: httpx.AsyncClient) -> None:
    doc = declaration(person(101), person(102, date(2010, 1, 1)))
    doc["members"][0].update(
        disability_category="physical",
        disability_grade=2,
        capacity_to_work="partial",
        employment="farming",
        incomes=[
            {"type": "wage", "monthly_yuan": "2000"},
            {"type": "veterans_benefit", "monthly_yuan": 300.5},
        ],
        assets=[{"type": "deposit", "value_yuan": "5000.00"}],
    )
    doc["members"][1].update(school_stage="junior", employment="student")
    created = await client.post("/v1/households", json=doc, headers=CASEWORKER_ANREN)
    assert created.status_code == 201, created.text
    head, child = created.json()["members"]
    assert (head["disability_category"], head["disability_grade"]) == ("physical", 2)
    assert head["incomes"] == [
        {"type": "wage", "monthly_yuan": "2000.00"},
        {"type": "veterans_benefit", "monthly_yuan": "300.50"},
    ]
    assert head["assets"] == [{"type": "deposit", "value_yuan": "5000.00"}]
    assert child["school_stage"] == "junior" and child["incomes"] == []


async def test_bad_money_and_half_declared_disability_are_refused_naming_the_field(
    client: httpx.AsyncClient,
) -> None:
    for income, field in [
        ({"type": "wage", "monthly_yuan": "-1"}, "members.0.incomes.0.monthly_yuan"),
        ({"type": "wage", "monthly_yuan": "abc"}, "members.0.incomes.0.monthly_yuan"),
        ({"type": "wage", "monthly_yuan": "1.234"}, "members.0.incomes.0.monthly_yuan"),
        ({"type": "lottery", "monthly_yuan": "1"}, "members.0.incomes.0.type"),
    ]:
        doc = declaration(person(111))
        doc["members"][0]["incomes"] = [income]
        response = await client.post("/v1/households", json=doc, headers=CASEWORKER_ANREN)
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == field
    doc = declaration(person(112))
    doc["members"][0]["disability_grade"] = 1
    response = await client.post("/v1/households", json=doc, headers=CASEWORKER_ANREN)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "members.0.disability_grade"


async def test_a_change_makes_a_new_version_and_the_history_is_readable(
    client: httpx.AsyncClient,
) -> None:
    head, spouse, newborn = (
        person(121),
        person(122, date(1985, 6, 6)),
        person(123, date(2025, 1, 1)),
    )
    created = (
        await client.post(
            "/v1/households", json=declaration(head, spouse), headers=CASEWORKER_ANREN
        )
    ).json()
    url = f"/v1/households/{created['id']}"
    changed = declaration(head, spouse, newborn)
    changed["members"][0]["incomes"] = [{"type": "wage", "monthly_yuan": "1500.00"}]
    changed["reason"] = "新生儿落户"
    updated = await client.put(url, json=changed, headers=CASEWORKER_ANREN)
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2
    assert updated.json()["members"][0]["id"] == created["members"][0]["id"]  # same person
    unchanged = await client.put(url, json=changed, headers=CASEWORKER_ANREN)
    assert unchanged.json()["version"] == 2  # nothing changed, no new version
    history = (await client.get(f"{url}/versions", headers=CASEWORKER_ANREN)).json()["versions"]
    assert [v["version"] for v in history] == [1, 2]
    assert [len(v["declaration"]["members"]) for v in history] == [2, 3]
    assert history[1]["reason"] == "新生儿落户"
    assert history[0]["declaration"]["members"][0]["id_number"] == head
    me = bearer("applicant", subject="applicant-history")
    mine = await client.post("/v1/households", json=declaration(person(124)), headers=me)
    masked = (await client.get(f"/v1/households/{mine.json()['id']}/versions", headers=me)).json()
    assert "*" in masked["versions"][0]["declaration"]["members"][0]["id_number"]


async def test_the_other_household_is_named_only_to_staff_who_may_see_it(
    client: httpx.AsyncClient,
) -> None:
    shared = person(131)
    await client.post("/v1/households", json=declaration(shared), headers=CASEWORKER_ANREN)
    applicant = bearer("applicant", subject="applicant-other")
    again = await client.post(
        "/v1/households", json=declaration(person(132), shared), headers=applicant
    )
    assert again.status_code == 409
    assert "household_id" not in again.json()
