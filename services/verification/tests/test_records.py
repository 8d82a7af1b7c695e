"""Single partner records: validated field by field, idempotent by (source, source_record_id), history kept."""

import uuid
from datetime import date

import httpx

from jiuzhu_kit import resident_id
from jiuzhu_kit.testing import bearer

MEDICAL_INSURANCE = bearer("data_partner", subject="partner-mi", sources=["medical_insurance"])
HR = bearer("data_partner", subject="partner-hr", sources=["disability_federation"])
ADMIN = bearer("admin")


def new_person() -> str:
    """A resident ID no other test uses (the database is shared by the whole session)."""
    n = uuid.uuid4().int
    return resident_id.make("431028", date(1950 + n % 50, 1 + n % 12, 1 + n % 28), n % 997)


def new_key() -> str:
    return f"R-{uuid.uuid4().hex[:12]}"


def expenditure(id_number: str, key: str, amount: str = "1200.50", **extra: object) -> dict:
    return {
        "source": "medical_insurance",
        "source_record_id": key,
        "id_number": id_number,
        "kind": "expenditure",
        "type": "medical_out_of_pocket",
        "amount_yuan": amount,
        "date": "2026-03-04",
        **extra,
    }


async def test_a_record_is_stored_once_and_a_correction_supersedes_it_keeping_history(
    client: httpx.AsyncClient,
) -> None:
    who, key = new_person(), new_key()
    first = await client.post("/v1/records", json=expenditure(who, key), headers=MEDICAL_INSURANCE)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["outcome"] == "created" and body["version"] == 1
    assert body["id_number_masked"] == who[:6] + "********" + who[-4:]
    assert who not in first.text

    again = await client.post("/v1/records", json=expenditure(who, key), headers=MEDICAL_INSURANCE)
    assert again.status_code == 200
    assert again.json()["outcome"] == "unchanged" and again.json()["version"] == 1

    fixed = await client.post(
        "/v1/records", json=expenditure(who, key, amount="980.00"), headers=MEDICAL_INSURANCE
    )
    assert fixed.json()["outcome"] == "superseded"
    assert fixed.json()["id"] == body["id"] and fixed.json()["version"] == 2
    assert fixed.json()["amount_yuan"] == "980.00"

    history = await client.get(f"/v1/records/{body['id']}/versions", headers=MEDICAL_INSURANCE)
    assert [(v["version"], v["amount_yuan"]) for v in history.json()] == [(1, "1200.50")]


async def test_each_bad_field_is_named_and_nothing_is_written(client: httpx.AsyncClient) -> None:
    who = new_person()
    bad_id = who[:-1] + ("0" if who[-1] != "0" else "1")
    cases = [
        ({"id_number": bad_id}, "id_number"),
        ({"type": "lottery"}, "type"),
        ({"kind": "gossip"}, "kind"),
        ({"amount_yuan": "-5.00"}, "amount_yuan"),
        ({"amount_yuan": "5.001"}, "amount_yuan"),
        ({"date": "2999-01-01"}, "date"),
        ({"source": "tax"}, "source"),  # a source this partner may not write
        ({"source": "astrology"}, "source"),  # no such source at all
    ]
    for change, field in cases:
        key = new_key()
        response = await client.post(
            "/v1/records", json={**expenditure(who, key), **change}, headers=MEDICAL_INSURANCE
        )
        assert response.status_code == 422, (change, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["field"] for e in response.json()["errors"]] == [field], change
    found = await client.post("/v1/records/search", json={"id_number": who}, headers=ADMIN)
    assert found.json() == []


async def test_a_disability_certificate_needs_a_category_and_grade(
    client: httpx.AsyncClient,
) -> None:
    record = {
        "source": "disability_federation",
        "source_record_id": new_key(),
        "id_number": new_person(),
        "kind": "life_event",
        "type": "disability_certificate",
        "date": "2024-06-01",
        "disability_category": "physical",
    }
    missing = await client.post("/v1/records", json=record, headers=HR)
    assert missing.status_code == 422
    assert [e["field"] for e in missing.json()["errors"]] == ["disability_grade"]
    stored = await client.post("/v1/records", json={**record, "disability_grade": 2}, headers=HR)
    assert stored.status_code == 201
    assert stored.json()["attributes"] == {"disability_category": "physical", "disability_grade": 2}


async def test_records_are_visible_to_their_partner_and_staff_in_scope_only(
    client: httpx.AsyncClient,
) -> None:
    who = new_person()
    created = await client.post(
        "/v1/records", json=expenditure(who, new_key()), headers=MEDICAL_INSURANCE
    )
    record_id = created.json()["id"]
    assert (
        await client.get(f"/v1/records/{record_id}", headers=MEDICAL_INSURANCE)
    ).status_code == 200
    assert (await client.get(f"/v1/records/{record_id}", headers=HR)).status_code == 404
    # A caseworker sees a person only through a household of their region (none declared here).
    caseworker = bearer("caseworker", region="431028")
    assert (await client.get(f"/v1/records/{record_id}", headers=caseworker)).status_code == 404
    assert (await client.get(f"/v1/records/{record_id}", headers=ADMIN)).status_code == 200
    assert (await client.post("/v1/records", json=expenditure(who, new_key()))).status_code == 401
    applicant = bearer("applicant")
    refused = await client.post("/v1/records", json=expenditure(who, new_key()), headers=applicant)
    assert refused.status_code == 403
